// The flow matrix by reported year: what the app's Sankey of a chosen period shows.
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../model/index';
import { small } from '../helpers/scenarios';

describe('flows by reported year', () => {
  const result = runSimulation(small('tr', 0.01, 3, 3), { seed: 7 });
  const { flows } = result;

  it('has one matrix per reported year, dated from the reported start', () => {
    expect(flows.years).toEqual(['2013-01-01', '2014-01-01', '2015-01-01']);
    expect(flows.byYear).toHaveLength(3);
    for (const matrix of flows.byYear) expect(matrix).toHaveLength(flows.stages.length);
  });

  it('adds up, cell by cell, to the whole window', () => {
    flows.stages.forEach((_, from) =>
      flows.stages.forEach((__, to) => {
        const sum = flows.byYear.reduce((total, matrix) => total + matrix[from][to], 0);
        expect(sum).toBeCloseTo(flows.counts[from][to], 6);
      }),
    );
  });

  it('counts moves in every year, and TR changes nothing about the stages', () => {
    const custody = flows.stages.indexOf('custody');
    const licence = flows.stages.indexOf('licence');
    for (const matrix of flows.byYear) expect(matrix[custody][licence]).toBeGreaterThan(0);
    // The same stages, in the same order, under the other operating models: the Sankeys of two
    // scenarios line up stage for stage.
    for (const other of ['unified', 'trusts']) expect(runSimulation(small(other, 0.01, 3, 3), { seed: 7 }).flows.stages, other).toEqual(flows.stages);
  });
});
