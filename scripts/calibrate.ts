// `npm run calibrate`: the as-happened scenario against every calibration target of REFERENCE.md,
// with tolerance and pass or fail. Options: --seed N, --scale F (defaults: the scenario's own).
// Exits 1 when a target fails, so it can gate CI.
import { runSimulation, restoreScenario } from '../model/index';
import { checkCalibration } from '../model/calibration/targets';
import { builtInScenarios } from '../scenarios/index';

function option(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = Number(process.argv[i + 1]);
  if (!Number.isFinite(value)) {
    console.error(`--${name} needs a number, got '${process.argv[i + 1] ?? ''}'`);
    process.exit(2);
  }
  return value;
}

const scenario = restoreScenario(builtInScenarios['as-happened']);
const seed = option('seed') ?? scenario.simulation.seed;
const scale = option('scale') ?? scenario.simulation.scale;
const result = runSimulation(scenario, { seed, scale });
const rows = checkCalibration(result);

const format = (value: number, unit: string) =>
  !Number.isFinite(value) ? '—' : unit === 'share' ? `${(value * 100).toFixed(1)}%` : unit === 'count' ? Math.round(value).toLocaleString('en-GB') : value.toFixed(2);
const table = rows.map((r) => [
  r.pass ? 'pass' : 'FAIL',
  r.target.id,
  format(r.value, r.target.unit),
  `${format(r.target.target, r.target.unit)} ± ${format(r.target.tolerance, r.target.unit)}`,
  r.target.source,
]);
const header = ['', 'target', 'model', 'published ± tolerance', 'source'];
const widths = header.map((h, c) => Math.max(h.length, ...table.map((row) => row[c].length)));
const line = (cells: string[]) => cells.map((cell, c) => (c === 2 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
const failed = rows.filter((r) => !r.pass).length;
const p = result.provenance;
console.log(`\n${rows.length - failed} of ${rows.length} targets pass. Scenario ${p.scenarioName} (hash ${p.scenarioHash}), seed ${p.seed}, replication ${p.replication}, scale ${p.scale}, engine ${p.engineVersion}.`);
process.exit(failed === 0 ? 0 : 1);
