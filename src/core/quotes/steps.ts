/**
 * Work in steps: the checker's scanners are generators that yield between units of work, so
 * that the editor can run them a few milliseconds at a time (`DocumentQuoteChecker.updateSteps`)
 * while the CLI and the tests run them straight through.
 */

/** Runs steps to the end without pausing and returns their result. */
export function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
