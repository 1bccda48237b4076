// Export report: collect the charts, build the HTML, and save it (or have the desktop app print it
// to PDF). The same steps for the button, the menu command and Ctrl+E.
import type { AppServices } from '../state/appContext';
import type { DocumentCommands } from '../state/documentCommands';
import { fileStem } from '../charts/chartData';
import { buildReportHtml } from '../lib/reportHtml';
import { collectAllCharts } from './collectCharts';
import { reportInputFrom } from './reportInput';

export type ReportFormat = 'html' | 'pdf';

/**
 * Whether "Report as PDF…" can work here: only the desktop app has a PDF printer (Chromium's, in
 * electron/setup/pdfRenderer.ts, always present there); the browser bridge's exportPdf can only
 * say it cannot, so the browser build does not offer it at all.
 */
export function canExportPdf(bridge: Pick<AppServices['bridge'], 'runtime'>): boolean {
  return bridge.runtime === 'electron';
}

export interface ReportOutcome {
  status: 'saved' | 'cancelled';
  fileName: string;
  /** Where it went ("your downloads folder", a path), when saved. */
  location?: string;
  /** Which views' charts it holds, in words. */
  contents: string;
}

export async function exportReport(services: AppServices, commands: DocumentCommands | null, format: ReportFormat): Promise<ReportOutcome> {
  const { store, bridge } = services;
  const views = await collectAllCharts(services, commands);
  const appInfo = await bridge.getAppInfo().catch(() => null);
  const html = buildReportHtml(reportInputFrom(store.state, views, appInfo, new Date()));
  const withCharts = views.filter((v) => v.charts.length > 0);
  const contents =
    withCharts.length > 0 ? `charts of ${withCharts.map((v) => `${v.view} (${v.charts.length})`).join(', ')}` : 'no charts yet (run a scenario first)';
  const stem = fileStem(store.state.document.scenario.name);
  const fileName = `${stem}-report.${format}`;
  const result =
    format === 'html'
      ? await bridge.saveTextFile({ suggestedName: fileName, contents: html })
      : await bridge.exportPdf({ suggestedName: fileName, html });
  return result.status === 'saved' ? { status: 'saved', fileName, location: result.location, contents } : { status: 'cancelled', fileName, contents };
}
