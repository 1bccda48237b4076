// The headline KPIs of a run, under stable documented names (README, "KPI names"). Stocks are means
// over the last reported year (52 weeks); flows are totals over it; reoffending pools the last four
// complete quarterly cohorts (the latest year whose 12-month follow-up and 6-month wait ended
// inside the run), because the last year's own cohorts cannot be measured yet.
import type { RunResult, Provenance } from './runResult';
import { disposals } from './seriesNames';
import {
  binaryRate,
  frequencyPerReoffender,
  lastCompleteCohorts,
  lastWeeks,
  meanOver,
  perYearOver,
  pool,
} from './observe/windows';

export interface Summary {
  caseload: { total: number; community: number; preRelease: number; trust: number; crc: number; nps: number };
  prison: { population: number; recallPopulation: number; determinate: number };
  flows: {
    sentencesPerYear: Record<(typeof disposals)[number] | 'total', number>;
    releasesPerYear: number;
    breachesPerYear: number;
    recallsPerYear: number;
    recallsShortSentenceShare: number;
    reoffencesPerYear: number;
  };
  reoffending: {
    binary: number;
    frequency: number;
    cohortSize: number;
    byDisposal: { custodyUnder12m: number; custody12mPlus: number; communityOrder: number; suspendedOrder: number };
    byProvider: { trust: number; crc: number; nps: number; none: number };
  };
  provenance: Provenance;
}

export function summarize(result: RunResult): Summary {
  const year = lastWeeks(result);
  const mean = (name: string) => meanOver(result, name, year);
  const perYear = (name: string) => perYearOver(result, name, year);
  const sentences = Object.fromEntries(disposals.map((d) => [d, perYear(`flow.sentences.${d}`)])) as Record<
    (typeof disposals)[number],
    number
  >;
  const recalls = perYear('flow.recalls');
  const cohorts = lastCompleteCohorts(result);
  const all = pool(cohorts.map((c) => c.all));
  const disposalRate = (...names: string[]) => binaryRate(pool(cohorts.flatMap((c) => names.map((n) => c.byDisposal[n]))));
  const providerRate = (name: string) => binaryRate(pool(cohorts.map((c) => c.byProvider[name])));
  return {
    caseload: {
      total: mean('caseload.total'),
      community: mean('caseload.community'),
      preRelease: mean('caseload.preRelease'),
      trust: mean('caseload.trust'),
      crc: mean('caseload.crc'),
      nps: mean('caseload.nps'),
    },
    prison: {
      population: mean('prison.population'),
      recallPopulation: mean('prison.recallPopulation'),
      determinate: mean('prison.determinate'),
    },
    flows: {
      sentencesPerYear: { ...sentences, total: Object.values(sentences).reduce((a, b) => a + b, 0) },
      releasesPerYear: perYear('flow.releases'),
      breachesPerYear: perYear('flow.breaches'),
      recallsPerYear: recalls,
      recallsShortSentenceShare: recalls > 0 ? perYear('flow.recalls.shortSentence') / recalls : NaN,
      reoffencesPerYear: perYear('flow.reoffences'),
    },
    reoffending: {
      binary: binaryRate(all),
      frequency: frequencyPerReoffender(all),
      cohortSize: all.people,
      byDisposal: {
        custodyUnder12m: disposalRate('custodyUnder12m'),
        custody12mPlus: disposalRate('custody12mTo4y', 'custodyOver4y'),
        communityOrder: disposalRate('communityOrder'),
        suspendedOrder: disposalRate('suspendedOrder'),
      },
      byProvider: { trust: providerRate('trust'), crc: providerRate('crc'), nps: providerRate('nps'), none: providerRate('none') },
    },
    provenance: { ...result.provenance },
  };
}
