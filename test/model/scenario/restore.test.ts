import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_SCENARIO_BYTES, ScenarioError, restoreScenario } from '../../../model/scenario/restore';
import { SCENARIO_SCHEMA_VERSION } from '../../../model/scenario/schema';
import { minimalScenario } from '../../fixtures/minimalScenario';

type Loose = Record<string, any>;

/** The issues of the ScenarioError that `raw` must cause. */
function issuesOf(raw: unknown): { path: string; message: string }[] {
  try {
    restoreScenario(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as ScenarioError).issues;
  }
  throw new Error('expected a ScenarioError, but the scenario was accepted');
}

/** A valid scenario with one change made by `edit`. */
function edited(edit: (s: Loose) => void): Loose {
  const scenario = minimalScenario() as Loose;
  edit(scenario);
  return scenario;
}

function pathsOf(raw: unknown): string[] {
  return issuesOf(raw).map((issue) => issue.path);
}

describe('restoreScenario: valid input', () => {
  it('accepts the fixture as an object and as JSON text, unchanged', () => {
    const fixture = minimalScenario();
    expect(restoreScenario(fixture)).toEqual(fixture);
    expect(restoreScenario(JSON.stringify(fixture, null, 2))).toEqual(fixture);
  });

  it('returns a deep copy that shares nothing with its input', () => {
    const input = minimalScenario();
    const restored = restoreScenario(input);
    expect(restored).not.toBe(input);
    expect(restored.parameters).not.toBe(input.parameters);
    expect(restored.timeline.changes).not.toBe(input.timeline.changes);
    expect(restored.timeline.changes[0].set).not.toBe(input.timeline.changes[0].set);
    restored.parameters.risk.roshMix.low = 0.99;
    restored.timeline.changes.pop();
    expect(input).toEqual(minimalScenario());
  });

  it('ignores a byte-order mark before the JSON', () => {
    expect(restoreScenario(`\uFEFF${JSON.stringify(minimalScenario())}`).name).toBe('Minimal test scenario');
  });

  it('accepts shares that sum to 1 within 1e-6, and changes inside the warm-up', () => {
    const scenario = edited((s) => {
      s.parameters.risk.roshMix = { low: 0.1, medium: 0.2, high: 0.3, veryHigh: 0.4 + 5e-7 };
      s.simulation.start = '2015-01-01';
      s.simulation.warmupYears = 2;
      s.timeline.changes[0].date = '2013-01-01'; // exactly start minus warm-up
    });
    expect(() => restoreScenario(scenario)).not.toThrow();
  });
});

describe('restoreScenario: not a scenario', () => {
  it.each([
    ['garbage JSON', '{"format": '],
    ['an empty file', '   '],
    ['a list', '[1, 2]'],
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['a function', () => 1],
  ])('refuses %s with a message at the top level', (_, raw) => {
    const issues = issuesOf(raw);
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe('');
    expect(issues[0].message).toMatch(/not a probation-sim scenario/);
  });

  it('reports a JSON syntax error clearly', () => {
    expect(issuesOf('{"a": 1,}')[0].message).toMatch(/not valid JSON/);
  });

  it('refuses another kind of file by its format', () => {
    const issues = issuesOf({ format: 'something-else', schemaVersion: 1 });
    expect(issues).toEqual([{ path: 'format', message: expect.stringMatching(/not a probation-sim scenario file.*"something-else"/) }]);
    expect(issuesOf({ name: 'no format' })[0].message).toMatch(/no 'format' field/);
  });

  it('refuses text over 2 MB and data whose JSON is over 2 MB', () => {
    const big = edited((s) => {
      s.description = 'x'.repeat(MAX_SCENARIO_BYTES);
    });
    expect(issuesOf(JSON.stringify(big))[0].message).toMatch(/too large/);
    expect(issuesOf(big)[0].message).toMatch(/too large/);
    // Multi-byte characters count as the bytes they take in a file.
    expect(issuesOf(`"${'é'.repeat(MAX_SCENARIO_BYTES / 2 + 10)}"`)[0].message).toMatch(/too large/);
  });

  it('refuses values JSON cannot hold', () => {
    expect(issuesOf(edited((s) => (s.simulation.scale = NaN)))[0].message).toMatch(/NaN/);
    expect(issuesOf(edited((s) => (s.simulation.seed = 10n)))[0].message).toMatch(/BigInt/);
    const cyclic = edited((s) => (s.parameters.self = s));
    expect(issuesOf(cyclic)[0].message).toMatch(/cannot be read as JSON/);
  });
});

