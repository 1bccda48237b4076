// The Scenarios view: the library (built-ins and the user's files), the open scenario's identity,
// its editor (every parameter grouped by stage of the pathway, with units, ranges, sources and
// inline validation) and its differences from a built-in baseline in plain words.
// Every change goes through store.edit, so Undo/Redo and the dirty mark cover all of them; an
// invalid value is kept in the document as typed and reported, never dropped.
import { useCallback, useDeferredValue, useMemo, useRef } from 'react';
import { validateScenario } from '../engine';
import { useAppState, useServices } from '../state/appContext';
import { addNotice, setScenarioValue } from '../state/documentActions';
import { editorFields, groupFields, type EditorField } from '../lib/parameterGroups';
import { issuesByField, placeIssues } from '../lib/scenarioIssues';
import { datedEntryIndex, datedFieldPath, placeDatedIssues } from '../lib/datedValueIssues';
import type { Draft } from 'immer';
import type { AppState } from '../state/appState';
import { EditorContext, editValueText, type EditorApi } from './scenariosView/editorContext';
import { Library } from './scenariosView/Library';
import { Provenance } from './scenariosView/Provenance';
import { ParameterEditor, useFieldFilter } from './scenariosView/ParameterEditor';
import { DiffPanel } from './scenariosView/DiffPanel';
import { useEditorLayout } from './scenariosView/useEditorLayout';
import { baselineScenario } from './scenariosView/baselines';
import './scenariosView/scenarios.css';

/** The editor's fields, the same array for as long as the scenario's shape stays the same. */
function useStableFields(scenario: unknown): readonly EditorField[] {
  const previous = useRef<{ key: string; fields: EditorField[] } | null>(null);
  const fields = useMemo(() => editorFields(scenario), [scenario]);
  const key = fields.map((f) => f.path).join('\n');
  if (previous.current?.key !== key) previous.current = { key, fields };
  return previous.current.fields;
}

export function ScenariosView() {
  const { store } = useServices();
  const document = useAppState((s) => s.document);
  const scenario = document.scenario;
  const fields = useStableFields(scenario);
  // The file's format and schema version are fixed: the provenance shows them, the editor does not.
  const grouped = useMemo(() => groupFields(fields.filter((f) => f.path !== 'format' && f.path !== 'schemaVersion')), [fields]);
  // Validation runs on the committed scenario only: inputs keep drafts while the user types.
  const issues = useMemo(() => validateScenario(scenario), [scenario]);
  // An issue of a dated value goes beside the number it dates, not to the list timeline.values.
  const placed = useMemo(() => placeDatedIssues(placeIssues(issues, fields), scenario.timeline.values, fields), [issues, fields, scenario.timeline.values]);
  const byField = useMemo(() => issuesByField(placed), [placed]);
  const layout = useEditorLayout(grouped);
  // The list follows the filter a beat behind the keyboard: typing stays instant while a long
  // list re-renders (React abandons a stale render when the next key arrives).
  const deferredFilter = useDeferredValue(layout.filter);
  const matches = useFieldFilter(fields, deferredFilter);

  const setValue = useCallback(
    (path: string, value: unknown, label?: string) => {
      try {
        store.edit(label ?? `set ${path} to ${editValueText(value)}`, setScenarioValue(path, value));
      } catch (error) {
        store.update(addNotice({ tone: 'error', title: `Could not change ${path}`, detail: error instanceof Error ? error.message : String(error) }));
      }
    },
    [store],
  );
  const apply = useCallback(
    (label: string, recipe: (draft: Draft<AppState>) => void) => {
      try {
        store.edit(label, recipe);
      } catch (error) {
        store.update(addNotice({ tone: 'error', title: `Could not ${label}`, detail: error instanceof Error ? error.message : String(error) }));
      }
    },
    [store],
  );
  const onCommit = useCallback((path: string, value: unknown) => setValue(path, value), [setValue]);
  const editor = useMemo<EditorApi>(() => ({ getScenario: () => store.state.document.scenario, setValue, apply }), [store, setValue, apply]);
  const baselineName = document.baselineName;
  const baseline = useMemo(() => {
    const found = baselineScenario(baselineName);
    return found ? { name: baselineName, scenario: found } : null;
  }, [baselineName]);
  const reveal = useCallback(
    (path: string) => {
      // A dated value's cell lives beside its number: open that number's group, then focus the cell.
      const index = datedEntryIndex(path);
      const values = store.state.document.scenario.timeline.values;
      const number = index === undefined ? undefined : datedFieldPath(values, index, new Set(fields.map((f) => f.path)));
      layout.reveal(number ?? path, fields, matches, number === undefined ? undefined : path);
    },
    [layout, fields, matches, store],
  );

  return (
    <section aria-label="Scenarios" className="scn-view">
      <h2>Scenarios</h2>
      <Library />
      <Provenance document={document} valid={issues.length === 0} />
      <div className="scn-columns">
        <EditorContext.Provider value={editor}>
          <ParameterEditor scenario={scenario} fields={fields} grouped={grouped} placed={placed} issuesByField={byField} layout={layout} onCommit={onCommit} matches={matches} baseline={baseline} onReveal={reveal} />
        </EditorContext.Provider>
        <DiffPanel scenario={scenario} baselineName={document.baselineName} onReveal={reveal} />
      </div>
    </section>
  );
}
