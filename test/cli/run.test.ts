import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/app';
import type { Engine } from '../../cli/engine';
import { captureIO, fakeEngine } from './fakeEngine';

let folder: string;
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-run-'));
});
afterEach(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

async function cli(argv: string[], engine: Engine = fakeEngine().engine, isTTY = false) {
  const { io, stdout, stderr } = captureIO(isTTY);
  const code = await runCli(argv, io, async () => engine);
  return { code, stdout: stdout(), stderr: stderr() };
}

const noEngine = async (): Promise<Engine> => {
  throw new Error('the engine must not be loaded');
};

describe('run', () => {
  it('runs replications 0..R-1 with one master seed, in order, and reports mean and CI', async () => {
    const { engine, calls } = fakeEngine();
    const { code, stdout, stderr } = await cli(['run', 'tr', '--replications', '3', '--seed', '11', '--format', 'json'], engine);
    expect(code).toBe(0);
    expect(calls.map((c) => [c.seed, c.replication])).toEqual([[11, 0], [11, 1], [11, 2]]);
    const json = JSON.parse(stdout);
    expect(json.summary.caseload.total.mean).toBe(1010);
    expect(json.summary.caseload.total.n).toBe(3);
    expect(json.summary.caseload.total.ci95[0]).toBeCloseTo(1010 - 4.3027 * 10 / Math.sqrt(3), 6);
    expect(json.summary.caseload.crc).toEqual({ mean: null, ci95: null, n: 0, p10: null, p50: null, p90: null });
    expect(json.summary.provenance).toBeUndefined();
    expect(json.provenance).toEqual({
      engineVersion: '9.9.9',
      scenarioName: 'Transforming Rehabilitation',
      scenarioHash: 'fakehash',
      seed: 11,
      replications: 3,
      scale: 0.1,
      years: 5,
      overrides: [],
      runs: [0, 1, 2].map((replication) => ({
        engineVersion: '9.9.9', scenarioName: 'Transforming Rehabilitation', scenarioHash: 'fakehash', seed: 11, replication, scale: 0.1,
      })),
      cli: 'probation-sim',
    });
    expect(stderr).toContain('replication 3/3');
    expect(stderr).toContain('finished 3 replications');
  });

  it("defaults the seed to the scenario's and applies --scale, --years and --set in order", async () => {
    const { engine, calls } = fakeEngine();
    const argv = ['run', 'tr', '--scale', '0.5', '--set', 'simulation.scale=0.02', '--years', '2', '--format', 'json', '--quiet'];
    const { code, stdout, stderr } = await cli(argv, engine);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(calls).toEqual([{ seed: 7, replication: 0, scale: 0.02 }]);
    const json = JSON.parse(stdout);
    expect(json.provenance).toMatchObject({ seed: 7, scale: 0.02, years: 2, replications: 1 });
    expect(json.provenance.overrides).toEqual([
      { path: 'simulation.scale', value: '0.5' },
      { path: 'simulation.scale', value: '0.02' },
      { path: 'simulation.years', value: '2' },
    ]);
    expect(json.summary.caseload.total).toEqual({ mean: 1000, ci95: null, n: 1, p10: 1000, p50: 1000, p90: 1000 });
  });

  it('prints a table by default', async () => {
    const { code, stdout } = await cli(['run', 'tr', '--quiet']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^kpi\s+value\s+95% CI\n/);
    expect(stdout).toMatch(/caseload\.total\s+1,000\n/);
    expect(stdout).toMatch(/reoffending\.binary\s+25\.0%\n/);
  });

  it('writes --out atomically, infers the format from its name and confirms on stderr', async () => {
    const out = path.join(folder, 'result.csv');
    const { code, stdout, stderr } = await cli(['run', 'tr', '--out', out], fakeEngine().engine);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`wrote csv to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+ bytes\\)\\n$`));
    expect(fs.readFileSync(out, 'utf8')).toContain('kpi,mean,ci95_low,ci95_high,n,p10,p50,p90\r\n');
    expect(fs.readdirSync(folder)).toEqual(['result.csv']);
  });

  it('stays silent with --quiet even with --out', async () => {
    const { stderr } = await cli(['run', 'tr', '--quiet', '--out', path.join(folder, 'r.json')]);
    expect(stderr).toBe('');
  });

  it('refuses an --out folder that does not exist before running anything', async () => {
    const { engine, calls } = fakeEngine();
    const { code, stderr } = await cli(['run', 'tr', '--out', path.join(folder, 'nope', 'r.json')], engine);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot write --out .*does not exist/);
    expect(calls).toHaveLength(0);
  });

  it('reads a scenario file', async () => {
    const file = path.join(folder, 'mine.json');
    fs.writeFileSync(file, `\ufeff${JSON.stringify({ format: 'fake', name: 'Mine', description: '', simulation: { seed: 1, scale: 0.1, years: 1, warmupYears: 0 } })}`);
    const { code, stdout } = await cli(['run', file, '--format', 'json', '--quiet']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).provenance.scenarioName).toBe('Mine');
  });
});

