// Gathers what the report says from the app's state and the charts collected from the views:
// the document's scenario and its baseline (plain-words differences, timeline, settings), the
// assumptions with their sources, the uncertainty statement and the provenance. The HTML itself is
// written by the pure builder in lib/reportHtml.ts.
import type { AppInfo } from '../bridge/bridge';
import { ENGINE_VERSION, loadBuiltIn, parameterDoc, scenarioHash, type Scenario } from '../engine';
import { documentTitle, type AppState } from '../state/appState';
import { scenarioDiff } from '../lib/scenarioDiff';
import { pathLabel } from '../lib/parameterLabels';
import { valueText } from '../lib/parameterFormat';
import { groupById, groupOf } from '../lib/parameterGroups';
import { scenarioAssumptions } from '../lib/reportAssumptions';
import { reportDatedValues } from '../lib/reportDatedValues';
import { parseProvenanceLine, runsText, uncertaintyStatement, type ChartRunFacts } from '../lib/reportProvenance';
import type { ReportInput } from '../lib/reportHtml';
import type { CapturedView } from './collectCharts';

function switchesText(set: Record<string, unknown>): string {
  return Object.entries(set)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      if (value !== null && typeof value === 'object') {
        return `${key}: ${Object.entries(value).map(([k, v]) => `${k} ${String(v)}`).join(', ')}`;
      }
      return `${key}: ${String(value)}`;
    })
    .join('; ');
}

function timelineRows(scenario: Scenario): ReportInput['timeline'] {
  return [
    { date: scenario.simulation.start, label: 'In force from the start (initial switches)', sets: switchesText(scenario.timeline.initial) },
    ...scenario.timeline.changes.map((change) => ({ date: change.date, label: change.label, sets: switchesText(change.set) })),
  ];
}

function simulationPairs(scenario: Scenario): [string, string][] {
  const s = scenario.simulation;
  return [
    ['Reported window', `${s.years} years from ${s.start}`],
    ['Warm-up before it', `${s.warmupYears} years`],
    ['Scale', `${s.scale} of England and Wales (figures are national equivalents)`],
    ['Seed', String(s.seed)],
    ['Journeys sampled', String(s.journeySampleSize)],
  ];
}

function baselineOf(name: string): Scenario | null {
  try {
    return loadBuiltIn(name);
  } catch {
    return null;
  }
}

function differences(baseline: Scenario | null, scenario: Scenario, baselineName: string): string[] | null {
  if (!baseline) return null;
  try {
    return scenarioDiff(baseline, scenario, { baselineName, unitOf: (path) => parameterDoc(path)?.unit ?? '' }).map((line) => (line.details ? `${line.text}: ${line.details.join('; ')}` : line.text));
  } catch {
    return null;
  }
}

const unique = <T,>(values: T[]): T[] => [...new Set(values)];

export function reportInputFrom(state: AppState, views: CapturedView[], appInfo: AppInfo | null, madeAt: Date): ReportInput {
  const { scenario, baselineName } = state.document;
  const baseline = baselineOf(baselineName);
  const hash = scenarioHash(scenario);
  const charts = views.flatMap((v) => v.charts);
  const runsByView = views.map((v) => ({
    view: v.view,
    runs: v.charts.map((c) => parseProvenanceLine(c.provenance)).filter((r): r is ChartRunFacts => r !== null),
  }));
  const allRuns = runsByView.flatMap((v) => v.runs);
  const chartScenarios = unique(allRuns.flatMap((r) => r.scenarios.map((s) => `${s.name} ${s.hash}`)));
  return {
    title: `${documentTitle(state.document)}${state.document.dirty ? ' (edited)' : ''}`,
    generatedAt: madeAt.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' }),
    scenario: {
      name: scenario.name,
      hash,
      description: scenario.description ?? '',
      baselineName,
      baselineHash: baseline ? scenarioHash(baseline) : 'unknown',
    },
    differences: differences(baseline, scenario, baselineName),
    timeline: timelineRows(scenario),
    simulation: simulationPairs(scenario),
    assumptions: scenarioAssumptions(scenario, baseline, {
      docOf: parameterDoc,
      groupOf: (path) => groupById(groupOf(path)).title,
      labelOf: pathLabel,
      valueOf: (value, unit) => valueText(value, unit),
    }),
    datedValues: reportDatedValues(scenario.timeline.values, { labelOf: pathLabel, unitOf: (path) => parameterDoc(path)?.unit ?? '' }),
    charts,
    views: views.map((v) => ({ view: v.view, note: v.note })),
    uncertainty: uncertaintyStatement(
      runsByView,
      scenario.uncertainty.map((u) => `${u.path} (${u.distribution})`),
    ),
    provenance: [
      ['App version', appInfo?.appVersion ?? 'unknown'],
      ['Engine version', appInfo?.engineVersion ?? ENGINE_VERSION],
      ['Runtime', appInfo?.platformSummary ?? 'unknown'],
      ['Report made', madeAt.toISOString()],
      ['Scenario', `${scenario.name} (${hash})`],
      ['Baseline', `${baselineName} (${baseline ? scenarioHash(baseline) : 'unknown'})`],
      ['Scenarios behind the charts', chartScenarios.length > 0 ? chartScenarios.join('; ') : 'none (no charts)'],
      ['Engine versions behind the charts', unique(allRuns.map((r) => r.engineVersion)).join(', ') || 'none'],
      ...runsByView.filter((v) => v.runs.length > 0).map((v): [string, string] => [`Runs behind ${v.view}`, runsText(v.runs)]),
    ],
  };
}
