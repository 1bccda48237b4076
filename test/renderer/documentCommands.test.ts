// The File commands against a fake bridge: opening valid and malformed files, saving (and what a
// failed save keeps), the recovery journal, and asking before unsaved edits are replaced.
import { describe, expect, it, vi } from 'vitest';
import { Store } from '../../renderer/state/store';
import { initialAppState, type AppState } from '../../renderer/state/appState';
import { makeDocument, setScenarioValue } from '../../renderer/state/documentActions';
import { createDocumentCommands } from '../../renderer/state/documentCommands';
import { JOURNAL_DELAY_MS, startJournal, loadRecovery } from '../../renderer/state/journal';
import { loadBuiltIn, scenarioText } from '../../renderer/engine/scenarioTools';
import type { Bridge } from '../../renderer/bridge/bridge';
import type { JournalEntry, SaveDocumentRequest } from '../../electron/ipc/contract';

function fakeBridge(overrides: Partial<Bridge> = {}) {
  const journal = new Map<string, JournalEntry>();
  const saved: SaveDocumentRequest[] = [];
  const bridge = {
    runtime: 'browser',
    getAppInfo: async () => ({ runtime: 'browser', appVersion: '0', engineVersion: '0', platformSummary: 'test' }),
    saveTextFile: async () => ({ status: 'cancelled' }),
    openDocument: async () => ({ status: 'cancelled' }),
    openRecent: async () => ({ status: 'failed', message: 'no recents' }),
    saveDocument: async (request: SaveDocumentRequest) => {
      saved.push(request);
      return { status: 'saved', path: request.path ?? `/home/user/${request.suggestedName}`, name: request.suggestedName };
    },
    listRecent: async () => [],
    writeJournal: async (request) => {
      journal.set(request.id, { ...request, at: '2026-11-23T10:00:00.000Z' });
      return { status: 'written' };
    },
    listJournal: async () => [...journal.values()],
    discardJournal: async (id: string) => {
      journal.delete(id);
      return { status: 'discarded' };
    },
    exportPdf: async () => ({ status: 'cancelled' }),
    openExternal: async () => ({ status: 'refused', reason: 'test' }),
    onMenuCommand: () => () => undefined,
    ...overrides,
  } as Bridge;
  return { bridge, journal, saved };
}

function freshStore(): Store<AppState> {
  return new Store<AppState>(initialAppState(makeDocument(loadBuiltIn('tr'), { kind: 'builtin', name: 'tr' }, 'tr')));
}

