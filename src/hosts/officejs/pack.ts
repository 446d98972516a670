/**
 * Greedy packing under a byte budget, for reads (estimated response sizes) and writes (request sizes):
 * items in order, a new pack when the next one would go over; an item larger than the budget is a pack
 * of its own. Excel on the web stops at 5 MB a request or response; the budgets keep well under it.
 */
export function packByBytes<T>(items: readonly T[], bytesOf: (item: T) => number, budget: number): T[][] {
  const packs: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const b = bytesOf(item);
    if (current.length && bytes + b > budget) {
      packs.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += b;
  }
  if (current.length) packs.push(current);
  return packs;
}
