// Realizing the uncertain inputs: the numbers one replication runs with. Each entry of
// `scenario.uncertainty` draws one value from its own stream, RandomStream(seed, replication,
// 'uncertainty:' + path), with the path written the canonical way (`a.b[0].c`). Invariants:
// - deterministic in any runtime: only the stream's uniform, normal and gamma (which use the
//   engine's own log and exp) and exact arithmetic (+, −, ×, ÷, Math.sqrt, Math.min/max);
// - independent: a path's draws depend only on (seed, replication, path), so adding, removing or
//   reordering other entries never changes them, and two scenarios that share an entry draw the
//   same values for it in the same replication (common random numbers);
// - every draw lies in the distribution's support ([min, max], or mean ± 6 sd for a normal), which
//   uncertaintyRules.ts has checked is valid for the field, so the realized scenario is valid;
// - pure: the scenario given is never touched; the result shares no object with it.
// Sampling: uniform by inversion; triangular by its inverse CDF; normal by the stream's polar
// method, a draw outside mean ± 6 sd (about 2 in a billion) re-drawn up to 100 times and then
// clamped to the nearer end; beta(α, β) as X / (X + Y) with X ~ Gamma(α), Y ~ Gamma(β), scaled
// to [min, max].
import type { Scenario } from './schema';
import { ScenarioError } from './scenarioError';
import { RandomStream } from '../random/randomStream';
import { resolveUncertainPath } from './uncertaintyRules';
import { supportOf, type Support, type UncertainInput } from './uncertaintySchema';

/** Redraws of a normal deviate outside its support before it is clamped. */
const MAX_NORMAL_REDRAWS = 100;

export interface RealizedScenario {
  /** The scenario with every uncertain number set to its draw and `uncertainty` emptied: what the replication runs. */
  scenario: Scenario;
  /** The drawn values by canonical path, in entry order. */
  drawn: Record<string, number>;
}

/** The stream an uncertain input draws from: its own, named by its canonical path. */
export function uncertaintyStream(seed: number, replication: number, path: string): RandomStream {
  return new RandomStream(seed, replication, `uncertainty:${path}`);
}

export function realizeUncertainty(scenario: Scenario, seed: number, replication: number): RealizedScenario {
  const copy = JSON.parse(JSON.stringify(scenario)) as Scenario;
  const drawn: Record<string, number> = {};
  scenario.uncertainty.forEach((entry, i) => {
    const resolved = resolveUncertainPath(scenario, entry.path);
    if (!resolved.ok) throw new ScenarioError([{ path: `uncertainty[${i}].path`, message: resolved.message }]);
    const value = drawValue(entry, uncertaintyStream(seed, replication, resolved.path));
    let node = copy as unknown as Record<string | number, unknown>;
    for (const key of resolved.keys.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[resolved.keys[resolved.keys.length - 1]] = value;
    drawn[resolved.path] = value;
  });
  copy.uncertainty = [];
  return { scenario: copy, drawn };
}

/** One draw of the entry's distribution, always inside its support. */
export function drawValue(entry: UncertainInput, stream: RandomStream): number {
  const support = supportOf(entry);
  return clamp(unclampedDraw(entry, stream, support), support);
}

function unclampedDraw(entry: UncertainInput, stream: RandomStream, { low, high }: Support): number {
  switch (entry.distribution) {
    case 'uniform':
      return low + stream.uniform() * (high - low);
    case 'triangular':
      return triangular(stream.uniform(), low, entry.mode, high);
    case 'normal': {
      let value = entry.mean + entry.sd * stream.normal();
      for (let redraw = 0; redraw < MAX_NORMAL_REDRAWS && !(value >= low && value <= high); redraw += 1) {
        value = entry.mean + entry.sd * stream.normal();
      }
      return value;
    }
    case 'beta': {
      const x = stream.gamma(entry.alpha);
      const y = stream.gamma(entry.beta);
      return low + (high - low) * (x / (x + y));
    }
  }
}

/** The inverse CDF of the triangular distribution on [low, high] with its peak at mode, at u in [0, 1). */
function triangular(u: number, low: number, mode: number, high: number): number {
  const span = high - low;
  if (u * span < mode - low) return low + Math.sqrt(u * span * (mode - low));
  return high - Math.sqrt((1 - u) * span * (high - mode));
}

function clamp(value: number, { low, high }: Support): number {
  return Math.min(high, Math.max(low, value));
}
