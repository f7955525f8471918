/** Every IPC event is bound here, once, and routed into the stores. Returns the unbind function. */
import { api } from '../api';
import { useAppStore } from './app-store';

export function bindEvents(): () => void {
  const unsubscribers = [api.host.onChanged((host) => useAppStore.getState().setHost(host))];
  return () => unsubscribers.forEach((u) => u());
}