describe('run: bad input exits 2 with a message naming the problem', () => {
  it('an unknown scenario name lists the built-in names', async () => {
    const { code, stderr, stdout } = await cli(['run', 'tx']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('error: unknown scenario "tx": not a built-in name (tr, unified) and no such file\n');
  });

  it('a missing file, a folder and a file that is not JSON', async () => {
    expect((await cli(['run', path.join(folder, 'missing.json')])).stderr).toMatch(/cannot read scenario file .*missing\.json: no such file/);
    expect((await cli(['run', `${folder}/`])).stderr).toMatch(/it is a folder/);
    const bad = path.join(folder, 'bad.json');
    fs.writeFileSync(bad, '{ "format": ');
    const result = await cli(['run', bad]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/scenario file .*bad\.json is not valid JSON: /);
  });

  it('a scenario validation error is printed as the engine gave it', async () => {
    const { code, stderr } = await cli(['run', 'tr', '--set', 'parameters.nope=1']);
    expect(code).toBe(2);
    expect(stderr).toBe('error: cannot apply override parameters.nope=1: parameters.nope: no such parameter\n');
  });

  it('an invalid scenario file names the file and lists every issue', async () => {
    const file = path.join(folder, 'wrong.json');
    fs.writeFileSync(file, '{"format": "other"}');
    const { code, stderr } = await cli(['run', file]);
    expect(code).toBe(2);
    expect(stderr).toBe(`error: invalid scenario ${file}: format: expected "fake"\n`);
  });

  it('usage errors are reported without loading the engine', async () => {
    const { io, stderr } = captureIO();
    expect(await runCli(['run', 'tr', '--replications', 'zero'], io, noEngine)).toBe(2);
    expect(stderr()).toBe('error: --replications must be a whole number from 1 to 10000, got "zero"\nRun "sim help" for usage.\n');
  });
});

describe('unexpected errors exit 1', () => {
  it('refuses a figure that is not finite with exit code 2, naming it, instead of printing it as missing', async () => {
    const { code, stdout, stderr } = await cli(['run', 'tr', '-r', '3', '--format', 'json'], fakeEngine({ infiniteCostOnReplication: 1 }).engine);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('scenario "Transforming Rehabilitation", replication 1 gave a result that is not a finite number');
    expect(stderr).toContain('money.publicCostPerYear is Infinity (fed by parameters.supervision.workforceFte.*, money.publicCost.*)');
  });

  it('with the message and no stack', async () => {
    const { code, stderr } = await cli(['run', 'tr', '-r', '3'], fakeEngine({ failOnReplication: 1 }).engine, true);
    expect(code).toBe(1);
    expect(stderr).toContain('unexpected error: engine exploded (run again with --debug for details)\n');
    expect(stderr).not.toMatch(/\n\s+at /);
    // The live progress line was cleared before the message.
    expect(stderr).toContain('\r\x1b[Kunexpected error');
  });

  it('with the stack under --debug', async () => {
    const { stderr } = await cli(['run', 'tr', '--debug', '--quiet'], fakeEngine({ failOnReplication: 0 }).engine);
    expect(stderr).toMatch(/^unexpected error: Error: engine exploded\n\s+at /);
  });
});

describe('help, list, version', () => {
  it('help answers without the engine', async () => {
    for (const argv of [['help'], ['--help'], ['run', '--help'], ['help', 'list']]) {
      const { io, stdout } = captureIO();
      expect(await runCli(argv, io, noEngine)).toBe(0);
      expect(stdout()).toMatch(/Usage/);
    }
  });

  it('list shows each built-in name with its description', async () => {
    const { code, stdout } = await cli(['list']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\n {2}tr {7}Transforming Rehabilitation: NPS and 21 CRCs\.\n/);
    expect(stdout).toMatch(/\n {2}unified {2}Unified: One NPS\.\n/);
  });

  it('--version prints the engine version', async () => {
    expect((await cli(['--version'])).stdout).toBe('probation-sim engine 9.9.9\n');
  });
});
