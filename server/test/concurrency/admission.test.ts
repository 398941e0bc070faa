import { describe, expect, it, vi } from 'vitest';
import { Admission } from '../../src/core/concurrency/admission.js';

/** A piece of work that finishes when the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, work: () => opened };
}

describe('admission of expensive anonymous work', () => {
  it('runs at most `concurrency` at once and starts the next waiting one as one finishes', async () => {
    const admission = new Admission(2, 10, 60_000);
    const gates = [gate(), gate(), gate()];
    const runs = gates.map((g) => admission.run(g.work));
    expect(admission.load).toEqual({ running: 2, waiting: 1 });
    gates[0]!.open();
    await runs[0];
    expect(admission.load).toEqual({ running: 2, waiting: 0 });
    gates[1]!.open();
    gates[2]!.open();
    await Promise.all(runs);
    expect(admission.load).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses at once with BUSY when the queue is full', async () => {
    const admission = new Admission(1, 1, 60_000);
    const g = gate();
    const first = admission.run(g.work);
    const second = admission.run(g.work);
    await expect(admission.run(g.work)).rejects.toMatchObject({ code: 'BUSY' });
    g.open();
    await Promise.all([first, second]);
  });

  it('gives up on a wait longer than `maxWaitMs` with BUSY, and a failing piece of work frees its place', async () => {
    vi.useFakeTimers();
    try {
      const admission = new Admission(1, 5, 1_000);
      const g = gate();
      const running = admission.run(g.work);
      const waiting = admission.run(async () => 'never');
      const refused = expect(waiting).rejects.toMatchObject({ code: 'BUSY', extensions: { retryAfterSeconds: 1 } });
      await vi.advanceTimersByTimeAsync(1_001);
      await refused;
      expect(admission.load).toEqual({ running: 1, waiting: 0 });
      g.open();
      await running;
      await expect(admission.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      expect(admission.load).toEqual({ running: 0, waiting: 0 });
    } finally {
      vi.useRealTimers();
    }
  });
});
