// Progress of a long money run in words: the share done, and an estimate of the time left from
// the pace so far. The estimate is withheld until there is a pace to go on (some work done and a
// couple of seconds passed), because an early guess swings wildly and reads as a promise.

export interface JobProgress {
  /** 0..1 of all the work, counting running replications' own progress. */
  fraction: number;
  /** Replications (jobs) finished, and in all. */
  done: number;
  total: number;
  /** Wall-clock ms when the run started, and when this progress was heard. */
  startedAt: number;
  updatedAt: number;
}

const MIN_ELAPSED_MS = 2000;
const MIN_FRACTION = 0.02;

/** Milliseconds left at the pace so far; undefined while there is no pace to go on. */
export function etaMs(p: JobProgress): number | undefined {
  const elapsed = p.updatedAt - p.startedAt;
  if (p.fraction >= 1) return 0;
  if (elapsed < MIN_ELAPSED_MS || p.fraction < MIN_FRACTION) return undefined;
  return (elapsed * (1 - p.fraction)) / p.fraction;
}

/** "40 s", "3 min 10 s". */
export function durationText(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** "12 of 40 replications done (31%), about 50 s left". */
export function progressText(p: JobProgress, unit = 'replications'): string {
  const share = `${Math.floor(p.fraction * 100)}%`;
  const eta = etaMs(p);
  const left = eta === undefined ? 'estimating the time left' : `about ${durationText(eta)} left`;
  return `${p.done} of ${p.total} ${unit} done (${share}), ${left}`;
}
