// The built-in stories say true things about the model. Each tours its own scenario in 5–8 steps,
// sets the clock inside the run, and every "what to notice" that a number can check is checked here
// against the runs trainer mode makes (scale 0.01, the trainer's seed, 600 journeys): the two sides
// agree before TR, the CRCs take about 70% of cases, ORA fills post-sentence supervision, recalls
// rise, unification empties the CRCs, and every person step finds someone to follow.
import { beforeAll, describe, expect, it } from 'vitest';
import { builtInStoryIds, loadBuiltInStory } from '../../stories';
import { runSimulation } from '../../model/runSimulation';
import type { RunResult } from '../../model/runResult';
import { initialAppState } from '../../renderer/state/appState';
import { makeDocument } from '../../renderer/state/documentActions';
import { loadBuiltIn } from '../../renderer/engine/scenarioTools';
import { trainerScenario } from '../../renderer/views/trainer/trainerRuns';
import { pickStoryPerson } from '../../renderer/lib/storyPerson';

/** The app as it opens: trainer mode's scale and seed, and the built-in scenarios as trainer mode runs them. */
const appState = initialAppState(makeDocument(loadBuiltIn('tr'), { kind: 'builtin', name: 'tr' }, 'tr'));

const runs: Record<string, RunResult> = {};

function trainerRun(name: string): RunResult {
  return runSimulation(trainerScenario(appState, name));
}