describe('document commands', () => {
  it('opens a valid scenario file as the document, clean, with a fresh history', () => {
    const store = freshStore();
    const commands = createDocumentCommands(store, fakeBridge().bridge, () => true);
    store.edit('edit', setScenarioValue('simulation.seed', 5));
    const text = scenarioText({ ...loadBuiltIn('unified'), name: 'mine' });
    expect(commands.openText(text, 'mine.json', '/home/user/mine.json')).toBe(true);
    expect(store.state.document.scenario.name).toBe('mine');
    expect(store.state.document.source).toEqual({ kind: 'file', path: '/home/user/mine.json', name: 'mine.json' });
    expect(store.state.document.dirty).toBe(false);
    expect(store.canUndo).toBe(false);
  });

  it('refuses a malformed file with a notice naming the field, and keeps the document', () => {
    const store = freshStore();
    const commands = createDocumentCommands(store, fakeBridge().bridge, () => true);
    const before = store.state.document;
    const bad = JSON.parse(scenarioText(loadBuiltIn('tr')));
    bad.parameters.supervision.capacityCasesPerFte = -3;
    expect(commands.openText(JSON.stringify(bad), 'bad.json', null)).toBe(false);
    expect(store.state.document).toBe(before);
    const notice = store.state.notices.at(-1)!;
    expect(notice.tone).toBe('error');
    expect(notice.title).toContain('bad.json');
    expect(notice.detail).toContain('parameters.supervision.capacityCasesPerFte');
  });

  it('says a file that is not JSON is not JSON', () => {
    const store = freshStore();
    createDocumentCommands(store, fakeBridge().bridge, () => true).openText('{ nope', 'x.json', null);
    expect(store.state.notices.at(-1)!.detail).toMatch(/x\.json is not JSON/);
  });

  it('asks before replacing unsaved edits, and keeps them when the user says no', () => {
    const store = freshStore();
    const confirm = vi.fn(() => false);
    const commands = createDocumentCommands(store, fakeBridge().bridge, confirm);
    store.edit('edit', setScenarioValue('simulation.seed', 5));
    commands.openBuiltIn('unified');
    expect(confirm).toHaveBeenCalledOnce();
    expect(store.state.document.scenario.simulation.seed).toBe(5);
  });

  it('Save As writes the scenario text and marks the document clean; Save then writes to the same path', async () => {
    const store = freshStore();
    const fake = fakeBridge();
    const commands = createDocumentCommands(store, fake.bridge, () => true);
    store.edit('edit', setScenarioValue('simulation.seed', 5));
    expect(await commands.save()).toBe(true); // a built-in has no file: Save asks (Save As)
    expect(fake.saved[0].path).toBeNull();
    expect(JSON.parse(fake.saved[0].contents).simulation.seed).toBe(5);
    expect(store.state.document.dirty).toBe(false);
    store.edit('edit', setScenarioValue('simulation.seed', 6));
    await commands.save();
    expect(fake.saved[1].path).toBe(`/home/user/${fake.saved[0].suggestedName}`);
  });

  it('a failed save keeps the edits and says so', async () => {
    const store = freshStore();
    const fake = fakeBridge({ saveDocument: async () => Promise.reject(new Error('disk full')) });
    const commands = createDocumentCommands(store, fake.bridge, () => true);
    store.edit('edit', setScenarioValue('simulation.seed', 5));
    expect(await commands.saveAs()).toBe(false);
    expect(store.state.document.dirty).toBe(true);
    expect(store.state.notices.at(-1)!.title).toMatch(/still here/);
    expect(store.state.notices.at(-1)!.detail).toBe('disk full');
  });
});

describe('recovery journal', () => {
  it('journals unsaved edits after a quiet moment, and offers them back in a new session', async () => {
    vi.useFakeTimers();
    try {
      const store = freshStore();
      const fake = fakeBridge();
      const stop = startJournal(store, fake.bridge);
      store.edit('edit', setScenarioValue('simulation.seed', 77));
      expect(fake.journal.size).toBe(0);
      await vi.advanceTimersByTimeAsync(JOURNAL_DELAY_MS + 10);
      expect(fake.journal.size).toBe(1);
      const entry = [...fake.journal.values()][0];
      expect(entry.title).toBe('tr');
      expect(JSON.parse(entry.contents).simulation.seed).toBe(77);
      stop();

      // A new session after a crash: the entry is offered, and restoring it gives the edits back, unsaved.
      const next = freshStore();
      await loadRecovery(next, fake.bridge);
      expect(next.state.recovery).toHaveLength(1);
      createDocumentCommands(next, fake.bridge, () => true).recover(next.state.recovery[0]);
      expect(next.state.document.scenario.simulation.seed).toBe(77);
      expect(next.state.document.dirty).toBe(true);
      expect(next.state.recovery).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a save clears the journal entry', async () => {
    vi.useFakeTimers();
    try {
      const store = freshStore();
      const fake = fakeBridge();
      const stop = startJournal(store, fake.bridge);
      store.edit('edit', setScenarioValue('simulation.seed', 77));
      await vi.advanceTimersByTimeAsync(JOURNAL_DELAY_MS + 10);
      await createDocumentCommands(store, fake.bridge, () => true).saveAs();
      expect(fake.journal.size).toBe(0);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
