// Entry point of the headless CLI ("npm run sim -- ..."): wires the process to runCli. All logic
// lives in app.ts so it can be tested in-process; this file only touches `process`.
import { performance } from 'node:perf_hooks';
import { runCli } from './app';
import { applyEngineV8Flags } from './v8Tuning';

applyEngineV8Flags();

// "sim run ... | head" closes stdout early: that is the reader's choice, not an error to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  now: () => performance.now(),
  onInterrupt: (handler) => {
    process.once('SIGINT', handler);
    return () => process.off('SIGINT', handler);
  },
});
// exitCode rather than exit(): lets stdout drain completely when it is a pipe.
process.exitCode = code;
