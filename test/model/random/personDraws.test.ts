// A person's own draws (model/random/personDraws.ts): a counter-based generator keyed by (run,
// serial, purpose, counter). Checked here: the cursor gives the generator's words and keeps each
// purpose's counter apart (three share a record word); a purpose that draws more moves no other
// purpose's draws; no normal deviate passes between people; and the words look uniform and
// independent along a counter, across neighbouring serials and across purposes. Every statistic
// is computed at fixed keys, so the thresholds (about 4 standard errors, or a chi-square's 0.1%
// point) are not flaky: the figures are the same on every run.
import { describe, expect, it } from 'vitest';
import { COUNTER_PERIOD, PersonDraws, personKeyOf, personWord, Purpose, STORED_PURPOSES } from '../../../model/random/personDraws';
import { RandomSource } from '../../../model/random/randomSource';

const KEY = personKeyOf(20140601, 0);

/** Counters laid out as in people.ts: three 10-bit counters to a word, purpose p in word p / 3. */
function cursors(counters: Int32Array, serial: number): PersonDraws[] {
  return Array.from({ length: STORED_PURPOSES }, (_, purpose) => new PersonDraws(KEY, purpose).point(counters, (purpose / 3) | 0, serial));
}

function words(draws: PersonDraws, n: number): number[] {
  return Array.from({ length: n }, () => draws.nextUint32());
}

describe('a person’s draws', () => {
  it('are the generator’s words for (serial, purpose, counter), from the counter in the record on', () => {
    const counters = new Int32Array(3);
    const draws = new PersonDraws(KEY, Purpose.Sentence).point(counters, 1, 77);
    const first = words(draws, 5);
    expect(first).toEqual([0, 1, 2, 3, 4].map((n) => personWord(KEY, 77, Purpose.Sentence, n)));
    // Pointed again (another event, later), it carries on where it stopped.
    const again = new PersonDraws(KEY, Purpose.Sentence).point(counters, 1, 77);
    expect(words(again, 2)).toEqual([5, 6].map((n) => personWord(KEY, 77, Purpose.Sentence, n)));
  });

  it('for one purpose do not move when another purpose draws more, even one sharing its record word', () => {
    const quiet = new Int32Array(3);
    const busy = new Int32Array(3);
    const a = cursors(quiet, 12);
    const b = cursors(busy, 12);
    // In `busy`, every other purpose draws 1,000 words first (wrapping its 10-bit counter once in all but).
    for (let purpose = 0; purpose < STORED_PURPOSES; purpose++) if (purpose !== Purpose.Sentence) words(b[purpose], 1000 + purpose * 7);
    expect(words(b[Purpose.Sentence], 50)).toEqual(words(a[Purpose.Sentence], 50));
    for (const neighbour of [Purpose.Report, Purpose.Breach]) {
      // Report shares Sentence's word; each still counts its own draws.
      const drawn = new PersonDraws(KEY, neighbour).point(busy, (neighbour / 3) | 0, 12);
      expect(drawn.nextUint32()).toBe(personWord(KEY, 12, neighbour, (1000 + neighbour * 7) % COUNTER_PERIOD));
    }
  });

  it('for one person do not move when another person draws', () => {
    const counters = new Int32Array(6);
    const alone = words(new PersonDraws(KEY, Purpose.Thinning).point(new Int32Array(3), 0, 5), 20);
    const other = new PersonDraws(KEY, Purpose.Thinning);
    const mine = new PersonDraws(KEY, Purpose.Thinning);
    const interleaved: number[] = [];
    for (let i = 0; i < 20; i++) {
      words(other.point(counters, 3, 6), 3);
      interleaved.push(mine.point(counters, 0, 5).nextUint32());
    }
    expect(interleaved).toEqual(alone);
  });

  it('differ between runs, serials and purposes', () => {
    const at = (key: Int32Array, serial: number, purpose: number) => [0, 1, 2, 3].map((n) => personWord(key, serial, purpose, n));
    const base = at(KEY, 1, Purpose.Breach);
    expect(at(personKeyOf(20140601, 1), 1, Purpose.Breach)).not.toEqual(base);
    expect(at(personKeyOf(20140602, 0), 1, Purpose.Breach)).not.toEqual(base);
    expect(at(KEY, 2, Purpose.Breach)).not.toEqual(base);
    expect(at(KEY, 1, Purpose.Escalation)).not.toEqual(base);
  });

  it('carry no normal deviate from one person to the next', () => {
    const counters = new Int32Array(6);
    const draws = new PersonDraws(KEY, Purpose.Breach);
    draws.point(counters, 0, 1).normal(); // the polar method makes two deviates and keeps one
    const second = draws.point(counters, 3, 2).normal();
    const fresh = new PersonDraws(KEY, Purpose.Breach).point(new Int32Array(6), 3, 2).normal();
    expect(second).toBe(fresh);
  });

  it('draw attributes from the start each time they are pointed, leaving the stored counters alone', () => {
    const draws = new PersonDraws(KEY, Purpose.Attributes);
    const first = words(draws.pointFresh(9), 10);
    expect(words(draws.pointFresh(9), 10)).toEqual(first);
    expect(first).toEqual([...Array(10).keys()].map((n) => personWord(KEY, 9, Purpose.Attributes, n)));
  });

  it('use the samplers every generator shares: the same words give the same deviates', () => {
    // Any RandomSource fed the same words (through nextUint32) agrees with the cursor deviate for deviate.
    class Replay extends RandomSource {
      constructor(private readonly source: PersonDraws) {
        super();
      }
      nextUint32(): number {
        return this.source.nextUint32();
      }
    }
    const a = new PersonDraws(KEY, Purpose.Episode).point(new Int32Array(1), 0, 3);
    const b = new Replay(new PersonDraws(KEY, Purpose.Episode).point(new Int32Array(1), 0, 3));
    for (let i = 0; i < 200; i++) expect([a.exponential(), a.gamma(0.4), a.poisson(0.8)]).toEqual([b.exponential(), b.gamma(0.4), b.poisson(0.8)]);
  });
});

