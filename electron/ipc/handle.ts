// The one wrapper every IPC handler goes through: check the sender, validate the request against
// the contract, then call a plain function. Electron is not imported here: the wrapper works on
// the shape of an invoke event, so it is tested in Node without Electron's binary.
// Invariants: a message from any web contents other than the app's own window, or from any frame
// outside the app origin, is refused before its payload is looked at; a handler only ever sees a
// request that passed its schema.
import type { z } from 'zod';
import { isAppUrl } from '../core/appOrigin';
import { ipcRequestSchemas, type IpcChannel, type IpcRequest, type IpcResponse } from './contract';

/** The part of Electron's IpcMainInvokeEvent the wrapper needs. */
export interface InvokeEventLike {
  /** The web contents that sent the message. */
  sender: { id: number };
  /** The frame that sent it; null once that frame has navigated away or gone. */
  senderFrame: { url: string } | null;
}

/** Whether a web contents belongs to one of the app's own windows (setup/mainWindow.ts knows them). */
export type IsOurWebContents = (sender: { id: number }) => boolean;

/** The part of Electron's ipcMain the wrapper needs. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

export type IpcHandler<C extends IpcChannel> = (request: IpcRequest<C>) => Promise<IpcResponse<C>>;
export type IpcHandlers = { [C in IpcChannel]: IpcHandler<C> };

/** Thrown back to the renderer (as a rejected promise) when a message is refused. */
export class IpcRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcRefusedError';
  }
}

/**
 * Only the app's own pages may talk to main: its own window (not the hidden PDF window or any other
 * web contents), on the app origin (not a navigated-away page, not an iframe elsewhere).
 */
export function isTrustedSender(event: InvokeEventLike, isOurWebContents: IsOurWebContents): boolean {
  return isOurWebContents(event.sender) && isAppUrl(event.senderFrame?.url);
}

export function guardedHandler<C extends IpcChannel>(channel: C, handler: IpcHandler<C>, isOurWebContents: IsOurWebContents) {
  const schema: z.ZodType<IpcRequest<C>> = ipcRequestSchemas[channel] as never;
  return async (event: InvokeEventLike, ...args: unknown[]): Promise<IpcResponse<C>> => {
    if (!isTrustedSender(event, isOurWebContents)) {
      throw new IpcRefusedError(`Refused "${channel}": the message did not come from the app's own page in its own window.`);
    }
    if (args.length > 1) throw new IpcRefusedError(`Refused "${channel}": expected one argument, got ${args.length}.`);
    const parsed = schema.safeParse(args.length === 0 ? null : args[0]);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? issue.path.join('.') : 'request';
      throw new IpcRefusedError(`Refused "${channel}": ${where}: ${issue?.message ?? 'invalid'}.`);
    }
    return handler(parsed.data);
  };
}

/** Registers a guarded handler for every channel of the contract (the type demands all of them). */
export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: IpcHandlers, isOurWebContents: IsOurWebContents): void {
  for (const channel of Object.keys(ipcRequestSchemas) as IpcChannel[]) {
    ipcMain.handle(channel, guardedHandler(channel, handlers[channel] as IpcHandler<typeof channel>, isOurWebContents));
  }
}
