// `npm run bench`: the engine at national scale (scale 1, the as-happened scenario: 12 reported
// years after its warm-up), one replication, then the money of that run. Reports wall time,
// events per second, peak memory and where the time goes (warm-up against reported years; with
// --profile, the busiest functions). Then the experiments section (benchExperiments.ts):
// replications in parallel and what common random numbers buy. The machine is shared and noisy,
// so every time is also given as a ratio to a fixed reference workload measured in the same run.
// Options: --scale F (default 1), --profile, --section engine|experiments|paired|all (default all:
// engine and experiments). --section paired (scripts/benchPaired.ts) measures the variance of the
// paired difference unified − tr over replications on common seeds (--replications N, default 20;
// --paired-scale F, default 0.02). --v8-defaults: run on V8's own flags, not the engine's
// (experiments/v8Tuning.ts), to measure what they buy.
import { Session } from 'node:inspector';
import { runSimulation, restoreScenario } from '../model/index';
import { builtInScenarios } from '../scenarios/index';
import { computeMoney, summarizeMoney } from '../finance/index';
import { benchExperiments } from './benchExperiments';
import { benchPaired } from './benchPaired';
import { RandomStream } from '../model/random/randomStream';
import { parseIsoDate } from '../model/calendar/dates';
import { applyEngineV8Flags } from '../cli/v8Tuning';
import { ENGINE_V8_FLAGS } from '../experiments/v8Tuning';

const scaleIndex = process.argv.indexOf('--scale');
const scale = scaleIndex >= 0 ? Number(process.argv[scaleIndex + 1]) : 1;
const profile = process.argv.includes('--profile');
// --section engine | experiments | paired | all (default: engine and experiments): the experiments section takes a few minutes.
const sectionIndex = process.argv.indexOf('--section');
const section = sectionIndex >= 0 ? process.argv[sectionIndex + 1] : 'all';
const v8Defaults = process.argv.includes('--v8-defaults');
if (!v8Defaults) applyEngineV8Flags();

/** A fixed workload like the engine's inner loop: random draws and scattered typed-array writes. */
function referenceMs(): number {
  const stream = new RandomStream(1, 0, 'reference');
  const cells = new Float64Array(1 << 22);
  const start = performance.now();
  for (let i = 0; i < 5_000_000; i++) cells[stream.nextUint32() & (cells.length - 1)] += stream.exponential();
  return performance.now() - start;
}

async function startProfiler(): Promise<Session | undefined> {
  if (!profile) return undefined;
  const session = new Session();
  session.connect();
  const post = (method: string) => new Promise((resolve, reject) => session.post(method, (e, r) => (e ? reject(e) : resolve(r))));
  await post('Profiler.enable');
  await post('Profiler.start');
  return session;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

async function stopProfiler(session: Session): Promise<string[]> {
  const { profile: p } = await new Promise<{ profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } }>((resolve, reject) =>
    session.post('Profiler.stop', (e, r) => (e ? reject(e) : resolve(r as never))),
  );
  const selfTime = new Map<string, number>();
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  p.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}`;
    selfTime.set(name, (selfTime.get(name) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  const total = [...selfTime.values()].reduce((a, b) => a + b, 0);
  return [...selfTime.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([name, t]) => `${((t / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
}

async function main(): Promise<void> {
  if (section === 'paired') return benchPaired();
  if (section !== 'experiments') await benchEngine();
  if (section !== 'engine') await benchExperiments(referenceMs());
}

async function benchEngine(): Promise<void> {
  const scenario = restoreScenario(builtInScenarios['as-happened']);
  const reference = referenceMs();
  const reportStart = parseIsoDate(scenario.simulation.start);
  let peakRss = process.memoryUsage.rss();
  let warmupEnd = 0;
  const session = await startProfiler();
  const start = performance.now();
  const result = runSimulation(scenario, {
    scale,
    onProgress: (p) => {
      // rss() alone: memoryUsage() also walks the heap, ~3% of a small run's profile.
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
      if (warmupEnd === 0 && parseIsoDate(p.date) >= reportStart) warmupEnd = performance.now();
    },
  });
  const wall = performance.now() - start;
  const hotspots = session ? await stopProfiler(session) : [];
  // The money of the run: ledger, per-CRC figures (with the break-even search) and the summary.
  const moneyStart = performance.now();
  const money = computeMoney(result, scenario);
  summarizeMoney(money);
  const moneyMs = performance.now() - moneyStart;
  const { events, peakPeople } = result.diagnostics;
  const s = scenario.simulation;
  const rows: [string, string][] = [
    ['scenario', `${s.years} reported years after ${s.warmupYears} years of warm-up, scale ${scale}, 1 replication`],
    ['V8 flags', v8Defaults ? 'V8 defaults (--v8-defaults)' : ENGINE_V8_FLAGS.join(' ')],
    ['wall time', `${(wall / 1000).toFixed(2)} s`],
    ['  warm-up / reported years', `${((warmupEnd - start) / 1000).toFixed(2)} s / ${((start + wall - warmupEnd) / 1000).toFixed(2)} s`],
    ['events', events.toLocaleString('en-GB')],
    ['events per second', Math.round(events / (wall / 1000)).toLocaleString('en-GB')],
    ['ns per event', (wall * 1e6 / events).toFixed(0)],
    ['peak people held', peakPeople.toLocaleString('en-GB')],
    ['peak memory (RSS)', `${Math.round(peakRss / 2 ** 20)} MB`],
    ['reference workload', `${reference.toFixed(0)} ms`],
    ['wall time / reference', (wall / reference).toFixed(1)],
    ['money (ledger, 21 CRCs, break-even)', `${moneyMs.toFixed(0)} ms, ${money.ledger.length.toLocaleString('en-GB')} entries`],
    ['money / run wall time', (moneyMs / wall).toFixed(3)],
  ];
  console.log('| measure | value |\n|---|---|');
  for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
  if (hotspots.length > 0) console.log(`\nBusiest functions (self time):\n${hotspots.join('\n')}`);
}

void main();
