// The experiment commands end to end in process, with the real engine at a tiny scale and the
// replications run in this thread (--workers 0; worker threads are tested in
// test/experiments/pool.test.ts): compare, experiment files with a sweep, a tornado and the
// replication advisor, output formats, the cache, Ctrl-C, and errors that name the problem.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/app';
import { parseArgs } from '../../cli/args';
import { UsageError } from '../../cli/errors';
import { captureIO } from './fakeEngine';

let folder: string;
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-experiment-'));
});
afterEach(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

const TINY = ['--scale', '0.005', '--years', '2', '--workers', '0'];

async function cli(argv: string[], interruptAfter?: RegExp) {
  const { io, stdout, stderr } = captureIO(false);
  let handler: (() => void) | undefined;
  const watched = {
    ...io,
    stderr: (text: string) => {
      io.stderr(text);
      if (interruptAfter && handler && interruptAfter.test(text)) {
        const h = handler;
        handler = undefined;
        h();
      }
    },
    onInterrupt: (h: () => void) => {
      handler = h;
      return () => (handler = undefined);
    },
  };
  const code = await runCli(argv, watched);
  return { code, stdout: stdout(), stderr: stderr() };
}

function experimentFile(body: Record<string, unknown>): string {
  const file = path.join(folder, 'experiment.json');
  fs.writeFileSync(file, JSON.stringify({ format: 'probation-sim/experiment', schemaVersion: 1, name: 'test experiment', scale: 0.005, years: 2, workers: 0, ...body }));
  return file;
}

function usageError(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('expected a usage error');
}

describe('parsing the experiment commands', () => {
  it('reads compare with its flags and refuses what it cannot use', () => {
    expect(parseArgs(['compare', 'tr', 'unified', '-r', '50', '--workers', '2', '--preset', 'volumes-30', '--preset', 'no-improvement', '--kpis', 'money.crc, reoffending.binary'])).toMatchObject({
      command: 'compare',
      inputs: ['tr', 'unified'],
      replications: 50,
      workers: 2,
      presets: ['volumes-30', 'no-improvement'],
      kpis: ['money.crc', 'reoffending.binary'],
    });
    expect(usageError(['compare', 'tr'])).toBe('compare needs two or more scenarios (the first is the baseline), got 1');
    expect(usageError(['compare', 'tr', 'unified', '--workers', '100'])).toBe('--workers must be a whole number from 0 to 64, got "100"');
    expect(usageError(['compare', 'tr', 'unified', '--kpis', ','])).toMatch(/--kpis needs one or more KPI names/);
    expect(usageError(['sweep', 'a.json', 'b.json'])).toBe('sweep takes one experiment file, got 2');
    expect(usageError(['tornado', 'a.json', '--preset', 'x'])).toMatch(/unknown option --preset.*sim help tornado/);
  });
});

describe('sim compare', () => {
  it('reports each scenario and the paired difference, on common random numbers, as JSON', async () => {
    const { code, stdout } = await cli(['compare', 'tr', 'unified', '--replications', '3', ...TINY, '--kpis', 'caseload.total,money.publicCostPerYear', '--format', 'json', '--quiet']);
    expect(code).toBe(0);
    const { report, provenance } = JSON.parse(stdout);
    expect(report.comparisons.map((c: { kpi: string }) => c.kpi)).toEqual(['caseload.total', 'money.publicCostPerYear']);
    const caseload = report.comparisons[0];
    expect(caseload.variants).toHaveLength(2);
    expect(caseload.variants[0]).toMatchObject({ n: 3, ci95: [expect.any(Number), expect.any(Number)] });
    expect(Object.keys(caseload.variants[0])).toEqual(expect.arrayContaining(['p5', 'p25', 'p50', 'p75', 'p95', 'sd']));
    expect(caseload.differences[0].mean).toBeCloseTo(caseload.variants[1].mean - caseload.variants[0].mean, 6);
    expect(provenance).toMatchObject({ command: 'compare', commonRandomNumbers: true, replications: 3, workers: 0 });
    expect(provenance.variants.map((v: { seed: number }) => v.seed)).toEqual([provenance.seed, provenance.seed]);
  }, 60_000);

  it('writes CSV with provenance, and reuses results kept with --cache', async () => {
    const out = path.join(folder, 'compare.csv');
    const cache = path.join(folder, 'cache');
    const first = await cli(['compare', 'tr', 'trusts', '--replications', '2', ...TINY, '--kpis', 'reoffending.binary', '--out', out, '--cache', cache]);
    expect(first.code).toBe(0);
    const csv = fs.readFileSync(out, 'utf8').split('\r\n');
    expect(csv).toContain('# command,compare');
    expect(csv).toContain('kpi,variant,measure,n,mean,ci95_low,ci95_high,sd,p5,p25,p50,p75,p95,relative,variance_reduction');
    expect(csv.some((line) => line.startsWith('reoffending.binary,trusts − tr,difference,2,'))).toBe(true);
    expect(fs.readdirSync(cache)).toHaveLength(4);
    const again = await cli(['compare', 'tr', 'trusts', '--replications', '2', ...TINY, '--kpis', 'reoffending.binary', '--cache', cache, '--format', 'csv']);
    expect(again.stderr).toMatch(/runs 4\/4 \(4 cached\)/);
    expect(again.stdout.split('\r\n').filter((l) => !l.startsWith('#'))).toEqual(csv.filter((l) => !l.startsWith('#')));
  }, 60_000);

  it('still prints the results when the cache cannot be written, and warns after them', async () => {
    const cache = path.join(folder, 'blocked-cache');
    const args = ['compare', 'tr', 'trusts', '--replications', '2', ...TINY, '--kpis', 'reoffending.binary', '--cache', cache, '--format', 'csv'];
    expect((await cli(args)).code).toBe(0);
    // Each cache file replaced by a folder of its name: every write of the next run is refused.
    for (const name of fs.readdirSync(cache)) {
      fs.rmSync(path.join(cache, name));
      fs.mkdirSync(path.join(cache, name));
    }
    const { code, stdout, stderr } = await cli(args);
    expect(code).toBe(0);
    expect(stdout).toMatch(/reoffending\.binary,trusts − tr,difference,2,/);
    expect(stderr).toMatch(/warning: the cache was not fully written \(.*\); the results above are complete/);
  }, 60_000);

  it('keeps what finished when interrupted, says so, and exits 130', async () => {
    const { code, stdout, stderr } = await cli(['compare', 'tr', 'unified', '--replications', '6', ...TINY, '--kpis', 'caseload.total', '--format', 'json'], /runs 4\//);
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted: stopping the workers/);
    const { report } = JSON.parse(stdout);
    expect(report.cancelled).toBe(true);
    expect(report.replications).toBeGreaterThanOrEqual(2);
    expect(report.replications).toBeLessThan(6);
    expect(report.comparisons[0].variants[0].n).toBe(report.replications);
  }, 60_000);

  it('names an unknown preset and an unknown scenario', async () => {
    const preset = await cli(['compare', 'tr', 'unified', ...TINY, '--preset', 'volume-30']);
    expect(preset.code).toBe(2);
    expect(preset.stderr).toMatch(/volume-30.*volumes-30/);
    const scenario = await cli(['compare', 'tr', 'nonesuch', ...TINY]);
    expect(scenario.code).toBe(2);
    expect(scenario.stderr).toMatch(/unknown scenario "nonesuch"/);
  });
});

describe('sim experiment, sweep and tornado', () => {
  it('runs a sweep, one row per point', async () => {
    const file = experimentFile({
      scenarios: ['tr'],
      replications: 2,
      kpis: ['reoffending.binary'],
      sweep: { design: 'list', points: [{ 'parameters.supervision.hazardMultiplierAtFullQuality': 0.9 }, { 'parameters.supervision.hazardMultiplierAtFullQuality': 1 }] },
    });
    const { code, stdout } = await cli(['sweep', file, '--quiet']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^variant\s+reoffending\.binary/m);
    expect(stdout).toMatch(/^parameters\.supervision\.hazardMultiplierAtFullQuality=0\.9\s+\d/m);
    expect(stdout).toMatch(/^parameters\.supervision\.hazardMultiplierAtFullQuality=1\s+\d/m);
  }, 60_000);

  it('runs a tornado and ranks a parameter with no effect last', async () => {
    const file = experimentFile({
      scenarios: ['tr'],
      replications: 2,
      tornado: {
        kpi: 'caseload.total',
        parameters: [
          { path: 'money.crc.serviceLevels.firstAppointment.creditPerPointMissed', low: 0, high: 10000, label: 'service-credit rate' },
          { path: 'parameters.supervision.hazardMultiplierAtFullQuality', low: 0.9, high: 1, label: 'supervision effect' },
        ],
        presets: ['no-improvement'],
      },
    });
    const { code, stdout } = await cli(['tornado', file, '--format', 'json', '--quiet']);
    expect(code).toBe(0);
    const bars = JSON.parse(stdout).report.tornado.bars;
    expect(bars[0].label).toBe('supervision effect');
    expect(bars[0].swing).toBeGreaterThan(0);
    expect(bars.slice(1).map((b: { swing: number }) => b.swing)).toEqual([0, 0]);
  }, 60_000);

  it('adds replications until the interval is narrow enough, or says the maximum came first', async () => {
    const wide = experimentFile({ scenarios: ['tr'], replications: 2, advisor: { kpi: 'caseload.total', halfWidth: 1e9, maxReplications: 6, batch: 2 } });
    const reached = await cli(['experiment', wide, '--quiet', '--format', 'json']);
    expect(JSON.parse(reached.stdout).report.advisor).toMatchObject({ reached: true, replications: 2 });
    const narrow = experimentFile({ scenarios: ['tr'], replications: 2, advisor: { kpi: 'caseload.total', halfWidth: 1e-9, maxReplications: 4, batch: 2 } });
    const maximum = await cli(['experiment', narrow]);
    expect(maximum.stderr).toMatch(/advisor: caseload\.total half-width .* > 1e-9; going on to 4 replications/);
    expect(maximum.stdout).toMatch(/after 4 replications: maximum reached, target not met/);
  }, 60_000);

  it('summarises weekly series week by week across replications, with P5..P95 bands', async () => {
    const file = experimentFile({ scenarios: ['tr', 'unified'], replications: 3, kpis: ['caseload.total'], series: ['caseload.total'] });
    const { code, stdout } = await cli(['experiment', file, '--format', 'json', '--quiet']);
    expect(code).toBe(0);
    const [series] = JSON.parse(stdout).report.series;
    expect(series.name).toBe('caseload.total');
    expect(series.weeks.length).toBeGreaterThan(100);
    expect(series.variants).toHaveLength(2);
    expect(series.variants[0]).toHaveLength(series.weeks.length);
    const week = series.variants[1][50];
    expect(week.n).toBe(3);
    expect(week.p5).toBeLessThanOrEqual(week.p50);
    expect(week.p50).toBeLessThanOrEqual(week.p95);
  }, 60_000);

  it('refuses a malformed experiment file, naming the field', async () => {
    const file = experimentFile({ scenarios: ['tr'], replications: 'many' });
    const { code, stderr } = await cli(['experiment', file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/invalid experiment file .*experiment\.json:\n\s+replications: expected a whole number between 1 and 10000, got "many"/);
    const wrongKind = await cli(['sweep', experimentFile({ scenarios: ['tr'], replications: 2 })]);
    expect(wrongKind.stderr).toMatch(/has no "sweep": use "sim experiment/);
  });
});
