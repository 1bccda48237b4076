// The published yearly input series, read from scenarios/data/*.csv (Node side: the CLI, scripts and
// tests; the browser app parses the same text with formats/seriesCsv.ts). Each file is validated on
// its own by parseSeriesCsv; checkSeriesSet adds the rules that span files: every input series the
// engine maps is present, each provider's staffing covers the years that provider existed, and the
// three PSR shares add up to 1 (within 0.005) in every year.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSeriesCsv, type Series } from '../formats/seriesCsv';

export const SERIES_FOLDER = fileURLToPath(new URL('./data/', import.meta.url));

/** The input series the engine maps onto dated parameters, in a stable order. */
export const INPUT_SERIES_NAMES = [
  'sentenced-community-orders',
  'sentenced-suspended-orders',
  'sentenced-custody-under-12m',
  'sentenced-custody-12m-to-4y',
  'sentenced-custody-over-4y',
  'sentenced-other',
  'custody-rate-indictable',
  'custodial-sentence-length-months',
  'psr-volume',
  'psr-share-oral',
  'psr-share-short-written',
  'psr-share-standard',
  'remand-population',
  'indeterminate-population',
  'staffing-fte-trusts',
  'staffing-fte-nps',
  'staffing-fte-crc',
] as const;

export type InputSeriesName = (typeof INPUT_SERIES_NAMES)[number];

/** The PSR type shares that must add up to 1 each year. */
export const PSR_SHARE_NAMES = ['psr-share-oral', 'psr-share-short-written', 'psr-share-standard'] as const;
export const PSR_SHARE_TOLERANCE = 0.005;

/** Years a provider existed: its staffing series must cover exactly these. */
export const PROVIDER_YEARS: Readonly<Record<string, readonly [number, number]>> = {
  'staffing-fte-trusts': [2005, 2014],
  'staffing-fte-nps': [2014, 2023],
  'staffing-fte-crc': [2014, 2021],
};

export class SeriesSetError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the input series do not fit together:\n- ${problems.join('\n- ')}`);
    this.name = 'SeriesSetError';
  }
}

export function loadSeries(name: string, folder = SERIES_FOLDER): Series {
  const file = path.join(folder, `${name}.csv`);
  return parseSeriesCsv(readFileSync(file, 'utf8'), `${name}.csv`);
}

/** Every series file in the folder, sorted by name. */
export function loadAllSeries(folder = SERIES_FOLDER): Series[] {
  const names = readdirSync(folder)
    .filter((file) => file.endsWith('.csv'))
    .map((file) => file.slice(0, -4))
    .sort();
  return names.map((name) => loadSeries(name, folder));
}

/** Throws a SeriesSetError listing every cross-series rule the set breaks. */
export function checkSeriesSet(all: readonly Series[]): void {
  const byName = new Map(all.map((series) => [series.name, series]));
  const problems = [
    ...INPUT_SERIES_NAMES.filter((name) => !byName.has(name)).map((name) => `series "${name}" is missing; expected scenarios/data/${name}.csv`),
    ...providerYearProblems(byName),
    ...psrShareProblems(byName),
  ];
  if (problems.length > 0) throw new SeriesSetError(problems);
}

function providerYearProblems(byName: ReadonlyMap<string, Series>): string[] {
  return Object.entries(PROVIDER_YEARS).flatMap(([name, [first, last]]) => {
    const series = byName.get(name);
    if (series === undefined || (series.firstYear === first && series.lastYear === last)) return [];
    return [`series "${name}" covers ${series.firstYear}-${series.lastYear}; expected "# years: ${first}-${last}" (the years that provider existed)`];
  });
}

function psrShareProblems(byName: ReadonlyMap<string, Series>): string[] {
  const shares = PSR_SHARE_NAMES.map((name) => byName.get(name));
  if (shares.some((series) => series === undefined)) return [];
  const [first] = shares as Series[];
  const problems: string[] = [];
  for (const series of shares as Series[]) {
    if (series.firstYear !== first.firstYear || series.lastYear !== first.lastYear) {
      problems.push(`PSR share "${series.name}" covers ${series.firstYear}-${series.lastYear}; expected the same years as "${first.name}" (${first.firstYear}-${first.lastYear})`);
    }
  }
  if (problems.length > 0) return problems;
  first.points.forEach((point, i) => {
    const sum = (shares as Series[]).reduce((total, series) => total + series.points[i].value, 0);
    if (Math.abs(sum - 1) > PSR_SHARE_TOLERANCE) {
      problems.push(`PSR shares for ${point.year} add up to ${sum.toFixed(4)}; expected 1 within ${PSR_SHARE_TOLERANCE} (${PSR_SHARE_NAMES.join(' + ')})`);
    }
  });
  return problems;
}
