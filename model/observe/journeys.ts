// A sample of individual journeys: every event of a few hundred people, in plain words, in the
// order the engine recorded them. The sample is every k-th person to enter during the reported
// window (k chosen so the sample fills over the run), so it is deterministic and unbiased by
// pathway. Recording costs nothing for people outside the sample.
import type { Simulation } from '../engine/simulation';
import type { Journey } from '../runResult';
import { isoDateOf } from '../calendar/dates';
import { PROVIDERS } from '../engine/geography';

export class JourneyLog {
  private readonly journeys: { serial: number; days: number[]; kinds: string[]; details: string[] }[] = [];
  private readonly every: number;
  private entrantsSeen = 0;

  constructor(private readonly sim: Simulation) {
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
    this.journeys.push({ serial: sim.people.serial(id), days: [], kinds: [], details: [] });
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
    journey.days.push(this.sim.today);
    journey.kinds.push(kind);
    journey.details.push(detail);
  }

  /** The slot is being freed: later occupants are not part of this journey. */
  forget(id: number): void {
    this.sim.people.setJourney(id, 0);
  }

  providerName(provider: number): string {
    return provider >= 0 ? PROVIDERS[provider].name : 'no provider';
  }

  dateOf(day: number): string {
    return isoDateOf(day);
  }

  toJourneys(): Journey[] {
    return this.journeys.map((j) => ({
      personSerial: j.serial,
      events: j.days.map((day, i) => ({ day, date: isoDateOf(day), kind: j.kinds[i], detail: j.details[i] })),
    }));
  }
}
