// The documentation of every number a scenario carries: its unit, what the engine does with it,
// and where its value comes from (a row of REFERENCE.md, an assumption with its reason, or a
// calibration target). Invariants: every leaf path of a valid scenario's `parameters`,
// `timeline`, `simulation` and `money` resolves to an entry through docFor (a test walks the
// built-in scenarios); descriptions state what the code does, not what the name suggests; they
// never quote the current value (docs/parameters.md shows it beside the entry), so tuning a value
// does not make its documentation wrong. Keys are dotted paths; `*` stands for any one object key
// and `[]` for any array index (parameterDocLookup.ts finds a path's entry). It is one long file on
// purpose: a single table, one entry per parameter, read top to bottom in the order of the schema;
// the money terms and the service delivery parameters are the exception, documented in
// moneyDocs.ts and merged into parameterDocs below. The range of each number (its minimum, its
// physical maximum and the reason for it) is not repeated here: parameterRanges.ts reads it from the schema,
// which builds every number from parameterBounds.ts.
import { moneyDocs } from './moneyDocs';
import { doc, REF, type ParameterDoc } from './parameterDoc';

const CALIBRATION = '(see docs/calibration.md)';

// ---- simulation settings -----------------------------------------------------------------------

const simulationDocs: Record<string, ParameterDoc> = {
  'simulation.start': doc(
    'date (YYYY-MM-DD)',
    'assumption',
    'assumption: early enough to show two and a half years of the trusts before TR (2014-06-01) and to cover the calibration windows (2014 to 2019 cohorts and stocks)',
    'First day of the reported period. The warm-up runs before it; weekly series, flows and cohorts are recorded only from this day.',
  ),
  'simulation.years': doc(
    'years',
    'assumption',
    'assumption: to the end of 2023, long enough to reach past unification (2021-06-26) and for every payment-by-results cohort of the CRC contracts (to January 2022) to finish its 12-month follow-up and 6-month wait inside the run, so that all of its payments are counted',
    'Length of the reported window in whole years. Events after its last day are never scheduled.',
  ),
  'simulation.warmupYears': doc(
    'years',
    'assumption',
    'assumption: long enough for the caseload and the prison population to level off before the reported window (the model starts empty); only the licences of terms longer than the warm-up (a small share of custody) have not filled by then',
    'Years simulated before `simulation.start` to fill the stocks from an empty start. Timeline changes dated in the warm-up take effect; nothing is recorded.',
  ),
  'simulation.scale': doc(
    'fraction of the national population, (0, 1]',
    'assumption',
    'assumption: a tenth of England and Wales runs in a few seconds with noise small enough for the calibration tolerances',
    'Share of the national flows simulated: entrants and workforce are multiplied by it, and every reported count is divided by it (national equivalents). custody.otherPopulation is added unscaled. A scale that leaves fewer than 100 new entrants a year is refused, naming the smallest useful one, and so is a run predicted to need more than 2 GiB (see "Ranges and limits").',
  ),
  'simulation.seed': doc(
    'integer, 0 to 2^31-1',
    'assumption',
    'assumption: arbitrary (the date TR began); any seed gives an equally valid run',
    'Master seed. Each named random stream is seeded from (seed, replication, stream name), so the same seed gives the same run everywhere and two scenarios with the same seed share their noise.',
  ),
  'simulation.journeySampleSize': doc(
    'people',
    'assumption',
    'assumption: a few hundred journeys are enough to browse and cost little to record',
    'How many individual journeys to record: every k-th person entering during the reported window, k chosen so the sample fills over the run. Does not change the simulation.',
  ),
};

// ---- timeline switches -------------------------------------------------------------------------

