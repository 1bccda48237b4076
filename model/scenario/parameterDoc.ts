// What the documentation says of one parameter: its unit, meaning, source and the kind of evidence
// behind it. Apart from parameterDocs.ts so that moneyDocs.ts, which parameterDocs.ts gathers, can
// use the shape without importing its gatherer.
export type ParameterBasis = 'reference' | 'assumption' | 'calibrated';

export interface ParameterDoc {
  unit: string;
  description: string;
  /** "REFERENCE.md › section › row", "assumption: <reason>" or "calibrated: tuned so that …". */
  source: string;
  basis: ParameterBasis;
}
