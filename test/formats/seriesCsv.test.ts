// The series CSV parser: a valid file parses to the right points; each way a file can be wrong gives
// a SeriesError naming the file, the line and the column and what was expected; a BOM, CRLF line
// endings and quoted commas are accepted.
import { describe, expect, it } from 'vitest';
import { parseSeriesCsv, seriesNameOf, SeriesError } from '../../formats/seriesCsv';
import { splitCsvLine } from '../../formats/csvFields';

const META = ['# title: Test series', '# unit: people a year', '# coverage: adults, England and Wales', '# description: A test.'];
const HEADER = 'year,value,basis,confidence,source,note';

/** A file for 2005-2007 (via # years) whose rows can be replaced one by one. */
function file(rows: string[], meta: string[] = [...META, '# years: 2005-2007']): string {
  return [...meta, HEADER, ...rows].join('\n') + '\n';
}
const GOOD_ROWS = ['2005,100,published,H,Table 1,', '2006,150,interpolated,M,linear between 2005 and 2007,', '2007,200,published,H,Table 1,a note'];

/** The SeriesError a text raises (fails the test if it parses). */
function errorOf(text: string): SeriesError {
  try {
    parseSeriesCsv(text, 'test.csv');
  } catch (error) {
    expect(error).toBeInstanceOf(SeriesError);
    return error as SeriesError;
  }
  throw new Error('expected a SeriesError');
}