const switchDocs: Record<string, ParameterDoc> = {
  'timeline.initial.operatingModel': doc(
    "'trusts' | 'tr' | 'unified'",
    'reference',
    `${REF} Timeline › 2010: 35 probation trusts; 2014-06-01: NPS and 21 CRCs; 2021-06-26: unified model, 12 regions`,
    'Operating model in force. Sets who manages a case (trusts: the local trust; tr: the NPS region for high/very high RoSH or MAPPA cases, otherwise the CRC of the area; unified: the NPS region), which workforce line counts, whether CRC breaches and recalls go to the NPS after a referral delay, whether escalated CRC cases transfer, and which resettlement applies. A change of model on a date moves every open case to its provider under the new model.',
  ),
  'timeline.initial.ora': doc(
    'on/off',
    'reference',
    `${REF} Rules that are inputs › ORA scope: custodial term > 1 day and < 24 months; post-sentence supervision tops supervision up to 12 months (ORA 2014); Timeline › 2015-02-01`,
    'Offender Rehabilitation Act. When on at the day of sentence, a custodial term under 24 months is supervised on release (licence to the sentence end, which for terms under 12 months is otherwise unsupervised) and post-sentence supervision runs to 12 months after release where the licence ends sooner. Decided at sentence: switching it does not change sentences already running. The age condition (18+ at release) is not modelled: everyone is an adult.',
  ),
  'timeline.initial.throughTheGate': doc(
    'on/off',
    'reference',
    `${REF} Timeline › 2015-05: Through the Gate starts (CRC works with prisoners in the last 12 weeks)`,
    'Through the Gate resettlement. Only acts while the operating model is tr, and only for prisoners whose pre-release case manager is a CRC: adds resettlement.throughTheGateNeedResolvedShare to the chance that an accommodation or employment need is resolved at release.',
  ),
  'timeline.initial.reachIn': doc(
    'on/off',
    'reference',
    `${REF} Rules that are inputs › pre-release handover (OMiC): community offender manager takes over ≈ 7.5 months before release for NPS cases (HMPPS, grade M)`,
    'Pre-release reach-in by the community offender manager. Only acts while the operating model is unified, and only for prisoners supervised on release (who have an NPS case manager): adds resettlement.reachInNeedResolvedShare to the chance that an accommodation or employment need is resolved at release.',
  ),
  'timeline.initial.reachInDays': doc(
    'days before release',
    'reference',
    `${REF} Rules that are inputs › pre-release handover (OMiC): ≈ 7.5 months before release ("our scenario parameter, not fixed")`,
    'Length of the reach-in period. In the code it only scales the reach-in effect by min(1, days served / reachInDays): someone who serves the whole window gets the full effect, a shorter stay a proportional part. It does not move caseload (a prisoner supervised on release is on the caseload from sentence) and a longer window never raises the effect',
  ),
  'timeline.initial.psrShare': doc(
    'share of sentencing hearings',
    'reference',
    `${REF} Volumes › pre-sentence reports: 211,494 (2010) → 103,004 (2019), against roughly 300k sentencing hearings a year (the denominator is an assumption, scenarios/timelines.ts); Rules that are inputs › unified PSR target: a report in 75% of sentences`,
    'Chance that a court hearing for someone not in prison has a pre-sentence report. A report of any kind adds court.psrCommunityLogOdds to the odds of a suspended or community order.',
  ),
  'timeline.initial.psrMix.oral': doc(
    'share of reports',
    'assumption',
    `assumption for the trusts era, following ${REF} Volumes › pre-sentence reports: "growing share oral"; the unified value is ${REF} Rules that are inputs › unified PSR target: 50% oral`,
    'Share of reports that are oral. Oral and short written reports have the same effect on sentencing in the code; only the standard share changes the sentence mix.',
  ),
  'timeline.initial.psrMix.shortWritten': doc(
    'share of reports',
    'assumption',
    `assumption for the trusts era; the unified value is ${REF} Rules that are inputs › unified PSR target: 40% short written`,
    'Share of reports that are short written (fast delivery) reports. Same effect on sentencing as an oral report.',
  ),
  'timeline.initial.psrMix.standard': doc(
    'share of reports',
    'assumption',
    `assumption for the trusts era; the unified value is ${REF} Rules that are inputs › unified PSR target: 10% standard`,
    'Share of reports that are standard (full written) reports, which add court.psrStandardExtraLogOdds on top of the report effect.',
  ),
  'timeline.initial.psrTarget': doc(
    'on or off',
    'reference',
    `${REF} Rules that are inputs › unified PSR target (PQ 2021); a policy lever of its own, on under any operating model`,
    'A pre-sentence-report target in force: while on, reports follow parameters.court.psrTarget (share and mix) and psrShare and psrMix are set aside. Apart from the operating model so that the two can be compared apart: the built-in unified scenario turns it on in its third timeline change, so `--set timeline.changes[2].set.psrTarget=false` gives the unified model with the reports as published.',
  ),
  'timeline.changes[]': doc(
    'list of dated changes',
    'reference',
    `${REF} Timeline (scenario dates)`,
    'Dated changes of the switches, applied in date order on their day (equal dates in list order; the list need not be in date order: the built-ins list their policy changes first, then the yearly report history); a change dated on or before the first warm-up day is folded into the initial switches.',
  ),
  'timeline.changes[].date': doc(
    'date (YYYY-MM-DD)',
    'reference',
    `${REF} Timeline (scenario dates): 2014-06-01 TR, 2015-02-01 ORA, 2015-05 Through the Gate, 2021-06-26 unification; the yearly report changes on 1 January follow the published series (scenarios/data: psr-volume and mix; docs/parameters.md, "The real years")`,
    'Day the change takes effect (at the start of that day, before its events).',
  ),
  'timeline.changes[].label': doc(
    'text',
    'reference',
    `${REF} Timeline (scenario dates)`,
    'What the change is, in words; shown in charts and reports, no effect on the run.',
  ),
  'timeline.changes[].set': doc(
    'switches',
    'reference',
    `${REF} Timeline (scenario dates)`,
    'The switches the change sets; each has the meaning of the timeline.initial switch of the same name.',
  ),
  'timeline.changes[].history': doc(
    'true or absent',
    'reference',
    `${REF} Series (the real years as inputs)`,
    'Marks a change of the published history (the yearly pre-sentence reports), not a policy decision: the trainer\'s timeline leaves it out. No effect on the run.',
  ),
  'timeline.values[]': doc(
    'list of dated numbers',
    'reference',
    `${REF} Series (the real years as inputs); the built-ins' values come from scenarios/data/*.csv by scenarios/history.ts (docs/parameters.md, "The real years")`,
    'Numbers of parameters that change at dates (scenario format 4). Before an entry\'s first point the value in parameters holds; after its last, the last point\'s value. A new value acts on what is decided from its date on: a waiting time or a sentence already drawn keeps the value it was drawn with. Rules: datedValueRules.ts.',
  ),
  'timeline.values[].path': doc(
    'path of a number of parameters',
    'reference',
    `${REF} Series (the real years as inputs)`,
    'The number the entry dates, written as for --set (parameters.population.newEntrantsPerYear). One entry a number, and not also an uncertain input.',
  ),
  'timeline.values[].join': doc(
    'step or linear',
    'reference',
    `${REF} Series (the real years as inputs): yearly values, joined linearly between mid-year points`,
    'step: each point\'s value holds from its date to the next point. linear: straight lines between points, re-read by the engine at each point\'s date and on the first of every month between (a whole number cannot be joined linearly).',
  ),
  'timeline.values[].points[].date': doc(
    'date (YYYY-MM-DD)',
    'reference',
    `${REF} Series (the real years as inputs): the built-ins put each year's value on 1 July, mid-year`,
    'Day the point\'s value applies; dates strictly in order (two values on one date are a contradiction, refused).',
  ),
  'timeline.values[].points[].value': doc(
    'the unit of the number at path',
    'reference',
    `${REF} Series (the real years as inputs); each built-in value's source is its series' row in scenarios/data`,
    'The value on that date, in the range of the number it dates; checked with every other dated value in force on that date against the rules across fields (shares summing to one, min ≤ max).',
  ),
  'timeline.values[].source': doc(
    'text',
    'reference',
    `${REF} Series (the real years as inputs)`,
    'Where the values come from (a data file, a table, "assumption: …"); shown in the editor and the report, no effect on the run.',
  ),
};

