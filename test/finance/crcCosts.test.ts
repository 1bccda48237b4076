import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crcCosts, crcStaffFte } from '../../finance/crcCosts';
import { contractMonths } from '../../finance/contractMonths';
import { crcProviderIndex } from '../../finance/runData';
import type { FinanceRun } from '../../finance/runData';
import type { LedgerEntry } from '../../finance/ledger';
import { CRC_STAFF_AND_SUPPLIERS, MECHANISMS, crcParty } from '../../finance/ledger';
import { defaultMoneyTerms } from '../../model/scenario/moneyDefaults';
import type { CrcContract, CrcTerms } from '../../model/scenario/moneySchema';
import { CPA_SLUGS, FIRST_NPS } from '../../model/engine/geography';
import { minimalScenario } from '../fixtures/minimalScenario';
import { fakeRun } from './fakeRun';

// The minimal scenario's timeline is TR from 2014-06-01 to 2021-06-26; the default contract starts
// 2015-02-01. A run from January 2015 therefore has January not live and February on live.
const CPA = 0;
const SLUG = CPA_SLUGS[CPA];

function setup(overrides: { costs?: Partial<CrcTerms['costs']>; events?: CrcTerms['events']; contract?: Partial<CrcContract> } = {}) {
  const run = fakeRun('2015-01-01', 3);
  const base = defaultMoneyTerms().crc;
  // Rates the worked examples use, fixed here so that retuning the built-in defaults cannot move them.
  const costRates = { ...base.costs, variablePerCasePerYear: 150, ...overrides.costs };
  const terms: CrcTerms = { ...base, costs: costRates, events: overrides.events ?? [] };
  const contract: CrcContract = {
    ...base.contracts[SLUG],
    staffFte: { probationOfficer: 10, probationServicesOfficer: 20, managementAndSupport: 5 },
    estatePerYear: 120_000,
    ictPerYear: 60_000,
    subcontractsPerYear: 24_000,
    ...overrides.contract,
  };
  const months = contractMonths(terms, minimalScenario().timeline, run.activity.months);
  const costs = () => crcCosts({ run, terms, contract, cpa: CPA, cpaSlug: SLUG, months });
  return { run, terms, contract, months, costs };
}

/** Sets every week that starts in month `m` of the run to `values` in turn (cycling). */
function setWeeksOfMonth(run: FinanceRun, weekly: number[], m: number, values: number[]): void {
  const label = run.activity.months[m].slice(0, 7);
  let k = 0;
  run.weeks.forEach((week, w) => {
    if (week.slice(0, 7) === label) weekly[w] = values[k++ % values.length];
  });
}

const byMechanism = (entries: LedgerEntry[], month: string) =>
  Object.fromEntries(entries.filter((e) => e.date === month).map((e) => [e.mechanism, e.amount]));

