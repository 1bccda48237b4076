// The editor's groups: every field of a scenario placed in one stage of the pathway (entrants and
// offending, courts and reports, allocation, supervision, …, money), so that a policy analyst finds
// a parameter where it acts rather than where the file happens to keep it. Derived from the field's
// path by explicit rules; a test walks the built-in scenarios and checks that every leaf matches
// exactly one rule, so a new parameter without a home shows up as a failing test, not as a
// silent "Other" group.
import { joinPath, pathKeys } from './parameterLabels';

export type GroupId =
  | 'about'
  | 'simulation'
  | 'timeline'
  | 'entrants'
  | 'courts'
  | 'allocation'
  | 'supervision'
  | 'interventions'
  | 'custody'
  | 'breach'
  | 'escalation'
  | 'serviceDelivery'
  | 'moneyPublic'
  | 'moneyTerms'
  | 'moneyPbr'
  | 'moneyServiceLevels'
  | 'moneyCosts'
  | 'moneyContracts'
  | 'uncertainty'
  | 'other';

export interface ParameterGroup {
  id: GroupId;
  title: string;
  /** One sentence on what the group's numbers decide. */
  intro: string;
  /** Normalized path patterns (`*` any one key, `[]` any index) whose fields belong here. */
  rules: readonly string[];
  /** Large groups split into collapsible parts by the key after this prefix (the 21 CRCs). */
  splitAfter?: string;
  money?: boolean;
}

const GROUPS_OF = 'parameters.population.offenceGroups.*';

const PARAMETER_GROUPS: readonly ParameterGroup[] = [
  { id: 'about', title: 'About this scenario', intro: 'Its name and description, saved with it and shown in reports.', rules: ['format', 'schemaVersion', 'name', 'description'] },
  { id: 'simulation', title: 'Simulation settings', intro: 'How long, how large and from which seed the model runs.', rules: ['simulation.*'] },
  { id: 'timeline', title: 'Timeline: policy switches and dated changes', intro: 'The operating model and policies in force at the start, and the dates they change.', rules: ['timeline.initial.*', 'timeline.initial.psrMix.*', 'timeline.changes', 'timeline.values'] },
  {
    id: 'entrants',
    title: 'Entrants and offending',
    intro: 'Who comes into the system, how often they offend, and how offending fades.',
    rules: ['parameters.population.newEntrantsPerYear', 'parameters.population.propensityShape', 'parameters.population.priorsPerUnitPropensity', `${GROUPS_OF}.share`, `${GROUPS_OF}.propensityMultiplier`, 'parameters.population.needs.*.*', 'parameters.offending.*'],
  },
  { id: 'courts', title: 'Courts and pre-sentence reports', intro: 'What sentence a court gives, and how reports and prior convictions move it.', rules: ['parameters.court.*', 'parameters.court.*.*', 'parameters.court.custodyBands.*.*', 'parameters.court.psrTarget.mix.*', `${GROUPS_OF}.custodyLogOdds`, `${GROUPS_OF}.longSentenceOddsRatio`] },
  { id: 'allocation', title: 'Allocation: risk of serious harm and MAPPA', intro: 'Which cases are high risk or MAPPA, and so go to the NPS under TR.', rules: ['parameters.risk.roshMix.*', `${GROUPS_OF}.highRoshShare`, `${GROUPS_OF}.mappaShare`] },
  { id: 'supervision', title: 'Supervision and workload', intro: 'Staff, caseloads, and how workload changes the quality and effect of supervision.', rules: ['parameters.supervision.*', 'parameters.supervision.workforceFte.*'] },
  { id: 'interventions', title: 'Interventions', intro: 'Programmes and services: who is referred, who completes, and their effect.', rules: ['parameters.interventions.*.*'] },
  { id: 'custody', title: 'Custody and resettlement', intro: 'Time served in prison, and the chance that needs are met at release.', rules: ['parameters.custody.*', 'parameters.resettlement.*'] },
  { id: 'breach', title: 'Breach and recall', intro: 'How often orders and licences are breached, and what courts and recalls do about it.', rules: ['parameters.breach.*'] },
  { id: 'escalation', title: 'Risk escalation', intro: 'How often a case becomes high risk, and how long its handover takes.', rules: ['parameters.risk.escalationPerYear', 'parameters.risk.handoverDelayDays'] },
  { id: 'serviceDelivery', title: 'Service delivery', intro: 'How quickly appointments and plans happen, and how many orders go undelivered.', rules: ['parameters.serviceDelivery.*'] },
  { id: 'moneyPublic', title: 'Money: public cost', intro: 'What the public pays for prison, probation, services and the harm of reoffending.', rules: ['money.priceYear', 'money.discountRatePerYear', 'money.publicCost.*', 'money.publicCost.*.*'], money: true },
  {
    id: 'moneyTerms',
    title: 'Money: CRC contract terms',
    intro: 'The contracts’ dates, volume weights, how the bid forecast changes over the contract years, Fee for Use and contract events.',
    rules: ['money.crc.contractStart', 'money.crc.contractEnd', 'money.crc.volumeWeights.*', 'money.crc.forecastChangePerContractYear', 'money.crc.learningCurveDiscountPerYear', 'money.crc.undeliveredOrderDeduction', 'money.crc.feeForUse.*', 'money.crc.events'],
    money: true,
  },
  { id: 'moneyPbr', title: 'Money: payment by results', intro: 'How the CRCs are paid for reducing reoffending.', rules: ['money.crc.pbr.*'], money: true },
  { id: 'moneyServiceLevels', title: 'Money: service levels and credits', intro: 'Targets for timely service and the credits a CRC pays when it misses them.', rules: ['money.crc.serviceLevels.*', 'money.crc.serviceLevels.*.*'], money: true },
  { id: 'moneyCosts', title: 'Money: CRC costs', intro: 'What running a CRC costs: salaries, on-costs, cases per FTE, interventions.', rules: ['money.crc.costs.*', 'money.crc.costs.*.*'], money: true },
  {
    id: 'moneyContracts',
    title: 'Money: the 21 CRC contracts',
    intro: 'Each CRC’s price, forecast volumes, reoffending baseline, staff and overheads.',
    rules: ['money.crc.contracts.*.*', 'money.crc.contracts.*.*.*', 'money.crc.contracts.*.otherBands'],
    splitAfter: 'money.crc.contracts',
    money: true,
  },
  { id: 'uncertainty', title: 'Uncertain inputs', intro: 'Numbers drawn from a distribution in each replication instead of a single value.', rules: ['uncertainty'] },
];

