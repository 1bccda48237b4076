// What main does for each IPC channel, as plain functions. Everything that touches Electron
// (dialogs, app metadata) is passed in, so the handlers run and are tested in Node.
import type { AppInfo, SaveTextResult } from './contract';
import type { IpcHandlers } from './handle';

export interface HandlerDeps {
  appInfo(): AppInfo;
  /** Asks the user where to save; undefined when they cancel. */
  chooseSavePath(suggestedName: string): Promise<string | undefined>;
  /** Writes the whole file or nothing (see core/atomicWrite.ts). */
  writeTextFile(filePath: string, contents: string): Promise<void>;
}

export function createIpcHandlers(deps: HandlerDeps): IpcHandlers {
  return {
    'app:get-info': async () => deps.appInfo(),
    'file:save-text': async ({ suggestedName, contents }): Promise<SaveTextResult> => {
      const filePath = await deps.chooseSavePath(suggestedName);
      if (!filePath) return { status: 'cancelled' };
      await deps.writeTextFile(filePath, contents);
      return { status: 'saved', location: filePath };
    },
  };
}
