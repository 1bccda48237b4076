// How a dot says who supervises the person: a colour from the shared colour-blind-safe palette and
// a shape (circle, square, wide bar), so that colour is never the only cue, with a letter in the
// legend. People nobody supervises (at liberty, at court, left) are small grey rings. Every shape
// is an SVG rect (rounded into a circle or a bar), because a rect is moved by its x and y, which
// the browser animates without a transform per dot: measured markedly smoother with 1,200 dots.
import { colourOf } from '../../../charts/palette';

export interface ProviderStyle {
  label: string;
  letter: string;
  colour: string;
  /** The rect drawn, centred on the dot's spot, in the SVG's units. */
  width: number;
  height: number;
  rx: number;
  hollow: boolean;
}

/** Indexed like PROVIDERS (renderer/lib/trainerFlowStages.ts): none, trust, crc, nps. */
export const PROVIDER_STYLES: ProviderStyle[] = [
  { label: 'Nobody (at liberty, at court, or left)', letter: '', colour: '#6f777b', width: 5.4, height: 5.4, rx: 2.7, hollow: true },
  { label: 'Probation trust (circle)', letter: 'T', colour: colourOf(2), width: 7.4, height: 7.4, rx: 3.7, hollow: false },
  { label: 'CRC (square)', letter: 'C', colour: colourOf(1), width: 6.6, height: 6.6, rx: 0, hollow: false },
  { label: 'NPS (bar)', letter: 'N', colour: colourOf(0), width: 10, height: 5, rx: 2.5, hollow: false },
];
