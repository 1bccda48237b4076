// Court: advice (a pre-sentence report or none) and the sentence. The disposal is a multinomial
// logit over custody, suspended sentence order, community order and other disposals (fines,
// discharges): custody grows with the offence group's seriousness and prior convictions, and a
// report raises the odds of a community sentence (CJI 2018: the direction is well attested; the
// size is a calibration assumption). Custody length is drawn by band, the offence group shifting
// the odds of 12 months or more. People already in prison are dealt with concurrently ('other').
import type { World } from '../engine/world';
import { PersonState } from '../engine/people';
import { MAX_PRIORS_EFFECT, logSpanOf } from '../engine/compiledParameters';
import { DisposalCode, FLOW_COURT, FLOW_PSR, FLOW_SENTENCES } from '../observe/flowIndex';
import { logUniformDays, startCommunitySentence, startCustody, termInBand } from './sentencing';
import { concludeWithoutSentence } from './offending';
import { DAYS_PER_MONTH } from '../units';
import { Purpose, type PersonDraws } from '../random/personDraws';

const PSR_NAMES = ['no report', 'an oral report', 'a short written report', 'a standard report'];
const SUSPENDED_TERM_MIN_DAYS = 14;
const SUSPENDED_TERM_MAX_DAYS = 730; // suspended terms run up to 2 years
const SUSPENDED_TERM_LOG_SPAN = logSpanOf(SUSPENDED_TERM_MIN_DAYS, SUSPENDED_TERM_MAX_DAYS);

export function onCourt(world: World, id: number): void {
  const p = world.people;
  const offences = p.pendingOffences(id);
  p.setPendingCourtDay(id, -1);
  p.setPendingOffences(id, 0);
  world.observer.counted(FLOW_COURT, 1);
  const state = p.state(id);
  if (state === PersonState.Custody || state === PersonState.Recall) {
    p.setPriors(id, Math.min(65535, p.priors(id) + offences));
    world.observer.counted(FLOW_SENTENCES + DisposalCode.Other, 1);
    if (world.observer.narrated(id)) world.observer.narrate(id, 'court', 'in prison: dealt with by a concurrent sentence');
    return;
  }
  const psr = drawReport(world, id);
  world.observer.counted(FLOW_PSR + psr, 1);
  // One cursor for the disposal and the term: pointed once, the draw code is inlined once.
  const rng = world.draws(id, Purpose.Sentence);
  const disposal = drawDisposal(world, id, psr, rng);
  p.setPriors(id, Math.min(65535, p.priors(id) + offences));
  if (world.observer.narrated(id)) world.observer.narrate(id, 'court', `convicted of ${offences} offence(s) with ${PSR_NAMES[psr]}`);
  sentence(world, id, disposal, rng);
}

/** 0 none, 1 oral, 2 short written, 3 standard: by the report target while one is in force, else by the published volumes. */
function drawReport(world: World, id: number): number {
  const rng = world.draws(id, Purpose.Report);
  const switches = world.switches;
  const target = switches.psrTarget ? world.params.raw.court.psrTarget : null;
  if (!rng.bernoulli(target ? target.share : switches.psrShare)) return 0;
  const mix = target ? target.mix : switches.psrMix;
  const u = rng.uniform() * (mix.oral + mix.shortWritten + mix.standard);
  return u < mix.oral ? 1 : u < mix.oral + mix.shortWritten ? 2 : 3;
}

/** 0 custody, 1 suspended sentence order, 2 community order, 3 other. */
function drawDisposal(world: World, id: number, psr: number, rng: PersonDraws): number {
  const p = world.people;
  const P = world.params;
  const custody = P.custodyWeight[p.offenceGroup(id) * (MAX_PRIORS_EFFECT + 1) + Math.min(p.priors(id), MAX_PRIORS_EFFECT)];
  const suspended = P.suspendedWeight[psr];
  const community = P.communityWeight[psr];
  const other = P.otherWeight;
  const u = rng.uniform() * (custody + suspended + community + other);
  if (u < custody) return 0;
  if (u < custody + suspended) return 1;
  return u < custody + suspended + community ? 2 : 3;
}

function sentence(world: World, id: number, disposal: number, rng: PersonDraws): void {
  const P = world.params;
  const court = P.raw.court;
  if (disposal === 0) {
    const band = drawBand(world, id, rng);
    const days = termInBand(band + 1, logUniformDays(rng, P.bandMinDays[band], P.bandMaxDays[band], P.bandLogSpan[band]));
    world.observer.counted(FLOW_SENTENCES + band, 1); // bands 0..2 are the three custody disposal codes
    startCustody(world, id, days, 'sentenced');
  } else if (disposal === 1) {
    world.observer.counted(FLOW_SENTENCES + DisposalCode.SuspendedOrder, 1);
    world.people.setSuspendedTermDays(id, logUniformDays(rng, SUSPENDED_TERM_MIN_DAYS, SUSPENDED_TERM_MAX_DAYS, SUSPENDED_TERM_LOG_SPAN));
    const months = court.suspendedOrderMonths;
    startCommunitySentence(world, id, PersonState.SuspendedOrder, orderDays(rng, months.min, months.max));
  } else if (disposal === 2) {
    world.observer.counted(FLOW_SENTENCES + DisposalCode.CommunityOrder, 1);
    const months = court.communityOrderMonths;
    startCommunitySentence(world, id, PersonState.CommunityOrder, orderDays(rng, months.min, months.max));
  } else {
    world.observer.counted(FLOW_SENTENCES + DisposalCode.Other, 1);
    if (world.observer.narrated(id)) world.observer.narrate(id, 'sentenced', 'a fine or discharge (no probation involvement)');
    concludeWithoutSentence(world, id);
  }
}

function drawBand(world: World, id: number, rng: PersonDraws): number {
  const P = world.params;
  const p = world.people;
  // Serious offences shift the odds towards long terms; persistent offending towards short ones.
  const longOdds = P.groupLongOddsRatio[p.offenceGroup(id)] * P.longTermPriorsFactor[Math.min(p.priors(id), MAX_PRIORS_EFFECT)];
  const w0 = P.bandShare[0];
  const w1 = P.bandShare[1] * longOdds;
  const w2 = P.bandShare[2] * longOdds;
  const u = rng.uniform() * (w0 + w1 + w2);
  return u < w0 ? 0 : u < w0 + w1 ? 1 : 2;
}

function orderDays(rng: PersonDraws, minMonths: number, maxMonths: number): number {
  const months = minMonths + rng.uniform() * (maxMonths - minMonths);
  return Math.max(1, Math.round(months * DAYS_PER_MONTH));
}
