import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, type AtomicWriteFs } from '../../cli/atomicWrite';

let folder: string;
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-atomic-'));
});
afterEach(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

/** The real fs, with one call made to fail. */
function failing(call: keyof AtomicWriteFs): AtomicWriteFs {
  return {
    ...fs,
    [call]: () => {
      throw Object.assign(new Error(`simulated ${call} failure`), { code: 'EIO' });
    },
  } as AtomicWriteFs;
}

describe('writeFileAtomic', () => {
  it('creates a new file with the whole content and leaves no temp file', () => {
    const target = path.join(folder, 'out.json');
    const content = 'x'.repeat(1_000_000);
    writeFileAtomic(target, content);
    expect(fs.readFileSync(target, 'utf8')).toBe(content);
    expect(fs.readdirSync(folder)).toEqual(['out.json']);
  });

  it('replaces an existing file, keeping its permissions', () => {
    const target = path.join(folder, 'out.csv');
    fs.writeFileSync(target, 'old');
    fs.chmodSync(target, 0o640);
    writeFileAtomic(target, 'new');
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
    expect(fs.statSync(target).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(folder)).toEqual(['out.csv']);
  });

  for (const call of ['writeSync', 'fsyncSync', 'renameSync'] as const) {
    it(`leaves an existing file untouched and cleans up when ${call} fails`, () => {
      const target = path.join(folder, 'out.json');
      fs.writeFileSync(target, 'old content');
      expect(() => writeFileAtomic(target, 'new content', failing(call))).toThrow(`simulated ${call} failure`);
      expect(fs.readFileSync(target, 'utf8')).toBe('old content');
      expect(fs.readdirSync(folder)).toEqual(['out.json']);
    });

    it(`leaves no file at all when ${call} fails and there was none`, () => {
      const target = path.join(folder, 'out.json');
      expect(() => writeFileAtomic(target, 'new content', failing(call))).toThrow();
      expect(fs.readdirSync(folder)).toEqual([]);
    });
  }

  it('refuses to replace a folder', () => {
    const target = path.join(folder, 'sub');
    fs.mkdirSync(target);
    expect(() => writeFileAtomic(target, 'x')).toThrow(/folder/);
    expect(fs.statSync(target).isDirectory()).toBe(true);
    expect(fs.readdirSync(folder)).toEqual(['sub']);
  });

  it('fails clearly when the folder does not exist', () => {
    expect(() => writeFileAtomic(path.join(folder, 'missing', 'out.json'), 'x')).toThrow(/ENOENT/);
  });
});
