// The data behind every chart: CSV with provenance and defused cells, display down-sampling that
// never touches exports, file names.
import { describe, expect, it } from 'vitest';
import { chartCsv, displayRows, fileStem, provenanceLine, sampleIndices, type ChartProvenance } from '../../renderer/charts/chartData';
import { commandForKey } from '../../renderer/lib/useCommandKeys';

const provenance: ChartProvenance = {
  engineVersion: '0.3.0',
  scenarios: [{ name: '=HYPERLINK("x")', hash: 'abc123' }],
  seed: 20140601,
  replications: 10,
  scale: 0.1,
};

describe('chartCsv', () => {
  const csv = chartCsv(
    'Prison population',
    { columns: [{ key: 'week', label: 'week' }, { key: 'v', label: 'value' }], rows: [{ week: '2012-01-01', v: 1.5 }, { week: '+cmd', v: null }] },
    provenance,
  );
  const records = csv.split('\r\n');

  it('starts with the provenance as comment records', () => {
    expect(records[0]).toBe('# title,Prison population');
    expect(csv).toContain('# engineVersion,0.3.0\r\n');
    expect(csv).toContain('# seed,20140601\r\n');
    expect(csv).toContain('# replications,10\r\n');
  });

  it('defuses text cells that a spreadsheet would run as formulas', () => {
    expect(csv).toContain(`"'=HYPERLINK(""x"") (abc123)"`);
    expect(records).toContain("'+cmd,");
  });

  it('writes every row at full resolution', () => {
    expect(records.filter((r) => r !== '' && !r.startsWith('#'))).toEqual(['week,value', '2012-01-01,1.5', "'+cmd,"]);
  });

  it('gives a one-line provenance for captions', () => {
    expect(provenanceLine(provenance)).toBe('Engine 0.3.0 · =HYPERLINK("x") abc123 · seed 20140601 · 10 replications · scale 0.1');
  });
});

describe('display down-sampling', () => {
  it('keeps short series whole and thins long ones evenly, first and last kept', () => {
    expect(sampleIndices(5, 10)).toEqual([0, 1, 2, 3, 4]);
    const picked = sampleIndices(626, 100);
    expect(picked).toHaveLength(100);
    expect(picked[0]).toBe(0);
    expect(picked.at(-1)).toBe(625);
    expect(displayRows(Array.from({ length: 1000 }, (_, i) => i), 50)).toHaveLength(50);
  });
});

describe('fileStem', () => {
  it('makes a plain file name from words', () => {
    expect(fileStem('Unified lowers prison by 3,300 (± 200)')).toBe('unified-lowers-prison-by-3-300-200');
    expect(fileStem('***')).toBe('chart');
  });
});

describe('browser shortcuts', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });
  it('maps the usual shortcuts, leaving undo in a text field to the field', () => {
    expect(commandForKey(key('s', { ctrlKey: true }), false)).toBe('save');
    expect(commandForKey(key('S', { metaKey: true, shiftKey: true }), false)).toBe('save-as');
    expect(commandForKey(key('z', { ctrlKey: true }), false)).toBe('undo');
    expect(commandForKey(key('z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(commandForKey(key('y', { ctrlKey: true }), false)).toBe('redo');
    expect(commandForKey(key('z', { ctrlKey: true }), true)).toBeNull();
    expect(commandForKey(key('s', { ctrlKey: true }), true)).toBe('save');
    expect(commandForKey(key('s'), false)).toBeNull();
  });
});
