// Where a refusal is drawn: right after the button that was used, in that button's own part of the
// page, and nowhere else (Compare's two Start buttons each show only their own refusal). The
// actions that refuse are tested in runGate.test.ts.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { AppContext, type AppServices } from '../../renderer/state/appContext';
import { Store } from '../../renderer/state/store';
import { initialAppState, type AppState } from '../../renderer/state/appState';
import { makeDocument } from '../../renderer/state/documentActions';
import { moneyRefused } from '../../renderer/state/moneySlice';
import { refuseCompare } from '../../renderer/state/compareSlice';
import { refuseTrainerRuns } from '../../renderer/state/trainerSlice';
import { loadBuiltIn } from '../../renderer/engine';
import { restoreExperiment } from '../../experiments/experimentFile';
import examples from '../../experiments/examples/tr-vs-unified.json';
import { CompareView } from '../../renderer/views/CompareView';
import { MoneyView } from '../../renderer/views/MoneyView';
import { TrainerRunBar } from '../../renderer/views/trainer/TrainerRunBar';
import { FlowsView } from '../../renderer/views/FlowsView';
import { RunView } from '../../renderer/views/RunView';
import { refuseRun } from '../../renderer/state/runSlice';
import { refuseFlows } from '../../renderer/state/flowsSlice';

const REFUSAL = 'tr cannot run until these are fixed:\nparameters.supervision.capacityCasesPerFte: expected a number greater than 0, got -3';

function render(element: ReactElement, change: (draft: AppState) => void): string {
  const store = new Store<AppState>(initialAppState(makeDocument(loadBuiltIn('tr'), { kind: 'builtin', name: 'tr' }, 'tr')));
  store.update(change as never);
  const services = { store } as unknown as AppServices;
  return renderToStaticMarkup(<AppContext.Provider value={services}>{element}</AppContext.Provider>);
}

/** The refusal comes after the button and before any later button: it sits beside that one. */
function expectBeside(html: string, buttonTestId: string, refusalTestId: string): void {
  const button = html.indexOf(`data-testid="${buttonTestId}"`);
  const refusal = html.indexOf(`data-testid="${refusalTestId}"`);
  expect(button, buttonTestId).toBeGreaterThan(-1);
  expect(refusal, refusalTestId).toBeGreaterThan(button);
  const between = html.slice(html.indexOf('>', button), refusal);
  expect(between, `no other button between ${buttonTestId} and its refusal`).not.toMatch(/<button[^>]*class="primary"/);
  expect(html.slice(refusal)).toContain('<strong>tr cannot run until these are fixed:</strong>');
  expect(html.match(/role="alert"/g)).toHaveLength(1);
}

describe('a refusal beside the button used', () => {
  it('Run: beside Start', () => {
    expectBeside(
      render(<RunView />, (d) => refuseRun(REFUSAL)(d.run as never)),
      'run-start',
      'run-refusal',
    );
  });

  it('Money: each section shows its own', () => {
    const controls = [
      ['distribution', 'money-run', 'money-run-refusal'],
      ['detail', 'money-detail-run', 'money-detail-refusal'],
      ['tornado', 'tornado-run', 'tornado-refusal'],
      ['presets', 'preset-volumes-15', 'presets-refusal'],
    ] as const;
    for (const [control, button, refusal] of controls) {
      const html = render(<MoneyView />, (d) => moneyRefused(control, REFUSAL)(d as never));
      expectBeside(html, button, refusal);
    }
  });

  it('Compare: the form’s Start and an experiment file’s Run each show only their own', () => {
    const withExperiment = (d: AppState) => {
      d.experiment = { name: 'tr-vs-unified.json', experiment: restoreExperiment(examples) };
    };
    const choice = render(<CompareView />, (d) => {
      withExperiment(d);
      refuseCompare('choice', REFUSAL)(d.compare as never);
    });
    expectBeside(choice, 'compare-start', 'compare-refusal');
    expect(choice).not.toContain('experiment-refusal');
    const experiment = render(<CompareView />, (d) => {
      withExperiment(d);
      refuseCompare('experiment', REFUSAL)(d.compare as never);
    });
    expectBeside(experiment, 'experiment-start', 'experiment-refusal');
    expect(experiment).not.toContain('compare-refusal');
  });

  it('Flows: beside Run both', () => {
    expectBeside(
      render(<FlowsView />, (d) => refuseFlows(REFUSAL)(d as never)),
      'flows-run',
      'flows-refusal',
    );
  });

  it('Trainer: beside Start', () => {
    expectBeside(
      render(<TrainerRunBar />, (d) => refuseTrainerRuns(REFUSAL)(d as never)),
      'trainer-run',
      'trainer-refusal',
    );
  });
});
