// "sim compare | experiment | sweep | tornado": resolve the variants, run their replications on
// worker threads with common random numbers (progress and an ETA on stderr, Ctrl-C keeps what has
// finished), optionally keep adding replications until a KPI is precise enough, then report each
// KPI per variant with paired differences (and the sweep points or tornado bars) as a table, JSON
// or CSV, with provenance. Results are cached by (engine version, scenario hash, seed,
// replication): in memory for the command, and on disk with --cache DIR. A KPI that is ±Infinity
// (experiments/finiteFigures.ts) stops the command with exit code 2, naming it.
import * as path from 'node:path';
import type { Engine } from '../engine';
import type { CliIO } from '../io';
import type { ExperimentCommand } from '../experimentArgs';
import type { ExperimentProvenance } from '../report';
import { overrideWarnings } from '../overrideWarnings';
import { suggestion } from '../suggestion';
import { InputError, UsageError, withScenarioContext } from '../errors';
import { readScenarioFile } from '../loadScenario';
import { writeFileAtomic } from '../../io/atomicWrite';
import { checkOutputTarget } from '../outputTarget';
import { resolveAttribute, resolveCompare, resolveExperimentFile, type ExperimentModules, type ResolvedExperiment } from '../experimentSetup';
import { experimentProgress } from '../experimentProgress';
import { formatExperiment } from '../format/experimentReport';
import { DiskCache } from '../diskCache';
import type { ExperimentReport } from '../../experiments/report';
import type { ResultCache } from '../../experiments/cache';
import { nonFiniteOutputsProblem } from '../../experiments/finiteFigures';

const DEFAULT_ADVISOR_BATCH = 10;

async function loadModules() {
  const [runner, cache, report, design, presets, tornado, file, inProcess, workers, attribution] = await Promise.all([
    import('../../experiments/runner'),
    import('../../experiments/cache'),
    import('../../experiments/report'),
    import('../../experiments/design'),
    import('../../experiments/presets'),
    import('../../experiments/tornado'),
    import('../../experiments/experimentFile'),
    import('../../experiments/inProcessWorkers'),
    import('../workers/nodeWorkers'),
    import('../../experiments/attribution'),
  ]);
  const setup: ExperimentModules = {
    applyPresets: presets.applyPresets,
    gridDesign: design.gridDesign,
    listDesign: design.listDesign,
    latinHypercube: design.latinHypercube,
    tornadoSpecFromParameters: tornado.tornadoSpecFromParameters,
    tornadoVariants: tornado.tornadoVariants,
    planAttribution: attribution.planAttribution,
  };
  return { runner, cache, report, tornado, file, inProcess, workers, attribution, setup };
}

type Modules = Awaited<ReturnType<typeof loadModules>>;

export async function experimentCommand(command: ExperimentCommand, engine: Engine, io: CliIO): Promise<number> {
  const modules = await loadModules();
  const resolved = await withInputContext(() => resolve(command, engine, modules));
  for (const v of resolved.variants) for (const line of overrideWarnings(engine, v.scenario, command.overrides, resolved.variants.length > 1 ? v.label : undefined)) io.stderr(line);
  for (const f of resolved.fileOverrides) for (const line of overrideWarnings(engine, f.scenario, f.overrides, f.label, 'experiment file')) io.stderr(line);
  if (command.out !== undefined) await checkOutputTarget(command.out, '--out');
  const say = command.quiet ? () => {} : io.stderr;
  const { cache, disk } = cacheFor(command, modules, say);
  say(
    `${resolved.kind} "${resolved.name}": ${resolved.variants.length} variant${resolved.variants.length === 1 ? '' : 's'} × ${resolved.replications} replications, ` +
      `seed ${resolved.seed}${resolved.independentSeeds ? ' (independent seeds per variant)' : ' (common random numbers)'}, ` +
      `${resolved.workers === 0 ? 'in process' : `${resolved.workers} worker${resolved.workers === 1 ? '' : 's'}`}\n`,
  );
  const abort = new AbortController();
  const stopListening = io.onInterrupt?.(() => {
    say('\ninterrupted: stopping the workers; finished replications are kept\n');
    abort.abort();
  });
  try {
    const report = await execute(resolved, modules, { cache, signal: abort.signal, io, quiet: command.quiet, engine });
    const text = formatExperiment(report, provenanceOf(resolved, report, engine, command), command.format);
    if (command.out === undefined) io.stdout(text);
    else {
      await writeFileAtomic(command.out, text);
      say(`wrote ${command.format} to ${command.out} (${Buffer.byteLength(text)} bytes)\n`);
    }
    // The cache only saves time next run: its failure is told once the results are safe, never in their place.
    await disk?.flush().catch((error: unknown) => io.stderr(`warning: the cache was not fully written (${error instanceof Error ? error.message : String(error)}); the results above are complete\n`));
    return report.cancelled ? 130 : 0;
  } finally {
    stopListening?.();
  }
}

async function resolve(command: ExperimentCommand, engine: Engine, modules: Modules): Promise<ResolvedExperiment> {
  if (command.command === 'compare') return resolveCompare(command, engine, modules.setup);
  if (command.command === 'attribute') return resolveAttribute(command, engine, modules.setup);
  const file = command.inputs[0];
  const text = await readScenarioFile(file, 'experiment file');
  let experiment;
  try {
    experiment = modules.file.restoreExperiment(text);
  } catch (error) {
    if (error instanceof modules.file.ExperimentError) throw new InputError(`invalid experiment file ${file}:\n${indent(error.message)}`);
    throw error;
  }
  if (command.command === 'sweep' && !experiment.sweep) throw new UsageError(`${file} has no "sweep": use "sim experiment ${file}" to run it as it is`);
  if (command.command === 'tornado' && !experiment.tornado) throw new UsageError(`${file} has no "tornado": use "sim experiment ${file}" to run it as it is`);
  if (command.presets.length > 0 || command.overrides.length > 0) throw new UsageError('--preset and --set belong in the experiment file for experiment, sweep and tornado');
  return resolveExperimentFile(experiment, file, command, engine, modules.setup);
}