describe('restoreScenario: versions', () => {
  it('refuses a file made by a newer version', () => {
    const issues = issuesOf(edited((s) => (s.schemaVersion = SCENARIO_SCHEMA_VERSION + 1)));
    expect(issues).toEqual([{ path: 'schemaVersion', message: expect.stringMatching(/newer version of the app.*update to open it/) }]);
  });

  it('refuses a missing or non-integer version', () => {
    expect(pathsOf(edited((s) => delete s.schemaVersion))).toEqual(['schemaVersion']);
    expect(issuesOf(edited((s) => (s.schemaVersion = '1')))[0].message).toMatch(/whole-number schema version, got "1"/);
    expect(pathsOf(edited((s) => (s.schemaVersion = 0.5)))).toEqual(['schemaVersion']);
  });

  it('refuses a version older than any the app can migrate', () => {
    const issues = issuesOf(edited((s) => (s.schemaVersion = 0)));
    expect(issues).toEqual([{ path: 'schemaVersion', message: expect.stringMatching(/can open.*got 0/) }]);
  });
});

describe('restoreScenario: schema errors name the field', () => {
  it('names an unknown key, suggesting a near one', () => {
    const issues = issuesOf(edited((s) => (s.simulation.seeds = 1)));
    expect(issues).toEqual([{ path: 'simulation.seeds', message: "unknown key 'seeds' (did you mean 'seed'?)" }]);
  });

  it('names an unknown key with no near one, listing the valid keys', () => {
    const [issue] = issuesOf(edited((s) => (s.parameters.risk.colour = 'red')));
    expect(issue.path).toBe('parameters.risk.colour');
    expect(issue.message).toBe("unknown key 'colour'; expected one of: roshMix, escalationPerYear, handoverDelayDays");
  });

  it('names an unknown key inside a timeline change', () => {
    expect(pathsOf(edited((s) => (s.timeline.changes[1].set.orra = true)))).toEqual(['timeline.changes[1].set.orra']);
  });

  it('names a field of the wrong type with the type expected', () => {
    expect(issuesOf(edited((s) => (s.simulation.years = 'ten')))).toEqual([
      { path: 'simulation.years', message: 'expected a whole number between 1 and 30, got "ten"' },
    ]);
    expect(issuesOf(edited((s) => (s.timeline.initial.ora = 'yes')))).toEqual([
      { path: 'timeline.initial.ora', message: 'expected true or false, got "yes"' },
    ]);
  });

  it('says what range was expected and what was found', () => {
    expect(issuesOf(edited((s) => (s.parameters.risk.roshMix.low = 1.4)))).toEqual([
      { path: 'parameters.risk.roshMix.low', message: 'expected a number between 0 and 1, got 1.4' },
    ]);
    expect(issuesOf(edited((s) => (s.simulation.scale = 0)))[0].message).toBe('expected a number greater than 0 and at most 1, got 0');
  });

  it('names a missing field', () => {
    expect(issuesOf(edited((s) => delete s.parameters.breach.fixedTermShare))).toEqual([
      { path: 'parameters.breach.fixedTermShare', message: 'this field is missing: expected a number between 0 and 1' },
    ]);
  });

  it('names a bad enum value and a malformed date', () => {
    expect(issuesOf(edited((s) => (s.timeline.initial.operatingModel = 'TR')))[0]).toEqual({
      path: 'timeline.initial.operatingModel',
      message: 'expected one of "trusts", "tr", "unified", got "TR"',
    });
    expect(issuesOf(edited((s) => (s.timeline.changes[2].date = '26/06/2021')))[0]).toEqual({
      path: 'timeline.changes[2].date',
      message: 'expected a date written YYYY-MM-DD, got "26/06/2021"',
    });
  });

  it('lists every issue in the message, one per line, each starting with its path', () => {
    const scenario = edited((s) => {
      s.simulation.seeds = 1;
      s.parameters.risk.roshMix.low = 1.4;
    });
    try {
      restoreScenario(scenario);
      expect.unreachable();
    } catch (error) {
      const { message, issues, name } = error as ScenarioError;
      expect(name).toBe('ScenarioError');
      expect(message.split('\n')).toEqual(issues.map((issue) => `${issue.path}: ${issue.message}`));
      expect(issues).toHaveLength(2);
    }
  });
});

