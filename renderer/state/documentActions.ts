// The document's actions: small pure immer recipes over AppState. Edits to the scenario are
// undoable (the app runs them through Store.edit); opening, saving and notices are not.
// Invariants: a document is replaced whole (a new id) when another is opened, so its undo
// history and journal entry start afresh; an edit marks the document dirty; a save clears it.
import type { Draft } from 'immer';
import type { AppState, DocumentSource, Notice, ScenarioDocument, ViewName } from './appState';
import { parseOverridePath, type Scenario } from '../engine';

let nextDocumentNumber = 1;

/** A journal-safe id, unique in this session and very likely across sessions. */
function newDocumentId(): string {
  const random = Math.floor(Math.random() * 36 ** 6).toString(36);
  return `doc-${Date.now().toString(36)}-${random}-${nextDocumentNumber++}`;
}

export function makeDocument(scenario: Scenario, source: DocumentSource, baselineName: string, dirty = false): ScenarioDocument {
  return { id: newDocumentId(), source, scenario, baselineName, dirty };
}

export const replaceDocument = (document: ScenarioDocument) => (draft: Draft<AppState>) => {
  draft.document = document as Draft<ScenarioDocument>;
};

/** Sets one value of the scenario by its path (`parameters.supervision.capacityCasesPerFte`, `timeline.changes[1].date`). */
export const setScenarioValue = (path: string, value: unknown) => (draft: Draft<AppState>) => {
  const keys = parseOverridePath(path);
  let node: Record<string | number, unknown> = draft.document.scenario as unknown as Record<string | number, unknown>;
  for (const key of keys.slice(0, -1)) {
    const child = node[key];
    if (child === null || typeof child !== 'object') throw new Error(`The scenario has no ${path} (stopped at ${String(key)}).`);
    node = child as Record<string | number, unknown>;
  }
  const last = keys[keys.length - 1];
  if (Object.is(node[last], value)) return;
  node[last] = value;
  draft.document.dirty = true;
};

export const setBaseline = (name: string) => (draft: Draft<AppState>) => {
  draft.document.baselineName = name;
};

export const markSaved = (path: string, name: string) => (draft: Draft<AppState>) => {
  draft.document.source = { kind: 'file', path, name };
  draft.document.dirty = false;
};

export const showView = (view: ViewName) => (draft: Draft<AppState>) => {
  draft.view = view;
};

let nextNoticeId = 1;

export const addNotice = (notice: Omit<Notice, 'id'>) => (draft: Draft<AppState>) => {
  draft.notices.push({ ...notice, id: nextNoticeId++ });
  // Keep the newest few: a flood of errors must not push the page down forever.
  if (draft.notices.length > 4) draft.notices.splice(0, draft.notices.length - 4);
};

export const dismissNotice = (id: number) => (draft: Draft<AppState>) => {
  draft.notices = draft.notices.filter((n) => n.id !== id);
};
