// A named run-level random stream: a fast sfc32 generator whose 128-bit state is derived, with
// seedrandom, from (master seed, replication, stream name). The engine's arrivals and the draws of
// uncertain inputs use one; a person's own draws do not (personDraws.ts). Invariants: the same
// triple gives the same sequence on every runtime; streams are independent; and two scenarios run
// with the same seeds share their noise (common random numbers). The samplers are RandomSource's.
import seedrandom from 'seedrandom';
import { RandomSource } from './randomSource';

export class RandomStream extends RandomSource {
  /**
   * sfc32's four words. In a typed array, not four fields: the words are 32-bit integers outside
   * V8's small-integer range, so fields would hold them as boxed doubles, and every draw would
   * convert and box them (3.5 times slower; a run draws about 6 words per event).
   */
  private readonly state = new Int32Array(4);

  constructor(seed: number, replication: number, name: string) {
    super();
    const seeder = seedrandom(`probation-sim/${seed}/${replication}/${name}`);
    // The words as signed 32-bit integers: sfc32's arithmetic is modulo 2^32, so the same sequence.
    this.state[0] = seeder.int32();
    this.state[1] = seeder.int32();
    this.state[2] = seeder.int32();
    this.state[3] = seeder.int32() || 1;
    for (let i = 0; i < 12; i++) this.nextUint32(); // sfc32's recommended warm-up
  }

  nextUint32(): number {
    const state = this.state;
    const a = state[0];
    const b = state[1];
    const c = state[2];
    const d = state[3];
    const t = (((a + b) | 0) + d) | 0;
    state[0] = b ^ (b >>> 9);
    state[1] = (c + (c << 3)) | 0;
    state[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    state[3] = (d + 1) | 0;
    return t >>> 0;
  }
}
