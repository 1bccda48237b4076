// The browser bridge: the full DesktopApi with browser means (downloads, a file input, localStorage),
// run against stand-ins for window and document; and the desktop wrapper of bridge.ts.
import { resolveObjectURL } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MODEL_DOCUMENTATION_URL } from '../../../electron/core/externalLinks';
import type { DesktopApi } from '../../../electron/ipc/contract';
import { wrapDesktopApi } from '../../../renderer/bridge/bridge';
import { createBrowserBridge, PDF_NEEDS_DESKTOP, RECENT_NEEDS_DESKTOP } from '../../../renderer/bridge/browserBridge';
import { bytesFromBase64, mimeTypeForName } from '../../../renderer/bridge/download';

/** Every download the page offers: name and the bytes behind its blob: URL. */
let downloads: { name: string; href: string }[];
let opened: unknown[][];

beforeEach(() => {
  downloads = [];
  opened = [];
  const link = () => {
    const a = { href: '', download: '', rel: '', click: () => downloads.push({ name: a.download, href: a.href }), remove: () => undefined };
    return a;
  };
  const storage = new Map<string, string>();
  vi.stubGlobal('document', { createElement: link, body: { append: () => undefined } });
  vi.stubGlobal('window', {
    open: (...args: unknown[]) => void opened.push(args),
    localStorage: {
      get length() {
        return storage.size;
      },
      key: (i: number) => [...storage.keys()][i] ?? null,
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
      removeItem: (k: string) => void storage.delete(k),
    },
  });
  vi.stubGlobal('__APP_VERSION__', '9.9.9');
  vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 Chrome/146.0.1.2 Safari/537.36' });
});
afterEach(() => vi.unstubAllGlobals());

async function downloaded(index: number): Promise<{ name: string; type: string; bytes: number[] }> {
  const blob = resolveObjectURL(downloads[index].href)!;
  return { name: downloads[index].name, type: blob.type, bytes: [...new Uint8Array(await blob.arrayBuffer())] };
}

describe('createBrowserBridge', () => {
  it('describes itself as the browser runtime, with the engine version', async () => {
    const info = await createBrowserBridge().getAppInfo();
    expect(info).toMatchObject({ runtime: 'browser', appVersion: '9.9.9', platformSummary: 'browser (Chrome/146.0.1.2)' });
    expect(info.engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('saves an export as a download, decoding base64 to bytes', async () => {
    const bridge = createBrowserBridge();
    await expect(bridge.saveTextFile({ suggestedName: 'run.csv', contents: 'a,b\n' })).resolves.toEqual({ status: 'saved', location: 'your downloads folder' });
    await bridge.saveTextFile({ suggestedName: 'chart.png', contents: 'iVBORw0KGgo=', encoding: 'base64' });
    expect(await downloaded(0)).toEqual({ name: 'run.csv', type: 'text/csv;charset=utf-8', bytes: [...new TextEncoder().encode('a,b\n')] });
    expect(await downloaded(1)).toEqual({ name: 'chart.png', type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] });
  });

  it('saves a document as a download named in its path', async () => {
    const result = await createBrowserBridge().saveDocument({ path: 'upload:tr.json', suggestedName: 'tr.json', contents: '{}' });
    expect(result).toEqual({ status: 'saved', path: 'download:tr.json', name: 'tr.json' });
    expect((await downloaded(0)).type).toBe('application/json;charset=utf-8');
  });

  it('has no recent files and says so', async () => {
    const bridge = createBrowserBridge();
    await expect(bridge.listRecent()).resolves.toEqual([]);
    await expect(bridge.openRecent('/home/ann/tr.json')).resolves.toEqual({ status: 'failed', message: RECENT_NEEDS_DESKTOP });
  });

  it('rejects a PDF export, pointing to the HTML report', async () => {
    await expect(createBrowserBridge().exportPdf({ suggestedName: 'report.pdf', html: '<p>' })).rejects.toThrow(PDF_NEEDS_DESKTOP);
  });

  it('keeps the journal in localStorage', async () => {
    const bridge = createBrowserBridge();
    await bridge.writeJournal({ id: 'doc-1', title: 'tr (edited)', path: null, contents: '{}' });
    expect((await createBrowserBridge().listJournal()).map((e) => e.id)).toEqual(['doc-1']);
    await bridge.discardJournal('doc-1');
    await expect(bridge.listJournal()).resolves.toEqual([]);
  });

  it('opens only allow-listed links, in a new tab without an opener', async () => {
    const bridge = createBrowserBridge();
    await expect(bridge.openExternal(MODEL_DOCUMENTATION_URL)).resolves.toEqual({ status: 'opened' });
    await expect(bridge.openExternal('https://evil.example/')).resolves.toMatchObject({ status: 'refused' });
    expect(opened).toEqual([[MODEL_DOCUMENTATION_URL, '_blank', 'noopener,noreferrer']]);
  });

  it('has no menu: subscribing returns an unsubscribe that does nothing', () => {
    const unsubscribe = createBrowserBridge().onMenuCommand(() => undefined);
    expect(unsubscribe()).toBeUndefined();
  });
});

describe('download helpers', () => {
  it('decodes base64 and refuses what is not', () => {
    expect([...bytesFromBase64('AAEC')]).toEqual([0, 1, 2]);
    expect(() => bytesFromBase64('not base64!')).toThrow('The export could not be saved: its contents are not valid base64.');
  });

  it('knows the types of every export', () => {
    expect(['a.svg', 'a.html', 'a.pdf', 'a.bin'].map(mimeTypeForName)).toEqual([
      'image/svg+xml;charset=utf-8',
      'text/html;charset=utf-8',
      'application/pdf',
      'application/octet-stream',
    ]);
  });
});

describe('wrapDesktopApi', () => {
  it('passes every DesktopApi call, with its argument, through to the exposed object', () => {
    const withArgument = ['saveTextFile', 'openRecent', 'saveDocument', 'writeJournal', 'discardJournal', 'exportPdf', 'openExternal', 'onMenuCommand'];
    const without = ['getAppInfo', 'openDocument', 'listRecent', 'listJournal'];
    const names = [...withArgument, ...without];
    const desktop = Object.fromEntries(names.map((name) => [name, vi.fn((...args: unknown[]) => `${name}(${args.join()})`)]));
    const bridge = wrapDesktopApi(desktop as unknown as DesktopApi) as unknown as Record<string, (arg: unknown) => unknown>;
    expect(bridge.runtime).toBe('electron');
    expect(Object.keys(bridge).sort()).toEqual(['runtime', ...names].sort());
    for (const name of withArgument) expect(bridge[name]('x')).toBe(`${name}(x)`);
    for (const name of without) expect(bridge[name]('x')).toBe(`${name}()`);
  });
});
