// Shared history between the variants of a plan. On common random numbers, variants that agree on
// everything the engine reads up to some day (model/engine/sharedHistory.ts: same settings and
// parameters, timelines that do the same until then) pass through the same state on that day in
// the same replication; so the first of them hands out a snapshot there and the others resume from
// it instead of simulating those years again. For `tr` against `unified` that is the eight-year
// warm-up; for `tr` against `as-happened`, everything before unification in 2021.
// Invariants: results never depend on the sharing (a resumed run is the same bits as a full one,
// and a job whose snapshot is missing simply runs in full); a variant resumes from the earlier
// variant it shares the most with; variants whose engine runs are wholly identical (money-only
// differences) need no snapshot, as they already share one run of the engine (replication.ts).
import { engineInputsOf, hashOf, historyBaseKey, sharedHistory, type Scenario } from '../model/index';

/** Where a job saves snapshots and where it resumes from, by snapshot key (seed, replication, source run, date). */
export interface JobHistory {
  /**
   * Jobs of one group are given to one worker in turn where possible (the pool's affinity). Only
   * variants that share something have one: a plan whose variants share nothing keeps filling in
   * replication by replication, as partial results expect.
   */
  group?: string;
  saveAt?: { key: string; date: string }[];
  /** `last`: no later job of the replication uses this snapshot, so this one may take it over. */
  resumeFrom?: { key: string; date: string; last: boolean };
}

interface VariantSharing {
  /** Dates on which this variant's run hands out a snapshot. */
  saveAt: string[];
  /** The earlier variant this one resumes from, the date, and whether it is that snapshot's last user. */
  resumeFrom?: { variant: number; date: string; last: boolean };
}

/** For each variant, the snapshots it saves and the one it resumes from (in plan order). */
export function planSharing(scenarios: readonly Scenario[]): VariantSharing[] {
  const sharing: VariantSharing[] = scenarios.map(() => ({ saveAt: [] }));
  // Hashed once each: only variants with the same inputs besides the timeline can share, so a sweep
  // over parameters compares no timelines at all (the app plans on its main thread).
  const bases = scenarios.map((s) => historyBaseKey(s, { seed: 0, replication: 0, scale: 0 }));
  scenarios.forEach((scenario, j) => {
    let best: { variant: number; date: string } | undefined;
    for (let i = 0; i < j; i++) {
      if (bases[i] !== bases[j]) continue;
      const shared = sharedHistory(scenarios[i], scenario);
      if (shared.kind === 'whole') return; // one engine run serves both already
      if (shared.kind === 'until' && (!best || shared.until > best.date)) best = { variant: i, date: shared.until };
    }
    if (!best) return;
    sharing[j].resumeFrom = { ...best, last: true };
    // An earlier user of the same snapshot is no longer its last.
    for (let k = 0; k < j; k++) {
      const earlier = sharing[k].resumeFrom;
      if (earlier && earlier.variant === best.variant && earlier.date === best.date) earlier.last = false;
    }
    if (!sharing[best.variant].saveAt.includes(best.date)) sharing[best.variant].saveAt.push(best.date);
  });
  return sharing;
}

/** The job history of every variant for one replication (its group, and what it saves and resumes from); none for a single variant. */
export function historyPlanner(scenarios: readonly Scenario[]): ((variant: number, seed: number, replication: number) => JobHistory) | undefined {
  if (scenarios.length < 2) return undefined;
  const sharing = planSharing(scenarios);
  const runKeys = scenarios.map((s) => hashOf(engineInputsOf(s)));
  const keyOf = (variant: number, seed: number, replication: number, date: string) => `${runKeys[variant]}|${seed}|${replication}|${date}`;
  // A snapshot to hand out or take, or an engine run identical to another variant's (money-only
  // differences: replication.ts reuses the run on the worker that has it).
  const shares = sharing.map(({ saveAt, resumeFrom }, v) => saveAt.length > 0 || resumeFrom !== undefined || runKeys.indexOf(runKeys[v]) !== runKeys.lastIndexOf(runKeys[v]));
  return (variant, seed, replication) => {
    const { saveAt, resumeFrom } = sharing[variant];
    const history: JobHistory = shares[variant] ? { group: `${seed}|${replication}` } : {};
    if (saveAt.length > 0) history.saveAt = saveAt.map((date) => ({ key: keyOf(variant, seed, replication, date), date }));
    if (resumeFrom) history.resumeFrom = { key: keyOf(resumeFrom.variant, seed, replication, resumeFrom.date), date: resumeFrom.date, last: resumeFrom.last };
    return history;
  };
}
