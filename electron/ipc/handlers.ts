// What main does for each IPC channel, as plain functions. Everything that touches Electron
// (dialogs, printing, the OS shell, app metadata) is passed in, so the handlers run and are tested
// in Node against a real temporary folder.
// Invariants: the renderer is untrusted, so it may only open or overwrite a path main itself handed
// out (chosen in a dialog this session, or on the recent list); an unknown path is never written
// without the user choosing it again in a save dialog. Documents keep a .bak of their previous
// version; every write is atomic (io/atomicWrite.ts); the journal lives in its own folder.
import path from 'node:path';
import { writeFileAtomic } from '../../io/atomicWrite';
import { readDocumentFile } from '../core/documentFile';
import { checkExternalLink } from '../core/externalLinks';
import { createJournal } from '../core/journal';
import { createRecentDocuments, pathKey } from '../core/recentDocuments';
import type { AppInfo, OpenDocumentResult, RecentDocument, SaveDocumentResult } from './contract';
import type { IpcHandlers } from './handle';

export interface DialogDeps {
  /** Asks where to save, starting at `near` if given (else the Documents folder); undefined when cancelled. */
  chooseSavePath(suggestedName: string, near?: string): Promise<string | undefined>;
  /** Asks which document to open (.json files); undefined when cancelled. */
  chooseOpenPath(): Promise<string | undefined>;
}

export interface HandlerDeps {
  appInfo(): AppInfo;
  dialogs: DialogDeps;
  /** Electron's userData folder: the recent list and the journal live there. */
  userDataDir: string;
  now(): Date;
  /** Prints a self-contained HTML report to PDF (setup/pdfRenderer.ts). */
  renderPdf(html: string): Promise<Uint8Array>;
  /** Opens an already allow-listed https link in the user's browser. */
  openExternal(url: string): Promise<void>;
  /** Told the new list whenever it changes (the File → Open Recent menu shows it). */
  onRecentChanged?(recent: RecentDocument[]): void;
  platform?: NodeJS.Platform;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Node's own decoder skips invalid characters silently; a corrupt PNG export should fail instead. */
export function decodeBase64(contents: string): Uint8Array {
  if (!BASE64.test(contents)) throw new Error('file:save-text: contents is not valid base64 (encoding "base64" was given).');
  return Buffer.from(contents, 'base64');
}

export function createIpcHandlers(deps: HandlerDeps): IpcHandlers {
  const platform = deps.platform ?? process.platform;
  const recent = createRecentDocuments({ userDataDir: deps.userDataDir, now: deps.now, platform });
  const journal = createJournal({ dir: path.join(deps.userDataDir, 'journal'), now: deps.now });
  /** Paths the user chose in a dialog this session. */
  const handedOut = new Set<string>();

  const isKnownPath = async (filePath: string) => handedOut.has(pathKey(filePath, platform)) || (await recent.includes(filePath));
  const remember = async (filePath: string) => {
    handedOut.add(pathKey(filePath, platform));
    try {
      deps.onRecentChanged?.(await recent.add(filePath));
    } catch {
      // The recent list is a convenience: failing to update it must not fail an open or a save
      // that succeeded.
    }
  };
  const openAt = async (filePath: string): Promise<OpenDocumentResult> => {
    const result = await readDocumentFile(filePath);
    if (result.status === 'opened') await remember(filePath);
    return result;
  };

  return {
    'app:get-info': async () => deps.appInfo(),
    'file:save-text': async ({ suggestedName, contents, encoding }) => {
      const filePath = await deps.dialogs.chooseSavePath(suggestedName);
      if (!filePath) return { status: 'cancelled' };
      await writeFileAtomic(filePath, encoding === 'base64' ? decodeBase64(contents) : contents);
      return { status: 'saved', location: filePath };
    },
    'file:open-document': async () => {
      const filePath = await deps.dialogs.chooseOpenPath();
      return filePath ? openAt(filePath) : { status: 'cancelled' };
    },
    'file:open-recent': async (filePath) => {
      if (!(await isKnownPath(filePath))) {
        return { status: 'failed', message: `${path.basename(filePath)} is not one of your recent documents; use File → Open… instead.` };
      }
      return openAt(filePath);
    },
    'file:save-document': async ({ path: requested, suggestedName, contents }): Promise<SaveDocumentResult> => {
      // Save goes straight to a known path; Save As, or a path main never handed out (say, from a
      // recovered journal entry), asks the user first.
      const target = requested && (await isKnownPath(requested)) ? requested : await deps.dialogs.chooseSavePath(suggestedName, requested ?? undefined);
      if (!target) return { status: 'cancelled' };
      await writeFileAtomic(target, contents, { backup: true });
      await remember(target);
      return { status: 'saved', path: target, name: path.basename(target) };
    },
    'file:list-recent': () => recent.list(),
    'journal:write': async (request) => {
      await journal.write(request);
      return { status: 'written' };
    },
    'journal:list': () => journal.list(),
    'journal:discard': async (id) => {
      await journal.discard(id);
      return { status: 'discarded' };
    },
    'report:export-pdf': async ({ suggestedName, html }) => {
      const filePath = await deps.dialogs.chooseSavePath(suggestedName);
      if (!filePath) return { status: 'cancelled' };
      await writeFileAtomic(filePath, await deps.renderPdf(html));
      return { status: 'saved', location: filePath };
    },
    'shell:open-external': async (url) => {
      const verdict = checkExternalLink(url);
      if (!verdict.allowed) return { status: 'refused', reason: verdict.reason };
      // Only the normalised URL the allow-list accepted reaches the OS (OPEN_EXTERNAL_JS_CHECK's review).
      await deps.openExternal(verdict.url);
      return { status: 'opened' };
    },
  };
}
