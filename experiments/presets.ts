// Bidders' stress-test presets: named, documented changes to a scenario that a bidder (or the MoJ)
// would test a contract against: volumes below the forecast, no reoffending improvement, results
// paid a year late, dearer staff, the 2017 variation. Each is an overlay on the scenario's terms;
// none touches the simulated world unless its description says so (none here does), so a preset
// and its base scenario share the same run under common random numbers and differ in money only.
// Invariants:
// - `apply` is pure: it never mutates its argument and returns a new object sharing nothing with it.
// - applyPreset/applyPresets validate every result with restoreScenario, so a preset can never
//   produce a scenario that a file could not be; any failure is a PresetError naming the preset.
// - A preset never changes a number the scenario draws from a distribution (`uncertainty`): the
//   draw would replace the preset's value in every replication, so the preset would silently do
//   nothing there. applyPreset refuses that with a PresetError naming the entry.
// - PRESETS is in a fixed order (the order menus and reports list them).
import { restoreScenario, ScenarioError, type Scenario } from '../model/index';
import { closestKey } from '../model/scenario/issueMessages';
import { parseOverridePath } from '../model/scenario/overridePath';

export interface Preset {
  /** Stable id, used in experiment files (`presets: [...]`), variant ids and on the CLI. */
  id: string;
  title: string;
  /** What it changes in the scenario, and why a bidder would test it. */
  description: string;
  /** The overlay: a new scenario, the argument untouched. May throw a PresetError. */
  apply: (scenario: Scenario) => Scenario;
}

/** A preset that does not exist, or cannot apply to this scenario: the message says which and why. */
export class PresetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PresetError';
  }
}

/** A deep copy (a scenario is plain JSON data), so that an overlay shares nothing with its input. */
function copyOf(scenario: Scenario): Scenario {
  return JSON.parse(JSON.stringify(scenario)) as Scenario;
}

// ---- volumes below the forecast ----------------------------------------------------------------

/**
 * Volumes `shortfall` below the bid forecast, on the contract side: every CRC's forecast band and
 * other bands have their edges divided by (1 − shortfall), so the simulated volume (unchanged) is
 * `shortfall` further below the inflated forecast than below the scenario's own bid forecast (which
 * is published 2013 volumes, not the run's: docs/money.md § The bid forecast). Prices, the annual
 * price and everything else stay.
 */
function volumesBelowForecast(shortfall: number): Preset {
  const percent = Math.round(shortfall * 100);
  return {
    id: `volumes-${percent}`,
    title: `Volumes ${percent}% below the forecast`,
    description:
      `The simulated population and sentencing are unchanged: it is the bid forecast that was too high. ` +
      `Every CRC's forecast band (money.crc.contracts.*.forecastBand) and the edges of its other volume bands ` +
      `(money.crc.contracts.*.otherBands[].fromUnits and .toUnits) are divided by ${1 - shortfall}, so the ` +
      `volume the run produces comes out ${percent}% further below the forecast the Fee for Service was priced on ` +
      `than it already is against the scenario's bid forecast (published 2013 volumes, not the run's own); ` +
      `band prices and the annual price stay as bid. Units under the band are clawed back at the year-end ` +
      `reconciliation (ffsReconciliation), while the CRC's costs, set for the forecast, stay. This is what ` +
      `happened: the NAO reported CRC volumes well below the MoJ's forecast (REFERENCE.md says no more than ` +
      `that the 2017 variation took back the volume risk), so ${percent}% is a stress level, not a published figure.`,
    apply: (scenario) => {
      const out = copyOf(scenario);
      const factor = 1 - shortfall;
      for (const contract of Object.values(out.money.crc.contracts)) {
        contract.forecastBand = { fromUnits: contract.forecastBand.fromUnits / factor, toUnits: contract.forecastBand.toUnits / factor };
        contract.otherBands = contract.otherBands.map((band) => ({ ...band, fromUnits: band.fromUnits / factor, toUnits: band.toUnits / factor }));
      }
      return out;
    },
  };
}

// ---- the other presets -------------------------------------------------------------------------

const PBR_DELAY_MONTHS = 12;
const PROCESSING_MONTHS_MAX = 36;
const STAFF_COST_FACTOR = 1.1;
const VARIATION_DATE = '2017-08-01';

const noImprovement: Preset = {
  id: 'no-improvement',
  title: 'No reoffending improvement',
  description:
    "Sets money.crc.pbr.outcomes to 'atBaseline': every cohort counted for payment by results is taken to " +
    'reoffend exactly at its case-mix adjusted target, at the baseline frequency, so payment by results pays ' +
    "and deducts nothing. A bidder's case in which its rehabilitation work makes no measurable difference; " +
    'the rest of the run, and so every other payment and cost, is unchanged.',
  apply: (scenario) => {
    const out = copyOf(scenario);
    out.money.crc.pbr.outcomes = 'atBaseline';
    return out;
  },
};

