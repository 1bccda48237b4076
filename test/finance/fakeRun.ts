// A hand-built run for finance tests: every count zero, with the real provider list and CPA
// index, so a test sets just the numbers its worked example needs.
import type { FinanceRun } from '../../finance/runData';
import type { AreaCohort, PbrOutcome } from '../../model/runResult';
import { CPAS, CPA_SLUGS, PROVIDERS } from '../../model/engine/geography';
import { INTERVENTIONS, OFFENCE_GROUPS } from '../../model/engine/compiledParameters';
import { SERVICE_LEVELS, VOLUME_CATEGORIES } from '../../model/scenario/moneySchema';
import { addMonths } from '../../finance/months';
import { isoDateOf, parseIsoDate } from '../../model/calendar/dates';

export const SERVICE_DELAY_BUCKETS = 21;

const zeros = (n: number): number[] => new Array<number>(n).fill(0);
const grid = (rows: number, n: number): number[][] => Array.from({ length: rows }, () => zeros(n));

export function emptyOutcome(): PbrOutcome {
  return { people: 0, reoffenders: 0, reoffences: 0, predicted: 0, sampled: 0 };
}

/** A run of `monthCount` months from `firstMonth` (YYYY-MM-01), at `scale`, with no activity. */
export function fakeRun(firstMonth: string, monthCount: number, scale = 1): FinanceRun {
  const months = Array.from({ length: monthCount }, (_, i) => addMonths(firstMonth, i));
  const start = parseIsoDate(firstMonth);
  const end = parseIsoDate(addMonths(firstMonth, monthCount));
  const weeks: string[] = [];
  for (let day = start; day + 7 <= end; day += 7) weeks.push(isoDateOf(day));
  const quarters: AreaCohort[] = months
    .filter((m) => ['01', '04', '07', '10'].includes(m.slice(5, 7)))
    .map((quarterStart) => ({
      quarterStart,
      complete: true,
      crcManaged: CPAS.map(emptyOutcome),
      trEligible: CPAS.map(emptyOutcome),
    }));
  return {
    provenance: { engineVersion: 'test', scenarioName: 'fake', scenarioHash: 'fake', seed: 1, replication: 0, scale },
    weeks,
    series: { 'prison.population': zeros(weeks.length) },
    providers: PROVIDERS.map((p) => ({ ...p })),
    providerCaseload: PROVIDERS.map(() => zeros(weeks.length)),
    areaCohorts: quarters,
    activity: {
      months,
      cpas: [...CPAS],
      cpaSlugs: [...CPA_SLUGS],
      volumeCategories: [...VOLUME_CATEGORIES],
      interventions: [...INTERVENTIONS],
      serviceLevels: [...SERVICE_LEVELS],
      offenceGroups: [...OFFENCE_GROUPS],
      sentenceStarts: PROVIDERS.map(() => grid(VOLUME_CATEGORIES.length, monthCount)),
      interventionStarts: PROVIDERS.map(() => grid(INTERVENTIONS.length, monthCount)),
      npsInterventionStartsByCpa: CPAS.map(() => grid(INTERVENTIONS.length, monthCount)),
      ordersEnded: grid(PROVIDERS.length, monthCount),
      ordersUndelivered: grid(PROVIDERS.length, monthCount),
      serviceDelays: PROVIDERS.map(() => SERVICE_LEVELS.map(() => zeros(monthCount * SERVICE_DELAY_BUCKETS))),
      serviceDelayBuckets: SERVICE_DELAY_BUCKETS,
      reoffencesByGroup: grid(OFFENCE_GROUPS.length, monthCount),
    },
  };
}
