// Where people are supervised: the 35 probation trust areas of 2010, the 21 contract package areas
// (CPAs) of Transforming Rehabilitation and the 12 regions of the unified NPS (2021). Every person
// belongs to one trust area; CPA and region follow from it. Providers are numbered: trusts first,
// then one CRC per CPA, then one NPS unit per region.
// Source: the trust, CPA and region lists are the published structures (REFERENCE.md timeline rows);
// the caseload shares are an assumption (approximate population shares of each area), to be
// replaced by OMSQ caseload by area.

import { guideTableOf } from '../random/randomSource';

interface AreaRow {
  trust: string;
  cpa: string;
  region: string;
  caseloadShare: number;
}

const AREA_ROWS: AreaRow[] = [
  { trust: 'Avon and Somerset', cpa: 'Bristol, Gloucestershire, Somerset and Wiltshire', region: 'South West', caseloadShare: 0.025 },
  { trust: 'Bedfordshire', cpa: 'Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire', region: 'East of England', caseloadShare: 0.01 },
  { trust: 'Cambridgeshire and Peterborough', cpa: 'Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire', region: 'East of England', caseloadShare: 0.013 },
  { trust: 'Cheshire', cpa: 'Cheshire and Greater Manchester', region: 'North West', caseloadShare: 0.015 },
  { trust: 'Cumbria', cpa: 'Cumbria and Lancashire', region: 'North West', caseloadShare: 0.008 },
  { trust: 'Derbyshire', cpa: 'Derbyshire, Leicestershire, Nottinghamshire and Rutland', region: 'East Midlands', caseloadShare: 0.017 },
  { trust: 'Devon and Cornwall', cpa: 'Dorset, Devon and Cornwall', region: 'South West', caseloadShare: 0.02 },
  { trust: 'Dorset', cpa: 'Dorset, Devon and Cornwall', region: 'South West', caseloadShare: 0.008 },
  { trust: 'Durham Tees Valley', cpa: 'Durham Tees Valley', region: 'North East', caseloadShare: 0.025 },
  { trust: 'Essex', cpa: 'Essex', region: 'East of England', caseloadShare: 0.025 },
  { trust: 'Gloucestershire', cpa: 'Bristol, Gloucestershire, Somerset and Wiltshire', region: 'South West', caseloadShare: 0.008 },
  { trust: 'Greater Manchester', cpa: 'Cheshire and Greater Manchester', region: 'Greater Manchester', caseloadShare: 0.065 },
  { trust: 'Hampshire', cpa: 'Hampshire and Isle of Wight', region: 'South Central', caseloadShare: 0.03 },
  { trust: 'Hertfordshire', cpa: 'Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire', region: 'East of England', caseloadShare: 0.015 },
  { trust: 'Humberside', cpa: 'Humberside, Lincolnshire and North Yorkshire', region: 'Yorkshire and the Humber', caseloadShare: 0.017 },
  { trust: 'Kent', cpa: 'Kent, Surrey and Sussex', region: 'Kent, Surrey and Sussex', caseloadShare: 0.03 },
  { trust: 'Lancashire', cpa: 'Cumbria and Lancashire', region: 'North West', caseloadShare: 0.028 },
  { trust: 'Leicestershire and Rutland', cpa: 'Derbyshire, Leicestershire, Nottinghamshire and Rutland', region: 'East Midlands', caseloadShare: 0.018 },
  { trust: 'Lincolnshire', cpa: 'Humberside, Lincolnshire and North Yorkshire', region: 'East Midlands', caseloadShare: 0.012 },
  { trust: 'London', cpa: 'London', region: 'London', caseloadShare: 0.15 },
  { trust: 'Merseyside', cpa: 'Merseyside', region: 'North West', caseloadShare: 0.03 },
  { trust: 'Norfolk and Suffolk', cpa: 'Norfolk and Suffolk', region: 'East of England', caseloadShare: 0.025 },
  { trust: 'Northamptonshire', cpa: 'Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire', region: 'East Midlands', caseloadShare: 0.012 },
  { trust: 'Northumbria', cpa: 'Northumbria', region: 'North East', caseloadShare: 0.03 },
  { trust: 'Nottinghamshire', cpa: 'Derbyshire, Leicestershire, Nottinghamshire and Rutland', region: 'East Midlands', caseloadShare: 0.022 },
  { trust: 'South Yorkshire', cpa: 'South Yorkshire', region: 'Yorkshire and the Humber', caseloadShare: 0.025 },
  { trust: 'Staffordshire and West Midlands', cpa: 'Staffordshire and West Midlands', region: 'West Midlands', caseloadShare: 0.075 },
  { trust: 'Surrey and Sussex', cpa: 'Kent, Surrey and Sussex', region: 'Kent, Surrey and Sussex', caseloadShare: 0.035 },
  { trust: 'Thames Valley', cpa: 'Thames Valley', region: 'South Central', caseloadShare: 0.033 },
  { trust: 'Wales', cpa: 'Wales', region: 'Wales', caseloadShare: 0.055 },
  { trust: 'Warwickshire', cpa: 'Warwickshire and West Mercia', region: 'West Midlands', caseloadShare: 0.008 },
  { trust: 'West Mercia', cpa: 'Warwickshire and West Mercia', region: 'West Midlands', caseloadShare: 0.02 },
  { trust: 'West Yorkshire', cpa: 'West Yorkshire', region: 'Yorkshire and the Humber', caseloadShare: 0.045 },
  { trust: 'Wiltshire', cpa: 'Bristol, Gloucestershire, Somerset and Wiltshire', region: 'South West', caseloadShare: 0.008 },
  { trust: 'York and North Yorkshire', cpa: 'Humberside, Lincolnshire and North Yorkshire', region: 'Yorkshire and the Humber', caseloadShare: 0.01 },
];

