// The shared parameter set of the built-in scenarios. `npm run scenarios` writes the JSON files
// from this and timelines.ts; the JSON files are what users open, copy and share. Every value's
// unit and source is in model/scenario/parameterDocs.ts (and docs/parameters.md, generated).
import type { Parameters } from '../model/scenario/schema';
import { UNIFIED_PSR_TARGET } from '../model/scenario/psrTarget';

export const baseParameters: Parameters = {
  population: {
    newEntrantsPerYear: 146000,
    propensityShape: 0.35,
    priorsPerUnitPropensity: 8,
    offenceGroups: {
      violence: { share: 0.25, propensityMultiplier: 0.75, custodyLogOdds: 0.3, highRoshShare: 0.5, longSentenceOddsRatio: 2, mappaShare: 0.1 },
      sexual: { share: 0.04, propensityMultiplier: 0.35, custodyLogOdds: 1.0, highRoshShare: 0.9, longSentenceOddsRatio: 4, mappaShare: 1 },
      acquisitive: { share: 0.35, propensityMultiplier: 1.6, custodyLogOdds: 0.2, highRoshShare: 0.1, longSentenceOddsRatio: 0.5, mappaShare: 0 },
      drugs: { share: 0.12, propensityMultiplier: 0.8, custodyLogOdds: 0, highRoshShare: 0.15, longSentenceOddsRatio: 1.5, mappaShare: 0 },
      other: { share: 0.24, propensityMultiplier: 0.9, custodyLogOdds: -0.5, highRoshShare: 0.12, longSentenceOddsRatio: 0.6, mappaShare: 0 },
    },
    needs: {
      accommodation: { prevalence: 0.3, hazardMultiplier: 1.3 },
      employment: { prevalence: 0.5, hazardMultiplier: 1.15 },
      finance: { prevalence: 0.4, hazardMultiplier: 1.05 },
      substance: { prevalence: 0.45, hazardMultiplier: 1.25 },
    },
  },
  offending: {
    baseReoffencesPerYear: 0.32,
    hazardByMonthsSinceStart: [
      { fromMonth: 0, multiplier: 1.4 },
      { fromMonth: 3, multiplier: 1.1 },
      { fromMonth: 6, multiplier: 0.9 },
      { fromMonth: 12, multiplier: 0.7 },
      { fromMonth: 24, multiplier: 0.5 },
    ],
    extraOffencesPerEpisode: 0.85,
    convictionLagDaysMean: 90,
    outOfCourtShare: 0.15,
    desistanceMonths: 24,
    careerYearsMean: 5,
  },
  court: {
    disposalLogOdds: { custody: -0.6, suspended: 0, community: 0.75, other: 0.3 },
    priorsCustodyLogOddsPerPrior: 0.07,
    priorsLongSentenceLogOddsPerPrior: -0.08,
    psrCommunityLogOdds: 0.3,
    psrStandardExtraLogOdds: 0.3,
    custodyBands: {
      under12m: { share: 0.15, minMonths: 0.5, maxMonths: 12 },
      from12mTo4y: { share: 0.6, minMonths: 12, maxMonths: 48 },
      over4y: { share: 0.25, minMonths: 48, maxMonths: 144 },
    },
    communityOrderMonths: { min: 6, max: 18 },
    suspendedOrderMonths: { min: 12, max: 24 },
    psrTarget: structuredClone(UNIFIED_PSR_TARGET),
  },
  risk: {
    roshMix: { low: 0.28, medium: 0.53, high: 0.17, veryHigh: 0.02 },
    escalationPerYear: 0.05,
    handoverDelayDays: 21,
  },
  supervision: {
    hazardMultiplierAtFullQuality: 0.95,
    suspendedOrderHazardMultiplier: 0.9,
    capacityCasesPerFte: 40,
    qualityElasticity: 1,
    preReleaseCaseWeight: 0.3,
    workforceFte: { trusts: 9660, crc: 4810, npsUnderTr: 4860, npsUnified: 11248 },
  },
  interventions: {
    accreditedProgramme: { need: 'none', referralShare: 0.1, completionShare: 0.6, durationDays: 120, hazardMultiplier: 0.9 },
    rehabilitationActivity: { need: 'none', referralShare: 0.5, completionShare: 0.7, durationDays: 90, hazardMultiplier: 0.97 },
    accommodation: { need: 'accommodation', referralShare: 0.4, completionShare: 0.5, durationDays: 60, hazardMultiplier: 0.95 },
    employment: { need: 'employment', referralShare: 0.35, completionShare: 0.5, durationDays: 120, hazardMultiplier: 0.97 },
    finance: { need: 'finance', referralShare: 0.3, completionShare: 0.6, durationDays: 60, hazardMultiplier: 0.98 },
    substanceMisuse: { need: 'substance', referralShare: 0.5, completionShare: 0.5, durationDays: 180, hazardMultiplier: 0.9 },
  },
  serviceDelivery: { firstAppointmentWorkingDaysMean: 2, licenceAppointmentWorkingDaysMean: 0.3, sentencePlanWorkingDaysMean: 6, undeliveredOrderShare: 0.02 },
  custody: { releaseFraction: 0.5, otherPopulation: 22000 },
  resettlement: {
    baselineNeedResolvedShare: 0.15,
    // The means of their distributions (resettlementUncertainty.ts).
    throughTheGateNeedResolvedShare: 0.04,
    reachInNeedResolvedShare: 0.15,
    throughTheGateWindowDays: 84,
  },
  breach: {
    communityBreachesPerYear: 0.35,
    licenceBreachesPerYear: 0.5,
    pssBreachesPerYear: 0.4,
    breachPropensityExponent: 0.5,
    communityBreachResentenceShare: 0.5,
    resentenceCustodyShare: 0.3,
    licenceBreachRecallShare: 0.7,
    reoffenceRecallShare: 0.5,
    pssCommittalShare: 0.1,
    pssCommittalDays: 14,
    fixedTermShare: 0.5,
    standardRecallDaysMean: 300,
    trReferralDelayDays: 10,
  },
};
