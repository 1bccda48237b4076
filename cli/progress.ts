// Progress on stderr while replications run: replication k/R, overall percentage, simulated date
// and an estimated time left. On a terminal, one line redrawn in place (at most ~10 times a
// second); when stderr is a file or pipe (CI logs), a plain line at every 10% and at least every
// 30 s, so logs stay short but a long run still shows signs of life.
// The clock and the writer are injected, so the behaviour is tested without real time or a TTY.

export interface ProgressSink {
  /** Called as replication `replication` (0-based) reaches `fraction` (0..1) at simulated `date`. */
  update(replication: number, fraction: number, date: string): void;
  /** The run finished: clear the live line and say how long it took. */
  finish(): void;
  /** The run failed: clear the live line so the error message starts on a clean line. */
  abort(): void;
}

export interface ProgressOptions {
  replications: number;
  write: (text: string) => void;
  isTTY: boolean;
  /** Milliseconds, monotonic. */
  now: () => number;
}

const TTY_REDRAW_MS = 100;
const LOG_EVERY_PERCENT = 10;
const LOG_AT_LEAST_EVERY_MS = 30_000;
const CLEAR_LINE = '\r\x1b[K';

export const silentProgress: ProgressSink = { update() {}, finish() {}, abort() {} };

export function createProgress(options: ProgressOptions): ProgressSink {
  const { replications, write, isTTY, now } = options;
  const started = now();
  let lastDraw = -Infinity;
  let lastLoggedStep = -1;
  let live = false;

  return {
    update(replication, fraction, date) {
      const overall = Math.min(1, Math.max(0, (replication + fraction) / replications));
      const t = now();
      const text = progressText(replication, replications, overall, date, t - started);
      if (isTTY) {
        if (t - lastDraw < TTY_REDRAW_MS && overall < 1) return;
        write(`${CLEAR_LINE}${text}`);
        live = true;
        lastDraw = t;
        return;
      }
      const step = Math.floor((overall * 100) / LOG_EVERY_PERCENT);
      if (step > lastLoggedStep || t - lastDraw >= LOG_AT_LEAST_EVERY_MS) {
        write(`${text}\n`);
        lastLoggedStep = step;
        lastDraw = t;
      }
    },
    finish() {
      if (live) write(CLEAR_LINE);
      live = false;
      const seconds = (now() - started) / 1000;
      write(`finished ${replications} replication${replications === 1 ? '' : 's'} in ${formatDuration(seconds)}\n`);
    },
    abort() {
      if (live) write(CLEAR_LINE);
      live = false;
    },
  };
}

/** "replication 2/5  43%  2016-03-01  ETA 1m 05s" */
export function progressText(replication: number, replications: number, overall: number, date: string, elapsedMs: number): string {
  const percent = `${Math.floor(overall * 100)}%`.padStart(4);
  return `replication ${replication + 1}/${replications}  ${percent}  ${date}  ETA ${eta(overall, elapsedMs)}`;
}

/** Time left, extrapolated from the pace so far; "…" until there is enough to go on. */
export function eta(overall: number, elapsedMs: number): string {
  if (overall >= 1) return '0s';
  if (overall < 0.01 || elapsedMs < 500) return '…';
  return formatDuration(((elapsedMs / overall) * (1 - overall)) / 1000);
}

export function formatDuration(seconds: number): string {
  if (seconds < 10) return `${seconds.toFixed(1)}s`;
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole}s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes}m ${String(whole % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}
