// Scenario issues in plain words: zod's issues turned into messages that name the field, say what
// was expected (read from the schema itself, so they stay right as it changes) and what was found;
// and the path helpers that restore.ts and override.ts share.
import { z } from 'zod';
import { scenarioSchema } from './schema';
import type { ScenarioIssue } from './scenarioError';
import { daysInMonth } from '../calendar/dates';
import { boundOf } from './parameterBounds';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// ---- zod issues → messages ---------------------------------------------------------------------

type ZodIssue = z.core.$ZodIssue;

/** `root` is the schema `data` was checked against: the scenario's unless another file format (an experiment) shares the wording. */
export function issueFromZod(issue: ZodIssue, data: unknown, root: z.ZodType = scenarioSchema): ScenarioIssue[] {
  const keys = issue.path as PropertyKey[];
  const path = formatPath(keys);
  const schema = schemaAt(keys, data, root);
  const found = valueAt(data, keys);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...keys, key]),
        message: unknownKeyMessage(key, validKeysOf(schema)),
      }));
    case 'invalid_type':
      if (!found.present) return [{ path, message: missingMessage(keys, schema, issue.expected, data, root) }];
      return [{ path, message: `expected ${expectedPhrase(schema, issue.expected)}, got ${describeValue(found.value)}` }];
    case 'too_big':
    case 'too_small':
      return [{ path, message: rangeMessage(issue, schema, found.value) }];
    case 'invalid_format':
      return [{ path, message: `expected ${expectedPhrase(schema, 'string')}, got ${describeValue(found.value)}` }];
    case 'invalid_value':
      return [{ path, message: `expected ${oneOf(issue.values)}, got ${describeValue(found.value)}` }];
    case 'invalid_union':
      // A discriminated union (e.g. a contract event's `kind`): zod reports the discriminator's path.
      if ('discriminator' in issue && Array.isArray((issue as { options?: unknown }).options)) {
        const expected = oneOf((issue as unknown as { options: unknown[] }).options);
        if (!found.present) return [{ path, message: `this field is missing: expected ${expected}` }];
        return [{ path, message: `expected ${expected}, got ${describeValue(found.value)}` }];
      }
      return [{ path, message: found.present ? `${issue.message}, got ${describeValue(found.value)}` : issue.message }];
    default:
      return [{ path, message: found.present ? `${issue.message}, got ${describeValue(found.value)}` : issue.message }];
  }
}

/**
 * A required key that is absent: "this field is missing: expected a number between 0 and 1", or for
 * an object the keys it needs. When the key belongs to an object whose keys all share one schema
 * (money.crc.contracts, keyed by CPA slug), the message says that every one of its keys is required.
 */
function missingMessage(keys: readonly PropertyKey[], schema: z.ZodType | undefined, fallback: string, data: unknown, root: z.ZodType): string {
  const objectKeys = validKeysOf(schema);
  const expected = objectKeys.length > 0 ? `an object with ${objectKeys.join(', ')}` : expectedPhrase(schema, fallback);
  let message = `this field is missing: expected ${expected}`;
  if (keys.length > 0) {
    const parentKeys = keys.slice(0, -1);
    const parent = schemaAt(parentKeys, data, root);
    if (parent instanceof z.ZodObject) {
      const fields = Object.values(parent.shape as Record<string, z.ZodType>);
      if (fields.length >= 3 && fields.every((field) => field === fields[0])) {
        message += `; every one of the ${fields.length} keys of ${formatPath(parentKeys)} is required`;
      }
    }
  }
  return message;
}

