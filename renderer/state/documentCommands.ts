// What the File menu does: new, open (a scenario or an experiment), save, save as, and recovery
// of journalled edits. Each command talks to the bridge (dialogs or downloads) and then changes
// the store through the document actions. Errors become notices that name the problem; nothing
// here ever discards the user's edits without asking.
import type { Bridge } from '../bridge/bridge';
import type { JournalEntry } from '../../electron/ipc/contract';
import type { Store } from './store';
import { documentTitle, type AppState } from './appState';
import { addNotice, makeDocument, markSaved, replaceDocument, showView } from './documentActions';
import { DEFAULT_SCENARIO, loadBuiltIn, readDocument, scenarioText } from '../engine';

export interface DocumentCommands {
  newFrom(builtInName: string): void;
  openBuiltIn(name: string): void;
  open(): Promise<void>;
  openRecent(path: string): Promise<void>;
  /** Opens text the user gave (a file input, a recovered journal entry, a test). */
  openText(text: string, fileName: string, path: string | null): boolean;
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
  recover(entry: JournalEntry): void;
  discardRecovery(entry: JournalEntry): Promise<void>;
}

/** Asks before replacing unsaved edits; the browser's confirm is the same in both runtimes. */
export type Confirm = (question: string) => boolean;

export function createDocumentCommands(store: Store<AppState>, bridge: Bridge, confirm: Confirm): DocumentCommands {
  const notify = (tone: 'error' | 'info', title: string, detail?: string) => store.update(addNotice({ tone, title, detail }));

  const mayReplace = (): boolean => {
    const document = store.state.document;
    return !document.dirty || confirm(`${documentTitle(document)} has unsaved edits. Open another scenario and leave them? (They stay in the recovery journal.)`);
  };

  const adopt = (update: (state: AppState) => void) => {
    store.update((draft) => update(draft as AppState));
    store.clearHistory();
  };

  const commands: DocumentCommands = {
    newFrom(name) {
      if (!mayReplace()) return;
      const scenario = loadBuiltIn(name);
      adopt((draft) => replaceDocument(makeDocument({ ...scenario, name: `${name}-copy` }, { kind: 'new', from: name }, name, true))(draft as never));
    },

    openBuiltIn(name) {
      if (!mayReplace()) return;
      adopt((draft) => replaceDocument(makeDocument(loadBuiltIn(name), { kind: 'builtin', name }, name))(draft as never));
    },

    async open() {
      const result = await bridge.openDocument();
      if (result.status === 'cancelled') return;
      if (result.status === 'failed') return notify('error', 'The file could not be opened', result.message);
      commands.openText(result.text, result.name, result.path);
    },

    async openRecent(path) {
      const result = await bridge.openRecent(path);
      if (result.status === 'cancelled') return;
      if (result.status === 'failed') return notify('error', 'The file could not be opened', result.message);
      commands.openText(result.text, result.name, result.path);
    },

    openText(text, fileName, path) {
      let opened;
      try {
        opened = readDocument(text, fileName);
      } catch (error) {
        notify('error', `${fileName} is not a valid scenario or experiment`, error instanceof Error ? error.message : String(error));
        return false;
      }
      if (opened.kind === 'experiment') {
        store.update((draft) => {
          draft.experiment = { name: fileName, experiment: opened.experiment as never };
          draft.view = 'compare';
        });
        notify('info', `Opened the experiment ${fileName}`, 'The Compare view runs it.');
        return true;
      }
      if (!mayReplace()) return false;
      const baseline = store.state.document.baselineName || DEFAULT_SCENARIO;
      // In the browser the path is a token (`upload:<name>`): Save then downloads the file again under its name.
      const source = path ? { kind: 'file' as const, path, name: fileName } : { kind: 'new' as const, from: fileName };
      adopt((draft) => replaceDocument(makeDocument(opened.scenario, source, baseline))(draft as never));
      store.update(showView('scenarios'));
      return true;
    },

    async save() {
      const document = store.state.document;
      if (document.source.kind !== 'file') return commands.saveAs();
      return saveTo(document.source.path, document.source.name);
    },

    async saveAs() {
      return saveTo(null, `${store.state.document.scenario.name}.json`);
    },

    recover(entry) {
      if (!mayReplace()) return;
      let opened;
      try {
        opened = readDocument(entry.contents, entry.title);
      } catch (error) {
        notify('error', `The recovered edits to ${entry.title} are not a valid scenario`, error instanceof Error ? error.message : String(error));
        return;
      }
      if (opened.kind !== 'scenario') return;
      const source = entry.path ? { kind: 'file' as const, path: entry.path, name: entry.title } : { kind: 'new' as const, from: entry.title };
      const document = { ...makeDocument(opened.scenario, source, store.state.document.baselineName, true), id: entry.id };
      adopt((draft) => {
        replaceDocument(document)(draft as never);
        draft.recovery = draft.recovery.filter((e) => e.id !== entry.id);
        draft.view = 'scenarios';
      });
      notify('info', `Recovered your unsaved edits to ${entry.title}`, 'Save them to keep them.');
    },

    async discardRecovery(entry) {
      await bridge.discardJournal(entry.id);
      store.update((draft) => {
        draft.recovery = draft.recovery.filter((e) => e.id !== entry.id);
      });
    },
  };

  async function saveTo(path: string | null, suggestedName: string): Promise<boolean> {
    const document = store.state.document;
    const name = /^[\w][\w .()-]*\.json$/.test(suggestedName) ? suggestedName : 'scenario.json';
    try {
      const result = await bridge.saveDocument({ path, suggestedName: name, contents: scenarioText(document.scenario) });
      if (result.status === 'cancelled') return false;
      // The document may have been edited while the dialog was open: only what was saved is clean.
      if (store.state.document.scenario === document.scenario) store.update(markSaved(result.path, result.name));
      await bridge.discardJournal(document.id).catch(() => undefined);
      notify('info', `Saved ${result.name}`);
      return true;
    } catch (error) {
      notify('error', `Could not save ${name}; your edits are still here`, error instanceof Error ? error.message : String(error));
      return false;
    }
  }

  return commands;
}
