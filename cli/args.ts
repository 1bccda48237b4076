// Command-line parsing: argv (without node and the script) → a typed Command, or a UsageError whose
// message names the problem. Pure: no I/O, no process, so every error message is unit-tested.
// The commands, their flags and parsers are one table (commandTable.ts); this file adds the two
// commands about the table, `help [command]` and `--version`, and the errors for a wrong first word.
import { UsageError } from './errors';
import { tokenize } from './flags';
import { suggestion } from './suggestion';
import { commandNames, commandSpec, type CommandName, type TableCommand } from './commandTable';

export type HelpTopic = CommandName;

export type Command = TableCommand | { command: 'help'; topic?: HelpTopic } | { command: 'version' };

/** What a user may type first, for messages: the table's commands, then help. */
const firstWords = [...commandNames, 'help'];

export function parseArgs(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError(`no command given: expected one of ${firstWords.join(', ')}`);
  if (first === 'help' || first === '--help' || first === '-h') return parseHelp(rest);
  if (first === '--version' || first === 'version') {
    if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}" after ${first}`);
    return { command: 'version' };
  }
  const spec = commandSpec(first);
  if (spec !== undefined) {
    const { positionals, flags } = tokenize(rest, spec.flags, spec.name);
    // --help anywhere wins over everything else the command was given, even what is wrong with it.
    if (flags.some((f) => f.name === '--help')) return { command: 'help', topic: spec.name };
    return spec.parse(positionals, flags);
  }
  if (first.startsWith('-')) throw new UsageError(`expected a command (${firstWords.join(', ')}) before ${first}`);
  throw new UsageError(`unknown command "${first}"${suggestion(first, firstWords)}. Commands: ${firstWords.join(', ')}.`);
}

function parseHelp(rest: readonly string[]): Command {
  if (rest.length === 0) return { command: 'help' };
  const spec = rest.length === 1 ? commandSpec(rest[0]) : undefined;
  if (spec !== undefined) return { command: 'help', topic: spec.name };
  throw new UsageError(`help takes at most one command name (${commandNames.join(', ')}), got "${rest.join(' ')}"`);
}
