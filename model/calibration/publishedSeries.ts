// A published yearly series as the back-cast needs it: one value per year, with how the value
// was obtained (only `published` rows are compared; interpolated, extrapolated and assumed rows
// are carried for charts and inputs but never judged) and where it comes from. The CSV files of
// scenarios/data/ are read into this shape outside model/ (model/ reads no files).

export const BASES = ['published', 'interpolated', 'extrapolated', 'assumption'] as const;
export type Basis = (typeof BASES)[number];

export interface PublishedRow {
  year: number;
  value: number;
  basis: Basis;
  confidence: 'H' | 'M' | 'L';
  source: string;
  note: string;
}

export interface PublishedSeries {
  /** The file's base name, e.g. `prison-population` or `sentenced-community-order`. */
  name: string;
  title: string;
  unit: string;
  coverage: string;
  description: string;
  rows: PublishedRow[];
}
