// Formula injection in CSV cells, case by case from OWASP's list: each way a spreadsheet could take a
// text cell for a formula gets a leading single quote, and ordinary text is left alone.
import { describe, expect, it } from 'vitest';
import { escapeCsvText, looksLikeFormula } from '../../formats/csvCells';

describe('escapeCsvText: formula characters after leading blanks', () => {
  it.each([
    ['a space', ' =1+1', "' =1+1"],
    ['several spaces', '   +44', "'   +44"],
    ['a tab', '\t=cmd', "'\t=cmd"],
    ['a newline', '\n@SUM(A1)', '"\'\n@SUM(A1)"'],
    ['a carriage return', '\r-2', '"\'\r-2"'],
    ['CR LF', '\r\n=1', '"\'\r\n=1"'],
    ['an ideographic space', '\u3000=1', "'\u3000=1"],
    ['a no-break space', '\u00a0=1', "'\u00a0=1"],
  ])('defuses %s before a formula character', (_what, text, expected) => {
    expect(escapeCsvText(text)).toBe(expected);
  });
});

describe('escapeCsvText: full-width formula characters', () => {
  it.each([
    ['＝', '＝1+1'],
    ['＋', '＋44'],
    ['－', '－2'],
    ['＠', '＠SUM(A1)'],
  ])('defuses a leading full-width %s', (_char, text) => {
    expect(escapeCsvText(text)).toBe(`'${text}`);
  });

  it('defuses a full-width formula character after leading blanks too', () => {
    expect(escapeCsvText(' ＝1')).toBe("' ＝1");
  });
});

describe('escapeCsvText: what is left alone', () => {
  it.each(['caseload.total', 'a = b', 'Transforming Rehabilitation (2014)', ' leading space only', '1=1', 'x＝y', '   '])('%j', (text) => {
    expect(looksLikeFormula(text)).toBe(false);
    expect(escapeCsvText(text)).toBe(/[",\r\n]/.test(text) ? `"${text}"` : text);
  });

  it('still treats a leading tab or carriage return as a trigger on its own', () => {
    expect(escapeCsvText('\tx')).toBe("'\tx");
    expect(escapeCsvText('\rx')).toBe('"\'\rx"');
  });
});
