// Writes docs/parameters.md: `npm run docs`. One table per stage of the pathway, every leaf of the
// scenario with its value in the as-happened scenario, unit, basis, source and meaning (from
// model/scenario/parameterDocs.ts and moneyDocs.ts), plus how the four built-in scenarios differ,
// and a Money section: price year and discounting, public cost, the CRC contract terms and one
// representative CRC's contract (the other 20 follow the same rule; a short table lists them).
// renderParametersDoc is pure so that a test can compare the committed file with what this would
// write now; running the file writes it.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { restoreScenario, type Scenario } from '../model/index';
import { docFor, leafPaths, normalizePath } from '../model/scenario/parameterDocLookup';
import { rangeFor } from '../model/scenario/parameterRanges';
import type { ParameterDoc } from '../model/scenario/parameterDoc';
import { BOUNDS, rangeText } from '../model/scenario/parameterBounds';
import { MIN_ENTRANTS_PER_YEAR } from '../model/scenario/runSizeRules';
import { formatBytes, MEMORY_CEILING_BYTES } from '../model/scenario/resourceEstimate';
import { MAX_NESTING_DEPTH } from '../model/scenario/jsonNesting';
import { builtInScenarios } from '../scenarios/index';
import { loadAllSeries } from '../scenarios/series';
import { seriesMarkdown } from '../scenarios/seriesDocs';
import type { Series } from '../formats/seriesCsv';

export const PARAMETERS_DOC_PATH = fileURLToPath(new URL('../docs/parameters.md', import.meta.url));
const SHOWN_SCENARIO = 'as-happened';
/** The CRC whose contract the Money section shows in full. */
const SHOWN_CRC = 'london';

interface Stage {
  title: string;
  /** Root of the stage's paths in the scenario. */
  root: string;
  about: string;
  /** Leave out paths under the root that another stage shows. */
  exclude?: readonly string[];
  /** Heading level: a stage of the pathway (2) or a part of the Money section (3). */
  level?: 2 | 3;
}

const STAGES: Stage[] = [
  {
    title: 'Population',
    root: 'parameters.population',
    about: 'New entrants and what they bring: offence group, latent propensity, prior convictions, criminogenic needs, RoSH tier and MAPPA flag (model/processes/population.ts).',
  },
  {
    title: 'Offending',
    root: 'parameters.offending',
    about: 'The proven-reoffending hazard, episodes of offences, the lag to court, and leaving the model (model/processes/offending.ts).',
  },
  {
    title: 'Court',
    root: 'parameters.court',
    about: 'Pre-sentence reports and the sentence: a multinomial logit over custody, suspended order, community order and other disposals; custodial terms by band (model/processes/court.ts, sentencing.ts).',
  },
  {
    title: 'Risk',
    root: 'parameters.risk',
    about: 'Risk of serious harm tiers, escalation while supervised, and the TR transfer of escalated CRC cases to the NPS (model/processes/population.ts, riskEscalation.ts).',
  },
  {
    title: 'Supervision',
    root: 'parameters.supervision',
    about: 'Workforce, caseload per practitioner, quality and the effect of supervision on reoffending (model/processes/supervision.ts).',
  },
  {
    title: 'Interventions',
    root: 'parameters.interventions',
    about: 'Programmes and services started with supervision: referral, completion, duration and effect (model/processes/interventions.ts).',
  },
  {
    title: 'Service delivery',
    root: 'parameters.serviceDelivery',
    about: 'How soon after sentence or release people are first seen and their sentence plan is done, and how many orders are not delivered as the court ordered, for every provider; the CRC contracts pay on them (money.crc.serviceLevels, money.crc.undeliveredOrderDeduction) (model/processes/serviceDelivery.ts).',
  },
  {
    title: 'Custody',
    root: 'parameters.custody',
    about: 'Release point and the part of the prison population the model does not simulate (model/processes/sentencing.ts, observe/weeklyRecorder.ts).',
  },
  {
    title: 'Resettlement',
    root: 'parameters.resettlement',
    about: 'Needs resolved at release: baseline, Through the Gate (TR) and pre-release reach-in (unified) (model/processes/resettlement.ts).',
  },
  {
    title: 'Breach and recall',
    root: 'parameters.breach',
    about: 'Breach of orders, licences and post-sentence supervision, enforcement, recall and committal (model/processes/breach.ts).',
  },
  {
    title: 'Timeline switches',
    root: 'timeline.initial',
    about: 'The policy switches in force when the run begins; the dated changes listed above overlay them (model/engine/timeline.ts). Values are the as-happened scenario\'s initial ones.',
  },
  {
    title: 'Simulation settings',
    root: 'simulation',
    about: 'Dates, scale and seed of a run (model/engine/simulation.ts).',
  },
];