// ---- population --------------------------------------------------------------------------------

const GROUPS = 'parameters.population.offenceGroups';

const populationDocs: Record<string, ParameterDoc> = {
  'parameters.population.newEntrantsPerYear': doc(
    'people per year (national)',
    'calibrated',
    `calibrated: tuned so that the probation caseload and prison population match ${REF} Volumes (caseload ≈ 217k end 2014, ≈ 240-260k 2015-2019; prison ≈ 85.5k 2014, 82.7k 2019; OMSQ), as its level at the 2014-2019 mean of the sentencing index (146,000); the built-ins set it year by year from the published series (timeline.values, scenarios/history.ts), and the value here is the 2005 level their warm-up runs at ${CALIBRATION}`,
    'Rate of the Poisson arrival of people new to the model, each with a first proven offence (dealt with out of court with offending.outOfCourtShare, otherwise at court). There is no re-entry: offending by people who have left the model is represented by new entrants.',
  ),
  'parameters.population.propensityShape': doc(
    'gamma shape (dimensionless)',
    'calibrated',
    `calibrated: tuned so that, with offending.extraOffencesPerEpisode, reoffences per reoffender match ${REF} Reoffending › adults, reoffences per reoffender ≈ 4.0 (PRS 2018): a very dispersed propensity means a few prolific people commit most proven offences ${CALIBRATION}`,
    'Shape of the gamma distribution of the latent reoffending propensity (mean 1, variance 1/shape), drawn once at entry and multiplied by the offence group\'s propensityMultiplier. Smaller values mean a more skewed population: a few very prolific people and many who rarely reoffend. It also drives prior convictions and the breach rate.',
  ),
  'parameters.population.priorsPerUnitPropensity': doc(
    'prior convictions per unit of propensity',
    'assumption',
    `assumption: prior convictions rising with propensity, so that the previous-offences gradient of ${REF} Reoffending › previous offences gradient (none ≈ 10%, 11+ ≈ 47%, annual method) emerges; not a calibration target`,
    'Mean of the Poisson number of prior convictions of a new entrant, per unit of propensity (capped at a mean of 200). Priors then grow by every proven offence; they raise the odds of custody and lower those of a long term.',
  ),
  [`${GROUPS}.*.share`]: doc(
    'share of new entrants',
    'assumption',
    'assumption: approximate offence mix of people sentenced for indictable offences; not in REFERENCE.md (to check against CJS)',
    'Share of new entrants whose index offence is in this group (the groups sum to 1). A person keeps the group for life.',
  ),
  [`${GROUPS}.*.propensityMultiplier`]: doc(
    'multiplier on propensity',
    'assumption',
    'assumption: acquisitive offenders reoffend most, sexual offenders least (the pattern of PRS by index offence); set by judgement, checked only through the overall calibration targets',
    'Multiplies the gamma-distributed propensity of a person in this group, and so their reoffending hazard, prior convictions and breach rate.',
  ),
  [`${GROUPS}.*.custodyLogOdds`]: doc(
    'log-odds',
    'assumption',
    'assumption: more serious groups more likely to get custody; set by judgement so that the sentence mix and prison population come out right with court.disposalLogOdds',
    'Added to the log-odds of custody in the court\'s multinomial logit for a person of this group.',
  ),
  [`${GROUPS}.*.highRoshShare`]: doc(
    'share of new entrants in the group',
    'calibrated',
    'calibrated: tuned so that the NPS share of the TR caseload met the 2013 design split (≈ 30%), a target until REFERENCE.md ruled the split out as one; the share is now reported, not targeted, and these values await a published RoSH mix (see docs/calibration.md); violent and sexual offenders are more often high risk of serious harm',
    'Chance that a new entrant in this group is assessed high or very high risk of serious harm (split between the two by parameters.risk.roshMix). This, not roshMix, sets how many cases start high RoSH.',
  ),
  [`${GROUPS}.*.longSentenceOddsRatio`]: doc(
    'odds ratio',
    'assumption',
    'assumption: serious groups (violence, sexual) get longer terms, acquisitive and other offences shorter ones; set by judgement',
    'Multiplies the weights of the 12 months-4 years and 4 years+ custody bands against the under-12-months band when a person of this group is sent to custody.',
  ),
  [`${GROUPS}.*.mappaShare`]: doc(
    'share of entrants in the group',
    'assumption',
    'assumption: MAPPA management concentrated among violent offenders with long sentences (category 2); set by judgement',
    'Chance that a new entrant in this group is MAPPA-managed. MAPPA cases go to the NPS under TR whatever their RoSH tier.',
  ),
  [`${GROUPS}.sexual.mappaShare`]: doc(
    'share of entrants in the group',
    'reference',
    'REFERENCE.md › Rules that are inputs › allocation under TR: MAPPA-eligible cases go to the NPS (registered sexual offenders are MAPPA category 1)',
    'Chance that a new entrant convicted of a sexual offence is MAPPA-managed: all of them, as registered sexual offenders.',
  ),
  'parameters.population.needs.*.prevalence': doc(
    'share of new entrants',
    'assumption',
    'assumption: rough prevalence of each criminogenic need among people on probation (OASys needs analyses); not in REFERENCE.md',
    'Chance that a new entrant has this need, drawn independently for each need. Needs never arise later; they are resolved by completing a matching intervention, or (accommodation and employment only) by resettlement at release.',
  ),
  'parameters.population.needs.*.hazardMultiplier': doc(
    'multiplier on the reoffending hazard (≥ 1)',
    'assumption',
    'assumption: unresolved needs raise reoffending modestly, accommodation and substance misuse most; set by judgement',
    'Multiplies the reoffending hazard while the need is unresolved. Must be at least 1: the offending clock is drawn with the needs in force and assumes that resolving a need can only lower the hazard (thinning).',
  ),
};

