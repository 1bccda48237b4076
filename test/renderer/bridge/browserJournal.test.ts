// The browser's recovery journal, on an in-memory Storage with the same behaviour as localStorage.
import { describe, expect, it } from 'vitest';
import { createBrowserJournal, JOURNAL_PREFIX, type StorageLike } from '../../../renderer/bridge/browserJournal';

/** A Storage like the browser's, optionally full after `capacity` characters. */
class MemoryStorage implements StorageLike {
  items = new Map<string, string>();
  constructor(private capacity = Number.POSITIVE_INFINITY) {}
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const used = [...this.items].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.capacity) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

function setup(storage = new MemoryStorage()) {
  let tick = 0;
  const journal = createBrowserJournal(() => storage, () => new Date(Date.UTC(2025, 0, 1) + tick++ * 1000));
  return { storage, journal };
}

const edit = (id: string, contents: string) => ({ id, title: `${id} (edited)`, path: null, contents });

describe('the browser journal', () => {
  it('writes, lists newest first and discards', async () => {
    const { journal, storage } = setup();
    storage.setItem('unrelated', 'kept');
    await expect(journal.write(edit('doc-a', 'a1'))).resolves.toEqual({ status: 'written' });
    await journal.write(edit('doc-b', 'b1'));
    await journal.write(edit('doc-a', 'a2'));
    expect(await journal.list()).toEqual([
      { id: 'doc-a', title: 'doc-a (edited)', path: null, contents: 'a2', at: '2025-01-01T00:00:02.000Z' },
      { id: 'doc-b', title: 'doc-b (edited)', path: null, contents: 'b1', at: '2025-01-01T00:00:01.000Z' },
    ]);
    await expect(journal.discard('doc-a')).resolves.toEqual({ status: 'discarded' });
    expect((await journal.list()).map((e) => e.id)).toEqual(['doc-b']);
    expect(storage.getItem('unrelated')).toBe('kept');
  });

  it('skips corrupt entries', async () => {
    const { journal, storage } = setup();
    await journal.write(edit('doc-good', 'ok'));
    storage.setItem(`${JOURNAL_PREFIX}doc-cut`, '{"version":1,"id":"doc-cut","tit');
    storage.setItem(`${JOURNAL_PREFIX}doc-wrong`, JSON.stringify({ version: 1, id: 'doc-wrong', title: 't', path: null, contents: 3, at: 'x' }));
    storage.setItem(`${JOURNAL_PREFIX}doc-moved`, storage.getItem(`${JOURNAL_PREFIX}doc-good`)!);
    storage.setItem(`${JOURNAL_PREFIX}doc-null`, 'null');
    expect((await journal.list()).map((e) => e.id)).toEqual(['doc-good']);
  });

  it('reports a full storage as a rejected promise with a clear message, keeping the last good entry', async () => {
    const { journal } = setup(new MemoryStorage(400));
    await journal.write(edit('doc-a', 'small'));
    await expect(journal.write(edit('doc-a', 'x'.repeat(1000)))).rejects.toThrow(
      "The browser's storage for this site is full, so unsaved edits could not be kept for recovery. Save your work to a file.",
    );
    expect((await journal.list())[0].contents).toBe('small');
  });

  it('reports blocked site storage clearly', async () => {
    const journal = createBrowserJournal(
      () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
      () => new Date(),
    );
    await expect(journal.list()).rejects.toThrow(/does not let the app keep unsaved edits \(site storage is blocked/);
  });

  it('refuses an id that is not a plain name', async () => {
    const { journal } = setup();
    await expect(journal.write(edit('Doc A', 'x'))).rejects.toThrow(/not lower-case letters, digits and hyphens/);
  });
});
