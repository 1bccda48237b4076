// Where the model documentation is on this machine: it ships with the app (electron-builder copies
// docs/*.md to resources/docs, outside the asar archive so that the OS can open them), and in a
// development checkout it is the repository's own docs/ folder. Help → Model documentation opens
// the local copy, which is there offline and always matches the installed version.
import path from 'node:path';

export interface AppLocations {
  isPackaged: boolean;
  /** process.resourcesPath: where extraResources land in an installed app. */
  resourcesPath: string;
  /** app.getAppPath(): the project root when run from a checkout. */
  appPath: string;
}

export function documentationPath({ isPackaged, resourcesPath, appPath }: AppLocations, file = 'model.md'): string {
  return path.join(isPackaged ? resourcesPath : appPath, 'docs', file);
}