/** Mean of a weekly series over the weeks from `from` (inclusive) to `to` (exclusive). */
function mean(run: RunResult, series: string, from: string, to: string): number {
  const values = run.weeks.flatMap((week, i) => (week >= from && week < to ? [run.series[series][i]] : []));
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function total(run: RunResult, series: string, from: string, to: string): number {
  return run.weeks.reduce((sum, week, i) => (week >= from && week < to ? sum + run.series[series][i] : sum), 0);
}

beforeAll(() => {
  for (const name of ['trusts', 'tr', 'unified', 'as-happened']) runs[name] = trainerRun(name);
});

describe('the built-in stories', () => {
  it('tour each built-in scenario in 5–8 steps, with predict-then-reveal steps in the as-happened story', () => {
    for (const id of builtInStoryIds) {
      const story = loadBuiltInStory(id);
      expect(story.scenarios.left, id).toBe(id);
      expect(story.steps.length, id).toBeGreaterThanOrEqual(5);
      expect(story.steps.length, id).toBeLessThanOrEqual(8);
      expect(story.steps.some((s) => s.view === 'person'), `${id} follows a person`).toBe(true);
    }
    expect(loadBuiltInStory('as-happened').steps.filter((s) => s.question).length).toBeGreaterThanOrEqual(2);
  });

  it('set the clock inside the runs they show', () => {
    for (const id of builtInStoryIds) {
      const story = loadBuiltInStory(id);
      const weeks = runs[story.scenarios.left].weeks;
      for (const step of story.steps) {
        if (step.date === undefined) continue;
        expect(step.date >= weeks[0] && step.date <= weeks[weeks.length - 1], `${id}: ${step.title}`).toBe(true);
      }
    }
  });

  it('step through the scenario dates in order, so the clock never jumps back', () => {
    for (const id of builtInStoryIds) {
      const dates = loadBuiltInStory(id).steps.flatMap((s) => (s.date ? [s.date] : []));
      expect(dates, id).toEqual([...dates].sort());
    }
  });

  it('find someone to follow on every person step, in the run trainer mode makes', () => {
    for (const id of builtInStoryIds) {
      const story = loadBuiltInStory(id);
      for (const step of story.steps) {
        if (!step.person) continue;
        expect(pickStoryPerson(runs[story.scenarios.left].journeys, step.person, step.date), `${id}: ${step.title}`).not.toBeNull();
      }
    }
  });
});

describe('what the stories tell the room holds in the model', () => {
  it('TR and the trusts agree until 1 June 2014 (same people, same rules)', () => {
    const { tr, trusts } = runs;
    const before = tr.weeks.filter((w) => w < '2014-05-25').length;
    expect(before).toBeGreaterThan(100);
    expect(tr.series['caseload.total'].slice(0, before)).toEqual(trusts.series['caseload.total'].slice(0, before));
    expect(tr.series['flow.recalls'].slice(0, before)).toEqual(trusts.series['flow.recalls'].slice(0, before));
  });

  it('under TR the CRCs hold about 70% of the caseload and the NPS about 30%', () => {
    const crc = mean(runs.tr, 'caseload.crc', '2016-01-01', '2020-01-01');
    const nps = mean(runs.tr, 'caseload.nps', '2016-01-01', '2020-01-01');
    expect(crc / (crc + nps)).toBeGreaterThan(0.62);
    expect(crc / (crc + nps)).toBeLessThan(0.78);
    expect(mean(runs.tr, 'caseload.trust', '2015-01-01', '2020-01-01')).toBe(0);
  });

  it('ORA fills post-sentence supervision from February 2015, except in the trusts counterfactual', () => {
    for (const name of ['tr', 'unified', 'as-happened']) {
      expect(mean(runs[name], 'stock.pss', '2012-01-01', '2015-02-01'), name).toBe(0);
      expect(mean(runs[name], 'stock.pss', '2016-01-01', '2019-01-01'), name).toBeGreaterThan(15_000);
    }
    expect(mean(runs.trusts, 'stock.pss', '2012-01-01', '2024-01-01')).toBe(0);
  });

  it('recalls rise after ORA, far more than without it', () => {
    const rise = (name: string) => total(runs[name], 'flow.recalls', '2016-01-01', '2019-01-01') / total(runs[name], 'flow.recalls', '2012-01-01', '2015-01-01');
    expect(rise('as-happened')).toBeGreaterThan(1.25);
    expect(rise('unified')).toBeGreaterThan(1.25);
    expect(rise('as-happened')).toBeGreaterThan(rise('trusts'));
  });

  it('the caseload grows from about 225,000 towards 250,000 with ORA', () => {
    // The year before ORA is the low point of the published demand the model runs on.
    expect(mean(runs.tr, 'caseload.total', '2014-01-01', '2015-01-01')).toBeGreaterThan(205_000);
    expect(mean(runs.tr, 'caseload.total', '2014-01-01', '2015-01-01')).toBeLessThan(235_000);
    expect(mean(runs.tr, 'caseload.total', '2017-01-01', '2019-01-01')).toBeGreaterThan(mean(runs.tr, 'caseload.total', '2014-01-01', '2015-01-01') + 10_000);
  });

  it('unification on 26 June 2021 moves every CRC case to the NPS', () => {
    const run = runs['as-happened'];
    expect(mean(run, 'caseload.crc', '2021-01-01', '2021-06-20')).toBeGreaterThan(100_000);
    expect(mean(run, 'caseload.crc', '2021-07-04', '2024-01-01')).toBe(0);
    const reallocated = run.journeys.flatMap((j) => j.events).filter((e) => e.kind === 'reallocated' && e.date === '2021-06-26');
    expect(reallocated.length).toBeGreaterThan(0);
    expect(reallocated.every((e) => e.provider === 'nps')).toBe(true);
  });

  it('fewer pre-sentence reports under TR than under the unified target', () => {
    const withoutReport = (name: string) =>
      total(runs[name], 'flow.psr.none', '2018-01-01', '2021-01-01') /
      ['none', 'oral', 'shortWritten', 'standard'].reduce((sum, p) => sum + total(runs[name], `flow.psr.${p}`, '2018-01-01', '2021-01-01'), 0);
    expect(withoutReport('tr')).toBeGreaterThan(0.5);
    expect(withoutReport('unified')).toBeLessThan(0.35);
  });

  it('a CRC refers a breach to the NPS, and a rise to high risk transfers the case to the NPS', () => {
    const events = runs['as-happened'].journeys.flatMap((j) => j.events);
    expect(events.some((e) => e.kind === 'breach' && e.provider === 'crc' && /refers it to the NPS/.test(e.detail))).toBe(true);
    expect(events.some((e) => e.kind === 'transferred' && e.provider === 'nps' && /risk of serious harm rose to high/.test(e.detail))).toBe(true);
  });
});
