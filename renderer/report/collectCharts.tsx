// The charts for the report, as the app draws them: each ChartFrame (figure.chart) gives its title,
// subtitle, drawing (exportImage.ts standaloneSvg) and provenance line. Only the current view is on
// the page, so a view the user has worked in but is not looking at is drawn for a moment in an
// off-screen, inert container from its slice, read, and taken down again: the report then has the
// charts of every view with results, drawn by the views' own code rather than a second renderer.
// Views never touched this session (their slice is still the initial one) are not drawn.
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { ComponentType } from 'react';
import { AppContext, type AppServices } from '../state/appContext';
import { CommandsContext } from '../state/commandsContext';
import type { DocumentCommands } from '../state/documentCommands';
import { VIEW_LABELS, type AppState, type ViewName } from '../state/appState';
import { initialRunState } from '../state/runSlice';
import { initialCompareState } from '../state/compareSlice';
import { initialMoneyState } from '../state/moneySlice';
import { initialFlowsState } from '../state/flowsSlice';
import { findChartSvg, standaloneSvg } from '../charts/exportImage';
import type { ReportChart } from '../lib/reportHtml';
import { RunView } from '../views/RunView';
import { CompareView } from '../views/CompareView';
import { MoneyView } from '../views/MoneyView';
import { FlowsView } from '../views/FlowsView';

/** Views that draw results, in the order of the tabs. */
const RESULT_VIEWS: { view: Exclude<ViewName, 'scenarios'>; component: ComponentType; untouched: (s: AppState) => boolean }[] = [
  { view: 'run', component: RunView, untouched: (s) => s.run === initialRunState },
  { view: 'compare', component: CompareView, untouched: (s) => s.compare === initialCompareState },
  { view: 'money', component: MoneyView, untouched: (s) => s.money === initialMoneyState },
  { view: 'flows', component: FlowsView, untouched: (s) => s.flows === initialFlowsState },
];

/** Recharts animates lines and areas in over 1.5 s by default: read the drawing after that. */
const ANIMATION_MS = 1700;
const GIVE_UP_MS = 8000;

export interface CapturedView {
  view: string;
  charts: ReportChart[];
  note: string;
}

const text = (root: Element, selector: string) => root.querySelector(selector)?.textContent?.trim() ?? '';

/** Every chart frame inside `container`, read as the report needs it. */
function captureCharts(container: ParentNode, view: string): ReportChart[] {
  return [...container.querySelectorAll<HTMLElement>('figure.chart')].map((figure) => {
    const title = text(figure, '.chart-title');
    const body = figure.querySelector('.chart-body');
    const svg = body ? findChartSvg(body) : null;
    return {
      view,
      title,
      subtitle: text(figure, '.chart-subtitle'),
      svg: svg ? standaloneSvg(svg, title).text : null,
      provenance: text(figure, 'figcaption.provenance'),
    };
  });
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the charts in `host` have stopped appearing and any animation has run its course. */
async function settle(host: HTMLElement): Promise<void> {
  const start = performance.now();
  let last = -1;
  let stableSince = start;
  for (;;) {
    await delay(100);
    const now = performance.now();
    const count = host.querySelectorAll('figure.chart').length + host.querySelectorAll('figure.chart svg').length;
    if (count !== last) {
      last = count;
      stableSince = now;
    }
    const quiet = now - stableSince >= 400;
    if (quiet && (count === 0 || now - start >= ANIMATION_MS)) return;
    if (now - start >= GIVE_UP_MS) return;
  }
}

async function drawOffscreen(Component: ComponentType, view: string, services: AppServices, commands: DocumentCommands | null): Promise<ReportChart[]> {
  const host = document.createElement('div');
  host.className = 'report-offscreen';
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() =>
      root.render(
        <AppContext.Provider value={services}>
          <CommandsContext.Provider value={commands}>
            <Component />
          </CommandsContext.Provider>
        </AppContext.Provider>,
      ),
    );
    await settle(host);
    return captureCharts(host, view);
  } finally {
    root.unmount();
    host.remove();
  }
}

/** The charts of every view with results: the current one from the page, the others drawn off screen. */
export async function collectAllCharts(services: AppServices, commands: DocumentCommands | null): Promise<CapturedView[]> {
  const state = services.store.state;
  const captured: CapturedView[] = [];
  for (const { view, component, untouched } of RESULT_VIEWS) {
    const label = VIEW_LABELS[view];
    let charts: ReportChart[] = [];
    let note = '';
    try {
      if (view === state.view) charts = captureCharts(document.querySelector('main') ?? document, label);
      else if (untouched(state)) note = 'not used in this session';
      else charts = await drawOffscreen(component, label, services, commands);
    } catch (error) {
      note = `its charts could not be drawn for the report (${error instanceof Error ? error.message : String(error)})`;
    }
    if (!note) note = charts.length === 0 ? 'no results to show yet' : `${charts.length} chart${charts.length === 1 ? '' : 's'}`;
    captured.push({ view: label, charts, note });
  }
  return captured;
}
