// The CLI's input files (scenario and experiment files): only regular files are read, with a byte
// cap, and a binary file is described, never quoted, in the error.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/app';
import { captureIO, fakeEngine } from './fakeEngine';

let folder: string;
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-input-'));
});
afterEach(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

async function cli(argv: string[]) {
  const { engine, calls } = fakeEngine();
  const { io, stdout, stderr } = captureIO();
  const code = await runCli(argv, io, async () => engine);
  return { code, stdout: stdout(), stderr: stderr(), runs: calls.length };
}

/** A FIFO held open read-write while `step` runs, so a reader that wrongly opens or reads it gets EOF after 2 s instead of hanging. */
async function withFifo<T>(name: string, step: (fifo: string) => Promise<T>): Promise<T> {
  const fifo = path.join(folder, name);
  execFileSync('mkfifo', [fifo]);
  const writer = fs.openSync(fifo, fs.constants.O_RDWR);
  let closed = false;
  const valve = setTimeout(() => {
    closed = true;
    fs.closeSync(writer);
  }, 2000);
  try {
    return await step(fifo);
  } finally {
    clearTimeout(valve);
    if (!closed) fs.closeSync(writer);
  }
}

describe('input files that are not regular files', () => {
  it('refuses /dev/zero as a scenario (it used to grow past 4 GB)', async () => {
    const result = await cli(['run', '/dev/zero']);
    expect(result).toMatchObject({ code: 2, runs: 0, stdout: '' });
    expect(result.stderr).toBe('error: cannot read scenario file /dev/zero: it is a device, not a regular file\n');
  });

  it('refuses a named pipe as a scenario without waiting on it', async () => {
    const result = await withFifo('tr.json', (fifo) => cli(['run', fifo]));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: cannot read scenario file .*tr\.json: it is a named pipe \(FIFO\), not a regular file\n$/);
  });

  it('refuses a named pipe as an experiment file, and as a scenario of compare', async () => {
    const experiment = await withFifo('plan.json', (fifo) => cli(['experiment', fifo]));
    expect(experiment.code).toBe(2);
    expect(experiment.stderr).toMatch(/^error: cannot read experiment file .*plan\.json: it is a named pipe \(FIFO\)/);
    const compare = await withFifo('b.json', (fifo) => cli(['compare', 'tr', fifo]));
    expect(compare.code).toBe(2);
    expect(compare.stderr).toMatch(/cannot read scenario file .*b\.json: it is a named pipe \(FIFO\)/);
  });

  it('refuses a scenario file over the cap', async () => {
    const big = path.join(folder, 'big.json');
    fs.writeFileSync(big, Buffer.alloc(16 * 1024 * 1024 + 1, 0x20));
    const result = await cli(['run', big]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot read scenario file .*big\.json: it is too large \(16\.8 MB; the limit is 16\.8 MB\)/);
  });
});

describe('binary files are described, never quoted', () => {
  it('a file with control bytes (an escape sequence, a NUL) is called binary', async () => {
    const file = path.join(folder, 'image.json');
    fs.writeFileSync(file, Buffer.from('\u001b[2J\u001b[31mPWNED\u0000\u0007', 'latin1'));
    const { code, stderr } = await cli(['run', file]);
    expect(code).toBe(2);
    expect(stderr).toBe(`error: scenario file ${file} is not valid JSON: it contains binary data (control characters), so it is not a JSON file\n`);
  });

  it('a file that is not UTF-8 is called so', async () => {
    const file = path.join(folder, 'sheet.json');
    fs.writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x80]));
    const { stderr } = await cli(['run', file]);
    expect(stderr).toMatch(/is not valid JSON: it is not UTF-8 text/);
    expect(stderr).not.toContain('PK');
  });

  it('text that is not JSON keeps the parser message, with anything unprintable escaped', async () => {
    const file = path.join(folder, 'odd.json');
    fs.writeFileSync(file, 'hello \u202e\u0085 world');
    const { stderr } = await cli(['run', file]);
    expect(stderr).toMatch(/is not valid JSON: it contains binary data/);
    const text = path.join(folder, 'text.json');
    fs.writeFileSync(text, 'name: \u202etr');
    const parsed = await cli(['run', text]);
    expect(parsed.stderr).toMatch(/is not valid JSON: Unexpected token/);
    expect(parsed.stderr).toContain('\\u202e');
    expect(parsed.stderr).not.toContain('\u202e');
  });
});

describe('error messages that quote a file', () => {
  it('show its control characters escaped, never raw to the terminal', async () => {
    const file = path.join(folder, 'escape.json');
    // Valid JSON whose unknown key carries an ANSI colour code and a bell, written as JSON escapes.
    const tr = fs.readFileSync(path.join(__dirname, '../../scenarios/tr.json'), 'utf8');
    fs.writeFileSync(file, tr.replace('{', '{"\\u001b[31mEVIL\\u0007":1,'));
    const { io, stderr: captured } = captureIO();
    const code = await runCli(['run', file], io); // the real engine: its validation names the key
    const stderr = captured();
    expect(code).toBe(2);
    expect(stderr).toContain('\\u001b[31mEVIL\\u0007');
    expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});

