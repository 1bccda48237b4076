import { describe, expect, it } from 'vitest';
import { formatCsv } from '../../cli/format/csv';
import { csvNumber, escapeCsvText } from '../../formats/csvCells';
import { reportFixture, summaryFixture } from './fixtures';

describe('escapeCsvText', () => {
  it('leaves plain text alone', () => {
    expect(escapeCsvText('caseload.total')).toBe('caseload.total');
    expect(escapeCsvText('')).toBe('');
  });

  it('quotes per RFC 4180: commas, quotes and line breaks', () => {
    expect(escapeCsvText('a,b')).toBe('"a,b"');
    expect(escapeCsvText('say "hi"')).toBe('"say ""hi"""');
    expect(escapeCsvText('two\nlines')).toBe('"two\nlines"');
    expect(escapeCsvText('cr\rhere')).toBe('"cr\rhere"');
  });

  it('defuses cells that a spreadsheet would run as a formula', () => {
    expect(escapeCsvText('=1+1')).toBe("'=1+1");
    expect(escapeCsvText('+44 20')).toBe("'+44 20");
    expect(escapeCsvText('-2')).toBe("'-2");
    expect(escapeCsvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeCsvText('\tx')).toBe("'\tx");
    expect(escapeCsvText('\rx')).toBe('"\'\rx"');
    expect(escapeCsvText('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(escapeCsvText('a=b')).toBe('a=b');
  });
});

describe('csvNumber', () => {
  it('writes numbers exactly and undefined ones as empty cells', () => {
    expect(csvNumber(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(csvNumber(-3)).toBe('-3');
    expect(csvNumber(NaN)).toBe('');
    expect(csvNumber(null)).toBe('');
    expect(csvNumber(undefined)).toBe('');
  });
});

describe('formatCsv', () => {
  it('writes provenance comments, a header and one row per KPI with CRLF endings', () => {
    const csv = formatCsv(reportFixture([summaryFixture(1), summaryFixture(1)]));
    const records = csv.split('\r\n');
    expect(records.at(-1)).toBe('');
    expect(records.filter((r) => r.startsWith('#')).map((r) => r.split(',')[0])).toEqual([
      '# cli', '# engineVersion', '# scenarioName', '# scenarioHash', '# seed', '# replications',
      '# replicationSeeds', '# scale', '# years', '# overrides',
    ]);
    expect(records).toContain('# replicationSeeds,0:42 1:42');
    const header = records.indexOf('kpi,mean,ci95_low,ci95_high,n,p10,p50,p90');
    expect(header).toBe(10);
    expect(records.slice(header + 1, -1)).toEqual([
      'caseload.total,250000,250000,250000,2,250000,250000,250000',
      'caseload.nps,100000,100000,100000,2,100000,100000,100000',
      'caseload.crc,,,,0,,,',
      'caseload.trust,150000,150000,150000,2,150000,150000,150000',
      'reoffending.binary,0.3,0.3,0.3,2,0.3,0.3,0.3',
      'reoffending.frequency,3.1,3.1,3.1,2,3.1,3.1,3.1',
      'reoffending.byDisposal.custodyUnder12m,0.6,0.6,0.6,2,0.6,0.6,0.6',
    ]);
  });

  it('keeps a hostile scenario name inside one defused cell', () => {
    const csv = formatCsv(reportFixture([summaryFixture(1)], '=cmd|"/c calc",\nnext'));
    expect(csv).toContain('# scenarioName,"\'=cmd|""/c calc"",\nnext"\r\n');
  });

  it('leaves the interval empty with one replication', () => {
    const csv = formatCsv(reportFixture([summaryFixture(1)]));
    expect(csv).toContain('\r\ncaseload.total,250000,,,1,250000,250000,250000\r\n');
  });
});
