// The documentation of every money term a scenario carries (moneySchema.ts) and of the service
// delivery parameters the CRC contracts pay on: unit, basis, source and what finance/ (or the
// engine) does with it. Same format and rules as parameterDocs.ts, which merges this table into
// its own: descriptions state what the code does and never quote the current value; keys are dotted
// paths with `*` for any one object key (a CRC contract is `money.crc.contracts.*`) and `[]` for
// any array index. Per-CRC values are national figures shared out by the contract package area's
// caseload share (moneyDefaults.ts): per-CRC contract values were never published, so that split is
// itself an assumption even where the national figure is a REFERENCE.md row.
import { doc, REF, type ParameterDoc } from './parameterDoc';

const WORKFORCE = `${REF} Workforce and cost ›`;
const PBR = `${REF} Payment by results ›`;
const SHARED_BY_CASELOAD = "shared between the 21 CRCs by the contract package area's caseload share (per-CRC contract values were never published: an assumption)";

// ---- service delivery (parameters.serviceDelivery) ---------------------------------------------

const SD = 'parameters.serviceDelivery';
const SERVICE_LEVELS_MET = `assumption: CRC performance data shows most service levels met (≈ 90% or more within the limits of ${REF} Rules that are inputs › service levels (TR)); the distributions behind them were not published`;

const serviceDeliveryDocs: Record<string, ParameterDoc> = {
  [`${SD}.firstAppointmentWorkingDaysMean`]: doc(
    'working days (mean at full quality)',
    'assumption',
    `${SERVICE_LEVELS_MET}: set so that about nine in ten first appointments come within the 5-working-day limit at full quality`,
    'Working days from a new community or suspended order to the first appointment: geometric (most people seen quickly, a few wait long), with mean this value divided by the provider\'s supervision quality, capped at 60. Recorded for every provider in the reported window; only a CRC contract pays on it (money.crc.serviceLevels.firstAppointment).',
  ),
  [`${SD}.licenceAppointmentWorkingDaysMean`]: doc(
    'working days (mean at full quality)',
    'assumption',
    `${SERVICE_LEVELS_MET}: set so that well over nine in ten licence appointments come within the 1-working-day limit at full quality`,
    'Working days from a release onto licence or post-sentence supervision to the first appointment in the community: geometric, mean this value divided by the provider\'s quality, capped at 60. Only a CRC contract pays on it (money.crc.serviceLevels.licenceAppointment).',
  ),
  [`${SD}.sentencePlanWorkingDaysMean`]: doc(
    'working days (mean at full quality)',
    'assumption',
    `${SERVICE_LEVELS_MET}: set so that about nine in ten sentence plans are done within the 15-working-day limit at full quality`,
    'Working days from a new community or suspended order to its sentence plan: geometric, mean this value divided by the provider\'s quality, capped at 60. Only a CRC contract pays on it (money.crc.serviceLevels.sentencePlan).',
  ),
  [`${SD}.undeliveredOrderShare`]: doc(
    'share of orders ending',
    'assumption',
    'assumption: orders not delivered as the court ordered were a small minority; no national rate was published',
    'Chance that an order that has run its course was not delivered as the court ordered: this value divided by the provider\'s quality at the end, capped at 1. Each one costs a CRC money.crc.undeliveredOrderDeduction.',
  ),
};

// ---- price year and discounting ----------------------------------------------------------------

const pricingDocs: Record<string, ParameterDoc> = {
  'money.priceYear': doc(
    'calendar year',
    'assumption',
    `assumption: the year most cost figures are priced in (${WORKFORCE} prison cost per place 2015-16; the CRC contracts' first full years); figures from other years are not re-priced`,
    'The year whose prices every amount of the money terms is in. Reported with the results; nothing is inflated or deflated by it.',
  ),
  'money.discountRatePerYear': doc(
    'share per year (real)',
    'assumption',
    'assumption: HM Treasury Green Book real discount rate for the first 30 years (a published rate, not a REFERENCE.md row)',
    'Rate for net present values: a payment is multiplied by (1 + rate)^-(months between the base date and its date / 12). The public cost is valued at the first month of the reported window; a CRC\'s position at its contract start.',
  ),
};

// ---- public cost -------------------------------------------------------------------------------

const PC = 'money.publicCost';

