// A candidate proven offence arrives (drawn by offending.ts): thinned against the hazard as it
// stands now, it is an offence or not; an offence goes to court (or out of court), and on licence
// may bring a recall. Apart from offending.ts because a recall starts custody, and custody stops
// the offending clock: the handler sits above both.
import type { World } from '../engine/world';
import { PersonState } from '../engine/people';
import { drawNextReoffence, personalHazard, registerOffences } from './offending';
import { supervisionMultiplier } from './supervision';
import { startRecall } from './breach';
import { Purpose } from '../random/personDraws';

export function onReoffence(world: World, id: number): void {
  const p = world.people;
  const state = p.state(id);
  if (state === PersonState.Custody || state === PersonState.Recall) return;
  const current = personalHazard(world, id) * supervisionMultiplier(world, id);
  if (world.draws(id, Purpose.Thinning).uniform() * p.hazardBound(id) >= current) {
    drawNextReoffence(world, id, world.today); // thinned: not an offence, keep waiting
    return;
  }
  const count = 1 + world.draws(id, Purpose.Episode).poisson(world.params.raw.offending.extraOffencesPerEpisode, world.params.extraOffencesExpNeg);
  if (!registerOffences(world, id, world.today, count, true)) drawNextReoffence(world, id, world.today);
  if (state === PersonState.Licence && world.draws(id, Purpose.Breach).bernoulli(world.params.raw.breach.reoffenceRecallShare)) {
    startRecall(world, id, 'a further offence while on licence');
  }
}
