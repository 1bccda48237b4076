// What the back-cast compares: for each published series (by file name), how the model measures
// it by year and how close it must come. Tolerances are on the mean absolute percentage error
// (MAPE) over the published years, and were set from the quality of the source and the role of
// the series BEFORE any result was looked at (docs/calibration.md gives each reason); they are
// never moved to fit a result. `asserted` says whether test/model/calibration.test.ts fails when
// the verdict is poor: series the docs explain as fitting poorly are reported, not asserted.
import type { RunResult } from '../runResult';
import { flowSeries } from '../seriesNames';
import { flowInYear, reoffendingInYear, stockOnDate } from './yearlyMeasures';

export interface Tolerance {
  /** MAPE (percent) at or below which the fit is good. */
  good: number;
  /** MAPE (percent) at or below which it is fair; above, poor. */
  fair: number;
}

export interface BackcastSeries {
  name: string;
  /** How the publication measures it, in words, for the docs. */
  measuredAs: string;
  measure: (result: RunResult, year: number) => number;
  tolerance: Tolerance;
  asserted: boolean;
  /** Why this tolerance, and why asserted or not. */
  reason: string;
}

const CUSTODY_12M_PLUS = ['custody12mTo4y', 'custodyOver4y'];

export const observedSeries: BackcastSeries[] = [
  {
    name: 'prison-population',
    measuredAs: 'stock at 30 June: `prison.population` in the week containing 30 June',
    measure: (r, y) => stockOnDate(r, 'prison.population', y, 6, 30),
    tolerance: { good: 5, fair: 10 },
    asserted: true,
    reason: 'An official count (OMSQ, grade H) and the stock the money rests on; the point targets already allow ± 5k (about 6%).',
  },
  {
    name: 'probation-caseload',
    measuredAs: 'stock at 31 December: `caseload.total` (court orders, pre- and post-release) in the week containing 31 December',
    measure: (r, y) => stockOnDate(r, 'caseload.total', y, 12, 31),
    tolerance: { good: 7.5, fair: 15 },
    asserted: true,
    reason: 'Official (OMSQ, grade H), but OMSQ counts a person once across kinds of supervision and includes orders the model does not simulate (youth, deferred), so allow more than for prisons.',
  },
  {
    name: 'recalls',
    measuredAs: 'flow over the calendar year: `flow.recalls`',
    measure: (r, y) => flowInYear(r, 'flow.recalls', y),
    tolerance: { good: 15, fair: 30 },
    asserted: false,
    reason: 'Emergent from breach and enforcement parameters that are assumptions, and recall rules changed in 2008 (fixed-term recall) that the model does not date; reported, not asserted.',
  },
  reoffending('proven-reoffending-adults', [], 'all starts (released from custody or starting a community or suspended order)', true),
  reoffending('proven-reoffending-custody-under-12m', ['custodyUnder12m'], 'releases from custody of under 12 months', true),
  reoffending('proven-reoffending-custody-12m-plus', CUSTODY_12M_PLUS, 'releases from custody of 12 months or more', true),
  reoffending('proven-reoffending-community-order', ['communityOrder'], 'starts of community orders', true),
  reoffending('proven-reoffending-suspended-order', ['suspendedOrder'], 'starts of suspended sentence orders', true),
];

function reoffending(name: string, disposals: string[], who: string, asserted: boolean): BackcastSeries {
  return {
    name,
    measuredAs: `binary proven reoffending rate of the four quarterly cohorts of the year, pooled: ${who}`,
    measure: (r, y) => reoffendingInYear(r, y, disposals),
    tolerance: { good: 7.5, fair: 15 },
    asserted,
    reason:
      'Official (PRS), and rates are what the model was calibrated on; 7.5% of a 35% rate is about 2.6 points, 15% about 5 points, the width of the point targets.',
  };
}

/** kebab-case to camelCase: `custody-under-12m` → `custodyUnder12m`. */
function camelOf(kebab: string): string {
  return kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The input series of people sentenced by disposal (`sentenced-<disposal>`), compared with the
 * model's sentences of that disposal over the calendar year. They drive the model, but its
 * court volumes are emergent (reoffending feeds the courts), so their fit is reported, not asserted.
 * Returns null for a file with no matching model flow.
 */
export function sentencedSeries(name: string): BackcastSeries | null {
  const match = /^sentenced-(.+)$/.exec(name);
  if (!match) return null;
  // `sentenced-community-orders` → communityOrder: the files name the disposal in the plural.
  const camel = camelOf(match[1]);
  const flow = [camel, camel.replace(/s$/, '')].map((d) => `flow.sentences.${d}`).find((f) => (flowSeries as readonly string[]).includes(f));
  if (flow === undefined) return null;
  return {
    name,
    measuredAs: `flow over the calendar year: \`${flow}\``,
    measure: (r, y) => flowInYear(r, flow, y),
    tolerance: { good: 10, fair: 25 },
    asserted: false,
    reason:
      'An input the scenario follows, but the model sentences whoever its courts see, and that number comes from its own reoffending: worth showing, not asserting.',
  };
}

/** The comparison definition for a series file, or null when the model has no measure of it. */
export function backcastSeriesFor(name: string): BackcastSeries | null {
  return observedSeries.find((s) => s.name === name) ?? sentencedSeries(name);
}