const pbrYearLate: Preset = {
  id: 'pbr-year-late',
  title: 'Results paid a year late',
  description:
    `Adds ${PBR_DELAY_MONTHS} months to money.crc.pbr.processingMonths: every payment-by-results payment and ` +
    'deduction (and any foundation clawback) is dated a year later, for the same amounts. It tests the CRC\'s ' +
    'cash flow and NPV against a slow MoJ: results already wait 12 months of follow-up and 6 for convictions.',
  apply: (scenario) => {
    const months = scenario.money.crc.pbr.processingMonths + PBR_DELAY_MONTHS;
    if (months > PROCESSING_MONTHS_MAX) {
      throw new PresetError(
        `preset 'pbr-year-late' cannot apply: money.crc.pbr.processingMonths would be ${months}, above the most a scenario allows (${PROCESSING_MONTHS_MAX})`,
      );
    }
    const out = copyOf(scenario);
    out.money.crc.pbr.processingMonths = months;
    return out;
  },
};

const staffCosts10: Preset = {
  id: 'staff-costs-10',
  title: 'Staff costs 10% higher',
  description:
    `Multiplies every grade's salary (money.crc.costs.salaryPerFte.*) by ${STAFF_COST_FACTOR}: pay awards or ` +
    'agency cover above the bid. On-costs follow the salaries. Under TR this raises the CRCs\' staff cost in ' +
    'contract months and the public\'s cost of running the CRCs before the share sale, which is reckoned ' +
    'with the same cost model; probation staff employed by the public are costed separately and do not change.',
  apply: (scenario) => {
    const out = copyOf(scenario);
    const salaries = out.money.crc.costs.salaryPerFte;
    for (const grade of Object.keys(salaries) as (keyof typeof salaries)[]) salaries[grade] *= STAFF_COST_FACTOR;
    return out;
  },
};

const variation2017: Preset = {
  id: 'variation-2017',
  title: 'The 2017 contract variation',
  description:
    `Adds a contract variation dated ${VARIATION_DATE} to money.crc.events (replacing any variation already ` +
    'there, and placed before any termination): from August 2017 the MoJ pays the CRCs\' estate and ICT and a ' +
    'price per weighted unit delivered, instead of the instalments and the year-end reconciliation, so it ' +
    'takes back the fixed-cost and volume risk (REFERENCE.md › Timeline › 2017-08). It cannot apply to a ' +
    'scenario whose contracts end or are terminated by then.',
  apply: (scenario) => {
    const crc = scenario.money.crc;
    const termination = crc.events.find((e) => e.kind === 'termination');
    if (termination !== undefined && termination.date <= VARIATION_DATE) {
      throw new PresetError(
        `preset 'variation-2017' cannot apply: the contracts are terminated on ${termination.date}, not after the ${VARIATION_DATE} variation (a terminated contract cannot be varied)`,
      );
    }
    if (!(crc.contractStart <= VARIATION_DATE && VARIATION_DATE <= crc.contractEnd)) {
      throw new PresetError(
        `preset 'variation-2017' cannot apply: the contracts run from ${crc.contractStart} to ${crc.contractEnd}, which does not include the ${VARIATION_DATE} variation`,
      );
    }
    const out = copyOf(scenario);
    const others = out.money.crc.events.filter((e) => e.kind !== 'variation');
    const at = others.findIndex((e) => e.kind === 'termination');
    const variation = { kind: 'variation' as const, date: VARIATION_DATE };
    out.money.crc.events = at === -1 ? [...others, variation] : [...others.slice(0, at), variation, ...others.slice(at)];
    return out;
  },
};

/** Every preset, in the order they are listed. */
export const PRESETS: readonly Preset[] = [
  volumesBelowForecast(0.15),
  volumesBelowForecast(0.3),
  volumesBelowForecast(0.48),
  noImprovement,
  pbrYearLate,
  staffCosts10,
  variation2017,
];

export const PRESET_IDS: readonly string[] = PRESETS.map((p) => p.id);

/** The preset with this id; a PresetError listing the valid ids (with a did-you-mean) if none. */
export function presetById(id: string): Preset {
  const found = PRESETS.find((p) => p.id === id);
  if (found !== undefined) return found;
  const close = closestKey(id, PRESET_IDS);
  const hint = close === undefined ? '' : ` (did you mean '${close}'?)`;
  throw new PresetError(`no stress-test preset '${id}'${hint}; valid presets: ${PRESET_IDS.join(', ')}`);
}

/** One preset applied and the result validated as a scenario file would be. */
export function applyPreset(scenario: Scenario, id: string): Scenario {
  const preset = presetById(id);
  const overlaid = preset.apply(scenario);
  scenario.uncertainty.forEach((entry, i) => {
    const keys = parseOverridePath(entry.path);
    if (valueAt(scenario, keys) !== valueAt(overlaid, keys)) {
      throw new PresetError(
        `preset '${id}' changes ${entry.path}, which this scenario draws from a ${entry.distribution} distribution in every replication (uncertainty[${i}]), so the preset would have no effect on it: remove that entry or give it the preset's value`,
      );
    }
  });
  try {
    return restoreScenario(overlaid);
  } catch (error) {
    if (error instanceof ScenarioError) throw new PresetError(`preset '${id}' gives an invalid scenario: ${error.message}`);
    throw error;
  }
}

function valueAt(root: unknown, keys: readonly (string | number)[]): unknown {
  let node = root;
  for (const key of keys) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Presets applied in the order given (each to the result of the one before). Unknown ids fail before any is applied. */
export function applyPresets(scenario: Scenario, ids: readonly string[]): Scenario {
  for (const id of ids) presetById(id);
  let out = scenario;
  for (const id of ids) out = applyPreset(out, id);
  return out === scenario ? copyOf(scenario) : out;
}
