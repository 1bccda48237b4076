// What every table of the Scenarios editor needs, without passing it through each layer: the
// scenario as it stands and one way to change a value (an undoable store edit, so Undo/Redo and
// the dirty mark work for every kind of input). The value never changes identity (the scenario is
// read when needed), so an edit re-renders only the tables whose rows or issues changed.
import { createContext, useContext } from 'react';
import type { Draft } from 'immer';
import type { AppState } from '../../state/appState';

export interface EditorApi {
  /** The scenario as it stands now (read at render or in a handler, never kept). */
  getScenario(): unknown;
  /** Sets the value at a path as one undoable edit; `label` defaults to "set <path> to <value>". */
  setValue(path: string, value: unknown, label?: string): void;
  /** Runs one of the document's actions (a pure recipe) as one undoable edit named `label`. */
  apply(label: string, recipe: (draft: Draft<AppState>) => void): void;
}

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditor(): EditorApi {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor outside the Scenarios editor');
  return editor;
}

/** A value as the Undo button names it: numbers and switches as written, text quoted and cut short. */
export function editValueText(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return 'a group of values';
}

/** The DOM id of a field's input, for labels, links from the problem summary and the diff. */
export function fieldDomId(path: string): string {
  return `field-${path}`;
}

/** The value at a dotted path of a plain value (undefined when there is none). */
export function valueAtPath(root: unknown, keys: readonly (string | number)[]): unknown {
  let node = root;
  for (const key of keys) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}
