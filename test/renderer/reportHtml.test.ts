// The report file: self-contained (no scripts, a strict CSP), every section present, every
// user-provided string escaped, drawings made inert, provenance stated.
import { describe, expect, it } from 'vitest';
import { buildReportHtml, type ReportInput } from '../../renderer/lib/reportHtml';
import { escapeHtml, sanitizeSvg } from '../../renderer/lib/reportEscape';

const evil = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    title: `plan ${evil}`,
    generatedAt: '24 November 2025 at 10:00',
    scenario: { name: `name ${evil}`, hash: '0123456789abcdef', description: `desc ${evil}`, baselineName: 'tr', baselineHash: 'fedcba9876543210' },
    differences: [`Supervision › capacity is 45 (tr: 40, +12.5%) ${evil}`],
    timeline: [{ date: '2014-06-01', label: `TR ${evil}`, sets: 'operatingModel: tr' }],
    simulation: [['Seed', '20140601']],
    assumptions: {
      groups: [{ title: 'Supervision', entries: [{ label: 'Supervision › capacity', value: '45 cases', unit: 'cases', description: 'How many cases', source: `judgement ${evil}`, count: 1 }] }],
      changed: [{ label: 'Supervision › capacity', value: '45 cases', baseline: '40 cases', source: 'judgement' }],
      otherCount: 120,
    },
    datedValues: {
      rows: [{ path: 'parameters.x', label: 'Population › entrants', join: 'linear', first: '2005-01-01: 150,000', last: '2023-01-01: 132,000', count: 19, source: `table ${evil}`, unit: 'people per year' }],
      tables: [{ columns: ['2005', '2006'], rows: [{ label: `Population › entrants ${evil}`, cells: ['150,000', '149,000'] }] }],
    },
    charts: [
      {
        view: 'Compare',
        title: `Unified lowers recalls ${evil}`,
        subtitle: 'Mean of 10 replications',
        svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><script>alert(2)</script><rect width="10" height="10" fill="#0072B2"/><a href="javascript:alert(3)"><text>x</text></a></svg>',
        provenance: 'Engine 0.3.0 · tr 0123456789abcdef · seed 20140601 · 10 replications · scale 0.1',
      },
      { view: 'Flows', title: 'No drawing', subtitle: '', svg: null, provenance: '' },
    ],
    views: [
      { view: 'Compare', note: '1 chart' },
      { view: 'Money', note: 'not used in this session' },
    ],
    uncertainty: ['Intervals are 95% t intervals of the mean.', 'Common random numbers: the same seeds on both sides.'],
    provenance: [
      ['App version', '0.1.0'],
      ['Engine version', '0.3.0'],
      ['Scenario', 'name (0123456789abcdef)'],
      ['Runs behind Compare', '10 replications, seed 20140601, scale 0.1'],
    ],
    ...overrides,
  };
}

describe('buildReportHtml', () => {
  const html = buildReportHtml(input());

  it('is a whole HTML document with a strict Content-Security-Policy and no scripts', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'`);
    expect(html).not.toMatch(/<script/i);
    // Inside tags (text content may mention anything once escaped).
    expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/<(link|img|iframe|object)\b|<[^>]*\ssrc=/i);
    expect(html).toContain('<style>');
  });

  it('has every section, in order', () => {
    const ids = [...html.matchAll(/<section id="([a-z]+)">/g)].map((m) => m[1]);
    expect(ids).toEqual(['summary', 'assumptions', 'charts', 'uncertainty', 'provenance']);
  });

  it('escapes every user-provided string', () => {
    expect(html).toContain('name &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<title>Report: plan &lt;script&gt;');
    expect(html).toContain('desc &lt;script&gt;');
    expect(html).toContain('TR &lt;script&gt;');
    expect(html).toContain('Unified lowers recalls &lt;script&gt;');
    expect(html).toContain('judgement &lt;script&gt;');
  });

  it('includes the scenario summary, the differences and the assumptions with sources', () => {
    expect(html).toContain('0123456789abcdef');
    expect(html).toContain('tr (fedcba9876543210)');
    expect(html).toContain('Supervision › capacity is 45 (tr: 40, +12.5%)');
    expect(html).toContain('<h3>Assumptions that differ from tr</h3>');
    expect(html).toContain('<td>40 cases</td>');
    expect(html).toContain('Source: judgement');
    expect(html).toContain('120 further values come from published sources or calibration');
  });

  it('includes the charts as inline, inert SVG, and says which views they come from', () => {
    expect(html).toContain('<rect width="10" height="10" fill="#0072B2"/>');
    expect(html).not.toContain('alert(2)');
    expect(html).toContain('<strong>Money</strong>: not used in this session');
    expect(html).toContain('The drawing was not available');
    expect(html).toContain('Engine 0.3.0 · tr 0123456789abcdef · seed 20140601 · 10 replications · scale 0.1');
  });

  it('states the uncertainty and the provenance', () => {
    expect(html).toContain('<p>Intervals are 95% t intervals of the mean.</p>');
    expect(html).toMatch(/<dt>App version<\/dt><dd>0\.1\.0<\/dd>/);
    expect(html).toMatch(/<dt>Engine version<\/dt><dd>0\.3\.0<\/dd>/);
    expect(html).toMatch(/<dt>Runs behind Compare<\/dt><dd>10 replications, seed 20140601, scale 0.1<\/dd>/);
  });

  it('says so when the differences could not be worked out, or there are none', () => {
    expect(buildReportHtml(input({ differences: null }))).toContain('could not be worked out');
    expect(buildReportHtml(input({ differences: [] }))).toContain('The scenario is the same as tr in every value.');
  });
});

describe('escaping and sanitising', () => {
  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('removes scripts, handlers, foreign objects and outside links from a drawing, keeping the picture', () => {
    const svg = sanitizeSvg(
      '<svg width="5"><foreignObject><div>x</div></foreignObject><g onclick="a()" clip-path="url(#c)"><path d="M0,0"/></g><a xlink:href="https://evil"><use href="#p"/></a><image href="data:x"/></svg>',
    );
    expect(svg).toBe('<svg width="5"><g clip-path="url(#c)"><path d="M0,0"/></g><a></a></svg>');
  });

  it('refuses anything that is not one svg element', () => {
    expect(sanitizeSvg('<div>x</div>')).toBe('');
    expect(sanitizeSvg('<svg>x</svg><script>alert(1)</script>')).toBe('');
  });
});