describe('restoreScenario: cross-field rules', () => {
  it.each<[string, (s: Loose) => void, string, RegExp]>([
    ['RoSH mix', (s) => (s.parameters.risk.roshMix.low = 0.25), 'parameters.risk.roshMix', /must sum to 1, they sum to 0\.95$/],
    ['initial PSR mix', (s) => (s.timeline.initial.psrMix.oral = 0.4), 'timeline.initial.psrMix', /sum to 1\.1$/],
    ['PSR mix set by a change', (s) => (s.timeline.changes[2].set.psrMix.standard = 0), 'timeline.changes[2].set.psrMix', /sum to 0\.8$/],
    ['offence groups', (s) => (s.parameters.population.offenceGroups.drugs.share = 0.2), 'parameters.population.offenceGroups', /sum to 1\.05$/],
    ['custody bands', (s) => (s.parameters.court.custodyBands.over4y.share = 0), 'parameters.court.custodyBands', /sum to 0\.9$/],
    [
      'custody band min > max',
      (s) => (s.parameters.court.custodyBands.from12mTo4y.minMonths = 60),
      'parameters.court.custodyBands.from12mTo4y',
      /minMonths ≤ maxMonths, got minMonths 60 and maxMonths 48/,
    ],
    ['community order min > max', (s) => (s.parameters.court.communityOrderMonths.min = 40), 'parameters.court.communityOrderMonths', /min ≤ max/],
    ['suspended order min > max', (s) => (s.parameters.court.suspendedOrderMonths.max = 3), 'parameters.court.suspendedOrderMonths', /min ≤ max/],
    [
      'hazard steps not starting at 0',
      (s) => (s.parameters.offending.hazardByMonthsSinceStart[0].fromMonth = 1),
      'parameters.offending.hazardByMonthsSinceStart[0].fromMonth',
      /start at fromMonth 0, got 1/,
    ],
    [
      'hazard steps not increasing',
      (s) => (s.parameters.offending.hazardByMonthsSinceStart[2].fromMonth = 3),
      'parameters.offending.hazardByMonthsSinceStart[2].fromMonth',
      /greater than the previous step's \(3\), got 3/,
    ],
    ['impossible start date', (s) => (s.simulation.start = '2015-02-30'), 'simulation.start', /real calendar date.*February 2015 has 28 days/],
    ['impossible change date', (s) => (s.timeline.changes[1].date = '2015-02-29'), 'timeline.changes[1].date', /real calendar date/],
    ['change month 13', (s) => (s.timeline.changes[1].date = '2015-13-01'), 'timeline.changes[1].date', /no month 13/],
  ])('%s', (_, edit, path, message) => {
    const issues = issuesOf(edited(edit));
    expect(issues.map((issue) => issue.path)).toEqual([path]);
    expect(issues[0].message).toMatch(message);
  });

  it('accepts 29 February in a leap year and changes on the same day', () => {
    const scenario = edited((s) => {
      s.simulation.start = '2016-02-29';
      s.simulation.warmupYears = 3; // → 2013-02-28
      s.timeline.changes[0].date = '2016-02-29';
      s.timeline.changes[1].date = '2016-02-29';
    });
    expect(restoreScenario(scenario).simulation.start).toBe('2016-02-29');
  });

  it('accepts changes listed out of date order: the engine applies them in date order', () => {
    const outOfOrder = edited((s) => (s.timeline.changes[2].date = '2014-01-01'));
    expect(restoreScenario(outOfOrder).timeline.changes[2].date).toBe('2014-01-01');
  });

  it('accepts a change dated before the run begins: history the run starts from', () => {
    const early = edited((s) => {
      s.simulation.start = '2016-02-29';
      s.simulation.warmupYears = 3;
      s.timeline.changes[0].date = '2013-02-27';
    });
    expect(restoreScenario(early).timeline.changes[0].date).toBe('2013-02-27');
  });

  it('refuses two changes on one date that set a switch to different values, naming both', () => {
    const contradictory = edited((s) => {
      s.timeline.changes[2].date = '2014-06-01';
      s.timeline.changes.splice(1, 1); // keep the dates in order: 2014-06-01, 2014-06-01
    });
    expect(issuesOf(contradictory)).toEqual([
      {
        path: 'timeline.changes[1].set.operatingModel',
        message:
          'contradicts timeline.changes[0] on the same date (2014-06-01): that change sets operatingModel to "tr", this one to "unified"; ' +
          'changes on one day must agree (keep one, or move one to another date)',
      },
    ]);
    const mixes = edited((s) => {
      s.timeline.changes[1] = { date: '2014-06-01', label: 'reports', set: { psrMix: { oral: 0.4, shortWritten: 0.4, standard: 0.2 } } };
      s.timeline.changes[0].set.psrMix = { oral: 0.5, shortWritten: 0.3, standard: 0.2 };
    });
    const [issue] = issuesOf(mixes);
    expect(issue.path).toBe('timeline.changes[1].set.psrMix');
    expect(issue.message).toMatch(/sets psrMix to oral 0.5, shortWritten 0.3, standard 0.2, this one to oral 0.4, shortWritten 0.4, standard 0.2/);
  });

  it('accepts two changes on one date that agree, or set different switches', () => {
    const agreeing = edited((s) => {
      s.timeline.changes[1] = { date: '2014-06-01', label: 'again', set: { operatingModel: 'tr', ora: true, psrMix: { standard: 0.2, oral: 0.5, shortWritten: 0.3 } } };
      s.timeline.changes[0].set.psrMix = { oral: 0.5, shortWritten: 0.3, standard: 0.2 };
    });
    expect(restoreScenario(agreeing).timeline.changes[1].set.ora).toBe(true);
  });

  it('reports every broken rule at once', () => {
    const scenario = edited((s) => {
      s.parameters.risk.roshMix.low = 0.25;
      s.parameters.court.communityOrderMonths.min = 40;
      s.simulation.start = '2015-04-31';
    });
    expect(pathsOf(scenario).sort()).toEqual(['parameters.court.communityOrderMonths', 'parameters.risk.roshMix', 'simulation.start']);
  });
});

