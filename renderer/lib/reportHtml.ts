// The report as one self-contained HTML file: the scenario summary, its assumptions with their
// sources, the charts the app shows (inline SVG), the uncertainty statement and the provenance.
// Self-contained means no scripts, no external anything: inline CSS, inline SVG, and a
// Content-Security-Policy that forbids everything else, so the file is safe to mail around and
// prints to PDF the same everywhere. Invariants: every string from the input is HTML-escaped;
// drawings pass through sanitizeSvg; section ids are stable (tests and links rely on them).
import { escapeHtml as e, sanitizeSvg } from './reportEscape';
import type { AssumptionChange, AssumptionGroup } from './reportAssumptions';
import type { DatedValuesReport } from './reportDatedValues';
import { REPORT_CSS } from './reportStyle';

export interface ReportChart {
  /** The view the chart was shown in ("Compare"). */
  view: string;
  title: string;
  subtitle: string;
  /** Standalone SVG of the drawing; null when the chart had none drawn. */
  svg: string | null;
  /** The chart's provenance line. */
  provenance: string;
}

export interface ReportViewNote {
  view: string;
  /** "3 charts", "no results yet", "could not be drawn: …". */
  note: string;
}

export interface ReportInput {
  /** What the report is of ("tr (edited)"). */
  title: string;
  /** When it was made, in words. */
  generatedAt: string;
  scenario: { name: string; hash: string; description: string; baselineName: string; baselineHash: string };
  /** The differences from the baseline in plain words; null when they could not be worked out. */
  differences: string[] | null;
  timeline: { date: string; label: string; sets: string }[];
  simulation: [string, string][];
  assumptions: { groups: AssumptionGroup[]; changed: AssumptionChange[]; otherCount: number };
  /** The numbers that change at dates (timeline.values), and their points. */
  datedValues: DatedValuesReport;
  charts: ReportChart[];
  views: ReportViewNote[];
  uncertainty: string[];
  provenance: [string, string][];
}

const SECTIONS: [string, string][] = [
  ['summary', 'Scenario'],
  ['assumptions', 'Assumptions and their sources'],
  ['charts', 'Charts'],
  ['uncertainty', 'Uncertainty'],
  ['provenance', 'Provenance'],
];

