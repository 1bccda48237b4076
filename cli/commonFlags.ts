// The flags `run` and the experiment commands share: replications and seed, scenario overrides
// (--scale, --years, --set), and where and how to write the output. Each is applied on its own,
// whatever came before it; the output format is chosen only once every flag has been read
// (--format if given, else the --out file's extension), so no flag's position changes what
// another one means.
import { parseDecimal, parseFileName, parseWhole, type FlagTable, type RawFlag } from './flags';
import { UsageError } from './errors';

export const outputFormats = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof outputFormats)[number];

/** One scenario override, in the order it is applied. */
export interface Override {
  path: string;
  value: string;
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

export const MAX_REPLICATIONS = 10_000;
const MAX_SEED = 2 ** 31 - 1;

/** Flags of every command that runs replications and writes a report. */
export const outputFlags: FlagTable = {
  '--replications': 'value',
  '--seed': 'value',
  '--out': 'value',
  '--format': 'value',
  '--quiet': 'boolean',
  '--debug': 'boolean',
  '--help': 'boolean',
};

/** Flags that change the scenario, applied in the order given ("--scale 0.1 --set simulation.scale=0.2" ends at 0.2). */
export const overrideFlags: FlagTable = {
  '--scale': 'value',
  '--years': 'value',
  '--set': 'value',
};

/** Applies one shared flag; false when `name` is not one of them (the command's own flags are its business). */
export function applyCommonFlag(options: CommonOptions, name: string, value: string): boolean {
  switch (name) {
    case '--seed':
      options.seed = parseWhole(name, value, 0, MAX_SEED);
      return true;
    case '--replications':
      options.replications = parseWhole(name, value, 1, MAX_REPLICATIONS);
      return true;
    case '--scale':
      parseDecimal(name, value);
      options.overrides.push({ path: 'simulation.scale', value });
      return true;
    case '--years':
      parseWhole(name, value, 1, 1000);
      options.overrides.push({ path: 'simulation.years', value });
      return true;
    case '--set':
      options.overrides.push(parseSet(value));
      return true;
    case '--out':
      options.out = parseFileName(name, value);
      return true;
    case '--format':
      options.format = parseFormat(value);
      return true;
    case '--quiet':
      options.quiet = true;
      return true;
    case '--debug':
      options.debug = true;
      return true;
    default:
      return false;
  }
}

/** After every flag is read: without --format, an --out file's extension (.json, .csv) chooses the format. */
export function chooseFormat(options: CommonOptions, flags: readonly RawFlag[]): void {
  if (flags.some((f) => f.name === '--format') || options.out === undefined) return;
  options.format = formatFromFileName(options.out) ?? 'table';
}

/** The format implied by an output file's extension, when --format is not given. */
function formatFromFileName(file: string): OutputFormat | undefined {
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
  if (eq <= 0) throw new UsageError(`--set expects path=value (e.g. --set parameters.supervision.capacityCasesPerFte=40), got "${value}"`);
  // The path itself (dots, [n] indices) is checked by the engine's applyOverride, which names what is wrong.
  return { path: value.slice(0, eq).trim(), value: value.slice(eq + 1) };
}
