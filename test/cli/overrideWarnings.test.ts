// The warning for a --set override that a later timeline change undoes: its words (with the real
// model's detection), and that run and compare print it on stderr, with --quiet too, and still
// run. The real engine runs in this thread at a tiny scale, without warm-up, to stay quick.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/app';
import type { Engine } from '../../cli/engine';
import { overrideWarnings } from '../../cli/overrideWarnings';
import { applyOverride, datedShadows, restoreScenario, shadowedOverrides } from '../../model/index';
import { builtInScenarios } from '../../scenarios/index';
import { captureIO } from './fakeEngine';

const engine = { shadowedOverrides, datedShadows } as unknown as Engine;
const trNoOra =
  'warning: --set timeline.initial.ora=false holds only until 2015-02-01, when timeline change 1 ("Offender Rehabilitation Act 2014 in force") ' +
  'sets ora to true; to keep ora at false after that too, add --set timeline.changes[1].set.ora=false\n';

function warningsFor(scenarioName: string, overrides: { path: string; value: string }[], label?: string): string[] {
  let scenario = restoreScenario(builtInScenarios[scenarioName]);
  for (const { path, value } of overrides) scenario = applyOverride(scenario, path, value);
  return overrideWarnings(engine, scenario, overrides, label);
}

describe('overrideWarnings', () => {
  it('names the override, the date of the change that undoes it, what that change sets, and the override that would hold', () => {
    expect(warningsFor('tr', [{ path: 'timeline.initial.ora', value: 'false' }])).toEqual([trNoOra]);
  });

  it('says nothing of an override that holds', () => {
    expect(warningsFor('tr', [{ path: 'timeline.changes[1].set.ora', value: 'false' }])).toEqual([]);
    expect(warningsFor('tr', [{ path: 'parameters.supervision.capacityCasesPerFte', value: '45' }])).toEqual([]);
  });

  it('names the scenario when several run, and says when an override never holds', () => {
    const overrides = [{ path: 'simulation.warmupYears', value: '0' }, { path: 'timeline.initial.psrShare', value: '0.5' }];
    // The published report history (unified's changes 3 on, from 2005) begins before a run without warm-up does.
    const [warning] = warningsFor('unified', overrides, 'unified');
    expect(warning).toMatch(
      /^warning: --set timeline\.initial\.psrShare=0\.5 \(scenario unified\) has no effect: timeline change 3 \("pre-sentence reports in 2005 .*\), dated 2005-01-01, sets psrShare to [\d.]+ before the run starts; to keep psrShare at 0\.5 after that too, add --set timeline\.changes\[3\]\.set\.psrShare=0\.5\n$/,
    );
  });

  it('says when the dated values of a number take over from an override of its base value', () => {
    const [warning, ...rest] = warningsFor('tr', [{ path: 'parameters.population.newEntrantsPerYear', value: '100000' }]);
    expect(rest).toEqual([]);
    expect(warning).toMatch(
      /^warning: --set parameters\.population\.newEntrantsPerYear=100000 holds only until 2005-07-01, when its dated values \(timeline\.values\[0\], scenarios\/data: .*\) take over; to change it from a date on, use parameters\.population\.newEntrantsPerYear@YYYY-MM-DD=100000, or edit timeline\.values\[0\]\n$/,
    );
    expect(warningsFor('tr', [{ path: 'parameters.population.newEntrantsPerYear@2016-01-01', value: '100000' }])).toEqual([]);
  });
});

const TINY = ['--scale', '0.005', '--set', 'simulation.warmupYears=0', '--quiet'];

describe('run and compare warn of an undone override on stderr, and still run', () => {
  it('sim run tr --set timeline.initial.ora=false', async () => {
    const { io, stdout, stderr } = captureIO();
    const code = await runCli(['run', 'tr', '--years', '4', ...TINY, '--set', 'timeline.initial.ora=false', '--format', 'json'], io);
    expect(stderr()).toBe(trNoOra);
    expect(code).toBe(0);
    expect(JSON.parse(stdout()).provenance.overrides).toContainEqual({ path: 'timeline.initial.ora', value: 'false' });
  }, 60_000);

  it('sim compare tr unified: each scenario judged on its own timeline', async () => {
    const { io, stderr } = captureIO();
    // One reported year: tr's changes (2014 on) are after it; unified's first change is on its first day.
    const code = await runCli(['compare', 'tr', 'unified', '--years', '1', ...TINY, '-r', '1', '--workers', '0', '--set', 'timeline.initial.psrShare=0.5'], io);
    expect(code).toBe(0);
    // Both start after their report history began (changes 3 on in each).
    expect(stderr()).toMatch(
      /^warning: --set timeline\.initial\.psrShare=0\.5 \(scenario tr\) has no effect: timeline change 3 .*\nwarning: --set timeline\.initial\.psrShare=0\.5 \(scenario unified\) has no effect: timeline change 3 .*\n$/,
    );
  }, 60_000);
});

describe('an experiment file warns of what its own sets and sweep points leave undone', () => {
  it('names the file, the scenario and the setting to add, for a scenario set and for a sweep point', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'cli-shadow-'));
    try {
      const file = path.join(folder, 'no-ora.json');
      writeFileSync(
        file,
        JSON.stringify({
          format: 'probation-sim/experiment',
          schemaVersion: 1,
          name: 'tr without ORA?',
          scenarios: [{ scenario: 'tr', label: 'tr, no ORA', set: { 'timeline.initial.ora': false, 'simulation.warmupYears': 0 } }],
          sweep: { design: 'list', points: [{ 'timeline.initial.psrShare': 0.5 }] },
          replications: 1,
          scale: 0.005,
          years: 4,
          workers: 0,
        }),
      );
      const { io, stderr } = captureIO();
      const code = await runCli(['sweep', file, '--quiet'], io);
      expect(code).toBe(0);
      const warnings = stderr().split('\n').filter((line) => line.startsWith('warning:'));
      expect(warnings).toHaveLength(2);
      expect(warnings[0]).toBe(
        'warning: the experiment file\'s timeline.initial.ora=false (scenario tr, no ORA) holds only until 2015-02-01, when timeline change 1 ("Offender Rehabilitation Act 2014 in force") sets ora to true; to keep ora at false after that too, also set "timeline.changes[1].set.ora": false',
      );
      expect(warnings[1]).toMatch(
        /^warning: the experiment file's timeline\.initial\.psrShare=0\.5 \(scenario timeline\.initial\.psrShare=0\.5\) has no effect: timeline change 3 .* dated 2005-01-01, sets psrShare to [\d.]+ before the run starts; to keep psrShare at 0\.5 after that too, also set "timeline\.changes\[3\]\.set\.psrShare": 0\.5$/,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
