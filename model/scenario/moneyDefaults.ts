// The money terms every built-in scenario carries, and that a version-1 scenario file gets when it
// is upgraded. National figures come from REFERENCE.md; each CRC's share of them follows its
// contract package area's caseload share (geography.ts), because per-CRC contract values were
// never published. Every value's unit, basis and source is in moneyDocs.ts (and so in
// docs/parameters.md); the ones marked "assumption" there were never published and say why.
import type { CrcContract, MoneyTerms } from './moneySchema';
import { CPA_SLUGS, FIRST_CRC, PROVIDER_SHARE } from '../engine/geography';
import { CRC_BASELINES } from './crcBaselines';
import {
  BID_CASE_DECLINE_OVER_CONTRACT,
  BID_TIME_VOLUMES,
  CONTRACT_YEARS,
  PLANNED_CRC_SHARE,
  bidForecastUnits,
  forecastChangePerContractYear,
} from './bidForecast';

/** Weight of each new sentence in the contract's weighted units (an assumption: moneyDocs.ts). */
const VOLUME_WEIGHTS = { communityOrder: 1, suspendedOrder: 1, custodyUnder12m: 0.8, custody12mTo4y: 1.2, custodyOver4y: 1.5 };

/**
 * What `money.crc.forecastChangePerContractYear` is for a scenario written before the field
 * existed (schema version 3 and older): no change, so every contract year has the one forecast
 * band of the file, exactly as those versions reconciled. The v3 → v4 migration inserts it.
 */
export const V3_FORECAST_CHANGE_PER_CONTRACT_YEAR = 0;

/** National totals shared out between the 21 CRCs by caseload share. */
const NATIONAL_CRC = {
  /** Fee for Service in the first contract year (NAO19: up to £3.7bn over 2014-2022, ≈ 90% of it FFS). */
  annualPrice: 400e6,
  /** Weighted units the CRCs were forecast in contract year 1: published 2012/13 volumes × weights × the planned CRC share (bidForecast.ts). */
  forecastUnits: bidForecastUnits(BID_TIME_VOLUMES, VOLUME_WEIGHTS, PLANNED_CRC_SHARE),
  staffFte: { probationOfficer: 1_920, probationServicesOfficer: 2_890, managementAndSupport: 1_000 },
  estatePerYear: 30e6,
  ictPerYear: 25e6,
  subcontractsPerYear: 35e6,
};

const FORECAST_BAND_HALF_WIDTH = 0.1;
const OUT_OF_BAND_PRICE_SHARE = 0.75;

function crcContract(cpa: number): CrcContract {
  const share = PROVIDER_SHARE[FIRST_CRC + cpa];
  const forecast = NATIONAL_CRC.forecastUnits * share;
  const price = NATIONAL_CRC.annualPrice * share;
  const unitPrice = (price / forecast) * OUT_OF_BAND_PRICE_SHARE;
  const low = forecast * (1 - FORECAST_BAND_HALF_WIDTH);
  const high = forecast * (1 + FORECAST_BAND_HALF_WIDTH);
  return {
    annualPrice: round(price),
    forecastBand: { fromUnits: round(low), toUnits: round(high) },
    otherBands: [
      { fromUnits: 0, toUnits: round(low), pricePerUnit: round(unitPrice) },
      { fromUnits: round(high), toUnits: round(forecast * 3), pricePerUnit: round(unitPrice) },
    ],
    baseline: { ...CRC_BASELINES[cpa] },
    staffFte: {
      probationOfficer: round(NATIONAL_CRC.staffFte.probationOfficer * share, 10),
      probationServicesOfficer: round(NATIONAL_CRC.staffFte.probationServicesOfficer * share, 10),
      managementAndSupport: round(NATIONAL_CRC.staffFte.managementAndSupport * share, 10),
    },
    estatePerYear: round(NATIONAL_CRC.estatePerYear * share),
    ictPerYear: round(NATIONAL_CRC.ictPerYear * share),
    subcontractsPerYear: round(NATIONAL_CRC.subcontractsPerYear * share),
  };
}

/** Rounds to whole pounds (or to 1/`per` for FTE), so the scenario files stay readable. */
function round(value: number, per = 1): number {
  return Math.round(value * per) / per;
}

export function defaultMoneyTerms(): MoneyTerms {
  return {
    priceYear: 2016,
    discountRatePerYear: 0.035,
    publicCost: {
      prisonPlacePerYear: 36_720,
      probationCostPerFte: 94_000,
      reoffenceCost: { violence: 48_000, sexual: 95_000, acquisitive: 22_000, drugs: 12_000, other: 15_000 },
      commissionedServicesPerYear: {
        accommodation: 9e6,
        financeBenefitDebt: 9e6,
        educationTrainingEmployment: 11e6,
        dependencyRecovery: 15e6,
        familyLifestyleWellbeing: 43e6,
        womensServices: 13e6,
      },
      grantsPerYear: 5e6,
    },
    crc: {
      contractStart: '2015-02-01',
      contractEnd: '2022-01-31',
      volumeWeights: { ...VOLUME_WEIGHTS },
      forecastChangePerContractYear: round(forecastChangePerContractYear(BID_CASE_DECLINE_OVER_CONTRACT, CONTRACT_YEARS), 1e6),
      learningCurveDiscountPerYear: 0.02,
      undeliveredOrderDeduction: 500,
      pbr: {
        confidence: 0.95,
        binaryCohort: 'annual',
        binaryPricePerPointPerPerson: 37,
        frequencyPricePerReoffence: 1_100,
        frequencyBinaryHurdle: false,
        deductForDeterioration: true,
        foundationShareOfPrice: 0,
        processingMonths: 3,
        outcomes: 'simulated',
      },
      serviceLevels: {
        firstAppointment: { withinWorkingDays: 5, targetShare: 0.9, creditPerPointMissed: 2_000 },
        licenceAppointment: { withinWorkingDays: 1, targetShare: 0.9, creditPerPointMissed: 2_000 },
        sentencePlan: { withinWorkingDays: 15, targetShare: 0.9, creditPerPointMissed: 2_000 },
        capShareOfMonthlyFee: 0.05,
      },
      feeForUse: { accreditedProgramme: 1_500, rehabilitationActivity: 300, accommodation: 400, employment: 400, finance: 250, substanceMisuse: 800 },
      costs: {
        salaryPerFte: { probationOfficer: 35_000, probationServicesOfficer: 25_000, managementAndSupport: 30_000 },
        onCostShare: 0.3,
        hiring: 'fixed',
        casesPerCaseHoldingFte: 40,
        variablePerCasePerYear: 100,
        perIntervention: { accreditedProgramme: 1_000, rehabilitationActivity: 200, accommodation: 280, employment: 280, finance: 170, substanceMisuse: 560 },
      },
      events: [],
      contracts: Object.fromEntries(CPA_SLUGS.map((slug, cpa) => [slug, crcContract(cpa)])),
    },
  };
}
