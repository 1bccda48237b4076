import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { restoreScenario } from '../../model/index';
import { builtInScenarios } from '../../scenarios/index';
import { builtScenarios } from '../../scenarios/built';
import { Timeline } from '../../model/engine/timeline';
import { parseIsoDate } from '../../model/calendar/dates';

describe('built-in scenarios', () => {
  it('are the four the product names, and each restores cleanly', () => {
    expect(Object.keys(builtInScenarios).sort()).toEqual(['as-happened', 'tr', 'trusts', 'unified']);
    for (const raw of Object.values(builtInScenarios)) expect(() => restoreScenario(raw)).not.toThrow();
  });

  it('match what `npm run scenarios` writes (edit scenarios/parameters.ts or timelines.ts, then run it)', () => {
    for (const [name, scenario] of Object.entries(builtScenarios())) {
      const onDisk = readFileSync(new URL(`../../scenarios/${name}.json`, import.meta.url), 'utf8');
      expect(onDisk, name).toBe(JSON.stringify(scenario, null, 2) + '\n');
    }
  });

  it('follow the timeline of the reference: TR 2014-06-01, ORA 2015-02-01, unification 2021-06-26', () => {
    const on = (name: string, date: string) => Timeline.switchesOn(restoreScenario(builtInScenarios[name]).timeline, parseIsoDate(date));
    expect(on('trusts', '2021-12-31').operatingModel).toBe('trusts');
    expect(on('trusts', '2021-12-31').ora).toBe(false);
    expect(on('tr', '2014-05-31').operatingModel).toBe('trusts');
    expect(on('tr', '2014-06-01').operatingModel).toBe('tr');
    expect(on('tr', '2015-01-31').ora).toBe(false);
    expect(on('tr', '2015-02-01').ora).toBe(true);
    expect(on('tr', '2021-12-31').operatingModel).toBe('tr');
    expect(on('unified', '2012-01-01').operatingModel).toBe('unified');
    expect(on('as-happened', '2021-06-25').operatingModel).toBe('tr');
    expect(on('as-happened', '2021-06-26').operatingModel).toBe('unified');
  });
});
