// Reading flags, the same way for every command: words → positionals and flags checked against
// the command's table of flags, numbers checked with errors that name the flag. Pure: no I/O.
// Rules: a flag takes its value as the next word or after '=' (--seed 7, --seed=7); a word
// starting with '--', or a short flag, is never taken as a value (so a forgotten value is reported, not swallowed);
// a flag may be given once unless the command says it repeats; flags and positionals may come in
// any order (only the order among repeated or override flags is kept, as it means something).
import { UsageError } from './errors';
import { suggestion } from './suggestion';

export type FlagKind = 'value' | 'boolean';
/** A command's flags: the name as written after the aliases below, and whether it takes a value. */
export type FlagTable = Readonly<Record<string, FlagKind>>;

export const aliases: Readonly<Record<string, string>> = { '-h': '--help', '-q': '--quiet', '-r': '--replications', '-o': '--out' };

export interface RawFlag {
  name: string;
  value: string;
}

/** Splits words into positionals and flags, checking names (against `allowed`) and the presence of values. */
export function tokenize(words: readonly string[], allowed: FlagTable, helpTopic: string): { positionals: string[]; flags: RawFlag[] } {
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
      // A flag's name (--quiet, or a short one such as -q) is never taken as a value: the value was forgotten.
      if (next === undefined || next.startsWith('--') || next in aliases) throw new UsageError(`missing value for ${name}`);
      flags.push({ name, value: next });
      i++;
    }
  }
  return { positionals, flags };
}

/** Refuses a flag given twice unless it is one that repeats (a second --seed would silently win). */
export function rejectRepeats(flags: readonly RawFlag[], repeatable: ReadonlySet<string>): void {
  const seen = new Set<string>();
  for (const { name } of flags) {
    if (!repeatable.has(name) && seen.has(name)) throw new UsageError(`${name} given more than once`);
    seen.add(name);
  }
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

/** A file or folder name given to `flag`: not blank. */
export function parseFileName(flag: string, text: string, what = 'a file name'): string {
  if (text.trim() === '') throw new UsageError(`${flag} needs ${what}`);
  return text;
}
