// A sample of individual journeys: every event of a few hundred people, in plain words, in the
// order the engine recorded them. The sample is every k-th person to enter during the reported
// window (k chosen so the sample fills over the run), so it is deterministic and unbiased by
// pathway. Recording costs nothing for people outside the sample. Under common random numbers the
// same entrants arrive in every scenario (they draw only from the entrants stream), so the same
// serial is the same person under every operating model: trainer mode shows them side by side.
// Each event also records, structured, where the person stands after it (state and provider),
// which is what an animation or a filter needs; the words say why.
import type { World } from '../engine/world';
import type { Journey } from '../runResult';
import { isoDateOf } from '../calendar/dates';
import { PROVIDERS, PROVIDER_KIND, TRUSTS } from '../engine/geography';
import { OFFENCE_GROUPS } from '../engine/compiledParameters';
import { FREE_SLOT } from '../engine/people';
import { personStates, providerKinds, roshTiers } from '../seriesNames';

export class JourneyLog {
  private readonly journeys: {
    serial: number;
    area: string;
    offenceGroup: string;
    rosh: string;
    days: number[];
    kinds: string[];
    details: string[];
    states: string[];
    providers: number[];
  }[] = [];
  private readonly every: number;
  private entrantsSeen = 0;

  constructor(private readonly sim: World) {
    const s = sim.scenario.simulation;
    const expected = sim.params.raw.population.newEntrantsPerYear * sim.setup.scale * s.years;
    this.every = Math.max(1, Math.floor(expected / Math.max(1, s.journeySampleSize)));
  }

  /** Called for each new entrant: joins the sample if it is the k-th. */
  consider(id: number): void {
    const sim = this.sim;
    sim.people.setJourney(id, 0);
    if (!sim.reporting || this.journeys.length >= sim.scenario.simulation.journeySampleSize) return;
    if (this.entrantsSeen++ % this.every !== 0) return;
    const p = sim.people;
    this.journeys.push({
      serial: p.serial(id),
      area: TRUSTS[p.area(id)],
      offenceGroup: OFFENCE_GROUPS[p.offenceGroup(id)],
      rosh: roshTiers[p.rosh(id)],
      days: [],
      kinds: [],
      details: [],
      states: [],
      providers: [],
    });
    sim.people.setJourney(id, this.journeys.length);
  }

  /** True for people in the sample: callers test it before building a description. */
  on(id: number): boolean {
    return this.sim.people.journey(id) !== 0;
  }

  record(id: number, kind: string, detail: string): void {
    const index = this.sim.people.journey(id);
    if (index === 0) return;
    const journey = this.journeys[index - 1];
    const p = this.sim.people;
    journey.days.push(this.sim.today);
    journey.kinds.push(kind);
    journey.details.push(detail);
    // Where they stand as the event is recorded; the events that change state record after the change.
    const state = p.state(id);
    journey.states.push(kind === 'desisted' ? 'left' : state === FREE_SLOT ? 'left' : personStates[state]);
    journey.providers.push(p.provider(id));
  }

  /** The slot is being freed: later occupants are not part of this journey. */
  forget(id: number): void {
    this.sim.people.setJourney(id, 0);
  }

  toJourneys(): Journey[] {
    return this.journeys.map((j) => ({
      personSerial: j.serial,
      area: j.area,
      offenceGroup: j.offenceGroup,
      rosh: j.rosh,
      events: j.days.map((day, i) => {
        const provider = j.providers[i];
        return {
          day,
          date: isoDateOf(day),
          kind: j.kinds[i],
          detail: j.details[i],
          state: j.states[i],
          provider: provider >= 0 ? providerKinds[PROVIDER_KIND[provider]] : 'none',
          providerName: provider >= 0 ? PROVIDERS[provider].name : '',
        };
      }),
    }));
  }
}
