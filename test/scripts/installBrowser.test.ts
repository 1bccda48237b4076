// scripts/install-browser.sh waits for another apt job instead of failing: it is run against a fake
// apt-get (and fake id, sleep, sudo) on a PATH of their own, which log every call.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = path.resolve(__dirname, '../../scripts/install-browser.sh');
let bin: string;
beforeEach(() => {
  bin = mkdtempSync(path.join(tmpdir(), 'install-browser-'));
});
afterEach(() => rmSync(bin, { recursive: true, force: true }));

function fake(name: string, body: string): void {
  const file = path.join(bin, name);
  writeFileSync(file, `#!/bin/bash\nLOG="${path.join(bin, 'log')}"\n${body}\n`);
  chmodSync(file, 0o755);
}

/** A fake apt-get whose "update" fails with `updateFailure` the first `failures` times. */
function fakeApt(failures: number, updateFailure: string): void {
  fake('id', 'echo 0');
  fake('sleep', 'echo "sleep $*" >> "$LOG"');
  fake(
    'apt-get',
    `echo "apt-get $*" >> "$LOG"
if [ "\${@: -1}" = update ]; then
  count=0; [ -f "${path.join(bin, 'count')}" ] && count=$(< "${path.join(bin, 'count')}"); count=$((count + 1))
  echo $count > "${path.join(bin, 'count')}"
  if [ $count -le ${failures} ]; then echo "${updateFailure}" >&2; exit 100; fi
  echo "Reading package lists... Done"; exit 0
fi
printf '#!/bin/bash\\n' > "${path.join(bin, 'chromium')}"; /bin/chmod +x "${path.join(bin, 'chromium')}"`,
  );
}

function run() {
  const result = spawnSync('/bin/bash', [script], { env: { PATH: bin, APT_LOCK_WAIT: '30' }, encoding: 'utf8' });
  let log: string[] = [];
  try {
    log = readFileSync(path.join(bin, 'log'), 'utf8').trim().split('\n');
  } catch {
    // nothing logged
  }
  return { status: result.status, stderr: result.stderr, stdout: result.stdout, log };
}

describe('install-browser.sh', () => {
  it('tells apt-get to wait for the dpkg lock, and retries update while another apt job holds the lists lock', () => {
    fakeApt(2, 'E: Could not get lock /var/lib/apt/lists/lock. It is held by process 4242 (apt-get)');
    const { status, stdout, stderr, log } = run();
    expect(status).toBe(0);
    expect(log).toEqual([
      'apt-get -o DPkg::Lock::Timeout=30 update',
      'sleep 10',
      'apt-get -o DPkg::Lock::Timeout=30 update',
      'sleep 10',
      'apt-get -o DPkg::Lock::Timeout=30 update',
      'apt-get -o DPkg::Lock::Timeout=30 install -y chromium',
    ]);
    expect(stderr).toContain("Another apt job holds apt's lock; waiting (10 of 30 s)");
    expect(stdout).toContain(`Chromium: ${path.join(bin, 'chromium')}`);
  });

  it('gives up after APT_LOCK_WAIT seconds, saying why', () => {
    fakeApt(100, 'E: Unable to lock directory /var/lib/apt/lists/');
    const { status, stderr, log } = run();
    expect(status).toBe(1);
    expect(log.filter((line) => line.endsWith('update'))).toHaveLength(4);
    expect(log.some((line) => line.includes('install'))).toBe(false);
    expect(stderr).toContain("Another apt job still holds apt's lock after 30 s");
  });

  it('does not retry a failure that is not a lock', () => {
    fakeApt(1, 'E: The repository is not signed.');
    const { status, stderr, log } = run();
    expect(status).toBe(1);
    expect(log).toEqual(['apt-get -o DPkg::Lock::Timeout=30 update']);
    expect(stderr).toContain('not signed');
  });
});
