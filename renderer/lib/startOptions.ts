// What the page is asked to do when it opens, read from its query string:
//   ?scale=0.02   fraction of the national population simulated (default: the scenario's own)
//   ?seed=7       master seed (default: the scenario's own)
//   ?autorun=0    wait for the Run button instead of running on load
// Bad values are reported rather than silently replaced, so a mistyped link is noticed.

export interface RunSettings {
  scenarioName: string;
  seed?: number;
  scale?: number;
}

export interface StartOptions {
  settings: RunSettings;
  autorun: boolean;
  problems: string[];
}

export function parseStartOptions(search: string, scenarioName: string): StartOptions {
  const params = new URLSearchParams(search);
  const settings: RunSettings = { scenarioName };
  const problems: string[] = [];

  const scale = params.get('scale');
  if (scale !== null) {
    const value = Number(scale);
    if (Number.isFinite(value) && value > 0 && value <= 1) settings.scale = value;
    else problems.push(`scale=${scale} ignored: it must be a number above 0 and at most 1.`);
  }
  const seed = params.get('seed');
  if (seed !== null) {
    const value = Number(seed);
    if (Number.isSafeInteger(value) && value >= 0) settings.seed = value;
    else problems.push(`seed=${seed} ignored: it must be a whole number, 0 or more.`);
  }
  return { settings, autorun: params.get('autorun') !== '0', problems };
}
