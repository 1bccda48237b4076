import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { discountFactor, npv, offenderManagementFte, publicCost } from '../../finance/publicCost';
import type { FinanceRun } from '../../finance/runData';
import type { LedgerEntry } from '../../finance/ledger';
import { COMMISSIONED_PROVIDERS, MECHANISMS, MOJ, PRISONS, PROBATION_SERVICE, SOCIETY, VICTIMS_AND_SERVICES } from '../../finance/ledger';
import { defaultMoneyTerms } from '../../model/scenario/moneyDefaults';
import type { MoneyTerms } from '../../model/scenario/moneySchema';
import type { Scenario } from '../../model/scenario/schema';
import { minimalScenario } from '../fixtures/minimalScenario';
import { fakeRun } from './fakeRun';

// A run of May to August 2014 over a timeline of trusts, then TR from 2014-06-01, then unified from
// 2014-07-15. The model of a month is the one in force on its first day: May trusts, June TR, July
// still TR (the switch comes mid-month), August unified. Workforce FTE (minimal scenario): trusts
// 6,000, NPS under TR 3,000, NPS unified 6,500.
function setup(publicOverrides: Partial<MoneyTerms['publicCost']> = {}) {
  const run = fakeRun('2014-05-01', 4);
  const scenario: Scenario = minimalScenario();
  scenario.timeline.changes = [
    { date: '2014-06-01', label: 'Transforming Rehabilitation', set: { operatingModel: 'tr' } },
    { date: '2014-07-15', label: 'Unification', set: { operatingModel: 'unified' } },
  ];
  const base = defaultMoneyTerms();
  const money: MoneyTerms = { ...base, publicCost: { ...base.publicCost, probationCostPerFte: 60_000, ...publicOverrides } };
  return { run, scenario, money, costs: () => publicCost({ run, scenario, money }) };
}

function setWeeksOfMonth(run: FinanceRun, weekly: number[], m: number, values: number[]): void {
  const label = run.activity.months[m].slice(0, 7);
  let k = 0;
  run.weeks.forEach((week, w) => {
    if (week.slice(0, 7) === label) weekly[w] = values[k++ % values.length];
  });
}

const amountsOf = (entries: LedgerEntry[], mechanism: string) => Object.fromEntries(entries.filter((e) => e.mechanism === mechanism).map((e) => [e.date, e.amount]));

