// The editor's grouping: every leaf of every built-in scenario lands in exactly one stage of the
// pathway, none in "Other"; lists are one field (a table) each; CRCs split into their own parts.
import { describe, expect, it } from 'vitest';
import { builtInScenarioNames, loadBuiltIn } from '../../renderer/engine';
import { editorFields, groupFields, groupOf, groupsClaiming, groupById, parentPath, partOf } from '../../renderer/lib/parameterGroups';
import { joinPath } from '../../renderer/lib/parameterLabels';

/** Every leaf path of a value, indices included (`timeline.changes[2].set.ora`). */
function leaves(value: unknown, keys: (string | number)[] = []): string[] {
  if (Array.isArray(value)) return value.length === 0 ? [joinPath(keys)] : value.flatMap((v, i) => leaves(v, [...keys, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, [...keys, k]));
  return [joinPath(keys)];
}

describe('parameter groups', () => {
  for (const name of builtInScenarioNames) {
    it(`places every leaf of ${name} in exactly one group, none in Other`, () => {
      const scenario = loadBuiltIn(name);
      const fields = editorFields(scenario);
      const unplaced: string[] = [];
      for (const leaf of leaves(scenario)) {
        const owners = fields.filter((f) => f.path === leaf || (f.kind === 'list' && (leaf.startsWith(`${f.path}[`) || leaf === f.path)));
        expect(owners, leaf).toHaveLength(1);
        const claims = groupsClaiming(owners[0].path);
        if (claims.length !== 1) unplaced.push(`${leaf}: ${claims.join(', ') || 'no group'}`);
      }
      expect(unplaced).toEqual([]);
      expect(groupFields(fields).map((g) => g.group.id)).not.toContain('other');
    });
  }

  it('keeps lists whole and values single', () => {
    const fields = editorFields(loadBuiltIn('tr'));
    expect(fields).toContainEqual({ path: 'timeline.changes', kind: 'list' });
    expect(fields).toContainEqual({ path: 'parameters.offending.hazardByMonthsSinceStart', kind: 'list' });
    expect(fields).toContainEqual({ path: 'parameters.supervision.capacityCasesPerFte', kind: 'value' });
    expect(fields.some((f) => f.path.startsWith('timeline.changes['))).toBe(false);
  });

  it('puts parameters where they act on the pathway', () => {
    expect(groupOf('parameters.population.offenceGroups.violence.share')).toBe('entrants');
    expect(groupOf('parameters.population.offenceGroups.violence.custodyLogOdds')).toBe('courts');
    expect(groupOf('parameters.population.offenceGroups.sexual.mappaShare')).toBe('allocation');
    expect(groupOf('parameters.risk.escalationPerYear')).toBe('escalation');
    expect(groupOf('parameters.supervision.capacityCasesPerFte')).toBe('supervision');
    expect(groupOf('money.crc.contracts.london.baseline.binaryRate')).toBe('moneyContracts');
    expect(groupOf('not.a.field')).toBe('other');
  });

  it('splits the CRC contracts by area and finds a field’s parent', () => {
    const group = groupById('moneyContracts');
    expect(partOf(group, 'money.crc.contracts.london.staffFte.probationOfficer')).toBe('london');
    expect(partOf(groupById('supervision'), 'parameters.supervision.capacityCasesPerFte')).toBe('');
    expect(parentPath('parameters.supervision.workforceFte.crc')).toBe('parameters.supervision.workforceFte');
  });
});

describe('parameter filter', () => {
  it('finds a field by every word typed, in its name, path or documentation', async () => {
    const { filterWords, matchesFilter, searchTextOf } = await import('../../renderer/lib/parameterFilter');
    const { parameterDoc } = await import('../../renderer/engine');
    const { pathLabel } = await import('../../renderer/lib/parameterLabels');
    const path = 'parameters.supervision.capacityCasesPerFte';
    const text = searchTextOf(path, pathLabel(path), parameterDoc(path));
    expect(matchesFilter(text, filterWords('Capacity  FTE'))).toBe(true);
    expect(matchesFilter(text, filterWords('supervision weighted'))).toBe(true);
    expect(matchesFilter(text, filterWords('capacity recall'))).toBe(false);
    expect(filterWords('   ')).toEqual([]);
    expect(matchesFilter(text, [])).toBe(true);
  });
});
