// Help → Model documentation opens the copy shipped with the app, or the checkout's own docs/.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentationPath } from '../../electron/core/documentationPath';

const root = path.resolve(__dirname, '..', '..');

describe('documentationPath', () => {
  it('is the resources folder of an installed app (where electron-builder puts extraResources)', () => {
    expect(documentationPath({ isPackaged: true, resourcesPath: '/opt/Probation Simulator/resources', appPath: '/ignored' })).toBe(
      path.join('/opt/Probation Simulator/resources', 'docs', 'model.md'),
    );
  });

  it('is the checkout’s docs/ folder in development, and the file is there', () => {
    const file = documentationPath({ isPackaged: false, resourcesPath: '/ignored', appPath: root });
    expect(file).toBe(path.join(root, 'docs', 'model.md'));
    expect(existsSync(file)).toBe(true);
    expect(existsSync(documentationPath({ isPackaged: false, resourcesPath: '', appPath: root }, 'app.md'))).toBe(true);
  });
});