const publicCostDocs: Record<string, ParameterDoc> = {
  [`${PC}.prisonPlacePerYear`]: doc(
    '£ per prison place per year',
    'reference',
    `${WORKFORCE} prison cost per place: £36,720 (2015-16) (HMPPS)`,
    'The month\'s mean prison population (prison.population, so custody.otherPopulation included) times this value over twelve: the \'prisonPlaces\' public cost, under every operating model.',
  ),
  [`${PC}.probationCostPerFte`]: doc(
    '£ per offender-management FTE per year, fully loaded',
    'reference',
    `${WORKFORCE} probation cost ≈ £900m (2009) (Hansard) over ${WORKFORCE} offender-management FTE, trusts: 9,580 (2011) (PQ): ≈ £94k per FTE, a derived figure (salary, on-costs and the staff and overheads behind each offender manager); the £889m of 2015-16 (PAC16) over the 4,810 CRC + 4,860 NPS FTE gives ≈ £92k, a check`,
    'Monthly \'probationStaff\' public cost = the offender-management FTE the public employs directly times this value over twelve: parameters.supervision.workforceFte.trusts under the trusts, .npsUnderTr under TR (the CRCs are paid through their contracts instead), .npsUnified under the unified model. National FTE, not scaled.',
  ),
  [`${PC}.reoffenceCost.*`]: doc(
    '£ per proven reoffence',
    'assumption',
    `assumption: shares out MoJ 2019's £16.7bn a year for adults (${WORKFORCE} cost of reoffending) by offence group in proportion to Home Office 2018 unit costs of crime, keeping the mean near £16.7bn over ≈ 0.5m adult proven reoffences (≈ £32k, derived: docs/money-sources.md); to be checked against the MoJ 2019 table (which costs the offence committed, while the model's group is the offender's index group for life)`,
    'Each proven reoffence in a month, by the offender\'s offence group, times this value: the \'reoffending\' cost to society (victims and public services), under every operating model. It charges every proven reoffence by anyone in the model, not one cohort\'s 12-month follow-up, so a year\'s total is not the MoJ\'s cohort figure.',
  ),
  [`${PC}.commissionedServicesPerYear.*`]: doc(
    '£ per year (national)',
    'reference',
    `${WORKFORCE} unified model: commissioned services > £100m a year, split by the published lot shares (accommodation 9%, finance/benefit/debt 9%, education/training/employment 11%, dependency and recovery 15%, family/lifestyle/wellbeing 43%, women's services 13%) (PQs 2020-2023)`,
    'Unified model only: a twelfth of the sum of the lots each month is the \'commissionedServices\' public cost (flat: it does not follow referrals or starts). Nothing under the trusts or TR, where the providers deliver these services themselves.',
  ),
  [`${PC}.grantsPerYear`]: doc(
    '£ per year (national)',
    'assumption',
    'assumption: grants to voluntary-sector providers alongside the unified model\'s commissioned services; no figure was published',
    'Unified model only: a twelfth each month is the \'grants\' public cost. Nothing under the trusts or TR.',
  ),
};

// ---- CRC contract terms ------------------------------------------------------------------------

const CRC = 'money.crc';
const NEVER_PUBLISHED = 'the contracts\' figures were never published';

