// "Report as PDF…" is offered only where it can work: in the desktop app, whose bridge can print a
// PDF; never in the browser build, whose bridge has no PDF printer (the menu: test/electron/menuTemplate.test.ts).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DesktopApi } from '../../electron/ipc/contract';
import { wrapDesktopApi, type Bridge } from '../../renderer/bridge/bridge';
import { createBrowserBridge } from '../../renderer/bridge/browserBridge';
import { ReportButton } from '../../renderer/report/ReportButton';
import { AppContext, type AppServices } from '../../renderer/state/appContext';

function markupWith(bridge: Bridge): string {
  const services = { bridge } as unknown as AppServices;
  return renderToStaticMarkup(
    <AppContext.Provider value={services}>
      <ReportButton />
    </AppContext.Provider>,
  );
}

const desktop = (api: Partial<DesktopApi>) => wrapDesktopApi(api as DesktopApi);

describe('Report as PDF…', () => {
  it('is offered in the desktop app, next to the HTML export', () => {
    const html = markupWith(desktop({ exportPdf: async () => ({ status: 'cancelled' }) }));
    expect(html).toContain('data-testid="report-export"');
    expect(html).toContain('data-testid="report-export-pdf"');
  });

  it('is not offered in the browser build', () => {
    const html = markupWith(createBrowserBridge());
    expect(html).toContain('data-testid="report-export"');
    expect(html).not.toContain('report-export-pdf');
    expect(html).not.toContain('PDF');
  });
});
