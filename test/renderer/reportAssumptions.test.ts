// The assumptions section: assumed values with their sources, grouped, collapsed where one
// documented parameter stands for many values, and changes from the baseline picked out. Run on
// the real built-in scenarios and parameter documentation.
import { describe, expect, it } from 'vitest';
import { leafEntries, scenarioAssumptions, type AssumptionTools } from '../../renderer/lib/reportAssumptions';
import { loadBuiltIn, parameterDoc } from '../../renderer/engine';
import { pathLabel } from '../../renderer/lib/parameterLabels';
import { valueText } from '../../renderer/lib/parameterFormat';

const tools: AssumptionTools = {
  docOf: parameterDoc,
  groupOf: (path) => path.split('.').slice(0, 2).join('.'),
  labelOf: pathLabel,
  valueOf: valueText,
};

describe('leafEntries', () => {
  it('walks objects and arrays to their leaves with concrete paths', () => {
    expect(leafEntries({ a: { b: [1, { c: 'x' }] }, d: true })).toEqual([
      ['a.b[0]', 1],
      ['a.b[1].c', 'x'],
      ['d', true],
    ]);
  });
});

describe('scenarioAssumptions', () => {
  const tr = loadBuiltIn('tr');

  it('lists only values documented as assumptions, each with its reason, none changed against itself', () => {
    const result = scenarioAssumptions(tr, tr, tools);
    expect(result.changed).toEqual([]);
    const entries = result.groups.flatMap((g) => g.entries);
    expect(entries.length).toBeGreaterThan(50);
    expect(entries.every((e) => e.source.length > 0 && !e.source.startsWith('assumption:'))).toBe(true);
    expect(result.otherCount).toBeGreaterThan(0);
    const seed = entries.find((e) => e.label.toLowerCase().includes('seed'));
    expect(seed?.value).toBe('20140601');
  });

  it('collapses a parameter documented once for many keys into one entry with its range', () => {
    const entries = scenarioAssumptions(tr, tr, tools).groups.flatMap((g) => g.entries);
    const many = entries.filter((e) => e.count > 1);
    expect(many.length).toBeGreaterThan(0);
    expect(many.some((e) => e.label.includes('each of'))).toBe(true);
  });

  it('picks out assumed values that differ from the baseline, with both values and the source', () => {
    const edited = structuredClone(tr);
    edited.simulation.seed = 7;
    const result = scenarioAssumptions(edited, tr, tools);
    expect(result.changed).toHaveLength(1);
    expect(result.changed[0]).toMatchObject({ label: 'Simulation › seed', value: '7', baseline: '20140601' });
    expect(result.changed[0].source).toContain('arbitrary');
  });

  it('works without a baseline (every assumed value then counts as changed)', () => {
    const result = scenarioAssumptions(tr, null, tools);
    expect(result.changed.length).toBeGreaterThan(50);
    expect(result.changed[0].baseline).toBe('not set');
  });
});
