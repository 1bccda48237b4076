// `npm run baselines`: measures each CRC's payment-by-results baseline on the model's own measure
// and writes model/scenario/crcBaselines.ts. The baseline stands for the CRCs' 2011 cohorts: the
// people TR's allocation rule gives a CRC (low or medium RoSH, not MAPPA), in the quarterly cohorts
// of 2012 and 2013 of the `trusts` scenario (before any TR effect), at national scale so that each
// area's rate is measured closely (a CPA's two years hold 10,000 to 90,000 people).
// Options: --seed N (default: the scenario's), --scale F (default 1).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { restoreScenario, runSimulation } from '../model/index';
import { builtInScenarios } from '../scenarios/index';
import type { PbrOutcome } from '../model/runResult';

const BASELINE_QUARTERS = ['2012-01-01', '2013-10-01'] as const;
const OUT = fileURLToPath(new URL('../model/scenario/crcBaselines.ts', import.meta.url));

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
}

const scenario = restoreScenario(builtInScenarios.trusts);
const seed = option('seed', scenario.simulation.seed);
const scale = option('scale', 1);
console.error(`measuring baselines: trusts scenario, seed ${seed}, scale ${scale} …`);
const result = runSimulation(scenario, { seed, scale });
const cohorts = result.areaCohorts.filter((c) => c.quarterStart >= BASELINE_QUARTERS[0] && c.quarterStart <= BASELINE_QUARTERS[1]);
const rows = result.activity.cpas.map((name, cpa) => {
  const pooled: PbrOutcome = { people: 0, reoffenders: 0, reoffences: 0, predicted: 0, sampled: 0 };
  for (const c of cohorts) {
    const o = c.trEligible[cpa];
    pooled.people += o.people;
    pooled.reoffenders += o.reoffenders;
    pooled.reoffences += o.reoffences;
    pooled.predicted += o.predicted;
    pooled.sampled += o.sampled;
  }
  return {
    name,
    binaryRate: round(pooled.reoffenders / pooled.people),
    predictedRate: round(pooled.predicted / pooled.people),
    frequency: round(pooled.reoffences / pooled.reoffenders),
    sampled: pooled.sampled,
  };
});

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

const text = `// Each CRC's payment-by-results baseline, on the model's own measure. The real baselines are the
// CRCs' 2011 cohorts on the official measure (PRS CRC bulletins: 47.5% binary and 4.2 reoffences
// per reoffender nationally, REFERENCE.md); the model measures quarterly cohorts and its rates sit
// lower, so paying against the published figures would pay for a difference of method, not of
// practice. These are the model's own rates for the people TR gives to each CRC (low or medium
// RoSH, not MAPPA), in the 2012-2013 quarterly cohorts of the trusts scenario (before any TR effect),
// at scale ${scale}, seed ${seed}. Written by \`npm run baselines\` (scripts/crc-baselines.ts): do not edit.
// Indexed like CPAS (alphabetical).
export interface CrcBaseline {
  binaryRate: number;
  predictedRate: number;
  frequency: number;
}

export const CRC_BASELINES: readonly CrcBaseline[] = [
${rows.map((r) => `  { binaryRate: ${r.binaryRate}, predictedRate: ${r.predictedRate}, frequency: ${r.frequency} }, // ${r.name} (${r.sampled.toLocaleString('en-GB')} people)`).join('\n')}
];
`;
writeFileSync(OUT, text);
console.error(`wrote ${OUT}`);
for (const r of rows) console.log(`${r.name.padEnd(62)} ${(r.binaryRate * 100).toFixed(1)}%  predicted ${(r.predictedRate * 100).toFixed(1)}%  frequency ${r.frequency.toFixed(2)}  (${r.sampled})`);
