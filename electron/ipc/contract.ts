// The IPC contract: every channel between the renderer and Electron's main process, with its
// request schema and response type, in one place.
// Invariants: main validates every request against the schema here (see handle.ts) because the
// renderer is untrusted; preload imports this file for types only, so none of zod ends up in the
// sandboxed preload bundle; adding a channel means adding it to `ipcRequestSchemas`,
// `IpcResponses` and `DesktopApi`, and the compiler then demands a handler for it in main.
import { z } from 'zod';

/** A bare file name the user is offered in the save dialog: no folders, a known text extension. */
const suggestedFileName = z
  .string()
  .max(120)
  .regex(/^[\w][\w .()-]*\.(csv|json|txt)$/, 'a plain file name ending .csv, .json or .txt');

/** 20 MB of text is far more than any export of the app; the cap stops a runaway renderer. */
const MAX_TEXT_FILE_CHARS = 20_000_000;

export const saveTextRequestSchema = z.strictObject({
  suggestedName: suggestedFileName,
  contents: z.string().max(MAX_TEXT_FILE_CHARS),
});
export type SaveTextRequest = z.infer<typeof saveTextRequestSchema>;

export type SaveTextResult = { status: 'saved'; location: string } | { status: 'cancelled' };

export interface AppInfo {
  runtime: 'electron' | 'browser';
  appVersion: string;
  /** e.g. "Electron 41.6.1 (Chrome 146, Node 24)", or the browser's user agent summary. */
  platformSummary: string;
}

/** Channel → schema of the request payload. */
export const ipcRequestSchemas = {
  'app:get-info': z.null(),
  'file:save-text': saveTextRequestSchema,
} as const;

export type IpcChannel = keyof typeof ipcRequestSchemas;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcRequestSchemas)[C]>;

/** Channel → type of the response payload. */
export interface IpcResponses {
  'app:get-info': AppInfo;
  'file:save-text': SaveTextResult;
}
export type IpcResponse<C extends IpcChannel> = IpcResponses[C];

/** The named functions preload exposes to the renderer as `window[DesktopApiKey]`. */
export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>;
  saveTextFile(request: SaveTextRequest): Promise<SaveTextResult>;
}

/** The global name of the exposed API: a type, not a constant, so that importing it costs no code. */
export type DesktopApiKey = 'probationSimDesktop';
