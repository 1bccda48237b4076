// Two sides set against each other: the full matrix, the largest differences, and the findings
// the titles state in words.
import { describe, expect, it } from 'vitest';
import {
  comparisonFinding,
  differenceText,
  flowsChartData,
  fullFlowMatrix,
  largestDifferences,
  relativeText,
  sideFinding,
  type FlowSide,
} from '../../renderer/lib/flowCompare';
import { flowPhrase, stageLabel } from '../../renderer/lib/flowStages';

const stages = ['atLiberty', 'custody', 'licence', 'recall', 'newEntrant', 'desisted'];
const left: FlowSide = {
  label: 'tr',
  stages,
  matrix: [
    [0, 300, 0, 0, 0, 200],
    [50, 0, 250, 0, 0, 0],
    [100, 0, 0, 100, 0, 0],
    [0, 0, 95, 0, 0, 0],
    [600, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0],
  ],
};
const right: FlowSide = {
  label: 'unified',
  stages,
  matrix: [
    [0, 290, 0, 0, 0, 210],
    [50, 0, 240, 0, 0, 0],
    [120, 0, 0, 80, 0, 0],
    [0, 0, 78, 0, 0, 3],
    [600, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0],
  ],
};

describe('fullFlowMatrix', () => {
  const cells = fullFlowMatrix(left, right);
  it('has every pair of stages once, zeros included', () => {
    expect(cells).toHaveLength(36);
    expect(new Set(cells.map((c) => `${c.from}>${c.to}`)).size).toBe(36);
  });
  it('takes right minus left, relative to left, and no ratio where left is zero', () => {
    const recalls = cells.find((c) => c.from === 'licence' && c.to === 'recall');
    expect(recalls).toMatchObject({ left: 100, right: 80, difference: -20, relative: -0.2 });
    expect(cells.find((c) => c.from === 'recall' && c.to === 'desisted')).toMatchObject({ left: 0, right: 3, relative: null });
  });
  it('treats a stage one side lacks as zero there', () => {
    const extra: FlowSide = { label: 'x', stages: ['atLiberty', 'custody'], matrix: [[0, 1], [2, 0]] };
    const cells2 = fullFlowMatrix(extra, left);
    expect(cells2).toHaveLength(36);
    expect(cells2.find((c) => c.from === 'licence' && c.to === 'recall')).toMatchObject({ left: 0, right: 100 });
  });
});

describe('largestDifferences', () => {
  it('orders by the size of the difference, either way, and skips pairs empty on both sides', () => {
    const top = largestDifferences(fullFlowMatrix(left, right), 4);
    expect(top.map((c) => [c.from, c.to, c.difference])).toEqual([
      ['licence', 'atLiberty', 20],
      ['licence', 'recall', -20],
      ['recall', 'licence', -17],
      ['atLiberty', 'custody', -10],
    ]);
    expect(largestDifferences(fullFlowMatrix(left, right), 100).every((c) => c.left > 0 || c.right > 0)).toBe(true);
  });
});

describe('findings in words', () => {
  it('states the left side’s largest move between stages, entries and exits aside', () => {
    expect(sideFinding(left, '2019-01-01')).toBe('Under tr in 2019, the largest flow: 300 people move from liberty to custody');
  });
  it('states the largest difference among drawn flows, with its size and direction', () => {
    expect(comparisonFinding(left, right, '2019-01-01', 10)).toBe(
      'Under unified in 2019, 20% more people go from licence to liberty than under tr (120 against 100)',
    );
    // With a threshold that hides the 100-person flows, the headline moves to a larger flow.
    expect(comparisonFinding(left, right, 'all', 200)).toBe(
      'Under unified over the whole window, 3.3% fewer people move from liberty to custody than under tr (290 against 300)',
    );
  });
  it('says when the two sides do not differ', () => {
    expect(comparisonFinding(left, { ...left, label: 'tr again' }, 'all', 0)).toBe('Under tr again over the whole window, people move between stages as under tr');
  });
  it('phrases recalls, self-moves, entries and exits in plain words', () => {
    expect(flowPhrase('licence', 'recall')).toBe('are recalled from licence');
    expect(flowPhrase('communityOrder', 'communityOrder')).toBe('get a new community order while serving one');
    expect(flowPhrase('newEntrant', 'atLiberty')).toBe('enter the model');
    expect(flowPhrase('pss', 'desisted')).toBe('leave the model (desist) from post-sentence supervision');
    expect(stageLabel('pss')).toBe('Post-sentence supervision');
  });
});

describe('numbers in words', () => {
  it('gives one decimal under 10% and none above', () => {
    expect(relativeText(0.0734)).toBe('7.3%');
    expect(relativeText(-0.123)).toBe('12%');
  });
  it('writes a difference with its sign and relative size', () => {
    expect(differenceText({ from: 'a', to: 'b', left: 100, right: 80, difference: -20, relative: -0.2 })).toBe('−20 (−20%)');
    expect(differenceText({ from: 'a', to: 'b', left: 0, right: 3, difference: 3, relative: null })).toBe('+3 (new)');
    expect(differenceText({ from: 'a', to: 'b', left: 2000, right: 2000, difference: 0, relative: 0 })).toBe('0 (0.0%)');
  });
});

describe('flowsChartData', () => {
  it('is the full matrix with both sides and their difference, stages in words', () => {
    const data = flowsChartData(left, right);
    expect(data.columns.map((c) => c.label)).toEqual(['from', 'to', 'tr', 'unified', 'unified minus tr']);
    expect(data.rows).toHaveLength(36);
    expect(data.rows).toContainEqual({ from: 'On licence', to: 'Recalled to custody', left: 100, right: 80, difference: -20 });
  });
});
