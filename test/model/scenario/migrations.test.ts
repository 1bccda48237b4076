// The migration mechanism: the real steps from version 1 (no money terms) to 2, from 2 (no
// uncertain inputs) to 3, from 3 (no dated values) to 4 and from 4 (no report target of its own)
// to 5, and the mechanism exercised with an injected chain that pretends a
// version 0 (and a version -1) existed before 1.
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, fieldsNewerThan, migrateScenario, oldestSupportedVersion, type Migration, type RawScenario } from '../../../model/scenario/migrations';
import { ScenarioError, restoreScenario, restoreScenarioWith } from '../../../model/scenario/restore';
import { SCENARIO_SCHEMA_VERSION } from '../../../model/scenario/schema';
import { minimalScenario } from '../../fixtures/minimalScenario';
import { scenarioIssuesOf } from '../../helpers/scenarioIssues';

/** A made-up version 0: the scenario was called `title`, had no description, and the seed sat at the top level. */
function versionZeroFile(): RawScenario {
  const { name, description: _description, simulation, ...rest } = versionOneFile();
  const { seed, ...simulationWithoutSeed } = simulation as Record<string, unknown>;
  return { ...rest, schemaVersion: 0, title: name, seed, simulation: simulationWithoutSeed };
}

/** Version 1: version 2 without money terms or service-delivery parameters. */
function versionOneFile(): RawScenario {
  const { money: _money, parameters, ...rest } = versionTwoFile();
  const { serviceDelivery: _serviceDelivery, ...parametersV1 } = parameters as Record<string, unknown>;
  return { ...rest, schemaVersion: 1, parameters: parametersV1 };
}

/** Version 2: version 3 without uncertain inputs. */
function versionTwoFile(): RawScenario {
  const { uncertainty: _uncertainty, ...rest } = versionThreeFile();
  return { ...rest, schemaVersion: 2 };
}

/** Version 3: version 4 without dated values in the timeline or a bid forecast that changes over the contract. */
function versionThreeFile(): RawScenario {
  const { timeline, money, ...rest } = versionFourFile() as ReturnType<typeof minimalScenario>;
  const { values: _values, ...timelineV3 } = timeline;
  const { forecastChangePerContractYear: _change, ...crcV3 } = money.crc;
  return { ...rest, schemaVersion: 3, timeline: timelineV3, money: { ...money, crc: crcV3 } };
}

/** Version 4: as now, without the psrTarget switch or the report target's values. */
function versionFourFile(): RawScenario {
  const { timeline, parameters, ...rest } = minimalScenario();
  const { psrTarget: _switch, ...initialV4 } = timeline.initial;
  const { psrTarget: _target, ...courtV4 } = parameters.court;
  return { ...rest, schemaVersion: 4, timeline: { ...timeline, initial: initialV4 }, parameters: { ...parameters, court: courtV4 } };
}

/** What an older file means today: the minimal scenario with its forecast band held every contract year. */
function upgradedMinimal() {
  const current = minimalScenario();
  return { ...current, money: { ...current.money, crc: { ...current.money.crc, forecastChangePerContractYear: 0 } } };
}

const issuesOf = (file: unknown) => scenarioIssuesOf(() => restoreScenario(file));

const CHAIN_FROM_ZERO = (extra: Migration[]): Migration[] => [...extra, ...MIGRATIONS];

const zeroToOne: Migration = {
  from: 0,
  describe: 'title → name, seed moves into simulation, description added',
  adds: ['name', 'description', 'simulation.seed'],
  migrate: ({ title, seed, simulation, ...rest }) => ({
    ...rest,
    name: title,
    description: '',
    simulation: { ...(simulation as object), seed },
  }),
};

/** An even older made-up version −1, where the seed was called `randomSeed`. */
const minusOneToZero: Migration = {
  from: -1,
  describe: 'randomSeed → seed',
  adds: ['seed'],
  migrate: ({ randomSeed, ...rest }) => ({ ...rest, seed: randomSeed }),
};

