// What the scenario schema (model/scenario/schema.ts) says about one field, for the editor: the kind
// of input it needs (number, on/off, one of a list, date, text, list of rows), its valid range and
// the allowed keys of an object. Read from the zod schema itself, so the editor's ranges can never
// drift from what validation enforces. It lives here because it imports model/ code, which only
// renderer/engine/ may do; it runs on the UI thread and never runs the model.
import { z } from 'zod';
import { expectedPhrase, schemaAt, validKeysOf } from '../../model/scenario/issueMessages';
import { parseOverridePath } from '../../model/scenario/overridePath';

export type FieldKind = 'number' | 'boolean' | 'enum' | 'date' | 'text' | 'list' | 'object' | 'fixed' | 'unknown';

export interface FieldSchemaInfo {
  kind: FieldKind;
  /** Numbers: a whole number is required. */
  integer: boolean;
  /** Numbers: the bounds, when the schema has them; `…Inclusive` false means strictly greater/less. */
  min?: number;
  minInclusive?: boolean;
  max?: number;
  maxInclusive?: boolean;
  /** Enums and literals: the allowed values. */
  options: readonly string[];
  /** The schema's own wording ("a number between 0 and 1"), shared with the validation messages. */
  expected: string;
  /** Objects: the allowed keys in schema order; lists: the allowed keys of a row (union of all row kinds). */
  keys: readonly string[];
  /** The key may be left out (a timeline change's switches, a beta distribution's bounds). */
  optional: boolean;
  /** Text: the longest allowed. */
  maxLength?: number;
}

interface CheckDef {
  check?: string;
  format?: string;
  value?: unknown;
  inclusive?: boolean;
  pattern?: RegExp;
  maximum?: number;
}

function checksOf(schema: z.ZodType): CheckDef[] {
  const checks = (schema._zod.def as { checks?: { _zod: { def: CheckDef } }[] }).checks ?? [];
  return checks.map((check) => check._zod.def);
}

/** Optional and defaulted fields unwrap to what they hold. */
function unwrap(schema: z.ZodType | undefined): { node: z.ZodType | undefined; optional: boolean } {
  let node = schema;
  let optional = false;
  while (node instanceof z.ZodOptional || node instanceof z.ZodDefault) {
    optional = true;
    node = (node instanceof z.ZodOptional ? node.unwrap() : (node as z.ZodDefault).unwrap()) as z.ZodType;
  }
  return { node, optional };
}

const BLANK: FieldSchemaInfo = { kind: 'unknown', integer: false, options: [], expected: 'a value', keys: [], optional: false };

function numberInfo(schema: z.ZodNumber, base: FieldSchemaInfo): FieldSchemaInfo {
  const info: FieldSchemaInfo = { ...base, kind: 'number' };
  for (const def of checksOf(schema)) {
    if (def.check === 'number_format' && /int/.test(def.format ?? '')) info.integer = true;
    if (def.check === 'greater_than' && typeof def.value === 'number') {
      info.min = def.value;
      info.minInclusive = def.inclusive === true;
    }
    if (def.check === 'less_than' && typeof def.value === 'number') {
      info.max = def.value;
      info.maxInclusive = def.inclusive === true;
    }
  }
  // A safe-integer format (z.int()) carries its own bounds; the explicit checks above win.
  return info;
}

function stringInfo(schema: z.ZodString, base: FieldSchemaInfo): FieldSchemaInfo {
  let kind: FieldKind = 'text';
  let maxLength: number | undefined;
  for (const def of checksOf(schema)) {
    if (def.check === 'string_format' && def.pattern instanceof RegExp && def.pattern.source.includes('\\d{4}-\\d{2}-\\d{2}')) kind = 'date';
    if (def.check === 'max_length' && typeof def.maximum === 'number') maxLength = def.maximum;
  }
  return { ...base, kind, maxLength };
}

/** Every key any row of a list may have: for a union of row kinds (contract events, distributions), all of them. */
function rowKeys(element: z.ZodType | undefined): string[] {
  const node = unwrap(element).node;
  if (node instanceof z.ZodObject) return validKeysOf(node);
  if (node instanceof z.ZodUnion) {
    const keys: string[] = [];
    for (const option of node.options as z.ZodType[]) for (const key of rowKeys(option)) if (!keys.includes(key)) keys.push(key);
    return keys;
  }
  return [];
}

