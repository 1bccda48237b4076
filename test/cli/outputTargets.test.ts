// --out, --ledger and --money: a regular file (replaced atomically) or a new name; anything else is
// refused before the run. A symbolic link is followed to the regular file it names.
// Devices are only ever reached through links in the test folder, so that a regression replaces the
// link, never a real device (these tests may run as root).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/app';
import { captureIO, fakeEngine } from './fakeEngine';

let folder: string;
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-output-'));
});
afterEach(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

async function cli(argv: string[]) {
  const { engine, calls } = fakeEngine();
  const { io, stdout, stderr } = captureIO();
  const code = await runCli([...argv, '--quiet'], io, async () => engine);
  return { code, stdout: stdout(), stderr: stderr(), runs: calls.length };
}

describe('output targets that are not regular files are refused before the run', () => {
  it('a named pipe, for --out, --ledger and --money', async () => {
    const fifo = path.join(folder, 'pipe');
    execFileSync('mkfifo', [fifo]);
    for (const flag of ['--out', '--ledger', '--money']) {
      const result = await cli(['run', 'tr', flag, fifo]);
      expect(result).toMatchObject({ code: 2, runs: 0 });
      expect(result.stderr).toBe(`error: cannot write ${flag} ${fifo}: it is a named pipe (FIFO), not a regular file\n`);
      expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
    }
  });

  it('a link to a device (as /dev/full), and the link is left alone', async () => {
    const link = path.join(folder, 'full.csv');
    fs.symlinkSync('/dev/null', link);
    const result = await cli(['compare', 'tr', 'unified', '--out', link]);
    expect(result).toMatchObject({ code: 2, runs: 0 });
    expect(result.stderr).toBe(`error: cannot write --out ${link}: it is a symbolic link, and what it points to: it is a device, not a regular file\n`);
    expect(fs.readlinkSync(link)).toBe('/dev/null');
  });

  it('a folder, and a link that points nowhere', async () => {
    fs.mkdirSync(path.join(folder, 'sub'));
    expect((await cli(['run', 'tr', '--out', path.join(folder, 'sub')])).stderr).toMatch(/cannot write --out .*sub: it is a folder, not a file\n$/);
    const dangling = path.join(folder, 'gone.json');
    fs.symlinkSync(path.join(folder, 'nowhere.json'), dangling);
    const result = await cli(['run', 'tr', '--out', dangling]);
    expect(result).toMatchObject({ code: 2, runs: 0 });
    expect(result.stderr).toMatch(/cannot write --out .*gone\.json: it is a symbolic link to a file that does not exist\n$/);
  });
});

describe('output targets that are written', () => {
  it('a new name, and an existing regular file replaced whole', async () => {
    const out = path.join(folder, 'report.json');
    expect((await cli(['run', 'tr', '--format', 'json', '--out', out])).code).toBe(0);
    fs.writeFileSync(out, 'old');
    expect((await cli(['run', 'tr', '--format', 'json', '--out', out])).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).provenance.scenarioName).toBe('Transforming Rehabilitation');
    expect(fs.readdirSync(folder)).toEqual(['report.json']);
  });

  it('a symbolic link: the file it points to gets the output and the link stays a link', async () => {
    fs.mkdirSync(path.join(folder, 'results'));
    const real = path.join(folder, 'results', 'latest.json');
    fs.writeFileSync(real, 'old');
    const link = path.join(folder, 'latest.json');
    fs.symlinkSync(real, link);
    expect((await cli(['run', 'tr', '--format', 'json', '--out', link])).code).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(fs.readFileSync(real, 'utf8')).provenance.scenarioName).toBe('Transforming Rehabilitation');
    expect(fs.readdirSync(path.join(folder, 'results'))).toEqual(['latest.json']);
  });
});
