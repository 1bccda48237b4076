// The open scenario's identity: its name, where it came from, whether it has unsaved edits, and
// its hash (the same short hash every result of it carries in its provenance, so a chart can be
// traced back to exactly this scenario).
import { useMemo } from 'react';
import { ENGINE_VERSION, scenarioHash, type Scenario } from '../../engine';
import type { ScenarioDocument } from '../../state/appState';

function sourceText(document: ScenarioDocument): string {
  switch (document.source.kind) {
    case 'builtin':
      return `the built-in scenario ${document.source.name}`;
    case 'file':
      return document.source.path;
    case 'new':
      return `a new scenario started from ${document.source.from} (not saved yet)`;
  }
}

function safeHash(scenario: Scenario): string {
  try {
    return scenarioHash(scenario);
  } catch {
    return 'not available';
  }
}

export function Provenance({ document, valid }: { document: ScenarioDocument; valid: boolean }) {
  const hash = useMemo(() => safeHash(document.scenario), [document.scenario]);
  return (
    <section className="scn-provenance" aria-labelledby="scn-open-heading">
      <h3 id="scn-open-heading">
        Open scenario: <span data-testid="scenario-name">{document.scenario.name}</span>
      </h3>
      <dl className="scn-provenance-list">
        <div>
          <dt>Hash</dt>
          <dd>
            <code data-testid="scenario-hash">{hash}</code>
            {!valid && <span className="scn-note"> (of the scenario as edited; results need a valid scenario)</span>}
          </dd>
        </div>
        <div>
          <dt>From</dt>
          <dd>{sourceText(document)}</dd>
        </div>
        <div>
          <dt>State</dt>
          <dd>{document.dirty ? 'unsaved edits' : 'no unsaved edits'}</dd>
        </div>
        <div>
          <dt>Format</dt>
          <dd>
            {String(document.scenario.format)}, schema version {String(document.scenario.schemaVersion)}
          </dd>
        </div>
        <div>
          <dt>Engine</dt>
          <dd>{ENGINE_VERSION}</dd>
        </div>
      </dl>
      <p className="scn-note">Rename it and describe it under “About this scenario” below.</p>
    </section>
  );
}