const MONEY_STAGES: Stage[] = [
  {
    title: 'Price year and discounting',
    root: 'money',
    exclude: ['money.publicCost', 'money.crc'],
    about: 'The prices every amount is in, and the discount rate of the net present values (finance/publicCost.ts, computeMoney.ts).',
    level: 3,
  },
  {
    title: 'Public cost',
    root: 'money.publicCost',
    about: 'What the state spends on offender management, prison places and (unified model) commissioned services and grants, and what proven reoffending costs society, month by month under whichever operating model is in force (finance/publicCost.ts). Payments to the CRCs are the contract terms below.',
    level: 3,
  },
  {
    title: 'CRC contract terms',
    root: 'money.crc',
    exclude: ['money.crc.contracts'],
    about: 'Terms shared by the 21 CRC contracts: dates, volume weights, Fee for Service deductions, payment by results, service levels and credits, Fee for Use, the CRCs\' own costs, and contract events (finance/feeForService.ts, pbr.ts, serviceCredits.ts, feeForUse.ts, crcCosts.ts, contractMonths.ts).',
    level: 3,
  },
  {
    title: `One CRC's contract: \`${SHOWN_CRC}\``,
    root: `money.crc.contracts.${SHOWN_CRC}`,
    about: `Each CRC has its own contract under \`money.crc.contracts.<CPA slug>\`: price, volume bands, PbR baseline, staff and fixed costs. The ${SHOWN_CRC} contract is shown; the other 20 follow the same rule (national figures shared by the contract package area's caseload share, model/scenario/moneyDefaults.ts; the baselines are each CRC's own, model/scenario/crcBaselines.ts) and have the same documentation (\`money.crc.contracts.*\`). The table after this one lists every CRC's main terms.`,
    level: 3,
  },
];

const ALL_STAGES = [...STAGES, ...MONEY_STAGES];

/** The text of docs/parameters.md for the given raw built-in scenarios. */
export function renderParametersDoc(rawScenarios: Record<string, unknown> = builtInScenarios, series: readonly Series[] = loadAllSeries()): string {
  const scenarios = Object.fromEntries(
    Object.keys(rawScenarios)
      .sort()
      .map((name) => [name, restoreScenario(rawScenarios[name])]),
  );
  const shown = scenarios[SHOWN_SCENARIO];
  if (shown === undefined) throw new Error(`no built-in scenario named '${SHOWN_SCENARIO}'`);
  const sections = [
    header(shown),
    differences(scenarios),
    changesTable(shown),
    historySection(shown),
    ...STAGES.map((stage) => stageTable(shown, stage)),
    moneyIntro(),
    ...MONEY_STAGES.map((stage) => stageTable(shown, stage)),
    crcSummaryTable(shown),
    limitsSection(),
    seriesMarkdown(series),
  ];
  return sections.join('\n');
}

