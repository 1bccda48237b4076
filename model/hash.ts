// Stable content hashes: FNV-1a (64-bit, computed as two 32-bit halves with Math.imul so that every
// runtime gives the same bits) over a canonical JSON text in which object keys are sorted.
// Used for the scenario hash in provenance and for the determinism checks on whole RunResults.

/** JSON text with object keys sorted at every level, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v as Record<string, unknown>).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}

/** FNV-1a 64-bit of a string's UTF-16 code units, as 16 hex digits. */
function fnv1a64(text: string): string {
  // 64-bit offset basis cbf29ce484222325 and prime 100000001b3, split into 32-bit halves.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    // (hi:lo) * (2^40 + 0x1b3) mod 2^64: the 2^40 term adds lo << 8 to the high half.
    const loTimes = lo * 0x1b3; // < 2^41, exact in a double
    const carry = Math.floor(loTimes / 0x100000000);
    const newLo = loTimes >>> 0;
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
    lo = newLo;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

export function hashOf(value: unknown): string {
  return fnv1a64(canonicalJson(value));
}
