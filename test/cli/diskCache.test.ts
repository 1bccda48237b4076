// The disk cache writes through the one atomic writer: set() starts a write, flush() waits for all of
// them and reports the first failure, which is never an unhandled rejection before that.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiskCache } from '../../cli/diskCache';
import { hashOf } from '../../model/hash';
import type { ReplicationOutput } from '../../experiments/types';

let folder: string;
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'disk-cache-'));
});
afterEach(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

const output = { kpis: { 'caseload.total': 1000, 'money.npv': NaN } } as unknown as ReplicationOutput;

describe('DiskCache', () => {
  it('keeps what was set, once flushed, for a later cache on the same folder', async () => {
    const cache = new DiskCache(folder, () => undefined);
    cache.set('job-1', output);
    await cache.flush();
    const later = new DiskCache(folder, () => undefined);
    expect(later.get('job-1')).toEqual(output);
    expect(fs.readdirSync(folder)).toEqual([`${hashOf('job-1')}.json`]);
  });

  it('reports a failed write at flush, and only then', async () => {
    fs.mkdirSync(path.join(folder, `${hashOf('job-2')}.json`)); // a folder where the file should go
    const cache = new DiskCache(folder, () => undefined);
    cache.set('job-2', output);
    cache.set('job-3', output);
    await new Promise((resolve) => setTimeout(resolve, 50)); // a rejection left unhandled would surface here
    await expect(cache.flush()).rejects.toThrow(/it is a folder, not a file/);
    expect(new DiskCache(folder, () => undefined).get('job-3')).toEqual(output);
  });
});