/** How the published series drive the built-ins: the rule of each, then every dated value with its span. */
function historySection(shown: Scenario): string {
  const num = (v: number) => (Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en-GB') : String(Number(v.toPrecision(4))));
  return [
    '## The real years: dated values from the published series',
    '',
    'Every built-in scenario runs on one history (`scenarios/history.ts`), so `trusts`, `tr`, `unified` and',
    '`as-happened` differ by their operating model alone. The numbers below change at dates (`timeline.values`,',
    'scenario format 4): yearly points on 1 July joined linearly; before the first point the value in `parameters`',
    'holds, which is the 2005 level, so the warm-up runs at 2005 levels. The series themselves, year by year with',
    'the basis and source of every value, are in "Input series" at the end of this page.',
    '',
    '- **Demand.** New entrants a year follow the index of people sentenced to a community order, a suspended',
    '  order or immediate custody, relative to its 2014-2019 mean, times the calibrated level (146,000). The disposal',
    '  intercepts move by the log of each disposal\'s share relative to 2014-2019, and the custody bands\' weights by',
    '  each band\'s share of custody relative to 2014-2019: in a multinomial logit that gives the published mix for',
    '  a homogeneous population, and keeps the model\'s own gradients (offence, priors, reports). An assumption:',
    '  first-time entrants move with sentencing volumes; the people already in the model respond through their',
    '  own reoffending, so the model\'s court volumes follow the series with a lag (docs/calibration.md shows how well).',
    '- **Reports.** The share of sentences with a pre-sentence report is reports over people sentenced to',
    '  community, suspended or custodial sentences, and the mix follows the published mix: yearly timeline changes',
    '  on 1 January (they are switches), listed after the policy changes. The unified counterfactual keeps its',
    '  own report target from 2012.',
    '- **Prisoners the model does not simulate**: remand plus indeterminate, as `custody.otherPopulation`.',
    '- **Staffing**: practitioner FTE by provider kind, each from its own series (trusts 2005-2014, CRCs',
    '  2014-2021, the NPS under TR 2014-2020, the unified NPS 2021-2023); after its last year a value holds.',
    '- **Not inputs**: the custody rate and the average custodial sentence length. The disposal and band counts',
    '  carry the same information, and driving both would count it twice.',
    '',
    `| number | join | points | first | last | source |`,
    '|---|---|---|---|---|---|',
    ...shown.timeline.values.map((v) => {
      const first = v.points[0];
      const last = v.points[v.points.length - 1];
      return `| \`${v.path.replace(/^parameters\./, '')}\` | ${v.join} | ${v.points.length} | ${num(first.value)} (${first.date}) | ${num(last.value)} (${last.date}) | ${v.source} |`;
    }),
    '',
  ].join('\n');
}

function header(shown: Scenario): string {
  const counts = { reference: 0, assumption: 0, calibrated: 0 };
  for (const stage of ALL_STAGES) for (const path of stagePaths(shown, stage)) counts[requireDoc(path).basis]++;
  return [
    '# Scenario parameters',
    '',
    '> Generated by `npm run docs` (scripts/docs-parameters.ts) from model/scenario/parameterDocs.ts, moneyDocs.ts',
    '> and the built-in scenarios. Do not edit by hand: change the documentation in parameterDocs.ts or moneyDocs.ts,',
    '> or the values in scenarios/parameters.ts, scenarios/timelines.ts, scenarios/built.ts and',
    '> model/scenario/moneyDefaults.ts (then `npm run scenarios`), and run `npm run docs`.',
    '> A test fails when this file is out of date.',
    '',
    'Every number a scenario carries, stage by stage along the pathway and then its money terms, with its value in the',
    `\`${SHOWN_SCENARIO}\` scenario, its unit, its basis and its source. The basis says how the value was set:`,
    '',
    '- **reference**: taken from a row of REFERENCE.md (quoted as section › row);',
    '- **assumption**: no published figure fits; the source gives the reason for the value;',
    '- **calibrated**: tuned so that the model reproduces a calibration target (docs/calibration.md);',
    '  the source names the target.',
    '',
    `Of the ${counts.reference + counts.assumption + counts.calibrated} values below, ${counts.reference} rest on a reference row, ` +
      `${counts.assumption} are assumptions and ${counts.calibrated} are calibrated.`,
    'The descriptions say what the engine does with each value (model/processes/*.ts); where a name',
    'suggests more than the code does, the description follows the code. Paths use `*` for any key',
    'and `[]` for any element of a list; a list parameter shows its values in order. The range column gives',
    'the values a scenario may hold (a number outside it is refused, naming the field); the reason for each',
    'maximum, and the limits on a run as a whole, are under "Ranges and limits" at the end.',
    '',
  ].join('\n');
}

// ---- how the scenarios differ ------------------------------------------------------------------

function differences(scenarios: Record<string, Scenario>): string {
  const names = Object.keys(scenarios);
  const switchPaths = leafPaths(scenarios[SHOWN_SCENARIO].timeline.initial, '');
  const rows: string[] = [];
  const same: string[] = [];
  for (const path of switchPaths) {
    const histories = names.map((name) => switchHistory(scenarios[name], path));
    if (histories.every((h) => h === histories[0])) same.push(`\`${path}\``);
    else rows.push(row([`\`${path}\``, ...histories]));
  }
  const otherDiffs = ['parameters', 'simulation'].flatMap((root) =>
    leafPaths(valueAt(scenarios[SHOWN_SCENARIO], root), root).filter((path) => {
      const values = names.map((name) => formatValues(valuesAt(scenarios[name], path)));
      return values.some((v) => v !== values[0]);
    }),
  );
  return [
    '## How the four built-in scenarios differ',
    '',
    otherDiffs.length === 0
      ? 'The four built-in scenarios share every parameter and simulation setting (scenarios/parameters.ts);'
      : `The built-in scenarios differ in these parameters or settings: ${otherDiffs.map((p) => `\`${p}\``).join(', ')}; otherwise they share scenarios/parameters.ts;`,
    'they differ in their timelines (scenarios/timelines.ts). Each switch below starts at the value shown',
    'and changes on the dates given. Switches not listed are the same throughout in all four',
    `(${same.length > 0 ? same.join(', ') : 'none'}).`,
    '',
    row(['switch', ...names.map((n) => `\`${n}\``)]),
    row(['---', ...names.map(() => '---')]),
    ...rows,
    moneyDifferences(scenarios),
    '',
  ].join('\n');
}

