// Finding the documentation of a path in parameterDocs' table: indices written `[]`, `*` keys
// matched as any one object key (an exact key wins, then the fewest wildcards), and a switch set by
// a timeline change documented as the same switch under timeline.initial. Also the walk that lists
// a value's leaf paths, which the documentation test and docs/parameters.md go through.
import { parameterDocs } from './parameterDocs';
import type { ParameterDoc } from './parameterDoc';

interface WildcardDoc {
  pattern: RegExp;
  wildcards: number;
  doc: ParameterDoc;
}

const wildcardDocs: WildcardDoc[] = Object.entries(parameterDocs)
  .filter(([key]) => key.includes('*'))
  .map(([key, entry]) => ({
    pattern: new RegExp(`^${key.split('*').map(escapeRegex).join('[^.\\[\\]]+')}$`),
    wildcards: key.split('*').length - 1,
    doc: entry,
  }))
  .sort((a, b) => a.wildcards - b.wildcards);

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A path with array indices written `[]`: `a.b[3].c` → `a.b[].c`. */
export function normalizePath(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

const CHANGE_SET = 'timeline.changes[].set.';

/**
 * The documentation of a path (indices allowed, e.g. `parameters.offending.hazardByMonthsSinceStart[2].multiplier`),
 * or undefined. An exact key wins over a wildcard; among wildcards, the fewest wildcards win. A switch
 * set by a timeline change has the documentation of the same switch under timeline.initial.
 */
export function docFor(path: string): ParameterDoc | undefined {
  const normal = normalizePath(path);
  const exact = parameterDocs[normal];
  if (exact !== undefined) return exact;
  if (normal.startsWith(CHANGE_SET)) return docFor(`timeline.initial.${normal.slice(CHANGE_SET.length)}`);
  return wildcardDocs.find((w) => w.pattern.test(normal))?.doc;
}

/**
 * The leaf paths of a value, in document order and without repeats: objects are walked by key,
 * arrays written `[]` (their elements merged), anything else is a leaf. An empty object or array is
 * a leaf itself.
 */
export function leafPaths(value: unknown, prefix: string): string[] {
  const out: string[] = [];
  collectLeaves(value, prefix, out);
  return out.filter((path, i) => out.indexOf(path) === i);
}

function collectLeaves(value: unknown, prefix: string, out: string[]): void {
  if (Array.isArray(value)) {
    const path = `${prefix}[]`;
    if (value.length === 0) out.push(path);
    for (const element of value) collectLeaves(element, path, out);
    return;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) out.push(prefix);
    for (const key of keys) collectLeaves((value as Record<string, unknown>)[key], prefix === '' ? key : `${prefix}.${key}`, out);
    return;
  }
  out.push(prefix);
}
