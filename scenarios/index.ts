// The built-in scenario library, as raw JSON: every consumer passes these through restoreScenario
// like any user file, so the built-ins get no special treatment.
import trusts from './trusts.json';
import tr from './tr.json';
import unified from './unified.json';
import asHappened from './as-happened.json';

export const builtInScenarios: Record<string, unknown> = {
  'as-happened': asHappened,
  tr,
  trusts,
  unified,
};

export const builtInScenarioNames = Object.keys(builtInScenarios);
