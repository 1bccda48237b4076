// The one reader of user-named input files: only regular files, a byte cap enforced while reading,
// and a FIFO or an endless device refused without blocking or reading them.
import { execFileSync } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import { closeSync, constants, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputFileError, readInputFile, type InputFileFs } from '../../io/readInputFile';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'read-input-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs `step` with the pipe held open read-write, so that it cannot hang even if the reader regresses:
 * a blocking open then succeeds (the pipe has a writer), and closing it after a while gives a reader
 * that wrongly reads the pipe its end of file, so the test fails instead of hanging.
 */
async function withPipeWriter<T>(fifo: string, step: () => Promise<T>): Promise<T> {
  const writer = openSync(fifo, constants.O_RDWR);
  let closed = false;
  const valve = setTimeout(() => {
    closed = true;
    closeSync(writer);
  }, 2000);
  try {
    return await step();
  } finally {
    clearTimeout(valve);
    if (!closed) closeSync(writer);
  }
}

async function problemOf(file: string, maxBytes = 1000, fs?: InputFileFs): Promise<Pick<InputFileError, 'problem' | 'reason'>> {
  const error = await readInputFile(file, maxBytes, fs).then(
    () => expect.fail(`${file} was read`),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputFileError);
  const { problem, reason } = error as InputFileError;
  return { problem, reason };
}

describe('readInputFile', () => {
  it('reads a regular file whole, and through a symbolic link', async () => {
    const file = path.join(dir, 'tr.json');
    writeFileSync(file, '{"a":1}');
    symlinkSync(file, path.join(dir, 'link.json'));
    expect(Buffer.from(await readInputFile(file, 1000)).toString()).toBe('{"a":1}');
    expect(Buffer.from(await readInputFile(path.join(dir, 'link.json'), 1000)).toString()).toBe('{"a":1}');
  });

  it('reads a file exactly at the cap, and refuses one byte more', async () => {
    const file = path.join(dir, 'big.json');
    writeFileSync(file, Buffer.alloc(200_000, 0x20));
    expect((await readInputFile(file, 200_000)).length).toBe(200_000);
    expect(await problemOf(file, 199_999)).toEqual({ problem: 'too-large', reason: 'it is too large (0.2 MB; the limit is 0.2 MB)' });
  });

  it('enforces the cap while reading, not from the size the file claims', async () => {
    // A file whose stat says 10 bytes but that keeps giving data (as a growing file or a lying file system would).
    const file = path.join(dir, 'grows.json');
    writeFileSync(file, '0123456789');
    let bytesHandedOut = 0;
    const lying: InputFileFs = {
      stat: fsp.stat,
      open: (async (name: string, flags: number) => {
        const handle = await fsp.open(name, flags);
        return {
          stat: () => handle.stat(),
          close: () => handle.close(),
          read: async (buffer: Uint8Array, offset: number, length: number) => {
            buffer.fill(0x20, offset, offset + length);
            bytesHandedOut += length;
            return { bytesRead: length, buffer };
          },
        } as unknown as fsp.FileHandle;
      }) as InputFileFs['open'],
    };
    const error = (await readInputFile(file, 150_000, lying).catch((e: unknown) => e)) as InputFileError;
    expect(error.problem).toBe('too-large');
    expect(error.sizeAtLeast).toBe(150_001);
    expect(bytesHandedOut).toBe(150_001);
  });

  it('refuses /dev/zero (endless) without reading it', async () => {
    expect(await problemOf('/dev/zero')).toEqual({ problem: 'not-regular', reason: 'it is a device, not a regular file' });
  });

  it('refuses a named pipe', async () => {
    const fifo = path.join(dir, 'scenario.json');
    execFileSync('mkfifo', [fifo]);
    const problem = await withPipeWriter(fifo, () => problemOf(fifo));
    expect(problem).toEqual({ problem: 'not-regular', reason: 'it is a named pipe (FIFO), not a regular file' });
  });

  it('refuses a pipe swapped in after the first look: the open file is checked again, and opened non-blocking', async () => {
    const fifo = path.join(dir, 'swapped.json');
    execFileSync('mkfifo', [fifo]);
    const regular = path.join(dir, 'regular.json');
    writeFileSync(regular, '{}');
    // stat() sees a regular file; the name then turns out to be a FIFO when opened.
    const flags: number[] = [];
    const swapped: InputFileFs = {
      stat: (() => fsp.stat(regular)) as unknown as InputFileFs['stat'],
      open: ((name: string, flag: number) => {
        flags.push(flag);
        return fsp.open(name, flag);
      }) as InputFileFs['open'],
    };
    expect(await withPipeWriter(fifo, () => problemOf(fifo, 1000, swapped))).toMatchObject({ problem: 'not-regular' });
    // Without a writer, a blocking open of a pipe would wait for ever; O_NONBLOCK returns at once.
    expect(flags).toHaveLength(1);
    expect(flags[0] & constants.O_NONBLOCK).toBe(constants.O_NONBLOCK);
  });

  it('says what is wrong with a folder, a missing file and a link to nowhere', async () => {
    mkdirSync(path.join(dir, 'folder.json'));
    expect(await problemOf(path.join(dir, 'folder.json'))).toEqual({ problem: 'folder', reason: 'it is a folder, not a file' });
    expect(await problemOf(path.join(dir, 'gone.json'))).toEqual({ problem: 'missing', reason: 'no such file' });
    symlinkSync(path.join(dir, 'nowhere.json'), path.join(dir, 'dangling.json'));
    expect(await problemOf(path.join(dir, 'dangling.json'))).toEqual({ problem: 'missing', reason: 'no such file' });
  });
});
