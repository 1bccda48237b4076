// Counts of moves between stages of the pathway over the reported window, for Sankey diagrams.
// Stages are the person states plus entry into and exit from the model; a new sentence in the same
// state (a new order replacing an order) counts as a move from that stage to itself.
import { PERSON_STATES } from '../engine/people';

export const STAGES = ['atLiberty', 'communityOrder', 'suspendedOrder', 'custody', 'recall', 'licence', 'pss', 'newEntrant', 'desisted'];
const NEW_ENTRANT = PERSON_STATES;
const DESISTED = PERSON_STATES + 1;

export class FlowMatrixCounter {
  readonly counts = new Float64Array(STAGES.length * STAGES.length);

  transition(from: number, to: number): void {
    this.counts[from * STAGES.length + to]++;
  }

  entry(): void {
    this.transition(NEW_ENTRANT, 0);
  }

  exit(from: number): void {
    this.transition(from, DESISTED);
  }

  toMatrix(scale: number): number[][] {
    return STAGES.map((_, from) => STAGES.map((__, to) => this.counts[from * STAGES.length + to] / scale));
  }
}
