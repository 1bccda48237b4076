// Shared history in experiments: each variant resumes from the earlier variant it shares the most
// history with; variants that differ only in money need no snapshot; a plan's outputs are exactly
// those of replications run one by one without any sharing, while the later variants did resume;
// independent seeds share nothing.
import { describe, expect, it } from 'vitest';
import { historyPlanner, planSharing } from '../../experiments/historyPlan';
import { runPlan, type ReplicationPlan } from '../../experiments/runner';
import { runReplication } from '../../experiments/replication';
import { inProcessWorkerFactory, runRequest } from '../../experiments/inProcessWorkers';
import type { JobHistory } from '../../experiments/historyPlan';
import { builtIn, small } from '../helpers/scenarios';

describe('planSharing', () => {
  it('resumes each variant from the earlier one it shares the most history with', () => {
    const sharing = planSharing(['tr', 'unified', 'trusts', 'as-happened'].map(builtIn));
    expect(sharing[0]).toEqual({ saveAt: ['2012-01-01', '2014-06-01', '2021-06-26'] });
    expect(sharing[1]).toEqual({ saveAt: [], resumeFrom: { variant: 0, date: '2012-01-01', last: true } });
    expect(sharing[2]).toEqual({ saveAt: [], resumeFrom: { variant: 0, date: '2014-06-01', last: true } });
    expect(sharing[3]).toEqual({ saveAt: [], resumeFrom: { variant: 0, date: '2021-06-26', last: true } });
  });

  it('lets only the last user of a snapshot take it over', () => {
    // Unified without its report target: it parts from unified on the same day as from tr.
    const fewerReports = builtIn('unified');
    fewerReports.timeline.changes[2] = { ...fewerReports.timeline.changes[2], set: { psrTarget: false } };
    const sharing = planSharing([builtIn('tr'), builtIn('unified'), fewerReports]);
    expect(sharing[0].saveAt).toEqual(['2012-01-01']);
    expect(sharing[1].resumeFrom).toEqual({ variant: 0, date: '2012-01-01', last: false });
    expect(sharing[2].resumeFrom).toEqual({ variant: 0, date: '2012-01-01', last: true });
    // A variant that shares more with a later one resumes from that one instead.
    const lateOra = builtIn('unified');
    lateOra.timeline.changes = lateOra.timeline.changes.map((c) => (c.set.ora ? { ...c, date: '2016-02-01' } : c));
    expect(planSharing([builtIn('tr'), builtIn('unified'), lateOra])[2].resumeFrom).toEqual({ variant: 1, date: '2015-02-01', last: true });
  });

  it('needs no snapshot for a variant whose engine run is identical to an earlier one', () => {
    const tr = builtIn('tr');
    const dearer = structuredClone(tr);
    dearer.name = 'tr, staff costs +10%';
    dearer.money.crc.costs.onCostShare += 0.1;
    expect(planSharing([tr, dearer])).toEqual([{ saveAt: [] }, { saveAt: [] }]);
  });
});

describe('historyPlanner', () => {
  it('groups the jobs of variants that share something, and no others', () => {
    const dearer = builtIn('tr');
    dearer.money.crc.costs.onCostShare += 0.1; // the same engine run as tr
    const longerCareers = builtIn('tr');
    longerCareers.parameters.offending.careerYearsMean += 1; // shares nothing: another parameter
    const planner = historyPlanner([builtIn('tr'), builtIn('unified'), dearer, longerCareers])!;
    const groups = [0, 1, 2, 3].map((variant) => planner(variant, 7, 2).group);
    expect(groups).toEqual(['7|2', '7|2', '7|2', undefined]);
    expect(historyPlanner([builtIn('tr'), longerCareers])!(0, 7, 2)).toEqual({});
  });
});

describe('runPlan with shared history', () => {
  const plan: ReplicationPlan = {
    variants: ['tr', 'unified', 'as-happened'].map((name) => ({ id: name, label: name, scenario: small(name, 0.005, 9, 2) })),
    seed: 9,
    replications: 3,
  };

  it('gives exactly the outputs of replications run one by one, while the later variants resume', async () => {
    let resumed = 0;
    const result = await runPlan(plan, { workers: 2, createWorker: inProcessWorkerFactory(), onProgress: (p) => (resumed = p.resumed) });
    // Each worker takes a replication's jobs in turn; at the end an idle worker may help with the
    // last replication's, running a job in full rather than wait for its snapshot.
    expect(resumed).toBeGreaterThanOrEqual(4);
    plan.variants.forEach((variant, v) => {
      for (let r = 0; r < plan.replications; r++) {
        const alone = runReplication({ scenario: variant.scenario, seed: plan.seed, replication: r });
        expect(JSON.stringify(result.outputs[v][r])).toBe(JSON.stringify(alone));
      }
    });
  }, 60_000);

  it('resumes every later variant when one worker runs them all', async () => {
    let resumed = 0;
    await runPlan(plan, { workers: 1, createWorker: inProcessWorkerFactory(), onProgress: (p) => (resumed = p.resumed) });
    expect(resumed).toBe(plan.replications * 2);
  }, 60_000);

  it('shares nothing on independent seeds', async () => {
    let resumed = -1;
    const histories: (JobHistory | undefined)[] = [];
    const recording = inProcessWorkerFactory((request) => {
      histories.push(request.job.history);
      return runRequest(request);
    });
    await runPlan({ ...plan, replications: 1, independentSeeds: true }, { workers: 1, createWorker: recording, onProgress: (p) => (resumed = p.resumed) });
    expect(resumed).toBe(0);
    // No job is even told of a snapshot: on other seeds there is none to share.
    expect(histories).toEqual([undefined, undefined, undefined]);
  }, 60_000);
});