/** The schema's facts about one place of a scenario; `scenario` picks the row kind of a union (a contract event's `kind`). */
export function fieldSchemaInfo(path: string, scenario?: unknown): FieldSchemaInfo {
  let keys: (string | number)[];
  try {
    keys = parseOverridePath(path);
  } catch {
    return BLANK;
  }
  const parentPath = keys.slice(0, -1);
  const raw = path === '' ? schemaAt([], scenario) : schemaAtExact(keys, scenario);
  const { node, optional: unwrappedOptional } = unwrap(raw);
  const optional = unwrappedOptional || isOptionalIn(parentPath, keys[keys.length - 1], scenario);
  if (node === undefined) return BLANK;
  const kinds = rowKinds(parentPath, keys[keys.length - 1], scenario);
  if (kinds.length > 0) return { ...BLANK, kind: 'enum', options: kinds, expected: `one of ${kinds.map((k) => JSON.stringify(k)).join(', ')}` };
  const base: FieldSchemaInfo = { ...BLANK, optional, expected: expectedPhrase(node, 'value') };
  if (node instanceof z.ZodNumber) return numberInfo(node, base);
  if (node instanceof z.ZodString) return stringInfo(node, base);
  if (node instanceof z.ZodBoolean) return { ...base, kind: 'boolean' };
  if (node instanceof z.ZodEnum) return { ...base, kind: 'enum', options: node.options.map(String) };
  if (node instanceof z.ZodLiteral) return { ...base, kind: 'fixed', options: [...node.values].map(String) };
  if (node instanceof z.ZodArray) return { ...base, kind: 'list', keys: rowKeys(node.element as z.ZodType) };
  if (node instanceof z.ZodObject) return { ...base, kind: 'object', keys: validKeysOf(node) };
  if (node instanceof z.ZodUnion) return { ...base, kind: 'object', keys: rowKeys(node) };
  return base;
}

/**
 * schemaAt resolves a union from the data; for a key that only some row kinds have (a
 * termination's compensation), it needs the next key, which schemaAt gets when we ask for the parent
 * and then the key ourselves.
 */
function schemaAtExact(keys: readonly (string | number)[], scenario: unknown): z.ZodType | undefined {
  const direct = schemaAt(keys, scenario);
  if (direct !== undefined) return direct;
  const parent = unwrap(schemaAt(keys.slice(0, -1), scenario)).node;
  const last = keys[keys.length - 1];
  if (parent instanceof z.ZodUnion && typeof last === 'string') {
    for (const option of parent.options as z.ZodType[]) {
      const node = unwrap(option).node;
      if (node instanceof z.ZodObject && Object.hasOwn(node.shape, last)) return node.shape[last] as z.ZodType;
    }
  }
  return undefined;
}

/** A row's kind key (a contract event's `kind`, a distribution): every value any row kind allows, else none. */
function rowKinds(parentKeys: readonly (string | number)[], key: string | number | undefined, scenario: unknown): string[] {
  if (typeof key !== 'string' || parentKeys.length === 0) return [];
  const list = unwrap(schemaAt(parentKeys.slice(0, -1), scenario)).node;
  if (!(list instanceof z.ZodArray)) return [];
  const union = unwrap(list.element as z.ZodType).node;
  if (!(union instanceof z.ZodUnion) || (union._zod.def as { discriminator?: string }).discriminator !== key) return [];
  const values: string[] = [];
  for (const option of union.options as z.ZodType[]) {
    const literal = unwrap(option).node;
    const field = literal instanceof z.ZodObject ? (literal.shape[key] as z.ZodType | undefined) : undefined;
    if (field instanceof z.ZodLiteral) for (const value of field.values) values.push(String(value));
  }
  return values;
}

function isOptionalIn(parentKeys: readonly (string | number)[], key: string | number | undefined, scenario: unknown): boolean {
  if (typeof key !== 'string') return false;
  const parent = unwrap(schemaAt(parentKeys, scenario)).node;
  if (!(parent instanceof z.ZodObject)) return false;
  const child = parent.shape[key] as z.ZodType | undefined;
  return child instanceof z.ZodOptional || child instanceof z.ZodDefault;
}
