// Command-line parsing of the experiment commands: `compare <a> <b> [...]` and
// `experiment|sweep|tornado <file>`. Same rules as args.ts (flags once unless repeatable, values
// as the next word or after '=', errors that name the flag); pure, so every message is unit-tested.
import { UsageError } from './errors';
import { applyCommonFlag, formatFromFileName, parseWhole, tokenize, type FlagKind, type OutputFormat, type Override } from './args';

export const MAX_WORKERS = 64;

export interface ExperimentCommand {
  command: 'compare' | 'experiment' | 'sweep' | 'tornado';
  /** compare: the scenarios (built-in names or files); the others: the experiment file. */
  inputs: string[];
  replications?: number;
  seed?: number;
  workers?: number;
  overrides: Override[];
  presets: string[];
  kpis?: string[];
  independentSeeds: boolean;
  cache?: string;
  out?: string;
  format: OutputFormat;
  quiet: boolean;
  debug: boolean;
}

const sharedFlags: Record<string, FlagKind> = {
  '--replications': 'value',
  '--seed': 'value',
  '--workers': 'value',
  '--kpis': 'value',
  '--cache': 'value',
  '--out': 'value',
  '--format': 'value',
  '--quiet': 'boolean',
  '--debug': 'boolean',
  '--help': 'boolean',
};

const compareFlags: Record<string, FlagKind> = {
  ...sharedFlags,
  '--scale': 'value',
  '--years': 'value',
  '--set': 'value',
  '--preset': 'value',
  '--independent-seeds': 'boolean',
};

const REPEATABLE = new Set(['--set', '--preset']);

export function parseExperimentCommand(name: ExperimentCommand['command'], rest: readonly string[]): ExperimentCommand | { command: 'help'; topic: ExperimentCommand['command'] } {
  const { positionals, flags } = tokenize(rest, name === 'compare' ? compareFlags : sharedFlags, name);
  if (flags.some((f) => f.name === '--help')) return { command: 'help', topic: name };
  const command: ExperimentCommand = { command: name, inputs: positionals, overrides: [], presets: [], independentSeeds: false, format: 'table', quiet: false, debug: false };
  const seen = new Set<string>();
  let formatGiven = false;
  for (const { name: flag, value } of flags) {
    if (!REPEATABLE.has(flag) && seen.has(flag)) throw new UsageError(`${flag} given more than once`);
    seen.add(flag);
    // Apply first, then record: `formatGiven ||= applyFlag(...)` skipped every flag after --format.
    const isFormat = applyFlag(command, flag, value);
    formatGiven ||= isFormat;
  }
  checkInputs(command);
  if (!formatGiven && command.out !== undefined) command.format = formatFromFileName(command.out) ?? 'table';
  return command;
}

/** Sets one flag on the command; true when it was --format. */
function applyFlag(command: ExperimentCommand, flag: string, value: string): boolean {
  const common = applyCommonFlag(command, flag, value);
  if (common !== false) return common === 'format';
  switch (flag) {
    case '--workers':
      command.workers = parseWhole(flag, value, 0, MAX_WORKERS);
      break;
    case '--kpis':
      command.kpis = value.split(',').map((k) => k.trim()).filter((k) => k !== '');
      if (command.kpis.length === 0) throw new UsageError('--kpis needs one or more KPI names, separated by commas');
      break;
    case '--preset':
      command.presets.push(value);
      break;
    case '--independent-seeds':
      command.independentSeeds = true;
      break;
    case '--cache':
      if (value.trim() === '') throw new UsageError('--cache needs a folder');
      command.cache = value;
      break;
  }
  return false;
}

function checkInputs(command: ExperimentCommand): void {
  if (command.command === 'compare') {
    if (command.inputs.length < 2) throw new UsageError(`compare needs two or more scenarios (the first is the baseline), got ${command.inputs.length}`);
    return;
  }
  if (command.inputs.length !== 1) throw new UsageError(`${command.command} takes one experiment file, got ${command.inputs.length}`);
}
