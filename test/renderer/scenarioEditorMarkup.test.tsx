// The editor as markup (no DOM needed): every group renders its fields with the data-testid
// attributes the end-to-end tests use, an invalid value is kept and shown next to its field, and
// the CRC contracts render only the area that is open.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { loadBuiltIn, validateScenario, type Scenario } from '../../renderer/engine';
import { editorFields, groupFields } from '../../renderer/lib/parameterGroups';
import { issuesByField, placeIssues } from '../../renderer/lib/scenarioIssues';
import { EditorContext } from '../../renderer/views/scenariosView/editorContext';
import { ParameterEditor } from '../../renderer/views/scenariosView/ParameterEditor';
import type { EditorLayout } from '../../renderer/views/scenariosView/useEditorLayout';
import { initiallyOpen } from '../../renderer/views/scenariosView/useEditorLayout';

function render(scenario: Scenario, open: (id: string) => boolean, filter = '') {
  const fields = editorFields(scenario);
  const grouped = groupFields(fields);
  const placed = placeIssues(validateScenario(scenario), fields);
  const byField = issuesByField(placed);
  const layout: EditorLayout = {
    isOpen: open,
    toggle: () => undefined,
    setAll: () => undefined,
    openParts: new Set(['moneyContracts:london']),
    togglePart: () => undefined,
    filter,
    setFilter: () => undefined,
    reveal: () => undefined,
  };
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  return renderToStaticMarkup(
    <EditorContext.Provider value={{ getScenario: () => scenario, setValue: () => undefined, apply: () => undefined }}>
      <ParameterEditor
        scenario={scenario}
        fields={fields}
        grouped={grouped}
        placed={placed}
        issuesByField={byField}
        layout={layout}
        onCommit={() => undefined}
        matches={(field) => words.every((w) => field.path.toLowerCase().includes(w))}
        baseline={{ name: 'tr', scenario: loadBuiltIn('tr') }}
      />
    </EditorContext.Provider>,
  );
}

describe('the parameter editor markup', () => {
  it('renders every value field with its test id when all groups are open', () => {
    const scenario = loadBuiltIn('as-happened');
    const html = render(scenario, () => true);
    expect(html).toContain('data-testid="param-parameters.supervision.capacityCasesPerFte"');
    expect(html).toContain('data-testid="param-timeline.changes[1].date"');
    expect(html).toContain('data-testid="param-money.crc.events[1].compensationPerCrc"');
    expect(html).toContain('data-testid="param-money.crc.contracts.london.estatePerYear"');
    expect(html).not.toContain('data-testid="param-money.crc.contracts.essex.estatePerYear"'); // that area is closed
    expect(html).toContain('data-testid="scenario-valid"');
    expect(html).toContain('changed; tr:'); // as-happened differs from tr somewhere shown
  });

  it('keeps an invalid value in its input and shows the issue beside it and in the summary', () => {
    const scenario = structuredClone(loadBuiltIn('tr')) as Scenario;
    scenario.parameters.supervision.capacityCasesPerFte = -5;
    const html = render(scenario, (id) => id === 'supervision');
    expect(html).toMatch(/data-testid="param-parameters\.supervision\.capacityCasesPerFte"[^>]*value="-5"|value="-5"[^>]*data-testid="param-parameters\.supervision\.capacityCasesPerFte"/);
    expect(html).toContain('data-testid="param-error-parameters.supervision.capacityCasesPerFte"');
    expect(html).toContain('data-testid="scenario-problems"');
    expect(html).toContain('1 problem');
    expect(html).toContain('aria-invalid="true"');
  });

  it('opens small non-money groups at first, and shows only matching fields under a filter', () => {
    const grouped = groupFields(editorFields(loadBuiltIn('tr')));
    const open = initiallyOpen(grouped);
    expect(open.has('supervision')).toBe(true);
    expect(open.has('moneyContracts')).toBe(false);
    expect(open.has('moneyPublic')).toBe(false);
    const html = render(loadBuiltIn('tr'), () => false, 'capacity');
    expect(html).toContain('data-testid="param-parameters.supervision.capacityCasesPerFte"');
    expect(html).not.toContain('data-testid="param-parameters.supervision.qualityElasticity"');
    expect(html).toContain('1 parameter matches');
  });
});
