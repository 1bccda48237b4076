// The back-cast reads every committed observed series and every people-sentenced input through the
// shared series parser, and the model has a measure for each one.
import { describe, expect, it } from 'vitest';
import { loadPublishedSeries } from '../../../scripts/backcast/loadSeries';
import { backcastSeriesFor, sentencedSeries } from '../../../model/calibration/backcastSeries';

describe('back-cast series files', () => {
  it('reads the observed series first, in the order of the definitions, then the sentenced inputs', () => {
    const names = loadPublishedSeries().map((s) => s.name);
    expect(names.slice(0, 3)).toEqual(['prison-population', 'probation-caseload', 'proven-reoffending-adults']);
    expect(names.filter((n) => n.startsWith('sentenced-')).length).toBeGreaterThan(0);
    expect(names.filter((n) => backcastSeriesFor(n) === null)).toEqual([]);
  });

  it('maps a people-sentenced file to the model flow of its disposal, singular or plural', () => {
    expect(sentencedSeries('sentenced-community-orders')?.measuredAs).toContain('flow.sentences.communityOrder');
    expect(sentencedSeries('sentenced-custody-12m-to-4y')?.measuredAs).toContain('flow.sentences.custody12mTo4y');
    expect(sentencedSeries('sentenced-fines')).toBeNull();
    expect(sentencedSeries('prison-population')).toBeNull();
  });
});
