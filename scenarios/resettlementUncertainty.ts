// What the built-in scenarios say they do not know about resettlement: the effects of Through the
// Gate (TR) and of pre-release reach-in (the unified model) are distributions, drawn afresh in each
// replication (model/scenario/uncertainty.ts), not point assumptions, so a comparison's bands show
// how much its conclusion rests on them. Every built-in carries both (each acts only under its own
// operating model), so that the four differ by operating model alone. Each entry's point value in
// scenarios/parameters.ts is its distribution's mean: what a run without uncertainty uses.
import type { UncertainInput } from '../model/scenario/uncertaintySchema';

export const RESETTLEMENT_UNCERTAINTY: UncertainInput[] = [
  {
    // REFERENCE.md › Workforce and provider behaviour › Through the Gate: in 2016 none of 86 short-sentence cases
    // inspected was helped into a job, and in 2017 most CRC Through the Gate work was "not making
    // any difference". So most likely near nothing (mode 0.02); at most 0.10, the value this
    // parameter held before the evidence was written in. Mean 0.04.
    path: 'parameters.resettlement.throughTheGateNeedResolvedShare',
    distribution: 'triangular',
    min: 0,
    mode: 0.02,
    max: 0.1,
  },
  {
    // REFERENCE.md › Workforce and provider behaviour › pre-release reach-in: a design choice with no published
    // outcome evidence, to be treated as uncertain. An assumption: anything from no effect to twice
    // the baseline resolution at release (resettlement.baselineNeedResolvedShare, 0.15), each as
    // likely. Mean 0.15.
    path: 'parameters.resettlement.reachInNeedResolvedShare',
    distribution: 'uniform',
    min: 0,
    max: 0.3,
  },
];
