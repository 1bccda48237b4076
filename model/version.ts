// The engine version goes into every result's provenance and into the result cache key.
// Bump it whenever a change to model/ can change any number a run produces.
export const ENGINE_VERSION = '0.6.1';