describe('parseSeriesCsv: a valid file', () => {
  it('reads metadata, years and points', () => {
    const series = parseSeriesCsv(file(GOOD_ROWS), 'dir/my-series.csv');
    expect(series).toMatchObject({ name: 'my-series', title: 'Test series', unit: 'people a year', firstYear: 2005, lastYear: 2007 });
    expect(series.points.map((p) => [p.year, p.value, p.basis, p.confidence])).toEqual([
      [2005, 100, 'published', 'H'],
      [2006, 150, 'interpolated', 'M'],
      [2007, 200, 'published', 'H'],
    ]);
    expect(series.points[2].note).toBe('a note');
  });

  it('defaults to 2005-2023 without # years', () => {
    const rows = Array.from({ length: 19 }, (_, i) => `${2005 + i},${i},published,H,src,`);
    const series = parseSeriesCsv([...META, HEADER, ...rows].join('\n'), 'x.csv');
    expect([series.firstYear, series.lastYear, series.points.length]).toEqual([2005, 2023, 19]);
  });

  it('accepts a BOM and CRLF line endings', () => {
    const text = '\uFEFF' + file(GOOD_ROWS).replace(/\n/g, '\r\n');
    expect(parseSeriesCsv(text, 'x.csv').points).toHaveLength(3);
  });

  it('reads quoted fields with commas and doubled quotes', () => {
    const rows = ['2005,100,published,H,"CJS outcomes by offence, table Q5.1b","a ""quoted"" word, and a comma"', ...GOOD_ROWS.slice(1)];
    const [first] = parseSeriesCsv(file(rows), 'x.csv').points;
    expect(first.source).toBe('CJS outcomes by offence, table Q5.1b');
    expect(first.note).toBe('a "quoted" word, and a comma');
  });

  it('checks # range when present', () => {
    const meta = [...META, '# years: 2005-2007', '# range: 0-1'];
    expect(parseSeriesCsv(file(['2005,0.2,published,H,s,', '2006,1,published,H,s,', '2007,0,published,H,s,'], meta), 'x.csv').points[1].value).toBe(1);
    const error = errorOf(file(['2005,0.2,published,H,s,', '2006,1.5,published,H,s,', '2007,0,published,H,s,'], meta));
    expect([error.line, error.column]).toEqual([9, 6]);
    expect(error.message).toMatch(/test\.csv:9:6: value 1\.5 is outside the series' range; expected 0 to 1/);
  });

  it('names the series after the file', () => {
    expect(seriesNameOf('a/b/psr-volume.csv')).toBe('psr-volume');
    expect(seriesNameOf('C:\\data\\remand.CSV')).toBe('remand');
  });
});

describe('parseSeriesCsv: metadata errors', () => {
  it.each([
    ['a missing key', [META[0], META[1], META[3], '# years: 2005-2007'], 5, 1, /metadata "coverage" is missing/],
    ['an unknown key', [...META, '# years: 2005-2007', '# colour: red'], 6, 3, /unknown metadata key "colour"; expected one of title, unit/],
    ['a key given twice', [...META, '# title: again', '# years: 2005-2007'], 5, 3, /metadata key "title" given twice/],
    ['an empty value', [META[0], '# unit:', META[2], META[3], '# years: 2005-2007'], 2, 8, /metadata "unit" is empty; expected a value/],
    ['a line that is not key: value', [...META, '# just a comment', '# years: 2005-2007'], 5, 1, /expected "# key: value"/],
    ['bad years', [...META, '# years: 2007-2005'], 5, 10, /years "2007-2005"; expected "first-last"/],
    ['a bad range', [...META, '# years: 2005-2007', '# range: one-two'], 6, 10, /range "one-two"; expected "min-max"/],
  ])('%s', (_what, meta, line, column, message) => {
    const error = errorOf(file(GOOD_ROWS, meta));
    expect([error.file, error.line, error.column]).toEqual(['test.csv', line, column]);
    expect(error.message).toMatch(message);
  });
});

describe('parseSeriesCsv: header and row errors', () => {
  const at = (rows: string[], line: number, column: number, message: RegExp) => {
    const error = errorOf(file(rows));
    expect([error.line, error.column]).toEqual([line, column]);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`test.csv:${line}:${column}: `)).toBe(true);
  };

  it('a wrong header', () => {
    const error = errorOf([...META, 'year,value,basis,confidence,source', ...GOOD_ROWS].join('\n'));
    expect([error.line, error.column]).toEqual([5, 1]);
    expect(error.message).toMatch(/expected exactly "year,value,basis,confidence,source,note"/);
  });
  it('no header at all', () => {
    const error = errorOf(META.join('\n'));
    expect(error.line).toBe(5);
    expect(error.message).toMatch(/the file ends before the header/);
  });
  it('a year that is not a year', () => at(['05,100,published,H,s,', ...GOOD_ROWS.slice(1)], 7, 1, /year "05"; expected a four-digit year, 2005/));
  it('a year out of order', () => at([GOOD_ROWS[0], GOOD_ROWS[2], GOOD_ROWS[1]], 8, 1, /year 2007; expected 2006/));
  it('a year past the last year', () => at([...GOOD_ROWS, '2008,1,published,H,s,'], 10, 1, /year 2008 is past the series' last year/));
  it('missing years at the end', () => at(GOOD_ROWS.slice(0, 2), 9, 1, /expected a row for every year 2005-2007, next 2007/));
  it('a value that is not a number', () => at(['2005,1 000,published,H,s,', ...GOOD_ROWS.slice(1)], 7, 6, /value "1 000"; expected a plain number/));
  it('a negative value', () => at(['2005,-3,published,H,s,', ...GOOD_ROWS.slice(1)], 7, 6, /value -3 is negative; expected a number ≥ 0/));
  it('an empty value', () => at(['2005,,published,H,s,', ...GOOD_ROWS.slice(1)], 7, 6, /value ""; expected a plain number/));
  it('an unknown basis', () => at(['2005,1,estimated,H,s,', ...GOOD_ROWS.slice(1)], 7, 8, /basis "estimated"; expected one of published, interpolated, extrapolated, assumption/));
  it('an unknown confidence', () => at(['2005,1,published,high,s,', ...GOOD_ROWS.slice(1)], 7, 18, /confidence "high"; expected one of H, M, L/));
  it('an empty source', () => at(['2005,1,published,H, ,', ...GOOD_ROWS.slice(1)], 7, 20, /source is empty/));
  it('too few fields', () => at(['2005,1,published,H,s', ...GOOD_ROWS.slice(1)], 7, 21, /5 fields; expected 6/));
  it('too many fields (an unquoted comma)', () => at(['2005,1,published,H,Table 1, part 2,note', ...GOOD_ROWS.slice(1)], 7, 36, /7 fields; expected 6 .*quote a field that contains a comma/));
  it('an unclosed quote', () => at(['2005,1,published,H,"Table 1,', ...GOOD_ROWS.slice(1)], 7, 20, /does not close on this line/));
  it('a quote inside a bare field', () => at(['2005,1,published,H,Table "1",', ...GOOD_ROWS.slice(1)], 7, 26, /double quote inside an unquoted field/));
  it('text after a closing quote', () => at(['2005,1,published,H,"Table" 1,', ...GOOD_ROWS.slice(1)], 7, 27, /text after a closing double quote/));
  it('a metadata line after the header', () => at(['# title: late', ...GOOD_ROWS], 7, 1, /a metadata line after the header/));
});

describe('parseSeriesCsv: interpolation needs published ends', () => {
  it('rejects an interpolated first year', () => {
    const error = errorOf(file(['2005,100,interpolated,M,x,', GOOD_ROWS[1], GOOD_ROWS[2]]));
    expect([error.line, error.column]).toEqual([7, 10]);
    expect(error.message).toMatch(/interpolated 2005 has no published row before 2005/);
  });
  it('rejects interpolation that ends on an extrapolated year', () => {
    const error = errorOf(file([GOOD_ROWS[0], GOOD_ROWS[1], '2007,200,extrapolated,L,held,']));
    expect(error.line).toBe(8);
    expect(error.message).toMatch(/interpolated 2006 has no published row after 2006/);
  });
  it('rejects interpolation next to an assumption', () => {
    const error = errorOf(file(['2005,100,assumption,L,guess,', GOOD_ROWS[1], GOOD_ROWS[2]]));
    expect(error.message).toMatch(/no published row before 2006/);
  });
  it('accepts a run of interpolated years between published ones', () => {
    const rows = ['2005,1,published,H,s,', '2006,2,interpolated,M,s,', '2007,3,interpolated,M,s,', '2008,4,published,H,s,'];
    expect(parseSeriesCsv(file(rows, [...META, '# years: 2005-2008']), 'x.csv').points).toHaveLength(4);
  });
});

describe('splitCsvLine', () => {
  it('gives each field its column', () => {
    const result = splitCsvLine('a,"b,c",,d');
    expect(result).toEqual({
      ok: true,
      fields: [
        { text: 'a', column: 1 },
        { text: 'b,c', column: 3 },
        { text: '', column: 9 },
        { text: 'd', column: 10 },
      ],
    });
  });
  it('keeps a trailing empty field', () => {
    expect(splitCsvLine('a,')).toEqual({ ok: true, fields: [{ text: 'a', column: 1 }, { text: '', column: 3 }] });
  });
  it('reads an empty quoted field', () => {
    expect(splitCsvLine('"",x')).toEqual({ ok: true, fields: [{ text: '', column: 1 }, { text: 'x', column: 4 }] });
  });
});