// ---- offending ---------------------------------------------------------------------------------

const offendingDocs: Record<string, ParameterDoc> = {
  'parameters.offending.baseReoffencesPerYear': doc(
    'proven offence episodes per year at propensity 1',
    'calibrated',
    `calibrated: tuned so that the binary reoffending rate matches ${REF} Reoffending › adults released from custody or starting court orders: 35.7% (Oct-Dec 2018) ${CALIBRATION}`,
    'Base rate of the reoffending hazard: episodes (one or more proven offences) per year for a person of propensity 1 with no needs, at liberty, before the time-since-start multipliers. A person\'s rate is this × the step multiplier × propensity × needs × completed interventions × supervision.',
  ),
  'parameters.offending.hazardByMonthsSinceStart[].fromMonth': doc(
    'months since the anchor',
    'calibrated',
    `calibrated: tuned so that the time to reoffence matches ${REF} Reoffending › time to reoffence (CRC cohorts): 33% by month 8, 39% by 11, 42% by 14, of ≈ 45% ${CALIBRATION}`,
    'Start of a step of the piecewise-constant hazard, in months since the anchor (the start of an order, a release from custody or recall, or a conviction with no sentence to serve). The first step starts at 0 and steps rise strictly.',
  ),
  'parameters.offending.hazardByMonthsSinceStart[].multiplier': doc(
    'multiplier on the base rate',
    'calibrated',
    `calibrated: tuned so that the time to reoffence matches ${REF} Reoffending › time to reoffence (CRC cohorts): 33% by month 8, 39% by 11, 42% by 14, of ≈ 45% ${CALIBRATION}`,
    'Multiplier of the base rate from this step\'s month on: high just after the anchor, falling after. The last step runs for ever.',
  ),
  'parameters.offending.extraOffencesPerEpisode': doc(
    'offences (Poisson mean)',
    'calibrated',
    `calibrated: tuned so that reoffences per reoffender match ${REF} Reoffending › adults, reoffences per reoffender ≈ 4.0 (PRS 2018) ${CALIBRATION}`,
    'Mean of the Poisson number of further proven offences in one episode (an episode has 1 + Poisson of them), for new entrants and reoffences alike. They go to court together and count as that many reoffences in the cohorts.',
  ),
  'parameters.offending.convictionLagDaysMean': doc(
    'days',
    'assumption',
    'assumption: about three months from offence to conviction for most cases, inside the 6-month wait of the official measure; not in REFERENCE.md',
    'Mean delay from offence to the court hearing (gamma with shape 2). Offences dealt with out of court are proven after a quarter of it. Offences committed while a hearing is pending join that hearing.',
  ),
  'parameters.offending.outOfCourtShare': doc(
    'share of offence episodes',
    'assumption',
    'assumption: cautions and other out-of-court disposals are a minority of proven offences for this population; not in REFERENCE.md',
    'Chance that an episode (including a new entrant\'s first) is dealt with out of court: it counts as proven and adds to prior convictions, the offending clock restarts, and there is no hearing or sentence.',
  ),
  'parameters.offending.desistanceMonths': doc(
    'months',
    'calibrated',
    `calibrated: tuned so that, with careerYearsMean, the stocks reach a steady state within the warm-up and the caseload matches ${REF} Volumes › probation caseload ≈ 217k end 2014, ≈ 240-260k 2015-2019 ${CALIBRATION}; longer than the 12-month follow-up so that cohort measurement is not cut short`,
    'A person at liberty leaves the model this long after their anchor (last sentence start, release or conviction) if no offence has reset it, or at the end of their career if sooner. Counted from the anchor, not from the end of supervision: someone whose licence outlasts it leaves the day after the licence ends.',
  ),
  'parameters.offending.careerYearsMean': doc(
    'years',
    'calibrated',
    `calibrated: tuned so that, with desistanceMonths, the stocks reach a steady state within the warm-up and the caseload matches ${REF} Volumes › probation caseload ≈ 217k end 2014, ≈ 240-260k 2015-2019 ${CALIBRATION}`,
    'Mean of the exponential length of a person\'s offending career from entry. No offence is committed after it, and a person at liberty leaves the model when it ends.',
  ),
};

// ---- court -------------------------------------------------------------------------------------

const COURT = 'parameters.court';