function rangeMessage(issue: ZodIssue & { code: 'too_big' | 'too_small' }, schema: z.ZodType | undefined, found: unknown): string {
  const bound = issue.code === 'too_big' ? issue.maximum : issue.minimum;
  if (issue.origin === 'string' && typeof found === 'string') {
    if (issue.code === 'too_small' && Number(bound) === 1) return 'expected some text, got an empty text';
    const side = issue.code === 'too_big' ? 'at most' : 'at least';
    return `expected text of ${side} ${String(bound)} characters, got ${found.length} characters`;
  }
  if (issue.origin === 'array' && Array.isArray(found)) {
    const side = issue.code === 'too_big' ? 'at most' : 'at least';
    return `expected ${side} ${String(bound)} ${Number(bound) === 1 ? 'entry' : 'entries'}, got ${found.length}`;
  }
  const expected = `expected ${expectedPhrase(schema, 'number')}, got ${describeValue(found)}`;
  // Past a physical maximum, say why the maximum is there (parameterBounds.ts).
  const physical = issue.code === 'too_big' ? boundOf(schema) : undefined;
  return physical === undefined || physical.bound.selfEvident ? expected : `${expected} (the maximum: ${physical.bound.why})`;
}

interface CheckDef {
  check?: string;
  format?: string;
  value?: unknown;
  inclusive?: boolean;
  error?: (issue: unknown) => unknown;
}

function checksOf(schema: z.ZodType): CheckDef[] {
  const checks = (schema._zod.def as { checks?: { _zod: { def: CheckDef } }[] }).checks ?? [];
  return checks.map((check) => check._zod.def);
}

/** "a number between 0 and 1", "a whole number at least 1", "a date written YYYY-MM-DD", … */
export function expectedPhrase(schema: z.ZodType | undefined, fallback: string): string {
  if (schema instanceof z.ZodNumber) return numberPhrase(schema);
  if (schema instanceof z.ZodString) return stringPhrase(schema);
  if (schema instanceof z.ZodBoolean) return 'true or false';
  if (schema instanceof z.ZodEnum) return oneOf(schema.options);
  if (schema instanceof z.ZodLiteral) return oneOf([...schema.values]);
  if (schema instanceof z.ZodArray) return 'a list';
  if (schema instanceof z.ZodObject) return 'an object';
  if (fallback === 'int') return 'a whole number';
  return withArticle(fallback);
}

function numberPhrase(schema: z.ZodNumber): string {
  let whole = false;
  let low: CheckDef | undefined;
  let high: CheckDef | undefined;
  for (const def of checksOf(schema)) {
    if (def.check === 'number_format' && /int/.test(def.format ?? '')) whole = true;
    if (def.check === 'greater_than') low = def;
    if (def.check === 'less_than') high = def;
  }
  const noun = whole ? 'a whole number' : 'a number';
  if (low?.inclusive && high?.inclusive) return `${noun} between ${boundText(low.value)} and ${boundText(high.value)}`;
  const parts: string[] = [];
  if (low) parts.push(`${low.inclusive ? 'at least' : 'greater than'} ${boundText(low.value)}`);
  if (high) parts.push(`${high.inclusive ? 'at most' : 'less than'} ${boundText(high.value)}`);
  return parts.length === 0 ? noun : `${noun} ${parts.join(' and ')}`;
}

/** A bound as people read it: 1,000,000,000,000 rather than 1000000000000 (from a million up). */
function boundText(value: unknown): string {
  if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) < 1e6) return String(value);
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function stringPhrase(schema: z.ZodString): string {
  for (const def of checksOf(schema)) {
    if (def.check !== 'string_format' || typeof def.error !== 'function') continue;
    try {
      const described = def.error({});
      if (typeof described === 'string') return described; // the schema's own wording, e.g. "a date written YYYY-MM-DD"
    } catch {
      // fall through to the generic wording
    }
  }
  return 'text';
}

function oneOf(values: readonly unknown[]): string {
  const listed = values.map((value) => JSON.stringify(value)).join(', ');
  return values.length === 1 ? listed : `one of ${listed}`;
}

function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

// ---- paths, the schema tree and friendly wording (shared with override.ts) ----------------------

/** ['timeline', 'changes', 2, 'date'] → `timeline.changes[2].date`. */
export function formatPath(keys: readonly PropertyKey[]): string {
  let text = '';
  for (const key of keys) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$-]*$/.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