/** A switch's value over time: "initial; v from date; …" (only changes that set it). */
function switchHistory(scenario: Scenario, switchPath: string): string {
  const parts = [formatValue(valueAt(scenario.timeline.initial, switchPath))];
  const changes = [...scenario.timeline.changes].sort((a, b) => a.date.localeCompare(b.date));
  for (const change of changes) {
    const value = valueAt(change.set, switchPath);
    if (value !== undefined) parts.push(`${formatValue(value)} from ${change.date}`);
  }
  return parts.join('; ');
}

/** How the scenarios' money terms differ: the contract events, and anything else that does. */
function moneyDifferences(scenarios: Record<string, Scenario>): string {
  const names = Object.keys(scenarios);
  const paths = [...new Set(names.flatMap((name) => leafPaths(scenarios[name].money, 'money')))];
  const differing = paths.filter((path) => {
    if (path.startsWith('money.crc.events')) return false;
    const values = names.map((name) => formatValues(valuesAt(scenarios[name], path)));
    return values.some((v) => v !== values[0]);
  });
  const byEvents = new Map<string, string[]>();
  for (const name of names) {
    const text = eventsText(scenarios[name].money.crc.events);
    byEvents.set(text, [...(byEvents.get(text) ?? []), `\`${name}\``]);
  }
  const events = [...byEvents].map(([text, which]) => `${which.join(', ')}: ${text}`);
  return [
    '',
    differing.length === 0
      ? 'Their money terms are the same (model/scenario/moneyDefaults.ts) but for the CRC contract events (scenarios/built.ts):'
      : `Their money terms differ in ${differing.map((p) => `\`${p}\``).join(', ')}, and in the CRC contract events (scenarios/built.ts):`,
    `${events.join('; ')}.`,
  ].join('\n');
}

function eventsText(events: Scenario['money']['crc']['events']): string {
  if (events.length === 0) return 'none (the contracts run their course)';
  return events
    .map((event) => (event.kind === 'termination' ? `termination on ${event.date} (compensation £${event.compensationPerCrc} per CRC)` : `variation on ${event.date}`))
    .join(', ');
}

function changesTable(shown: Scenario): string {
  const rows = shown.timeline.changes.map((change) => {
    const sets = leafPaths(change.set, '').map((path) => `${path} = ${formatValue(valueAt(change.set, path))}`);
    return row([change.date, change.label, sets.join('; ')]);
  });
  return [
    `## Dated changes in \`${SHOWN_SCENARIO}\``,
    '',
    'Applied at the start of their day, in date order (`timeline.changes[]`; each switch means what it means under',
    '"Timeline switches" below). The four scenarios\' dated changes are summarised in the table above.',
    '',
    row(['date', 'change', 'sets']),
    row(['---', '---', '---']),
    ...rows,
    '',
  ].join('\n');
}

