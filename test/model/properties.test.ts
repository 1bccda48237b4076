// Property tests over seeds: people are conserved, no stock goes negative, the incremental tallies
// equal a full recount, and the TR allocation rule holds.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Simulation } from '../../model/engine/simulation';
import { personStates } from '../../model/seriesNames';
import { REGION_SLUGS } from '../../model/engine/geography';
import { small } from '../helpers/scenarios';

function runAudited(name: string, seed: number) {
  const sim = new Simulation(small(name, 0.005, 3, 2), { seed, replication: 0, scale: 0.005, auditEveryWeek: true });
  return { sim, result: sim.run() };
}

describe('properties of every run', () => {
  it('conserves people: entries = exits + change in stock, every week; stocks sum to the total; none negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.constantFrom('tr', 'as-happened', 'unified', 'trusts'), (seed, name) => {
        const { sim, result } = runAudited(name, seed);
        const s = result.series;
        const weeks = result.weeks.length;
        for (let w = 1; w < weeks; w++) {
          const change = s['stock.total'][w] - s['stock.total'][w - 1];
          expect(change).toBeCloseTo(s['flow.entrants'][w] - s['flow.exits'][w], 6);
        }
        for (let w = 0; w < weeks; w++) {
          const sum = personStates.reduce((acc, state) => acc + s[`stock.${state}`][w], 0);
          expect(sum).toBeCloseTo(s['stock.total'][w], 6);
          const byRegion = REGION_SLUGS.reduce((acc, region) => acc + s[`caseload.region.${region}`][w], 0);
          expect(byRegion).toBeCloseTo(s['caseload.total'][w], 6);
          for (const [name, values] of Object.entries(s)) {
            if (!Number.isNaN(values[w])) expect(values[w], `${name} in week ${w}`).toBeGreaterThanOrEqual(0);
          }
        }
        for (const audit of sim.auditReports) {
          expect(audit.mismatches).toEqual([]);
          expect(audit.negativeStocks).toEqual([]);
        }
      }),
      { numRuns: 6 },
    );
  });

  it('under TR, no high-RoSH case stays with a CRC past the handover delay', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const { sim, result } = runAudited('tr', seed);
        expect(sim.auditReports.length).toBeGreaterThan(100);
        expect(sim.auditReports.map((a) => a.overdueCrcHighRosh).filter((n) => n > 0)).toEqual([]);
        // And the rule was exercised: cases escalated and transferred.
        const transfers = result.series['flow.transfersToNps'].reduce((a, b) => a + b, 0);
        expect(transfers).toBeGreaterThan(0);
      }),
      { numRuns: 4 },
    );
  });
});