/**
 * The schema node at a path of the scenario, or undefined if the schema has no such place. A union
 * (a contract event) resolves to the option the data at that place picks by its discriminator, or
 * else to the first option that has the next key.
 */
export function schemaAt(keys: readonly PropertyKey[], data?: unknown, root: z.ZodType = scenarioSchema): z.ZodType | undefined {
  let node: z.ZodType | undefined = root;
  let value: unknown = data;
  for (const key of keys) {
    node = resolveUnion(unwrapOptional(node), value, key);
    if (node instanceof z.ZodObject && typeof key === 'string' && Object.hasOwn(node.shape, key)) {
      node = node.shape[key] as z.ZodType;
    } else if (node instanceof z.ZodArray && typeof key === 'number') {
      node = node.element as z.ZodType;
    } else {
      return undefined;
    }
    value = isPlainObject(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return resolveUnion(unwrapOptional(node), value);
}

function resolveUnion(node: z.ZodType | undefined, value: unknown, nextKey?: PropertyKey): z.ZodType | undefined {
  if (!(node instanceof z.ZodUnion)) return node;
  const options = (node.options as z.ZodType[]).filter((option): option is z.ZodObject => option instanceof z.ZodObject);
  const discriminator = (node._zod.def as { discriminator?: string }).discriminator;
  if (discriminator !== undefined && isPlainObject(value)) {
    const picked = options.find((option) => {
      const literal = option.shape[discriminator] as z.ZodType | undefined;
      return literal instanceof z.ZodLiteral && literal.values.has(value[discriminator] as never);
    });
    if (picked !== undefined) return picked;
  }
  if (typeof nextKey === 'string') return options.find((option) => Object.hasOwn(option.shape, nextKey)) ?? node;
  return node;
}

function unwrapOptional(node: z.ZodType | undefined): z.ZodType | undefined {
  let current = node;
  while (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
  return current;
}

/** The keys an object node of the schema allows, in schema order. */
export function validKeysOf(schema: z.ZodType | undefined): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** "unknown key 'seeds' (did you mean 'seed'?)", or the list of valid keys when nothing is close. */
function unknownKeyMessage(key: string, validKeys: readonly string[]): string {
  const close = closestKey(key, validKeys);
  if (close !== undefined) return `unknown key '${key}' (did you mean '${close}'?)`;
  if (validKeys.length === 0) return `unknown key '${key}'`;
  return `unknown key '${key}'; expected one of: ${validKeys.join(', ')}`;
}

/** The candidate a mistyped key most likely meant (case or up to two edits away), if any. */
export function closestKey(key: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const allowed = key.length <= 3 ? 1 : 2;
  for (const candidate of candidates) {
    const distance = candidate.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key, candidate);
    if (distance <= allowed && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || a.length > 64 || b.length > 64) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      row.push(Math.min(previous[j] + 1, row[j - 1] + 1, substitution));
    }
    previous = row;
  }
  return previous[b.length];
}

/** A value for a message: numbers and booleans as written, text quoted and cut short, others by kind. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length} ${value.length === 1 ? 'entry' : 'entries'}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function valueAt(data: unknown, keys: readonly PropertyKey[]): { present: boolean; value: unknown } {
  let node = data;
  for (const key of keys) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return { present: false, value: undefined };
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return { present: node !== undefined, value: node };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Ten significant digits: enough to show what is wrong, without float noise (0.30000000000000004). */
export function roundForDisplay(value: number): number {
  return Number(value.toPrecision(10));
}

/** Why a YYYY-MM-DD text (the schema checked the shape) is not a real date (crossFieldRules.ts, moneyRules.ts). */
export function notADate(text: string): string {
  const [year, month, day] = text.split('-').map(Number);
  if (month < 1 || month > 12) return `expected a real calendar date, got "${text}" (there is no month ${month})`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `expected a real calendar date, got "${text}" (${MONTH_NAMES[month - 1]} ${year} has ${days} days)`;
  return `expected a real calendar date, got "${text}"`;
}
