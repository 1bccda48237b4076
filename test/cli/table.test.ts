import { describe, expect, it } from 'vitest';
import { formatTable, formatValue, isShareKpi } from '../../cli/format/table';
import { printable } from '../../formats/textInput';
import { groupThousands } from '../../cli/format/groupThousands';
import { reportFixture, summaryFixture } from './fixtures';

describe('number formatting', () => {
  it('groups thousands', () => {
    expect(groupThousands(1234567.89, 0)).toBe('1,234,568');
    expect(groupThousands(999, 0)).toBe('999');
    expect(groupThousands(-1234.5, 1)).toBe('-1,234.5');
    expect(groupThousands(-0.001, 2)).toBe('0.00');
  });

  it('shows shares as percentages and undefined values as a dash', () => {
    expect(formatValue(0.4567, true, 2)).toBe('45.7%');
    expect(formatValue(NaN, false, 0)).toBe('—');
  });

  it('recognises shares by name', () => {
    expect(isShareKpi('reoffending.binary')).toBe(true);
    expect(isShareKpi('flows.recallsShortSentenceShare')).toBe(true);
    expect(isShareKpi('reoffending.byDisposal.communityOrder')).toBe(true);
    expect(isShareKpi('reoffending.frequency')).toBe(false);
    expect(isShareKpi('caseload.total')).toBe(false);
  });
});

describe('formatTable', () => {
  it('aligns kpi, value and interval columns and ends with the provenance', () => {
    const text = formatTable(reportFixture([summaryFixture(1), summaryFixture(2)]));
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^kpi\s+value\s+95% CI$/);
    const total = lines.find((l) => l.startsWith('caseload.total'))!;
    expect(total).toMatch(/375,000\s+-1,213,\d{3} – 1,963,\d{3}$/);
    expect(lines.find((l) => l.startsWith('caseload.crc'))).toMatch(/—$/);
    expect(lines.find((l) => l.startsWith('reoffending.binary'))).toMatch(/45\.0%\s+-\d+\.\d% – \d+\.\d%$/);
    // Values are right-aligned: every value column ends at the same place.
    const valueEnd = lines[0].indexOf('value') + 'value'.length;
    for (const row of lines.slice(2, 9)) {
      expect(row[valueEnd - 1], row).not.toBe(' ');
      expect(row[valueEnd] ?? ' ', row).toBe(' ');
    }
    expect(text).toContain('scenario:     Transforming Rehabilitation (hash abcdef0123456789)');
    expect(text).toContain('seed 42, 2 replications, scale 0.01, 2 years');
    expect(text).toContain('overrides:    simulation.scale=0.01');
  });

  it('says why there is no interval with one replication', () => {
    expect(formatTable(reportFixture([summaryFixture(1)]))).toContain('needs --replications 2 or more');
  });

  it('does not pass terminal escapes from a scenario name through', () => {
    expect(printable('a\u001b[2Jb\nc')).toBe('a\\u001b[2Jb\\u000ac');
    expect(formatTable(reportFixture([summaryFixture(1)], 'x\u001b]0;pwned\u0007'))).not.toMatch(/[\u0000-\u0008\u001b]/);
  });
});
