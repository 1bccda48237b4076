// A run's figures must be finite. JSON has no Infinity, so an overflowing figure (a public cost of
// Infinity from a huge workforce) used to be written as null, exactly like a figure that is
// undefined by design (the reoffending rate of an empty cohort, the break-even of a contract never
// in force: NaN), and the command exited 0: a wrong answer that looked like a missing one.
// The rule, in one place for every path that reports a run (sim run, compare, experiment, sweep,
// tornado): a KPI (or a week of a weekly series) that is ±Infinity, or a ledger amount that is not a
// finite number, is an error that names the figure, the scenario, the replication and, where they
// can be named, the inputs that feed it. NaN KPIs stay "undefined": every undefined one is a ratio or a mean over nothing.
// Pure: no engine, no I/O.
import { flattenNumbers } from './flatten';

export interface RunFigures {
  /** The scenario (or variant) label, as the report shows it. */
  scenario: string;
  replication: number;
  /** The run's KPIs: the summary with its `money` branch, nested or already flat. */
  kpis: unknown;
  /** The money ledger, when the caller has it. */
  ledger?: readonly { amount: number; mechanism: string; area: string; period: string }[];
}

/** Shown at most, so that a run gone wrong everywhere still gives a readable message. */
const MAX_LISTED = 5;

/**
 * The scenario inputs behind a KPI, by the KPI's dotted prefix (longest prefix wins): what a user
 * should look at when the figure overflows. Model counts are divided by simulation.scale.
 */
const FEEDS: readonly [prefix: string, inputs: string][] = [
  ['money.publicCost.probation', 'parameters.supervision.workforceFte.*, money.publicCost.probationCostPerFte'],
  ['money.publicCost.prisonPlaces', 'money.publicCost.prisonPlacePerYear, parameters.custody.otherPopulation'],
  ['money.publicCost.reoffending', 'money.publicCost.reoffenceCost.*'],
  ['money.publicCost.commissionedServices', 'money.publicCost.commissionedServicesPerYear.*, money.publicCost.grantsPerYear'],
  ['money.publicCost.crcPayments', 'money.crc.* (contract prices, payment by results, Fee for Use)'],
  ['money.publicCost', 'parameters.supervision.workforceFte.*, money.publicCost.*'],
  ['money.crc', 'money.crc.*'],
  ['money', 'money.*'],
  ['', 'parameters.population.newEntrantsPerYear, simulation.scale'],
];

export function inputsFeeding(kpi: string): string {
  for (const [prefix, inputs] of FEEDS) if (kpi.startsWith(prefix)) return inputs;
  return '';
}

/** Why the run's figures cannot be reported, or undefined when every figure is finite or undefined (NaN). */
export function nonFiniteProblem(run: RunFigures): string | undefined {
  const flat = flattenNumbers(run.kpis);
  const infinite = Object.entries(flat).filter(([, value]) => value === Infinity || value === -Infinity);
  const badLedger = (run.ledger ?? []).filter((entry) => !Number.isFinite(entry.amount));
  if (infinite.length === 0 && badLedger.length === 0) return undefined;
  const where = `scenario "${run.scenario}", replication ${run.replication}`;
  const lines = [`${where} gave a result that is not a finite number, so it is not reported (it would read as missing):`];
  for (const [kpi, value] of infinite.slice(0, MAX_LISTED)) lines.push(`  ${kpi} is ${value} (fed by ${inputsFeeding(kpi)})`);
  if (infinite.length > MAX_LISTED) lines.push(`  … and ${infinite.length - MAX_LISTED} more figures`);
  for (const entry of badLedger.slice(0, MAX_LISTED)) {
    lines.push(`  the ledger's ${entry.mechanism} payment for ${entry.area}, ${entry.period}, is ${entry.amount} (fed by money.*)`);
  }
  if (badLedger.length > MAX_LISTED) lines.push(`  … and ${badLedger.length - MAX_LISTED} more ledger entries`);
  lines.push('check those inputs for values too large to add up');
  return lines.join('\n');
}

/** The first problem among an experiment's outputs (variant by variant, in replication order). */
export function nonFiniteOutputsProblem(
  outputs: readonly (readonly ({ replication: number; kpis: Record<string, number>; series?: Record<string, number[]> } | undefined)[])[],
  labels: readonly string[],
): string | undefined {
  for (let v = 0; v < outputs.length; v += 1) {
    for (const output of outputs[v]) {
      if (output === undefined) continue;
      // Weekly series asked for by the experiment are checked too, as `series.<name>.<week index>`.
      const kpis = output.series === undefined ? output.kpis : { ...output.kpis, series: output.series };
      const problem = nonFiniteProblem({ scenario: labels[v] ?? `variant ${v}`, replication: output.replication, kpis });
      if (problem !== undefined) return problem;
    }
  }
  return undefined;
}
