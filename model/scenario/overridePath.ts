// The path of a `--set` override read into keys: `timeline.changes[1].set.ora` →
// ['timeline', 'changes', 1, 'set', 'ora']. Apart from override.ts because the uncertainty rules
// read the same paths, and override.ts validates its result through restoreScenario, which runs them.
import { ScenarioError } from './scenarioError';

export type PathKey = string | number;

/** A number as people type it after `=`: 45, -0.5, .05, 1e-3 (not hex, not empty, not Infinity). */
export const OVERRIDE_NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

// Keys may contain hyphens after their first character: CRC contracts are keyed by CPA slug
// (money.crc.contracts.thames-valley.annualPrice).
const PATH_START = /[A-Za-z_$][\w$-]*|\d+/y;
const PATH_NEXT = /\.([A-Za-z_$][\w$-]*|\d+)|\[(\d+)\]/y;

/** `timeline.changes[1].set.ora` (or `timeline.changes.1.set.ora`) → ['timeline', 'changes', 1, 'set', 'ora']. */
export function parseOverridePath(path: string): PathKey[] {
  const bad = (why: string) =>
    new ScenarioError([
      { path, message: `expected a path like parameters.supervision.capacityCasesPerFte or timeline.changes[1].set.ora, ${why}` },
    ]);
  if (path.trim() === '') throw bad('got an empty path');
  PATH_START.lastIndex = 0;
  const first = PATH_START.exec(path);
  if (first === null) throw bad(`got ${JSON.stringify(path)}`);
  const keys: PathKey[] = [asKey(first[0])];
  let at = PATH_START.lastIndex;
  while (at < path.length) {
    PATH_NEXT.lastIndex = at;
    const next = PATH_NEXT.exec(path);
    if (next === null) throw bad(`got ${JSON.stringify(path)} (cannot read it from ${JSON.stringify(path.slice(at))})`);
    keys.push(next[2] !== undefined ? Number(next[2]) : asKey(next[1]));
    at = PATH_NEXT.lastIndex;
  }
  return keys;
}

function asKey(segment: string): PathKey {
  return /^\d+$/.test(segment) ? Number(segment) : segment;
}