const courtDocs: Record<string, ParameterDoc> = {
  [`${COURT}.disposalLogOdds.custody`]: doc(
    'log-odds',
    'calibrated',
    `calibrated: tuned so that the prison population matches ${REF} Volumes › prison population ≈ 85.5k (2014), 82.7k (2019) (OMSQ) with custody.otherPopulation ${CALIBRATION}; checked against custody rate 24-32% (CJS)`,
    'Base log-odds of custody in the multinomial logit over custody, suspended order, community order and other disposals (for a person not in prison). Offence group and prior convictions (capped at 30) are added.',
  ),
  [`${COURT}.disposalLogOdds.suspended`]: doc(
    'log-odds',
    'calibrated',
    `calibrated: tuned so that the sentencing mix (with the other disposal log-odds) meets the caseload and prison-population targets ${CALIBRATION}; suspended orders then come near ${REF} Volumes › suspended sentence orders ≈ 40-50k a year (CJS, grade L)`,
    'Base log-odds of a suspended sentence order; a pre-sentence report adds court.psrCommunityLogOdds.',
  ),
  [`${COURT}.disposalLogOdds.community`]: doc(
    'log-odds',
    'calibrated',
    `calibrated: tuned so that the sentencing mix (with the other disposal log-odds) meets the caseload targets, ${REF} Volumes › probation caseload ≈ 217k end 2014, ≈ 240-260k 2015-2019 (OMSQ) ${CALIBRATION}; community orders are the commonest probation sentence`,
    'Base log-odds of a community order; a pre-sentence report adds court.psrCommunityLogOdds.',
  ),
  [`${COURT}.disposalLogOdds.other`]: doc(
    'log-odds',
    'calibrated',
    `calibrated: tuned so that the sentencing mix (with the other disposal log-odds) meets the caseload and prison-population targets ${CALIBRATION}; fines and discharges are a large share of disposals`,
    'Base log-odds of another disposal (fine, discharge): no probation involvement; the offending clock restarts at the hearing.',
  ),
  [`${COURT}.priorsCustodyLogOddsPerPrior`]: doc(
    'log-odds per prior conviction',
    'calibrated',
    `calibrated: tuned so that, with priorsLongSentenceLogOddsPerPrior, reoffending by disposal matches ${REF} Reoffending › custody < 12 months 61-64% and custody ≥ 12 months ≈ 28%: persistent offenders get short custody ${CALIBRATION}`,
    'Added to the log-odds of custody for each prior conviction, counting at most 30.',
  ),
  [`${COURT}.priorsLongSentenceLogOddsPerPrior`]: doc(
    'log-odds per prior conviction',
    'calibrated',
    `calibrated: tuned so that, with priorsCustodyLogOddsPerPrior, reoffending by disposal matches ${REF} Reoffending › custody < 12 months 61-64% and custody ≥ 12 months ≈ 28%: many priors mean repeated short terms ${CALIBRATION}`,
    'Added (usually negative) to the log-odds of a term of 12 months or more, for each prior conviction, counting at most 30.',
  ),
  [`${COURT}.psrCommunityLogOdds`]: doc(
    'log-odds',
    'assumption',
    `assumption for the size; the direction is ${REF} Volumes › PSR and sentencing: a case with a PSR is far more likely to receive a community sentence (CJI 2018, direction only)`,
    'Added to the log-odds of both a suspended and a community order when the hearing has a pre-sentence report of any kind.',
  ),
  [`${COURT}.psrStandardExtraLogOdds`]: doc(
    'log-odds',
    'assumption',
    'assumption: a full report weighs more with the court than an oral one; not in REFERENCE.md',
    'Added on top of psrCommunityLogOdds (to suspended and community orders) when the report is a standard one.',
  ),
  [`${COURT}.custodyBands.*.share`]: doc(
    'relative weight',
    'calibrated',
    `calibrated: tuned so that, with the band lengths, the prison population matches ${REF} Volumes › prison population ≈ 85.5k (2014), 82.7k (2019) (OMSQ) ${CALIBRATION}; checked loosely against starts of short sentences ≈ 58% of sentenced receptions (CJJI 2016)`,
    'Baseline weight of the band when custody is drawn (the bands sum to 1); the 12-months-plus bands are then multiplied by the offence group\'s longSentenceOddsRatio and the priors effect.',
  ),
  [`${COURT}.custodyBands.under12m.minMonths`]: doc(
    'months',
    'assumption',
    'assumption: the shortest terms are around two weeks',
    'Shortest term in the band; terms are drawn log-uniformly between minMonths and maxMonths, so short terms are commoner.',
  ),
  [`${COURT}.custodyBands.under12m.maxMonths`]: doc(
    'months',
    'reference',
    `${REF} Reoffending › custody < 12 months (the PRS band); ${REF} Rules that are inputs › licence only for terms of 12 months or more before ORA`,
    'Longest term in the band (log-uniform draw).',
  ),
  [`${COURT}.custodyBands.from12mTo4y.minMonths`]: doc(
    'months',
    'reference',
    `${REF} Reoffending › custody ≥ 12 months: 12 months-4 years (the PRS band)`,
    'Shortest term in the band (log-uniform draw).',
  ),
  [`${COURT}.custodyBands.from12mTo4y.maxMonths`]: doc(
    'months',
    'reference',
    `${REF} Reoffending › custody ≥ 12 months: 12 months-4 years (the PRS band)`,
    'Longest term in the band (log-uniform draw).',
  ),
  [`${COURT}.custodyBands.over4y.minMonths`]: doc(
    'months',
    'reference',
    `${REF} Reoffending › custody ≥ 12 months: 4 years+ (the PRS band)`,
    'Shortest term in the band (log-uniform draw).',
  ),
  [`${COURT}.custodyBands.over4y.maxMonths`]: doc(
    'months',
    'assumption',
    'assumption: determinate terms above 12 years are rare; life and indeterminate sentences are not modelled (they are in custody.otherPopulation)',
    'Longest determinate term (log-uniform draw).',
  ),
  [`${COURT}.communityOrderMonths.min`]: doc(
    'months',
    'assumption',
    'assumption: typical community orders last 6 to 18 months (the legal maximum is 3 years)',
    'Shortest community order; lengths are drawn uniformly between min and max.',
  ),
  [`${COURT}.communityOrderMonths.max`]: doc(
    'months',
    'assumption',
    'assumption: typical community orders last 6 to 18 months (the legal maximum is 3 years)',
    'Longest community order (uniform draw).',
  ),
  [`${COURT}.suspendedOrderMonths.min`]: doc(
    'months',
    'assumption',
    'assumption: typical operational periods of 1 to 2 years (the legal range is 6 months to 2 years)',
    'Shortest supervision (operational) period of a suspended sentence order (uniform draw). The suspended custodial term itself is drawn separately, log-uniformly from 14 days to 2 years (fixed in the code).',
  ),
  [`${COURT}.suspendedOrderMonths.max`]: doc(
    'months',
    'assumption',
    'assumption: typical operational periods of 1 to 2 years (the legal range is 6 months to 2 years)',
    'Longest operational period of a suspended sentence order (uniform draw).',
  ),
  [`${COURT}.psrTarget.share`]: doc(
    'share of sentencing hearings',
    'reference',
    `${REF} Rules that are inputs › unified PSR target: a report in 75% of sentences (PQ 2021)`,
    'While the timeline switch psrTarget is on, the chance that a court hearing for someone not in prison has a pre-sentence report, in place of the switch psrShare (the published volumes).',
  ),
  [`${COURT}.psrTarget.mix.oral`]: doc(
    'share of reports',
    'reference',
    `${REF} Rules that are inputs › unified PSR target: 50% oral`,
    'While psrTarget is on, the share of reports that are oral, in place of psrMix.oral.',
  ),
  [`${COURT}.psrTarget.mix.shortWritten`]: doc(
    'share of reports',
    'reference',
    `${REF} Rules that are inputs › unified PSR target: 40% short written`,
    'While psrTarget is on, the share of reports that are short written, in place of psrMix.shortWritten.',
  ),
  [`${COURT}.psrTarget.mix.standard`]: doc(
    'share of reports',
    'reference',
    `${REF} Rules that are inputs › unified PSR target: 10% standard`,
    'While psrTarget is on, the share of reports that are standard, in place of psrMix.standard.',
  ),
};

