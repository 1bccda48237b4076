// New rows and reshaped rows for the editor's tables, and issues placed next to their fields.
import { describe, expect, it } from 'vitest';
import { loadBuiltIn, validateScenario, type Scenario } from '../../renderer/engine';
import { newRow, reshapeRow, rowKindKey, withoutKey } from '../../renderer/lib/scenarioRows';
import { editorFields } from '../../renderer/lib/parameterGroups';
import { issueText, issuesByField, placeIssues, problemCount } from '../../renderer/lib/scenarioIssues';

const tr = loadBuiltIn('tr');

/** The scenario with one more row in a list, as the editor would make it. */
function withRow(path: string, edit: (s: Scenario, row: unknown) => void): Scenario {
  const copy = structuredClone(tr) as Scenario;
  edit(copy, newRow(path, copy));
  return copy;
}

describe('scenario rows', () => {
  it('adds rows that keep the scenario valid', () => {
    const cases: [string, (s: Scenario, row: unknown) => void][] = [
      ['timeline.changes', (s, row) => s.timeline.changes.push(row as never)],
      ['parameters.offending.hazardByMonthsSinceStart', (s, row) => s.parameters.offending.hazardByMonthsSinceStart.push(row as never)],
      ['money.crc.contracts.london.otherBands', (s, row) => s.money.crc.contracts.london.otherBands.push(row as never)],
      ['money.crc.events', (s, row) => s.money.crc.events.push(row as never)],
      ['uncertainty', (s, row) => s.uncertainty.push(row as never)],
    ];
    for (const [path, edit] of cases) expect(validateScenario(withRow(path, edit)), path).toEqual([]);
  });

  it('starts a timeline change on the last change’s date, setting nothing', () => {
    const last = tr.timeline.changes[tr.timeline.changes.length - 1];
    expect(newRow('timeline.changes', tr)).toEqual({ date: last.date, label: 'new change', set: {} });
  });

  it('reshapes rows when their kind changes, keeping what carries over', () => {
    expect(rowKindKey('money.crc.events')).toBe('kind');
    expect(rowKindKey('uncertainty')).toBe('distribution');
    expect(rowKindKey('timeline.changes')).toBeUndefined();
    expect(reshapeRow('money.crc.events', { kind: 'variation', date: '2017-08-01' }, 'termination')).toEqual({ kind: 'termination', date: '2017-08-01', compensationPerCrc: 0 });
    expect(reshapeRow('money.crc.events', { kind: 'termination', date: '2017-08-01', compensationPerCrc: 9 }, 'variation')).toEqual({ kind: 'variation', date: '2017-08-01' });
    const uniform = { path: 'a', distribution: 'uniform', min: 30, max: 60 };
    expect(reshapeRow('uncertainty', uniform, 'normal')).toEqual({ path: 'a', distribution: 'normal', mean: 45, sd: 5 });
    expect(reshapeRow('uncertainty', uniform, 'triangular')).toEqual({ path: 'a', distribution: 'triangular', min: 30, mode: 45, max: 60 });
  });

  it('drops a key without touching the original', () => {
    const set = { ora: true, psrShare: 0.5 };
    expect(withoutKey(set, 'ora')).toEqual({ psrShare: 0.5 });
    expect(set).toEqual({ ora: true, psrShare: 0.5 });
  });
});

describe('scenario issues placed in the editor', () => {
  const fields = editorFields(tr);

  it('puts a field’s issue at the field, a list row’s at the list, an object’s at its group', () => {
    const placed = placeIssues(
      [
        { path: 'parameters.supervision.capacityCasesPerFte', message: 'expected a number greater than 0, got -5' },
        { path: 'timeline.changes[2].date', message: 'expected changes in date order' },
        { path: 'parameters.population.offenceGroups', message: 'shares must sum to 1, they sum to 1.1' },
        { path: '', message: 'not a scenario' },
      ],
      fields,
    );
    expect(placed.map((p) => [p.fieldPath, p.groupId])).toEqual([
      ['parameters.supervision.capacityCasesPerFte', 'supervision'],
      ['timeline.changes', 'timeline'],
      [null, 'entrants'],
      [null, null],
    ]);
    const byField = issuesByField(placed);
    expect(byField.get('timeline.changes')?.[0].message).toBe('expected changes in date order');
    expect(byField.size).toBe(2);
  });

  it('names each issue by its place and counts them', () => {
    expect(issueText({ path: 'parameters.supervision.capacityCasesPerFte', message: 'expected a number greater than 0, got -5' })).toBe(
      'Supervision › capacity cases per FTE: expected a number greater than 0, got -5',
    );
    expect(problemCount(1)).toBe('1 problem');
    expect(problemCount(2)).toBe('2 problems');
  });

  it('finds the real validation issue of an invalid edit at its field', () => {
    const edited = structuredClone(tr) as Scenario;
    edited.parameters.supervision.capacityCasesPerFte = -5;
    const placed = placeIssues(validateScenario(edited), fields);
    expect(placed).toHaveLength(1);
    expect(placed[0]).toMatchObject({ fieldPath: 'parameters.supervision.capacityCasesPerFte', groupId: 'supervision' });
    expect(placed[0].message).toMatch(/greater than 0 and at most 1000, got -5/);
  });
});