function table(head: string[], rows: string[][], className = ''): string {
  const header = `<tr>${head.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${e(cell)}</td>`).join('')}</tr>`).join('\n');
  return `<table${className ? ` class="${className}"` : ''}><thead>${header}</thead><tbody>${body}</tbody></table>`;
}

function pairs(rows: [string, string][]): string {
  return `<dl class="pairs">${rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`;
}

function summarySection(input: ReportInput): string {
  const { scenario } = input;
  const differences =
    input.differences === null
      ? '<p>The differences from the baseline could not be worked out; the timeline and settings below describe the scenario in full.</p>'
      : input.differences.length === 0
        ? `<p>The scenario is the same as ${e(scenario.baselineName)} in every value.</p>`
        : `<ul class="differences">${input.differences.map((line) => `<li>${e(line)}</li>`).join('')}</ul>`;
  return [
    pairs([
      ['Name', scenario.name],
      ['Scenario hash', scenario.hash],
      ['Baseline', `${scenario.baselineName} (${scenario.baselineHash})`],
    ]),
    `<p class="description">${e(scenario.description)}</p>`,
    `<h3>Differences from ${e(scenario.baselineName)}</h3>`,
    differences,
    '<h3>Timeline</h3>',
    input.timeline.length === 0 ? '<p>No dated changes.</p>' : table(['Date', 'Change', 'Sets'], input.timeline.map((t) => [t.date, t.label, t.sets]), 'timeline'),
    '<h3>Simulation settings</h3>',
    pairs(input.simulation),
  ].join('\n');
}

function assumptionsSection(input: ReportInput): string {
  const { groups, changed, otherCount } = input.assumptions;
  const entries = groups.reduce((n, g) => n + g.entries.length, 0);
  const intro = `<p>Values the model takes as assumptions (not published figures, not calibrated), each with the reason given for it. ${entries} assumed parameters are listed; ${otherCount} further values come from published sources or calibration (see docs/parameters.md).</p>`;
  const changes =
    changed.length === 0
      ? `<p>No assumed value differs from ${e(input.scenario.baselineName)}.</p>`
      : table(['Parameter', 'Value', input.scenario.baselineName, 'Source of the assumption'], changed.map((c) => [c.label, c.value, c.baseline, c.source]), 'changed');
  const all = groups
    .map(
      (group) =>
        `<h4>${e(group.title)}</h4>\n<table class="assumptions"><thead><tr><th scope="col">Parameter</th><th scope="col">Value</th><th scope="col">What it does, and why this value</th></tr></thead><tbody>` +
        group.entries
          .map((a) => `<tr><td>${e(a.label)}</td><td>${e(a.value)}</td><td>${e(a.description)}<div class="source">Source: ${e(a.source)}</div></td></tr>`)
          .join('\n') +
        '</tbody></table>',
    )
    .join('\n');
  return [intro, `<h3>Assumptions that differ from ${e(input.scenario.baselineName)}</h3>`, changes, datedValuesHtml(input.datedValues), '<h3>All assumptions, by stage of the pathway</h3>', all].join('\n');
}

/** The numbers that change at dates: one row each, then their points by date in compact tables. */
function datedValuesHtml({ rows, tables }: DatedValuesReport): string {
  const heading = '<h3>Values that change at dates</h3>';
  if (rows.length === 0) return `${heading}\n<p>No parameter changes at dates: each holds its single value throughout the run.</p>`;
  const intro = `<p>${rows.length === 1 ? '1 parameter takes' : `${rows.length} parameters take`} values by date (before the first point its single value holds; after the last, the last point's value; a step join holds each value until the next point, a linear join draws a straight line between points).</p>`;
  const summary = table(
    ['Parameter', 'Join', 'First point', 'Last point', 'Points', 'Source'],
    rows.map((r) => [r.unit ? `${r.label} (${r.unit})` : r.label, r.join, r.first, r.last, String(r.count), r.source]),
    'dated',
  );
  const points = tables.map((t) => table(['Parameter', ...t.columns], t.rows.map((row) => [row.label, ...row.cells]), 'dated-points')).join('\n');
  return [heading, intro, summary, '<h4>Points by date</h4>', '<p class="source">A blank cell: no point on that date (the join gives the value there).</p>', points].join('\n');
}

function chartsSection(input: ReportInput): string {
  const notes = `<ul class="views">${input.views.map((v) => `<li><strong>${e(v.view)}</strong>: ${e(v.note)}</li>`).join('')}</ul>`;
  const figures = input.charts.map((chart) => {
    const svg = chart.svg === null ? '' : sanitizeSvg(chart.svg);
    return [
      '<figure class="chart">',
      `<figcaption><span class="view">${e(chart.view)}</span><strong>${e(chart.title)}</strong>${chart.subtitle ? `<span class="subtitle">${e(chart.subtitle)}</span>` : ''}</figcaption>`,
      svg === '' ? '<p class="missing">(The drawing was not available; the chart’s data can be exported as CSV from the app.)</p>' : `<div class="drawing">${svg}</div>`,
      `<p class="provenance">${e(chart.provenance)}</p>`,
      '</figure>',
    ].join('\n');
  });
  return [`<p>The charts as the app showed them when the report was made, view by view:</p>`, notes, ...figures].join('\n');
}

export function buildReportHtml(input: ReportInput): string {
  const body: Record<string, string> = {
    summary: summarySection(input),
    assumptions: assumptionsSection(input),
    charts: chartsSection(input),
    uncertainty: input.uncertainty.map((p) => `<p>${e(p)}</p>`).join('\n'),
    provenance: pairs(input.provenance),
  };
  const contents = `<nav><ol>${SECTIONS.map(([id, title]) => `<li><a href="#${id}">${e(title)}</a></li>`).join('')}</ol></nav>`;
  const sections = SECTIONS.map(([id, title]) => `<section id="${id}">\n<h2>${e(title)}</h2>\n${body[id]}\n</section>`).join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`Report: ${input.title}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${e(`Report: ${input.title}`)}</h1>
<p class="generated">Made ${e(input.generatedAt)} with the probation operating-model simulator.</p>
</header>
${contents}
${sections}
</body>
</html>
`;
}