describe('the released migration chain', () => {
  it('opens version 1 files: they gain the default money terms and service-delivery parameters', () => {
    expect(SCENARIO_SCHEMA_VERSION).toBe(5);
    expect(oldestSupportedVersion(MIGRATIONS, SCENARIO_SCHEMA_VERSION)).toBe(1);
    // minimalScenario() carries exactly the defaults, so upgrading its version-1 form gives it back.
    expect(restoreScenario(versionOneFile())).toEqual(upgradedMinimal());
  });

  it('opens version 2 files: they gain an empty list of uncertain inputs', () => {
    const file = versionTwoFile();
    expect(file).not.toHaveProperty('uncertainty');
    const restored = restoreScenario(file);
    expect(restored.uncertainty).toEqual([]);
    expect(restored).toEqual(upgradedMinimal());
    expect(restoreScenario(JSON.stringify(file))).toEqual(upgradedMinimal());
  });

  it('opens version 3 files: their timeline gains an empty list of dated values, and they run as before', () => {
    const file = versionThreeFile();
    expect((file.timeline as object)).not.toHaveProperty('values');
    const restored = restoreScenario(file);
    expect(restored.timeline.values).toEqual([]);
    expect(restored.money.crc.forecastChangePerContractYear).toBe(0);
    expect(restored).toEqual(upgradedMinimal());
  });

  it('opens version 4 files: the report target comes in switched off, with the published unified values, and reports follow psrShare as before', () => {
    const file = versionFourFile();
    expect((file.timeline as { initial: object }).initial).not.toHaveProperty('psrTarget');
    const restored = restoreScenario(file);
    expect(restored.timeline.initial.psrTarget).toBe(false);
    expect(restored.parameters.court.psrTarget).toEqual({ share: 0.75, mix: { oral: 0.5, shortWritten: 0.4, standard: 0.1 } });
    expect(restored).toEqual(minimalScenario());
  });

  it('refuses a version-4 file that already has a report target, instead of replacing it', () => {
    const file = { ...versionFourFile(), timeline: minimalScenario().timeline };
    const issues = issuesOf(file);
    expect(issues.map((i) => i.path)).toEqual(['timeline.initial.psrTarget']);
  });

  it('refuses a version-3 file whose timeline carries dated values, instead of dropping them', () => {
    const values = [{ path: 'parameters.population.newEntrantsPerYear', join: 'step', points: [{ date: '2013-01-01', value: 120_000 }], source: 'test' }];
    const file = { ...versionThreeFile(), timeline: { ...(versionFourFile().timeline as object), values } };
    const issues = issuesOf(file);
    expect(issues.map((i) => i.path)).toEqual(['timeline.values']);
    expect(issues[0].message).toMatch(/says schemaVersion 3, but 'timeline.values' came in schema version 4/);
    expect(restoreScenario({ ...file, schemaVersion: 4, money: minimalScenario().money }).timeline.values).toEqual(values);
  });

  it('refuses a version-2 file that carries uncertain inputs, instead of replacing them with none', () => {
    // Upgrading would replace the list: the file asks for uncertainty and would silently get none.
    const uncertainty = [{ path: 'parameters.offending.baseReoffencesPerYear', distribution: 'uniform', min: 0.3, max: 0.34 }];
    const file = { ...versionTwoFile(), uncertainty };
    expect(issuesOf(file)).toEqual([
      {
        path: 'uncertainty',
        message:
          "this file says schemaVersion 2, but 'uncertainty' came in schema version 3: upgrading from 2 would replace it with the default, " +
          "so it is refused rather than lost; if the file was written for version 3 or later, set schemaVersion to match, otherwise remove 'uncertainty'",
      },
    ]);
    // Written for version 3, it opens with its uncertain inputs intact.
    expect(restoreScenario({ ...file, schemaVersion: 3 }).uncertainty).toEqual(uncertainty);
  });

  it('refuses a version-1 file that carries money terms, service delivery and uncertain inputs, naming each', () => {
    const current = minimalScenario();
    const file = { ...current, schemaVersion: 1 };
    expect(issuesOf(file).map((i) => i.path)).toEqual(['money', 'parameters.serviceDelivery', 'uncertainty', 'timeline.values', 'money.crc.forecastChangePerContractYear', 'timeline.initial.psrTarget', 'parameters.court.psrTarget']);
    const moneyOnly = { ...versionOneFile(), money: { ...current.money, discountRatePerYear: 0.1 } };
    const issues = issuesOf(moneyOnly);
    // Today's money terms carry a field of version 4 too.
    expect(issues.map((i) => i.path)).toEqual(['money', 'money.crc.forecastChangePerContractYear']);
    expect(issues[0].message).toMatch(/says schemaVersion 1, but 'money' came in schema version 2/);
  });

  it('says what a failed upgrade from version 1 was doing', () => {
    const broken = { ...versionOneFile(), parameters: 'none' };
    expect(() => restoreScenario(broken)).toThrow(/could not upgrade this file from version 1 to 2 \(adds money terms/);
  });

  it('has no gaps and no duplicate steps', () => {
    const froms = MIGRATIONS.map((m) => m.from).sort((a, b) => a - b);
    expect(new Set(froms).size).toBe(froms.length);
    froms.forEach((from, i) => expect(from).toBe(SCENARIO_SCHEMA_VERSION - froms.length + i));
  });
});

describe('restoreScenarioWith an injected chain', () => {
  it('migrates a version 0 file to the current version, then validates it', () => {
    const restored = restoreScenarioWith(versionZeroFile(), CHAIN_FROM_ZERO([zeroToOne]), SCENARIO_SCHEMA_VERSION);
    expect(restored).toEqual({ ...upgradedMinimal(), description: '' });
    expect(restored.schemaVersion).toBe(SCENARIO_SCHEMA_VERSION);
  });

  it('migrates JSON text the same way', () => {
    const restored = restoreScenarioWith(JSON.stringify(versionZeroFile()), CHAIN_FROM_ZERO([zeroToOne]), SCENARIO_SCHEMA_VERSION);
    expect(restored.name).toBe('Minimal test scenario');
  });

  it('runs the steps in version order, whatever order the list is in', () => {
    const { seed, ...older } = versionZeroFile();
    const file = { ...older, schemaVersion: -1, randomSeed: seed };
    const restored = restoreScenarioWith(file, CHAIN_FROM_ZERO([zeroToOne, minusOneToZero]), SCENARIO_SCHEMA_VERSION);
    expect(restored.simulation.seed).toBe(minimalScenario().simulation.seed);
  });

  it('does not touch the file it was given', () => {
    const file = versionZeroFile();
    const before = JSON.stringify(file);
    restoreScenarioWith(file, CHAIN_FROM_ZERO([zeroToOne]), SCENARIO_SCHEMA_VERSION);
    expect(JSON.stringify(file)).toBe(before);
  });

  it('refuses a version older than the chain reaches, saying which versions it opens', () => {
    const file = { ...versionZeroFile(), schemaVersion: -1 };
    expect(() => restoreScenarioWith(file, CHAIN_FROM_ZERO([zeroToOne]), SCENARIO_SCHEMA_VERSION)).toThrow(ScenarioError);
    try {
      restoreScenarioWith(file, CHAIN_FROM_ZERO([zeroToOne]), SCENARIO_SCHEMA_VERSION);
    } catch (error) {
      expect((error as ScenarioError).issues).toEqual([
        { path: 'schemaVersion', message: 'expected a schema version this app can open (versions 0 to 5), got -1' },
      ]);
    }
  });

  it('reports a failing step as a ScenarioError on schemaVersion', () => {
    const broken: Migration = {
      from: 0,
      describe: 'a step that trips over this file',
      adds: [],
      migrate: () => {
        throw new TypeError('cannot read properties of undefined');
      },
    };
    try {
      restoreScenarioWith(versionZeroFile(), [broken], 1);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScenarioError);
      const [issue] = (error as ScenarioError).issues;
      expect(issue.path).toBe('schemaVersion');
      expect(issue.message).toMatch(/could not upgrade this file from version 0 to 1 \(a step that trips over this file\)/);
    }
  });

  it('validates what a migration produced, naming the field', () => {
    const sloppy: Migration = { from: 0, describe: 'forgets the description', adds: ['name'], migrate: ({ title, ...rest }) => ({ ...rest, name: title }) };
    try {
      restoreScenarioWith(versionZeroFile(), [sloppy], 1);
      expect.unreachable();
    } catch (error) {
      expect((error as ScenarioError).issues.map((i) => i.path)).toContain('description');
    }
  });
});

