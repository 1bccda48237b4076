// The recovery journal: while the document has unsaved edits, its text is written through the
// bridge (a file in the app's data folder, or localStorage in the browser) a moment after each
// edit, never to the user's own file. At start-up, entries left by a crash are offered back.
import type { Bridge } from '../bridge/bridge';
import type { Store } from './store';
import { documentTitle, type AppState } from './appState';
import { addNotice } from './documentActions';
import { scenarioText } from '../engine';

/** Quiet time after an edit before it is journalled: typing a number is several edits. */
export const JOURNAL_DELAY_MS = 800;

export function startJournal(store: Store<AppState>, bridge: Bridge): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWritten: unknown;
  let failedOnce = false;

  const write = async () => {
    const document = store.state.document;
    if (!document.dirty || document.scenario === lastWritten) return;
    lastWritten = document.scenario;
    try {
      await bridge.writeJournal({
        id: document.id,
        title: documentTitle(document),
        path: document.source.kind === 'file' ? document.source.path : null,
        contents: scenarioText(document.scenario),
      });
      failedOnce = false;
    } catch (error) {
      if (failedOnce) return; // say it once, not on every keystroke
      failedOnce = true;
      store.update(addNotice({ tone: 'error', title: 'Unsaved edits could not be journalled for recovery', detail: error instanceof Error ? error.message : String(error) }));
    }
  };

  const unsubscribe = store.subscribe(() => {
    if (!store.state.document.dirty) return;
    clearTimeout(timer);
    timer = setTimeout(() => void write(), JOURNAL_DELAY_MS);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}

/** Journal entries from earlier sessions, offered for recovery. */
export async function loadRecovery(store: Store<AppState>, bridge: Bridge): Promise<void> {
  try {
    const entries = await bridge.listJournal();
    const current = store.state.document.id;
    store.update((draft) => {
      draft.recovery = entries.filter((e) => e.id !== current) as never;
    });
  } catch (error) {
    store.update(addNotice({ tone: 'error', title: 'The recovery journal could not be read', detail: error instanceof Error ? error.message : String(error) }));
  }
}
