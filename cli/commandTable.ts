// The one table of the CLI's commands: name, usage, one-line summary, help text, flags and the
// parser that turns its positionals and flags into a typed command. The general help, the help
// topics, the command names in error messages and the dispatch in parseArgs all read this table,
// so a command is added in one place. `help` and `--version` are about the table, not in it
// (args.ts). Pure: no I/O.
import { UsageError } from './errors';
import type { FlagTable, RawFlag } from './flags';
import { parseRun, runFlags } from './runArgs';
import { attributeFlags, compareFlags, experimentFlags, parseExperimentCommand, type ExperimentCommandName } from './experimentArgs';
import { attributeHelp, compareHelp, experimentHelp, listHelp, runHelp, sweepHelp, tornadoHelp } from './help';

interface CommandSpec {
  name: string;
  /** What follows the name in a usage line. */
  usage: string;
  summary: string;
  help: string;
  flags: FlagTable;
  parse(positionals: readonly string[], flags: readonly RawFlag[]): { command: string };
}

const listFlags: FlagTable = { '--debug': 'boolean', '--help': 'boolean' };

function parseList(positionals: readonly string[], flags: readonly RawFlag[]): { command: 'list'; debug: boolean } {
  if (positionals.length > 0) throw new UsageError(`list takes no arguments, got "${positionals[0]}"`);
  return { command: 'list', debug: flags.some((f) => f.name === '--debug') };
}

/** The four experiment commands share one parser, told which command it reads. */
function experimentSpec<N extends ExperimentCommandName>(name: N, usage: string, summary: string, help: string, flags: FlagTable) {
  return { name, usage, summary, help, flags, parse: (positionals: readonly string[], raw: readonly RawFlag[]) => parseExperimentCommand(name, positionals, raw) };
}

export const commandTable = [
  {
    name: 'run',
    usage: '<scenario> [options]',
    summary: 'run a scenario (built-in name or .json file) and print a summary',
    help: runHelp,
    flags: runFlags,
    parse: parseRun,
  },
  experimentSpec('compare', '<a> <b> [...] [options]', 'paired comparison on common random numbers, in parallel', compareHelp, compareFlags),
  experimentSpec('attribute', '<a> <b> [options]', 'why b differs from a: the effect of each group of mechanism, and their interaction', attributeHelp, attributeFlags),
  experimentSpec('experiment', '<file> [options]', 'run an experiment file (comparison, sweep or tornado)', experimentHelp, experimentFlags),
  experimentSpec('sweep', '<file> [options]', "run an experiment file's sweep", sweepHelp, experimentFlags),
  experimentSpec('tornado', '<file> [options]', "run an experiment file's one-way sensitivity (tornado)", tornadoHelp, experimentFlags),
  {
    name: 'list',
    usage: '',
    summary: 'list the built-in scenarios',
    help: listHelp,
    flags: listFlags,
    parse: parseList,
  },
] as const satisfies readonly CommandSpec[];

/** A command of the table; each is also a help topic ("sim help run"). */
export type CommandName = (typeof commandTable)[number]['name'];
export type TableCommand = ReturnType<(typeof commandTable)[number]['parse']>;

export function commandSpec(name: string): (typeof commandTable)[number] | undefined {
  return commandTable.find((spec) => spec.name === name);
}

export const commandNames: readonly CommandName[] = commandTable.map((spec) => spec.name);
