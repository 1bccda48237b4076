import { describe, expect, it } from 'vitest';
import { createProgress, eta, formatDuration, progressText } from '../../cli/progress';

function harness(isTTY: boolean, replications: number) {
  const written: string[] = [];
  let clock = 0;
  const progress = createProgress({ replications, isTTY, write: (t) => written.push(t), now: () => clock });
  return { progress, written, tick: (ms: number) => (clock += ms) };
}

describe('progress text', () => {
  it('shows replication, overall percentage, simulated date and ETA', () => {
    expect(progressText(1, 4, 0.375, '2016-03-01', 3000)).toBe('replication 2/4   37%  2016-03-01  ETA 5.0s');
  });

  it('extrapolates the ETA from the pace so far', () => {
    expect(eta(0.5, 60_000)).toBe('1m 00s');
    expect(eta(0.001, 60_000)).toBe('…');
    expect(eta(1, 60_000)).toBe('0s');
    expect(formatDuration(3.21)).toBe('3.2s');
    expect(formatDuration(75)).toBe('1m 15s');
    expect(formatDuration(3 * 3600 + 120)).toBe('3h 02m');
  });
});

describe('createProgress', () => {
  it('redraws one line on a terminal, throttled, and clears it at the end', () => {
    const { progress, written, tick } = harness(true, 2);
    progress.update(0, 0.1, '2014-01-01');
    tick(10);
    progress.update(0, 0.2, '2014-02-01'); // too soon: skipped
    tick(200);
    progress.update(0, 0.5, '2014-06-01');
    expect(written).toHaveLength(2);
    expect(written.every((w) => w.startsWith('\r\x1b[K') && !w.includes('\n'))).toBe(true);
    expect(written[1]).toContain('replication 1/2   25%  2014-06-01');
    progress.finish();
    expect(written[2]).toBe('\r\x1b[K');
    expect(written[3]).toMatch(/^finished 2 replications in /);
  });

  it('writes an occasional plain line when stderr is not a terminal', () => {
    const { progress, written, tick } = harness(false, 1);
    for (let i = 0; i <= 100; i++) {
      tick(10);
      progress.update(0, i / 100, '2014-01-01');
    }
    expect(written).toHaveLength(11); // 0%, 10%, …, 100%
    expect(written.every((w) => w.endsWith('\n') && !w.includes('\r'))).toBe(true);
    progress.update(0, 1, '2014-01-01');
    tick(31_000);
    progress.update(0, 1, '2014-01-01'); // a long silence gets a line even without a new step
    expect(written).toHaveLength(12);
  });

  it('clears the live line on abort so an error starts on a fresh line', () => {
    const { progress, written } = harness(true, 1);
    progress.update(0, 0.5, '2014-01-01');
    progress.abort();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });
});
