// The back-cast chart: well-formed SVG text with the band, the mean line, a dot per published value
// (hollow when not judged), round ticks, and text escaped.
import { describe, expect, it } from 'vitest';
import { chartSvg, niceTicks } from '../../../scripts/backcast/chart';
import type { BackcastComparison } from '../../../model/calibration/backcast';

const year = (y: number, published: number, basis: 'published' | 'interpolated', mean: number) => ({
  year: y, published, basis, source: 'Table <1> & "2"', values: [mean], n: 2, mean, low: mean - 5, high: mean + 5,
});

const comparison = {
  series: { name: 'x', title: 'Prisoners < 90k & rising', unit: 'people', coverage: '', description: '', rows: [] },
  definition: { name: 'x', measuredAs: '`prison.population`', measure: () => NaN, tolerance: { good: 5, fair: 10 }, asserted: true, reason: '' },
  years: [year(2010, 100, 'published', 102), year(2011, 104, 'interpolated', 101), year(2012, 98, 'published', 99)],
  comparedYears: [2010, 2012],
  mape: 2,
  verdict: 'good',
} as unknown as BackcastComparison;

describe('back-cast chart', () => {
  it('draws the band, the mean line and one dot per published value, with text escaped', () => {
    const svg = chartSvg(comparison, 2005, 2023);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('Prisoners &lt; 90k &amp; rising');
    expect(svg).toContain('Table &lt;1&gt; &amp; &quot;2&quot;');
    expect(svg).not.toMatch(/<1>/);
    expect(svg.match(/<polygon /g)).toHaveLength(1);
    expect(svg.match(/<polyline /g)).toHaveLength(1);
    expect(svg.match(/<circle [^>]*r="4" fill="#d95f02"/g)?.length).toBe(3); // two values and the legend
    expect(svg.match(/<circle [^>]*r="4" fill="white"/g)?.length).toBe(2); // one value and the legend
    expect(svg).toContain('MAPE 2.0% (good)');
  });

  it('picks round ticks covering the range', () => {
    expect(niceTicks(80000, 88000)).toEqual([80000, 82000, 84000, 86000, 88000]);
    expect(niceTicks(0.3, 0.4)).toEqual([0.3, 0.325, 0.35, 0.375, 0.4]); // steps of 2.5 × 10^k count as round
  });
});