// ---- risk --------------------------------------------------------------------------------------

const roshSource = `${REF} Volumes › RoSH mix of caseload: low ≈ 25-30%, medium ≈ 50-55%, high ≈ 15-20%, very high ≈ 1-2% (estimate, grade L)`;
const roshUse =
  'Only ratios within a tier pair are used: the offence group\'s highRoshShare decides high-or-above, then';

const riskDocs: Record<string, ParameterDoc> = {
  'parameters.risk.roshMix.low': doc(
    'share of cases',
    'reference',
    roshSource,
    `${roshUse} low against medium is split as low : medium. The realised caseload mix also reflects escalation and who stays longest.`,
  ),
  'parameters.risk.roshMix.medium': doc(
    'share of cases',
    'reference',
    roshSource,
    `${roshUse} a person below high is medium with chance medium / (low + medium).`,
  ),
  'parameters.risk.roshMix.high': doc(
    'share of cases',
    'reference',
    roshSource,
    `${roshUse} high against very high is split as high : veryHigh. The sum high + veryHigh does not set how many cases are high RoSH.`,
  ),
  'parameters.risk.roshMix.veryHigh': doc(
    'share of cases',
    'reference',
    roshSource,
    `${roshUse} a high-or-above person is very high with chance veryHigh / (high + veryHigh).`,
  ),
  'parameters.risk.escalationPerYear': doc(
    'escalations per supervised person-year',
    'assumption',
    'assumption: a small share of low and medium cases rise a tier each year; not in REFERENCE.md',
    'Rate at which a supervised low- or medium-RoSH person rises one tier (low → medium → high). Very high is never reached by escalation and tiers never fall. Under TR a CRC case that reaches high transfers to the NPS after risk.handoverDelayDays.',
  ),
  'parameters.risk.handoverDelayDays': doc(
    'days',
    'assumption',
    `assumption: about three weeks for the CRC to refer and the NPS to accept; ${REF} Rules that are inputs › allocation under TR says only that escalation to high means transfer`,
    'Under TR, days from a CRC case becoming high RoSH to its transfer to the NPS (0 transfers at once).',
  ),
};

// ---- supervision -------------------------------------------------------------------------------

const SUP = 'parameters.supervision';

const supervisionDocs: Record<string, ParameterDoc> = {
  [`${SUP}.hazardMultiplierAtFullQuality`]: doc(
    'multiplier on the reoffending hazard (≤ 1)',
    'assumption',
    'assumption: a modest effect of supervision; no published estimate (matched comparisons give only the direction)',
    'Factor on the reoffending hazard of a supervised person (order, licence, post-sentence supervision) when their provider\'s quality is 1; at quality q the factor is 1 - (1 - this) × q. Must be at most 1 (thinning assumes supervision only lowers the hazard).',
  ),
  [`${SUP}.suspendedOrderHazardMultiplier`]: doc(
    'multiplier on the reoffending hazard (≤ 1)',
    'calibrated',
    `calibrated: tuned so that suspended sentence orders reoffend a few points below community orders, ${REF} Reoffending › suspended sentence order (PRS, grade L) and matched comparisons ${CALIBRATION}`,
    'Extra factor on the hazard of a person on a suspended sentence order (the deterrent of the suspended term), on top of the supervision factor. Must be at most 1.',
  ),
  [`${SUP}.capacityCasesPerFte`]: doc(
    'weighted cases per practitioner FTE',
    'assumption',
    `assumption: the low end of ${REF} Workforce and cost › caseload and quality: quality falls at ≥ 50 cases per practitioner; in CRCs most staff held > 40 cases (HMIP 2021)`,
    'Weighted caseload per FTE up to which a provider works at full quality (1). Above it quality is (capacity / caseload)^qualityElasticity, recomputed weekly per provider.',
  ),
  [`${SUP}.qualityElasticity`]: doc(
    'elasticity (dimensionless)',
    'assumption',
    'assumption: quality falls in proportion to overload (elasticity 1); no published estimate',
    'How steeply quality falls above capacity. Quality scales the supervision effect on the hazard and the chance of completing an intervention.',
  ),
  [`${SUP}.preReleaseCaseWeight`]: doc(
    'cases per pre-release case',
    'assumption',
    'assumption: a prisoner awaiting release takes a fraction of the work of a case in the community',
    'Weight of a case in custody or on recall (pre-release) in a provider\'s weighted caseload, for quality. Reported caseload counts every case as 1.',
  ),
  [`${SUP}.workforceFte.trusts`]: doc(
    'FTE (national)',
    'reference',
    `${REF} Workforce and cost › offender-management FTE, trusts: 9,580 (2011), 9,660 (2014) (PQ)`,
    'Practitioners while the trusts model is in force, shared among the 35 trusts by caseload footprint and multiplied by the scale.',
  ),
  [`${SUP}.workforceFte.crc`]: doc(
    'FTE (national)',
    'reference',
    `${REF} Workforce and cost › after the split: CRC 4,810 FTE (Dec 2014) (PQ)`,
    'Practitioners of all 21 CRCs together under TR, shared by caseload footprint and multiplied by the scale.',
  ),
  [`${SUP}.workforceFte.npsUnderTr`]: doc(
    'FTE (national)',
    'reference',
    `${REF} Workforce and cost › after the split: NPS 4,860 FTE (Dec 2015) (PQ)`,
    'NPS practitioners under TR (they also carry court work that the model does not load on them), shared among the 12 regions by footprint and multiplied by the scale.',
  ),
  [`${SUP}.workforceFte.npsUnified`]: doc(
    'FTE (national)',
    'reference',
    `${REF} Workforce and cost › NPS 2020: 3,550 FTE probation officers + 2,888 FTE probation services officers (JC21), plus the CRC practitioners who moved into the NPS at unification (after the split: CRC 4,810 FTE, Dec 2014, the latest published CRC figure)`,
    'NPS practitioners under the unified model (the NPS of 2020 and the CRC staff who joined it in June 2021), shared among the 12 regions by footprint and multiplied by the scale. It also sets the probation staff cost of the unified model (money.publicCost.probationCostPerFte).',
  ),
};

