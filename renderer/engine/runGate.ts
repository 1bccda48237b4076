// The one validity gate in front of the engine on the renderer side. Every way the app runs the
// model (Run, Compare, each of Money's runs, Flows, Trainer) asks `runRefusal` first and shows its
// answer next to the button that was used; the two doors into the workers (EngineClient.run and
// startExperiment) ask it again and throw RunRefused, so a path that forgot to ask cannot run an
// invalid scenario either: it fails loudly instead of answering a different question.
// Invariant: a scenario is runnable exactly when restoreScenario accepts it as it will run (at the
// run's scale, after presets and overrides), the same test the editor's inline issues use.
import { validateScenario } from './scenarioTools';
import type { Scenario } from '../../model';

/** A scenario about to run, and what the user calls it (the refusal names it). */
export interface GateVariant {
  label: string;
  scenario: Scenario;
}

/** Issues as lines a reader can act on: "parameters.x: expected …". */
function issueLines(issues: readonly { path: string; message: string }[]): string[] {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
}

/**
 * Why these scenarios cannot run, in words (first line: which scenario; then one line per failing
 * field), or null when every one of them can. Stops at the first invalid scenario: the fix is the
 * same for the others (most are the same document with one change).
 */
export function runRefusal(variants: readonly GateVariant[]): string | null {
  for (const { label, scenario } of variants) {
    const issues = validateScenario(scenario);
    if (issues.length > 0) return `${label} cannot run until these are fixed:\n${issueLines(issues).join('\n')}`;
  }
  return null;
}

/** Thrown by the engine's doors when asked to run a scenario the gate refuses. */
export class RunRefused extends Error {
  constructor(readonly refusal: string) {
    super(refusal);
    this.name = 'RunRefused';
  }
}

/** The doors' own check: throws RunRefused rather than let an invalid scenario reach a worker. */
export function assertRunnable(variants: readonly GateVariant[]): void {
  const refusal = runRefusal(variants);
  if (refusal !== null) throw new RunRefused(refusal);
}
