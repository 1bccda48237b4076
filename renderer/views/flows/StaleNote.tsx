// Results stay on screen while the user changes the settings (or edits the scenario), so they can
// compare; this note says when what is drawn is no longer what the settings would run.
import type { FlowsState } from '../../state/flowsSlice';
import type { ResolvedSide } from './flowSources';
import type { FlowsRunSettings } from './flowsRunner';

export function staleReasons(flows: FlowsState, sides: { left: ResolvedSide; right: ResolvedSide }, run: FlowsRunSettings): string[] {
  const reasons: string[] = [];
  for (const name of ['left', 'right'] as const) {
    const result = flows[name].result;
    const side = sides[name];
    if (!result) continue;
    if (result.source !== side.source) reasons.push(`the ${name} scenario is now ${side.label}`);
    else if (result.provenance.scenarioHash !== side.hash) reasons.push(`${side.label} has changed since it ran`);
  }
  const ran = flows.left.result?.provenance;
  const other = flows.right.result?.provenance;
  const settingsOf = (p: { seed: number; replication: number; scale: number }) => `seed ${p.seed}, replication ${p.replication}, scale ${p.scale}`;
  if (ran && other && settingsOf(ran) !== settingsOf(other)) {
    // A run cancelled half-way can leave one side new and the other old: say so, they do not pair.
    reasons.push(`the two sides come from different runs (left: ${settingsOf(ran)}; right: ${settingsOf(other)})`);
  } else if (ran && settingsOf(ran) !== settingsOf(run)) {
    reasons.push(`the run settings are now ${settingsOf(run)}`);
  }
  return reasons;
}

export function StaleNote({ reasons }: { reasons: string[] }) {
  if (reasons.length === 0) return null;
  return (
    <p className="notice flows-stale" role="status">
      The diagrams show the last run; since then {reasons.join('; ')}. Run both again to update them.
    </p>
  );
}
