/** Renderer entry: load what main knows (app info, settings), set the language, then render. */
import './zod-config';
import './base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api';
import { App } from './app';
import { initI18n, osLanguage } from './i18n';
import { useAppStore } from './state/app-store';

async function start(): Promise<void> {
  const [info, settings] = await Promise.all([api.app.info({}), api.settings.get({})]);
  if (info.status === 'ok') useAppStore.getState().setInfo(info.value);
  if (settings.status === 'ok') useAppStore.getState().setSettings(settings.value);
  const chosen = settings.status === 'ok' ? settings.value.language : 'system';
  await initI18n(chosen === 'system' ? osLanguage() : chosen);
  const root = document.getElementById('root');
  if (!root) throw new Error('missing #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