describe('the words’ quality (fixed keys)', () => {
  const SERIALS = 4096;
  const PER_STREAM = 64;
  /** words[serial][n] for one purpose. */
  const grid = (purpose: number) => Array.from({ length: SERIALS }, (_, s) => Float64Array.from({ length: PER_STREAM }, (_, n) => personWord(KEY, s + 1, purpose, n) / 2 ** 32));

  function meanAndVariance(values: Iterable<number>): { mean: number; variance: number; n: number } {
    let n = 0;
    let sum = 0;
    let squares = 0;
    for (const v of values) {
      n++;
      sum += v;
      squares += v * v;
    }
    const mean = sum / n;
    return { mean, variance: squares / n - mean * mean, n };
  }

  function correlation(pairs: [number, number][]): number {
    const a = meanAndVariance(pairs.map((p) => p[0]));
    const b = meanAndVariance(pairs.map((p) => p[1]));
    let cov = 0;
    for (const [x, y] of pairs) cov += (x - a.mean) * (y - b.mean);
    return cov / pairs.length / Math.sqrt(a.variance * b.variance);
  }

  const sentence = grid(Purpose.Sentence);
  const report = grid(Purpose.Report);
  /** Four standard errors of a correlation estimated from n pairs. */
  const bound = (n: number) => 4 / Math.sqrt(n);

  it('are uniform: mean 1/2 and variance 1/12 (within 4 standard errors)', () => {
    const { mean, variance, n } = meanAndVariance(sentence.flatMap((row) => [...row]));
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(4 * Math.sqrt(1 / 180 / n));
  });

  it('are uncorrelated along a counter, between neighbouring serials and between purposes', () => {
    const along: [number, number][] = [];
    const serials: [number, number][] = [];
    const purposes: [number, number][] = [];
    for (let s = 0; s < SERIALS; s++) {
      for (let n = 0; n < PER_STREAM; n++) {
        if (n + 1 < PER_STREAM) along.push([sentence[s][n], sentence[s][n + 1]]);
        if (s + 1 < SERIALS) serials.push([sentence[s][n], sentence[s + 1][n]]);
        purposes.push([sentence[s][n], report[s][n]]);
      }
    }
    for (const pairs of [along, serials, purposes]) expect(Math.abs(correlation(pairs))).toBeLessThan(bound(pairs.length));
  });

  it('fill the 256 values of each byte evenly (chi-square under its 0.1% point)', () => {
    const counts = Array.from({ length: 4 }, () => new Float64Array(256));
    let total = 0;
    for (let s = 1; s <= 2048; s++) {
      for (let purpose = 0; purpose < STORED_PURPOSES; purpose++) {
        for (let n = 0; n < 32; n++) {
          const word = personWord(KEY, s, purpose, n);
          for (let b = 0; b < 4; b++) counts[b][(word >>> (8 * b)) & 255]++;
          total++;
        }
      }
    }
    const expected = total / 256;
    for (const byte of counts) {
      const chiSquare = byte.reduce((sum, c) => sum + ((c - expected) * (c - expected)) / expected, 0);
      expect(chiSquare).toBeLessThan(330.5); // 255 degrees of freedom: the 0.1% point
    }
  });

  it('do not repeat within a person’s counter period', () => {
    const seen = new Set<number>();
    for (let n = 0; n < COUNTER_PERIOD; n++) seen.add(personWord(KEY, 42, Purpose.Episode, n));
    expect(seen.size).toBe(COUNTER_PERIOD); // the Weyl step is odd and the finaliser a bijection
  });
});
