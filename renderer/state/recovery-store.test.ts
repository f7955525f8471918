/** Crash recovery at start: what journal:pending reports is offered, and undo / keep call main once each. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const api = vi.hoisted(() => ({
  journal: { pending: vi.fn(), rollback: vi.fn(), keep: vi.fn() },
}));
vi.mock('../api', () => ({ api }));

const { useRecoveryStore } = await import('./recovery-store');

const entry = (id: string) => ({
  id,
  fix: 'repair-windows-temp' as const,
  state: 'open' as const,
  outcome: null,
  createdAt: '2026-11-20T08:00:00.000Z',
  simulated: true,
  steps: [
    { id: 'set-acl', status: 'started', command: 'icacls C:\\Windows\\Temp ...', elevated: true, undoable: true },
  ],
});

beforeEach(() => {
  vi.resetAllMocks();
  useRecoveryStore.setState({ loaded: false, items: [] });
});

describe('recovery store', () => {
  it('offers every interrupted fix main reports, and asks only once per start', async () => {
    api.journal.pending.mockResolvedValue({
      status: 'ok',
      value: { entries: [entry('aaaaaaaa-1'), entry('bbbbbbbb-2')] },
    });
    await useRecoveryStore.getState().load();
    await useRecoveryStore.getState().load();
    expect(api.journal.pending).toHaveBeenCalledTimes(1);
    expect(useRecoveryStore.getState().items.map((i) => [i.entry.id, i.status])).toEqual([
      ['aaaaaaaa-1', 'offered'],
      ['bbbbbbbb-2', 'offered'],
    ]);
  });

  it('offers nothing when nothing was interrupted or main cannot say', async () => {
    api.journal.pending.mockResolvedValue({ status: 'failed', code: 'E_INTERNAL' });
    await useRecoveryStore.getState().load();
    expect(useRecoveryStore.getState().items).toEqual([]);
  });

  it('undo rolls back that entry only and reports a partial undo as such', async () => {
    api.journal.pending.mockResolvedValue({
      status: 'ok',
      value: { entries: [entry('aaaaaaaa-1'), entry('bbbbbbbb-2')] },
    });
    api.journal.rollback.mockResolvedValueOnce({
      status: 'ok',
      value: { journalId: 'aaaaaaaa-1', state: 'rolled-back', undone: ['set-acl'], failed: [], notUndoable: [] },
    });
    api.journal.rollback.mockResolvedValueOnce({
      status: 'ok',
      value: {
        journalId: 'bbbbbbbb-2',
        state: 'undo-failed',
        undone: [],
        failed: [{ id: 'set-acl', error: 'access denied' }],
        notUndoable: [],
      },
    });
    await useRecoveryStore.getState().load();
    const pending = useRecoveryStore.getState().rollback('aaaaaaaa-1');
    expect(useRecoveryStore.getState().items[0]?.status).toBe('working');
    // A second click while it runs does not undo twice.
    await useRecoveryStore.getState().rollback('aaaaaaaa-1');
    await pending;
    expect(api.journal.rollback).toHaveBeenCalledTimes(1);
    expect(api.journal.rollback).toHaveBeenCalledWith({ journalId: 'aaaaaaaa-1' });
    expect(useRecoveryStore.getState().items.map((i) => i.status)).toEqual(['undone', 'offered']);
    await useRecoveryStore.getState().rollback('bbbbbbbb-2');
    expect(useRecoveryStore.getState().items[1]).toMatchObject({
      status: 'partly-undone',
      report: { failed: [{ id: 'set-acl' }] },
    });
  });

  it('keep marks it kept in main; a failure leaves both choices open with the error', async () => {
    api.journal.pending.mockResolvedValue({ status: 'ok', value: { entries: [entry('aaaaaaaa-1')] } });
    api.journal.keep.mockResolvedValueOnce({ status: 'failed', code: 'E_INTERNAL' });
    api.journal.keep.mockResolvedValueOnce({
      status: 'ok',
      value: { entry: { ...entry('aaaaaaaa-1'), state: 'kept' } },
    });
    await useRecoveryStore.getState().load();
    await useRecoveryStore.getState().keep('aaaaaaaa-1');
    expect(useRecoveryStore.getState().items[0]).toMatchObject({ status: 'failed', error: { code: 'E_INTERNAL' } });
    await useRecoveryStore.getState().keep('aaaaaaaa-1');
    expect(api.journal.keep).toHaveBeenCalledTimes(2);
    expect(useRecoveryStore.getState().items[0]).toMatchObject({ status: 'kept', error: null });
    expect(api.journal.rollback).not.toHaveBeenCalled();
  });
});
