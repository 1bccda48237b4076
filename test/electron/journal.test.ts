// The recovery journal: unsaved edits kept whole in their own folder, listed newest first, corrupt
// entries skipped, and the user's own file never touched.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJournal } from '../../electron/core/journal';

let root: string;
let journalDir: string;
let clock: number;
const now = () => new Date(Date.UTC(2025, 5, 1, 12) + clock++ * 1000);
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'journal-'));
  journalDir = path.join(root, 'userData', 'journal');
  clock = 0;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const edit = (id: string, contents: string, documentPath: string | null = null) => ({ id, title: `${id} (edited)`, path: documentPath, contents });

describe('the recovery journal', () => {
  it('lists nothing before anything was written', async () => {
    await expect(createJournal({ dir: journalDir, now }).list()).resolves.toEqual([]);
  });

  it('writes an entry per document and lists them newest first', async () => {
    const journal = createJournal({ dir: journalDir, now });
    await journal.write(edit('doc-a', '{"a":1}'));
    await journal.write(edit('doc-b', '{"b":1}'));
    await journal.write(edit('doc-a', '{"a":2}')); // a later edit of the same document replaces it
    expect(await journal.list()).toEqual([
      { id: 'doc-a', title: 'doc-a (edited)', path: null, contents: '{"a":2}', at: '2025-06-01T12:00:02.000Z' },
      { id: 'doc-b', title: 'doc-b (edited)', path: null, contents: '{"b":1}', at: '2025-06-01T12:00:01.000Z' },
    ]);
    expect(readdirSync(journalDir).sort()).toEqual(['doc-a.json', 'doc-b.json']);
  });

  it("records the user's own file but never writes to it", async () => {
    const own = path.join(root, 'my-scenario.json');
    writeFileSync(own, '{"saved":true}');
    const journal = createJournal({ dir: journalDir, now });
    await journal.write(edit('doc-a', '{"unsaved":true}', own));
    expect(readFileSync(own, 'utf8')).toBe('{"saved":true}');
    expect(readdirSync(root).sort()).toEqual(['my-scenario.json', 'userData']);
    expect((await journal.list())[0]).toMatchObject({ path: own, contents: '{"unsaved":true}' });
  });

  it('discards one entry and leaves the others', async () => {
    const journal = createJournal({ dir: journalDir, now });
    await journal.write(edit('doc-a', 'a'));
    await journal.write(edit('doc-b', 'b'));
    await journal.discard('doc-a');
    await journal.discard('doc-never-written'); // nothing to do, no error
    expect((await journal.list()).map((e) => e.id)).toEqual(['doc-b']);
  });

  it('skips corrupt and foreign files instead of failing the whole list', async () => {
    const journal = createJournal({ dir: journalDir, now });
    await journal.write(edit('doc-good', 'kept'));
    writeFileSync(path.join(journalDir, 'doc-cut.json'), '{"version":1,"id":"doc-cut","title":"x","pa');
    writeFileSync(path.join(journalDir, 'doc-wrong.json'), JSON.stringify({ version: 1, id: 'doc-wrong', title: 3 }));
    writeFileSync(path.join(journalDir, 'doc-renamed.json'), readFileSync(path.join(journalDir, 'doc-good.json')));
    writeFileSync(path.join(journalDir, '.doc-good.json.new.abc.tmp'), 'left by a crash mid-write');
    writeFileSync(path.join(journalDir, 'notes.txt'), 'not an entry');
    expect((await journal.list()).map((e) => e.id)).toEqual(['doc-good']);
  });

  it('refuses an id that is not a plain name, so nothing is written outside its folder', async () => {
    const journal = createJournal({ dir: journalDir, now });
    await expect(journal.write(edit('../escape', 'x'))).rejects.toThrow(/not lower-case letters, digits and hyphens/);
    await expect(journal.discard('../../my-scenario')).rejects.toThrow(/not lower-case letters/);
    expect(readdirSync(root)).toEqual([]);
  });
});
