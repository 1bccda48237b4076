// The experiment file: the shipped examples are valid, and a malformed file gets errors that name
// the field, say what was expected and what was found (the same wording as scenario errors).
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExperimentError, restoreExperiment } from '../../experiments/experimentFile';

const examples = path.resolve(import.meta.dirname, '../../experiments/examples');

function valid(): Record<string, unknown> {
  return { format: 'probation-sim/experiment', schemaVersion: 1, name: 'test', scenarios: ['tr', 'unified'], replications: 5 };
}

function issuesOf(raw: unknown): { path: string; message: string }[] {
  try {
    restoreExperiment(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(ExperimentError);
    return (error as ExperimentError).issues;
  }
  throw new Error('expected the experiment to be refused');
}

describe('restoreExperiment', () => {
  it('accepts every example shipped in experiments/examples', () => {
    const files = readdirSync(examples).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) expect(() => restoreExperiment(readFileSync(path.join(examples, file), 'utf8')), file).not.toThrow();
  });

  it('names the field and says what was wrong', () => {
    expect(issuesOf({ ...valid(), replications: 0 })).toEqual([{ path: 'replications', message: 'expected a whole number between 1 and 10000, got 0' }]);
    const { replications: _r, ...missing } = valid();
    expect(issuesOf(missing)[0]).toMatchObject({ path: 'replications', message: expect.stringMatching(/missing/) });
    expect(issuesOf({ ...valid(), replicatons: 5 })).toContainEqual({ path: 'replicatons', message: expect.stringMatching(/unknown key 'replicatons' \(did you mean 'replications'\?\)/) });
    expect(issuesOf({ ...valid(), scenarios: [] })[0]).toMatchObject({ path: 'scenarios' });
    expect(issuesOf({ ...valid(), scenarios: ['tr'], sweep: { design: 'cube', parameters: [] } })[0]).toMatchObject({ path: 'sweep.design' });
    expect(issuesOf({ ...valid(), scenarios: ['tr'], sweep: { design: 'grid', parameters: [{ path: 'a', min: 3, max: 1 }] } })).toEqual([
      { path: 'sweep.parameters[0].max', message: 'expected max ≥ min (3), got 1' },
    ]);
  });

  it('refuses a sweep or tornado over more than one scenario, and both at once', () => {
    const sweep = { design: 'list', points: [{ 'parameters.custody.releaseFraction': 0.5 }] };
    expect(issuesOf({ ...valid(), sweep })).toEqual([{ path: 'scenarios', message: 'a sweep varies one scenario: expected 1 scenario, got 2' }]);
    const tornado = { kpi: 'money.crc.profitPerYear', parameters: [] };
    expect(issuesOf({ ...valid(), scenarios: ['tr'], sweep, tornado })[0].message).toMatch(/either a sweep or a tornado, got both/);
  });

  it('says plainly when the file is not an experiment, is newer, or is not JSON', () => {
    expect(issuesOf({ ...valid(), format: 'probation-sim/scenario' })[0]).toMatchObject({ path: 'format', message: expect.stringMatching(/not a probation-sim experiment file/) });
    expect(issuesOf({ ...valid(), schemaVersion: 2 })[0].message).toMatch(/newer version of the app/);
    expect(issuesOf('{ not json')[0].message).toMatch(/not JSON/);
    expect(issuesOf([1, 2])[0].message).toMatch(/expected a JSON object/);
  });

  it('checks the advisor against the replications it starts from', () => {
    const advisor = { kpi: 'caseload.total', halfWidth: 100, maxReplications: 3 };
    expect(issuesOf({ ...valid(), advisor })).toEqual([{ path: 'advisor.maxReplications', message: 'expected at least the starting replications (5), got 3' }]);
  });
});