describe('publicCost', () => {
  it('pays for the offender-management staff of the model in force on the first of each month', () => {
    const { costs } = setup();
    // FTE × £60,000 / 12 = FTE × 5,000: trusts 6,000 → 30,000,000; TR (NPS only) 3,000 → 15,000,000;
    // unified 6,500 → 32,500,000.
    expect(amountsOf(costs(), 'probationStaff')).toEqual({
      '2014-05-01': 30_000_000,
      '2014-06-01': 15_000_000,
      '2014-07-01': 15_000_000,
      '2014-08-01': 32_500_000,
    });
    const entry = costs()[0];
    expect(entry).toEqual({ date: '2014-05-01', payer: MOJ, payee: PROBATION_SERVICE, mechanism: 'probationStaff', area: 'national', period: '2014-05', amount: 30_000_000 });
  });

  it('pays commissioned services and grants only under the unified model', () => {
    const { costs } = setup();
    const entries = costs();
    // Lots 9 + 9 + 11 + 15 + 43 + 13 = £100m a year → 8,333,333.33 a month; grants £5m → 416,666.67.
    const commissioned = entries.filter((e) => e.mechanism === 'commissionedServices');
    const grants = entries.filter((e) => e.mechanism === 'grants');
    expect(commissioned.map((e) => e.date)).toEqual(['2014-08-01']);
    expect(grants.map((e) => e.date)).toEqual(['2014-08-01']);
    expect(commissioned[0].amount).toBeCloseTo(8_333_333.333333, 5);
    expect(grants[0].amount).toBeCloseTo(416_666.666667, 5);
    expect(commissioned[0].payee).toBe(COMMISSIONED_PROVIDERS);
    expect(grants[0].payer).toBe(MOJ);
  });

  it('costs prison places at the month’s mean population, and leaves out an empty month', () => {
    const { run, costs } = setup();
    const population = run.series['prison.population'];
    setWeeksOfMonth(run, population, 0, [80_000]); // May: 80,000 every week
    setWeeksOfMonth(run, population, 1, [80_000, 81_000, 82_000, 83_000]); // June: mean 81,500
    // £36,720 a year / 12 = £3,060 a month: May 80,000 × 3,060 = 244,800,000; June 81,500 × 3,060
    // = 249,390,000. July and August have no prisoners in this fake run: no entries.
    const prison = amountsOf(costs(), 'prisonPlaces');
    expect(prison).toEqual({ '2014-05-01': 244_800_000, '2014-06-01': 249_390_000 });
    expect(costs().find((e) => e.mechanism === 'prisonPlaces')!.payee).toBe(PRISONS);
  });

  it('costs proven reoffences by offence group, to society', () => {
    const { run, costs } = setup();
    const row = (g: string) => run.activity.offenceGroups.indexOf(g);
    const byGroup = run.activity.reoffencesByGroup;
    byGroup[row('violence')][1] = 10;
    byGroup[row('sexual')][1] = 2;
    byGroup[row('acquisitive')][1] = 30;
    byGroup[row('drugs')][1] = 5;
    byGroup[row('other')][2] = 4;
    // June: 10 × 48,000 + 2 × 95,000 + 30 × 22,000 + 5 × 12,000 = 480,000 + 190,000 + 660,000 + 60,000
    // = 1,390,000. July: 4 × 15,000 = 60,000.
    const entries = costs();
    expect(amountsOf(entries, 'reoffending')).toEqual({ '2014-06-01': 1_390_000, '2014-07-01': 60_000 });
    const entry = entries.find((e) => e.mechanism === 'reoffending')!;
    expect([entry.payer, entry.payee, entry.area, entry.period]).toEqual([SOCIETY, VICTIMS_AND_SERVICES, 'national', '2014-06']);
  });

  it('orders entries by month, then mechanism', () => {
    const { run, costs } = setup();
    for (let m = 0; m < 4; m++) {
      setWeeksOfMonth(run, run.series['prison.population'], m, [1_000]);
      run.activity.reoffencesByGroup[0][m] = 1;
    }
    const entries = costs();
    // Three entries a month under trusts and TR, five under unified.
    expect(entries).toHaveLength(3 + 3 + 3 + 5);
    const keys = entries.map((e) => `${e.date} ${String(MECHANISMS.indexOf(e.mechanism)).padStart(2, '0')}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('counts the NPS only under TR: CRC staff are paid through their contracts', () => {
    const scenario = minimalScenario();
    expect(offenderManagementFte(scenario.parameters, 'tr')).toBe(scenario.parameters.supervision.workforceFte.npsUnderTr);
    expect(offenderManagementFte(scenario.parameters, 'trusts')).toBe(6_000);
    expect(offenderManagementFte(scenario.parameters, 'unified')).toBe(6_500);
  });

  it('property: doubling one cost rate doubles exactly that mechanism’s entries and nothing else', () => {
    type Rate = 'probationStaff' | 'commissionedServices' | 'grants' | 'prisonPlaces' | 'reoffending';
    const rates: Rate[] = ['probationStaff', 'commissionedServices', 'grants', 'prisonPlaces', 'reoffending'];
    const pounds = fc.integer({ min: 1, max: 10_000_000 });
    fc.assert(
      fc.property(
        fc.constantFrom(...rates),
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.double({ min: 0, max: 1_000, noNaN: true }).filter((x) => x === 0 || x >= 1e-9), { minLength: 20, maxLength: 20 }),
        fc.record({ staff: pounds, lot: pounds, grants: pounds, place: pounds, reoffence: pounds }),
        (doubled, prisoners, reoffences, r) => {
          const build = (factor: (rate: Rate) => number) => {
            const lot = r.lot * factor('commissionedServices');
            const reoffence = r.reoffence * factor('reoffending');
            const s = setup({
              probationCostPerFte: r.staff * factor('probationStaff'),
              commissionedServicesPerYear: {
                accommodation: lot,
                financeBenefitDebt: 2 * lot,
                educationTrainingEmployment: lot,
                dependencyRecovery: 3 * lot,
                familyLifestyleWellbeing: lot,
                womensServices: lot,
              },
              grantsPerYear: r.grants * factor('grants'),
              prisonPlacePerYear: r.place * factor('prisonPlaces'),
              reoffenceCost: { violence: reoffence, sexual: 4 * reoffence, acquisitive: reoffence, drugs: 0.5 * reoffence, other: reoffence },
            });
            prisoners.forEach((p, m) => setWeeksOfMonth(s.run, s.run.series['prison.population'], m, [p, p + 1]));
            reoffences.forEach((n, i) => (s.run.activity.reoffencesByGroup[i % 5][Math.floor(i / 5)] = n));
            return s.costs();
          };
          const before = build(() => 1);
          const after = build((rate) => (rate === doubled ? 2 : 1));
          expect(after.map((e) => [e.date, e.mechanism])).toEqual(before.map((e) => [e.date, e.mechanism]));
          after.forEach((e, i) => expect(e.amount).toBe(e.mechanism === doubled ? 2 * before[i].amount : before[i].amount));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('discounting', () => {
  const entry = (date: string, amount: number, mechanism: LedgerEntry['mechanism'] = 'prisonPlaces'): LedgerEntry => ({
    date,
    payer: MOJ,
    payee: PRISONS,
    mechanism,
    area: 'national',
    period: date.slice(0, 7),
    amount,
  });

  it('discounts £1m a year for two years at 3.5% to £1,899,694.27', () => {
    // 1,000,000 / 1.035 + 1,000,000 / 1.035² = 966,183.575 + 933,510.700 = 1,899,694.275.
    const stream = [entry('2017-01-01', 1e6), entry('2018-01-01', 1e6)];
    expect(npv(stream, 0.035, '2016-01-01')).toBeCloseTo(1_899_694.27, 1);
    expect(npv(stream, 0, '2016-01-01')).toBe(2e6);
  });

  it('counts whole months, and grows what was paid before the base date', () => {
    // Six months is half a year: 1.035^-0.5 = 0.98295; any day in the month counts alike.
    expect(discountFactor(0.035, '2016-01-01', '2016-07-01')).toBeCloseTo(1 / Math.sqrt(1.035), 14);
    expect(discountFactor(0.035, '2016-01-20', '2016-07-31')).toBe(discountFactor(0.035, '2016-01-01', '2016-07-01'));
    expect(discountFactor(0.035, '2017-01-01', '2016-01-01')).toBeCloseTo(1.035, 14);
    expect(discountFactor(0.035, '2016-01-01', '2016-01-15')).toBe(1);
    // Close to Math.pow, but computed with detExp/detLog so every runtime gives the same bits.
    expect(discountFactor(0.035, '2016-01-01', '2046-01-01')).toBeCloseTo(Math.pow(1.035, -30), 13);
  });

  it('applies the sign to each entry (costs against income, or leaving some out)', () => {
    const stream = [entry('2017-01-01', 1e6, 'ffs'), entry('2017-01-01', 400_000, 'crcStaff')];
    const margin = npv(stream, 0.035, '2016-01-01', (e) => (e.mechanism === 'ffs' ? 1 : -1));
    // (1,000,000 − 400,000) / 1.035 = 579,710.14.
    expect(margin).toBeCloseTo(579_710.14, 1);
    expect(npv(stream, 0.035, '2016-01-01', (e) => (e.mechanism === 'ffs' ? 1 : 0))).toBeCloseTo(966_183.57, 1);
  });
});
