// Provenance read back from chart captions, and the uncertainty statement built from it.
import { describe, expect, it } from 'vitest';
import { parseProvenanceLine, runsText, uncertaintyStatement } from '../../renderer/lib/reportProvenance';
import { provenanceLine } from '../../renderer/charts/chartData';

describe('parseProvenanceLine', () => {
  it('reads back what provenanceLine wrote, scenario names with commas and dots included', () => {
    const provenance = {
      engineVersion: '0.3.0',
      scenarios: [
        { name: 'tr', hash: '0123456789abcdef' },
        { name: 'my plan, v2 · final', hash: 'fedcba9876543210' },
      ],
      seed: 20140601,
      replications: 1,
      scale: 0.02,
    };
    expect(parseProvenanceLine(provenanceLine(provenance))).toEqual(provenance);
  });
  it('returns null for a caption of another shape', () => {
    expect(parseProvenanceLine('made by hand')).toBeNull();
  });
});

describe('uncertaintyStatement', () => {
  const run = (replications: number, seed: number) => ({ engineVersion: '0.3.0', scenarios: [], seed, replications, scale: 0.1 });

  it('names the replications, seeds and scale behind each view', () => {
    expect(runsText([run(10, 1), run(10, 1)])).toBe('10 replications, seed 1, scale 0.1');
    expect(runsText([run(1, 1), run(10, 2)])).toBe('1, 10 replications (by chart), seeds 1, 2, scale 0.1');
    const text = uncertaintyStatement([{ view: 'Compare', runs: [run(10, 1)] }, { view: 'Money', runs: [] }], []).join('\n');
    expect(text).toContain('Compare, 10 replications, seed 1, scale 0.1');
    expect(text).not.toContain('Money');
  });

  it('explains intervals, common random numbers and reproducibility, and declared uncertain inputs', () => {
    const paragraphs = uncertaintyStatement([], ['parameters.offending.baseRate (normal)']);
    const text = paragraphs.join('\n');
    expect(text).toContain('No chart in this report rests on a run yet');
    expect(text).toContain('95% interval of the mean');
    expect(text).toContain('Common random numbers');
    expect(text).toContain('bit-identical');
    expect(paragraphs[paragraphs.length - 1]).toContain('1 uncertain input (parameters.offending.baseRate (normal))');
  });
});
