// Colours for series, distinguishable with the common colour-blindnesses (Okabe and Ito's
// palette), in an order that keeps the first two far apart; bands are the same hue, translucent.
// Lines also differ by dash pattern, so no chart relies on colour alone.
const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];
const SERIES_DASHES = ['', '6 3', '2 2', '8 3 2 3', '1 3', '10 4'];

export function colourOf(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length];
}

export function dashOf(index: number): string {
  return SERIES_DASHES[index % SERIES_DASHES.length];
}

/** Gains and losses in difference charts: blue for better, vermilion for worse (not red/green). */
export const GAIN_COLOUR = '#0072B2';
export const LOSS_COLOUR = '#D55E00';
