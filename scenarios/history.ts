// The real years as inputs: the published series of scenarios/data/ turned into the dated values
// (and the pre-sentence-report switches) every built-in scenario shares, so that trusts, tr,
// unified and as-happened run on one history and differ by their operating model alone.
// How each series acts (docs/parameters.md, "The real years"):
// - Demand. New entrants a year follow the index of people sentenced to a community order, a
//   suspended order or immediate custody, relative to its 2014-2019 mean (the years the entrants'
//   level is calibrated on: docs/calibration.md). The disposal intercepts move by the log of each
//   disposal's share relative to its 2014-2019 share, and the custody bands' weights by each band's
//   share of custody relative to 2014-2019: in a multinomial logit that reproduces the published
//   mix for a homogeneous population, and leaves the model's gradients (offence, priors, reports).
// - Reports. The share of sentences with a pre-sentence report is reports over people sentenced to
//   community, suspended or custodial sentences, and the report mix follows the published mix, as
//   yearly timeline changes (they are switches), except where a scenario's operating model sets its
//   own report target (the unified model).
// - Prisoners the model does not simulate: remand plus indeterminate, as custody.otherPopulation.
// - Staffing: practitioner FTE by provider kind, each from its own series.
// Points sit on 1 July (mid-year, for yearly counts and for stocks at 30 June), joined linearly;
// the base value of each dated number is its first point's, so the warm-up runs at 2005 levels.
// The custody rate and the average custodial sentence length are not inputs: the disposal and band
// counts carry the same information, and driving both would count it twice. Pure: no file access.
import type { Series } from '../formats/seriesCsv';
import type { DatedValue, Parameters, Scenario } from '../model/scenario/schema';
import { datedSeriesOf, parametersOn } from '../model/scenario/datedValues';

type Change = Scenario['timeline']['changes'][number];

/** The years the calibrated base level stands for: shares and indices are taken relative to them. */
export const REFERENCE_YEARS: readonly [number, number] = [2014, 2019];

const DEMAND = ['sentenced-community-orders', 'sentenced-suspended-orders', 'sentenced-custody-under-12m', 'sentenced-custody-12m-to-4y', 'sentenced-custody-over-4y'];
const CUSTODY_BANDS = [
  ['sentenced-custody-under-12m', 'under12m'],
  ['sentenced-custody-12m-to-4y', 'from12mTo4y'],
  ['sentenced-custody-over-4y', 'over4y'],
] as const;

export interface History {
  /** Dated values every built-in carries. */
  values: DatedValue[];
  /** The parameters with each dated number at its first point's value (the warm-up runs at 2005 levels). */
  baseParameters: (parameters: Parameters) => Parameters;
  /** Yearly report share and mix, from 1 January of each year, as timeline changes. */
  psrChanges: () => Change[];
}

