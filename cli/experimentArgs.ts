// `sim compare <a> <b> [...]`, `sim attribute <a> <b>` and `sim experiment|sweep|tornado <file>`: their flags and the
// ExperimentCommand they make. Same rules as every command (flags.ts): values as the next word or
// after '=', a flag once unless it repeats, any order; pure, so every message is unit-tested.
import { UsageError } from './errors';
import { parseFileName, parseWhole, rejectRepeats, type FlagTable, type RawFlag } from './flags';
import { applyCommonFlag, chooseFormat, outputFlags, overrideFlags, type OutputFormat, type Override } from './commonFlags';

const MAX_WORKERS = 64;

export type ExperimentCommandName = 'compare' | 'attribute' | 'experiment' | 'sweep' | 'tornado';

export interface ExperimentCommand {
  command: ExperimentCommandName;
  /** compare and attribute: the scenarios (built-in names or files); the others: the experiment file. */
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

export { ATTRIBUTION_KPIS } from '../experiments/attributionKpis';

/** Flags of an experiment file's commands: the file says what to run, these how. */
export const experimentFlags: FlagTable = {
  ...outputFlags,
  '--workers': 'value',
  '--kpis': 'value',
  '--cache': 'value',
};

/** compare has no file to hold overrides and presets, so it takes them as flags. */
export const compareFlags: FlagTable = {
  ...experimentFlags,
  ...overrideFlags,
  '--preset': 'value',
  '--independent-seeds': 'boolean',
};

/** attribute runs on common random numbers by definition: compare's flags but --independent-seeds. */
export const attributeFlags: FlagTable = Object.fromEntries(Object.entries(compareFlags).filter(([flag]) => flag !== '--independent-seeds'));

const REPEATABLE = new Set(['--set', '--preset']);

export function parseExperimentCommand(name: ExperimentCommandName, positionals: readonly string[], flags: readonly RawFlag[]): ExperimentCommand {
  rejectRepeats(flags, REPEATABLE);
  const command: ExperimentCommand = { command: name, inputs: [...positionals], overrides: [], presets: [], independentSeeds: false, format: 'table', quiet: false, debug: false };
  for (const { name: flag, value } of flags) {
    if (!applyCommonFlag(command, flag, value)) applyExperimentFlag(command, flag, value);
  }
  checkInputs(command);
  chooseFormat(command, flags);
  return command;
}

function applyExperimentFlag(command: ExperimentCommand, flag: string, value: string): void {
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
      command.cache = parseFileName(flag, value, 'a folder');
      break;
  }
}

function checkInputs(command: ExperimentCommand): void {
  if (command.command === 'compare') {
    if (command.inputs.length < 2) throw new UsageError(`compare needs two or more scenarios (the first is the baseline), got ${command.inputs.length}`);
    return;
  }
  if (command.command === 'attribute') {
    if (command.inputs.length !== 2) throw new UsageError(`attribute needs two scenarios, a and b (it explains b − a), got ${command.inputs.length}`);
    return;
  }
  if (command.inputs.length !== 1) throw new UsageError(`${command.command} takes one experiment file, got ${command.inputs.length}`);
}
