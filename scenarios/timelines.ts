// The four built-in histories' policy changes. Dates are from REFERENCE.md's timeline. The
// history every one shares (demand, report volumes, staffing) comes from the published series
// (history.ts, built.ts). The unified model's report target is a lever of its own (the psrTarget
// switch, its values in parameters.court.psrTarget): while it is on it replaces the published
// reports, and `unified` with it off is the unified model with the reports as they were.
import type { Scenario } from '../model/scenario/schema';

type Timeline = Scenario['timeline'];
type Change = Timeline['changes'][number];

const trustsSwitches: Timeline['initial'] = {
  operatingModel: 'trusts',
  ora: false,
  throughTheGate: false,
  reachIn: false,
  reachInDays: 225,
  psrShare: 0.65,
  psrMix: { oral: 0.3, shortWritten: 0.45, standard: 0.25 },
  psrTarget: false,
};

const trArrives: Change[] = [
  { date: '2014-06-01', label: 'Transforming Rehabilitation: trusts dissolved into the NPS and 21 CRCs', set: { operatingModel: 'tr' } },
  { date: '2015-02-01', label: 'Offender Rehabilitation Act 2014 in force', set: { ora: true } },
  { date: '2015-05-01', label: 'Through the Gate resettlement starts', set: { throughTheGate: true } },
];

/** The unified model's switches: NPS regions, reach-in before release. */
const unifiedSwitches: Change['set'] = { operatingModel: 'unified', reachIn: true };

// As it happened, the reports after unification are in the published series (2021-2023), which
// the as-happened scenario follows: its unification sets no report target of its own.
const unification: Change = {
  date: '2021-06-26',
  label: 'Unified model: 12 NPS regions, pre-release reach-in',
  set: { operatingModel: 'unified', throughTheGate: false, ...unifiedSwitches },
};

export const timelines: Record<string, { description: string; timeline: Omit<Timeline, 'values'> }> = {
  trusts: {
    description: 'Counterfactual: the 35 probation trusts continue; no Transforming Rehabilitation, no Offender Rehabilitation Act.',
    timeline: { initial: trustsSwitches, changes: [] },
  },
  tr: {
    description: 'Transforming Rehabilitation from 2014-06-01 (NPS + 21 CRCs), ORA from 2015-02-01, Through the Gate from 2015-05; never unified. TR as bid: the CRC contracts run their seven years (February 2015 to January 2022) unvaried.',
    timeline: { initial: trustsSwitches, changes: [...trArrives] },
  },
  unified: {
    description: 'Counterfactual: the unified NPS model (12 regions, pre-release reach-in, PSR target) throughout the reported years, from 2012; ORA from 2015-02-01. The warm-up years before 2012 run under the probation trusts, as they did: the people under supervision in 2012 carry a history made under the trusts.',
    timeline: {
      initial: trustsSwitches,
      changes: [
        { date: '2012-01-01', label: 'Unified model from the start of the reported years: 12 NPS regions, pre-release reach-in', set: unifiedSwitches },
        { date: '2015-02-01', label: 'Offender Rehabilitation Act 2014 in force', set: { ora: true } },
        // Third, so that `--set timeline.changes[2].set.psrTarget=false` asks for the model without it.
        { date: '2012-01-01', label: 'Pre-sentence report target: a report in 75% of sentences (10% standard, 40% short written, 50% oral)', set: { psrTarget: true } },
      ],
    },
  },
  'as-happened': {
    description: 'As it happened: trusts, then Transforming Rehabilitation (2014-06-01), ORA (2015-02-01), then unification (2021-06-26). TR as it happened: the CRC contracts were varied in August 2017 and ended early at unification.',
    timeline: {
      initial: trustsSwitches,
      changes: [...trArrives, unification],
    },
  },
};