export function historyFrom(all: readonly Series[], base: Parameters): History {
  const series = (name: string): Series => {
    const found = all.find((s) => s.name === name);
    if (found === undefined) throw new Error(`scenarios/data has no series '${name}'`);
    return found;
  };
  const years = series(DEMAND[0]).points.map((p) => p.year);
  const at = (name: string, year: number) => valueIn(series(name), year);
  const demand = (year: number) => DEMAND.reduce((sum, name) => sum + at(name, year), 0);
  const custody = (year: number) => CUSTODY_BANDS.reduce((sum, [name]) => sum + at(name, year), 0);
  const reference = (f: (year: number) => number) => meanOver(REFERENCE_YEARS, f);
  const values: DatedValue[] = [];
  const add = (path: string, source: string, valueOf: (year: number) => number, from = years) =>
    values.push({ path: `parameters.${path}`, join: 'linear', points: from.map((year) => ({ date: `${year}-07-01`, value: round(valueOf(year)) })), source });

  const entrants = base.population.newEntrantsPerYear;
  add('population.newEntrantsPerYear', `scenarios/data: ${DEMAND.join(', ')} (index on ${REFERENCE_YEARS.join('-')})`, (y) => (entrants * demand(y)) / reference(demand));
  const odds = base.court.disposalLogOdds;
  const shift = (share: (y: number) => number) => (y: number) => Math.log(share(y) / reference(share));
  const disposalShares: [keyof typeof odds, (y: number) => number][] = [
    ['community', (y) => at('sentenced-community-orders', y) / demand(y)],
    ['suspended', (y) => at('sentenced-suspended-orders', y) / demand(y)],
    ['custody', (y) => custody(y) / demand(y)],
  ];
  for (const [key, share] of disposalShares) {
    add(`court.disposalLogOdds.${key}`, 'scenarios/data: sentenced by disposal (log share relative to 2014-2019)', (y) => odds[key] + shift(share)(y));
  }
  const bandWeight = (band: (typeof CUSTODY_BANDS)[number]) => (y: number) => {
    const raw = (b: (typeof CUSTODY_BANDS)[number]) => base.court.custodyBands[b[1]].share * (at(b[0], y) / custody(y) / reference((r) => at(b[0], r) / custody(r)));
    return raw(band) / CUSTODY_BANDS.reduce((sum, b) => sum + raw(b), 0);
  };
  for (const band of CUSTODY_BANDS) add(`court.custodyBands.${band[1]}.share`, `scenarios/data: ${band[0]} (share of custody relative to 2014-2019)`, bandWeight(band));
  add('custody.otherPopulation', 'scenarios/data: remand-population + indeterminate-population', (y) => at('remand-population', y) + at('indeterminate-population', y));
  const staffing = (path: string, name: string, only?: (year: number) => boolean) => {
    const s = series(name);
    const own = s.points.map((p) => p.year).filter((y) => only === undefined || only(y));
    add(`supervision.workforceFte.${path}`, `scenarios/data: ${name}`, (y) => valueIn(s, y), own);
  };
  staffing('trusts', 'staffing-fte-trusts');
  staffing('crc', 'staffing-fte-crc');
  staffing('npsUnderTr', 'staffing-fte-nps', (y) => y <= 2020);
  staffing('npsUnified', 'staffing-fte-nps', (y) => y >= 2021);

  // Keep whole-number fields whole, and the three band shares summing to one exactly.
  fixBandSums(values);
  return {
    values,
    // Each dated number at its first point's value: parametersOn with only the first points, read after them all.
    baseParameters: (parameters) => parametersOn(parameters, values.map((v) => datedSeriesOf({ ...v, points: [v.points[0]] })), Number.MAX_SAFE_INTEGER),
    psrChanges: () =>
      years.map((y) => ({
        date: `${y}-01-01`,
        label: `pre-sentence reports in ${y} (scenarios/data: psr-volume and mix)`,
        history: true,
        set: {
          psrShare: round(Math.min(1, at('psr-volume', y) / demand(y))),
          psrMix: psrMix(at('psr-share-oral', y), at('psr-share-short-written', y), at('psr-share-standard', y)),
        },
      })),
  };
}

function valueIn(series: Series, year: number): number {
  const point = series.points.find((p) => p.year === year);
  if (point === undefined) throw new Error(`${series.name} has no value for ${year}`);
  return point.value;
}

function meanOver([from, to]: readonly [number, number], f: (year: number) => number): number {
  let sum = 0;
  for (let y = from; y <= to; y += 1) sum += f(y);
  return sum / (to - from + 1);
}

/** The three report shares rounded, summing to exactly 1 (the series sum to 1 within 0.005). */
function psrMix(oral: number, shortWritten: number, standard: number): { oral: number; shortWritten: number; standard: number } {
  const total = oral + shortWritten + standard;
  const o = round(oral / total);
  const s = round(shortWritten / total);
  return { oral: o, shortWritten: s, standard: round(1 - o - s) };
}

/** The band shares on each date sum to 1 after rounding: the last band takes the remainder. */
function fixBandSums(values: DatedValue[]): void {
  const bands = values.filter((v) => v.path.startsWith('parameters.court.custodyBands.'));
  const last = bands[bands.length - 1];
  last.points.forEach((point, i) => {
    point.value = round(1 - bands.slice(0, -1).reduce((sum, b) => sum + b.points[i].value, 0));
  });
}

function round(value: number): number {
  return Number(value.toPrecision(6));
}
