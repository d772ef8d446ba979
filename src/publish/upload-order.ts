// The order files are uploaded in. Pure and light: the dry run's description loads it too.

/**
 * Wheels first, then the sdist (as uv publishes): a release interrupted between files leaves
 * installable wheels on the index rather than an sdist alone, which pip would build from.
 * Otherwise the files keep their order.
 */
export function uploadOrder<T extends { readonly filename: string }>(files: readonly T[]): T[] {
  const wheel = (file: T) => (file.filename.toLowerCase().endsWith('.whl') ? 0 : 1);
  return [...files].sort((a, b) => wheel(a) - wheel(b));
}
