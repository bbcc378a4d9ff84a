/**
 * Converts character offsets in a text into 1-based line and column numbers. Line starts are
 * found as far as the offsets asked for reach, so that a large file's lines are counted a
 * little at a time while it is read, not all at once before.
 */
export class TextPositions {
  private readonly lineStarts: number[] = [0];
  /** Every line start at or before this offset is known. */
  private scanned = 0;

  constructor(private readonly text: string) {}

  /** The 1-based line and column of `offset`. */
  at(offset: number): { line: number; column: number } {
    this.scanTo(offset);
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
  }

  /** Records line starts until every one at or before `offset` is known. */
  private scanTo(offset: number): void {
    while (this.scanned < offset) {
      const newline = this.text.indexOf('\n', this.scanned);
      if (newline < 0) {
        this.scanned = Number.POSITIVE_INFINITY;
        return;
      }
      this.lineStarts.push(newline + 1);
      this.scanned = newline + 1;
    }
  }
}