// ---- interventions -----------------------------------------------------------------------------

const INT = 'parameters.interventions';

const interventionDocs: Record<string, ParameterDoc> = {
  [`${INT}.*.need`]: doc(
    "'none' | 'accommodation' | 'employment' | 'finance' | 'substance'",
    'reference',
    `${REF} Workforce and cost › unified model: commissioned-service lots (accommodation; finance, benefit and debt; education, training and employment; dependency and recovery)`,
    'The need the intervention addresses: only people with that need are referred, and completing it resolves the need. none: anyone supervised may be referred (accredited programmes, rehabilitation activity).',
  ),
  [`${INT}.*.referralShare`]: doc(
    'share of eligible supervision starts',
    'assumption',
    'assumption: no national referral rates are published; set by judgement',
    'Chance of referral, drawn at every start of supervision (a new order, a release, the start of post-sentence supervision, a re-release after recall) for each eligible person. A new draw replaces interventions still in progress. Referrals are counted as flow.interventions.started.',
  ),
  [`${INT}.*.completionShare`]: doc(
    'share of referrals at full quality',
    'assumption',
    'assumption: around half to two-thirds of referrals complete; set by judgement',
    'Chance that a referral completes, multiplied by the provider\'s supervision quality at the referral. Non-completers get no effect.',
  ),
  [`${INT}.*.durationDays`]: doc(
    'days',
    'assumption',
    'assumption: typical programme lengths (a few weeks for advice services, months for programmes and treatment)',
    'Days from referral to completion; the effect applies only from then, and only if supervision has not ended or moved to custody in between.',
  ),
  [`${INT}.*.hazardMultiplier`]: doc(
    'multiplier on the reoffending hazard (≤ 1)',
    'assumption',
    'assumption: small effects of the size reported for accredited programmes and treatment in meta-analyses; not in REFERENCE.md',
    'Factor applied for good to the person\'s reoffending hazard on completion; effects of repeated completions compound. Must be at most 1 (thinning assumes completions only lower the hazard).',
  ),
};

// ---- custody, resettlement, breach -------------------------------------------------------------

const custodyDocs: Record<string, ParameterDoc> = {
  'parameters.custody.releaseFraction': doc(
    'fraction of the custodial term',
    'reference',
    `${REF} Rules that are inputs › release point (standard determinate): halfway; licence to sentence end (CJA 2003)`,
    'Share of the term served before automatic release (rounded up to whole days). Early release schemes (HDC) and parole are not modelled.',
  ),
  'parameters.custody.otherPopulation': doc(
    'prisoners (national)',
    'calibrated',
    `calibrated: tuned so that prison.population matches ${REF} Volumes › prison population ≈ 85.5k (2014), 82.7k (2019) (OMSQ) ${CALIBRATION}; it stands for the remand, indeterminate, non-criminal and other prisoners the model does not simulate`,
    'Constant number added to the simulated sentenced and recalled prisoners to give prison.population. Not scaled and not affected by any switch.',
  ),
};

const RES = 'parameters.resettlement';

const resettlementDocs: Record<string, ParameterDoc> = {
  [`${RES}.baselineNeedResolvedShare`]: doc(
    'chance per need',
    'assumption',
    'assumption: prison resettlement services resolved a modest share of needs for longer sentences and little for short ones before TR; not in REFERENCE.md',
    'Chance, at release from a term of 12 months or more under any model, that an accommodation or employment need is resolved (each need drawn separately). Through the Gate and reach-in add to it; the total is capped at 1.',
  ),
  [`${RES}.throughTheGateNeedResolvedShare`]: doc(
    'chance per need',
    'assumption',
    `assumption: ${REF} Workforce and provider behaviour › Through the Gate (inspections of 2016-17) found little or no difference but measured no size, so in the built-in scenarios an uncertain input: triangular from 0 (mode 0.02) to 0.10, whose mean is the point value`,
    'Added chance of resolving an accommodation or employment need at release for CRC cases while TR and the throughTheGate switch are on, scaled by min(1, days served / throughTheGateWindowDays).',
  ),
  [`${RES}.reachInNeedResolvedShare`]: doc(
    'chance per need',
    'assumption',
    `assumption: ${REF} Workforce and provider behaviour › pre-release reach-in has no published outcome evidence, so in the built-in scenarios an uncertain input: uniform from no effect to 0.30 (twice the baseline resolution), whose mean is the point value`,
    'Added chance of resolving an accommodation or employment need at release for NPS cases while the unified model and the reachIn switch are on, scaled by min(1, days served / timeline reachInDays).',
  ),
  [`${RES}.throughTheGateWindowDays`]: doc(
    'days',
    'reference',
    `${REF} Timeline › 2015-05: Through the Gate starts (CRC works with prisoners in the last 12 weeks)`,
    'Length of the Through the Gate period. Only scales the effect by min(1, days served / window): a prisoner who serves less gets a proportional part; a longer window never raises the effect',
  ),
};