// ---- one table per stage -----------------------------------------------------------------------

function stagePaths(shown: Scenario, stage: Stage): string[] {
  const excluded = stage.exclude ?? [];
  return leafPaths(valueAt(shown, stage.root), stage.root).filter((path) => !excluded.some((root) => path === root || path.startsWith(`${root}.`)));
}

/** For a number with dated values: where its yearly values are, since the value shown is only its 2005 level. */
function datedNote(shown: Scenario, path: string): string {
  const entry = shown.timeline.values.find((v) => v.path === path);
  if (entry === undefined) return '';
  const last = entry.points[entry.points.length - 1];
  return ` (dated: ${entry.points.length} points to ${Number(last.value.toPrecision(6)).toLocaleString('en-GB')} on ${last.date}; see "The real years")`;
}

function stageTable(shown: Scenario, stage: Stage): string {
  const paths = stagePaths(shown, stage);
  return [
    `${'#'.repeat(stage.level ?? 2)} ${stage.title}`,
    '',
    stage.about,
    '',
    row(['parameter', 'value', 'unit', 'range', 'basis', 'source', 'description']),
    row(['---', '---', '---', '---', '---', '---', '---']),
    ...paths.map((path) => {
      const entry = requireDoc(path);
      const range = rangeFor(path);
      return row([
        `\`${path.slice(stage.root.length + 1)}\``,
        // A field only some list entries have (a termination's compensation) shows the entries that have it.
        formatValues(valuesAt(shown, path).filter((value) => value !== undefined)) + datedNote(shown, path),
        entry.unit,
        range === undefined ? '' : `${range.text} (${range.name})`,
        entry.basis,
        entry.source,
        entry.description,
      ]);
    }),
    '',
  ].join('\n');
}

function requireDoc(path: string): ParameterDoc {
  const entry = docFor(path);
  if (entry === undefined) throw new Error(`no documentation for '${path}': add it to model/scenario/parameterDocs.ts (money terms: moneyDocs.ts)`);
  return entry;
}

// ---- the Money section -------------------------------------------------------------------------

function moneyIntro(): string {
  return [
    '## Money',
    '',
    'The money terms (`money`, model/scenario/moneySchema.ts) are what finance/ turns a run into a ledger with: the',
    'public cost of each operating model, and the 21 CRCs\' Transforming Rehabilitation contracts (Fee for Service with',
    'volume bands, payment by results, service credits, Fee for Use, the CRCs\' own costs, and contract events such as',
    'the 2017 variation and early termination). Amounts are in pounds at `money.priceYear` prices. National figures come',
    'from REFERENCE.md where a row exists; each CRC\'s share of them follows its contract package area\'s caseload share,',
    'because per-CRC contract values were never published. The contracts pay on the service delivery parameters above.',
    `Values are the \`${SHOWN_SCENARIO}\` scenario's. Cross-field rules (contract dates in order, events inside the contract,`,
    'volume bands that do not overlap) are in model/scenario/moneyRules.ts.',
    '',
  ].join('\n');
}

/** Every CRC's main terms, one row each, so the rule behind the shown contract can be seen at work. */
function crcSummaryTable(shown: Scenario): string {
  const contracts = Object.entries(shown.money.crc.contracts);
  const fte = (c: (typeof contracts)[number][1]) => roundTo(c.staffFte.probationOfficer + c.staffFte.probationServicesOfficer + c.staffFte.managementAndSupport, 10);
  return [
    '### Every CRC\'s main terms',
    '',
    'Each contract package area\'s contract, by slug; the columns are documented under the contract shown above.',
    '',
    row(['CRC (CPA slug)', 'annualPrice', 'forecastBand', 'baseline binaryRate / predictedRate / frequency', 'staffFte (all grades)']),
    row(['---', '---', '---', '---', '---']),
    ...contracts.map(([slug, c]) =>
      row([
        `\`${slug}\``,
        String(c.annualPrice),
        `${c.forecastBand.fromUnits} to ${c.forecastBand.toUnits}`,
        `${c.baseline.binaryRate} / ${c.baseline.predictedRate} / ${c.baseline.frequency}`,
        String(fte(c)),
      ]),
    ),
    '',
  ].join('\n');
}

