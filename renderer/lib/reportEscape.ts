// Making text and drawings safe to put in a report file. Everything a user typed (scenario names,
// descriptions, labels) is HTML-escaped; chart drawings are SVG serialized from our own page, but
// they carry user text too, so they are checked again: no scripts, no event handlers, no
// foreignObject, no external references. The report's Content-Security-Policy is the last fence.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an element's content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * An SVG drawing made inert: elements that run or embed anything are removed with their content,
 * event-handler attributes dropped, and links kept only when they point inside the drawing (#id)
 * or at inline data. Returns '' for anything that is not one <svg> element.
 */
export function sanitizeSvg(svg: string): string {
  const trimmed = svg.trim().replace(/^<\?xml[^>]*\?>\s*/, '');
  if (!/^<svg[\s>]/i.test(trimmed) || !/<\/svg>$/i.test(trimmed)) return '';
  return trimmed
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|foreignObject|iframe|object|embed|style|image|use)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(script|foreignObject|iframe|object|embed|style|image|use)\b[^>]*\/?>/gi, '')
    .replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/\s+(?:xlink:)?href\s*=\s*("([^"]*)"|'([^']*)')/gi, (attribute, _quoted, double?: string, single?: string) => {
      const target = (double ?? single ?? '').trim();
      return target.startsWith('#') ? attribute : '';
    })
    .replace(/javascript:/gi, '');
}
