// Money terms in a scenario: what the public pays for (prison places, probation staff,
// commissioned services, the cost of reoffending) and the Transforming Rehabilitation contract
// terms of the 21 CRCs (Fee for Service, Payment by Results, service credits, Fee for Use, the
// CRC's own costs, and contract events such as the 2017 variation and early termination).
// Invariants: every amount is in pounds at the scenario's price year and never negative; every CRC
// contract package area has exactly one contract (the object is keyed by CPA slug, so a missing or
// misspelt CRC is an error naming it); cross-field rules (bands that overlap, dates in order) live
// in moneyRules.ts. model/ only carries these terms; finance/ turns them and a run into a ledger.
import { z } from 'zod';
import { CPA_SLUGS } from '../engine/geography';
import { bounded } from './parameterBounds';

const pounds = bounded('pounds');
const share = bounded('share');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const units = bounded('units');

export const OFFENCE_GROUP_KEYS = ['violence', 'sexual', 'acquisitive', 'drugs', 'other'] as const;
export const INTERVENTION_KEYS = ['accreditedProgramme', 'rehabilitationActivity', 'accommodation', 'employment', 'finance', 'substanceMisuse'] as const;
export const VOLUME_CATEGORIES = ['communityOrder', 'suspendedOrder', 'custodyUnder12m', 'custody12mTo4y', 'custodyOver4y'] as const;
export const SERVICE_LEVELS = ['firstAppointment', 'licenceAppointment', 'sentencePlan'] as const;
export const COMMISSIONED_LOTS = [
  'accommodation',
  'financeBenefitDebt',
  'educationTrainingEmployment',
  'dependencyRecovery',
  'familyLifestyleWellbeing',
  'womensServices',
] as const;
export const STAFF_GRADES = ['probationOfficer', 'probationServicesOfficer', 'managementAndSupport'] as const;

const poundsBy = <K extends string>(keys: readonly K[]) => z.strictObject(Object.fromEntries(keys.map((k) => [k, pounds])) as Record<K, typeof pounds>);

export const publicCostSchema = z.strictObject({
  prisonPlacePerYear: pounds,
  /** Fully loaded cost of one offender-manager FTE (salary, on-costs, the staff and overheads behind them). */
  probationCostPerFte: pounds,
  reoffenceCost: poundsBy(OFFENCE_GROUP_KEYS),
  /** Unified model only: commissioned rehabilitative services by lot, and grants. */
  commissionedServicesPerYear: poundsBy(COMMISSIONED_LOTS),
  grantsPerYear: pounds,
});

const volumeBand = z.strictObject({ fromUnits: units, toUnits: units, pricePerUnit: pounds });

export const crcContractSchema = z.strictObject({
  /** Fee for Service bid for the forecast band, in the first contract year. */
  annualPrice: pounds,
  forecastBand: z.strictObject({ fromUnits: units, toUnits: units }),
  /** Bands outside the forecast band, priced per weighted unit for the year-end reconciliation. */
  otherBands: z.array(volumeBand).max(20),
  baseline: z.strictObject({
    /** The CRC's own baseline binary reoffending rate, on the model's measure. */
    binaryRate: share,
    /** Mean predicted rate of the baseline cohort: the reference for the case-mix adjustment. */
    predictedRate: share,
    /** Reoffences per reoffender in the baseline cohort. */
    frequency: bounded('perReoffender'),
  }),
  staffFte: z.strictObject(Object.fromEntries(STAFF_GRADES.map((g) => [g, units])) as Record<(typeof STAFF_GRADES)[number], typeof units>),
  estatePerYear: pounds,
  ictPerYear: pounds,
  subcontractsPerYear: pounds,
});

const serviceLevelSchema = z.strictObject({
  withinWorkingDays: bounded('serviceLevelDays'),
  targetShare: share,
  creditPerPointMissed: pounds,
});

const contractEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('variation'), date: isoDate }),
  z.strictObject({ kind: z.literal('termination'), date: isoDate, compensationPerCrc: pounds }),
]);

export const crcTermsSchema = z.strictObject({
  contractStart: isoDate,
  contractEnd: isoDate,
  volumeWeights: z.strictObject(Object.fromEntries(VOLUME_CATEGORIES.map((c) => [c, bounded('volumeWeight')])) as Record<(typeof VOLUME_CATEGORIES)[number], z.ZodNumber>),
  /**
   * Change of the bid forecast per contract year, as a share: contract year k (from 0) reconciles
   * against every contract's volume bands scaled by (1 + change)^k. 0 is one forecast for all years.
   */
  forecastChangePerContractYear: bounded('forecastChange'),
  learningCurveDiscountPerYear: share,
  undeliveredOrderDeduction: pounds,
  pbr: z.strictObject({
    confidence: bounded('confidence'),
    binaryCohort: z.enum(['annual', 'quarterly']),
    binaryPricePerPointPerPerson: pounds,
    frequencyPricePerReoffence: pounds,
    frequencyBinaryHurdle: z.boolean(),
    deductForDeterioration: z.boolean(),
    foundationShareOfPrice: share,
    processingMonths: bounded('processingMonths'),
    // Stress-test switch (experiments/presets.ts 'no-improvement'): 'atBaseline' pays as if every
    // cohort reoffended exactly at its case-mix adjusted target. A default, so that version-2 files
    // written before the switch existed still open as they were ('simulated').
    outcomes: z.enum(['simulated', 'atBaseline']).default('simulated'),
  }),
  serviceLevels: z.strictObject({
    firstAppointment: serviceLevelSchema,
    licenceAppointment: serviceLevelSchema,
    sentencePlan: serviceLevelSchema,
    capShareOfMonthlyFee: share,
  }),
  feeForUse: poundsBy(INTERVENTION_KEYS),
  costs: z.strictObject({
    salaryPerFte: poundsBy(STAFF_GRADES),
    onCostShare: bounded('onCostShare'),
    hiring: z.enum(['fixed', 'caseload']),
    casesPerCaseHoldingFte: bounded('casesPerFte'),
    variablePerCasePerYear: pounds,
    perIntervention: poundsBy(INTERVENTION_KEYS),
  }),
  events: z.array(contractEventSchema).max(10),
  contracts: z.strictObject(Object.fromEntries(CPA_SLUGS.map((slug) => [slug, crcContractSchema])) as Record<string, typeof crcContractSchema>),
});

export const moneySchema = z.strictObject({
  priceYear: bounded('priceYear'),
  discountRatePerYear: bounded('discountRate'),
  publicCost: publicCostSchema,
  crc: crcTermsSchema,
});

export type MoneyTerms = z.infer<typeof moneySchema>;
export type CrcTerms = z.infer<typeof crcTermsSchema>;
export type CrcContract = z.infer<typeof crcContractSchema>;
export type PublicCostTerms = z.infer<typeof publicCostSchema>;
export type ContractEvent = z.infer<typeof contractEventSchema>;
export type ServiceLevelTerms = z.infer<typeof serviceLevelSchema>;
