// Stress-test presets: each changes exactly the fields it says (the rest of the scenario compared
// whole), never touches its input, always gives a valid scenario; and through the finance module
// volumes below the forecast are clawed back at the year end and no improvement pays no PbR.
import { describe, expect, it } from 'vitest';
import { hashRunResult, restoreScenario, runSimulation, type Scenario } from '../../model/index';
import { computeMoney, type LedgerEntry } from '../../finance/index';
import { applyPreset, applyPresets, presetById, PresetError, PRESET_IDS, PRESETS } from '../../experiments/presets';
import { builtIn, small } from '../helpers/scenarios';

const copy = (scenario: Scenario): Scenario => JSON.parse(JSON.stringify(scenario)) as Scenario;

function expectPresetError(run: () => unknown, pattern: RegExp): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(PresetError);
  expect((caught as Error).message).toMatch(pattern);
}

describe('the list', () => {
  it('has the presets in order, each with a title and a description', () => {
    expect(PRESET_IDS).toEqual(['volumes-15', 'volumes-30', 'volumes-48', 'no-improvement', 'pbr-year-late', 'staff-costs-10', 'variation-2017']);
    for (const preset of PRESETS) {
      expect(preset.title.length).toBeGreaterThan(5);
      expect(preset.description.length).toBeGreaterThan(100);
    }
    expect(presetById('volumes-30').description).toMatch(/population and sentencing are unchanged/);
    expect(presetById('volumes-30').description).toMatch(/forecast that was too high/);
    expect(presetById('volumes-30').description).toMatch(/NAO reported CRC volumes well below/);
  });

  it('refuses an unknown id, listing the valid ones, with a did-you-mean for a typo', () => {
    expectPresetError(() => presetById('volume-30'), /no stress-test preset 'volume-30' \(did you mean 'volumes-30'\?\); valid presets: volumes-15, volumes-30, volumes-48, no-improvement, pbr-year-late, staff-costs-10, variation-2017/);
    expectPresetError(() => presetById('no-improvment'), /did you mean 'no-improvement'/);
    let message = '';
    try {
      presetById('cheaper-prisons');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toMatch(/did you mean/);
    expect(message).toMatch(/valid presets: volumes-15/);
  });
});

describe.each(['tr', 'as-happened'])('every preset on %s', (name) => {
  const base = builtIn(name);
  const before = copy(base);

  it.each(PRESET_IDS)('%s gives a valid scenario, shares nothing with its input and leaves it untouched', (id) => {
    const result = applyPresets(base, [id]);
    expect(() => restoreScenario(JSON.parse(JSON.stringify(result)))).not.toThrow();
    expect(base).toEqual(before);
    expect(result).not.toBe(base);
    expect(result.money).not.toBe(base.money);
    expect(result.money.crc.contracts).not.toBe(base.money.crc.contracts);
    // The overlay itself (before validation) is pure too.
    const overlaid = presetById(id).apply(base);
    expect(base).toEqual(before);
    expect(overlaid.money.crc).not.toBe(base.money.crc);
  });
});

describe('what each preset changes (and nothing else)', () => {
  const base = builtIn('tr');

  it.each([
    ['volumes-15', 0.85],
    ['volumes-30', 0.7],
    ['volumes-48', 0.52],
  ] as const)('%s divides every band edge of every CRC by %s, keeping prices', (id, factor) => {
    const result = applyPreset(base, id);
    const rest = copy(result);
    const slugs = Object.keys(base.money.crc.contracts);
    expect(slugs).toHaveLength(21);
    for (const slug of slugs) {
      const was = base.money.crc.contracts[slug];
      const now = result.money.crc.contracts[slug];
      expect(now.forecastBand.fromUnits).toBeCloseTo(was.forecastBand.fromUnits / factor, 6);
      expect(now.forecastBand.toUnits).toBeCloseTo(was.forecastBand.toUnits / factor, 6);
      expect(now.otherBands).toHaveLength(was.otherBands.length);
      now.otherBands.forEach((band, i) => {
        expect(band.fromUnits).toBeCloseTo(was.otherBands[i].fromUnits / factor, 6);
        expect(band.toUnits).toBeCloseTo(was.otherBands[i].toUnits / factor, 6);
        expect(band.pricePerUnit).toBe(was.otherBands[i].pricePerUnit);
      });
      // Bands that touched still touch (same division of the same number).
      expect(now.otherBands[0].toUnits).toBe(now.forecastBand.fromUnits);
      expect(now.otherBands[1].fromUnits).toBe(now.forecastBand.toUnits);
      rest.money.crc.contracts[slug].forecastBand = was.forecastBand;
      rest.money.crc.contracts[slug].otherBands = was.otherBands;
    }
    // A simulated volume at the old forecast midpoint is now `1 − factor` below the new midpoint.
    const london = (c: Scenario) => c.money.crc.contracts.london.forecastBand;
    const midpoint = (b: { fromUnits: number; toUnits: number }) => (b.fromUnits + b.toUnits) / 2;
    expect(1 - midpoint(london(base)) / midpoint(london(result))).toBeCloseTo(1 - factor, 9);
    expect(rest).toEqual(base);
  });

  it("no-improvement sets the PbR outcomes to 'atBaseline'", () => {
    expect(base.money.crc.pbr.outcomes).toBe('simulated');
    const result = applyPreset(base, 'no-improvement');
    expect(result.money.crc.pbr.outcomes).toBe('atBaseline');
    const rest = copy(result);
    rest.money.crc.pbr.outcomes = 'simulated';
    expect(rest).toEqual(base);
  });

  it('pbr-year-late adds 12 processing months, and refuses to go past the schema maximum', () => {
    const result = applyPreset(base, 'pbr-year-late');
    expect(result.money.crc.pbr.processingMonths).toBe(base.money.crc.pbr.processingMonths + 12);
    const rest = copy(result);
    rest.money.crc.pbr.processingMonths = base.money.crc.pbr.processingMonths;
    expect(rest).toEqual(base);
    // Twice is two years late; a third time would pass 36 months.
    expect(applyPresets(base, ['pbr-year-late', 'pbr-year-late']).money.crc.pbr.processingMonths).toBe(base.money.crc.pbr.processingMonths + 24);
    expectPresetError(() => applyPresets(base, ['pbr-year-late', 'pbr-year-late', 'pbr-year-late']), /processingMonths would be 39, above the most a scenario allows \(36\)/);
  });

  it('staff-costs-10 multiplies every grade salary by 1.1', () => {
    const result = applyPreset(base, 'staff-costs-10');
    const grades = Object.keys(base.money.crc.costs.salaryPerFte) as (keyof Scenario['money']['crc']['costs']['salaryPerFte'])[];
    expect(grades).toHaveLength(3);
    for (const grade of grades) expect(result.money.crc.costs.salaryPerFte[grade]).toBeCloseTo(base.money.crc.costs.salaryPerFte[grade] * 1.1, 6);
    const rest = copy(result);
    rest.money.crc.costs.salaryPerFte = base.money.crc.costs.salaryPerFte;
    expect(rest).toEqual(base);
  });

  it('variation-2017 adds the August 2017 variation', () => {
    expect(base.money.crc.events).toEqual([]);
    const result = applyPreset(base, 'variation-2017');
    expect(result.money.crc.events).toEqual([{ kind: 'variation', date: '2017-08-01' }]);
    const rest = copy(result);
    rest.money.crc.events = [];
    expect(rest).toEqual(base);
  });

  it('variation-2017 replaces an existing variation and stays before a termination', () => {
    const asHappened = builtIn('as-happened');
    expect(applyPreset(asHappened, 'variation-2017')).toEqual(asHappened); // it already has it
    const earlier = copy(asHappened);
    earlier.money.crc.events = [
      { kind: 'termination', date: '2021-06-26', compensationPerCrc: 1e6 },
      { kind: 'variation', date: '2016-04-01' },
    ];
    // (Not a valid scenario as written: the variation must come first. The overlay fixes it.)
    expect(presetById('variation-2017').apply(earlier).money.crc.events).toEqual([
      { kind: 'variation', date: '2017-08-01' },
      { kind: 'termination', date: '2021-06-26', compensationPerCrc: 1e6 },
    ]);
    const terminatedOnly = copy(base);
    terminatedOnly.money.crc.events = [{ kind: 'termination', date: '2020-01-01', compensationPerCrc: 0 }];
    expect(applyPreset(restoreScenario(terminatedOnly), 'variation-2017').money.crc.events).toEqual([
      { kind: 'variation', date: '2017-08-01' },
      { kind: 'termination', date: '2020-01-01', compensationPerCrc: 0 },
    ]);
  });

  it('variation-2017 refuses contracts terminated by then, or not running then', () => {
    const early = copy(base);
    early.money.crc.events = [{ kind: 'termination', date: '2017-03-31', compensationPerCrc: 0 }];
    expectPresetError(() => applyPreset(restoreScenario(early), 'variation-2017'), /terminated on 2017-03-31, not after the 2017-08-01 variation/);
    const sameDay = copy(base);
    sameDay.money.crc.events = [{ kind: 'termination', date: '2017-08-01', compensationPerCrc: 0 }];
    expectPresetError(() => applyPreset(restoreScenario(sameDay), 'variation-2017'), /terminated on 2017-08-01/);
    const late = copy(base);
    late.money.crc.contractStart = '2018-01-01';
    expectPresetError(() => applyPreset(restoreScenario(late), 'variation-2017'), /run from 2018-01-01 to 2022-01-31, which does not include the 2017-08-01 variation/);
  });
});

describe('applyPresets', () => {
  const base = builtIn('tr');

  it('applies in order, each to the result of the one before', () => {
    const both = applyPresets(base, ['volumes-30', 'staff-costs-10']);
    expect(both).toEqual(applyPreset(applyPreset(base, 'volumes-30'), 'staff-costs-10'));
    expect(both.money.crc.contracts.london.forecastBand.fromUnits).toBeCloseTo(base.money.crc.contracts.london.forecastBand.fromUnits / 0.7, 6);
    expect(both.money.crc.costs.salaryPerFte.probationOfficer).toBeCloseTo(base.money.crc.costs.salaryPerFte.probationOfficer * 1.1, 6);
    // Two volume presets compound: 15% then 30% below is 1 − 0.85 × 0.7 = 40.5% below.
    const twice = applyPresets(base, ['volumes-15', 'volumes-30']);
    expect(twice.money.crc.contracts.london.forecastBand.toUnits).toBeCloseTo(base.money.crc.contracts.london.forecastBand.toUnits / (0.85 * 0.7), 6);
  });

  it('with no presets gives an equal copy', () => {
    const none = applyPresets(base, []);
    expect(none).toEqual(base);
    expect(none).not.toBe(base);
  });

  it('checks every id before applying any', () => {
    expectPresetError(() => applyPresets(base, ['volumes-30', 'volumes-99']), /no stress-test preset 'volumes-99'/);
  });

  it('refuses to change a number the scenario draws from a distribution', () => {
    const uncertain = copy(base);
    uncertain.uncertainty = [{ path: 'money.crc.costs.salaryPerFte.probationOfficer', distribution: 'uniform', min: 30_000, max: 40_000 }];
    const scenario = restoreScenario(uncertain);
    expectPresetError(
      () => applyPresets(scenario, ['staff-costs-10']),
      /preset 'staff-costs-10' changes money\.crc\.costs\.salaryPerFte\.probationOfficer, which this scenario draws from a uniform distribution in every replication \(uncertainty\[0\]\)/,
    );
    // Presets that leave it alone still apply.
    expect(applyPresets(scenario, ['no-improvement']).money.crc.pbr.outcomes).toBe('atBaseline');
  });
});

describe('through the finance module', () => {
  // One small run of tr (2013-2020 at scale 0.02): the presets change money terms only, so the
  // run is shared, as it would be under common random numbers.
  const scenario = small('tr', 0.02, 8, 3);
  const run = runSimulation(scenario, { seed: 2014 });
  const total = (entries: readonly LedgerEntry[], mechanism: string) => entries.filter((e) => e.mechanism === mechanism).reduce((sum, e) => sum + e.amount, 0);

  it('leaves the simulated world alone', () => {
    for (const id of PRESET_IDS) {
      const other = runSimulation(applyPreset(scenario, id), { seed: 2014 });
      const withoutProvenance = (r: typeof run) => hashRunResult({ ...r, provenance: { ...r.provenance, scenarioHash: '', scenarioName: '' } });
      expect(withoutProvenance(other), id).toBe(withoutProvenance(run));
    }
  });

  it('volumes-30: the year-end reconciliation claws back more than without it', () => {
    const asBid = total(computeMoney(run, scenario).ledger, 'ffsReconciliation');
    const low = computeMoney(run, applyPreset(scenario, 'volumes-30')).ledger;
    const clawedBack = total(low, 'ffsReconciliation');
    expect(clawedBack).toBeLessThan(0);
    expect(Math.abs(clawedBack)).toBeGreaterThan(Math.abs(asBid));
    // Each CRC year 30% under the forecast is below the band (its bottom is 10% under): every
    // full contract year's reconciliation is a clawback.
    expect(low.filter((e) => e.mechanism === 'ffsReconciliation').every((e) => e.amount < 0)).toBe(true);
  });

  it('no-improvement: no payment-by-results entries at all, where the simulated cohorts pay', () => {
    const pbr = ['pbrBinary', 'pbrFrequency', 'pbrFoundation', 'pbrFoundationClawback'];
    const simulated = computeMoney(run, scenario);
    expect(simulated.ledger.filter((e) => pbr.includes(e.mechanism)).length).toBeGreaterThan(0);
    const none = computeMoney(run, applyPreset(scenario, 'no-improvement'));
    expect(none.ledger.filter((e) => pbr.includes(e.mechanism))).toEqual([]);
    for (const crc of none.crcs) {
      expect(crc.pbr.length).toBeGreaterThan(0); // the cohorts are still measured…
      for (const result of crc.pbr) expect(result.payment).toBe(0); // …and pay nothing
    }
    // Everything else is the same money.
    const rest = (entries: readonly LedgerEntry[]) => entries.filter((e) => !pbr.includes(e.mechanism));
    expect(rest(none.ledger)).toEqual(rest(simulated.ledger));
  });
});
