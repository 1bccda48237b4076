// The Flows slice's recipes through the real store: settings, the two runs' progress and results,
// and nothing of it undoable.
import { describe, expect, it } from 'vitest';
import { Store } from '../../renderer/state/store';
import { initialAppState, type AppState } from '../../renderer/state/appState';
import { makeDocument } from '../../renderer/state/documentActions';
import {
  finishFlowsSide,
  flowsRunning,
  refuseFlows,
  initialFlowsState,
  setFlowsProgress,
  setFlowsSettings,
  startFlowsRuns,
} from '../../renderer/state/flowsSlice';
import { loadBuiltIn, type RunView } from '../../renderer/engine';

function store(): Store<AppState> {
  return new Store(initialAppState(makeDocument(loadBuiltIn('tr'), { kind: 'builtin', name: 'tr' }, 'tr')));
}

const view = {
  provenance: { engineVersion: '0.3.0', scenarioName: 'tr', scenarioHash: 'abcdef0123456789', seed: 7, replication: 0, scale: 0.02 },
  flows: { stages: ['a'], counts: [[1]], years: ['2012-01-01'], byYear: [[[1]]] },
  elapsedMs: 1234,
} as unknown as RunView;

describe('flowsSlice', () => {
  it('starts idle, with the document on the left and the baseline (null) on the right', () => {
    expect(initialFlowsState.settings).toMatchObject({ left: 'document', right: null, period: 'all', replication: 0 });
    expect(flowsRunning(initialFlowsState)).toBe(false);
  });

  it('changes settings without touching undo', () => {
    const s = store();
    s.update(setFlowsSettings({ right: 'builtin:unified', period: '2019-01-01' }));
    expect(s.state.flows.settings).toMatchObject({ right: 'builtin:unified', period: '2019-01-01', left: 'document' });
    expect(s.canUndo).toBe(false);
  });

  it('runs both sides: progress while running, results when done, and keeps results plain', () => {
    const s = store();
    s.update(startFlowsRuns());
    expect(flowsRunning(s.state.flows)).toBe(true);
    s.update(setFlowsProgress('left', { fraction: 0.4, date: '2010-03-01', warmingUp: true }));
    expect(s.state.flows.left).toMatchObject({ status: 'running', fraction: 0.4, date: '2010-03-01', warmingUp: true });
    s.update(finishFlowsSide('left', { status: 'done', view }, 'tr', 'document'));
    expect(s.state.flows.left.status).toBe('done');
    expect(s.state.flows.left.result).toEqual({ label: 'tr', source: 'document', flows: view.flows, provenance: view.provenance, elapsedMs: 1234 });
    expect(Object.isFrozen(s.state.flows.left.result)).toBe(true);
    expect(flowsRunning(s.state.flows)).toBe(true);
    // Progress of a finished side is ignored (a late message).
    s.update(setFlowsProgress('left', { fraction: 0.1, date: '2009-01-01', warmingUp: true }));
    expect(s.state.flows.left.fraction).toBe(1);
    s.update(finishFlowsSide('right', { status: 'cancelled' }, 'unified', 'builtin:unified'));
    expect(flowsRunning(s.state.flows)).toBe(false);
    expect(s.state.flows.right.result).toBeNull();
    expect(s.canUndo).toBe(false);
  });

  it('keeps the last result when a later run is cancelled or fails, and says why it failed', () => {
    const s = store();
    s.update(startFlowsRuns());
    s.update(finishFlowsSide('right', { status: 'done', view }, 'unified', 'builtin:unified'));
    s.update(startFlowsRuns());
    s.update(finishFlowsSide('right', { status: 'failed', message: 'out of memory' }, 'unified', 'builtin:unified'));
    expect(s.state.flows.right).toMatchObject({ status: 'failed', message: 'out of memory' });
    expect(s.state.flows.right.result?.label).toBe('unified');
    s.update(startFlowsRuns());
    expect(s.state.flows.right.message).toBe('');
  });

  it('keeps a refusal beside the button, leaves both sides as they were, and forgets it when a run starts', () => {
    const s = store();
    s.update(finishFlowsSide('left', { status: 'done', view }, 'tr', 'builtin:tr'));
    const before = s.state.flows.left;
    s.update(refuseFlows('tr cannot run until these are fixed:\nsimulation.scale: too small'));
    expect(s.state.flows.refusal).toMatch(/simulation\.scale/);
    expect(s.state.flows.left).toBe(before);
    expect(s.state.flows.right.status).toBe('idle');
    s.update(startFlowsRuns());
    expect(s.state.flows.refusal).toBeNull();
  });
});
