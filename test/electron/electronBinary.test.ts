// Turning a failed Electron install into one plain sentence for the terminal.
import { describe, expect, it } from 'vitest';
import { explainInstallFailure } from '../../scripts/electronBinary';

const failure = (stderr: string, status = 1) => ({ error: undefined, status, stdout: '', stderr });

describe('explainInstallFailure', () => {
  it('names a network failure', () => {
    const stderr = 'RequestError: getaddrinfo ENOTFOUND github.com\n    at ClientRequest.<anonymous> (got/index.js:970:111)';
    expect(explainInstallFailure(failure(stderr))).toBe(
      "Electron's binary could not be downloaded (network: getaddrinfo ENOTFOUND github.com)",
    );
  });

  it('names a timeout', () => {
    const error = Object.assign(new Error('spawnSync node ETIMEDOUT'), { code: 'ETIMEDOUT' });
    expect(explainInstallFailure({ error, status: null, stdout: '', stderr: '' })).toMatch(/no answer within \d+ s/);
  });

  it('explains an installer that succeeded without a binary', () => {
    expect(explainInstallFailure(failure('', 0))).toMatch(/ELECTRON_SKIP_BINARY_DOWNLOAD/);
  });

  it('falls back to the first line of the error', () => {
    expect(explainInstallFailure(failure('Error: checksum mismatch\n  at x'))).toBe(
      "Electron's binary could not be installed (Error: checksum mismatch)",
    );
  });
});
