// "sim run": load a scenario, apply overrides in order, run R replications with one master seed,
// turn each run into money (the summary gains `money.*`), aggregate the summaries and write the
// report, and with --ledger every money entry as CSV. Replications run one after another in
// replication order and only their summaries (and ledger rows, when asked for) are kept. A figure
// that is not a finite number (an overflow, experiments/finiteFigures.ts) stops the command with
// exit code 2, naming it.
import type { RunCommand } from '../runArgs';
import { writeFileAtomic } from '../../io/atomicWrite';
import { checkOutputTarget } from '../outputTarget';
import type { Engine } from '../engine';
import { InputError, withScenarioContext } from '../errors';
import { nonFiniteProblem } from '../../experiments/finiteFigures';
import { formatCsv } from '../format/csv';
import { formatJson } from '../format/json';
import { ledgerHeader, ledgerRows } from '../format/ledgerCsv';
import { formatTable } from '../format/table';
import { printable } from '../../formats/textInput';
import { aggregateSummaries } from '../kpis';
import { loadScenario } from '../loadScenario';
import { overrideWarnings } from '../overrideWarnings';
import { createProgress, silentProgress, type ProgressSink } from '../progress';
import type { CliProvenance, Report, ReplicationProvenance } from '../report';
import type { CliIO } from '../io';
import type { Scenario } from '../../model/index';

export async function runCommand(command: RunCommand, engine: Engine, io: CliIO): Promise<number> {
  let scenario = await withScenarioContext(`invalid scenario ${command.scenario}`, () => loadScenario(command.scenario, engine));
  for (const { path: parameterPath, value } of command.overrides) {
    scenario = withScenarioContext(`cannot apply override ${parameterPath}=${value}`, () =>
      engine.applyOverride(scenario, parameterPath, value),
    );
  }
  for (const line of overrideWarnings(engine, scenario, command.overrides)) io.stderr(line);
  if (command.out !== undefined) await checkOutputTarget(command.out, '--out');
  if (command.ledger !== undefined) await checkOutputTarget(command.ledger, '--ledger');
  if (command.money !== undefined) await checkOutputTarget(command.money, '--money');
  const seed = command.seed ?? scenario.simulation.seed;
  const say = command.quiet ? () => {} : io.stderr;
  say(
    `running "${printable(scenario.name)}": ${command.replications} replication${command.replications === 1 ? '' : 's'}, ` +
      `seed ${seed}, scale ${scenario.simulation.scale}, ${scenario.simulation.years} years ` +
      `(+${scenario.simulation.warmupYears} warm-up)\n`,
  );
  const progress = command.quiet
    ? silentProgress
    : createProgress({ replications: command.replications, write: io.stderr, isTTY: io.stderrIsTTY, now: io.now });
  const { summaries, runs, ledger, moneyReports } = runReplications(scenario, seed, command, engine, progress);
  const report: Report = {
    kpis: aggregateSummaries(summaries),
    provenance: provenanceOf(scenario, seed, command, runs, engine),
  };
  if (command.ledger !== undefined) {
    const text = ledgerHeader(report.provenance, scenario.money?.priceYear) + ledger.join('');
    await writeFileAtomic(command.ledger, text);
    say(`wrote the ledger to ${command.ledger} (${Buffer.byteLength(text)} bytes)\n`);
  }
  if (command.money !== undefined) {
    const text = `${JSON.stringify({ provenance: report.provenance, replications: moneyReports }, finiteOrNull)}\n`;
    await writeFileAtomic(command.money, text);
    say(`wrote the money report to ${command.money} (${Buffer.byteLength(text)} bytes)\n`);
  }
  const text = render(report, command.format);
  if (command.out === undefined) {
    io.stdout(text);
  } else {
    await writeFileAtomic(command.out, text);
    say(`wrote ${command.format} to ${command.out} (${Buffer.byteLength(text)} bytes)\n`);
  }
  return 0;
}

/** JSON has no NaN or Infinity: an undefined figure (e.g. no break-even in range) is written null. */
function finiteOrNull(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}

function runReplications(scenario: Scenario, seed: number, command: RunCommand, engine: Engine, progress: ProgressSink) {
  const summaries: unknown[] = [];
  const runs: ReplicationProvenance[] = [];
  const ledger: string[] = [];
  const moneyReports: unknown[] = [];
  try {
    for (let replication = 0; replication < command.replications; replication++) {
      let lastDate = '';
      const result = engine.runSimulation(scenario, {
        seed,
        replication,
        onProgress: (p) => {
          lastDate = p.date;
          progress.update(replication, p.fraction, p.date);
        },
      });
      progress.update(replication, 1, lastDate);
      const money = engine.money(result, scenario);
      const summary = { ...(engine.summarize(result) as object), money: money.summary };
      const problem = nonFiniteProblem({ scenario: scenario.name, replication, kpis: summary, ledger: money.ledger });
      if (problem !== undefined) throw new InputError(problem);
      summaries.push(summary);
      if (command.ledger !== undefined) ledger.push(ledgerRows(replication, money.ledger));
      if (command.money !== undefined) moneyReports.push({ replication, ...money.report });
      const { engineVersion, scenarioName, scenarioHash, seed: runSeed, replication: runReplication, scale } = result.provenance;
      runs.push({ engineVersion, scenarioName, scenarioHash, seed: runSeed, replication: runReplication, scale });
    }
  } catch (error) {
    progress.abort();
    throw error;
  }
  progress.finish();
  return { summaries, runs, ledger, moneyReports };
}

function provenanceOf(
  scenario: Scenario,
  seed: number,
  command: RunCommand,
  runs: ReplicationProvenance[],
  engine: Engine,
): CliProvenance {
  return {
    engineVersion: runs[0]?.engineVersion ?? engine.ENGINE_VERSION,
    scenarioName: scenario.name,
    scenarioHash: runs[0]?.scenarioHash ?? engine.hashOf(scenario),
    seed,
    replications: command.replications,
    scale: scenario.simulation.scale,
    years: scenario.simulation.years,
    overrides: command.overrides.map((o) => ({ ...o })),
    runs,
    cli: 'probation-sim',
  };
}

function render(report: Report, format: RunCommand['format']): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'csv':
      return formatCsv(report);
    case 'table':
      return formatTable(report);
  }
}
