// The editor's filter box: find a parameter by any words of its name, path, unit, description or
// source ("capacity fte", "recall", "london estate"). Every word typed must appear somewhere;
// case does not matter. Pure, so the matching is tested without a page.

export interface SearchableDoc {
  unit: string;
  description: string;
  source: string;
}

/** The words of a filter, lower-cased; none for an empty box. */
export function filterWords(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter((word) => word !== '');
}

/** What a field is found by: its path, its name in words and its documentation. */
export function searchTextOf(path: string, label: string, doc: SearchableDoc | undefined): string {
  return [path, label, doc?.unit ?? '', doc?.description ?? '', doc?.source ?? ''].join(' \n ').toLowerCase();
}

export function matchesFilter(searchText: string, words: readonly string[]): boolean {
  return words.every((word) => searchText.includes(word));
}
