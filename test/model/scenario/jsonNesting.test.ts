// Every file kind refuses data nested deeper than MAX_NESTING_DEPTH before anything recursive reads
// it (restoreExperiment threw a raw RangeError on a `format` nested 10,000 deep), and every loader
// turns any unexpected exception into its own structured error.
import { describe, expect, it } from 'vitest';
import { restoreScenario, ScenarioError } from '../../../model/index';
import { MAX_NESTING_DEPTH, nestingMessage, nestingProblem } from '../../../model/scenario/jsonNesting';
import { ExperimentError, restoreExperiment } from '../../../experiments/experimentFile';
import { restoreStory, StoryError } from '../../../stories/restoreStory';
import { minimalScenario } from '../../fixtures/minimalScenario';

function nested(depth: number, leaf: unknown = 'x'): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

const loaders = [
  { kind: 'scenario', restore: restoreScenario, ErrorType: ScenarioError, format: 'probation-sim/scenario' },
  { kind: 'experiment file', restore: restoreExperiment, ErrorType: ExperimentError, format: 'probation-sim/experiment' },
  { kind: 'story file', restore: restoreStory, ErrorType: StoryError, format: 'probation-sim/story' },
] as const;

function errorOf(step: () => unknown): Error {
  try {
    step();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the input to be refused');
}

describe('nesting depth', () => {
  for (const { kind, restore, ErrorType, format } of loaders) {
    it(`refuses a ${kind} whose format is nested 10,000 deep, as an object and as text, with its own error`, () => {
      const file = { format: nested(10_000), schemaVersion: 1 };
      const text = `{"format":${'['.repeat(10_000)}"x"${']'.repeat(10_000)},"schemaVersion":1}`; // JSON.stringify would overflow here
      for (const input of [file, text]) {
        const error = errorOf(() => restore(input));
        expect(error).toBeInstanceOf(ErrorType);
        expect(error.message).toBe(`this ${kind} nests deeper than ${MAX_NESTING_DEPTH} levels (at format[0][0][0][0][0]…); no ${kind} nests that deep`);
      }
      const shallow = { format, schemaVersion: 1, name: nested(MAX_NESTING_DEPTH - 1) };
      expect(errorOf(() => restore(shallow)).message).not.toMatch(/nests deeper/);
    });

    it(`refuses a ${kind} that refers to itself, and one whose shared lists would take for ever to walk`, () => {
      const cyclic: Record<string, unknown> = { format };
      cyclic.self = cyclic;
      const error = errorOf(() => restore(cyclic));
      expect(error).toBeInstanceOf(ErrorType);
      expect(error.message).toBe(`this ${kind} cannot be read as JSON data: it refers to itself (at self.self.self.self.self.self…)`);
      let wide: unknown = [];
      for (let i = 0; i < 30; i += 1) wide = [wide, wide, wide]; // 3^30 paths through 30 lists
      expect(errorOf(() => restore({ format, schemaVersion: 1, x: wide }))).toBeInstanceOf(ErrorType);
    });

    it(`turns any other exception while reading a ${kind} into its own error`, () => {
      const hostile = {
        format,
        get schemaVersion(): number {
          throw new TypeError('a getter that throws');
        },
      };
      const error = errorOf(() => restore(hostile));
      expect(error).toBeInstanceOf(ErrorType);
      expect(error.message).toMatch(/a getter that throws/);
    });
  }

  it('accepts the deepest real file (a scenario with money bands), and finds the first place too deep', () => {
    expect(restoreScenario(minimalScenario()).name).toBe('Minimal test scenario');
    expect(nestingProblem(minimalScenario(), 1e6)).toBeUndefined();
    expect(nestingProblem({ a: { b: [nested(40)] } }, 1e6)).toEqual({ kind: 'tooDeep', path: 'a.b[0][0][0][0]…' });
    expect(nestingProblem(nested(MAX_NESTING_DEPTH), 1e6)).toBeUndefined(); // 32 lists, one inside the other
    expect(nestingProblem(nested(MAX_NESTING_DEPTH + 1), 1e6)?.kind).toBe('tooDeep');
    expect(nestingProblem(new Array(100).fill(0), 50)).toEqual({ kind: 'tooMany' });
    expect(nestingMessage({ kind: 'tooMany' }, 'scenario')).toMatch(/too large/);
  });
});
