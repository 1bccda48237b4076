// argv → exit code. Parses, dispatches to a command and turns every error into one line on stderr
// and an exit code (see errors.ts): the user sees a message, never a stack, unless --debug.
// The engine is loaded only by commands that need it, so "help" and usage errors answer at once.
import { parseArgs } from './args';
import { runCommand } from './commands/run';
import { experimentCommand } from './commands/experiment';
import { listCommand } from './commands/list';
import { loadEngine, type Engine } from './engine';
import { EXIT_BAD_INPUT, EXIT_OK, UsageError, exitCodeOf, isScenarioError } from './errors';
import { helpText } from './helpText';
import type { CliIO } from './io';
import { printable } from '../formats/textInput';

export async function runCli(argv: readonly string[], io: CliIO, engineLoader: () => Promise<Engine> = loadEngine): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const command = parseArgs(argv);
    switch (command.command) {
      case 'help':
        io.stdout(helpText(command.topic));
        return EXIT_OK;
      case 'version':
        io.stdout(`probation-sim engine ${(await engineLoader()).ENGINE_VERSION}\n`);
        return EXIT_OK;
      case 'list':
        return listCommand(await engineLoader(), io);
      case 'run':
        return await runCommand(command, await engineLoader(), io);
      case 'compare':
      case 'attribute':
      case 'experiment':
      case 'sweep':
      case 'tornado':
        return await experimentCommand(command, await engineLoader(), io);
    }
  } catch (error) {
    const code = exitCodeOf(error);
    // A message may quote a file's text (an unknown key, a bad value): never let it drive the terminal.
    io.stderr(`${errorText(error, debug, code).split('\n').map((line) => printable(line)).join('\n')}\n`);
    if (error instanceof UsageError) {
      io.stderr('Run "sim help" for usage.\n');
    }
    return code;
  }
}

function errorText(error: unknown, debug: boolean, code: number): string {
  if (!(error instanceof Error)) return `error: ${String(error)}`;
  if (isScenarioError(error)) return `error: invalid scenario: ${error.message}`;
  if (code === EXIT_BAD_INPUT) return `error: ${error.message}`;
  if (debug && error.stack) return `unexpected error: ${error.stack}`;
  return `unexpected error: ${error.message} (run again with --debug for details)`;
}
