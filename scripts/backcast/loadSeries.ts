// Reads the published series the back-cast compares: the observed outcomes in
// scenarios/data/observed/*.csv and the people-sentenced inputs scenarios/data/sentenced-*.csv,
// in a fixed order (so the output's order does not depend on the file system). Files are parsed
// and validated by the shared reader of the series format, formats/seriesCsv.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishedSeries } from '../../model/calibration/publishedSeries';
import { observedSeries } from '../../model/calibration/backcastSeries';
import { parseSeriesCsv, type Series } from '../../formats/seriesCsv';

export const DATA_DIR = join(import.meta.dirname, '../../scenarios/data');

function readDir(dir: string, keep: (file: string) => boolean): PublishedSeries[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv') && keep(f))
    .sort()
    .map((f) => publishedOf(parseSeriesCsv(readFileSync(join(dir, f), 'utf8'), f)));
}

/** The shared parser's Series (formats/seriesCsv.ts) in the shape model/calibration compares. */
export function publishedOf(series: Series): PublishedSeries {
  const { name, title, unit, coverage, description, points } = series;
  return { name, title, unit, coverage, description, rows: points.map((p) => ({ ...p })) };
}

/** Observed series first, in the order model/calibration/backcastSeries.ts lists them, then the sentenced inputs by name. */
export function loadPublishedSeries(dataDir = DATA_DIR): PublishedSeries[] {
  const rank = (name: string) => {
    const k = observedSeries.findIndex((s) => s.name === name);
    return k < 0 ? observedSeries.length : k;
  };
  const observed = readDir(join(dataDir, 'observed'), () => true).sort((a, b) => rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : 1));
  return [...observed, ...readDir(dataDir, (f) => f.startsWith('sentenced-'))];
}
