// The unified model's published pre-sentence-report target (REFERENCE.md › Rules that are inputs ›
// unified PSR target, PQ 2021): a report in 75% of sentences, of them 10% standard, 40% short
// written and 50% oral. The built-in scenarios' parameters.court.psrTarget, and what a version-4
// file gets when it is upgraded (migrations.ts), with the switch off.
export const UNIFIED_PSR_TARGET = { share: 0.75, mix: { oral: 0.5, shortWritten: 0.4, standard: 0.1 } };
