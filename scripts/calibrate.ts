// `npm run calibrate`: the back-cast. Runs the as-happened history over 2005-2023 at several seeds
// and prints, for every published yearly series (scenarios/data/observed/*.csv and the
// sentenced-by-disposal inputs scenarios/data/sentenced-*.csv), the model's mean and 95% interval
// by year against the published value, the MAPE and a verdict; then the point targets of
// model/calibration/targets.ts judged on the mean over the same runs.
// Options: --seeds N (default 5), --scale F (default the scenario's own), --write-docs (regenerate
// the back-cast section of docs/calibration.md and the charts in docs/calibration/).
// Progress goes to stderr. Exits 1 when a point target or an asserted series fails.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareAll, npsShareUnderTr } from '../model/calibration/backcast';
import { checkCalibrationOverSeeds } from '../model/calibration/targets';
import { ENGINE_VERSION } from '../model/index';
import { backcastScenario, backcastSeeds, FIRST_YEAR, LAST_YEAR, runBackcast } from './backcast/runBackcast';
import { loadPublishedSeries } from './backcast/loadSeries';
import { chartSvg } from './backcast/chart';
import { formatValue, seriesText, TARGET_HEADER, targetRows, textTable } from './backcast/report';
import { backcastSection, replaceSection } from './backcast/docsSection';
import { applyEngineV8Flags } from '../cli/v8Tuning';

applyEngineV8Flags();

function option(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = Number(process.argv[i + 1]);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`--${name} needs a positive number, got '${process.argv[i + 1] ?? ''}'`);
    process.exit(2);
  }
  return value;
}

const scenario = backcastScenario();
const seedCount = Math.round(option('seeds') ?? 5);
const scale = option('scale') ?? scenario.simulation.scale;
const seeds = backcastSeeds(scenario, seedCount);
const published = loadPublishedSeries();
const started = performance.now();
const runs = runBackcast(scenario, seeds, scale, (done, total, seed) => {
  const elapsed = ((performance.now() - started) / 1000).toFixed(0);
  process.stderr.write(`run ${done + 1} of ${total} (seed ${seed}, scale ${scale}), ${elapsed} s so far\n`);
});
process.stderr.write(`${runs.length} runs in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);

const { comparisons, unmatched } = compareAll(runs, published);
const targets = checkCalibrationOverSeeds(runs);
const nps = npsShareUnderTr(runs);
for (const c of comparisons) console.log(`${seriesText(c)}\n`);
if (unmatched.length > 0) console.log(`Not compared (no model measure): ${unmatched.join(', ')}\n`);
console.log(`NPS share of the caseload under TR, 2015-2019: ${formatValue(nps.mean, 'share')} (${formatValue(nps.low, 'share')} to ${formatValue(nps.high, 'share')}): reported, not a target\n`);
console.log(textTable(TARGET_HEADER, targetRows(targets), [2]));
const p = runs[0].provenance;
console.log(`\n${targets.filter((t) => t.pass).length} of ${targets.length} point targets pass on the mean of ${runs.length} seeds (${seeds.join(', ')}), scale ${scale}, engine ${p.engineVersion}, scenario hash ${p.scenarioHash}.`);

if (process.argv.includes('--write-docs')) {
  const docs = join(import.meta.dirname, '../docs');
  mkdirSync(join(docs, 'calibration'), { recursive: true });
  for (const c of comparisons) writeFileSync(join(docs, 'calibration', `${c.series.name}.svg`), chartSvg(c, FIRST_YEAR, LAST_YEAR));
  const provenance = {
    engineVersion: ENGINE_VERSION,
    scenarioName: p.scenarioName,
    scenarioHash: p.scenarioHash,
    seeds,
    scale,
    generated: new Date().toISOString().slice(0, 10),
    unmatched,
  };
  const file = join(docs, 'calibration.md');
  writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), backcastSection(provenance, comparisons, targets, nps)));
  process.stderr.write(`wrote docs/calibration.md and ${comparisons.length} charts in docs/calibration/\n`);
}

const failedSeries = comparisons.filter((c) => c.definition.asserted && c.verdict === 'poor');
process.exit(targets.every((t) => t.pass) && failedSeries.length === 0 ? 0 : 1);
