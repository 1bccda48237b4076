// Dated values in the editor, as markup: a dated number shows its summary and source beside the
// base value and its points as a table; an issue of a point sits on that point's cell (not on the
// base value, not on the list timeline.values); a number without dates offers "Make dated".
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { validateScenario, type Scenario } from '../../renderer/engine';
import { editorFields } from '../../renderer/lib/parameterGroups';
import { issuesByField, placeIssues } from '../../renderer/lib/scenarioIssues';
import { placeDatedIssues } from '../../renderer/lib/datedValueIssues';
import { issueText } from '../../renderer/lib/scenarioIssues';
import { EditorContext } from '../../renderer/views/scenariosView/editorContext';
import { FieldRow } from '../../renderer/views/scenariosView/FieldRow';
import { CAPACITY, capacitySeries, ENTRANTS, entrantsSeries, withDated } from './datedValueFixtures';

function placed(scenario: Scenario) {
  const fields = editorFields(scenario);
  return placeDatedIssues(placeIssues(validateScenario(scenario), fields), scenario.timeline.values, fields);
}

function row(scenario: Scenario, path: string, datedIndex: number | null) {
  const issues = issuesByField(placed(scenario)).get(path) ?? [];
  const value = path === CAPACITY ? scenario.parameters.supervision.capacityCasesPerFte : scenario.parameters.population.newEntrantsPerYear;
  return renderToStaticMarkup(
    <EditorContext.Provider value={{ getScenario: () => scenario, setValue: () => undefined, apply: () => undefined }}>
      <FieldRow path={path} value={value} issues={issues} onCommit={() => undefined} datedIndex={datedIndex} datedEntry={datedIndex === null ? undefined : scenario.timeline.values[datedIndex]} />
    </EditorContext.Provider>,
  );
}

/** The markup of one element with a test id, up to its closing tag (no nesting of the same tag inside). */
function element(html: string, tag: string, testId: string): string {
  const start = html.indexOf(`<${tag} data-testid="${testId}"`);
  expect(start, `no ${testId}`).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf(`</${tag}>`, start));
}

describe('dated values in the editor', () => {
  it('places a point’s issue on the number it dates, with the issue’s own path kept for the cell', () => {
    const bad = capacitySeries();
    bad.points[1].value = -5;
    const issues = placed(withDated([bad]));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: 'timeline.values[0].points[1].value', fieldPath: CAPACITY, groupId: 'supervision' });
    expect(issueText(issues[0])).toMatch(/^Supervision › capacity cases per FTE › dated point 2 › value: .*-5 on 2018-04-01/);
  });

  it('keeps on the list an issue of an entry whose path names no number', () => {
    const issues = placed(withDated([{ ...capacitySeries(), path: 'parameters.supervision.noSuchThing' }]));
    expect(issues[0]).toMatchObject({ path: 'timeline.values[0].path', fieldPath: 'timeline.values', groupId: 'timeline' });
  });

  it('shows the summary and source beside the base value, and a bad value on its own cell only', () => {
    const bad = capacitySeries();
    bad.points[1].value = -5;
    const html = row(withDated([bad]), CAPACITY, 0);
    expect(html).toContain('2 points 2014-06-01 to 2018-04-01, linear');
    expect(html).toContain('source: assumption: caseloads rose under TR');
    const badRow = element(html, 'tr', `dated-row-${CAPACITY}-1`);
    expect(badRow).toMatch(/data-testid="param-timeline\.values\[0\]\.points\[1\]\.value"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*data-testid="param-timeline\.values\[0\]\.points\[1\]\.value"/);
    expect(badRow).toContain('data-testid="param-error-timeline.values[0].points[1].value"');
    expect(element(html, 'tr', `dated-row-${CAPACITY}-0`)).not.toContain('aria-invalid="true"');
    // The base value itself is fine: its input is not marked.
    expect(html).not.toMatch(new RegExp(`id="field-${CAPACITY.replaceAll('.', '\\.')}"[^>]*aria-invalid="true"`));
  });

  it('folds a long series away, saying what it gives on the run’s start', () => {
    const html = row(withDated([entrantsSeries()]), ENTRANTS, 0);
    expect(html).toContain('19 points 2005–2023, step');
    expect(html).toContain('143,000 on the run’s start (2012-01-01)');
    expect(html).toContain('Edit points');
    expect(html).not.toContain(`dated-row-${ENTRANTS}-0`);
  });

  it('offers "Make dated" on a number without dates', () => {
    const html = row(withDated([]), ENTRANTS, null);
    expect(html).toContain(`data-testid="make-dated-${ENTRANTS}"`);
    expect(html).not.toContain('data-testid="dated-');
  });
});
