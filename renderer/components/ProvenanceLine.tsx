// Where the numbers on the chart came from: enough to reproduce them bit for bit.
import type { RunView } from '../engine';

export function ProvenanceLine({ view }: { view: RunView }) {
  const p = view.provenance;
  return (
    <p className="provenance" data-testid="provenance">
      Engine <span data-testid="engine-version">{p.engineVersion}</span> · scenario {p.scenarioName} (hash{' '}
      <code data-testid="scenario-hash">{p.scenarioHash}</code>) · seed <span data-testid="seed">{p.seed}</span> ·
      replication {p.replication} · scale <span data-testid="scale">{p.scale}</span> · result hash{' '}
      <code data-testid="result-hash">{view.resultHash}</code>
    </p>
  );
}
