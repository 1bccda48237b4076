// What the desktop app says about itself: the About box and getAppInfo's platform line. The engine
// version is part of every result's provenance, so the About box shows it beside the app's own.
import { ENGINE_VERSION } from '../../model/version';
import type { AppInfo } from '../ipc/contract';

/** The name the installers give the app (electron-builder.yml productName). */
export const PRODUCT_NAME = 'Probation Simulator';

/** The part of process.versions that names the runtime. */
export interface RuntimeVersions {
  electron?: string;
  chrome?: string;
  node?: string;
}

export function platformSummary(versions: RuntimeVersions, platform: string): string {
  return `Electron ${versions.electron ?? '?'} (Chrome ${versions.chrome ?? '?'}, Node ${versions.node ?? '?'}) on ${platform}`;
}

export function desktopAppInfo(appVersion: string, versions: RuntimeVersions, platform: string): AppInfo {
  return { runtime: 'electron', appVersion, engineVersion: ENGINE_VERSION, platformSummary: platformSummary(versions, platform) };
}

/** The options of dialog.showMessageBox for Help → About. */
export function aboutBoxOptions(appVersion: string, versions: RuntimeVersions) {
  return {
    type: 'info' as const,
    title: `About ${PRODUCT_NAME}`,
    message: `${PRODUCT_NAME} ${appVersion}`,
    detail: [
      `Engine ${ENGINE_VERSION}`,
      `Electron ${versions.electron ?? '?'}`,
      `Chrome ${versions.chrome ?? '?'}`,
      `Node ${versions.node ?? '?'}`,
      '',
      'A seeded agent-based model of the probation system of England and Wales.',
    ].join('\n'),
    buttons: ['OK'],
  };
}
