/// <reference types="vite/client" />
// The published yearly series the Run view sets beside a run: the observed outcomes
// (scenarios/data/observed/*.csv) and the people-sentenced inputs (scenarios/data/sentenced-*.csv),
// bundled as text through Vite's `?raw` and parsed by the shared reader of the series format
// (formats/seriesCsv.ts), the same files and parser as `npm run calibrate`. Only series the model
// has a measure for (model/calibration/backcastSeries.ts) are kept. Order: observed series in the
// order backcastSeries.ts lists them, then the sentenced inputs by name, as the calibration report.
// A malformed file throws its SeriesError (file, line, column) at first use: it is a build defect.
import { parseSeriesCsv } from '../../formats/seriesCsv';
import { backcastSeriesFor, observedSeries } from '../../model/calibration/backcastSeries';
import type { PublishedSeries } from '../../model/calibration/publishedSeries';

const observedFiles = import.meta.glob<string>('../../scenarios/data/observed/*.csv', { query: '?raw', import: 'default', eager: true });
const sentencedFiles = import.meta.glob<string>('../../scenarios/data/sentenced-*.csv', { query: '?raw', import: 'default', eager: true });

export interface PublishedSet {
  /** Observed outcomes, then the inputs of people sentenced. */
  series: PublishedSeries[];
  /** Names of the observed outcomes (the rest are inputs the scenario follows). */
  observed: string[];
}

function parsedFrom(files: Record<string, string>): PublishedSeries[] {
  return Object.keys(files)
    .sort()
    .map((path) => {
      const { name, title, unit, coverage, description, points } = parseSeriesCsv(files[path], path.split('/').at(-1) ?? path);
      return { name, title, unit, coverage, description, rows: points.map((p) => ({ ...p })) };
    })
    .filter((s) => backcastSeriesFor(s.name) !== null);
}

let cached: PublishedSet | null = null;

/** The published series the model can measure, parsed once. */
export function publishedSeries(): PublishedSet {
  if (cached) return cached;
  const rank = (name: string) => {
    const k = observedSeries.findIndex((s) => s.name === name);
    return k < 0 ? observedSeries.length : k;
  };
  const observed = parsedFrom(observedFiles).sort((a, b) => rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : 1));
  cached = { series: [...observed, ...parsedFrom(sentencedFiles)], observed: observed.map((s) => s.name) };
  return cached;
}

/** The series names a run should measure by year (experiments/yearly.ts). */
export function publishedSeriesNames(): string[] {
  return publishedSeries().series.map((s) => s.name);
}
