// The open scenario against a built-in baseline, in plain words: one sentence per difference, each
// a link to the field it names. The baseline is the document's (changing it is not an edit of the
// scenario, so it is not undoable and never marks the document dirty).
import { useMemo } from 'react';
import { builtInScenarioNames, parameterDoc, type Scenario } from '../../engine';
import { useServices } from '../../state/appContext';
import { setBaseline } from '../../state/documentActions';
import { scenarioDiff } from '../../lib/scenarioDiff';
import { baselineScenario } from './baselines';

const unitOf = (path: string) => parameterDoc(path)?.unit ?? '';

export function DiffPanel({ scenario, baselineName, onReveal }: { scenario: Scenario; baselineName: string; onReveal: (path: string) => void }) {
  const { store } = useServices();
  const baseline = baselineScenario(baselineName);
  const lines = useMemo(() => (baseline ? scenarioDiff(baseline, scenario, { baselineName, unitOf }) : []), [baseline, scenario, baselineName]);
  return (
    <section className="scn-diff" aria-labelledby="scn-diff-heading">
      <h3 id="scn-diff-heading">Differences from the baseline</h3>
      <label htmlFor="scn-baseline">Baseline (built-in)</label>{' '}
      <select id="scn-baseline" data-testid="baseline-select" value={baselineName} onChange={(event) => store.update(setBaseline(event.target.value))}>
        {!baseline && <option value={baselineName}>{baselineName} (not a built-in)</option>}
        {builtInScenarioNames.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <p className="scn-diff-count" role="status">
        {lines.length === 0 ? `No differences: this is ${baselineName} as built in.` : `${lines.length} ${lines.length === 1 ? 'difference' : 'differences'} from ${baselineName}:`}
      </p>
      <ul className="scn-diff-list" data-testid="scenario-diff">
        {lines.map((line, i) => (
          <li key={i} className={`scn-diff-${line.kind}`}>
            <a
              href={`#field-${line.path}`}
              onClick={(event) => {
                event.preventDefault();
                onReveal(line.path);
              }}
            >
              {line.text}
            </a>
            {line.details && (
              <ul className="scn-diff-details">
                {line.details.map((detail, j) => (
                  <li key={j}>{detail}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
