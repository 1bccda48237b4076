// The application shell: the document bar (file commands, undo and redo), the six views as tabs,
// notices, the offer to recover unsaved edits, and the versions in the footer. Menu commands
// (desktop) and keyboard shortcuts (browser) reach the same commands.
import { useEffect, useState } from 'react';
import type { AppInfo } from './bridge/bridge';
import { useAppState, useHistory, useServices } from './state/appContext';
import { VIEWS, VIEW_LABELS, documentTitle, type ViewName } from './state/appState';
import { dismissNotice, showView } from './state/documentActions';
import type { DocumentCommands } from './state/documentCommands';
import { useCommandKeys } from './lib/useCommandKeys';
import { ScenariosView } from './views/ScenariosView';
import { RunView } from './views/RunView';
import { CompareView } from './views/CompareView';
import { MoneyView } from './views/MoneyView';
import { FlowsView } from './views/FlowsView';
import { TrainerView } from './views/TrainerView';
import { ReportButton } from './report/ReportButton';

const VIEW_COMPONENTS: Record<ViewName, () => React.JSX.Element> = {
  scenarios: ScenariosView,
  run: RunView,
  compare: CompareView,
  money: MoneyView,
  flows: FlowsView,
  trainer: TrainerView,
};

function useAppInfo(): AppInfo | null {
  const { bridge } = useServices();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    bridge.getAppInfo().then(setInfo, () => setInfo(null));
  }, [bridge]);
  return info;
}

function DocumentBar({ commands }: { commands: DocumentCommands }) {
  const { store } = useServices();
  const document = useAppState((s) => s.document);
  const history = useHistory();
  return (
    <div className="document-bar" role="toolbar" aria-label="Document">
      <span className="document-title" data-testid="document-title">
        {documentTitle(document)}
        {document.dirty && (
          <span className="dirty" title="unsaved edits" aria-label="unsaved edits">
            {' '}
            •
          </span>
        )}
      </span>
      <button type="button" onClick={() => commands.newFrom(document.baselineName)}>
        New
      </button>
      <button type="button" onClick={() => void commands.open()}>
        Open…
      </button>
      <button type="button" onClick={() => void commands.save()}>
        Save
      </button>
      <button type="button" onClick={() => void commands.saveAs()}>
        Save as…
      </button>
      <button type="button" disabled={!history.canUndo} title={history.undoLabel ? `Undo ${history.undoLabel}` : 'Nothing to undo'} onClick={() => store.undo()}>
        Undo
      </button>
      <button type="button" disabled={!history.canRedo} title={history.redoLabel ? `Redo ${history.redoLabel}` : 'Nothing to redo'} onClick={() => store.redo()}>
        Redo
      </button>
      <ReportButton />
    </div>
  );
}

function Tabs() {
  const { store } = useServices();
  const view = useAppState((s) => s.view);
  const move = (event: React.KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = VIEWS[(index + step + VIEWS.length) % VIEWS.length];
    store.update(showView(next));
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <nav className="tabs" role="tablist" aria-label="Views">
      {VIEWS.map((name, i) => (
        <button
          key={name}
          id={`tab-${name}`}
          type="button"
          role="tab"
          aria-selected={view === name}
          aria-controls={`panel-${name}`}
          tabIndex={view === name ? 0 : -1}
          onClick={() => store.update(showView(name))}
          onKeyDown={(event) => move(event, i)}
        >
          {VIEW_LABELS[name]}
        </button>
      ))}
    </nav>
  );
}

function Notices() {
  const { store } = useServices();
  const notices = useAppState((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'} data-testid={`notice-${n.tone}`}>
          <strong>{n.title}</strong>
          {n.detail && <pre className="notice-detail">{n.detail}</pre>}
          <button type="button" className="notice-dismiss" aria-label={`Dismiss: ${n.title}`} onClick={() => store.update(dismissNotice(n.id))}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

function RecoveryOffer({ commands }: { commands: DocumentCommands }) {
  const recovery = useAppState((s) => s.recovery);
  if (recovery.length === 0) return null;
  return (
    <section className="recovery" aria-label="Recovered edits" data-testid="recovery">
      {recovery.map((entry) => (
        <p key={entry.id}>
          Unsaved edits to <strong>{entry.title}</strong> from {new Date(entry.at).toLocaleString('en-GB')} were kept when the app last closed.{' '}
          <button type="button" className="primary" onClick={() => commands.recover(entry)}>
            Restore
          </button>{' '}
          <button type="button" onClick={() => void commands.discardRecovery(entry)}>
            Discard
          </button>
        </p>
      ))}
    </section>
  );
}

export function App({ commands }: { commands: DocumentCommands }) {
  const view = useAppState((s) => s.view);
  const appInfo = useAppInfo();
  useCommandKeys(commands);
  const ActiveView = VIEW_COMPONENTS[view];
  return (
    <div className="app">
      <header className="app-header">
        <h1>Probation operating-model simulator</h1>
        <DocumentBar commands={commands} />
        <Tabs />
      </header>
      <Notices />
      <RecoveryOffer commands={commands} />
      <main id={`panel-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`} className="view">
        <ActiveView />
      </main>
      <footer className="app-footer" data-testid="runtime">
        {appInfo ? `Version ${appInfo.appVersion} · engine ${appInfo.engineVersion} · ${appInfo.platformSummary}` : ''}
      </footer>
    </div>
  );
}
