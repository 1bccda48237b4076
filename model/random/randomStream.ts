// A named random stream: a fast sfc32 generator whose 128-bit state is derived, with seedrandom,
// from (master seed, replication, stream name). Invariants: the same triple gives the same
// sequence on every runtime; streams are independent, so a process that adds a draw never shifts
// another process's draws; and two scenarios run with the same seeds share their noise (common
// random numbers). A class, not closures, because V8 optimises it better in reused workers.
import seedrandom from 'seedrandom';
import { detExp, detLog } from '../math/detMath';

const TWO_TO_MINUS_32 = 1 / 4294967296;

export class RandomStream {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  /** Cached second normal deviate from the polar method. */
  private spareNormal = NaN;

  constructor(seed: number, replication: number, name: string) {
    const seeder = seedrandom(`probation-sim/${seed}/${replication}/${name}`);
    this.a = seeder.int32() >>> 0;
    this.b = seeder.int32() >>> 0;
    this.c = seeder.int32() >>> 0;
    this.d = seeder.int32() >>> 0 || 1;
    for (let i = 0; i < 12; i++) this.nextUint32(); // sfc32's recommended warm-up
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform on [0, 1). */
  uniform(): number {
    return this.nextUint32() * TWO_TO_MINUS_32;
  }

  /** Uniform on (0, 1): safe to take the logarithm of. */
  uniformOpen(): number {
    return (this.nextUint32() + 0.5) * TWO_TO_MINUS_32;
  }

  bernoulli(p: number): boolean {
    return this.uniform() < p;
  }

  /** A standard exponential deviate (rate 1). */
  exponential(): number {
    return -detLog(this.uniformOpen());
  }

  /** Integer uniform on [low, high]. */
  intBetween(low: number, high: number): number {
    return low + Math.floor(this.uniform() * (high - low + 1));
  }

  /** Standard normal by Marsaglia's polar method (needs only log and sqrt, both deterministic here). */
  normal(): number {
    if (this.spareNormal === this.spareNormal) {
      const spare = this.spareNormal;
      this.spareNormal = NaN;
      return spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.uniform() - 1;
      v = 2 * this.uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * detLog(s)) / s);
    this.spareNormal = v * factor;
    return u * factor;
  }

  /** Gamma(shape, scale 1) by Marsaglia and Tsang; shapes below 1 use the U^(1/shape) boost. */
  gamma(shape: number): number {
    if (shape < 1) {
      return this.gamma(shape + 1) * detExp(detLog(this.uniformOpen()) / shape);
    }
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.uniformOpen();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v;
      if (detLog(u) < 0.5 * x * x + d * (1 - v + detLog(v))) return d * v;
    }
  }

  /**
   * Poisson deviate by inversion: fine for the small means the engine uses (under about 30).
   * Callers drawing often with one mean pass e^-mean, computed once.
   */
  poisson(mean: number, expNegMean = detExp(-mean)): number {
    if (mean <= 0) return 0;
    let k = 0;
    let p = expNegMean;
    let cumulative = p;
    const u = this.uniform();
    while (u > cumulative && k < 1000) {
      k++;
      p *= mean / k;
      cumulative += p;
    }
    return k;
  }

  /** Index drawn from a table of cumulative probabilities (last entry 1). */
  categorical(cumulative: Float64Array): number {
    const u = this.uniform();
    const last = cumulative.length - 1;
    for (let i = 0; i < last; i++) if (u < cumulative[i]) return i;
    return last;
  }
}

