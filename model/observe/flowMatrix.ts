// Counts of moves between stages of the pathway over the reported period, in total and by reported
// year (a year from the reported start's anniversary), for Sankey diagrams of a chosen period.
// Stages are the person states plus entry into and exit from the model; a new sentence in the same
// state (a new order replacing an order) counts as a move from that stage to itself.
import { PERSON_STATES } from '../engine/people';
import { personStates } from '../seriesNames';

/** The person states in code order, then entry into and exit from the model. */
export const STAGES = [...personStates, 'newEntrant', 'desisted'];
const NEW_ENTRANT = PERSON_STATES;
const DESISTED = PERSON_STATES + 1;
const CELLS = STAGES.length * STAGES.length;

export class FlowMatrixCounter {
  /** [year][from][to], flattened; `year` is the reported year moves are counted in (set by the simulation). */
  readonly counts: Float64Array;
  year = 0;

  constructor(readonly years: number) {
    this.counts = new Float64Array(years * CELLS);
  }

  transition(from: number, to: number): void {
    this.counts[this.year * CELLS + from * STAGES.length + to]++;
  }

  entry(): void {
    this.transition(NEW_ENTRANT, 0);
  }

  exit(from: number): void {
    this.transition(from, DESISTED);
  }

  /** One reported year's matrix (national equivalents). */
  yearMatrix(year: number, scale: number): number[][] {
    return STAGES.map((_, from) => STAGES.map((__, to) => this.counts[year * CELLS + from * STAGES.length + to] / scale));
  }

  /** The whole reported period. */
  toMatrix(scale: number): number[][] {
    const total = STAGES.map(() => STAGES.map(() => 0));
    for (let y = 0; y < this.years; y++) {
      const m = this.yearMatrix(y, scale);
      for (let f = 0; f < STAGES.length; f++) for (let t = 0; t < STAGES.length; t++) total[f][t] += m[f][t];
    }
    return total;
  }
}
