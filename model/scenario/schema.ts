// The scenario: the one file format users share, the CLI's input and the report's source.
// Invariants: every object is strict (unknown keys are errors, so a typo never silently does
// nothing); every number carries its unit in its name or in model/scenario/parameterDocs.ts;
// cross-field rules (shares summing to one, dates in order) live in restore.ts so that the
// messages can name the field.
import { z } from 'zod';
import { moneySchema } from './moneySchema';
import { uncertaintySchema } from './uncertaintySchema';

export const SCENARIO_FORMAT = 'probation-sim/scenario';
export const SCENARIO_SCHEMA_VERSION = 3;

const share = z.number().min(0).max(1);
const positive = z.number().positive();
const nonNegative = z.number().min(0);
const multiplier = z.number().min(0).max(10);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const wholeDays = z.number().int().min(0).max(36500);

export const operatingModels = ['trusts', 'tr', 'unified'] as const;
export type OperatingModel = (typeof operatingModels)[number];

const psrMix = z.strictObject({ oral: share, shortWritten: share, standard: share });

/** Policy switches: what a timeline entry may change on its effective date. */
export const switchesSchema = z.strictObject({
  operatingModel: z.enum(operatingModels),
  ora: z.boolean(),
  throughTheGate: z.boolean(),
  reachIn: z.boolean(),
  reachInDays: wholeDays,
  psrShare: share,
  psrMix,
});
export type Switches = z.infer<typeof switchesSchema>;

const timelineChange = z.strictObject({
  date: isoDate,
  label: z.string().min(1).max(200),
  set: switchesSchema.partial(),
});

const logOdds = z.number().min(-10).max(10);
const disposalLogOdds = z.strictObject({
  custody: logOdds,
  suspended: logOdds,
  community: logOdds,
  other: logOdds,
});

const custodyBand = z.strictObject({
  share,
  minMonths: positive,
  maxMonths: positive,
});

// The offending clock draws with the hazard at its highest and thins later (model/processes/
// offending.ts), so a need may only raise the hazard and an intervention or supervision only lower it.
const raisingMultiplier = z.number().min(1).max(10);
const loweringMultiplier = share;

const needSchema = z.strictObject({
  prevalence: share,
  hazardMultiplier: raisingMultiplier,
});

const interventionSchema = z.strictObject({
  need: z.enum(['none', 'accommodation', 'employment', 'finance', 'substance']),
  referralShare: share,
  completionShare: share,
  durationDays: wholeDays,
  hazardMultiplier: loweringMultiplier,
});

const offenceGroupSchema = z.strictObject({
  share,
  propensityMultiplier: multiplier,
  custodyLogOdds: z.number().min(-10).max(10),
  highRoshShare: share,
  longSentenceOddsRatio: z.number().min(0).max(100),
  mappaShare: share,
});

export const parametersSchema = z.strictObject({
  population: z.strictObject({
    newEntrantsPerYear: positive,
    propensityShape: positive,
    priorsPerUnitPropensity: nonNegative,
    offenceGroups: z.strictObject({
      violence: offenceGroupSchema,
      sexual: offenceGroupSchema,
      acquisitive: offenceGroupSchema,
      drugs: offenceGroupSchema,
      other: offenceGroupSchema,
    }),
    needs: z.strictObject({
      accommodation: needSchema,
      employment: needSchema,
      finance: needSchema,
      substance: needSchema,
    }),
  }),
  offending: z.strictObject({
    baseReoffencesPerYear: positive,
    hazardByMonthsSinceStart: z.array(z.strictObject({ fromMonth: nonNegative, multiplier })).min(1).max(24),
    extraOffencesPerEpisode: nonNegative,
    convictionLagDaysMean: positive,
    outOfCourtShare: share,
    desistanceMonths: positive,
    careerYearsMean: positive,
  }),
  court: z.strictObject({
    disposalLogOdds,
    priorsCustodyLogOddsPerPrior: z.number().min(-1).max(1),
    priorsLongSentenceLogOddsPerPrior: z.number().min(-1).max(1),
    psrCommunityLogOdds: z.number().min(-5).max(5),
    psrStandardExtraLogOdds: z.number().min(-5).max(5),
    custodyBands: z.strictObject({
      under12m: custodyBand,
      from12mTo4y: custodyBand,
      over4y: custodyBand,
    }),
    communityOrderMonths: z.strictObject({ min: positive, max: positive }),
    suspendedOrderMonths: z.strictObject({ min: positive, max: positive }),
  }),
  risk: z.strictObject({
    roshMix: z.strictObject({ low: share, medium: share, high: share, veryHigh: share }),
    escalationPerYear: nonNegative,
    handoverDelayDays: wholeDays,
  }),
  supervision: z.strictObject({
    hazardMultiplierAtFullQuality: loweringMultiplier,
    suspendedOrderHazardMultiplier: loweringMultiplier,
    capacityCasesPerFte: positive,
    qualityElasticity: nonNegative,
    preReleaseCaseWeight: share,
    workforceFte: z.strictObject({ trusts: positive, crc: positive, npsUnderTr: positive, npsUnified: positive }),
  }),
  interventions: z.strictObject({
    accreditedProgramme: interventionSchema,
    rehabilitationActivity: interventionSchema,
    accommodation: interventionSchema,
    employment: interventionSchema,
    finance: interventionSchema,
    substanceMisuse: interventionSchema,
  }),
  serviceDelivery: z.strictObject({
    firstAppointmentWorkingDaysMean: z.number().min(0).max(60),
    licenceAppointmentWorkingDaysMean: z.number().min(0).max(60),
    sentencePlanWorkingDaysMean: z.number().min(0).max(60),
    undeliveredOrderShare: share,
  }),
  custody: z.strictObject({
    releaseFraction: z.number().min(0.1).max(1),
    otherPopulation: nonNegative,
  }),
  resettlement: z.strictObject({
    baselineNeedResolvedShare: share,
    throughTheGateNeedResolvedShare: share,
    reachInNeedResolvedShare: share,
    throughTheGateWindowDays: wholeDays,
  }),
  breach: z.strictObject({
    communityBreachesPerYear: nonNegative,
    licenceBreachesPerYear: nonNegative,
    pssBreachesPerYear: nonNegative,
    breachPropensityExponent: nonNegative,
    communityBreachResentenceShare: share,
    resentenceCustodyShare: share,
    licenceBreachRecallShare: share,
    reoffenceRecallShare: share,
    pssCommittalShare: share,
    pssCommittalDays: wholeDays,
    fixedTermShare: share,
    standardRecallDaysMean: positive,
    trReferralDelayDays: wholeDays,
  }),
});
export type Parameters = z.infer<typeof parametersSchema>;

export const scenarioSchema = z.strictObject({
  format: z.literal(SCENARIO_FORMAT),
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
  name: z.string().min(1).max(120),
  description: z.string().max(5000),
  simulation: z.strictObject({
    start: isoDate,
    years: z.number().int().min(1).max(30),
    warmupYears: z.number().int().min(0).max(30),
    scale: z.number().gt(0).max(1),
    seed: z.number().int().min(0).max(0x7fffffff), // 2^31 - 1
    journeySampleSize: z.number().int().min(0).max(5000),
  }),
  timeline: z.strictObject({
    initial: switchesSchema,
    changes: z.array(timelineChange).max(100),
  }),
  parameters: parametersSchema,
  money: moneySchema,
  /** Numbers of `parameters` or `money` drawn from a distribution in each replication (uncertaintySchema.ts). */
  uncertainty: uncertaintySchema,
});
export type Scenario = z.infer<typeof scenarioSchema>;
