// The editor's actions on dated values, run as the app runs them (Store.edit): each is one undoable
// edit that marks the document dirty, and the result is what restoreScenario accepts or refuses.
import { describe, expect, it } from 'vitest';
import { Store } from '../../renderer/state/store';
import { initialAppState, type AppState } from '../../renderer/state/appState';
import { makeDocument, setScenarioValue } from '../../renderer/state/documentActions';
import { addDatedPoint, addDatedValue, removeDatedPoint, removeDatedValue, setDatedJoin, setDatedSource } from '../../renderer/state/datedValueActions';
import { newDatedEntry } from '../../renderer/lib/datedValueRows';
import { loadBuiltIn, validateScenario } from '../../renderer/engine';
import { capacitySeries, ENTRANTS, withDated } from './datedValueFixtures';

/** tr without its dated history, so that the numbers here start undated. */
function undatedTr() {
  const scenario = structuredClone(loadBuiltIn('tr'));
  scenario.timeline.values = [];
  return scenario;
}

function storeOf(scenario = undatedTr()): Store<AppState> {
  return new Store<AppState>(initialAppState(makeDocument(scenario, { kind: 'builtin', name: 'tr' }, 'tr')));
}

const values = (store: Store<AppState>) => store.state.document.scenario.timeline.values;

describe('dated value actions', () => {
  it('makes a number dated, adds a point, and undoes both back to the built-in', () => {
    const store = storeOf();
    const before = store.state.document.scenario;
    store.edit('make dated', addDatedValue(newDatedEntry(ENTRANTS, 155000, '2012-01-01', true)));
    expect(store.state.document.dirty).toBe(true);
    store.edit('add a point', addDatedPoint(0));
    expect(values(store)[0].points).toEqual([
      { date: '2012-01-01', value: 155000 },
      { date: '2013-01-01', value: 155000 },
    ]);
    expect(validateScenario(store.state.document.scenario)).toEqual([]);
    store.undo();
    store.undo();
    expect(store.state.document.scenario).toEqual(before);
  });

  it('changes the join and the source, removes a point, and removes the dates', () => {
    const store = storeOf(withDated([capacitySeries()]));
    store.edit('join', setDatedJoin(0, 'step'));
    store.edit('source', setDatedSource(0, 'my table'));
    store.edit('remove point', removeDatedPoint(0, 0));
    expect(values(store)[0]).toMatchObject({ join: 'step', source: 'my table', points: [{ date: '2018-04-01', value: 48 }] });
    store.edit('remove dates', removeDatedValue(0));
    expect(values(store)).toEqual([]);
    store.undo();
    expect(values(store)[0].points).toHaveLength(1);
  });

  it('refuses to remove the last point or to edit an entry that is not there, and changes nothing', () => {
    const store = storeOf(withDated([{ ...capacitySeries(), points: [{ date: '2014-06-01', value: 40 }] }]));
    expect(() => store.edit('remove point', removeDatedPoint(0, 0))).toThrow(/Remove dates/);
    expect(() => store.edit('join', setDatedJoin(3, 'step'))).toThrow(/timeline\.values\[3\]/);
    expect(values(store)[0].points).toHaveLength(1);
    expect(store.canUndo).toBe(false);
  });

  it('a bad value typed into a point is kept and refused by the validation on that cell', () => {
    const store = storeOf(withDated([capacitySeries()]));
    store.edit('bad value', setScenarioValue('timeline.values[0].points[1].value', -5));
    expect(values(store)[0].points[1].value).toBe(-5);
    expect(validateScenario(store.state.document.scenario).map((i) => i.path)).toEqual(['timeline.values[0].points[1].value']);
  });
});
