// Atomic saves: the target holds either the old file or the whole new one, a .bak keeps the previous
// version, transient Windows rename errors are retried, and no temp files linger.
import * as fsp from 'node:fs/promises';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RENAME_RETRY_DELAYS_MS, writeFileAtomic, type AtomicFs } from '../../electron/core/atomicWrite';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'atomic-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const errno = (code: string) => Object.assign(new Error(`simulated ${code}`), { code });
const noWait = async () => undefined;

/** The real file system, with rename refusing the first `failures` calls onto `target` with `code`. */
function renameFailing(target: string, code: string, failures: number) {
  const calls: string[] = [];
  let left = failures;
  const fs: AtomicFs = {
    ...fsp,
    rename: async (from, to) => {
      calls.push(String(to));
      if (String(to) === target && left > 0) {
        left--;
        throw errno(code);
      }
      return fsp.rename(from, to);
    },
  };
  return { fs, calls };
}

describe('writeFileAtomic', () => {
  it('creates a file and then replaces it whole', async () => {
    const target = path.join(dir, 'run.csv');
    await writeFileAtomic(target, 'first\n');
    await writeFileAtomic(target, 'second\n');
    expect(readFileSync(target, 'utf8')).toBe('second\n');
    expect(readdirSync(dir)).toEqual(['run.csv']);
  });

  it('writes bytes as they are', async () => {
    const target = path.join(dir, 'chart.png');
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
    await writeFileAtomic(target, bytes);
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
  });

  it('keeps the previous version as .bak when asked', async () => {
    const target = path.join(dir, 'tr.json');
    await writeFileAtomic(target, '{"v":1}', { backup: true });
    expect(readdirSync(dir)).toEqual(['tr.json']); // nothing to back up the first time
    await writeFileAtomic(target, '{"v":2}', { backup: true });
    await writeFileAtomic(target, '{"v":3}', { backup: true });
    expect(readFileSync(target, 'utf8')).toBe('{"v":3}');
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('{"v":2}');
    expect(readdirSync(dir).sort()).toEqual(['tr.json', 'tr.json.bak']);
  });

  it('leaves the old file and no temp file when the rename fails', async () => {
    const target = path.join(dir, 'run.csv');
    writeFileSync(target, 'old\n');
    // Renaming a file over a directory fails after the temp file was written and flushed.
    const blocked = path.join(dir, 'folder');
    mkdirSync(blocked);
    await expect(writeFileAtomic(blocked, 'new\n')).rejects.toThrow();
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(readdirSync(dir).sort()).toEqual(['folder', 'run.csv']);
  });

  it('leaves the old file, its .bak and no temp file when the write itself fails (disk full)', async () => {
    const target = path.join(dir, 'tr.json');
    await writeFileAtomic(target, 'v1', { backup: true });
    await writeFileAtomic(target, 'v2', { backup: true });
    const fullDisk: AtomicFs = {
      ...fsp,
      open: async (file, flags) => {
        const handle = await fsp.open(file, flags);
        if (flags !== 'wx') return handle;
        // The temp file opens, then the disk is full: the part of a FileHandle the save uses.
        const full = {
          writeFile: async () => {
            throw errno('ENOSPC');
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
        return full as unknown as fsp.FileHandle;
      },
    };
    await expect(writeFileAtomic(target, 'v3', { backup: true, fs: fullDisk })).rejects.toThrow(/ENOSPC/);
    expect(readFileSync(target, 'utf8')).toBe('v2');
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('v1');
    expect(readdirSync(dir).sort()).toEqual(['tr.json', 'tr.json.bak']);
  });

  it('retries a rename refused with EBUSY (a scanner holding the file) and then succeeds', async () => {
    const target = path.join(dir, 'tr.json');
    writeFileSync(target, 'old');
    const { fs, calls } = renameFailing(target, 'EBUSY', 3);
    const waits: number[] = [];
    await writeFileAtomic(target, 'new', { fs, sleep: async (ms) => void waits.push(ms) });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(calls.filter((to) => to === target)).toHaveLength(4);
    expect(waits).toEqual(RENAME_RETRY_DELAYS_MS.slice(0, 3));
    expect(readdirSync(dir)).toEqual(['tr.json']);
  });

  it.each(['EPERM', 'EACCES'])('retries %s the same way', async (code) => {
    const target = path.join(dir, 'tr.json');
    const { fs } = renameFailing(target, code, 1);
    await writeFileAtomic(target, 'new', { fs, sleep: noWait });
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('gives up with a clear error after the retries, leaving the old file and no temp file', async () => {
    const target = path.join(dir, 'tr.json');
    writeFileSync(target, 'old');
    const { fs, calls } = renameFailing(target, 'EBUSY', Number.POSITIVE_INFINITY);
    const call = writeFileAtomic(target, 'new', { fs, sleep: noWait });
    await expect(call).rejects.toThrow(`Could not replace ${target}: EBUSY after ${RENAME_RETRY_DELAYS_MS.length + 1} attempts`);
    await expect(call).rejects.toMatchObject({ code: 'EBUSY' });
    expect(calls).toHaveLength(RENAME_RETRY_DELAYS_MS.length + 1);
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['tr.json']);
  });

  it('does not retry an error that is not transient', async () => {
    const target = path.join(dir, 'tr.json');
    const { fs, calls } = renameFailing(target, 'EXDEV', 1);
    await expect(writeFileAtomic(target, 'new', { fs, sleep: noWait })).rejects.toThrow(/EXDEV/);
    expect(calls).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('skips the folder flush where the platform refuses it (Windows: EISDIR), and saves anyway', async () => {
    const target = path.join(dir, 'tr.json');
    const windowsLike: AtomicFs = {
      ...fsp,
      open: async (file, flags) => {
        if (String(file) === dir) throw errno('EISDIR');
        return fsp.open(file, flags);
      },
    };
    await writeFileAtomic(target, 'saved', { fs: windowsLike });
    expect(readFileSync(target, 'utf8')).toBe('saved');
  });

  it('reports a folder flush that fails for a real reason (an I/O error)', async () => {
    const target = path.join(dir, 'tr.json');
    const failingDisk: AtomicFs = {
      ...fsp,
      open: async (file, flags) => {
        if (String(file) === dir) throw errno('EIO');
        return fsp.open(file, flags);
      },
    };
    await expect(writeFileAtomic(target, 'saved', { fs: failingDisk })).rejects.toThrow(/EIO/);
  });
});
