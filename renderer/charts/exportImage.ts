// A chart as a picture: the SVG Recharts drew, made standalone (namespace, size, a white
// background and the page's font written in, since a saved SVG has no stylesheet), and a PNG
// rendered from that SVG on a canvas at twice the size for sharp print.

/** The first chart drawing inside `container` (Recharts' surface, or any <svg>). */
export function findChartSvg(container: Element): SVGSVGElement | null {
  // The chart's own surface: Recharts 3 puts the legend (whose icons are small svg.recharts-surface too) before it.
  return (
    container.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface') ??
    container.querySelector<SVGSVGElement>('svg.recharts-surface') ??
    container.querySelector<SVGSVGElement>('svg')
  );
}

export function standaloneSvg(svg: SVGSVGElement, title: string): { text: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width || Number(svg.getAttribute('width')) || 800));
  const height = Math.max(1, Math.round(box.height || Number(svg.getAttribute('height')) || 400));
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.setAttribute('font-family', getComputedStyle(svg).fontFamily || 'sans-serif');
  const titleElement = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  titleElement.textContent = title;
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  copy.insertBefore(background, copy.firstChild);
  copy.insertBefore(titleElement, copy.firstChild);
  return { text: new XMLSerializer().serializeToString(copy), width, height };
}

/** Renders SVG text to a PNG and returns it base64-encoded (for the bridge's binary save). */
export async function pngBase64(svgText: string, width: number, height: number, pixelRatio = 2): Promise<string> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * pixelRatio;
    canvas.height = height * pixelRatio;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.scale(pixelRatio, pixelRatio);
    context.drawImage(image, 0, 0, width, height);
    const dataUrl = canvas.toDataURL('image/png');
    return dataUrl.slice(dataUrl.indexOf(',') + 1);
  } finally {
    URL.revokeObjectURL(url);
  }
}
