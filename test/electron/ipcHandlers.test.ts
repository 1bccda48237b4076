// The plain functions behind each IPC channel, against a real temporary folder, with Electron's
// dialogs, printer and shell replaced by recorders.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MODEL_DOCUMENTATION_URL } from '../../electron/core/externalLinks';
import type { RecentDocument } from '../../electron/ipc/contract';
import { createIpcHandlers, decodeBase64, type HandlerDeps } from '../../electron/ipc/handlers';

let root: string;
let userData: string;
let docs: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'ipc-handlers-'));
  userData = path.join(root, 'userData');
  docs = path.join(root, 'Documents');
  mkdirSync(docs);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Handlers whose dialogs answer from the queues given (undefined = the user cancelled). */
function setup(answers: { save?: (string | undefined)[]; open?: (string | undefined)[] } = {}) {
  const recentShown: RecentDocument[][] = [];
  const deps = {
    appInfo: () => ({ runtime: 'electron', appVersion: '0.1.0', engineVersion: '0.2.0', platformSummary: 'Electron test' }),
    dialogs: {
      chooseSavePath: vi.fn(async (_name: string, _near?: string) => answers.save?.shift()),
      chooseOpenPath: vi.fn(async () => answers.open?.shift()),
    },
    userDataDir: userData,
    now: () => new Date('2025-03-04T05:06:07.000Z'),
    renderPdf: vi.fn(async (html: string) => new TextEncoder().encode(`%PDF-1.7 ${html.length}`)),
    openExternal: vi.fn(async () => undefined),
    onRecentChanged: (recent: RecentDocument[]) => void recentShown.push(recent),
  } satisfies HandlerDeps;
  return { handlers: createIpcHandlers(deps), deps, recentShown };
}

function documentAt(name: string, contents = '{"name":"tr"}'): string {
  const file = path.join(docs, name);
  writeFileSync(file, contents);
  return file;
}

describe('app:get-info', () => {
  it('reports the app information', async () => {
    await expect(setup().handlers['app:get-info'](null)).resolves.toMatchObject({ appVersion: '0.1.0', engineVersion: '0.2.0' });
  });
});

