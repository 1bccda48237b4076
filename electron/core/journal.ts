// The recovery journal: the renderer writes each document's unsaved edits here in the background,
// and after a crash the app offers them back. One JSON file per document, <dir>/<id>.json, written
// atomically, so a crash mid-write leaves the previous entry whole.
// Invariants: the journal writes only inside its own folder (the id is checked to be a plain file
// name, and the user's own file, `path`, is only recorded, never written); a corrupt or foreign
// file in the folder is skipped, never fatal, so one bad entry cannot hide the others.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { JournalEntry, JournalWriteRequest } from '../ipc/contract';
import { writeFileAtomic } from '../../io/atomicWrite';
import { JOURNAL_ID_PATTERN as ENTRY_ID } from './limits';

const ENTRY_FILE = /^([a-z0-9-]{1,64})\.json$/;

const entrySchema = z.object({
  version: z.literal(1),
  id: z.string().regex(ENTRY_ID),
  title: z.string(),
  path: z.string().nullable(),
  contents: z.string(),
  at: z.iso.datetime(),
});

export interface Journal {
  write(request: JournalWriteRequest): Promise<void>;
  /** Every readable entry, most recently written first. */
  list(): Promise<JournalEntry[]>;
  discard(id: string): Promise<void>;
}

export interface JournalDeps {
  /** Its own folder, e.g. <userData>/journal. */
  dir: string;
  now(): Date;
}

function entryPath(dir: string, id: string): string {
  if (!ENTRY_ID.test(id)) throw new Error(`Journal id "${id}" is not lower-case letters, digits and hyphens (1-64).`);
  return path.join(dir, `${id}.json`);
}

async function readEntry(dir: string, fileName: string): Promise<JournalEntry | null> {
  const id = ENTRY_FILE.exec(fileName)?.[1];
  if (!id) return null; // temporary files of an interrupted write, or anything else
  try {
    const checked = entrySchema.safeParse(JSON.parse(await readFile(path.join(dir, fileName), 'utf8')));
    if (!checked.success || checked.data.id !== id) return null;
    const { title, path: documentPath, contents, at } = checked.data;
    return { id, title, path: documentPath, contents, at };
  } catch {
    return null;
  }
}

export function createJournal({ dir, now }: JournalDeps): Journal {
  return {
    async write({ id, title, path: documentPath, contents }) {
      const file = entryPath(dir, id);
      await mkdir(dir, { recursive: true });
      const entry = { version: 1, id, title, path: documentPath, contents, at: now().toISOString() };
      await writeFileAtomic(file, JSON.stringify(entry));
    },
    async list() {
      const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [] as string[];
        throw error;
      });
      const entries = (await Promise.all(names.sort().map((name) => readEntry(dir, name)))).filter((e) => e !== null);
      // Newest first; ties (same millisecond) by id, so the order never depends on the folder's.
      return entries.sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
    },
    async discard(id) {
      await rm(entryPath(dir, id), { force: true });
    },
  };
}
