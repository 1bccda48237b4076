// "Export report…" in the document bar: a self-contained HTML report of the scenario, its
// assumptions, the charts of every view with results, the uncertainty statement and provenance;
// and the same report as a PDF, which only the desktop app offers (it prints it). The menu
// command and Ctrl+E arrive through reportRequests.ts and do what the HTML button does. How it went
// is told in a notice (where the file went, which views' charts it holds, or why it failed).
import { useContext, useEffect, useRef, useState } from 'react';
import { useServices } from '../state/appContext';
import { CommandsContext } from '../state/commandsContext';
import { addNotice } from '../state/documentActions';
import { onReportRequested } from './reportRequests';
import { canExportPdf, exportReport, type ReportFormat } from './exportReport';
import './report.css';

export function ReportButton() {
  const services = useServices();
  const commands = useContext(CommandsContext);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);

  const run = async (format: ReportFormat) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    const notify = (tone: 'info' | 'error', title: string, detail?: string) => services.store.update(addNotice({ tone, title, detail }));
    try {
      const outcome = await exportReport(services, commands, format);
      if (outcome.status === 'saved') notify('info', `Saved ${outcome.fileName} to ${outcome.location ?? 'disk'}`, `The report holds ${outcome.contents}.`);
    } catch (error) {
      // In a browser the PDF export says it needs the desktop app: that is information, not a fault.
      const reason = error instanceof Error ? error.message : String(error);
      notify(format === 'pdf' && services.bridge.runtime === 'browser' ? 'info' : 'error', `The ${format === 'pdf' ? 'PDF' : 'report'} was not exported`, reason);
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => onReportRequested(() => void runRef.current('html')), []);

  return (
    <span className="report-export">
      <button type="button" data-testid="report-export" disabled={busy} onClick={() => void run('html')}>
        Export report…
      </button>
      {canExportPdf(services.bridge) && (
        <button type="button" data-testid="report-export-pdf" disabled={busy} onClick={() => void run('pdf')}>
          Report as PDF…
        </button>
      )}
      <span className="report-message" role="status" data-testid="report-message">
        {busy ? 'Collecting the charts of every view…' : ''}
      </span>
    </span>
  );
}
