// A breach a CRC refers to the NPS under TR is decided after the referral delay, and the decision
// is postponed, never lost: a clock that restarts while it is pending (the order ends and
// post-sentence supervision starts, a release, a new sentence) does not drop it. Checked on sampled
// journeys: every referral whose person is still supervised in the community on the decision day
// gets a decision that day (a warning, a recall, a resentence or a committal).
import { describe, expect, it } from 'vitest';
import { runSimulation, type JourneyEvent } from '../../../model/index';
import { addYears, parseIsoDate } from '../../../model/calendar/dates';
import { small } from '../../helpers/scenarios';

const DELAY = 60;
const SUPERVISED = new Set(['communityOrder', 'suspendedOrder', 'licence', 'pss']);
const DECISIONS = new Set(['warning', 'recalled', 'sentenced', 'committed']);

interface Referral {
  decisionDay: number;
  decided: boolean;
  /** Whether the person's standing changed while the decision was pending (a clock restarted). */
  restarted: boolean;
}

function referralsOf(events: JourneyEvent[], lastDay: number): Referral[] {
  const referrals: Referral[] = [];
  events.forEach((event, i) => {
    if (event.kind !== 'breach' || !event.detail.includes('refers it to the NPS, which decides')) return;
    const decisionDay = event.day + DELAY;
    if (decisionDay > lastDay) return;
    const before = events.slice(i + 1).filter((e) => e.day < decisionDay);
    const onTheDay = events.filter((e) => e.day === decisionDay);
    // Only referrals whose outcome the journey settles: supervised up to the decision day, and
    // nothing else on that day that could come before the decision (a court, a release).
    const standing = (before.at(-1) ?? event).state;
    if (!SUPERVISED.has(standing) || onTheDay.some((e) => !DECISIONS.has(e.kind))) return;
    referrals.push({
      decisionDay,
      decided: onTheDay.some((e) => DECISIONS.has(e.kind)),
      restarted: before.some((e) => e.state !== event.state),
    });
  });
  return referrals;
}

describe('a breach referred to the NPS', () => {
  it('is decided after the delay even when the person’s standing changes meanwhile', () => {
    const scenario = small('tr', 0.02, 4, 4);
    scenario.parameters.breach.trReferralDelayDays = DELAY;
    scenario.simulation.journeySampleSize = 3000;
    const result = runSimulation(scenario, { seed: 5 });
    const referrals = result.journeys.flatMap((journey) => referralsOf(journey.events, addYears(parseIsoDate(scenario.simulation.start), scenario.simulation.years) - 1));
    const restarted = referrals.filter((r) => r.restarted);
    expect(referrals.length).toBeGreaterThan(100);
    expect(restarted.length).toBeGreaterThan(10);
    expect(referrals.filter((r) => !r.decided)).toEqual([]);
  }, 120_000);
});
