// The numbers a run form takes (replications, scale, seed), read from what was typed, with a
// message naming the field and the accepted range when the text is not one. Shared by the Run and
// Compare forms; the ranges match the experiment file's (experiments/experimentFile.ts).

export type Parsed = { ok: true; value: number } | { ok: false; error: string };

export const MAX_REPLICATIONS = 1000;
const MAX_SEED = 2 ** 31 - 1;

function wholeNumber(field: string, text: string, min: number, max: number): Parsed {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isInteger(value) || value < min || value > max) {
    return { ok: false, error: `${field}: expected a whole number from ${min} to ${max}, got ${JSON.stringify(text)}` };
  }
  return { ok: true, value };
}

export function parseReplications(text: string): Parsed {
  return wholeNumber('Replications', text, 1, MAX_REPLICATIONS);
}

export function parseSeed(text: string): Parsed {
  return wholeNumber('Seed', text, 0, MAX_SEED);
}

/** The share of the national population simulated: above 0, at most 1. */
export function parseScale(text: string): Parsed {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value) || value <= 0 || value > 1) {
    return { ok: false, error: `Scale: expected a number above 0 and at most 1 (0.1 simulates a tenth of the population), got ${JSON.stringify(text)}` };
  }
  return { ok: true, value };
}

/** The three settings of a run, by name as the run and compare slices hold them. */
export type RunField = 'replications' | 'scale' | 'seed';

const PARSERS: Record<RunField, (text: string) => Parsed> = { replications: parseReplications, scale: parseScale, seed: parseSeed };

/** What is wrong with a field's text, or null when it reads (or is left to its default: null). */
export function fieldError(field: RunField, text: string | null): string | null {
  if (text === null) return null;
  const parsed = PARSERS[field](text);
  return parsed.ok ? null : parsed.error;
}

export interface RunNumbers {
  replications: number;
  scale: number;
  seed: number;
}

/** The form's three numbers; a field left to its default (null) takes the scenario's value. */
export function readRunNumbers(setup: { replications: string; scale: string | null; seed: string | null }, defaults: { scale: number; seed: number }): { numbers: RunNumbers } | { errors: string[] } {
  const replications = parseReplications(setup.replications);
  const scale = setup.scale === null ? ({ ok: true, value: defaults.scale } as Parsed) : parseScale(setup.scale);
  const seed = setup.seed === null ? ({ ok: true, value: defaults.seed } as Parsed) : parseSeed(setup.seed);
  const errors = [replications, scale, seed].flatMap((p) => (p.ok ? [] : [p.error]));
  if (errors.length > 0 || !replications.ok || !scale.ok || !seed.ok) return { errors };
  return { numbers: { replications: replications.value, scale: scale.value, seed: seed.value } };
}