/** Scenario and preset errors say which part of the experiment they came from. */
async function withInputContext<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await withScenarioContext('invalid scenario in the experiment', step);
  } catch (error) {
    if (error instanceof Error && ['PresetError', 'DesignError', 'TornadoError'].includes(error.name)) throw new InputError(error.message);
    throw error;
  }
}

function indent(text: string): string {
  return text.split('\n').map((line) => `  ${line}`).join('\n');
}

function cacheFor(command: ExperimentCommand, modules: Modules, warn: (text: string) => void): { cache: ResultCache; disk?: DiskCache } {
  const memory = new modules.cache.MemoryCache();
  if (command.cache === undefined) return { cache: memory };
  const disk = new DiskCache(path.resolve(command.cache), warn);
  return { cache: new modules.cache.LayeredCache([memory, disk]), disk };
}

interface ExecuteContext {
  cache: ResultCache;
  signal: AbortSignal;
  io: CliIO;
  quiet: boolean;
  engine: Engine;
}

/** Runs the plan (growing it in batches when an advisor asks for precision) and builds the report. */
async function execute(resolved: ResolvedExperiment, modules: Modules, context: ExecuteContext): Promise<ExperimentReport> {
  const advisor = resolved.advisor;
  let replications = resolved.replications;
  for (;;) {
    const plan = { variants: resolved.variants, seed: resolved.seed, replications, independentSeeds: resolved.independentSeeds, series: resolved.series };
    const progress = context.quiet ? undefined : experimentProgress(context.io, resolved.variants.length * replications);
    const result = await modules.runner.runPlan(plan, {
      workers: resolved.workers,
      createWorker: resolved.workers === 0 ? modules.inProcess.inProcessWorkerFactory() : modules.workers.nodeWorkerFactory,
      cache: context.cache,
      signal: context.signal,
      onProgress: progress?.update,
    });
    progress?.finish(result.cancelled);
    const problem = nonFiniteOutputsProblem(result.outputs, resolved.variants.map((variant) => variant.label));
    if (problem !== undefined) throw new InputError(problem);
    const comparisons = modules.report.comparisonsOf(result.outputs, result.completeReplications, resolved.kpis);
    // KPI names are known only once replications have run: a name that matches none is told, never silently left out.
    const { unmatched, known } = modules.report.unmatchedKpisOf(result.outputs, resolved.kpis);
    for (const name of unmatched) {
      context.io.stderr(`warning: the KPI '${name}' matches no KPI of these results${suggestion(name, known)}, so it is left out; the names are listed under "KPI names" in the README\n`);
    }
    const report: ExperimentReport = {
      kind: resolved.kind,
      name: resolved.name,
      variants: modules.report.variantInfo(resolved.variants, result.outputs, resolved.variants.map((_, v) => modules.runner.seedOf(plan, v)), context.engine.hashOf),
      requestedReplications: replications,
      replications: result.completeReplications,
      independentSeeds: resolved.independentSeeds,
      cancelled: result.cancelled,
      comparisons,
      sweepPoints: resolved.sweepPoints,
    };
    if (resolved.attributionGroups) report.attribution = modules.attribution.attributionOf(result.outputs, result.completeReplications, comparisons.map((c) => c.kpi), resolved.attributionGroups);
    if (resolved.series && resolved.series.length > 0) report.series = modules.report.seriesOf(result.outputs, result.completeReplications, resolved.series);
    if (resolved.tornado && resolved.tornadoSpecs) report.tornado = modules.report.tornadoOf(resolved.tornado.kpi, resolved.tornadoSpecs, comparisons);
    if (!advisor) return report;
    const kpi = comparisons.find((c) => c.kpi === advisor.kpi);
    if (!kpi) throw new InputError(`advisor.kpi "${advisor.kpi}" is not a KPI of this experiment (e.g. ${comparisons.slice(0, 3).map((c) => c.kpi).join(', ')})`);
    const achieved = modules.report.precisionOf(kpi, advisor.relative ?? false);
    const reached = achieved <= advisor.halfWidth;
    if (reached || result.cancelled || replications >= advisor.maxReplications) {
      report.advisor = { kpi: advisor.kpi, target: advisor.halfWidth, relative: advisor.relative ?? false, achieved, replications: result.completeReplications, reached };
      return report;
    }
    replications = Math.min(advisor.maxReplications, replications + (advisor.batch ?? DEFAULT_ADVISOR_BATCH));
    if (!context.quiet) context.io.stderr(`advisor: ${advisor.kpi} half-width ${achieved.toPrecision(3)} > ${advisor.halfWidth}; going on to ${replications} replications\n`);
  }
}

function provenanceOf(resolved: ResolvedExperiment, report: ExperimentReport, engine: Engine, command: ExperimentCommand): ExperimentProvenance {
  return {
    cli: 'probation-sim' as const,
    command: command.command,
    engineVersion: engine.ENGINE_VERSION,
    experiment: resolved.name,
    seed: resolved.seed,
    replications: report.replications,
    requestedReplications: report.requestedReplications,
    workers: resolved.workers,
    commonRandomNumbers: !resolved.independentSeeds,
    cancelled: report.cancelled,
    variants: report.variants,
  };
}
