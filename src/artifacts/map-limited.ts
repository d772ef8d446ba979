// Runs an async function over many items with a bounded number in flight: a dist folder may
// hold thousands of files, and opening them all at once runs out of file descriptors (EMFILE).

/** Open files at once: enough to keep a disk busy, far below any descriptor limit. */
export const FILES_AT_ONCE = 16;

/** `fn` of each item, in order, at most `limit` running at a time. */
export async function mapLimited<T, R>(
  items: readonly T[],
  fn: (item: T) => Promise<R>,
  limit = FILES_AT_ONCE,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