const crcTermsDocs: Record<string, ParameterDoc> = {
  [`${CRC}.contractStart`]: doc(
    'date (YYYY-MM-DD)',
    'reference',
    `${REF} Timeline › 2015-02-01: CRCs transferred to owners`,
    'First day of the CRC contracts. No contract month before its month; contract years (learning-curve discount, year-end reconciliation, foundation payments) count in steps of 12 months from it. A contract month is live only while the operating model is tr.',
  ),
  [`${CRC}.contractEnd`]: doc(
    'date (YYYY-MM-DD)',
    'reference',
    `${PBR} contract size: 7-10-year contracts; maximum payments up to £3.7bn over 2014-2022 (NAO19; JC14): seven years from the transfer`,
    'The contracts\' end: a month is live while its first day is before this date and before any termination event. Must be after contractStart (moneyRules.ts).',
  ),
  [`${CRC}.volumeWeights.*`]: doc(
    'weighted units per new sentence',
    'assumption',
    `assumption: ${PBR} Fee for Service says the forecast volume range is weighted by sentence type (MoJ payment mechanism 2013); the weights were not published: licences of longer terms weigh more, short custody a little less than an order`,
    'Weight of each new sentence allocated to the CRC (community order, suspended order, custody by band) in its monthly weighted units: the volume that the year-end reconciliation compares with the forecast band, and after a variation the base of the volume payment.',
  ),
  [`${CRC}.forecastChangePerContractYear`]: doc(
    'share per contract year',
    'reference',
    `${REF} Series › contract bid forecast: "broadly stable: the MoJ's bid case modelled about a 2% decline in volumes over the contract" (NAO 2017, NAO 2019; H); as one compound rate it is (1 − 0.02)^(1/6) − 1 over the 7 contract years (bidForecast.ts), so the last year's forecast is 2% below the first's (how the 2% fell across the years was not published, so the even path is an assumption, confidence M); version-3 files get 0 (V3_FORECAST_CHANGE_PER_CONTRACT_YEAR in moneyDefaults.ts), their one band for every year`,
    'The bid forecast of contract year k (from 0 at contractStart) is every contract\'s volume bands (forecastBand and otherBands, edges only, not prices) times (1 + this)^k: the year-end reconciliation and the variation\'s unit price of that year work against it, whatever the run delivers. One rate for all contracts: the bid forecasts were national. Negative for a decline; 0 keeps one forecast for every year.',
  ),
  [`${CRC}.learningCurveDiscountPerYear`]: doc(
    'share per contract year',
    'assumption',
    `assumption: ${PBR} Fee for Service names an annual learning-curve discount; its rate was bid per CRC and not published`,
    'Fee for Service, the year-end reconciliation, the variation\'s unit price and the PbR foundation payment of contract year y are multiplied by (1 − this)^y (year 0 from contractStart).',
  ),
  [`${CRC}.undeliveredOrderDeduction`]: doc(
    '£ per order not delivered',
    'assumption',
    `assumption: ${PBR} Fee for Service: deductions for failing to deliver orders of the court (JC14); the amount was not published`,
    'Deducted from the CRC\'s fee, in the month the order ended, for each order that was not delivered as the court ordered (parameters.serviceDelivery.undeliveredOrderShare). Also after a variation: it changed how the price is paid, not the duty to deliver.',
  ),
  [`${CRC}.pbr.confidence`]: doc(
    'confidence level (two-sided)',
    'assumption',
    `assumption: ${PBR} binary measure: paid only for a statistically significant reduction (MoJ PbR methodology); the conventional level is assumed`,
    'A binary cohort pays (or, with deductForDeterioration, is deducted) only when a two-sided z test of its actual rate against its target rate, with the simulated people as the sample size, is significant at this level.',
  ),
  [`${CRC}.pbr.binaryCohort`]: doc(
    "'annual' | 'quarterly'",
    'reference',
    `${PBR} cohorts: quarterly plus annual (PQ 2014)`,
    'annual: the counted quarters, four at a time from the first, are pooled into one binary cohort (a trailing part year is not paid); quarterly: each quarter is its own binary cohort. The frequency measure is always paid per quarter. A quarter counts when its first month is a live contract month and its follow-up and wait are over within the run.',
  ),
  [`${CRC}.pbr.binaryPricePerPointPerPerson`]: doc(
    '£ per percentage point per person in the cohort',
    'assumption',
    `assumption: the PbR prices were never published; chosen with frequencyPricePerReoffence so that the business case's reduction (${PBR} expected benefit in the business case: 3.7 percentage points, NAO19) earns a payment of the order of the share of income reported at risk (${PBR} share of income at risk: ≈ 10%, press, L)`,
    'Binary payment = (target rate − actual rate) × 100 × people in the cohort × this value, when the change is significant; the target is the CRC\'s baseline.binaryRate moved by the cohort\'s case mix (baseline.predictedRate). A significant rise gives the same formula as a deduction when deductForDeterioration is on.',
  ),
  [`${CRC}.pbr.frequencyPricePerReoffence`]: doc(
    '£ per reoffence avoided',
    'assumption',
    `assumption: the PbR prices were never published; chosen with binaryPricePerPointPerPerson so that the business case's reduction (${PBR} expected benefit in the business case, NAO19) earns a payment of the order of the share of income reported at risk (${PBR} share of income at risk, press, L)`,
    'Frequency payment for a quarter = max(0, (baseline.frequency − the cohort\'s reoffences per reoffender) × its reoffenders) × this value. Not case-mix adjusted, no significance test, never a deduction.',
  ),
  [`${CRC}.pbr.frequencyBinaryHurdle`]: doc(
    'on/off',
    'assumption',
    `assumption: ${PBR} frequency measure gives no link to the binary result; off pays the two measures independently, on tries a hurdle`,
    'When on, a quarter\'s frequency payment is made only if the quarter\'s own binary rate is at or below its target (no significance test for the hurdle).',
  ),
  [`${CRC}.pbr.deductForDeterioration`]: doc(
    'on/off',
    'reference',
    `${PBR} binary measure: deduction for a significant increase (MoJ PbR methodology)`,
    'When on, a binary cohort whose reoffending rose significantly above its target is deducted, by the same formula as the payment; when off, it is paid nothing.',
  ),
  [`${CRC}.pbr.foundationShareOfPrice`]: doc(
    'share of the annual price',
    'assumption',
    `assumption: a what-if; ${PBR} has no foundation payment in the TR contracts (0 means none)`,
    'Foundation payment at the start of each counted quarter: this share × annualPrice × the learning-curve factor / 4; an advance on results, clawed back in full on the date the quarter\'s frequency payment is made.',
  ),
  [`${CRC}.pbr.processingMonths`]: doc(
    'months',
    'assumption',
    `assumption: the MoJ's time to compute and pay results after the 12-month follow-up and 6-month wait (${REF} Reoffending › proven reoffence) was not published`,
    'PbR payments are dated the first day of the month this many months after the cohort\'s follow-up and wait end: the last quarter\'s start + 3 + 18 + this value.',
  ),
  // Stress-test switch (added with experiments/presets.ts 'no-improvement').
  [`${CRC}.pbr.outcomes`]: doc(
    "'simulated' | 'atBaseline'",
    'assumption',
    "assumption: none about the world; a what-if switch for stress tests ('simulated' pays on the run's own cohorts; 'atBaseline' is a bidder's \"no improvement\" case)",
    "simulated: payment by results is worked out from the cohorts the run produced. atBaseline: every counted quarter is taken to reoffend exactly at its case-mix adjusted target (reoffenders = target rate × people, reoffences = reoffenders × baseline.frequency) before the annual pooling, so neither measure pays or deducts anything; the rest of the run is unchanged. The break-even reduction is then measured from the target.",
  ),
  [`${CRC}.serviceLevels.*.withinWorkingDays`]: doc(
    'working days',
    'reference',
    `${REF} Rules that are inputs › service levels (TR): first appointment ≤ 5 working days after allocation; licence appointment ≤ 1 working day after release; sentence plan ≤ 15 working days (CRC performance data)`,
    'A service counts as met when it came within this many working days (the delays drawn with parameters.serviceDelivery). A month\'s performance is the share met of the services that came due.',
  ),
  [`${CRC}.serviceLevels.*.targetShare`]: doc(
    'share of services due in the month',
    'assumption',
    `assumption: the levels' targets are not in REFERENCE.md (${REF} Rules that are inputs › service levels (TR) gives the limits; CRC performance data shows most levels met, ≈ 90% or more)`,
    'Each percentage point by which a month\'s performance falls short of this share costs creditPerPointMissed. A month with nothing due costs nothing.',
  ),
  [`${CRC}.serviceLevels.*.creditPerPointMissed`]: doc(
    '£ per percentage point below target per month',
    'assumption',
    `assumption: ${PBR} service credits: deductions from Fee for Service for missed service levels; rate and cap not published (NAO17), so this is an explicit assumption`,
    'A live month\'s service credit = Σ over the levels of the points missed × this value, capped by capShareOfMonthlyFee; deducted from the month\'s fee.',
  ),
  [`${CRC}.serviceLevels.capShareOfMonthlyFee`]: doc(
    'share of the month\'s fee',
    'assumption',
    `assumption: ${PBR} service credits: rate and cap not published (NAO17), so this is an explicit assumption`,
    'A month\'s service credits together cannot exceed this share of that month\'s fee (the instalment, or after a variation the fixed costs and volume payment), so a bad month has a bounded cost.',
  ),
  [`${CRC}.feeForUse.*`]: doc(
    '£ per intervention started',
    'assumption',
    `assumption: ${PBR} Fee for Use: the NPS buys interventions from CRCs at rate-card prices (JC18); the rate cards were not published: set above the CRC's own cost (costs.perIntervention)`,
    'Under TR, in each live month, the NPS pays the CRC of the person\'s home area this value for each intervention of this kind started by an NPS case, on the first day of the next month. Money between two parts of the system, not an extra cost of the contracts to the MoJ.',
  ),
  [`${CRC}.costs.salaryPerFte.*`]: doc(
    '£ per FTE per year',
    'assumption',
    `assumption: ${NEVER_PUBLISHED}; near the NPS pay bands of 2016-17 the staff transferred on (probation officer a little above mid-band 4, PSO mid-band 3, management and support a mix of grades): docs/money-sources.md`,
    'Annual salary of a CRC FTE of this grade. The CRC\'s monthly \'crcStaff\' cost = Σ over grades of FTE × salary × (1 + onCostShare) / 12.',
  ),
  [`${CRC}.costs.onCostShare`]: doc(
    'share of salary',
    'assumption',
    'assumption: employer National Insurance plus the Local Government Pension Scheme employer rate of the probation funds (docs/money-sources.md)',
    'Employer on-costs added to salaries in the CRC\'s staff cost.',
  ),
  [`${CRC}.costs.hiring`]: doc(
    "'fixed' | 'caseload'",
    'assumption',
    'assumption: a scenario choice; how far CRCs kept the establishment they inherited or staffed to their caseload was not published',
    'fixed: the CRC pays for its contract\'s staffFte every live month; caseload: its probation officers and PSOs together hold its mean caseload at casesPerCaseHoldingFte, in the contract\'s PO:PSO ratio, and management and support stay at staffFte.',
  ),
  [`${CRC}.costs.casesPerCaseHoldingFte`]: doc(
    'cases per case-holding FTE',
    'reference',
    `${WORKFORCE} caseload and quality: in CRCs most staff held > 40 cases (HMIP 2021)`,
    'Under caseload hiring, case-holding FTE = the CRC\'s mean caseload in the month / this value. Unused under fixed hiring. (It does not change supervision quality, which follows parameters.supervision.)',
  ),
  [`${CRC}.costs.variablePerCasePerYear`]: doc(
    '£ per case per year',
    'assumption',
    `assumption: ${NEVER_PUBLISHED}; costs that follow the caseload (travel, drug tests, materials)`,
    'The CRC\'s monthly \'crcVariable\' cost = its mean caseload × this value / 12.',
  ),
  [`${CRC}.costs.perIntervention.*`]: doc(
    '£ per intervention started',
    'assumption',
    `assumption: ${NEVER_PUBLISHED}; below the Fee for Use rate card (feeForUse)`,
    'The CRC\'s own cost of delivering one intervention of this kind: starts by its cases in the month × this value is its \'crcInterventions\' cost.',
  ),
  [`${CRC}.events[]`]: doc(
    'list of contract events',
    'reference',
    `${REF} Timeline › 2017-08: CRC contract variation; 2021-06-26: unified model (an empty list: the contracts run their course, as bid)`,
    'Dated changes to the contracts: at most one variation and one termination, each dated inside the contract, the variation first (moneyRules.ts).',
  ),
  [`${CRC}.events[].kind`]: doc(
    "'variation' | 'termination'",
    'reference',
    `${REF} Timeline › 2017-08: CRC contract variation (MoJ takes back fixed-cost and volume risk; NAO17); 2021-06-26: unified model (the contracts ended early)`,
    'variation: from its month the monthly instalment and the year-end reconciliation stop; the MoJ pays the CRC\'s estate and ICT and a price per weighted unit set so that a year at the forecast band\'s midpoint pays the discounted price again (PbR, service credits and undelivered-order deductions go on). termination: a month is live only if it begins before the termination date (as with contractEnd), and compensationPerCrc is paid on the date.',
  ),
  [`${CRC}.events[].date`]: doc(
    'date (YYYY-MM-DD)',
    'reference',
    `${REF} Timeline › 2017-08: CRC contract variation (dated the 1st); 2021-06-26: unified model (termination)`,
    'Day the event takes effect: a variation from the first day of its month, a termination on the day. Must be a real day inside [contractStart, contractEnd] (moneyRules.ts).',
  ),
  [`${CRC}.events[].compensationPerCrc`]: doc(
    '£ per CRC',
    'assumption',
    'assumption: the compensation paid on early termination was not published, so none is assumed (scenarios/built.ts)',
    'Paid once, on the termination date, to each CRC whose contract was still in force the day before (a CRC whose contract a unification had already ended gets nothing).',
  ),
};

