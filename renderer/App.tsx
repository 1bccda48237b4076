// The walking skeleton: run the built-in as-happened scenario in the engine worker and chart
// probation caseload and prison population over time.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { AppInfo, Bridge } from './bridge/bridge';
import { ChartContainer } from './components/ChartContainer';
import { PopulationChart } from './components/PopulationChart';
import { ProvenanceLine } from './components/ProvenanceLine';
import { RunControls } from './components/RunControls';
import { RunStatus } from './components/RunStatus';
import { SERIES, type EngineClient, type RunView } from './engine';
import { populationCsv, populationFinding, populationRows } from './lib/populationChart';
import type { RunSettings, StartOptions } from './lib/startOptions';
import { initialRunState, runReducer } from './state/runState';

interface Props {
  engine: EngineClient;
  bridge: Bridge;
  start: StartOptions;
}

function useAppInfo(bridge: Bridge): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    bridge.getAppInfo().then(setInfo, () => setInfo(null));
  }, [bridge]);
  return info;
}

function PopulationFigure({ view, bridge }: { view: RunView; bridge: Bridge }) {
  const rows = useMemo(() => populationRows(view), [view]);
  const p = view.provenance;
  return (
    <ChartContainer
      title={populationFinding(view)}
      bridge={bridge}
      csv={{ fileName: `${p.scenarioName}-seed${p.seed}-caseload-prison.csv`, contents: () => populationCsv(view) }}
      footer={<ProvenanceLine view={view} />}
    >
      <PopulationChart rows={rows} />
    </ChartContainer>
  );
}

export function App({ engine, bridge, start }: Props) {
  const [state, dispatch] = useReducer(runReducer, initialRunState);
  const [settings, setSettings] = useState<RunSettings>(start.settings);
  const appInfo = useAppInfo(bridge);

  const run = useCallback(
    (chosen: RunSettings) => {
      const request = { ...chosen, seriesNames: [SERIES.caseload, SERIES.prisonPopulation] };
      const started = engine.run(request, (progress) => dispatch({ type: 'progressed', runId: started.runId, ...progress }));
      dispatch({ type: 'started', runId: started.runId, settings: chosen });
      void started.outcome.then((outcome) => dispatch({ type: 'finished', runId: started.runId, outcome }));
    },
    [engine],
  );

  // Run once on load; the ref keeps React's development double-mount from starting two runs.
  const autorunDone = useRef(false);
  useEffect(() => {
    if (start.autorun && !autorunDone.current) {
      autorunDone.current = true;
      run(start.settings);
    }
  }, [run, start]);

  return (
    <main className="app">
      <header>
        <h1>Probation operating-model simulator</h1>
        <p className="subtitle">
          Scenario <strong>{settings.scenarioName}</strong>: trusts, then Transforming Rehabilitation, then the unified
          Probation Service.
        </p>
      </header>
      {start.problems.map((problem) => (
        <p key={problem} className="notice" role="alert">
          {problem}
        </p>
      ))}
      <RunControls
        running={state.phase === 'running'}
        scale={settings.scale}
        onScaleChange={(scale) => setSettings((s) => ({ ...s, scale }))}
        onRun={() => run(settings)}
        onCancel={() => engine.cancel()}
      />
      <RunStatus state={state} />
      {state.view && <PopulationFigure view={state.view} bridge={bridge} />}
      <footer className="app-footer" data-testid="runtime">
        {appInfo ? `Version ${appInfo.appVersion} · ${appInfo.platformSummary}` : ''}
      </footer>
    </main>
  );
}
