// The four built-in histories' policy changes. Dates are from REFERENCE.md's timeline. The
// history every one shares (demand, report volumes, staffing) comes from the published series
// (history.ts, built.ts); the unified model's report target replaces the published reports.
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
};

const trArrives: Change[] = [
  { date: '2014-06-01', label: 'Transforming Rehabilitation: trusts dissolved into the NPS and 21 CRCs', set: { operatingModel: 'tr' } },
  { date: '2015-02-01', label: 'Offender Rehabilitation Act 2014 in force', set: { ora: true } },
  { date: '2015-05-01', label: 'Through the Gate resettlement starts', set: { throughTheGate: true } },
];

/** The unified model's switches: NPS regions, reach-in before release, the PSR target mix. */
const unifiedSwitches: Change['set'] = { operatingModel: 'unified', reachIn: true, psrShare: 0.75, psrMix: { oral: 0.5, shortWritten: 0.4, standard: 0.1 } };

const unification: Change = {
  date: '2021-06-26',
  label: 'Unified model: 12 NPS regions; PSR target of 75% (10% standard, 40% short written, 50% oral)',
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
        { date: '2012-01-01', label: 'Unified model from the start of the reported years: 12 NPS regions, pre-release reach-in, PSR target of 75%', set: unifiedSwitches },
        { date: '2015-02-01', label: 'Offender Rehabilitation Act 2014 in force', set: { ora: true } },
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
