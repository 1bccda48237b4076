// Plain words for one person's journey, as a trainer reads it out to a room: long dates
// ("7 January 2012"), how long a stretch lasted ("14 months at liberty"), short headings for the
// engine's event kinds, and the engine's details tidied ("1 offence(s)" → "1 offence"). No Date
// objects for display, so no time-zone surprises; every function is pure.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2012-01-07" → "7 January 2012". */
export function fullDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** Whole days from one YYYY-MM-DD date to another (negative if `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** A stretch of time as a person would say it: days, then weeks, months, then years and months. */
export function durationWords(days: number): string {
  if (days < 14) return plural(days, 'day');
  if (days < 61) return plural(Math.round(days / 7), 'week');
  const months = Math.round(days / 30.4375);
  if (months < 24) return plural(months, 'month');
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return rest === 0 ? plural(years, 'year') : `${plural(years, 'year')} ${plural(rest, 'month')}`;
}

const STATE_PHRASES: Record<string, string> = {
  atLiberty: 'at liberty',
  communityOrder: 'on a community order',
  suspendedOrder: 'on a suspended sentence order',
  custody: 'in custody',
  recall: 'in prison on recall',
  licence: 'on licence',
  pss: 'on post-sentence supervision',
  left: 'out of the model',
};

/** Where a person stands, after "is": "on licence", "in custody". Unknown states are shown as named. */
export function statePhrase(state: string): string {
  return STATE_PHRASES[state] ?? state;
}

/** The stretch between two events: "14 months at liberty". */
export function gapWords(days: number, state: string): string {
  return `${durationWords(days)} ${statePhrase(state)}`;
}

const HEADINGS: Record<string, string> = {
  offence: 'Offence',
  court: 'Court',
  sentenced: 'Sentenced',
  allocated: 'Allocated',
  reallocated: 'Case moved',
  released: 'Released',
  orderEnded: 'Order ended',
  licenceEnded: 'Licence ended',
  pss: 'Post-sentence supervision',
  pssEnded: 'Supervision ended',
  intervention: 'Intervention',
  resettlement: 'Resettlement',
  breach: 'Breach',
  warning: 'Warning',
  recalled: 'Recalled',
  committed: 'Committed to custody',
  escalated: 'Risk rose',
  transferred: 'Transferred',
  desisted: 'Desisted',
};

/**
 * The short heading of an event. A person enters the model at their first offence; any offence
 * recorded after that is reoffending, so it is headed so.
 */
export function kindHeading(kind: string, reoffence = false): string {
  if (kind === 'offence' && reoffence) return 'Reoffended';
  return HEADINGS[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1);
}

const ROSH: Record<string, string> = { low: 'low risk', medium: 'medium risk', high: 'high risk', veryHigh: 'very high risk' };

/** Risk of serious harm tier in words: "very high risk". */
export function roshLabel(rosh: string): string {
  return ROSH[rosh] ?? `${rosh} risk`;
}

/** Offence groups are read as nouns in a summary; "other" alone would not say what it is. */
export function offenceLabel(group: string): string {
  return group === 'other' ? 'other offences' : group;
}

const SENTENCES: Record<string, string> = {
  communityOrder: 'community order',
  suspendedOrder: 'suspended order',
  custody: 'custody',
  atLiberty: 'fine or discharge',
};

/** A sentence by the state it put the person in (a sentence that leaves them at liberty is a fine or discharge). */
export function sentenceLabel(state: string): string {
  return SENTENCES[state] ?? state;
}

const PROVIDER_KINDS: Record<string, string> = { trust: 'a probation trust', crc: 'a CRC', nps: 'the NPS' };

export function providerKindLabel(kind: string): string {
  return PROVIDER_KINDS[kind] ?? kind;
}

/** A side's scenario as a reader sees it ('document' is the scenario being edited). */
export function scenarioLabel(name: string): string {
  return name === 'document' ? 'the edited scenario' : name;
}

/**
 * The engine's detail, tidied for reading aloud: "1 offence(s)" → "1 offence", "1 months" → "1 month",
 * ISO dates → long dates, no "sentenced: " under a Sentenced heading. The words are otherwise the engine's own.
 */
export function tidyDetail(detail: string): string {
  return detail
    .replace(/^sentenced: /, '')
    .replace(/\b(\d+) ((?:[a-z-]+ )*?)([a-z]+)\(s\)/g, (_, n: string, between: string, word: string) => `${n} ${between}${word}${n === '1' ? '' : 's'}`)
    .replace(/\b1 (day|week|month|year)s\b/g, '1 $1')
    .replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (iso: string) => fullDate(iso));
}

/** Where the person stands after an event, and who supervises them: "Now on licence · NPS South Central". */
export function afterEventWords(event: { state: string; provider: string; providerName: string }): string {
  if (event.state === 'left') return 'Leaves the model';
  const where = `Now ${statePhrase(event.state)}`;
  return event.provider === 'none' || !event.providerName ? `${where} · no probation supervision` : `${where} · ${event.providerName}`;
}
