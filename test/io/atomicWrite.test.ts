// Atomic saves: the target holds either the old file or the whole new one, a .bak keeps the previous
// version, transient Windows rename errors are retried, no temp files linger, and the steps happen
// in the order that makes this true after a crash (recorded through an injected file system).
import * as fsp from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RENAME_RETRY_DELAYS_MS, writeFileAtomic, type AtomicFs } from '../../io/atomicWrite';
import { STALE_TEMP_AGE_MS } from '../../io/tempFiles';

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

  it('leaves the old file, its .bak and no temp file when the final rename fails', async () => {
    const target = path.join(dir, 'run.csv');
    await writeFileAtomic(target, 'v1', { backup: true });
    await writeFileAtomic(target, 'v2', { backup: true });
    // EXDEV is not retried: the temp file was written and flushed, the .bak made, then the rename onto the target fails.
    const { fs } = renameFailing(target, 'EXDEV', 1);
    await expect(writeFileAtomic(target, 'v3', { backup: true, fs, sleep: noWait })).rejects.toThrow(/EXDEV/);
    expect(readFileSync(target, 'utf8')).toBe('v2');
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('v2');
    expect(readdirSync(dir).sort()).toEqual(['run.csv', 'run.csv.bak']);
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

/** A name in the log: relative to the test folder, with a temp file's random part shown as *. */
function shown(file: unknown): string {
  const relative = path.relative(dir, String(file)) || '.';
  return relative.replace(/\.[0-9a-f]{12}\.tmp$/, '.*.tmp');
}

/** The real file system, logging every call a save makes, in order, including those on file handles. */
function recording() {
  const log: string[] = [];
  const fs: AtomicFs = {
    ...fsp,
    open: async (file, flags) => {
      const handle = await fsp.open(file, flags);
      const name = shown(file);
      log.push(`open ${name} ${String(flags)}`);
      const logged = {
        writeFile: async (data: string | Uint8Array) => {
          log.push(`write ${name}`);
          return handle.writeFile(data);
        },
        chmod: async (mode: number) => {
          log.push(`chmod ${name}`);
          return handle.chmod(mode);
        },
        sync: async () => {
          log.push(`fsync ${name}`);
          return handle.sync();
        },
        close: async () => {
          log.push(`close ${name}`);
          return handle.close();
        },
      };
      return logged as unknown as fsp.FileHandle;
    },
    rename: async (from, to) => {
      log.push(`rename ${shown(from)} -> ${shown(to)}`);
      return fsp.rename(from, to);
    },
    copyFile: async (from, to) => {
      log.push(`copy ${shown(from)} -> ${shown(to)}`);
      return fsp.copyFile(from, to);
    },
  };
  return { fs, log };
}

describe('writeFileAtomic: the order of the steps', () => {
  it('flushes the temp file before renaming it over the target, and the folder after', async () => {
    const target = path.join(dir, 'tr.json');
    writeFileSync(target, 'old');
    const { fs, log } = recording();
    await writeFileAtomic(target, 'new', { fs });
    expect(log).toEqual([
      'open .tr.json.new.*.tmp wx',
      'write .tr.json.new.*.tmp',
      'chmod .tr.json.new.*.tmp',
      'fsync .tr.json.new.*.tmp',
      'close .tr.json.new.*.tmp',
      'rename .tr.json.new.*.tmp -> tr.json',
      'open . r',
      'fsync .',
      'close .',
    ]);
  });

  it('makes the .bak by copying the target (never renaming it away), flushed, before replacing the target', async () => {
    const target = path.join(dir, 'tr.json');
    writeFileSync(target, 'old');
    const { fs, log } = recording();
    await writeFileAtomic(target, 'new', { fs, backup: true });
    expect(log.filter((entry) => entry.startsWith('rename') || entry.startsWith('copy') || entry.startsWith('fsync'))).toEqual([
      'fsync .tr.json.new.*.tmp',
      'copy tr.json -> .tr.json.bak.*.tmp',
      'fsync .tr.json.bak.*.tmp',
      'rename .tr.json.bak.*.tmp -> tr.json.bak',
      'rename .tr.json.new.*.tmp -> tr.json',
      'fsync .',
    ]);
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('old');
    // Windows flushes only a handle open for writing: a read-only one makes every backed-up save fail (EPERM).
    expect(log.filter((entry) => entry.startsWith('open .tr.json.bak'))).toEqual([expect.stringMatching(/^open \.tr\.json\.bak\..*\.tmp r\+$/)]);
  });
});

describe('writeFileAtomic: what it may replace', () => {
  it('keeps the permissions of the file it replaces', async () => {
    const target = path.join(dir, 'out.csv');
    writeFileSync(target, 'old');
    chmodSync(target, 0o640);
    await writeFileAtomic(target, 'new');
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  it('refuses a folder and writes nothing', async () => {
    mkdirSync(path.join(dir, 'sub'));
    await expect(writeFileAtomic(path.join(dir, 'sub'), 'x')).rejects.toThrow(/sub: it is a folder, not a file/);
    expect(readdirSync(dir)).toEqual(['sub']);
  });

  it('refuses a device (as /dev/full) instead of replacing it with a file', async () => {
    // The name is in the test folder but looks like a device, so that a regression cannot replace a real one.
    const device = path.join(dir, 'full');
    writeFileSync(device, 'stand-in');
    const looksLikeDevice = (file: unknown) => (String(file) === device ? '/dev/null' : String(file));
    const fs: AtomicFs = {
      ...fsp,
      lstat: ((file: string) => fsp.lstat(looksLikeDevice(file))) as AtomicFs['lstat'],
      stat: ((file: string) => fsp.stat(looksLikeDevice(file))) as AtomicFs['stat'],
    };
    await expect(writeFileAtomic(device, 'x', { fs })).rejects.toThrow(`Cannot write ${device}: it is a device, not a regular file.`);
    expect(readFileSync(device, 'utf8')).toBe('stand-in');
    expect(readdirSync(dir)).toEqual(['full']);
  });

  it('refuses a named pipe (FIFO)', async () => {
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    await expect(writeFileAtomic(fifo, 'x')).rejects.toThrow(/pipe: it is a named pipe \(FIFO\), not a regular file/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('follows a symbolic link: the file it points to is replaced, the link stays a link', async () => {
    mkdirSync(path.join(dir, 'real'));
    const real = path.join(dir, 'real', 'tr.json');
    writeFileSync(real, 'old');
    const link = path.join(dir, 'link.json');
    symlinkSync(real, link);
    await writeFileAtomic(link, 'new', { backup: true });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(readFileSync(`${real}.bak`, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'real']);
  });

  it('refuses a symbolic link that points nowhere, or at a device', async () => {
    const dangling = path.join(dir, 'dangling.json');
    symlinkSync(path.join(dir, 'missing.json'), dangling);
    await expect(writeFileAtomic(dangling, 'x')).rejects.toThrow(/symbolic link to a file that does not exist/);
    const toDevice = path.join(dir, 'null.json');
    symlinkSync('/dev/null', toDevice);
    await expect(writeFileAtomic(toDevice, 'x')).rejects.toThrow(/symbolic link, and what it points to: it is a device/);
    expect(readdirSync(dir).sort()).toEqual(['dangling.json', 'null.json']);
  });

  it('fails clearly when the folder does not exist', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing', 'out.json'), 'x')).rejects.toThrow(/ENOENT/);
  });
});

describe('writeFileAtomic: temp files left by killed saves', () => {
  const hour = 60 * 60 * 1000;

  /** A file named like a temp file, last modified `ageMs` before `nowMs`. */
  function leftover(name: string, nowMs: number, ageMs: number): void {
    const file = path.join(dir, name);
    writeFileSync(file, 'x'.repeat(1000));
    const when = new Date(nowMs - ageMs);
    utimesSync(file, when, when);
  }

  it('removes our stale temp files from that folder after a successful save, and nothing else', async () => {
    const now = Date.now();
    leftover('.tr.json.new.0123456789ab.tmp', now, hour); // a killed save of this file
    leftover('.other.csv.bak.ba9876543210.tmp', now, hour); // a killed backup of another file
    leftover('.run.csv.4242.deadbeef.tmp', now, hour); // the CLI's older naming
    leftover('.tr.json.new.aaaaaaaaaaaa.tmp', now, 60_000); // recent: a save that may still be running
    leftover('.notes.tmp', now, hour); // not our pattern
    leftover('.tr.json.new.0123456789AB.tmp', now, hour); // not our pattern (capitals)
    mkdirSync(path.join(dir, '.x.new.cccccccccccc.tmp')); // a folder, never ours to remove
    mkdirSync(path.join(dir, 'sub'));
    leftover(path.join('sub', '.tr.json.new.bbbbbbbbbbbb.tmp'), now, hour); // another folder
    await writeFileAtomic(path.join(dir, 'tr.json'), 'saved', { now: () => now });
    expect(readdirSync(dir).sort()).toEqual([
      '.notes.tmp',
      '.tr.json.new.0123456789AB.tmp',
      '.tr.json.new.aaaaaaaaaaaa.tmp',
      '.x.new.cccccccccccc.tmp',
      'sub',
      'tr.json',
    ]);
    expect(readdirSync(path.join(dir, 'sub'))).toEqual(['.tr.json.new.bbbbbbbbbbbb.tmp']);
  });

  it('does not sweep after a failed save', async () => {
    const now = Date.now();
    leftover('.tr.json.new.0123456789ab.tmp', now, hour);
    const target = path.join(dir, 'tr.json');
    const { fs } = renameFailing(target, 'EXDEV', 1);
    await expect(writeFileAtomic(target, 'x', { fs, now: () => now })).rejects.toThrow(/EXDEV/);
    expect(readdirSync(dir)).toEqual(['.tr.json.new.0123456789ab.tmp']);
  });

  it('lists a folder for stale temp files at most once every STALE_TEMP_AGE_MS, so a stream of saves stays cheap', async () => {
    let listings = 0;
    const fs: AtomicFs = {
      ...fsp,
      readdir: (async (folder: string) => {
        listings++;
        return fsp.readdir(folder);
      }) as AtomicFs['readdir'],
    };
    const start = Date.now();
    for (const offset of [0, 1000, STALE_TEMP_AGE_MS - 1, STALE_TEMP_AGE_MS, STALE_TEMP_AGE_MS + 1]) {
      await writeFileAtomic(path.join(dir, `r${offset}.json`), 'x', { fs, now: () => start + offset });
    }
    expect(listings).toBe(2);
  });
});
