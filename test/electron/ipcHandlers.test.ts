// The plain functions behind each IPC channel, with Electron's dialog replaced by a stub.
import { describe, expect, it, vi } from 'vitest';
import { createIpcHandlers, type HandlerDeps } from '../../electron/ipc/handlers';

function deps(savePath: string | undefined): HandlerDeps {
  return {
    appInfo: () => ({ runtime: 'electron', appVersion: '0.1.0', platformSummary: 'Electron test' }),
    chooseSavePath: vi.fn(async () => savePath),
    writeTextFile: vi.fn(async () => undefined),
  };
}

describe('IPC handlers', () => {
  it('reports the app information', async () => {
    await expect(createIpcHandlers(deps(undefined))['app:get-info'](null)).resolves.toEqual({
      runtime: 'electron',
      appVersion: '0.1.0',
      platformSummary: 'Electron test',
    });
  });

  it('writes the file where the user chose', async () => {
    const d = deps('/home/user/run.csv');
    const result = await createIpcHandlers(d)['file:save-text']({ suggestedName: 'run.csv', contents: 'a,b\n' });
    expect(result).toEqual({ status: 'saved', location: '/home/user/run.csv' });
    expect(d.chooseSavePath).toHaveBeenCalledWith('run.csv');
    expect(d.writeTextFile).toHaveBeenCalledWith('/home/user/run.csv', 'a,b\n');
  });

  it('writes nothing when the user cancels the dialog', async () => {
    const d = deps(undefined);
    const result = await createIpcHandlers(d)['file:save-text']({ suggestedName: 'run.csv', contents: 'a,b\n' });
    expect(result).toEqual({ status: 'cancelled' });
    expect(d.writeTextFile).not.toHaveBeenCalled();
  });
});
