// Whether two settings of one timeline switch agree: a value (an operating model, a share) or a
// small object of values (a report mix), compared key by key so that the order keys were written
// in does not matter. The same-date contradiction rule and the shadowed-override warning both ask.
export function sameSwitchValue(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((k) => sameSwitchValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