describe('file:save-text (exports)', () => {
  it('writes the file where the user chose', async () => {
    const target = path.join(docs, 'run.csv');
    const { handlers, deps } = setup({ save: [target] });
    await expect(handlers['file:save-text']({ suggestedName: 'run.csv', contents: 'a,b\n' })).resolves.toEqual({ status: 'saved', location: target });
    expect(deps.dialogs.chooseSavePath).toHaveBeenCalledWith('run.csv');
    expect(readFileSync(target, 'utf8')).toBe('a,b\n');
  });

  it('decodes base64 contents to bytes (a PNG chart)', async () => {
    const target = path.join(docs, 'chart.png');
    const { handlers } = setup({ save: [target] });
    await handlers['file:save-text']({ suggestedName: 'chart.png', contents: 'iVBORw0KGgo=', encoding: 'base64' });
    expect([...readFileSync(target)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('refuses contents that are not base64 rather than saving garbage', async () => {
    const target = path.join(docs, 'chart.png');
    const { handlers } = setup({ save: [target] });
    await expect(handlers['file:save-text']({ suggestedName: 'chart.png', contents: 'not base64!', encoding: 'base64' })).rejects.toThrow(
      /not valid base64/,
    );
    expect(readdirSync(docs)).toEqual([]);
  });

  it('writes nothing when the user cancels the dialog', async () => {
    const { handlers } = setup({ save: [undefined] });
    await expect(handlers['file:save-text']({ suggestedName: 'run.csv', contents: 'a,b\n' })).resolves.toEqual({ status: 'cancelled' });
    expect(readdirSync(docs)).toEqual([]);
  });
});

describe('file:open-document and file:open-recent', () => {
  it('opens the chosen document and puts it on the recent list', async () => {
    const file = documentAt('tr.json');
    const { handlers, recentShown } = setup({ open: [file] });
    await expect(handlers['file:open-document'](null)).resolves.toEqual({ status: 'opened', path: file, name: 'tr.json', text: '{"name":"tr"}' });
    await expect(handlers['file:list-recent'](null)).resolves.toEqual([{ path: file, name: 'tr.json', at: '2025-03-04T05:06:07.000Z' }]);
    expect(recentShown).toEqual([[{ path: file, name: 'tr.json', at: '2025-03-04T05:06:07.000Z' }]]);
  });

  it('reports a cancelled dialog and a file that cannot be read', async () => {
    const { handlers } = setup({ open: [undefined, path.join(docs, 'gone.json')] });
    await expect(handlers['file:open-document'](null)).resolves.toEqual({ status: 'cancelled' });
    await expect(handlers['file:open-document'](null)).resolves.toMatchObject({ status: 'failed', message: expect.stringContaining('no longer exists') });
    await expect(handlers['file:list-recent'](null)).resolves.toEqual([]);
  });

  it('reopens a recent document, in a later session too', async () => {
    const file = documentAt('unified.json');
    await setup({ open: [file] }).handlers['file:open-document'](null);
    const later = setup(); // a new session: only the recent list on disk knows the path
    await expect(later.handlers['file:open-recent'](file)).resolves.toMatchObject({ status: 'opened', name: 'unified.json' });
  });

  it('will not open a path that is not on the recent list (the renderer is untrusted)', async () => {
    const secret = documentAt('secret.json', 'private');
    const result = await setup().handlers['file:open-recent'](secret);
    expect(result).toEqual({ status: 'failed', message: 'secret.json is not one of your recent documents; use File → Open… instead.' });
  });
});

describe('file:save-document', () => {
  it('Save As asks where, writes the document and remembers it', async () => {
    const target = path.join(docs, 'my-tr.json');
    const { handlers, deps } = setup({ save: [target] });
    const result = await handlers['file:save-document']({ path: null, suggestedName: 'my-tr.json', contents: '{"v":1}' });
    expect(result).toEqual({ status: 'saved', path: target, name: 'my-tr.json' });
    expect(deps.dialogs.chooseSavePath).toHaveBeenCalledWith('my-tr.json', undefined);
    expect(readFileSync(target, 'utf8')).toBe('{"v":1}');
    expect((await handlers['file:list-recent'](null)).map((d) => d.path)).toEqual([target]);
  });

  it('Save writes straight to a path main handed out, keeping the previous version as .bak', async () => {
    const file = documentAt('tr.json', '{"v":1}');
    const { handlers, deps } = setup({ open: [file] });
    await handlers['file:open-document'](null);
    await expect(handlers['file:save-document']({ path: file, suggestedName: 'tr.json', contents: '{"v":2}' })).resolves.toMatchObject({
      status: 'saved',
      path: file,
    });
    expect(deps.dialogs.chooseSavePath).not.toHaveBeenCalled();
    expect(readFileSync(file, 'utf8')).toBe('{"v":2}');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('{"v":1}');
  });

  it('asks before writing to a path main never handed out, starting the dialog there', async () => {
    const victim = documentAt('victim.json', 'untouched');
    const { handlers, deps } = setup({ save: [undefined] });
    await expect(handlers['file:save-document']({ path: victim, suggestedName: 'victim.json', contents: 'overwritten' })).resolves.toEqual({
      status: 'cancelled',
    });
    expect(deps.dialogs.chooseSavePath).toHaveBeenCalledWith('victim.json', victim);
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
  });

  it('still saves when the recent list cannot be updated', async () => {
    writeFileSync(userData, 'a file where the userData folder should be');
    const target = path.join(docs, 'tr.json');
    const { handlers } = setup({ save: [target] });
    await expect(handlers['file:save-document']({ path: null, suggestedName: 'tr.json', contents: '{}' })).resolves.toMatchObject({ status: 'saved' });
    expect(readFileSync(target, 'utf8')).toBe('{}');
  });
});

describe('journal:*', () => {
  it('writes, lists and discards unsaved edits in userData/journal', async () => {
    const { handlers } = setup();
    const edit = { id: 'doc-1', title: 'tr (edited)', path: null, contents: '{"v":3}' };
    await expect(handlers['journal:write'](edit)).resolves.toEqual({ status: 'written' });
    await expect(handlers['journal:list'](null)).resolves.toEqual([{ ...edit, at: '2025-03-04T05:06:07.000Z' }]);
    expect(readdirSync(path.join(userData, 'journal'))).toEqual(['doc-1.json']);
    await expect(handlers['journal:discard']('doc-1')).resolves.toEqual({ status: 'discarded' });
    await expect(handlers['journal:list'](null)).resolves.toEqual([]);
  });
});

describe('report:export-pdf', () => {
  it('asks where, prints the HTML and saves the PDF', async () => {
    const target = path.join(docs, 'report.pdf');
    const { handlers, deps } = setup({ save: [target] });
    await expect(handlers['report:export-pdf']({ suggestedName: 'report.pdf', html: '<h1>x</h1>' })).resolves.toEqual({ status: 'saved', location: target });
    expect(deps.renderPdf).toHaveBeenCalledWith('<h1>x</h1>');
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 10');
  });

  it('prints nothing when the user cancels, and writes nothing when printing fails', async () => {
    const { handlers, deps } = setup({ save: [undefined, path.join(docs, 'report.pdf')] });
    await expect(handlers['report:export-pdf']({ suggestedName: 'report.pdf', html: 'x' })).resolves.toEqual({ status: 'cancelled' });
    expect(deps.renderPdf).not.toHaveBeenCalled();
    deps.renderPdf.mockRejectedValueOnce(new Error('PDF export: printing the report took longer than 60 s.'));
    await expect(handlers['report:export-pdf']({ suggestedName: 'report.pdf', html: 'x' })).rejects.toThrow(/took longer/);
    expect(readdirSync(docs)).toEqual([]);
  });
});

describe('shell:open-external', () => {
  it('opens an allow-listed link', async () => {
    const { handlers, deps } = setup();
    await expect(handlers['shell:open-external'](MODEL_DOCUMENTATION_URL)).resolves.toEqual({ status: 'opened' });
    expect(deps.openExternal).toHaveBeenCalledWith(MODEL_DOCUMENTATION_URL);
  });

  it('refuses any other link, saying why, without touching the shell', async () => {
    const { handlers, deps } = setup();
    await expect(handlers['shell:open-external']('https://evil.example/')).resolves.toEqual({
      status: 'refused',
      reason: 'evil.example is not one of the sites the app links to',
    });
    expect(deps.openExternal).not.toHaveBeenCalled();
  });
});

describe('decodeBase64', () => {
  it('accepts padded base64 and refuses anything else', () => {
    expect([...decodeBase64('AAEC')]).toEqual([0, 1, 2]);
    expect([...decodeBase64('AAE=')]).toEqual([0, 1]);
    expect(() => decodeBase64('AAE')).toThrow(/not valid base64/);
    expect(() => decodeBase64('AA E=')).toThrow(/not valid base64/);
  });
});