const OTHER_GROUP: ParameterGroup = { id: 'other', title: 'Other', intro: 'Fields no group claims (none in the built-in scenarios).', rules: [] };

/** One editable place: a single value, or a list edited as a table of rows. */
export interface EditorField {
  path: string;
  kind: 'value' | 'list';
}

/** `a.b[3].c` → `a.b[].c`. */
export function normalizedPath(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

function ruleRegex(rule: string): RegExp {
  const escaped = rule.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^.\\[\\]]+');
  return new RegExp(`^${escaped}$`);
}

const COMPILED = PARAMETER_GROUPS.map((group) => ({ group, patterns: group.rules.map(ruleRegex) }));

/** Every group whose rules claim the path (exactly one for a well-placed field). */
export function groupsClaiming(path: string): GroupId[] {
  const normal = normalizedPath(path);
  return COMPILED.filter(({ patterns }) => patterns.some((pattern) => pattern.test(normal))).map(({ group }) => group.id);
}

export function groupOf(path: string): GroupId {
  return groupsClaiming(path)[0] ?? 'other';
}

export function groupById(id: GroupId): ParameterGroup {
  return PARAMETER_GROUPS.find((group) => group.id === id) ?? OTHER_GROUP;
}

/**
 * The editable fields of a scenario, in document order: objects are walked into; a list is one
 * field (a table); anything else is one value.
 */
export function editorFields(scenario: unknown): EditorField[] {
  const fields: EditorField[] = [];
  const walk = (value: unknown, keys: (string | number)[]) => {
    if (Array.isArray(value)) {
      fields.push({ path: joinPath(keys), kind: 'list' });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, [...keys, key]);
    } else if (keys.length > 0) {
      fields.push({ path: joinPath(keys), kind: 'value' });
    }
  };
  walk(scenario, []);
  return fields;
}

export interface GroupedFields {
  group: ParameterGroup;
  fields: EditorField[];
}

/** The fields by group, in the groups' order; groups without fields are left out. */
export function groupFields(fields: readonly EditorField[]): GroupedFields[] {
  const byGroup = new Map<GroupId, EditorField[]>();
  for (const field of fields) {
    const id = groupOf(field.path);
    const list = byGroup.get(id) ?? [];
    list.push(field);
    byGroup.set(id, list);
  }
  return [...PARAMETER_GROUPS, OTHER_GROUP].filter((group) => byGroup.has(group.id)).map((group) => ({ group, fields: byGroup.get(group.id)! }));
}

/** For a split group: the part a field belongs to (the CRC slug), or '' when the group is not split. */
export function partOf(group: ParameterGroup, path: string): string {
  if (!group.splitAfter) return '';
  const prefix = pathKeys(group.splitAfter).length;
  const key = pathKeys(path)[prefix];
  return key === undefined ? '' : String(key);
}

/** Where a field sits inside its group, for sub-headings: its parent path (`parameters.population.offenceGroups.violence`). */
export function parentPath(path: string): string {
  return joinPath(pathKeys(path).slice(0, -1));
}
