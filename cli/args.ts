// Command-line parsing: argv (without node and the script) → a typed Command, or a UsageError whose
// message names the problem. Pure: no I/O, no process, so every error message is unit-tested.
// Rules: flags take their value as the next word or after '=' (--seed 7, --seed=7); a word starting
// with '--' is never taken as a value (so a forgotten value is reported, not swallowed); a flag
// other than --set may be given once; --scale/--years become overrides in the order given, so
// "--scale 0.1 --set simulation.scale=0.2" ends at 0.2, exactly as written.
import * as path from 'node:path';
import { UsageError } from './errors';
import { parseExperimentCommand, type ExperimentCommand } from './experimentArgs';

export const outputFormats = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof outputFormats)[number];

/** One scenario override, in the order it is applied. */
export interface Override {
  path: string;
  value: string;
}

export interface RunCommand {
  command: 'run';
  scenario: string;
  seed?: number;
  replications: number;
  overrides: Override[];
  out?: string;
  /** Write every money ledger entry of every replication to this CSV file. */
  ledger?: string;
  /** Write each replication's money report (P&L, cash flow, PbR by cohort, public cost by year) to this JSON file. */
  money?: string;
  format: OutputFormat;
  quiet: boolean;
  debug: boolean;
}

export type Command =
  | RunCommand
  | ExperimentCommand
  | { command: 'list'; debug: boolean }
  | { command: 'help'; topic?: HelpTopic }
  | { command: 'version' };

export const helpTopics = ['run', 'list', 'compare', 'experiment', 'sweep', 'tornado'] as const;
export type HelpTopic = (typeof helpTopics)[number];

export const MAX_REPLICATIONS = 10_000;
const MAX_SEED = 2 ** 31 - 1;

export type FlagKind = 'value' | 'boolean';
const runFlags: Record<string, FlagKind> = {
  '--seed': 'value',
  '--replications': 'value',
  '--scale': 'value',
  '--years': 'value',
  '--set': 'value',
  '--out': 'value',
  '--ledger': 'value',
  '--money': 'value',
  '--format': 'value',
  '--quiet': 'boolean',
  '--debug': 'boolean',
  '--help': 'boolean',
};
export const aliases: Record<string, string> = { '-h': '--help', '-q': '--quiet', '-r': '--replications', '-o': '--out' };

export function parseArgs(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('no command given: expected run, list or help');
  if (first === 'help' || first === '--help' || first === '-h') return parseHelp(rest);
  if (first === '--version' || first === 'version') {
    if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}" after ${first}`);
    return { command: 'version' };
  }
  if (first === 'run') return parseRun(rest);
  if (first === 'list') return parseList(rest);
  if (first === 'compare' || first === 'experiment' || first === 'sweep' || first === 'tornado') return parseExperimentCommand(first, rest);
  const commands = ['run', 'compare', 'experiment', 'sweep', 'tornado', 'list', 'help'];
  if (first.startsWith('-')) throw new UsageError(`expected a command (${commands.join(', ')}) before ${first}`);
  throw new UsageError(`unknown command "${first}"${suggestion(first, commands)}. Commands: ${commands.join(', ')}.`);
}

function parseHelp(rest: readonly string[]): Command {
  if (rest.length === 0) return { command: 'help' };
  if (rest.length === 1 && (helpTopics as readonly string[]).includes(rest[0])) return { command: 'help', topic: rest[0] as HelpTopic };
  throw new UsageError(`help takes at most one command name (${helpTopics.join(', ')}), got "${rest.join(' ')}"`);
}

function parseList(rest: readonly string[]): Command {
  let debug = false;
  for (const word of rest) {
    if (word === '--help' || word === '-h') return { command: 'help', topic: 'list' };
    if (word === '--debug') debug = true;
    else if (word.startsWith('-')) throw new UsageError(`unknown option ${word} for list`);
    else throw new UsageError(`list takes no arguments, got "${word}"`);
  }
  return { command: 'list', debug };
}

export interface RawFlag {
  name: string;
  value: string;
}

/** Splits words into positionals and flags, checking names (against `allowed`) and the presence of values. */
export function tokenize(words: readonly string[], allowed: Record<string, FlagKind> = runFlags, helpTopic = 'run'): { positionals: string[]; flags: RawFlag[] } {
  const positionals: string[] = [];
  const flags: RawFlag[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word.startsWith('-') || word === '-' || /^-\d/.test(word)) {
      positionals.push(word);
      continue;
    }
    const eq = word.indexOf('=');
    const written = eq >= 0 ? word.slice(0, eq) : word;
    const name = aliases[written] ?? written;
    const kind = allowed[name];
    if (kind === undefined) {
      throw new UsageError(`unknown option ${written}${suggestion(written, Object.keys(allowed))}. See "sim help ${helpTopic}".`);
    }
    if (kind === 'boolean') {
      if (eq >= 0) throw new UsageError(`${name} takes no value, got "${word}"`);
      flags.push({ name, value: '' });
    } else if (eq >= 0) {
      flags.push({ name, value: word.slice(eq + 1) });
    } else {
      const next = words[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`missing value for ${name}`);
      flags.push({ name, value: next });
      i++;
    }
  }
  return { positionals, flags };
}