const BR = 'parameters.breach';

const breachDocs: Record<string, ParameterDoc> = {
  [`${BR}.communityBreachesPerYear`]: doc(
    'breaches per person-year at propensity 1',
    'assumption',
    'assumption: breach proceedings on a minority of orders; not in REFERENCE.md; checked through the caseload and prison targets',
    'Rate of breaches of a community or suspended order, multiplied by propensity^breachPropensityExponent. A breach after the order ends is not scheduled.',
  ),
  [`${BR}.licenceBreachesPerYear`]: doc(
    'breaches per person-year at propensity 1',
    'assumption',
    `assumption: set with licenceBreachRecallShare so that recalls come near ${REF} Volumes › recall population in prison: 5,260 (June 2014) ${CALIBRATION}`,
    'Rate of breaches of licence conditions, multiplied by propensity^breachPropensityExponent.',
  ),
  [`${BR}.pssBreachesPerYear`]: doc(
    'breaches per person-year at propensity 1',
    'assumption',
    'assumption: post-sentence supervision breached about as often as licences; not in REFERENCE.md',
    'Rate of breaches of post-sentence supervision, multiplied by propensity^breachPropensityExponent.',
  ),
  [`${BR}.breachPropensityExponent`]: doc(
    'exponent (dimensionless)',
    'assumption',
    'assumption: people who reoffend more also comply less, but less than proportionally',
    'The breach rate is multiplied by propensity raised to this power (0: the same for everyone; 1: proportional to propensity).',
  ),
  [`${BR}.communityBreachResentenceShare`]: doc(
    'share of breaches',
    'assumption',
    'assumption: about half of order breaches go back to court; not in REFERENCE.md',
    'Chance that a breach of a community or suspended order is taken back to court. Only its product with resentenceCustodyShare matters: a resentence that is not custody leaves the order running as a warning would.',
  ),
  [`${BR}.resentenceCustodyShare`]: doc(
    'share of resentences',
    'assumption',
    'assumption: a minority of breach resentences end in custody; not in REFERENCE.md',
    'Chance that a breach taken back to court ends in custody: a suspended order\'s suspended term is activated; a community order becomes a fresh custodial term drawn log-uniformly from 14 days to 12 months (fixed in the code).',
  ),
  [`${BR}.licenceBreachRecallShare`]: doc(
    'share of licence breaches',
    'calibrated',
    `calibrated: tuned so that, with standardRecallDaysMean, the recall population matches ${REF} Volumes › recall population in prison: 5,260 (June 2014) ${CALIBRATION}`,
    'Chance that a breach of licence leads to recall (otherwise a warning and the breach clock restarts).',
  ),
  [`${BR}.reoffenceRecallShare`]: doc(
    'share of proven reoffences on licence',
    'assumption',
    'assumption: about half of further offences on licence lead to recall; not in REFERENCE.md',
    'Chance that a proven reoffence committed on licence triggers recall, decided on the day of the offence (under TR for a CRC case, after the NPS referral delay).',
  ),
  [`${BR}.pssCommittalShare`]: doc(
    'share of PSS breaches',
    'assumption',
    'assumption: committal to custody is a rare response to breach of post-sentence supervision; not in REFERENCE.md',
    'Chance that a breach of post-sentence supervision leads to committal to custody.',
  ),
  [`${BR}.pssCommittalDays`]: doc(
    'days',
    'assumption',
    'assumption: the maximum committal for breach of post-sentence supervision under ORA 2014 (14 days); not a REFERENCE.md row',
    'Length of a committal for breach of post-sentence supervision. Held in the recall state (counted in the recall population), after which post-sentence supervision resumes.',
  ),
  [`${BR}.fixedTermShare`]: doc(
    'share of recalls',
    'assumption',
    `assumption: about half of recalls are fixed-term; the lengths are ${REF} Rules that are inputs › fixed-term recall: 14 days for sentences < 12 months, 28 days otherwise (fixed in the code)`,
    'Chance that a recall is fixed-term (14 or 28 days) rather than standard.',
  ),
  [`${BR}.standardRecallDaysMean`]: doc(
    'days',
    'calibrated',
    `calibrated: tuned so that, with licenceBreachRecallShare, the recall population matches ${REF} Volumes › recall population in prison: 5,260 (June 2014) ${CALIBRATION}`,
    'Mean of the exponential time in prison on a standard recall, cut at the sentence end.',
  ),
  [`${BR}.trReferralDelayDays`]: doc(
    'days',
    'assumption',
    `assumption: the CRC-to-NPS enforcement referral takes about ten days; ${REF} Rules that are inputs › allocation under TR gives the rule (NPS decides on enforcement), not the delay`,
    'Under TR, days between a CRC case\'s breach (or further offence on licence) and the NPS decision on it; 0 decides at once. Under the other models the decision is immediate.',
  ),
};

/** Every documented path. Wildcards: `*` one object key, `[]` any array index. */
export const parameterDocs: Record<string, ParameterDoc> = {
  ...simulationDocs,
  ...switchDocs,
  ...populationDocs,
  ...offendingDocs,
  ...courtDocs,
  ...riskDocs,
  ...supervisionDocs,
  ...interventionDocs,
  ...custodyDocs,
  ...resettlementDocs,
  ...breachDocs,
  ...moneyDocs,
};
