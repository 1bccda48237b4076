// The range of a documented number (its minimum, physical maximum and the reason), read from the
// schema, which builds every number from parameterBounds.ts: so docs/parameters.md can never state
// a range the validation does not enforce.
import { schemaAt } from './issueMessages';
import { boundOf, rangeText, type BoundName } from './parameterBounds';
import { normalizePath } from './parameterDocLookup';

export interface ParameterRange {
  /** The bound's name in parameterBounds.ts (the same for every number of its kind). */
  name: BoundName;
  /** "0 to 1", "above 0 to 2,000,000". */
  text: string;
  /** Why the maximum is where it is. */
  why: string;
}

/** The range the schema allows at a documented path (indices or `[]` allowed), or undefined for a value that is not a number. */
export function rangeFor(path: string): ParameterRange | undefined {
  const keys = normalizePath(path)
    .split('.')
    .flatMap((part): PropertyKey[] => (part.endsWith('[]') ? [part.slice(0, -2), 0] : [part]));
  const found = boundOf(schemaAt(keys));
  return found && { name: found.name, text: rangeText(found.bound), why: found.bound.why };
}
