// The stages of the pathway as people read them: the engine's stage keys (model/observe/flowMatrix.ts)
// get a label for charts and tables and a phrase for sentences ("are recalled from licence").
// Unknown keys (a newer engine) still read sensibly: their key is the label.

/** Labels in the order the engine lists its stages; charts keep this order on both sides. */
const STAGE_LABELS: Record<string, string> = {
  atLiberty: 'At liberty',
  communityOrder: 'Community order',
  suspendedOrder: 'Suspended sentence order',
  custody: 'Custody',
  recall: 'Recalled to custody',
  licence: 'On licence',
  pss: 'Post-sentence supervision',
  newEntrant: 'New entrants',
  desisted: 'Left the model (desisted)',
};

/** The stage as the object of "move from … to …". */
const STAGE_NOUNS: Record<string, string> = {
  atLiberty: 'liberty',
  communityOrder: 'a community order',
  suspendedOrder: 'a suspended sentence order',
  custody: 'custody',
  recall: 'recall to custody',
  licence: 'licence',
  pss: 'post-sentence supervision',
};

export const ENTRY_STAGE = 'newEntrant';
export const EXIT_STAGE = 'desisted';

export function stageLabel(stage: string): string {
  return STAGE_LABELS[stage] ?? stage;
}

function stageNoun(stage: string): string {
  return STAGE_NOUNS[stage] ?? stageLabel(stage).toLowerCase();
}

/**
 * What people making this move do, as the predicate of "N people …": "are recalled from licence",
 * "move from a community order to custody". A move from a stage to itself is a new sentence of the
 * same kind while serving one (the engine counts it so).
 */
export function flowPhrase(from: string, to: string): string {
  if (from === ENTRY_STAGE) return 'enter the model';
  if (to === EXIT_STAGE) return `leave the model (desist) from ${stageNoun(from)}`;
  if (to === 'recall') return `are recalled from ${stageNoun(from)}`;
  if (from === to) return `get a new ${stageLabel(from).toLowerCase()} while serving one`;
  if (to === 'atLiberty') return `go from ${stageNoun(from)} to liberty`;
  return `move from ${stageNoun(from)} to ${stageNoun(to)}`;
}

/** "Community order → Custody", for tables and tooltips. */
export function flowLabel(from: string, to: string): string {
  return `${stageLabel(from)} → ${stageLabel(to)}`;
}

/** Names longer than this wrap onto the count's line, so labels fit the margin beside a Sankey. */
const ONE_LINE_CHARS = 16;

/**
 * A long name split over two lines, the count after the second: at the space that keeps the
 * longer line shortest (["Suspended sentence", "order"] before "416,950").
 */
export function labelLines(name: string, count: string): [string, string] {
  if (name.length <= ONE_LINE_CHARS) return [name, ''];
  const spaces = [...name.matchAll(/ /g)].map((m) => m.index ?? 0);
  if (spaces.length === 0) return [name, ''];
  const width = (cut: number) => Math.max(cut, name.length - cut - 1 + 1 + count.length);
  const cut = spaces.reduce((best, i) => (width(i) < width(best) ? i : best));
  return [name.slice(0, cut), name.slice(cut + 1)];
}
