// The recovery journal in a plain browser: unsaved edits kept in localStorage, one item per
// document under a common prefix, so they survive a closed tab or a crashed browser. The same
// rules as the desktop journal (electron/core/journal.ts): newest first, a corrupt item skipped
// rather than fatal, ids limited to safe names.
// Storage is fetched lazily: merely reading window.localStorage throws where site data is blocked.
import type { JournalEntry, JournalWriteRequest } from '../../electron/ipc/contract';
import { JOURNAL_ID_PATTERN } from '../../electron/core/limits';

export const JOURNAL_PREFIX = 'probation-sim:journal:';

/** The part of the Web Storage API the journal uses. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface BrowserJournal {
  write(request: JournalWriteRequest): Promise<{ status: 'written' }>;
  list(): Promise<JournalEntry[]>;
  discard(id: string): Promise<{ status: 'discarded' }>;
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  // Chromium and WebKit name it QuotaExceededError (legacy code 22); old Firefox used its own name.
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function checkedId(id: string): string {
  if (!JOURNAL_ID_PATTERN.test(id)) throw new Error(`Journal id "${id}" is not lower-case letters, digits and hyphens (1-64).`);
  return id;
}

function parseEntry(id: string, raw: string | null): JournalEntry | null {
  if (raw === null) return null;
  try {
    const e = JSON.parse(raw) as Record<string, unknown>;
    const valid =
      e?.version === 1 &&
      e.id === id &&
      typeof e.title === 'string' &&
      (e.path === null || typeof e.path === 'string') &&
      typeof e.contents === 'string' &&
      typeof e.at === 'string' &&
      !Number.isNaN(Date.parse(e.at));
    return valid ? { id, title: e.title as string, path: e.path as string | null, contents: e.contents as string, at: e.at as string } : null;
  } catch {
    return null;
  }
}

export function createBrowserJournal(getStorage: () => StorageLike, now: () => Date): BrowserJournal {
  const storage = (): StorageLike => {
    try {
      return getStorage();
    } catch (error) {
      throw new Error(`This browser does not let the app keep unsaved edits (site storage is blocked: ${describe(error)}). Save your work to a file.`);
    }
  };
  return {
    async write({ id, title, path, contents }) {
      const key = JOURNAL_PREFIX + checkedId(id);
      const entry = { version: 1, id, title, path, contents, at: now().toISOString() };
      const store = storage();
      try {
        store.setItem(key, JSON.stringify(entry));
      } catch (error) {
        if (isQuotaError(error)) {
          throw new Error("The browser's storage for this site is full, so unsaved edits could not be kept for recovery. Save your work to a file.");
        }
        throw new Error(`Unsaved edits could not be kept for recovery: ${describe(error)}`);
      }
      return { status: 'written' };
    },
    async list() {
      const store = storage();
      const keys: string[] = [];
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i);
        if (key?.startsWith(JOURNAL_PREFIX)) keys.push(key);
      }
      const entries = keys.map((key) => parseEntry(key.slice(JOURNAL_PREFIX.length), store.getItem(key))).filter((e) => e !== null);
      return entries.sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
    },
    async discard(id) {
      storage().removeItem(JOURNAL_PREFIX + checkedId(id));
      return { status: 'discarded' };
    },
  };
}
