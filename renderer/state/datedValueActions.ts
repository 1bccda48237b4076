// The editor's actions on dated parameter values (timeline.values): small pure immer recipes over
// AppState, each run through Store.edit as one undoable edit (so Undo/Redo, the dirty mark,
// autosave and the saved file treat them as every other field). Entries are named by their index
// in timeline.values, as the validation's issues name them.
// Invariants: an edit marks the document dirty; an index or point that is not there throws
// (a stale button must not edit another entry silently); the last point of an entry is never
// removed (an entry has at least one point: "Remove dates" removes the entry instead).
import type { Draft } from 'immer';
import type { AppState } from './appState';
import { nextDatedPoint, type DatedJoin } from '../lib/datedValueRows';
import type { DatedValue } from '../engine';

type Values = Draft<DatedValue>[];

function valuesOf(draft: Draft<AppState>): Values {
  return draft.document.scenario.timeline.values as Values;
}

function entryAt(draft: Draft<AppState>, index: number): Draft<DatedValue> {
  const entry = valuesOf(draft)[index];
  if (!entry) throw new Error(`The scenario has no timeline.values[${index}].`);
  return entry;
}

/** Adds an entry (from newDatedEntry) at the end of timeline.values. */
export const addDatedValue = (entry: DatedValue) => (draft: Draft<AppState>) => {
  valuesOf(draft).push(structuredClone(entry) as Draft<DatedValue>);
  draft.document.dirty = true;
};

/** "Remove dates": the number goes back to its single base value in `parameters`. */
export const removeDatedValue = (index: number) => (draft: Draft<AppState>) => {
  entryAt(draft, index);
  valuesOf(draft).splice(index, 1);
  draft.document.dirty = true;
};

export const setDatedJoin = (index: number, join: DatedJoin) => (draft: Draft<AppState>) => {
  const entry = entryAt(draft, index);
  if (entry.join === join) return;
  entry.join = join;
  draft.document.dirty = true;
};

export const setDatedSource = (index: number, source: string) => (draft: Draft<AppState>) => {
  const entry = entryAt(draft, index);
  if (entry.source === source) return;
  entry.source = source;
  draft.document.dirty = true;
};

/** Appends a point a year after the last (nextDatedPoint), with the last point's value. */
export const addDatedPoint = (index: number) => (draft: Draft<AppState>) => {
  const entry = entryAt(draft, index);
  const start = draft.document.scenario.simulation.start;
  entry.points.push(nextDatedPoint(entry.points, start, 0));
  draft.document.dirty = true;
};

export const removeDatedPoint = (index: number, point: number) => (draft: Draft<AppState>) => {
  const entry = entryAt(draft, index);
  if (!entry.points[point]) throw new Error(`The scenario has no timeline.values[${index}].points[${point}].`);
  if (entry.points.length === 1) throw new Error(`timeline.values[${index}] has one point left: use "Remove dates" to go back to a single value.`);
  entry.points.splice(point, 1);
  draft.document.dirty = true;
};
