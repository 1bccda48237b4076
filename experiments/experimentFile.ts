// The experiment file: one versioned JSON format (like scenarios) that says which scenarios to run,
// how many replications from which seed, which KPIs to report, and optionally a sweep, a tornado
// or a replication target. The same file drives the CLI (`sim experiment file.json`) and, later,
// the app. restoreExperiment() is the one way in: it caps size and nesting depth, validates strictly
// and names the failing field in every message, as restoreScenario does (the same wording, from
// issueMessages.ts), and throws nothing but ExperimentError.
import { z } from 'zod';
import { describeValue, issueFromZod } from '../model/scenario/issueMessages';
import { nestingMessage, nestingProblem, textNestsDeeper } from '../model/scenario/jsonNesting';
import { ScenarioError, type ScenarioIssue } from '../model/scenario/scenarioError';

export const EXPERIMENT_FORMAT = 'probation-sim/experiment';
export const EXPERIMENT_SCHEMA_VERSION = 1;
const MAX_EXPERIMENT_BYTES = 1024 * 1024;

const overrideValue = z.union([z.number(), z.string(), z.boolean()]);

const scenarioRef = z.union([
  z.string().min(1).max(500),
  z.strictObject({
    /** A built-in name or a scenario file (relative to the experiment file). */
    scenario: z.string().min(1).max(500),
    label: z.string().min(1).max(120).optional(),
    /** Stress-test presets applied in order (experiments/presets.ts). */
    presets: z.array(z.string().min(1).max(60)).max(20).optional(),
    /** Overrides by scenario path, as `--set path=value`. */
    set: z.record(z.string().min(1).max(300), overrideValue).optional(),
  }),
]);

const sweepParameter = z.union([
  z.strictObject({ path: z.string().min(1).max(300), values: z.array(z.number()).min(1).max(1000) }),
  z.strictObject({ path: z.string().min(1).max(300), min: z.number(), max: z.number(), steps: z.number().int().min(2).max(1000).optional() }),
]);

const sweepSchema = z.discriminatedUnion('design', [
  z.strictObject({ design: z.literal('grid'), parameters: z.array(sweepParameter).min(1).max(10) }),
  z.strictObject({ design: z.literal('list'), points: z.array(z.record(z.string().min(1).max(300), z.number())).min(1).max(10_000) }),
  z.strictObject({
    design: z.literal('lhs'),
    parameters: z.array(z.strictObject({ path: z.string().min(1).max(300), min: z.number(), max: z.number() })).min(1).max(50),
    samples: z.number().int().min(2).max(10_000),
    seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
  }),
]);

const tornadoSchema = z.strictObject({
  kpi: z.string().min(1).max(200),
  parameters: z.array(z.strictObject({ path: z.string().min(1).max(300), low: overrideValue, high: overrideValue, label: z.string().max(120).optional() })).max(100),
  presets: z.array(z.string().min(1).max(60)).max(20).optional(),
});

const advisorSchema = z.strictObject({
  kpi: z.string().min(1).max(200),
  /** Stop when the 95% interval's half-width is at most this (in the KPI's units, or a share of its mean when relative). */
  halfWidth: z.number().positive(),
  relative: z.boolean().optional(),
  maxReplications: z.number().int().min(2).max(10_000),
  /** Replications added per round (default 10). */
  batch: z.number().int().min(1).max(1000).optional(),
});

export const experimentSchema = z.strictObject({
  format: z.literal(EXPERIMENT_FORMAT),
  schemaVersion: z.literal(EXPERIMENT_SCHEMA_VERSION),
  name: z.string().min(1).max(120),
  description: z.string().max(5000).optional(),
  scenarios: z.array(scenarioRef).min(1).max(20),
  replications: z.number().int().min(1).max(10_000),
  seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
  workers: z.number().int().min(0).max(64).optional(),
  /** KPIs to report (dotted names; default: all). */
  kpis: z.array(z.string().min(1).max(200)).max(500).optional(),
  /** Weekly series to summarise week by week across replications (names as in model/seriesNames.ts). */
  series: z.array(z.string().min(1).max(200)).max(100).optional(),
  /** Overrides for every scenario, as --scale and --years. */
  scale: z.number().gt(0).max(1).optional(),
  years: z.number().int().min(1).max(30).optional(),
  sweep: sweepSchema.optional(),
  tornado: tornadoSchema.optional(),
  advisor: advisorSchema.optional(),
});

