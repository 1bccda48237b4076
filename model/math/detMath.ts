// Deterministic transcendental functions. V8 builds differ in the last bit of Math.log/exp/pow,
// which would make the same seed give different results in Node, Electron and a browser. These
// follow fdlibm's algorithms using only +, -, *, / and exact bit manipulation, all of which IEEE 754
// fixes to the bit, so every runtime gives identical results. Accuracy: within 1 ulp of the truth.

// A double and its two 32-bit halves, in the platform's byte order: reading the high half this way
// costs no byte swap (DataView reads are big-endian) and no store-to-load stall.
const scratchDouble = new Float64Array(1);
const scratchWords = new Uint32Array(scratchDouble.buffer);
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** POWERS_OF_TWO[k + 1074] = 2^k exactly, for k in [-1074, 1023] (doubling is exact). */
const POWERS_OF_TWO = (() => {
  const table = new Float64Array(1074 + 1024);
  table[1074] = 1;
  for (let k = 1; k <= 1023; k++) table[1074 + k] = table[1074 + k - 1] * 2;
  for (let k = -1; k >= -1074; k--) table[1074 + k] = table[1074 + k + 1] / 2;
  return table;
})();

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/** Natural logarithm for finite x > 0 (subnormals are not needed by the engine and not handled). */
export function detLog(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  scratchDouble[0] = x;
  const hx = scratchWords[HIGH_WORD];
  // Normalise the mantissa into [sqrt(2)/2, sqrt(2)) so that the series converges fast: fdlibm
  // rewrites the exponent bits; scaling by the exact power of two 2^-k gives the same double.
  const k = (hx >>> 20) - 1023 + (((hx & 0x000fffff) + 0x95f64) >>> 20);
  const f = x * POWERS_OF_TWO[1074 - k] - 1.0;
  const s = f / (2.0 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  const hfsq = 0.5 * f * f;
  return k * LN2_HI - (hfsq - (s * (hfsq + r) + k * LN2_LO) - f);
}

const INV_LN2 = 1.44269504088896338700;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;

/** 2^k for an integer k in [-1074, 1023], exactly. */
function twoToThe(k: number): number {
  return POWERS_OF_TWO[k + 1074];
}

/** e^x. */
export function detExp(x: number): number {
  if (x !== x) return NaN;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019411) return 0;
  const k = Math.round(x * INV_LN2); // Math.round is exactly specified, so this is deterministic
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1.0 - (lo - (r * c) / (2.0 - c) - hi);
  if (k > 1023) return y * twoToThe(1023) * twoToThe(k - 1023);
  if (k < -1022) return y * twoToThe(-1022) * twoToThe(k + 1022);
  return y * twoToThe(k);
}

/** a^b for a > 0, deterministic (not correctly rounded; about 1e-15 relative error). */
export function detPow(a: number, b: number): number {
  if (b === 0) return 1;
  if (a === 1) return 1;
  return detExp(b * detLog(a));
}
