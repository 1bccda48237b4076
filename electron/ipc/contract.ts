// The IPC contract: every channel between the renderer and Electron's main process, with its
// request schema and response type, in one place.
// Invariants: main validates every request against the schema here (see handle.ts) because the
// renderer is untrusted; preload imports this file for types only, so none of zod ends up in the
// sandboxed preload bundle; adding a channel means adding it to `ipcRequestSchemas`,
// `IpcResponses` and `DesktopApi`, and the compiler then demands a handler for it in main.
// Files the user opens are read by main and handed over as text: the renderer checks them with
// restoreScenario / restoreExperiment (model/, experiments/), so every error names the field.
import { z } from 'zod';
import { JOURNAL_ID_PATTERN, MAX_TEXT_FILE_CHARS } from '../core/limits';

export { MAX_TEXT_FILE_CHARS };

/** A bare file name the user is offered in a save dialog: no folders, a known extension. */
const suggestedFileName = z
  .string()
  .max(120)
  .regex(/^[\w][\w .()-]*\.(csv|json|txt|svg|png|html|pdf)$/, 'a plain file name ending .csv, .json, .txt, .svg, .png, .html or .pdf');

/** Documents (scenarios, experiments) are JSON; a PDF export is a PDF. */
const documentFileName = suggestedFileName.regex(/\.json$/, 'a file name ending .json');
const pdfFileName = suggestedFileName.regex(/\.pdf$/, 'a file name ending .pdf');

/** An absolute path main itself handed to the renderer (open, save as, recent): checked again in main. */
const documentPath = z.string().min(1).max(4096);

/** A journal entry's id: the renderer's document id, safe as a file name. */
const journalId = z.string().regex(JOURNAL_ID_PATTERN, 'lower-case letters, digits and hyphens (1-64)');

export const saveTextRequestSchema = z.strictObject({
  suggestedName: suggestedFileName,
  contents: z.string().max(MAX_TEXT_FILE_CHARS),
  /** 'base64' for binary exports (PNG): contents is then base64 text. */
  encoding: z.enum(['utf8', 'base64']).optional(),
});
export type SaveTextRequest = z.infer<typeof saveTextRequestSchema>;
export type SaveTextResult = { status: 'saved'; location: string } | { status: 'cancelled' };

/**
 * Save a scenario or experiment document: straight to `path` when main handed that path out (Save);
 * otherwise main asks where, starting at `path` if given (Save As, or a recovered document).
 */
export const saveDocumentRequestSchema = z.strictObject({
  path: documentPath.nullable(),
  suggestedName: documentFileName,
  contents: z.string().max(MAX_TEXT_FILE_CHARS),
});
export type SaveDocumentRequest = z.infer<typeof saveDocumentRequestSchema>;
export type SaveDocumentResult = { status: 'saved'; path: string; name: string } | { status: 'cancelled' };

export type OpenDocumentResult =
  | { status: 'opened'; path: string; name: string; text: string }
  | { status: 'cancelled' }
  /** The file could not be read (missing, too large, not text): a message for the user. */
  | { status: 'failed'; message: string };

export interface RecentDocument {
  path: string;
  name: string;
  /** ISO time it was last opened or saved. */
  at: string;
}

export const journalWriteRequestSchema = z.strictObject({
  id: journalId,
  /** What the user would call it ("tr (edited)", "my-scenario.json"). */
  title: z.string().max(200),
  /** The file it was opened from, if any: recovery offers it, never overwrites it. */
  path: documentPath.nullable(),
  contents: z.string().max(MAX_TEXT_FILE_CHARS),
});
export type JournalWriteRequest = z.infer<typeof journalWriteRequestSchema>;
export interface JournalEntry extends JournalWriteRequest {
  /** ISO time of the last write. */
  at: string;
}

export const exportPdfRequestSchema = z.strictObject({
  suggestedName: pdfFileName,
  /** A self-contained HTML report (no scripts, inline styles and images). */
  html: z.string().max(MAX_TEXT_FILE_CHARS),
});
export type ExportPdfRequest = z.infer<typeof exportPdfRequestSchema>;

/** https links the app may open in the user's browser; anything else is refused. */
export const externalLinkSchema = z.string().url().startsWith('https://');

export interface AppInfo {
  runtime: 'electron' | 'browser';
  appVersion: string;
  /** The engine's version (model/version.ts): part of every result's provenance. */
  engineVersion: string;
  /** e.g. "Electron 41.6.1 (Chrome 146, Node 24)", or the browser's user agent summary. */
  platformSummary: string;
}

/**
 * Commands the application menu sends to the renderer (main → renderer, one-way). The renderer
 * owns the document state, so main only says what the user chose.
 */
export const MENU_COMMANDS = ['new', 'open', 'save', 'save-as', 'export-report', 'undo', 'redo', 'about', 'open-recent'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export interface MenuMessage {
  command: MenuCommand;
  /** For 'open-recent': the path chosen. */
  path?: string;
}
export const MENU_CHANNEL = 'menu:command';

/** Channel → schema of the request payload. */
export const ipcRequestSchemas = {
  'app:get-info': z.null(),
  'file:save-text': saveTextRequestSchema,
  'file:open-document': z.null(),
  'file:open-recent': documentPath,
  'file:save-document': saveDocumentRequestSchema,
  'file:list-recent': z.null(),
  'journal:write': journalWriteRequestSchema,
  'journal:list': z.null(),
  'journal:discard': journalId,
  'report:export-pdf': exportPdfRequestSchema,
  'shell:open-external': externalLinkSchema,
} as const;

export type IpcChannel = keyof typeof ipcRequestSchemas;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcRequestSchemas)[C]>;

/** Channel → type of the response payload. */
export interface IpcResponses {
  'app:get-info': AppInfo;
  'file:save-text': SaveTextResult;
  'file:open-document': OpenDocumentResult;
  'file:open-recent': OpenDocumentResult;
  'file:save-document': SaveDocumentResult;
  'file:list-recent': RecentDocument[];
  'journal:write': { status: 'written' };
  'journal:list': JournalEntry[];
  'journal:discard': { status: 'discarded' };
  'report:export-pdf': SaveTextResult;
  'shell:open-external': { status: 'opened' } | { status: 'refused'; reason: string };
}
export type IpcResponse<C extends IpcChannel> = IpcResponses[C];

/** The named functions preload exposes to the renderer as `window[DesktopApiKey]`. */
export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>;
  /** Exports (CSV, SVG, PNG, HTML): always asks where. */
  saveTextFile(request: SaveTextRequest): Promise<SaveTextResult>;
  openDocument(): Promise<OpenDocumentResult>;
  openRecent(path: string): Promise<OpenDocumentResult>;
  saveDocument(request: SaveDocumentRequest): Promise<SaveDocumentResult>;
  listRecent(): Promise<RecentDocument[]>;
  writeJournal(request: JournalWriteRequest): Promise<{ status: 'written' }>;
  listJournal(): Promise<JournalEntry[]>;
  discardJournal(id: string): Promise<{ status: 'discarded' }>;
  exportPdf(request: ExportPdfRequest): Promise<SaveTextResult>;
  openExternal(url: string): Promise<{ status: 'opened' } | { status: 'refused'; reason: string }>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(handler: (message: MenuMessage) => void): () => void;
}

/** The global name of the exposed API: a type, not a constant, so that importing it costs no code. */
export type DesktopApiKey = 'probationSimDesktop';
