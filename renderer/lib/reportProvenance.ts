// What the report says about where its figures came from and how uncertain they are. Charts carry
// their provenance as a one-line caption (charts/chartData.ts provenanceLine); the report reads it
// back from each chart it includes, so the statement names the seeds, replications and scenario
// hashes actually behind the pictures, not what the settings would run now.

export interface ChartRunFacts {
  engineVersion: string;
  scenarios: { name: string; hash: string }[];
  seed: number;
  replications: number;
  scale: number;
}

/** The reverse of provenanceLine; null for a caption of another shape. */
export function parseProvenanceLine(line: string): ChartRunFacts | null {
  const match = /^Engine (\S+) · (.*) · seed (\d+) · (\d+) replications? · scale (\S+)$/.exec(line.trim());
  if (!match) return null;
  const scenarios = [...match[2].matchAll(/(.+?) ([0-9a-f]{8,})(?:, |$)/g)].map((m) => ({ name: m[1], hash: m[2] }));
  return { engineVersion: match[1], scenarios, seed: Number(match[3]), replications: Number(match[4]), scale: Number(match[5]) };
}

export interface ViewRuns {
  view: string;
  runs: ChartRunFacts[];
}

const distinct = <T,>(values: T[]): T[] => [...new Set(values)];

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "10 replications, seed 20140601, scale 0.1" (several values listed when charts differ). */
export function runsText(runs: readonly ChartRunFacts[]): string {
  const replications = distinct(runs.map((r) => r.replications));
  const seeds = distinct(runs.map((r) => r.seed));
  const scales = distinct(runs.map((r) => r.scale));
  const reps = replications.length === 1 ? plural(replications[0], 'replication') : `${replications.join(', ')} replications (by chart)`;
  return `${reps}, seed${seeds.length === 1 ? '' : 's'} ${seeds.join(', ')}, scale ${scales.join(', ')}`;
}

/** The uncertainty statement: one paragraph per point, in words a reader outside the team follows. */
export function uncertaintyStatement(views: readonly ViewRuns[], uncertainInputs: readonly string[]): string[] {
  const withRuns = views.filter((v) => v.runs.length > 0);
  const basis =
    withRuns.length > 0
      ? `The charts in this report rest on: ${withRuns.map((v) => `${v.view}, ${runsText(v.runs)}`).join('; ')}.`
      : 'No chart in this report rests on a run yet: run a scenario in the app before exporting to include results.';
  const paragraphs = [
    `Every figure comes from a seeded stochastic simulation: a replication is one possible history of the system under the scenario, and replications differ only in their random numbers. ${basis}`,
    'Where a chart shows an interval or a band, it is the 95% interval of the mean across replications (a t interval) unless its subtitle says otherwise; distributions of money across replications are shown as percentiles (P10, P50, P90). A single replication (as in the Flows diagrams) has no interval: its figures include the noise of that one history. These intervals describe the model’s randomness only; they do not cover doubt about the parameters themselves (listed under Assumptions) or about the model’s structure.',
    'Common random numbers: scenarios compared with each other are run on the same seeds, replication by replication. Each random stream (courts, supervision, reoffending, …) is seeded from the seed, the replication and the stream’s name, so two scenarios see the same draws wherever they do the same thing, and their difference is estimated far more tightly than from independent runs. Differences and their intervals are computed pair by pair.',
    'Reproducibility: the same scenario (identified by its hash), seed, replication, scale and engine version give bit-identical results on any machine, in the desktop app, the browser and the command line.',
  ];
  if (uncertainInputs.length > 0) {
    paragraphs.push(
      `This scenario declares ${plural(uncertainInputs.length, 'uncertain input')} (${uncertainInputs.join(', ')}): each replication draws them afresh from their distributions, so intervals across replications include that uncertainty too.`,
    );
  }
  return paragraphs;
}
