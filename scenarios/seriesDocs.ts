// The input series as a Markdown section for docs/parameters.md: per series its title, unit,
// coverage and description, a line counting published, interpolated, extrapolated and assumed years,
// and the year-by-year table with each value's basis, confidence, source and note. Pure text from
// parsed series: the lead's docs script decides where the section goes.
import type { Series, SeriesBasis } from '../formats/seriesCsv';

export function seriesMarkdown(all: readonly Series[]): string {
  const intro = [
    '## Input series (published yearly figures)',
    '',
    'Demand and capacity follow these series year by year (files in `scenarios/data/`). Basis: *published* = the figure as printed in the named source (or a sum of printed components of one table, said in the note); *interpolated* = linear between the published years named; *extrapolated* = held or carried on past the last published year; *assumption* = no published figure found, the rule in the source column. The disposal series count all ages; the custody-length series count sentenced receptions (about 12% below sentences). Confidence: H official or parliamentary source seen, M reliable secondary source, L estimate.',
    '',
  ];
  return [...intro, ...all.flatMap(seriesSection)].join('\n');
}

function seriesSection(series: Series): string[] {
  return [
    `### ${series.title} (\`${series.name}\`)`,
    '',
    `- unit: ${series.unit}`,
    `- coverage: ${series.coverage}`,
    `- years: ${series.firstYear}-${series.lastYear}`,
    `- ${series.description}`,
    `- ${basisCounts(series)}`,
    '',
    '| year | value | basis | conf | source | note |',
    '|---|---|---|---|---|---|',
    ...series.points.map((p) => `| ${p.year} | ${formatValue(p.value)} | ${p.basis} | ${p.confidence} | ${cell(p.source)} | ${cell(p.note)} |`),
    '',
  ];
}

/** "12 of 19 years published, 5 interpolated, 2 extrapolated" (kinds with no year left out). */
export function basisCounts(series: Series): string {
  const count = (basis: SeriesBasis) => series.points.filter((p) => p.basis === basis).length;
  const parts = [`${count('published')} of ${series.points.length} years published`];
  for (const basis of ['interpolated', 'extrapolated', 'assumption'] as const) {
    if (count(basis) > 0) parts.push(`${count(basis)} ${basis === 'assumption' ? 'assumed' : basis}`);
  }
  return parts.join(', ');
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-GB') : String(value);
}

/** A table cell: pipes escaped, line breaks flattened. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*[\r\n]+\s*/g, ' ');
}
