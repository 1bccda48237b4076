// What the documentation says of one parameter: its unit, meaning, source and the kind of evidence
// behind it. Apart from parameterDocs.ts so that moneyDocs.ts, which parameterDocs.ts gathers, can
// use the shape, and the helpers that build an entry, without importing its gatherer.
export type ParameterBasis = 'reference' | 'assumption' | 'calibrated';

export interface ParameterDoc {
  unit: string;
  description: string;
  /** "REFERENCE.md › section › row", "assumption: <reason>" or "calibrated: tuned so that …". */
  source: string;
  basis: ParameterBasis;
}

/** The prefix of a source that is a row of REFERENCE.md ("REFERENCE.md › section › row"). */
export const REF = 'REFERENCE.md ›';

/** One entry of a documentation table, in the order its tables read best: unit, basis, source, description. */
export const doc = (unit: string, basis: ParameterBasis, source: string, description: string): ParameterDoc => ({
  unit,
  description,
  source,
  basis,
});
