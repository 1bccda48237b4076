// electron-builder.yml: the installers for each OS, the security fuses, and the whole file valid
// against electron-builder's own schema (checked with its own validator, offline).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { PRODUCT_NAME } from '../../electron/core/about';

const root = path.resolve(__dirname, '..', '..');
const config = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, any>;

/** electron-builder's configuration check, from the app-builder-lib it is installed with. */
function builderValidator(): (config: unknown, logger: { isEnabled: boolean; add(): void }) => Promise<void> {
  const fromBuilder = createRequire(require.resolve('electron-builder'));
  return fromBuilder('app-builder-lib/out/util/config/config').validateConfiguration;
}

describe('electron-builder.yml', () => {
  it('builds an AppImage and a deb for Linux, an NSIS installer for Windows and a dmg for macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.productName).toBe(PRODUCT_NAME);
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true); // onlyLoadAppFromAsar needs an asar to load
  });

  it('ships the model documentation outside the archive, where Help can open it', () => {
    expect(config.extraResources).toEqual([{ from: 'docs', to: 'docs', filter: ['*.md'] }]);
  });

  it("passes electron-builder's own schema check (so every option name is one it knows)", async () => {
    const validate = builderValidator();
    const logger = { isEnabled: false, add: () => undefined };
    await expect(validate(structuredClone(config), logger)).resolves.toBeUndefined();
    const misspelt = structuredClone(config);
    misspelt.electronFuses.runAsNod = false;
    await expect(validate(misspelt, logger)).rejects.toThrow(/configuration object that does not match the API schema/);
  });
});