// ---- fuzzing: any input gives a Scenario or a ScenarioError, never another error ------------------

function expectOnlyScenarioError(raw: unknown): void {
  try {
    restoreScenario(raw);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(typeof issue.path).toBe('string');
      expect(issue.message.length).toBeGreaterThan(0);
    }
  }
}

/** Every place in the fixture (objects and leaves), as key paths. */
function placesOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => placesOf((value as Loose)[key], [...prefix, key]))];
}

const places = placesOf(minimalScenario()).filter((p) => p.length > 0);

type Mutation = { place: number; kind: 'replace' | 'delete' | 'add'; value: unknown; key: string };

function mutate(mutations: Mutation[]): Loose {
  const scenario = minimalScenario() as Loose;
  for (const { place, kind, value, key } of mutations) {
    const keys = places[place % places.length];
    let parent: any = scenario;
    for (const k of keys.slice(0, -1)) {
      if (typeof parent !== 'object' || parent === null) break;
      parent = parent[k];
    }
    if (typeof parent !== 'object' || parent === null) continue;
    const last = keys[keys.length - 1];
    if (kind === 'replace') parent[last] = value;
    else if (kind === 'delete') delete parent[last];
    else if (typeof parent[last] === 'object' && parent[last] !== null) parent[last][key] = value;
  }
  return scenario;
}

