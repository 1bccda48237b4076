// The interim reader of the yearly series format: quoting, metadata, one row per year, and errors
// that name the file, the line and what was expected. Also every committed observed file reads.
import { describe, expect, it } from 'vitest';
import { csvRecords, parseSeriesCsv } from '../../../scripts/backcast/interimSeriesCsv';
import { loadPublishedSeries } from '../../../scripts/backcast/loadSeries';

const GOOD = [
  '# title: T',
  '# unit: people',
  '# coverage: E&W, 30 June',
  '# description: d',
  '# years: 2010-2011',
  'year,value,basis,confidence,source,note',
  '2010,5,published,H,"Table 1, ""quoted""",',
  '2011,6,interpolated,L,linear,"two\nlines"',
  '',
].join('\r\n');

describe('interim series CSV reader', () => {
  it('reads RFC 4180 cells: commas, doubled quotes and line breaks inside quotes', () => {
    expect(csvRecords('a,"b,c","d""e"\r\n"f\ng",h')).toEqual([
      ['a', 'b,c', 'd"e'],
      ['f\ng', 'h'],
    ]);
  });

  it('reads metadata and rows', () => {
    const s = parseSeriesCsv('x', GOOD);
    expect(s.coverage).toBe('E&W, 30 June');
    expect(s.years).toEqual([2010, 2011]);
    expect(s.rows.map((r) => [r.year, r.value, r.basis, r.source])).toEqual([
      [2010, 5, 'published', 'Table 1, "quoted"'],
      [2011, 6, 'interpolated', 'linear'],
    ]);
  });

  it('names the field and what was expected', () => {
    expect(() => parseSeriesCsv('x', GOOD.replace('interpolated', 'guessed'))).toThrow(/x: line 8: basis: expected one of published/);
    expect(() => parseSeriesCsv('x', GOOD.replace('2011,6', '2012,6'))).toThrow(/row for 2012: expected 2011/);
    expect(() => parseSeriesCsv('x', GOOD.replace('# unit: people\r\n', ''))).toThrow(/metadata 'unit' is missing/);
    expect(() => parseSeriesCsv('x', GOOD.replace('2010,5', '2010,five'))).toThrow(/value: expected a number, got 'five'/);
  });

  it('reads every committed series file', () => {
    const names = loadPublishedSeries().map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['prison-population', 'probation-caseload', 'proven-reoffending-adults']));
  });
});
