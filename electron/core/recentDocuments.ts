// The File → Open Recent list: documents the user opened or saved, most recent first, kept as JSON
// in Electron's userData folder.
// Invariants: at most MAX_RECENT entries, one per file; files that no longer exist are not listed;
// a recent-list file that is missing, unreadable or corrupt counts as an empty list (it is only a
// convenience, and the next open or save rewrites it), and a corrupt entry drops only itself.
// Updates are serialised, so two saves finishing together cannot lose one another's entry.
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { RecentDocument } from '../ipc/contract';
import { writeFileAtomic } from '../../io/atomicWrite';

export const RECENT_FILE_NAME = 'recent-documents.json';
export const MAX_RECENT = 10;

const recentEntrySchema = z.object({ path: z.string().min(1), name: z.string(), at: z.string() });

export interface RecentDocuments {
  /** The list as the menu and the renderer show it: existing files only, most recent first. */
  list(): Promise<RecentDocument[]>;
  /** Puts a file at the top of the list (moving it there if it was already listed). */
  add(filePath: string): Promise<RecentDocument[]>;
  /** Whether main ever handed this path out (so the renderer may ask to open or save it). */
  includes(filePath: string): Promise<boolean>;
}

export interface RecentDocumentsDeps {
  userDataDir: string;
  now(): Date;
  /** The OS, for comparing paths: Windows and macOS file systems ignore case by default. */
  platform?: NodeJS.Platform;
}

/** A path in the form two paths to the same file share (case folded where the OS ignores case). */
export function pathKey(filePath: string, platform: NodeJS.Platform): string {
  const resolved = path.resolve(filePath);
  return platform === 'win32' || platform === 'darwin' ? resolved.toLowerCase() : resolved;
}

export function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  return pathKey(a, platform) === pathKey(b, platform);
}

async function isExistingFile(filePath: string): Promise<boolean> {
  return stat(filePath).then((info) => info.isFile(), () => false);
}

async function readEntries(file: string): Promise<RecentDocument[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return [];
  }
  const documents = (parsed as { documents?: unknown } | null)?.documents;
  if (!Array.isArray(documents)) return [];
  return documents.flatMap((entry) => {
    const checked = recentEntrySchema.safeParse(entry);
    return checked.success && path.isAbsolute(checked.data.path) ? [checked.data] : [];
  });
}

export function createRecentDocuments({ userDataDir, now, platform = process.platform }: RecentDocumentsDeps): RecentDocuments {
  const file = path.join(userDataDir, RECENT_FILE_NAME);
  let queue: Promise<unknown> = Promise.resolve();
  const serialised = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function list(): Promise<RecentDocument[]> {
    const entries = await readEntries(file);
    const existing = await Promise.all(entries.map((entry) => isExistingFile(entry.path)));
    return entries.filter((_, i) => existing[i]).slice(0, MAX_RECENT);
  }

  return {
    list,
    add: (filePath) =>
      serialised(async () => {
        const entry: RecentDocument = { path: filePath, name: path.basename(filePath), at: now().toISOString() };
        const next = [entry, ...(await list()).filter((d) => !samePath(d.path, filePath, platform))].slice(0, MAX_RECENT);
        await mkdir(userDataDir, { recursive: true });
        await writeFileAtomic(file, `${JSON.stringify({ version: 1, documents: next }, null, 2)}\n`);
        return next;
      }),
    includes: async (filePath) => (await readEntries(file)).some((d) => samePath(d.path, filePath, platform)),
  };
}