const mutation = fc.record({
  place: fc.nat(),
  kind: fc.constantFrom<Mutation['kind']>('replace', 'delete', 'add'),
  value: fc.oneof(fc.jsonValue(), fc.double(), fc.integer(), fc.constantFrom(0, 1, -1, 0.5, '', '2015-02-30', null)),
  key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'seed', 'share')),
});

describe('restoreScenario: never throws anything but ScenarioError', () => {
  it('for arbitrary JSON values and JSON text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectOnlyScenarioError(value)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => expectOnlyScenarioError(text)),
      { numRuns: 300 },
    );
  });

  it('for arbitrary JavaScript values', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }), (value) =>
        expectOnlyScenarioError(value),
      ),
      { numRuns: 300 },
    );
  });

  it('for mutated valid scenarios, as objects and as text; what it accepts round-trips', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const scenario = mutate(mutations);
        expectOnlyScenarioError(scenario);
        expectOnlyScenarioError(JSON.stringify(scenario));
        let restored: unknown;
        try {
          restored = restoreScenario(scenario);
        } catch {
          return;
        }
        expect(restoreScenario(JSON.stringify(restored))).toEqual(restored);
      }),
      { numRuns: 500 },
    );
  });

  it('for mutated valid scenarios cut short or corrupted as text', () => {
    const text = JSON.stringify(minimalScenario());
    fc.assert(
      fc.property(fc.nat({ max: text.length }), fc.string({ maxLength: 3 }), (at, insert) =>
        expectOnlyScenarioError(text.slice(0, at) + insert + text.slice(at + 1)),
      ),
      { numRuns: 300 },
    );
  });

  it('for absurdly nested data', () => {
    expectOnlyScenarioError('['.repeat(200_000) + ']'.repeat(200_000));
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expectOnlyScenarioError(deep);
  });
});

describe('multipliers the offending clock relies on', () => {
  // The clock draws at the highest hazard and thins later, so needs may only raise it and
  // interventions and supervision only lower it; anything else would bias results silently.
  const rejects = (mutate: (s: ReturnType<typeof minimalScenario>) => void, path: string) => {
    const scenario = minimalScenario();
    mutate(scenario);
    try {
      restoreScenario(scenario);
      expect.fail(`expected ${path} to be refused`);
    } catch (error) {
      expect(error).toBeInstanceOf(ScenarioError);
      expect((error as ScenarioError).issues.map((i) => i.path)).toContain(path);
    }
  };

  it('refuses a need that lowers the hazard', () => {
    rejects((s) => (s.parameters.population.needs.substance.hazardMultiplier = 0.9), 'parameters.population.needs.substance.hazardMultiplier');
  });

  it('refuses an intervention or supervision that raises it', () => {
    rejects((s) => (s.parameters.interventions.finance.hazardMultiplier = 1.1), 'parameters.interventions.finance.hazardMultiplier');
    rejects((s) => (s.parameters.supervision.hazardMultiplierAtFullQuality = 1.2), 'parameters.supervision.hazardMultiplierAtFullQuality');
  });
});
