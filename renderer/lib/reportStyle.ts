// The report's stylesheet, inline in the file (a report has no other files): readable on screen,
// and printable to PDF with charts kept whole on a page.
export const REPORT_CSS = `
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #0b0c0c; max-width: 980px; margin: 0 auto; padding: 24px; line-height: 1.45; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #0b0c0c; padding-bottom: 4px; margin-top: 32px; }
h3 { font-size: 1.1rem; margin: 20px 0 8px; }
h4 { font-size: 1rem; margin: 16px 0 6px; }
.generated { color: #505a5f; margin: 0; }
nav ol { columns: 2; padding-left: 20px; }
a { color: #1d70b8; }
dl.pairs { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; }
dl.pairs dt { font-weight: 600; }
dl.pairs dd { margin: 0; overflow-wrap: anywhere; }
.description { white-space: pre-wrap; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 6px 0 12px; }
th, td { border-bottom: 1px solid #dee0e2; padding: 4px 8px; text-align: left; vertical-align: top; }
table.timeline td:first-child { white-space: nowrap; }
th { background: #f4f6f8; }
table.assumptions td:first-child { width: 28%; }
table.assumptions td:nth-child(2) { width: 18%; }
table.dated td:nth-child(3), table.dated td:nth-child(4) { white-space: nowrap; }
table.dated-points { font-size: 0.78rem; font-variant-numeric: tabular-nums; }
table.dated-points th, table.dated-points td { padding: 2px 5px; }
table.dated-points td:not(:first-child), table.dated-points th:not(:first-child) { text-align: right; white-space: nowrap; }
table.dated-points td:first-child { width: 30%; }
.source { color: #505a5f; font-size: 0.85rem; margin-top: 2px; }
figure.chart { margin: 16px 0 24px; border: 1px solid #dee0e2; border-radius: 6px; padding: 12px 16px; break-inside: avoid; page-break-inside: avoid; }
figure.chart figcaption strong { display: block; font-size: 1.05rem; }
figure.chart .view { display: block; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: #505a5f; }
figure.chart .subtitle { display: block; color: #505a5f; font-size: 0.9rem; }
.drawing svg { max-width: 100%; height: auto; display: block; margin: 8px 0; }
.provenance { font-size: 0.8rem; color: #505a5f; overflow-wrap: anywhere; margin: 4px 0 0; }
.missing { color: #505a5f; font-style: italic; }
@media print { body { padding: 0; max-width: none; } nav { display: none; } h2 { break-after: avoid; } }
`;
