// The stable names of the weekly series in RunResult.series. Charts, the CLI and tests use these
// names; renaming one is a breaking change to exported files, so add rather than rename.
import { REGION_SLUGS } from './engine/geography';

export const disposals = [
  'custodyUnder12m',
  'custody12mTo4y',
  'custodyOver4y',
  'suspendedOrder',
  'communityOrder',
  'other',
] as const;
export type Disposal = (typeof disposals)[number];

/** Where a person is: exactly one of these at any time (their sum is stock.total). */
export const personStates = ['atLiberty', 'communityOrder', 'suspendedOrder', 'custody', 'recall', 'licence', 'pss'] as const;

export const providerKinds = ['trust', 'crc', 'nps'] as const;
export type ProviderKind = (typeof providerKinds)[number];

export const roshTiers = ['low', 'medium', 'high', 'veryHigh'] as const;

const psrTypes = ['none', 'oral', 'shortWritten', 'standard'] as const;

/** Stocks, measured at the end of each week. */
export const stockSeries = [
  ...personStates.map((s) => `stock.${s}`),
  'stock.total',
  'stock.custody.under12m',
  'stock.custody.from12mTo4y',
  'stock.custody.over4y',
  'caseload.total',
  'caseload.community',
  'caseload.preRelease',
  ...providerKinds.map((k) => `caseload.${k}`),
  ...roshTiers.map((t) => `caseload.rosh.${t}`),
  /** By the region of the person's home area (all operating models), whoever manages the case. */
  ...REGION_SLUGS.map((r) => `caseload.region.${r}`),
  ...providerKinds.map((k) => `caseloadPerFte.${k}`),
  ...providerKinds.map((k) => `quality.${k}`),
  'prison.population',
  'prison.determinate',
  'prison.recallPopulation',
] as const;

/** Flows, counted within each week. */
export const flowSeries = [
  'flow.entrants',
  'flow.exits',
  'flow.reoffences',
  'flow.courtAppearances',
  ...disposals.map((d) => `flow.sentences.${d}`),
  ...psrTypes.map((p) => `flow.psr.${p}`),
  'flow.releases',
  'flow.breaches',
  'flow.recalls',
  'flow.recalls.fixedTerm',
  'flow.recalls.standard',
  'flow.recalls.shortSentence',
  'flow.pssCommittals',
  'flow.transfersToNps',
  'flow.escalations',
  'flow.interventions.started',
  'flow.interventions.completed',
] as const;

export const allSeriesNames: readonly string[] = [...stockSeries, ...flowSeries];
