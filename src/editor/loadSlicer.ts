import type { LoadPhase } from './corpusStore';

/** How long a slice of parsing may hold the extension host before it lets other work run. */
const SLICE_MS = 8;

/**
 * Runs stepwise work in slices of a few milliseconds, letting the extension host handle other
 * requests between them, and measures the longest slice.
 */
export class Slicer {
  longest = 0;
  phase: LoadPhase = 'parse';
  readonly byPhase: Record<LoadPhase, number> = { parse: 0, merge: 0, search: 0 };
  private sliceStart = performance.now();

  /** Lets other work run now; the time since the last pause counts as one slice. */
  async pause(): Promise<void> {
    this.endSlice();
    await yieldToHost();
    this.sliceStart = performance.now();
  }

  async run<T>(steps: Generator<undefined, T, void>): Promise<T> {
    this.sliceStart = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) {
        this.endSlice();
        return step.value;
      }
      if (performance.now() - this.sliceStart >= SLICE_MS) await this.pause();
    }
  }

  private endSlice(): void {
    const slice = performance.now() - this.sliceStart;
    this.longest = Math.max(this.longest, slice);
    this.byPhase[this.phase] = Math.max(this.byPhase[this.phase], slice);
  }
}

function yieldToHost(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}
