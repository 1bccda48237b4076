// Finding Electron's binary, and fetching it once if it is missing. `npm install` never downloads
// it here (.npmrc sets ignore-scripts), so the first `npm start` runs Electron's own installer.
// When that fails, the reason is put in plain words for the person at the terminal.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const INSTALL_TIMEOUT_MS = 180_000;

export type ElectronLookup = { found: true; path: string } | { found: false; reason: string };

/** The binary's path, or null: require('electron') throws when electron/path.txt is missing. */
export function electronBinaryPath(): string | null {
  try {
    const binary = require('electron') as unknown;
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const NETWORK_ERROR = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up|getaddrinfo|proxy|certificate/i;

/** One line saying why the installer failed, from its exit status and output. */
export function explainInstallFailure(result: Pick<SpawnSyncReturns<string>, 'error' | 'status' | 'stdout' | 'stderr'>): string {
  const error = result.error as NodeJS.ErrnoException | undefined;
  if (error?.code === 'ETIMEDOUT') {
    return `Electron's binary could not be downloaded (no answer within ${INSTALL_TIMEOUT_MS / 1000} s: is the network reachable?)`;
  }
  if (error) return `Electron's installer could not be started (${error.message})`;
  const lines = `${result.stderr ?? ''}\n${result.stdout ?? ''}`.split('\n').map((line) => line.trim()).filter(Boolean);
  const networkLine = lines.find((line) => NETWORK_ERROR.test(line));
  if (networkLine) return `Electron's binary could not be downloaded (network: ${networkLine.replace(/^\w*Error:\s*/, '')})`;
  if (result.status === 0) return "Electron's installer finished but left no binary (is ELECTRON_SKIP_BINARY_DOWNLOAD set?)";
  return `Electron's binary could not be installed (${lines[0] ?? `installer exit code ${result.status}`})`;
}

export function locateOrInstallElectron(log: (message: string) => void): ElectronLookup {
  const existing = electronBinaryPath();
  if (existing) return { found: true, path: existing };
  log("Electron's binary is not installed yet; downloading it once (this can take a minute)…");
  const result = spawnSync(process.execPath, [require.resolve('electron/install.js')], {
    encoding: 'utf8',
    timeout: INSTALL_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const installed = electronBinaryPath();
  return installed ? { found: true, path: installed } : { found: false, reason: explainInstallFailure(result) };
}
