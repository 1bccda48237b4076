// Atomic saves: the target holds either the old file or the whole new one, and no temp files linger.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/core/atomicWrite';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'atomic-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('creates a file and then replaces it whole', async () => {
    const target = path.join(dir, 'run.csv');
    await writeFileAtomic(target, 'first\n');
    await writeFileAtomic(target, 'second\n');
    expect(readFileSync(target, 'utf8')).toBe('second\n');
    expect(readdirSync(dir)).toEqual(['run.csv']);
  });

  it('leaves the old file and no temp file when the write fails', async () => {
    const target = path.join(dir, 'run.csv');
    writeFileSync(target, 'old\n');
    // Renaming a file over a directory fails after the temp file was written and flushed.
    const blocked = path.join(dir, 'folder');
    mkdirSync(blocked);
    await expect(writeFileAtomic(blocked, 'new\n')).rejects.toThrow();
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(readdirSync(dir).sort()).toEqual(['folder', 'run.csv']);
  });
});