describe('crcCosts', () => {
  it('costs a fixed establishment and the flat costs in live months only', () => {
    const { costs } = setup();
    const entries = costs();
    // January 2015 is before the contract start: nothing.
    expect(entries.filter((e) => e.date === '2015-01-01')).toEqual([]);
    // Pay bill 10 × 35,000 + 20 × 25,000 + 5 × 30,000 = 1,000,000 a year; × 1.3 on-costs = 1,300,000;
    // / 12 = 108,333.33 a month. Estate 120,000 / 12 = 10,000; ICT 60,000 / 12 = 5,000;
    // subcontracts 24,000 / 12 = 2,000. No caseload and no starts: no variable or intervention entries.
    for (const month of ['2015-02-01', '2015-03-01']) {
      const got = byMechanism(entries, month);
      expect(Object.keys(got)).toEqual(['crcStaff', 'crcEstate', 'crcIct', 'crcSubcontracts']);
      expect(got.crcStaff).toBeCloseTo(108_333.333333, 5);
      expect(got.crcEstate).toBe(10_000);
      expect(got.crcIct).toBe(5_000);
      expect(got.crcSubcontracts).toBe(2_000);
    }
    expect(entries).toHaveLength(8);
    const first = entries[0];
    expect(first).toEqual({
      date: '2015-02-01',
      payer: crcParty(SLUG),
      payee: CRC_STAFF_AND_SUPPLIERS,
      mechanism: 'crcStaff',
      area: SLUG,
      period: '2015-02',
      amount: first.amount,
    });
  });

  it('ignores the caseload under fixed hiring but charges variable costs on it', () => {
    const { run, costs } = setup();
    const weekly = run.providerCaseload[crcProviderIndex(run, CPA)];
    setWeeksOfMonth(run, weekly, 1, [1_700, 1_900]); // February: 1,700, 1,900, 1,700, 1,900 → mean 1,800
    const got = byMechanism(costs(), '2015-02-01');
    expect(got.crcStaff).toBeCloseTo(108_333.333333, 5);
    // 1,800 cases × £150 a year / 12 = 22,500.
    expect(got.crcVariable).toBeCloseTo(22_500, 9);
  });

  it('hires case-holding staff to the caseload in the contract PO:PSO ratio under caseload hiring', () => {
    const { run, terms, contract, months, costs } = setup({ costs: { hiring: 'caseload' } });
    const weekly = run.providerCaseload[crcProviderIndex(run, CPA)];
    setWeeksOfMonth(run, weekly, 1, [1_800]); // February mean 1,800
    setWeeksOfMonth(run, weekly, 2, [1_200]); // March mean 1,200
    const entries = costs();
    // February: 1,800 / 40 cases per FTE = 45 case-holding FTE; PO:PSO = 10:20, so 15 PO and 30 PSO;
    // management and support stay 5. Pay bill 15 × 35,000 + 30 × 25,000 + 5 × 30,000
    // = 525,000 + 750,000 + 150,000 = 1,425,000; × 1.3 = 1,852,500; / 12 = 154,375.
    expect(byMechanism(entries, '2015-02-01').crcStaff).toBeCloseTo(154_375, 8);
    // March: 1,200 / 40 = 30 FTE → 10 PO, 20 PSO, 5 M&S: the contract's own 1,000,000 pay bill → 108,333.33.
    expect(byMechanism(entries, '2015-03-01').crcStaff).toBeCloseTo(108_333.333333, 5);
    // January: not live, no staff whatever the hiring rule.
    const fte = crcStaffFte({ run, terms, contract, cpa: CPA, months });
    expect(fte.map((m) => m.live)).toEqual([false, true, true]);
    expect(fte[0].fte).toEqual({ probationOfficer: 0, probationServicesOfficer: 0, managementAndSupport: 0 });
    expect(fte[1].fte.probationOfficer).toBeCloseTo(15, 12);
    expect(fte[1].fte.probationServicesOfficer).toBeCloseTo(30, 12);
    expect(fte[1].fte.managementAndSupport).toBe(5);
  });

  it('reports the contract FTE under fixed hiring', () => {
    const { run, terms, contract, months } = setup();
    const fte = crcStaffFte({ run, terms, contract, cpa: CPA, months });
    expect(fte[2].fte).toEqual({ probationOfficer: 10, probationServicesOfficer: 20, managementAndSupport: 5 });
  });

  it('splits caseload staff half and half when the contract has no case-holding grades', () => {
    const { run, terms, contract, months } = setup({
      costs: { hiring: 'caseload' },
      contract: { staffFte: { probationOfficer: 0, probationServicesOfficer: 0, managementAndSupport: 5 } },
    });
    setWeeksOfMonth(run, run.providerCaseload[crcProviderIndex(run, CPA)], 1, [400]); // 400 / 40 = 10 FTE
    const fte = crcStaffFte({ run, terms, contract, cpa: CPA, months });
    expect(fte[1].fte).toEqual({ probationOfficer: 5, probationServicesOfficer: 5, managementAndSupport: 5 });
  });

  it('charges each intervention start at its cost, and only the CRC’s own starts', () => {
    const { run, costs } = setup();
    const starts = run.activity.interventionStarts;
    const crc = crcProviderIndex(run, CPA);
    const row = (name: string) => run.activity.interventions.indexOf(name);
    starts[crc][row('accreditedProgramme')][1] = 10;
    starts[crc][row('accommodation')][1] = 20;
    starts[crc][row('substanceMisuse')][0] = 99; // January: not live
    starts[crc + 1][row('accreditedProgramme')][1] = 50; // another CRC
    starts[FIRST_NPS][row('accreditedProgramme')][1] = 50; // the NPS
    // 10 × £1,000 + 20 × £280 = 10,000 + 5,600 = 15,600.
    const entries = costs();
    expect(byMechanism(entries, '2015-02-01').crcInterventions).toBe(15_600);
    expect(byMechanism(entries, '2015-03-01').crcInterventions).toBeUndefined();
    expect(entries.some((e) => e.date === '2015-01-01')).toBe(false);
  });

  it('costs nothing after an early termination, and a variation leaves the costs alone', () => {
    const terminated = setup({ events: [{ kind: 'termination', date: '2015-03-01', compensationPerCrc: 0 }] }).costs();
    expect(terminated.map((e) => e.date)).toEqual(['2015-02-01', '2015-02-01', '2015-02-01', '2015-02-01']);
    const varied = setup({ events: [{ kind: 'variation', date: '2015-03-01' }] }).costs();
    expect(varied).toEqual(setup().costs());
  });

  it('costs nothing when the operating model is not TR', () => {
    const { run, terms, contract } = setup();
    const timeline = minimalScenario().timeline;
    timeline.changes = []; // trusts throughout
    const months = contractMonths(terms, timeline, run.activity.months);
    expect(crcCosts({ run, terms, contract, cpa: CPA, cpaSlug: SLUG, months })).toEqual([]);
  });

  it('orders entries by month, then mechanism', () => {
    const { run, costs } = setup({ costs: { hiring: 'caseload' } });
    const crc = crcProviderIndex(run, CPA);
    for (const m of [1, 2]) {
      setWeeksOfMonth(run, run.providerCaseload[crc], m, [500]);
      run.activity.interventionStarts[crc][0][m] = 3;
    }
    const entries = costs();
    expect(entries).toHaveLength(12);
    const keys = entries.map((e) => `${e.date} ${String(MECHANISMS.indexOf(e.mechanism)).padStart(2, '0')}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('property: doubling one cost rate doubles exactly that mechanism’s entries and nothing else', () => {
    type Rate = 'crcStaff' | 'crcVariable' | 'crcInterventions' | 'crcEstate' | 'crcIct' | 'crcSubcontracts';
    const rates: Rate[] = ['crcStaff', 'crcVariable', 'crcInterventions', 'crcEstate', 'crcIct', 'crcSubcontracts'];
    const amount = fc.integer({ min: 1, max: 1_000_000 });
    fc.assert(
      fc.property(
        fc.constantFrom(...rates),
        fc.constantFrom<'fixed' | 'caseload'>('fixed', 'caseload'),
        // Subnormal caseloads would lose bits when scaled: keep to normal numbers (or zero).
        fc.array(fc.double({ min: 0, max: 5_000, noNaN: true }).filter((x) => x === 0 || x >= 1e-9), { minLength: 3, maxLength: 3 }),
        fc.array(fc.nat({ max: 200 }), { minLength: 6, maxLength: 6 }),
        fc.record({ po: amount, pso: amount, ms: amount, variable: amount, intervention: amount, estate: amount, ict: amount, sub: amount }),
        (doubled, hiring, caseloads, startCounts, r) => {
          const build = (factor: (rate: Rate) => number) => {
            const s = setup({
              costs: {
                hiring,
                salaryPerFte: { probationOfficer: r.po * factor('crcStaff'), probationServicesOfficer: r.pso * factor('crcStaff'), managementAndSupport: r.ms * factor('crcStaff') },
                variablePerCasePerYear: r.variable * factor('crcVariable'),
                perIntervention: {
                  accreditedProgramme: r.intervention * factor('crcInterventions'),
                  rehabilitationActivity: 2 * r.intervention * factor('crcInterventions'),
                  accommodation: 3 * r.intervention * factor('crcInterventions'),
                  employment: r.intervention * factor('crcInterventions'),
                  finance: r.intervention * factor('crcInterventions'),
                  substanceMisuse: r.intervention * factor('crcInterventions'),
                },
              },
              contract: { estatePerYear: r.estate * factor('crcEstate'), ictPerYear: r.ict * factor('crcIct'), subcontractsPerYear: r.sub * factor('crcSubcontracts') },
            });
            const crc = crcProviderIndex(s.run, CPA);
            caseloads.forEach((c, m) => setWeeksOfMonth(s.run, s.run.providerCaseload[crc], m, [c]));
            startCounts.forEach((n, i) => (s.run.activity.interventionStarts[crc][i][1] = n));
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
