// The derived distributions every generator of the engine shares: uniform, bernoulli, exponential
// (ziggurat), normal, gamma, Poisson, categorical, integer ranges, over 32-bit words from the
// subclass's nextUint32(). Two subclasses: RandomStream (a run-level sfc32 stream) and PersonDraws
// (a person's draws for one purpose, counter-based). Invariants: a sampler's result depends only on
// the words it takes, in order, and on its arguments, so the same words give the same deviates on
// every runtime; the one carried value, the polar method's spare normal deviate, is cleared by
// forgetSpare() (PersonDraws does so whenever it is pointed at a person, so no deviate passes
// between people). A class hierarchy, not closures, because V8 optimises it better in reused workers.
import { detExp, detLog } from '../math/detMath';
import { EXPONENTIAL_ZIGGURAT as ZIGGURAT, ZIGGURAT_LAYERS, ZIGGURAT_R } from './exponentialZiggurat';

const TWO_TO_MINUS_32 = 1 / 4294967296;

export abstract class RandomSource {
  /** Cached second normal deviate from the polar method. */
  protected spareNormal = NaN;
  /** The last gamma shape (≥ 1) drawn, and its d and c: a caller draws with one shape again and again. */
  private gammaShape = NaN;
  private gammaD = NaN;
  private gammaC = NaN;

  /** The next word, uniform on [0, 2^32). */
  abstract nextUint32(): number;

  /** Drops the cached normal deviate: the next normal() starts afresh. */
  forgetSpare(): void {
    this.spareNormal = NaN;
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

  /**
   * A standard exponential deviate (rate 1), by the ziggurat (exponentialZiggurat.ts): one word
   * and a comparison for 98.9% of draws. Each layer's positions are cell midpoints, so a draw is
   * never exactly 0 (callers take ceilings of waiting times).
   */
  exponential(): number {
    const word = this.nextUint32();
    const layer = word & (ZIGGURAT_LAYERS - 1);
    const position = word >>> 8;
    if (position < ZIGGURAT.kBound[layer]) return (position + 0.5) * ZIGGURAT.width[layer];
    return this.exponentialOutsideCore(layer, position);
  }

  /** The ziggurat's rare cases, kept out of exponential() so that it stays small enough to inline. */
  private exponentialOutsideCore(layer: number, position: number): number {
    const { kBound, width, height } = ZIGGURAT;
    for (;;) {
      if (layer === 0) return ZIGGURAT_R - detLog(this.uniformOpen()); // the tail, memoryless past R
      const x = (position + 0.5) * width[layer];
      if (height[layer] + this.uniform() * (height[layer - 1] - height[layer]) < detExp(-x)) return x;
      const word = this.nextUint32();
      layer = word & (ZIGGURAT_LAYERS - 1);
      position = word >>> 8;
      if (position < kBound[layer]) return (position + 0.5) * width[layer];
    }
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

  /**
   * Gamma(shape, scale 1) by Marsaglia and Tsang; shapes below 1 use the U^(1/shape) boost, as
   * e^(-E/shape) with E exponential (-log U): the same law without a log.
   */
  gamma(shape: number): number {
    if (shape < 1) {
      return this.gammaAtLeastOne(shape + 1) * detExp(-this.exponential() / shape);
    }
    return this.gammaAtLeastOne(shape);
  }

  /** Marsaglia and Tsang for shape ≥ 1 (not recursive, so it inlines; d and c kept for the last shape). */
  private gammaAtLeastOne(shape: number): number {
    if (shape !== this.gammaShape) {
      this.gammaShape = shape;
      this.gammaD = shape - 1 / 3;
      this.gammaC = 1 / Math.sqrt(9 * this.gammaD);
    }
    const d = this.gammaD;
    const c = this.gammaC;
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

  /**
   * categorical(cumulative) with a guide table (guideTableOf) for a long table: the same index from
   * the same draw, found in a step or two instead of a scan from the start.
   */
  categoricalGuided(cumulative: Float64Array, guide: Uint8Array): number {
    const u = this.uniform();
    const last = cumulative.length - 1;
    // u * guide.length is exact (u is a multiple of 2^-32, the length a power of two).
    for (let i = guide[Math.floor(u * guide.length)]; i < last; i++) if (u < cumulative[i]) return i;
    return last;
  }

  /** Index drawn from a table of cumulative probabilities (last entry 1). */
  categorical(cumulative: Float64Array): number {
    const u = this.uniform();
    const last = cumulative.length - 1;
    for (let i = 0; i < last; i++) if (u < cumulative[i]) return i;
    return last;
  }
}


/**
 * For categoricalGuided: entry j is the first index whose cumulative probability exceeds j / size
 * (size a power of two), where a scan for a draw u in [j / size, (j + 1) / size) can start, since
 * no earlier entry exceeds u. The table must be non-decreasing and shorter than 256 entries.
 */
export function guideTableOf(cumulative: Float64Array, size: number): Uint8Array {
  const last = cumulative.length - 1;
  const guide = new Uint8Array(size);
  let i = 0;
  for (let j = 0; j < size; j++) {
    while (i < last && !(cumulative[i] > j / size)) i++;
    guide[j] = i;
  }
  return guide;
}
