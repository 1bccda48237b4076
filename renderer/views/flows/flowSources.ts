// Which scenario each side of the Flows view runs: the document being edited or a built-in. The
// right side defaults to the document's baseline, except when that is the very scenario on the
// left (an unedited built-in is its own baseline), where two identical diagrams would say nothing:
// it then defaults to another operating model.
import { builtInScenarioNames, loadBuiltIn, scenarioHash, type Scenario } from '../../engine';
import { documentTitle, type ScenarioDocument } from '../../state/appState';
import { DOCUMENT_SOURCE, builtinSource, type FlowsSettings, type FlowsSource } from '../../state/flowsSlice';

export interface ResolvedSide {
  source: FlowsSource;
  label: string;
  scenario: Scenario;
  hash: string;
}

function documentLabel(document: ScenarioDocument): string {
  return `${documentTitle(document)}${document.dirty ? ' (edited)' : ''}`;
}

export function sourceOptions(document: ScenarioDocument): { value: FlowsSource; label: string }[] {
  return [
    { value: DOCUMENT_SOURCE, label: `Current document: ${documentLabel(document)}` },
    ...builtInScenarioNames.map((name) => ({ value: builtinSource(name), label: `Built-in: ${name}` })),
  ];
}

function resolveSource(source: FlowsSource, document: ScenarioDocument): ResolvedSide {
  if (source === DOCUMENT_SOURCE) {
    const scenario = document.scenario;
    return { source, label: documentLabel(document), scenario, hash: scenarioHash(scenario) };
  }
  const name = source.replace(/^builtin:/, '');
  return { source, ...builtIn(name) };
}

/** Built-ins never change: validate and hash each once. */
const builtInCache = new Map<string, { label: string; scenario: Scenario; hash: string }>();
function builtIn(name: string): { label: string; scenario: Scenario; hash: string } {
  let entry = builtInCache.get(name);
  if (!entry) {
    const scenario = loadBuiltIn(name);
    entry = { label: name, scenario, hash: scenarioHash(scenario) };
    builtInCache.set(name, entry);
  }
  return entry;
}

/** The baseline, unless it is the same scenario as the left side; then another operating model. */
function defaultRightSource(left: ResolvedSide, document: ScenarioDocument): FlowsSource {
  const baseline = builtinSource(document.baselineName);
  if (builtInScenarioNames.includes(document.baselineName) && resolveSource(baseline, document).hash !== left.hash) return baseline;
  const alternative = ['unified', 'tr', 'trusts', ...builtInScenarioNames].find(
    (name) => builtInScenarioNames.includes(name) && resolveSource(builtinSource(name), document).hash !== left.hash,
  );
  return alternative ? builtinSource(alternative) : baseline;
}

/** Both sides as they stand; labels made distinct when both name the same thing. */
export function resolveSides(settings: FlowsSettings, document: ScenarioDocument): { left: ResolvedSide; right: ResolvedSide } {
  const left = resolveSource(settings.left, document);
  const right = resolveSource(settings.right ?? defaultRightSource(left, document), document);
  if (left.label !== right.label) return { left, right };
  return { left: { ...left, label: `${left.label} (left)` }, right: { ...right, label: `${right.label} (right)` } };
}
