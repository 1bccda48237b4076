// Progress of replications in words: "3 of 10 replications · 34% · about 40 s left", what a
// cancel kept, and an ETA from the time elapsed and the fraction done (counting the running
// replications' own progress), shown only once a little work is done, when it means something.
import type { ExperimentJob } from '../../state/replicationJob';

/** Before this much of the work, or this long, an ETA is a guess: none is shown. */
const ETA_MIN_FRACTION = 0.03;
const ETA_MIN_ELAPSED_MS = 1500;

/** Milliseconds left at the rate so far, or null when too little is done to say. */
export function etaMs(elapsedMs: number, fraction: number): number | null {
  if (!(fraction >= ETA_MIN_FRACTION) || elapsedMs < ETA_MIN_ELAPSED_MS || fraction >= 1) return null;
  return (elapsedMs * (1 - fraction)) / fraction;
}

/** "a few seconds", "about 40 s", "about 3 min 20 s", "about 1 h 5 min". */
export function durationWords(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 5) return 'a few seconds';
  if (s < 60) return `about ${s} s`;
  if (s < 3600) {
    const tens = Math.round(s / 10) * 10;
    const min = Math.floor(tens / 60);
    const rest = tens % 60;
    return rest === 0 ? `about ${min} min` : `about ${min} min ${rest} s`;
  }
  const minutes = Math.round(s / 60);
  return `about ${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function elapsedWords(ms: number): string {
  const s = ms / 1000;
  return s < 10 ? `${s.toFixed(1)} s` : s < 120 ? `${Math.round(s)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

/** Replications finished: with one scenario every finished run counts; with several, only those every scenario finished. */
function replicationsFinished(job: ExperimentJob): number {
  return job.variants === 1 ? job.runsDone : job.complete;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The one line under the progress bar. */
export function progressLine(job: ExperimentJob): string {
  const k = replicationsFinished(job);
  const of = `${k} of ${plural(job.requested, 'replication')}`;
  const runs = job.variants > 1 ? ` for every scenario (${job.runsDone} of ${job.runsTotal} scenario runs)` : '';
  const cached = job.cached > 0 ? `; ${job.cached} from this session's cache` : '';
  switch (job.status) {
    case 'running': {
      const eta = etaMs(job.elapsedMs, job.fraction);
      return `${of}${runs} · ${Math.floor(job.fraction * 100)}%${eta === null ? '' : ` · ${durationWords(eta)} left`}${cached}`;
    }
    case 'done':
      if (job.cached === job.runsTotal) return `${of}${runs}, all from this session's cache (run before with the same scenario and seed)`;
      return `${of}${runs} in ${elapsedWords(job.elapsedMs)}${cached}`;
    case 'cancelled':
      return job.complete > 0
        ? `Cancelled after ${of}${runs}: the results below keep the ${plural(job.complete, 'finished replication')}.`
        : `Cancelled before any replication finished (${of}): there are no results to show.`;
    case 'failed':
      return `The replications stopped with an error: ${job.message ?? 'unknown error'}`;
  }
}