export type Experiment = z.infer<typeof experimentSchema>;
export type ScenarioRef = z.infer<typeof scenarioRef>;
export type SweepSpec = z.infer<typeof sweepSchema>;
export type TornadoSpec = z.infer<typeof tornadoSchema>;
export type AdvisorSpec = z.infer<typeof advisorSchema>;

/** A file that is not a valid experiment: every issue names its field, in the scenario errors' words. */
export class ExperimentError extends Error {
  constructor(readonly issues: ScenarioIssue[]) {
    super(new ScenarioError(issues).message);
    this.name = 'ExperimentError';
  }
}

/**
 * Validates an experiment given as JSON text or as an already-parsed value. For ANY input it
 * returns a fresh, validated Experiment (sharing no object with its input) or throws an
 * ExperimentError; any other exception (a stack overflow, a getter that throws) becomes one.
 */
export function restoreExperiment(raw: unknown): Experiment {
  try {
    return restoreUnguarded(raw);
  } catch (error) {
    if (error instanceof ExperimentError) throw error;
    throw single('', `could not read this experiment file: ${errorText(error)}`);
  }
}

function restoreUnguarded(raw: unknown): Experiment {
  const data = freshJsonValue(raw);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw single('', 'this is not a probation-sim experiment file: expected a JSON object');
  }
  const record = data as Record<string, unknown>;
  if (record.format !== EXPERIMENT_FORMAT) {
    throw single('format', `this is not a probation-sim experiment file: expected "${EXPERIMENT_FORMAT}", got ${describeValue(record.format ?? null)}`);
  }
  if (typeof record.schemaVersion === 'number' && record.schemaVersion > EXPERIMENT_SCHEMA_VERSION) {
    throw single('schemaVersion', `this experiment was made by a newer version of the app (schema version ${record.schemaVersion}; this app reads ${EXPERIMENT_SCHEMA_VERSION}); update to open it`);
  }
  const parsed = experimentSchema.safeParse(data);
  if (!parsed.success) throw new ExperimentError(parsed.error.issues.flatMap((issue) => issueFromZod(issue, data, experimentSchema)));
  const issues = crossFieldIssues(parsed.data);
  if (issues.length > 0) throw new ExperimentError(issues);
  return parsed.data;
}

/** JSON text or a value → a fresh parsed value, size- and nesting-checked before anything recursive reads it. */
function freshJsonValue(raw: unknown): unknown {
  if (typeof raw !== 'string') {
    checkNesting(raw); // before JSON.stringify, which recurses
    return freshJsonValue(JSON.stringify(raw) ?? 'null');
  }
  if (raw.length > MAX_EXPERIMENT_BYTES) throw single('', `this file is ${raw.length} bytes; an experiment file is at most ${MAX_EXPERIMENT_BYTES}`);
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw single('', `this is not JSON: ${errorText(error)}`);
  }
  if (textNestsDeeper(raw)) checkNesting(data); // before zod and the error wording, which recurse; walked only to say where
  return data;
}

function checkNesting(value: unknown): void {
  const problem = nestingProblem(value, MAX_EXPERIMENT_BYTES);
  if (problem !== undefined) throw single('', nestingMessage(problem, 'experiment file'));
}

function single(path: string, message: string): ExperimentError {
  return new ExperimentError([{ path, message }]);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function crossFieldIssues(experiment: Experiment): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const kinds = (['sweep', 'tornado'] as const).filter((k) => experiment[k] !== undefined);
  if (kinds.length > 1) issues.push({ path: 'tornado', message: 'expected either a sweep or a tornado, got both: put each in its own experiment file' });
  if (experiment.tornado && experiment.scenarios.length !== 1) {
    issues.push({ path: 'scenarios', message: `a tornado varies one scenario: expected 1 scenario, got ${experiment.scenarios.length}` });
  }
  if (experiment.sweep && experiment.scenarios.length !== 1) {
    issues.push({ path: 'scenarios', message: `a sweep varies one scenario: expected 1 scenario, got ${experiment.scenarios.length}` });
  }
  const sweep = experiment.sweep;
  if (sweep && sweep.design !== 'list') {
    sweep.parameters.forEach((p, i) => {
      if ('min' in p && p.min > p.max) issues.push({ path: `sweep.parameters[${i}].max`, message: `expected max ≥ min (${p.min}), got ${p.max}` });
    });
  }
  if (experiment.advisor && experiment.advisor.maxReplications < experiment.replications) {
    issues.push({ path: 'advisor.maxReplications', message: `expected at least the starting replications (${experiment.replications}), got ${experiment.advisor.maxReplications}` });
  }
  return issues;
}
