// The breach clock: while a person is supervised in the community, the next breach of their
// conditions is drawn at a rate set by the kind of supervision (community order, licence,
// post-sentence supervision) and rising with propensity. Apart from breach.ts, which enforces
// breaches by starting custody, because starting a sentence (sentencing.ts) starts this clock.
import type { World } from '../engine/world';
import { EventKind } from '../engine/eventQueue';
import { Clock, PersonState } from '../engine/people';
import { Purpose } from '../random/personDraws';

export function scheduleBreach(world: World, id: number): void {
  const p = world.people;
  const P = world.params;
  const version = p.advance(id, Clock.Breach);
  const state = p.state(id);
  let perDay: number;
  let ends: number;
  if (state === PersonState.CommunityOrder || state === PersonState.SuspendedOrder) {
    perDay = P.communityBreachPerDay;
    ends = p.sentenceEnd(id);
  } else if (state === PersonState.Licence) {
    perDay = P.licenceBreachPerDay;
    ends = p.sentenceEnd(id);
  } else if (state === PersonState.Pss) {
    perDay = P.pssBreachPerDay;
    ends = p.pssEnd(id);
  } else return;
  const rate = perDay * p.breachFactor(id);
  if (!(rate > 0)) return;
  const day = world.today + Math.max(1, Math.ceil(world.draws(id, Purpose.Breach).exponential() / rate));
  if (day < ends) world.schedule(day, EventKind.Breach, id, version);
}
