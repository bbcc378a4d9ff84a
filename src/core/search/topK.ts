/** Keeps the k best of a stream without sorting all of it: a min-heap of size k. */
export class TopK {
  private readonly heap: number[] = [];

  /** `compare(a, b) > 0` when a ranks above b. */
  constructor(
    private readonly k: number,
    readonly compare: (a: number, b: number) => number,
  ) {}

  offer(item: number): void {
    const heap = this.heap;
    if (heap.length < this.k) {
      heap.push(item);
      this.up(heap.length - 1);
    } else if (this.k > 0 && this.compare(item, heap[0]) > 0) {
      heap[0] = item;
      this.down(0);
    }
  }

  /** The kept items, best first. */
  sorted(): number[] {
    return [...this.heap].sort((a, b) => this.compare(b, a));
  }

  private up(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(heap[i], heap[parent]) >= 0) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  private down(i: number): void {
    const heap = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < heap.length && this.compare(heap[l], heap[least]) < 0) least = l;
      if (r < heap.length && this.compare(heap[r], heap[least]) < 0) least = r;
      if (least === i) return;
      [heap[i], heap[least]] = [heap[least], heap[i]];
      i = least;
    }
  }
}

/** A binary max-heap of numbers under a comparator; `compare(a, b) > 0` when a ranks above b. */
export class MaxHeap {
  private readonly heap: number[] = [];

  constructor(private readonly compare: (a: number, b: number) => number) {}

  get size(): number {
    return this.heap.length;
  }

  push(item: number): void {
    const heap = this.heap;
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(heap[i], heap[parent]) <= 0) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  /** Removes and returns the best item; the heap must not be empty. */
  pop(): number {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop() as number;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let most = i;
        if (l < heap.length && this.compare(heap[l], heap[most]) > 0) most = l;
        if (r < heap.length && this.compare(heap[r], heap[most]) > 0) most = r;
        if (most === i) break;
        [heap[i], heap[most]] = [heap[most], heap[i]];
        i = most;
      }
    }
    return top;
  }
}
