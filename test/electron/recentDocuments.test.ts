// File → Open Recent: most recent first, at most ten, missing files dropped, a corrupt list tolerated.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecentDocuments, MAX_RECENT, RECENT_FILE_NAME, samePath } from '../../electron/core/recentDocuments';

let dir: string;
let clock: number;
const now = () => new Date(Date.UTC(2025, 0, 1) + clock++ * 1000);
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'recent-'));
  clock = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function document(name: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, '{}');
  return file;
}

describe('recent documents', () => {
  it('starts empty when there is no list yet', async () => {
    await expect(createRecentDocuments({ userDataDir: dir, now }).list()).resolves.toEqual([]);
  });

  it('lists the most recent first, moving a reopened file to the top', async () => {
    const recent = createRecentDocuments({ userDataDir: dir, now });
    const [a, b] = [document('a.json'), document('b.json')];
    await recent.add(a);
    await recent.add(b);
    await recent.add(a);
    const listed = await createRecentDocuments({ userDataDir: dir, now }).list(); // read back from disk
    expect(listed).toEqual([
      { path: a, name: 'a.json', at: '2025-01-01T00:00:02.000Z' },
      { path: b, name: 'b.json', at: '2025-01-01T00:00:01.000Z' },
    ]);
  });

  it(`keeps at most ${MAX_RECENT}`, async () => {
    const recent = createRecentDocuments({ userDataDir: dir, now });
    for (let i = 0; i < MAX_RECENT + 3; i++) await recent.add(document(`s${i}.json`));
    const listed = await recent.list();
    expect(listed).toHaveLength(MAX_RECENT);
    expect(listed[0].name).toBe(`s${MAX_RECENT + 2}.json`);
  });

  it('drops files that no longer exist', async () => {
    const recent = createRecentDocuments({ userDataDir: dir, now });
    const [kept, deleted] = [document('kept.json'), document('deleted.json')];
    await recent.add(kept);
    await recent.add(deleted);
    rmSync(deleted);
    expect((await recent.list()).map((d) => d.name)).toEqual(['kept.json']);
  });

  it('tolerates a corrupt list file, and the next save replaces it', async () => {
    writeFileSync(path.join(dir, RECENT_FILE_NAME), '{"documents": [ {"path": ');
    const recent = createRecentDocuments({ userDataDir: dir, now });
    await expect(recent.list()).resolves.toEqual([]);
    await recent.add(document('a.json'));
    expect(JSON.parse(readFileSync(path.join(dir, RECENT_FILE_NAME), 'utf8')).documents).toHaveLength(1);
  });

  it('skips corrupt entries but keeps the good ones', async () => {
    const good = document('good.json');
    const entries = [{ path: good, name: 'good.json', at: 'x' }, { path: 42 }, { path: 'relative.json', name: 'r', at: 'x' }, null];
    writeFileSync(path.join(dir, RECENT_FILE_NAME), JSON.stringify({ version: 1, documents: entries }));
    const recent = createRecentDocuments({ userDataDir: dir, now });
    expect((await recent.list()).map((d) => d.path)).toEqual([good]);
  });

  it('knows which paths it listed, whether or not they still exist', async () => {
    const recent = createRecentDocuments({ userDataDir: dir, now });
    const file = document('a.json');
    await recent.add(file);
    rmSync(file);
    await expect(recent.includes(file)).resolves.toBe(true);
    await expect(recent.includes(path.join(dir, 'other.json'))).resolves.toBe(false);
  });

  it('loses no entry when two saves finish together', async () => {
    const recent = createRecentDocuments({ userDataDir: dir, now });
    await Promise.all(['a.json', 'b.json', 'c.json'].map((name) => recent.add(document(name))));
    expect((await recent.list()).map((d) => d.name).sort()).toEqual(['a.json', 'b.json', 'c.json']);
  });

  it('treats paths differing only in case as one file on Windows and macOS, not on Linux', () => {
    expect(samePath('/Users/Ann/TR.json', '/users/ann/tr.json', 'darwin')).toBe(true);
    expect(samePath('/home/ann/TR.json', '/home/ann/tr.json', 'linux')).toBe(false);
  });
});
