// The assumptions a scenario rests on, for the report: every value whose documentation calls its
// basis an assumption (rather than a published figure or a calibration), with the reason given as
// its source, grouped by where it acts in the pathway, and those that differ from the baseline
// picked out. One documented parameter can stand for many values (a figure per CRC, per offence
// group): those are one entry, with the range of their values, so the list stays readable.
// Pure: the documentation, grouping, labels and value wording are passed in.

export interface AssumptionDoc {
  unit: string;
  description: string;
  source: string;
  basis: string;
}

export interface AssumptionTools {
  docOf: (path: string) => AssumptionDoc | undefined;
  /** The heading a path sits under (a stage of the pathway). */
  groupOf: (path: string) => string;
  /** A path in words ("Supervision › capacity cases per FTE"). */
  labelOf: (path: string) => string;
  /** A value with its unit, in words. */
  valueOf: (value: unknown, unit: string) => string;
}

export interface AssumptionEntry {
  label: string;
  value: string;
  unit: string;
  description: string;
  source: string;
  /** How many values of the scenario this entry stands for. */
  count: number;
}

export interface AssumptionChange {
  label: string;
  value: string;
  baseline: string;
  source: string;
}

export interface AssumptionGroup {
  title: string;
  entries: AssumptionEntry[];
}

export interface Assumptions {
  groups: AssumptionGroup[];
  /** Assumed values that differ from the baseline, in document order. */
  changed: AssumptionChange[];
  /** Values documented as published figures or calibrated, for the report's count. */
  otherCount: number;
}

const SECTIONS = ['simulation', 'timeline', 'parameters', 'money', 'uncertainty'];

/** Every leaf of a value with its concrete path (`a.b[2].c`), in document order. */
export function leafEntries(value: unknown, prefix = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leafEntries(item, `${prefix}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leafEntries(child, prefix === '' ? key : `${prefix}.${key}`));
  }
  return prefix === '' ? [] : [[prefix, value]];
}

function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const token of path.match(/[^.[\]]+/g) ?? []) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** The label of a group of paths: the parts that vary between them become "each of N". */
function groupLabel(labels: string[]): string {
  if (labels.length === 1) return labels[0];
  const split = labels.map((l) => l.split(' › '));
  if (!split.every((parts) => parts.length === split[0].length)) return `${labels[0]} (and ${labels.length - 1} more)`;
  return split[0]
    .map((part, i) => {
      const distinct = new Set(split.map((parts) => parts[i]));
      return distinct.size === 1 ? part : `each of ${distinct.size}`;
    })
    .join(' › ');
}

function valuesText(values: unknown[], unit: string, valueOf: AssumptionTools['valueOf']): string {
  const distinct = [...new Set(values.map((v) => JSON.stringify(v)))];
  if (distinct.length === 1) return valueOf(values[0], unit);
  const numbers = values.filter((v): v is number => typeof v === 'number');
  if (numbers.length === values.length) {
    return `${values.length} values, ${valueOf(Math.min(...numbers), '')} to ${valueOf(Math.max(...numbers), unit)}`;
  }
  return `${values.length} values`;
}

const withoutPrefix = (source: string) => source.replace(/^assumption:\s*/i, '');

export function scenarioAssumptions(scenario: unknown, baseline: unknown, tools: AssumptionTools): Assumptions {
  // Dated values have their own table in the report (reportDatedValues.ts): their points are not leaves here.
  const leaves = SECTIONS.flatMap((section) => leafEntries(valueAt(scenario, section), section)).filter(([path]) => !path.startsWith('timeline.values['));
  const byDoc = new Map<AssumptionDoc, [string, unknown][]>();
  const changed: AssumptionChange[] = [];
  let otherCount = 0;
  for (const [path, value] of leaves) {
    const doc = tools.docOf(path);
    if (!doc || doc.basis !== 'assumption') {
      otherCount += 1;
      continue;
    }
    const same = byDoc.get(doc) ?? [];
    same.push([path, value]);
    byDoc.set(doc, same);
    const was = valueAt(baseline, path);
    if (JSON.stringify(was) !== JSON.stringify(value)) {
      changed.push({ label: tools.labelOf(path), value: tools.valueOf(value, doc.unit), baseline: tools.valueOf(was, doc.unit), source: withoutPrefix(doc.source) });
    }
  }
  const groups = new Map<string, AssumptionEntry[]>();
  for (const [doc, entries] of byDoc) {
    const title = tools.groupOf(entries[0][0]);
    const entry: AssumptionEntry = {
      label: groupLabel(entries.map(([path]) => tools.labelOf(path))),
      value: valuesText(entries.map(([, value]) => value), doc.unit, tools.valueOf),
      unit: doc.unit,
      description: doc.description,
      source: withoutPrefix(doc.source),
      count: entries.length,
    };
    const group = groups.get(title) ?? [];
    group.push(entry);
    groups.set(title, group);
  }
  return { groups: [...groups].map(([title, entries]) => ({ title, entries })), changed, otherCount };
}
