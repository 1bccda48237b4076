// The issues of the ScenarioError a step throws: what refusal tests compare. Any other outcome
// (no error, or an error of another kind) fails the test, so a refusal can never pass unnoticed.
import { ScenarioError } from '../../model/index';

export function scenarioIssuesOf(step: () => unknown): ScenarioError['issues'] {
  try {
    step();
  } catch (error) {
    if (error instanceof ScenarioError) return error.issues;
    throw error;
  }
  throw new Error('expected a ScenarioError');
}
