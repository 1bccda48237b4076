// The Money view's static parts rendered to markup: every stress preset is a button with its test
// id and its description as the accessible description; a status note says what a result is.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { AppContext, type AppServices } from '../../renderer/state/appContext';
import { Store } from '../../renderer/state/store';
import { initialMoneyState, type MoneyJob } from '../../renderer/state/moneySlice';
import type { AppState } from '../../renderer/state/appState';
import { loadBuiltIn } from '../../renderer/engine';
import { PRESETS } from '../../experiments/presets';
import { PresetsSection } from '../../renderer/views/money/PresetsSection';
import { JobStatusNote } from '../../renderer/views/money/JobStatusNote';
import { newJob } from '../../renderer/state/replicationJob';

const services = { store: new Store<AppState>({ money: initialMoneyState } as unknown as AppState) } as unknown as AppServices;
const stamp = { scenarioName: 'tr', scenarioHash: 'h', documentHash: 'doc1', seed: 1, scale: 0.02, replications: 20, engineVersion: 'v' };

describe('PresetsSection markup', () => {
  it('offers one button per preset with its description', () => {
    const html = renderToStaticMarkup(
      <AppContext.Provider value={services}>
        <PresetsSection scenario={loadBuiltIn('tr')} documentHash="doc1" settings={initialMoneyState.settings} crcNames={{}} job={null} blockedBy={null} refusal={undefined} />
      </AppContext.Provider>,
    );
    for (const preset of PRESETS) {
      expect(html).toContain(`data-testid="preset-${preset.id}"`);
      expect(html).toContain(`aria-describedby="preset-description-${preset.id}"`);
      expect(html).toContain(`id="preset-description-${preset.id}"`);
    }
    expect(html).not.toContain('data-testid="preset-result"');
    expect(html).not.toContain('presets-refusal');
  });

  it('shows a refusal right after the preset buttons, first line in bold and each field on its own line', () => {
    const html = renderToStaticMarkup(
      <AppContext.Provider value={services}>
        <PresetsSection scenario={loadBuiltIn('tr')} documentHash="doc1" settings={initialMoneyState.settings} crcNames={{}} job={null} blockedBy={null} refusal={'tr cannot run until these are fixed:\na.b: too small'} />
      </AppContext.Provider>,
    );
    const buttons = html.indexOf('data-testid="preset-');
    const refusal = html.indexOf('data-testid="presets-refusal"');
    expect(buttons).toBeGreaterThan(-1);
    expect(refusal).toBeGreaterThan(buttons);
    expect(html).toContain('<strong>tr cannot run until these are fixed:</strong>');
    expect(html).toContain('a.b: too small');
  });
});

describe('JobStatusNote', () => {
  const job: MoneyJob = { ...newJob(1, 20, 1, 0), status: 'cancelled', fraction: 0.3, runsDone: 6, stamp, complete: 6, variantInfo: [], columns: [] };

  it('says how much of a cancelled run is shown, and when the scenario changed since', () => {
    const html = renderToStaticMarkup(<JobStatusNote job={job} current={false} documentName="tr" />);
    expect(html).toContain('Cancelled: 6 of 20 replications finished and are shown.');
    expect(html).toContain('tr as it was when run (doc1); it has been edited since: run again');
    expect(renderToStaticMarkup(<JobStatusNote job={{ ...job, status: 'done' }} current={false} documentName="unified" />)).toContain(
      'These results are for tr; the editor now holds unified: run again to see unified.',
    );
    expect(renderToStaticMarkup(<JobStatusNote job={{ ...job, status: 'done' }} current documentName="tr" />)).toBe('');
    expect(renderToStaticMarkup(<JobStatusNote job={{ ...job, status: 'failed', message: 'worker died' }} current documentName="tr" />)).toContain('role="alert"');
  });
});