function distinctInOrder(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) === i).sort();
}

export const TRUSTS: readonly string[] = AREA_ROWS.map((r) => r.trust);
export const CPAS: readonly string[] = distinctInOrder(AREA_ROWS.map((r) => r.cpa));
export const REGIONS: readonly string[] = distinctInOrder(AREA_ROWS.map((r) => r.region));
/** Region names as series-name parts: 'Kent, Surrey and Sussex' → 'kent-surrey-and-sussex'. */
export const REGION_SLUGS: readonly string[] = REGIONS.map(slugOf);
/** CPA names as keys: 'Cheshire and Greater Manchester' → 'cheshire-and-greater-manchester'. */
export const CPA_SLUGS: readonly string[] = CPAS.map(slugOf);

function slugOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z]+/g, '-');
}

const AREA_COUNT = TRUSTS.length;
export const CPA_OF_AREA = Uint8Array.from(AREA_ROWS, (r) => CPAS.indexOf(r.cpa));
export const REGION_OF_AREA = Uint8Array.from(AREA_ROWS, (r) => REGIONS.indexOf(r.region));

const totalShare = AREA_ROWS.reduce((sum, r) => sum + r.caseloadShare, 0);
/** Normalised caseload share of each trust area (sums to 1). */
const AREA_SHARE = Float64Array.from(AREA_ROWS, (r) => r.caseloadShare / totalShare);
export const AREA_CUMULATIVE = (() => {
  const cumulative = new Float64Array(AREA_COUNT);
  let sum = 0;
  for (let i = 0; i < AREA_COUNT; i++) cumulative[i] = sum += AREA_SHARE[i];
  cumulative[AREA_COUNT - 1] = 1;
  return cumulative;
})();
/** Where a draw of an area starts looking in AREA_CUMULATIVE (RandomStream.categoricalGuided). */
export const AREA_GUIDE = guideTableOf(AREA_CUMULATIVE, 64);

export const enum ProviderKindCode {
  Trust = 0,
  Crc = 1,
  Nps = 2,
}

export const FIRST_CRC = AREA_COUNT;
export const FIRST_NPS = AREA_COUNT + CPAS.length;
export const PROVIDER_COUNT = FIRST_NPS + REGIONS.length;

export const trustProviderOf = (area: number): number => area;
export const crcProviderOf = (area: number): number => FIRST_CRC + CPA_OF_AREA[area];
export const npsProviderOf = (area: number): number => FIRST_NPS + REGION_OF_AREA[area];

export const PROVIDER_KIND = Uint8Array.from({ length: PROVIDER_COUNT }, (_, p) =>
  p < FIRST_CRC ? ProviderKindCode.Trust : p < FIRST_NPS ? ProviderKindCode.Crc : ProviderKindCode.Nps,
);

/** Share of national caseload in each provider's footprint (sums to 1 within each kind). */
export const PROVIDER_SHARE = (() => {
  const share = new Float64Array(PROVIDER_COUNT);
  for (let a = 0; a < AREA_COUNT; a++) {
    share[trustProviderOf(a)] += AREA_SHARE[a];
    share[crcProviderOf(a)] += AREA_SHARE[a];
    share[npsProviderOf(a)] += AREA_SHARE[a];
  }
  return share;
})();

export interface ProviderInfo {
  name: string;
  kind: 'trust' | 'crc' | 'nps';
  region: string;
}

export const PROVIDERS: readonly ProviderInfo[] = [
  ...AREA_ROWS.map((r) => ({ name: `${r.trust} Probation Trust`, kind: 'trust' as const, region: r.region })),
  ...CPAS.map((cpa) => ({
    name: `${cpa} CRC`,
    kind: 'crc' as const,
    region: AREA_ROWS.find((r) => r.cpa === cpa)!.region,
  })),
  ...REGIONS.map((region) => ({ name: `NPS ${region}`, kind: 'nps' as const, region })),
];

/** A provider's name for people to read, or 'no provider' for -1. */
export function providerNameOf(provider: number): string {
  return provider >= 0 ? PROVIDERS[provider].name : 'no provider';
}