function parseRun(rest: readonly string[]): Command {
  const { positionals, flags } = tokenize(rest);
  if (flags.some((f) => f.name === '--help')) return { command: 'help', topic: 'run' };
  const seen = new Set<string>();
  const command: RunCommand = {
    command: 'run',
    scenario: '',
    replications: 1,
    overrides: [],
    format: 'table',
    quiet: false,
    debug: false,
  };
  let formatGiven = false;
  for (const { name, value } of flags) {
    if (name !== '--set' && seen.has(name)) throw new UsageError(`${name} given more than once`);
    seen.add(name);
    const common = applyCommonFlag(command, name, value);
    if (common === 'format') formatGiven = true;
    if (common !== false) continue;
    switch (name) {
      case '--ledger':
        if (value.trim() === '') throw new UsageError('--ledger needs a file name');
        command.ledger = value;
        break;
      case '--money':
        if (value.trim() === '') throw new UsageError('--money needs a file name');
        command.money = value;
        break;
    }
  }
  if (positionals.length === 0) throw new UsageError('run needs a scenario: a built-in name (see "sim list") or a .json file');
  if (positionals.length > 1) throw new UsageError(`run takes one scenario, got also "${positionals[1]}"`);
  command.scenario = positionals[0];
  if (!formatGiven && command.out !== undefined) command.format = formatFromFileName(command.out) ?? 'table';
  checkDistinctFiles(command);
  return command;
}

/** The options `run` and the experiment commands share. */
export interface CommonOptions {
  seed?: number;
  replications?: number;
  overrides: Override[];
  out?: string;
  format: OutputFormat;
  quiet: boolean;
  debug: boolean;
}

/**
 * Applies a flag every command with replications takes; returns 'format' for --format (which
 * stops the output file's extension choosing it), true for another it handled, false otherwise.
 */
export function applyCommonFlag(command: CommonOptions, name: string, value: string): boolean | 'format' {
  switch (name) {
    case '--seed':
      command.seed = parseWhole(name, value, 0, MAX_SEED);
      return true;
    case '--replications':
      command.replications = parseWhole(name, value, 1, MAX_REPLICATIONS);
      return true;
    case '--scale':
      parseDecimal(name, value);
      command.overrides.push({ path: 'simulation.scale', value });
      return true;
    case '--years':
      parseWhole(name, value, 1, 1000);
      command.overrides.push({ path: 'simulation.years', value });
      return true;
    case '--set':
      command.overrides.push(parseSet(value));
      return true;
    case '--out':
      if (value.trim() === '') throw new UsageError('--out needs a file name');
      command.out = value;
      return true;
    case '--format':
      command.format = parseFormat(value);
      return 'format';
    case '--quiet':
      command.quiet = true;
      return true;
    case '--debug':
      command.debug = true;
      return true;
    default:
      return false;
  }
}

/** --out, --ledger and --money must be different files: one would silently overwrite another. */
function checkDistinctFiles(command: RunCommand): void {
  const files = [['--out', command.out], ['--ledger', command.ledger], ['--money', command.money]].filter(
    (f): f is [string, string] => f[1] !== undefined,
  );
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      if (path.resolve(files[i][1]) === path.resolve(files[j][1])) {
        throw new UsageError(`${files[i][0]} and ${files[j][0]} name the same file: give them different names`);
      }
    }
  }
}

/** The format implied by an output file's extension, when --format is not given. */
export function formatFromFileName(file: string): OutputFormat | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return undefined;
}

function parseFormat(value: string): OutputFormat {
  if ((outputFormats as readonly string[]).includes(value)) return value as OutputFormat;
  throw new UsageError(`--format must be one of ${outputFormats.join(', ')}, got "${value}"`);
}

function parseSet(value: string): Override {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new UsageError(`--set expects path=value (e.g. --set timeline.initial.ora=false), got "${value}"`);
  // The path itself (dots, [n] indices) is checked by the engine's applyOverride, which names what is wrong.
  return { path: value.slice(0, eq).trim(), value: value.slice(eq + 1) };
}

const decimalPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A plain decimal number (no hex, no blanks, no "Infinity"), or a UsageError naming the flag. */
export function parseDecimal(flag: string, text: string): number {
  const value = Number(text);
  if (!decimalPattern.test(text) || !Number.isFinite(value)) {
    throw new UsageError(`${flag} must be a number, got "${text}"`);
  }
  return value;
}

/** A whole number within [min, max], or a UsageError naming the flag and the range. */
export function parseWhole(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^[+-]?\d+$/.test(text) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

/** ' (did you mean X?)' for the closest candidate within a small edit distance, else ''. */
export function suggestion(word: string, candidates: readonly string[]): string {
  let best = '';
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? ` (did you mean ${best}?)` : '';
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
