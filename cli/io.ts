// The process-facing surface a command may use, passed in rather than reached for, so commands run
// the same in a test (strings collected, fake clock) as under node.
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (live progress line) or a file/pipe (occasional lines). */
  stderrIsTTY: boolean;
  /** Milliseconds from a monotonic clock. */
  now: () => number;
  /** Calls `handler` on Ctrl-C (SIGINT) instead of exiting; returns a function that stops listening. */
  onInterrupt?: (handler: () => void) => () => void;
}