describe('migrateScenario', () => {
  it('sets schemaVersion after each step, even when a step forgets to', () => {
    const seen: unknown[] = [];
    const step = (from: number): Migration => ({
      from,
      describe: `step ${from}`,
      adds: [],
      migrate: (s) => {
        seen.push(s.schemaVersion);
        return { ...s };
      },
    });
    const result = migrateScenario({ schemaVersion: 3 }, 3, [step(4), step(3), step(5)], 6);
    expect(result).toEqual({ ok: true, value: { schemaVersion: 6 } });
    expect(seen).toEqual([3, 4, 5]);
  });

  it('is a no-op at the current version', () => {
    expect(migrateScenario({ schemaVersion: 1, a: 1 }, 1, [], 1)).toEqual({ ok: true, value: { schemaVersion: 1, a: 1 } });
  });

  it('refuses a step that returns something other than an object', () => {
    const bad: Migration = { from: 0, describe: 'returns a list', adds: [], migrate: () => [] as unknown as RawScenario };
    expect(migrateScenario({ schemaVersion: 0 }, 0, [bad], 1)).toEqual({ ok: false, message: expect.stringMatching(/did not return an object/) });
  });

  it('lists the fields a file has from versions after the one it claims, with the version that brought each', () => {
    expect(fieldsNewerThan({ timeline: { values: [] } }, 3, MIGRATIONS, 4)).toEqual([{ path: 'timeline.values', since: 4 }]);
    expect(fieldsNewerThan({ money: {}, parameters: { serviceDelivery: {} }, uncertainty: [] }, 1, MIGRATIONS, 3)).toEqual([
      { path: 'money', since: 2 },
      { path: 'parameters.serviceDelivery', since: 2 },
      { path: 'uncertainty', since: 3 },
    ]);
    expect(fieldsNewerThan({ money: {}, uncertainty: [] }, 2, MIGRATIONS, 3)).toEqual([{ path: 'uncertainty', since: 3 }]);
    expect(fieldsNewerThan({ parameters: 'none', uncertainty: [] }, 3, MIGRATIONS, 3)).toEqual([]);
  });

  it('finds the oldest version reachable without a gap', () => {
    expect(oldestSupportedVersion(CHAIN_FROM_ZERO([zeroToOne, minusOneToZero]), SCENARIO_SCHEMA_VERSION)).toBe(-1);
    expect(oldestSupportedVersion([minusOneToZero], 1)).toBe(1);
  });
});
