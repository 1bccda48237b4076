// The renderer's store: undoable edits replay exactly through immer patches; other updates never
// enter the history.
import { describe, expect, it } from 'vitest';
import { MAX_HISTORY, Store } from '../../renderer/state/store';

interface S {
  doc: { a: number; list: string[] };
  progress: number;
}

const fresh = () => new Store<S>({ doc: { a: 1, list: ['x'] }, progress: 0 });

describe('Store', () => {
  it('undoes and redoes an edit exactly', () => {
    const store = fresh();
    store.edit('set a', (d) => {
      d.doc.a = 2;
      d.doc.list.push('y');
    });
    expect(store.state.doc).toEqual({ a: 2, list: ['x', 'y'] });
    expect(store.undoLabel).toBe('set a');
    store.undo();
    expect(store.state.doc).toEqual({ a: 1, list: ['x'] });
    expect(store.canRedo).toBe(true);
    store.redo();
    expect(store.state.doc).toEqual({ a: 2, list: ['x', 'y'] });
  });

  it('keeps updates that are not edits out of the history, and undo leaves them alone', () => {
    const store = fresh();
    store.edit('set a', (d) => {
      d.doc.a = 5;
    });
    store.update((d) => {
      d.progress = 0.5;
    });
    store.undo();
    expect(store.state.doc.a).toBe(1);
    expect(store.state.progress).toBe(0.5);
    expect(store.canUndo).toBe(false);
  });

  it('records nothing for an edit that changes nothing, and a new edit clears redo', () => {
    const store = fresh();
    store.edit('no-op', (d) => {
      d.doc.a = 1;
    });
    expect(store.canUndo).toBe(false);
    store.edit('one', (d) => {
      d.doc.a = 2;
    });
    store.undo();
    store.edit('two', (d) => {
      d.doc.a = 3;
    });
    expect(store.canRedo).toBe(false);
  });

  it('caps the history and notifies listeners once per change', () => {
    const store = fresh();
    let calls = 0;
    const off = store.subscribe(() => calls++);
    for (let i = 0; i < MAX_HISTORY + 20; i++)
      store.edit(`e${i}`, (d) => {
        d.doc.a = i + 10;
      });
    expect(calls).toBe(MAX_HISTORY + 20);
    let undone = 0;
    while (store.canUndo) {
      store.undo();
      undone++;
    }
    expect(undone).toBe(MAX_HISTORY);
    off();
    store.redo();
    expect(calls).toBe(MAX_HISTORY + 20 + MAX_HISTORY);
  });

  it('freezes its state so a component cannot change it behind the store', () => {
    const store = fresh();
    expect(Object.isFrozen(store.state.doc)).toBe(true);
  });
});
