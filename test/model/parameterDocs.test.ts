// Every value a scenario carries is documented (unit, source, meaning: the issue's "every parameter
// has units and names its source"), and docs/parameters.md is what `npm run docs` writes now.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { restoreScenario } from '../../model/index';
import { parameterDocs } from '../../model/scenario/parameterDocs';
import { docFor, leafPaths } from '../../model/scenario/parameterDocLookup';
import { moneyDocs } from '../../model/scenario/moneyDocs';
import { builtInScenarios } from '../../scenarios/index';
import { PARAMETERS_DOC_PATH, renderParametersDoc } from '../../scripts/docs-parameters';

const DOCUMENTED_ROOTS = ['parameters', 'timeline', 'simulation', 'money'] as const;

function documentedLeafPaths(raw: unknown): string[] {
  const scenario = restoreScenario(raw);
  return DOCUMENTED_ROOTS.flatMap((root) => leafPaths(scenario[root], root));
}

describe('parameter documentation', () => {
  it('covers every leaf of every built-in scenario with a unit, a description and a source', () => {
    const problems: string[] = [];
    for (const [name, raw] of Object.entries(builtInScenarios)) {
      for (const path of documentedLeafPaths(raw)) {
        const entry = docFor(path);
        if (entry === undefined) problems.push(`${name}: ${path} has no entry in model/scenario/parameterDocs.ts (money terms: moneyDocs.ts)`);
        else if (!entry.unit.trim() || !entry.description.trim() || !entry.source.trim()) problems.push(`${name}: ${path} has an empty field`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('names a source that matches its basis', () => {
    for (const [key, entry] of Object.entries(parameterDocs)) {
      if (entry.basis === 'reference') expect(entry.source, key).toMatch(/REFERENCE\.md ›/);
      if (entry.basis === 'assumption') expect(entry.source, key).toMatch(/^assumption/);
      if (entry.basis === 'calibrated') expect(entry.source, key).toMatch(/^calibrated: tuned so that.*\(see docs\/calibration\.md\)/);
    }
  });

  it('has no entry that matches nothing in the built-in scenarios (stale keys)', () => {
    const paths = Object.values(builtInScenarios).flatMap(documentedLeafPaths);
    const used = new Set(paths.map((path) => docFor(path)));
    const unused = Object.entries(parameterDocs)
      .filter(([key, entry]) => !used.has(entry) && key !== 'timeline.changes[]' && key !== 'timeline.changes[].set' && key !== 'timeline.values[]')
      .map(([key]) => key);
    expect(unused).toEqual([]);
  });
});

describe('docFor and leafPaths', () => {
  it('resolves wildcards and indices, preferring exact keys', () => {
    expect(docFor('parameters.population.offenceGroups.violence.share')).toBe(parameterDocs['parameters.population.offenceGroups.*.share']);
    expect(docFor('parameters.population.offenceGroups.sexual.mappaShare')).toBe(parameterDocs['parameters.population.offenceGroups.sexual.mappaShare']);
    expect(docFor('parameters.offending.hazardByMonthsSinceStart[3].multiplier')).toBe(
      parameterDocs['parameters.offending.hazardByMonthsSinceStart[].multiplier'],
    );
    expect(docFor('timeline.changes[2].set.psrMix.oral')).toBe(parameterDocs['timeline.initial.psrMix.oral']);
    expect(docFor('money.crc.contracts.london.otherBands[1].pricePerUnit')).toBe(moneyDocs['money.crc.contracts.*.otherBands[].pricePerUnit']);
    expect(docFor('money.crc.serviceLevels.sentencePlan.withinWorkingDays')).toBe(parameterDocs['money.crc.serviceLevels.*.withinWorkingDays']);
    expect(docFor('parameters.serviceDelivery.undeliveredOrderShare')).toBe(moneyDocs['parameters.serviceDelivery.undeliveredOrderShare']);
    expect(docFor('parameters.population.offenceGroups.violence.extra.share')).toBeUndefined();
    expect(docFor('parameters.nothing')).toBeUndefined();
  });

  it('lists leaves in order, lists as [], without repeats', () => {
    expect(leafPaths({ a: 1, b: { c: [{ d: 1, e: 2 }, { d: 3, e: 4 }], f: [] }, g: {} }, 'x')).toEqual([
      'x.a',
      'x.b.c[].d',
      'x.b.c[].e',
      'x.b.f[]',
      'x.g',
    ]);
    expect(leafPaths({ a: [1, 2] }, '')).toEqual(['a[]']);
  });
});

describe('docs/parameters.md', () => {
  it('is what `npm run docs` writes now', () => {
    const onDisk = readFileSync(PARAMETERS_DOC_PATH, 'utf8');
    expect(onDisk, 'docs/parameters.md is out of date: run `npm run docs` and commit the result').toBe(renderParametersDoc());
  });
});
