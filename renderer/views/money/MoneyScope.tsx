// What the Money view looks at: the document's scenario, one CRC or all of them, and how the runs
// are made (replications, scale, seed). Settings live in the money slice; the scale defaults to
// the scenario's own, with the docs' advice that contract work wants scale 1.
import { useId } from 'react';
import type { Scenario } from '../../engine';
import { useServices } from '../../state/appContext';
import { setMoneySettings, type MoneySettings } from '../../state/moneySlice';
import { ALL_CRCS } from '../../lib/moneyKpis';
import { scopeName } from '../../lib/moneyDetail';
import { NumberSetting } from './NumberSetting';

interface Props {
  scenario: Scenario;
  documentHash: string;
  settings: MoneySettings;
  crcNames: Readonly<Record<string, string>>;
  busy: boolean;
}

export function MoneyScope({ scenario, documentHash, settings, crcNames, busy }: Props) {
  const { store } = useServices();
  const crcId = useId();
  const slugs = Object.keys(scenario.money.crc.contracts);
  const set = (patch: Partial<MoneySettings>) => store.update(setMoneySettings(patch));
  const scale = settings.scale ?? scenario.simulation.scale;
  return (
    <div className="money-scope" role="group" aria-label="What to stress-test">
      <p className="money-scenario">
        Scenario <strong>{scenario.name}</strong> <span className="money-hash">({documentHash})</span>, as in the editor.
      </p>
      <div className="money-settings">
        <div className="money-setting money-setting-wide">
          <label htmlFor={crcId}>CRC</label>
          <select id={crcId} value={settings.crc} onChange={(event) => set({ crc: event.target.value, tornadoKpi: null })} data-testid="money-crc">
            <option value={ALL_CRCS}>All CRCs together</option>
            {slugs.map((slug) => (
              <option key={slug} value={slug}>
                {scopeName(slug, crcNames)}
              </option>
            ))}
          </select>
        </div>
        <NumberSetting label="Replications" value={settings.replications} min={2} max={1000} integer onCommit={(v) => v !== null && set({ replications: v })} testId="money-replications" />
        <NumberSetting
          label="Scale"
          value={settings.scale}
          allowEmpty
          placeholder={String(scenario.simulation.scale)}
          min={0.001}
          max={1}
          step={0.01}
          onCommit={(v) => set({ scale: v })}
          testId="money-scale"
          hint={`${settings.scale === null ? "Empty: the scenario's own. " : ''}${scale < 1 ? `At scale ${scale} cohorts and monthly service levels are ${scale} of their real size, so money is noisier: use scale 1 for contract work (about 15 s a run).` : 'Scale 1: national size, as contract work needs.'}`}
        />
        <NumberSetting
          label="Seed"
          value={settings.seed}
          allowEmpty
          placeholder={String(scenario.simulation.seed)}
          min={0}
          max={2 ** 31 - 1}
          integer
          onCommit={(v) => set({ seed: v })}
          testId="money-seed"
          hint={settings.seed === null ? "Empty: the scenario's own." : undefined}
        />
      </div>
      {busy && <p className="money-note">A run is going: new settings apply to the next run.</p>}
    </div>
  );
}
