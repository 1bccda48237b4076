// Which organisations exist on a date: the operating model in force under each built-in scenario's
// timeline, the providers allocation shows under it, the change-of-model banner, and the markers
// the date slider shows for every dated change.
import { describe, expect, it } from 'vitest';
import { loadBuiltIn, operatingModels } from '../../renderer/engine';
import { allSeriesNames, providerKinds } from '../../model/seriesNames';
import { PROVIDER_SERIES } from '../../renderer/lib/trainerFlowStages';
import { dayOf } from '../../renderer/lib/trainerClock';
import { MODEL_PROVIDERS, bannerAt, modelAt, modelChanges, timelineMarkers } from '../../renderer/lib/trainerFlowModels';

const asHappened = loadBuiltIn('as-happened').timeline;
const tr = loadBuiltIn('tr').timeline;
const unified = loadBuiltIn('unified').timeline;

describe('modelAt', () => {
  it('follows "as it happened": trusts, then TR from 2014-06-01, then unified from 2021-06-26', () => {
    expect(modelAt(asHappened, dayOf('2012-01-01'))).toBe('trusts');
    expect(modelAt(asHappened, dayOf('2014-05-31'))).toBe('trusts');
    expect(modelAt(asHappened, dayOf('2014-06-01'))).toBe('tr');
    expect(modelAt(asHappened, dayOf('2021-06-25'))).toBe('tr');
    expect(modelAt(asHappened, dayOf('2021-06-26'))).toBe('unified');
  });
  it('keeps the TR scenario in TR after 2021 and the unified scenario unified throughout', () => {
    expect(modelAt(tr, dayOf('2023-01-01'))).toBe('tr');
    expect(modelAt(unified, dayOf('2012-01-01'))).toBe('unified');
    expect(modelAt(unified, dayOf('2016-01-01'))).toBe('unified');
  });
});

describe('MODEL_PROVIDERS', () => {
  it('lists the organisations a person can be allocated to under each model', () => {
    expect(MODEL_PROVIDERS.trusts.map((p) => p.provider)).toEqual(['trust']);
    expect(MODEL_PROVIDERS.tr.map((p) => p.provider)).toEqual(['nps', 'crc']);
    expect(MODEL_PROVIDERS.unified.map((p) => p.provider)).toEqual(['nps']);
  });
  it('names, for every operating model a scenario may set, distinct provider kinds whose caseload the engine reports', () => {
    for (const model of operatingModels) {
      const kinds = MODEL_PROVIDERS[model].map((p) => p.provider);
      expect(kinds.length, model).toBeGreaterThan(0);
      expect(new Set(kinds).size, model).toBe(kinds.length);
      for (const kind of kinds) {
        expect(providerKinds, `${model}: ${kind}`).toContain(kind);
        expect(allSeriesNames, `${model}: ${kind}`).toContain(PROVIDER_SERIES[kind]);
      }
    }
  });
});

describe('modelChanges and bannerAt', () => {
  const changes = modelChanges(asHappened);
  it('lists the changes of model with their timeline labels', () => {
    expect(changes.map((c) => [c.date, c.model])).toEqual([
      ['2014-06-01', 'tr'],
      ['2021-06-26', 'unified'],
    ]);
    expect(changes[0].label).toMatch(/Transforming Rehabilitation/);
  });
  it('announces a change for a while after the clock passes it, not before', () => {
    expect(bannerAt(changes, dayOf('2014-05-31'), 60)).toBeNull();
    expect(bannerAt(changes, dayOf('2014-06-01'), 60)?.model).toBe('tr');
    expect(bannerAt(changes, dayOf('2014-07-30'), 60)?.model).toBe('tr');
    expect(bannerAt(changes, dayOf('2014-07-31'), 60)).toBeNull();
    expect(bannerAt(changes, dayOf('2021-07-01'), 60)?.model).toBe('unified');
  });
});

describe('timelineMarkers', () => {
  const window = { start: dayOf('2012-01-01'), end: dayOf('2023-12-30') };
  const markers = timelineMarkers(
    [
      { side: 'left', timeline: asHappened },
      { side: 'right', timeline: unified },
    ],
    window,
  );
  it('makes one marker per date, in order, naming the sides and every label', () => {
    const dates = markers.map((m) => m.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
    const tr2014 = markers.find((m) => m.date === '2014-06-01')!;
    expect(tr2014.modelChange).toBe(true);
    expect(tr2014.sides).toEqual(['left']);
    expect(tr2014.labels.length).toBe(1); // TR itself (the yearly report history is not a policy moment)
    expect(markers.every((m) => !m.labels.some((l) => l.startsWith('pre-sentence reports in')))).toBe(true);
    const ora = markers.find((m) => m.date === '2015-02-01')!;
    expect(ora.sides).toEqual(['left', 'right']);
    expect(ora.labels.length).toBe(1);
    expect(ora.modelChange).toBe(false);
  });
  it('leaves out changes outside the window', () => {
    const narrow = timelineMarkers([{ side: 'left', timeline: asHappened }], { start: dayOf('2015-01-01'), end: dayOf('2016-01-01') });
    expect(narrow.map((m) => m.date)).toEqual(['2015-02-01', '2015-05-01']);
  });
});
