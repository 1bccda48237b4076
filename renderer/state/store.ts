// The renderer's one store: state changes only through small pure actions (immer recipes), and the
// undoable ones are recorded as immer patches so that undo and redo replay them exactly.
// Invariants: `state` is immutable (immer freezes it); an undoable action pushes one entry and
// clears the redo stack; undo applies the entry's inverse patches, redo its patches; an action
// that changes nothing records nothing; listeners hear every change once, after it is made.
// Non-undoable actions (a run's progress, the view shown) never touch the history, so undo only
// ever takes back what the user edited.
import { applyPatches, enablePatches, produce, produceWithPatches, type Draft, type Patch } from 'immer';

enablePatches();

export interface HistoryEntry {
  /** What the user did, in words, for the Undo/Redo buttons ("Undo: set offending.baseRate"). */
  label: string;
  patches: Patch[];
  inverse: Patch[];
}

/** Undo history is capped: a long editing session must not grow memory without bound. */
export const MAX_HISTORY = 200;

export class Store<S extends object> {
  private current: S;
  private readonly past: HistoryEntry[] = [];
  private readonly future: HistoryEntry[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(initial: S) {
    this.current = produce(initial, () => undefined);
  }

  get state(): S {
    return this.current;
  }

  /** Applies a change that is not the user's edit (progress, navigation, results). */
  update(recipe: (draft: Draft<S>) => void): void {
    const next = produce(this.current, recipe);
    if (next !== this.current) this.set(next);
  }

  /** Applies an edit the user can undo. */
  edit(label: string, recipe: (draft: Draft<S>) => void): void {
    const [next, patches, inverse] = produceWithPatches(this.current, recipe);
    if (patches.length === 0) return;
    this.past.push({ label, patches, inverse });
    if (this.past.length > MAX_HISTORY) this.past.shift();
    this.future.length = 0;
    this.set(next);
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** The labels of the next undo and redo, for buttons and menus. */
  get undoLabel(): string | undefined {
    return this.past[this.past.length - 1]?.label;
  }

  get redoLabel(): string | undefined {
    return this.future[this.future.length - 1]?.label;
  }

  undo(): void {
    const entry = this.past.pop();
    if (!entry) return;
    this.future.push(entry);
    this.set(applyPatches(this.current as never, entry.inverse) as S);
  }

  redo(): void {
    const entry = this.future.pop();
    if (!entry) return;
    this.past.push(entry);
    this.set(applyPatches(this.current as never, entry.patches) as S);
  }

  /** Forgets the history (a new document was opened: its edits start afresh). */
  clearHistory(): void {
    this.past.length = 0;
    this.future.length = 0;
    this.notify();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(next: S): void {
    this.current = next;
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