// ---- one CRC's contract (money.crc.contracts.<CPA slug>) ---------------------------------------

const C = 'money.crc.contracts.*';
const BID_FORECAST = `${REF} Volumes and Series: the forecast bidders were given in 2013, not what the model delivers: published 2012/13 new cases a year (community sentences 2012-2013 mean 138,859, PQ HL4476, H; suspended sentences 41,075, PQ answered 12 Feb 2016, H; short-sentence releases 45,000, MoJ TR 2013, H; licence releases from 12 months-4 years 20,000 and 4 years+ 5,000, from ≈ 60-70k releases less ≈ 40k short ones, L) × volumeWeights × the planned CRC share 0.7 (Rules that are inputs › TR design split, MoJ 2013, M) = 173,204 weighted units nationally in contract year 1 (bidForecast.ts); ${SHARED_BY_CASELOAD}; the band runs a tenth either side of it (assumption: the band width was never published). Contract year k scales it by (1 + money.crc.forecastChangePerContractYear)^k`;

const contractDocs: Record<string, ParameterDoc> = {
  [`${C}.annualPrice`]: doc(
    '£ per year (first contract year)',
    'reference',
    `${PBR} contract size: maximum payments up to £3.7bn over 2014-2022 (NAO19): most of it Fee for Service, ≈ £400m a year nationally; ${SHARED_BY_CASELOAD}`,
    'The CRC\'s Fee for Service bid for a year\'s volume inside the forecast band. Paid as twelve monthly instalments in arrears (on the first day of the next month), times the learning-curve factor of the contract year; it also sets the variation\'s unit price and the foundation payment.',
  ),
  [`${C}.forecastBand.fromUnits`]: doc(
    'weighted units per contract year',
    'reference',
    BID_FORECAST,
    'Lower edge of the volume the Fee for Service covers in contract year 1: at the end of a contract year, units below that year\'s edge (this × (1 + forecastChangePerContractYear)^year, and × months/12 for a part year) are clawed back at the prices of the otherBands they fall in. Must be below toUnits and not overlap any other band (moneyRules.ts).',
  ),
  [`${C}.forecastBand.toUnits`]: doc(
    'weighted units per contract year',
    'reference',
    BID_FORECAST,
    'Upper edge of the volume the Fee for Service covers in contract year 1 (later years scaled as fromUnits): units above that year\'s edge are paid at the year end at the prices of the otherBands they fall in. With fromUnits it also sets the variation\'s unit price (midpoint of that year\'s band).',
  ),
  [`${C}.otherBands[].fromUnits`]: doc(
    'weighted units per contract year',
    'assumption',
    `assumption: ${NEVER_PUBLISHED}; one band below the forecast band down to 0 and one above it up to three times the forecast (moneyDefaults.ts)`,
    'Lower edge of a volume band outside the forecast band, in contract year 1 (later years scaled by the forecast\'s change, like the forecast band). Bands may touch but not overlap (moneyRules.ts); a unit in no band takes the nearest band\'s price.',
  ),
  [`${C}.otherBands[].toUnits`]: doc(
    'weighted units per contract year',
    'assumption',
    `assumption: ${NEVER_PUBLISHED}; see fromUnits`,
    'Upper edge of a volume band outside the forecast band; must be above its fromUnits.',
  ),
  [`${C}.otherBands[].pricePerUnit`]: doc(
    '£ per weighted unit',
    'assumption',
    `assumption: ${NEVER_PUBLISHED}; three quarters of the bid's average price per forecast unit (a marginal unit costs less than an average one), after ${PBR} Fee for Service: reconciled at year end only outside the range`,
    'Price of each unit of a year\'s volume in this band, times the learning-curve factor: paid for units above the forecast band, clawed back for units below it, marginally like tax brackets.',
  ),
  [`${C}.baseline.binaryRate`]: doc(
    'share of the cohort reoffending',
    'assumption',
    `assumption: the model's own measure (crcBaselines.ts, written by \`npm run baselines\`): the rate of the people TR gives the CRC, in the trusts scenario's 2012-2013 quarterly cohorts, standing for the CRC's 2011 baseline, which ${PBR} CRC 2011 baseline gives on the official measure (binary 47.5% nationally); paying against the official figure would pay for a difference of method`,
    'Target binary rate of a cohort with the baseline\'s case mix: target = this + (the cohort\'s mean predicted rate − baseline.predictedRate), clamped to [0, 1]. The binary measure pays on target − actual.',
  ),
  [`${C}.baseline.predictedRate`]: doc(
    'share (mean predicted rate)',
    'assumption',
    `assumption: the model's own measure for the same baseline cohort (crcBaselines.ts), standing for the OGRS case-mix adjustment of ${PBR} binary measure`,
    'Mean predicted reoffending rate of the baseline cohort: the reference for the case-mix adjustment of the binary target.',
  ),
  [`${C}.baseline.frequency`]: doc(
    'reoffences per reoffender',
    'assumption',
    `assumption: the model's own measure for the same baseline cohort (crcBaselines.ts), standing for ${PBR} CRC 2011 baseline (frequency 4.2 on the official measure)`,
    'Baseline reoffences per reoffender: a quarter\'s reoffences avoided = (this − its actual frequency) × its reoffenders. Not case-mix adjusted. At least 1 when binaryRate is above 0 (moneyRules.ts).',
  ),
  [`${C}.staffFte.probationOfficer`]: doc(
    'FTE',
    'reference',
    `${WORKFORCE} after the split: CRC 4,810 FTE (Dec 2014) (PQ), split between probation officers and PSOs by assumption; ${SHARED_BY_CASELOAD}`,
    'Probation officers the CRC pays for under fixed hiring; under caseload hiring only their share of the case-holding FTE matters (the PO:PSO ratio). A cost only: supervision capacity follows parameters.supervision.workforceFte.crc.',
  ),
  [`${C}.staffFte.probationServicesOfficer`]: doc(
    'FTE',
    'reference',
    `${WORKFORCE} after the split: CRC 4,810 FTE (Dec 2014) (PQ), split between probation officers and PSOs by assumption; ${SHARED_BY_CASELOAD}`,
    'Probation services officers the CRC pays for under fixed hiring; under caseload hiring only their share of the case-holding FTE matters. A cost only, like probationOfficer.',
  ),
  [`${C}.staffFte.managementAndSupport`]: doc(
    'FTE',
    'assumption',
    `assumption: management, administration and support staff were not counted in the published FTE; ${SHARED_BY_CASELOAD}`,
    'Management and support staff the CRC pays for every live month, under either hiring rule. A cost only.',
  ),
  [`${C}.estatePerYear`]: doc(
    '£ per year',
    'assumption',
    `assumption: ${NEVER_PUBLISHED}; a national estate cost ${SHARED_BY_CASELOAD}`,
    'A twelfth each live month is the CRC\'s \'crcEstate\' cost. After a variation the MoJ reimburses estate and ICT, which also lowers the variation\'s unit price.',
  ),
  [`${C}.ictPerYear`]: doc(
    '£ per year',
    'assumption',
    `assumption: ${NEVER_PUBLISHED}; a national ICT cost ${SHARED_BY_CASELOAD}`,
    'A twelfth each live month is the CRC\'s \'crcIct\' cost. After a variation the MoJ reimburses it with the estate.',
  ),
  [`${C}.subcontractsPerYear`]: doc(
    '£ per year',
    'assumption',
    `assumption: ${NEVER_PUBLISHED}; a national cost of the CRCs' supply chains ${SHARED_BY_CASELOAD}`,
    'A twelfth each live month is the CRC\'s \'crcSubcontracts\' cost; never reimbursed.',
  ),
};

/** Every documented money path, and the service delivery parameters. Merged into parameterDocs. */
export const moneyDocs: Record<string, ParameterDoc> = {
  ...serviceDeliveryDocs,
  ...pricingDocs,
  ...publicCostDocs,
  ...crcTermsDocs,
  ...contractDocs,
};
