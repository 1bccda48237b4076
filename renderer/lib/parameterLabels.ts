// Scenario paths in words, for the editor's labels and the plain-words diff: the schema's
// camelCase keys (`capacityCasesPerFte`) become "capacity cases per FTE", the sections get names
// a policy analyst uses ("Breach and recall"), and CRC slugs become area names. Pure text; the
// path itself stays visible beside every label so nothing is hidden behind the wording.

/** Abbreviations written as people write them. */
const ACRONYMS: Record<string, string> = {
  fte: 'FTE',
  psr: 'PSR',
  rosh: 'RoSH',
  pbr: 'PbR',
  ict: 'ICT',
  mappa: 'MAPPA',
  crc: 'CRC',
  nps: 'NPS',
  ora: 'ORA',
  pss: 'PSS',
  tr: 'TR',
  sd: 'SD',
};

/** Section names for the first keys of a path (longest prefix wins). */
const SECTION_NAMES: Record<string, string> = {
  simulation: 'Simulation',
  timeline: 'Timeline',
  'timeline.initial': 'Timeline at the start',
  'timeline.changes': 'Timeline changes',
  parameters: 'Parameters',
  'parameters.population': 'Population',
  'parameters.population.offenceGroups': 'Offence groups',
  'parameters.population.needs': 'Needs',
  'parameters.offending': 'Offending',
  'parameters.court': 'Courts',
  'parameters.risk': 'Risk',
  'parameters.supervision': 'Supervision',
  'parameters.interventions': 'Interventions',
  'parameters.serviceDelivery': 'Service delivery',
  'parameters.custody': 'Custody',
  'parameters.resettlement': 'Resettlement',
  'parameters.breach': 'Breach and recall',
  money: 'Money',
  'money.publicCost': 'Public cost',
  'money.crc': 'CRC contract terms',
  'money.crc.contracts': 'CRC contracts',
  uncertainty: 'Uncertain inputs',
};

/** Objects keyed by a CRC area slug: their keys are place names. */
const AREA_KEYED = new Set(['money.crc.contracts']);

/** "capacityCasesPerFte" → "capacity cases per FTE"; "from12mTo4y" → "from 12m to 4y". */
export function keyLabel(key: string): string {
  if (key.includes('-')) return slugLabel(key);
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Z])/g, '$1 $2')
    .split(' ')
    .filter((word) => word !== '');
  return words.map((word) => ACRONYMS[word.toLowerCase()] ?? word.toLowerCase()).join(' ');
}

const MINOR_WORDS = new Set(['and', 'of', 'the']);

/** A CRC area slug: "dorset-devon-and-cornwall" → "Dorset Devon and Cornwall". */
export function slugLabel(slug: string): string {
  return slug
    .split('-')
    .map((word, i) => (i > 0 && MINOR_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

/** Splits a dotted path with indices (`a.b[2].c`, `a["x y"]`) into keys, without the engine. */
export function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  const pattern = /([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  for (const match of path.matchAll(pattern)) {
    if (match[1] !== undefined) keys.push(match[1]);
    else if (match[2] !== undefined) keys.push(Number(match[2]));
    else keys.push(JSON.parse(`"${match[3]}"`) as string);
  }
  return keys;
}

/** The reverse of pathKeys: ['timeline', 'changes', 2, 'date'] → `timeline.changes[2].date`. */
export function joinPath(keys: readonly (string | number)[]): string {
  let text = '';
  for (const key of keys) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(key)}]`;
  }
  return text;
}

function sectionName(keys: readonly (string | number)[]): { name: string; used: number } | undefined {
  for (let used = keys.length; used > 0; used -= 1) {
    const name = SECTION_NAMES[joinPath(keys.slice(0, used))];
    if (name !== undefined) return { name, used };
  }
  return undefined;
}

/**
 * A path in words: "Supervision › capacity cases per FTE", "CRC contracts › London › annual price",
 * "Offending › hazard by months since start › row 2 › multiplier".
 */
export function pathLabel(path: string): string {
  const keys = pathKeys(path);
  const section = sectionName(keys);
  const parts: string[] = section ? [section.name] : [];
  keys.forEach((key, i) => {
    if (i < (section ? section.used : 0)) return;
    if (typeof key === 'number') parts.push(`row ${key + 1}`);
    else parts.push(AREA_KEYED.has(joinPath(keys.slice(0, i))) ? slugLabel(key) : keyLabel(key));
  });
  return parts.join(' › ');
}

/** The last key of a path in words (what a field's own label says inside its section). */
export function leafLabel(path: string): string {
  const keys = pathKeys(path);
  const last = keys[keys.length - 1];
  if (last === undefined) return '';
  if (typeof last === 'number') return `row ${last + 1}`;
  return keyLabel(last);
}

/** The first letter in capitals, for a label that starts a sentence. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
