// The shipped input series: every file loads and passes the cross-series rules, the year ranges are
// complete, and the figures REFERENCE.md already gives appear exactly, marked published. Also the
// cross-series rules themselves (missing series, PSR shares not adding up, provider years) and the
// docs section.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Series } from '../../formats/seriesCsv';
import { checkSeriesSet, INPUT_SERIES_NAMES, loadAllSeries, loadSeries, SeriesSetError } from '../../scenarios/series';
import { basisCounts, seriesMarkdown } from '../../scenarios/seriesDocs';

const all = loadAllSeries();
const byName = new Map(all.map((s) => [s.name, s]));
const point = (name: string, year: number) => byName.get(name)!.points.find((p) => p.year === year)!;

describe('the shipped series', () => {
  it('are exactly the input series, sorted by name, and pass the cross-series rules', () => {
    expect(all.map((s) => s.name)).toEqual([...INPUT_SERIES_NAMES].sort());
    expect(() => checkSeriesSet(all)).not.toThrow();
  });

  it('cover every year of their range, one row a year', () => {
    const expected: Record<string, [number, number]> = {
      'staffing-fte-trusts': [2005, 2014],
      'staffing-fte-nps': [2014, 2023],
      'staffing-fte-crc': [2014, 2021],
    };
    for (const series of all) {
      const [first, last] = expected[series.name] ?? [2005, 2023];
      expect([series.name, series.firstYear, series.lastYear]).toEqual([series.name, first, last]);
      expect(series.points.map((p) => p.year)).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
    }
  });

  it.each([
    ['sentenced-community-orders', { 2008: 190172, 2009: 195977, 2010: 189333, 2011: 177603, 2012: 151183, 2013: 126535, 2014: 112638, 2015: 114286, 2016: 102938 }],
    ['psr-volume', { 2010: 211494, 2019: 103004 }],
    ['custody-rate-indictable', { 2010: 0.24, 2016: 0.3, 2019: 0.32 }],
    ['custodial-sentence-length-months', { 2007: 15.2, 2016: 19.4, 2019: 21.4 }],
    ['staffing-fte-trusts', { 2011: 9580, 2014: 9660 }],
    ['staffing-fte-crc', { 2014: 4810 }],
    ['staffing-fte-nps', { 2015: 4860, 2020: 3550 + 2888 }],
  ] as const)('%s carries the REFERENCE.md figures, published', (name, figures) => {
    for (const [year, value] of Object.entries(figures)) {
      const p = point(name, Number(year));
      expect([name, p.year, p.value, p.basis]).toEqual([name, Number(year), value, 'published']);
    }
  });

  it('grade the official figures of REFERENCE.md H', () => {
    expect(point('sentenced-community-orders', 2012).confidence).toBe('H');
    expect(point('psr-volume', 2019).confidence).toBe('H');
    expect(point('staffing-fte-nps', 2020).confidence).toBe('H');
  });

  it('give every interpolated row a "linear between" source', () => {
    for (const series of all) {
      for (const p of series.points.filter((q) => q.basis === 'interpolated')) {
        expect(`${series.name} ${p.year}: ${p.source}`).toMatch(/: linear between \d{4} and \d{4}$/);
      }
    }
  });

  it('keep shares within 0..1 (declared with # range)', () => {
    for (const name of ['custody-rate-indictable', 'psr-share-oral', 'psr-share-short-written', 'psr-share-standard']) {
      for (const p of byName.get(name)!.points) expect(p.value).toBeLessThanOrEqual(1);
    }
  });
});

describe('checkSeriesSet', () => {
  const withShares = (oral: number): Series[] =>
    all.map((s) => (s.name === 'psr-share-oral' ? { ...s, points: s.points.map((p) => (p.year === 2012 ? { ...p, value: oral } : p)) } : s));

  it('rejects PSR shares that do not add up to 1 within 0.005', () => {
    const sumElse = 1 - point('psr-share-oral', 2012).value;
    expect(() => checkSeriesSet(withShares(1 - sumElse + 0.004))).not.toThrow();
    expect(() => checkSeriesSet(withShares(1 - sumElse + 0.006))).toThrow(/PSR shares for 2012 add up to 1\.0060; expected 1 within 0\.005/);
  });

  it('lists every missing input series', () => {
    const error = (() => {
      try {
        checkSeriesSet(all.filter((s) => s.name !== 'psr-volume' && s.name !== 'remand-population'));
      } catch (e) {
        return e as SeriesSetError;
      }
      throw new Error('expected a SeriesSetError');
    })();
    expect(error).toBeInstanceOf(SeriesSetError);
    expect(error.problems).toEqual([
      'series "psr-volume" is missing; expected scenarios/data/psr-volume.csv',
      'series "remand-population" is missing; expected scenarios/data/remand-population.csv',
    ]);
  });

  it('checks that a provider staffing series covers the years that provider existed', () => {
    const crc = byName.get('staffing-fte-crc')!;
    const shortened = all.map((s) => (s === crc ? { ...crc, lastYear: 2020, points: crc.points.slice(0, -1) } : s));
    expect(() => checkSeriesSet(shortened)).toThrow(/"staffing-fte-crc" covers 2014-2020; expected "# years: 2014-2021"/);
  });
});

describe('loadSeries from another folder', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'series-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('names the file in a parse error', () => {
    writeFileSync(path.join(folder, 'broken.csv'), '# title: x\n');
    expect(() => loadSeries('broken', folder)).toThrow(/^broken\.csv:2:1: /);
  });
});

describe('seriesMarkdown', () => {
  const markdown = seriesMarkdown(all);

  it('has a section per series with its table and basis counts', () => {
    for (const series of all) {
      expect(markdown).toContain(`### ${series.title} (\`${series.name}\`)`);
      expect(markdown).toContain(`- ${basisCounts(series)}`);
    }
    expect(markdown).toContain('| 2012 | 151,183 | published | H |');
  });

  it('counts bases per series', () => {
    expect(basisCounts(byName.get('psr-volume')!)).toBe('12 of 19 years published, 2 interpolated, 5 extrapolated');
  });

  it('escapes pipes in table cells', () => {
    const series: Series = { ...all[0], points: [{ ...all[0].points[0], note: 'a | b' }] };
    expect(seriesMarkdown([series])).toContain('a \\| b');
  });
});
