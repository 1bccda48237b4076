// The scenario: the one file format users share, the CLI's input and the report's source.
// Invariants: every object is strict (unknown keys are errors, so a typo never silently does
// nothing); every number carries its unit in its name or in model/scenario/parameterDocs.ts, and
// its range (a minimum and a physical maximum, with the reason) from parameterBounds.ts;
// cross-field rules (shares summing to one, dates in order) live in restore.ts so that the
// messages can name the field.
import { z } from 'zod';
import { moneySchema } from './moneySchema';
import { uncertaintySchema } from './uncertaintySchema';
import { bounded } from './parameterBounds';

export const SCENARIO_FORMAT = 'probation-sim/scenario';
export const SCENARIO_SCHEMA_VERSION = 5;

const share = bounded('share');
const multiplier = bounded('multiplier');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const wholeDays = bounded('wholeDays');

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
  /**
   * A pre-sentence-report target in force: reports follow parameters.court.psrTarget instead of
   * psrShare and psrMix (the published volumes). A policy lever of its own, apart from the
   * operating model, so that a model and a report target can be compared apart.
   */
  psrTarget: z.boolean(),
});
export type Switches = z.infer<typeof switchesSchema>;

const timelineChange = z.strictObject({
  date: isoDate,
  label: z.string().min(1).max(200),
  set: switchesSchema.partial(),
  /**
   * True for a change of the published history (the yearly pre-sentence reports of the series),
   * not a policy decision: the trainer's timeline and the editor show policy changes apart from it.
   */
  history: z.boolean().optional(),
});

/**
 * A number of `parameters` that changes at dates (scenario format version 4): the demand and
 * staffing series of the real years, or a user's own step. `join: 'step'` holds each point's value
 * from its date until the next point; `'linear'` joins the points by straight lines (the engine
 * re-reads the value at each point's date and at the start of every month between points). Before
 * the first point the value in `parameters` holds; after the last, the last point's value. The
 * rules the schema cannot state (the path names a number, dates real and in order, every value
 * valid for its field, one entry a path) live in datedValueRules.ts.
 */
export const datedValueSchema = z.strictObject({
  path: z.string().min(1).max(200),
  join: z.enum(['step', 'linear']),
  points: z.array(z.strictObject({ date: isoDate, value: z.number() })).min(1).max(400),
  /** Where the values come from (a data file, a table, "assumption: …"). */
  source: z.string().max(500),
});
export type DatedValue = z.infer<typeof datedValueSchema>;

const logOdds = bounded('logOdds');
const disposalLogOdds = z.strictObject({
  custody: logOdds,
  suspended: logOdds,
  community: logOdds,
  other: logOdds,
});

const custodyBand = z.strictObject({
  share,
  minMonths: bounded('termMonths'),
  maxMonths: bounded('termMonths'),
});

// The offending clock draws with the hazard at its highest and thins later (model/processes/
// offending.ts), so a need may only raise the hazard and an intervention or supervision only lower it.
const raisingMultiplier = bounded('raisingMultiplier');
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
  custodyLogOdds: logOdds,
  highRoshShare: share,
  longSentenceOddsRatio: bounded('oddsRatio'),
  mappaShare: share,
});

export const parametersSchema = z.strictObject({
  population: z.strictObject({
    newEntrantsPerYear: bounded('entrantsPerYear'),
    propensityShape: bounded('propensityShape'),
    priorsPerUnitPropensity: bounded('priorsPerUnit'),
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
    baseReoffencesPerYear: bounded('episodesPerYear'),
    hazardByMonthsSinceStart: z.array(z.strictObject({ fromMonth: bounded('months'), multiplier })).min(1).max(24),
    extraOffencesPerEpisode: bounded('offencesPerEpisode'),
    convictionLagDaysMean: bounded('meanDays'),
    outOfCourtShare: share,
    desistanceMonths: bounded('positiveMonths'),
    careerYearsMean: bounded('careerYears'),
  }),
  court: z.strictObject({
    disposalLogOdds,
    priorsCustodyLogOddsPerPrior: bounded('logOddsPerPrior'),
    priorsLongSentenceLogOddsPerPrior: bounded('logOddsPerPrior'),
    psrCommunityLogOdds: bounded('psrLogOdds'),
    psrStandardExtraLogOdds: bounded('psrLogOdds'),
    custodyBands: z.strictObject({
      under12m: custodyBand,
      from12mTo4y: custodyBand,
      over4y: custodyBand,
    }),
    communityOrderMonths: z.strictObject({ min: bounded('orderMonths'), max: bounded('orderMonths') }),
    suspendedOrderMonths: z.strictObject({ min: bounded('orderMonths'), max: bounded('orderMonths') }),
    /** The report target that applies while the psrTarget switch is on. */
    psrTarget: z.strictObject({ share, mix: psrMix }),
  }),
  risk: z.strictObject({
    roshMix: z.strictObject({ low: share, medium: share, high: share, veryHigh: share }),
    escalationPerYear: bounded('eventsPerYear'),
    handoverDelayDays: wholeDays,
  }),
  supervision: z.strictObject({
    hazardMultiplierAtFullQuality: loweringMultiplier,
    suspendedOrderHazardMultiplier: loweringMultiplier,
    capacityCasesPerFte: bounded('casesPerFte'),
    qualityElasticity: bounded('elasticity'),
    preReleaseCaseWeight: share,
    workforceFte: z.strictObject({ trusts: bounded('workforceFte'), crc: bounded('workforceFte'), npsUnderTr: bounded('workforceFte'), npsUnified: bounded('workforceFte') }),
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
    firstAppointmentWorkingDaysMean: bounded('workingDays'),
    licenceAppointmentWorkingDaysMean: bounded('workingDays'),
    sentencePlanWorkingDaysMean: bounded('workingDays'),
    undeliveredOrderShare: share,
  }),
  custody: z.strictObject({
    releaseFraction: bounded('releaseFraction'),
    otherPopulation: bounded('prisoners'),
  }),
  resettlement: z.strictObject({
    baselineNeedResolvedShare: share,
    throughTheGateNeedResolvedShare: share,
    reachInNeedResolvedShare: share,
    throughTheGateWindowDays: wholeDays,
  }),
  breach: z.strictObject({
    communityBreachesPerYear: bounded('eventsPerYear'),
    licenceBreachesPerYear: bounded('eventsPerYear'),
    pssBreachesPerYear: bounded('eventsPerYear'),
    breachPropensityExponent: bounded('exponent'),
    communityBreachResentenceShare: share,
    resentenceCustodyShare: share,
    licenceBreachRecallShare: share,
    reoffenceRecallShare: share,
    pssCommittalShare: share,
    pssCommittalDays: wholeDays,
    fixedTermShare: share,
    standardRecallDaysMean: bounded('meanDays'),
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
    years: bounded('simulationYears'),
    warmupYears: bounded('warmupYears'),
    scale: bounded('scale'),
    seed: bounded('seed'),
    journeySampleSize: bounded('journeys'),
  }),
  timeline: z.strictObject({
    initial: switchesSchema,
    changes: z.array(timelineChange).max(100),
    /** Numbers of `parameters` that change at dates (datedValueSchema). */
    values: z.array(datedValueSchema).max(200),
  }),
  parameters: parametersSchema,
  money: moneySchema,
  /** Numbers of `parameters` or `money` drawn from a distribution in each replication (uncertaintySchema.ts). */
  uncertainty: uncertaintySchema,
});
export type Scenario = z.infer<typeof scenarioSchema>;