// ---- ranges and limits ------------------------------------------------------------------------

function limitsSection(): string {
  return [
    '## Ranges and limits',
    '',
    'Every number of a scenario is built from one of these kinds (model/scenario/parameterBounds.ts), which gives',
    'its minimum and its physical maximum. The maxima are wide on purpose: they refuse absurd and machine-breaking',
    'inputs (2,147,483,648 new entrants a year, a workforce of 1e308), not what-ifs. A number outside its range is',
    'refused when the scenario is opened or overridden, naming the field and the range.',
    '',
    row(['kind', 'range', 'why the maximum is there']),
    row(['---', '---', '---']),
    ...Object.entries(BOUNDS).map(([name, bound]) => row([`\`${name}\``, rangeText(bound), bound.why])),
    '',
    'Limits on a run as a whole (model/scenario/runSizeRules.ts, resourceEstimate.ts), checked with the other',
    'cross-field rules, so a file, `--set`, `--scale` and `--years` all meet them:',
    '',
    `- **The smallest useful scale.** A run must simulate at least ${MIN_ENTRANTS_PER_YEAR} new entrants a year`,
    '  (`parameters.population.newEntrantsPerYear × simulation.scale`): a year\'s entrants fill four quarterly',
    '  reoffending cohorts, and a cohort of about 25 people gives a binary rate with a standard error of about',
    '  ten points; fewer, and the rates are noise or undefined. Where the entrants are dated, the fewest of any',
    '  year count: the built-ins\' fewest are 108,866 (2023), so their smallest useful scale is 0.000919; the',
    '  message names the value for the scenario at hand.',
    `- **Memory.** A run's memory is predicted from the scenario before anything is allocated (people alive ≈`,
    '  entrants a year × scale × min(career + mean custodial term, simulated years), dated entrants at their highest',
    '  mean over that many years, their records and queued events,',
    '  and the cohort records of the reported years, with room for growing buffers), and a run predicted above',
    `  ${formatBytes(MEMORY_CEILING_BYTES)} is refused with the figure, the limit and the largest scale that fits. Each`,
    '  replication is checked again with the values it draws for uncertain inputs, and a run that outgrows the',
    '  ceiling all the same stops with the number of people alive. One run',
    '  lives in one worker and an experiment runs a worker per core: at 2 GiB a run, two workers fit an 8 GB',
    '  machine beside the app. The built-in scenarios at national scale are estimated at about 1.6 GiB over 12 years.',
    `- **File shape.** Scenario, experiment and story files may nest at most ${MAX_NESTING_DEPTH} levels deep (the deepest`,
    '  real one nests 6), checked before anything reads them recursively.',
    '',
  ].join('\n');
}

function roundTo(value: number, per: number): number {
  return Math.round(value * per) / per;
}

// ---- values ------------------------------------------------------------------------------------

/** The value at a dotted path without `[]` (undefined when absent). */
function valueAt(value: unknown, path: string): unknown {
  if (path === '') return value;
  let node: unknown = value;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Every value at a leaf path, fanning out over `[]` in list order. */
function valuesAt(value: unknown, path: string): unknown[] {
  const segments = normalizePath(path).split('.');
  let nodes: unknown[] = [value];
  for (const segment of segments) {
    const isList = segment.endsWith('[]');
    const key = isList ? segment.slice(0, -2) : segment;
    nodes = nodes.flatMap((node) => {
      const next = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
      return isList ? (Array.isArray(next) ? next : []) : [next];
    });
  }
  return nodes;
}

function formatValues(values: unknown[]): string {
  return values.map(formatValue).join(', ');
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return `\`${value}\``;
  if (value !== null && typeof value === 'object') {
    return leafPaths(value, '')
      .map((path) => `${path} ${formatValue(valueAt(value, path))}`)
      .join(', ');
  }
  return String(value);
}

function row(cells: string[]): string {
  return `| ${cells.map((cell) => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(PARAMETERS_DOC_PATH, renderParametersDoc());
  console.log('wrote docs/parameters.md');
}
