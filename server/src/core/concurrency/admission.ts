import { AppError } from '../errors/app-error.js';

/**
 * Admits at most `concurrency` pieces of work at once, lets at most `maxQueued` wait, each for at
 * most `maxWaitMs`; anything beyond is refused at once with BUSY. For work that anyone can ask
 * for anonymously and that is expensive on purpose (argon2): a flood then costs the flood, not
 * everybody else.
 */
export class Admission {
  private running = 0;
  private readonly waiting: Array<{ start: () => void; timer: NodeJS.Timeout }> = [];

  constructor(
    private readonly concurrency: number,
    private readonly maxQueued: number,
    private readonly maxWaitMs: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.enter();
    try {
      return await work();
    } finally {
      this.leave();
    }
  }

  /** Work in progress and waiting, for logs and tests. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private enter(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.maxQueued) return Promise.reject(AppError.busy(1));
    return new Promise((resolve, reject) => {
      const entry = {
        start: () => {
          clearTimeout(entry.timer);
          this.running += 1;
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          reject(AppError.busy(Math.ceil(this.maxWaitMs / 1000)));
        }, this.maxWaitMs),
      };
      this.waiting.push(entry);
    });
  }

  private leave(): void {
    this.running -= 1;
    this.waiting.shift()?.start();
  }
}
