// An in-memory repository that can also list folders, as the working tree and git readers do:
// entries directly in a folder, repository-relative, folders ending in `/`.
import type { FileReader } from '../../src/files/file-reader.js';

export function listingReader(
  files: Record<string, string | Uint8Array>,
): FileReader & { readonly requested: string[] } {
  const requested: string[] = [];
  const text = (value: string | Uint8Array) =>
    typeof value === 'string' ? value : new TextDecoder().decode(value);
  return {
    requested,
    read(path) {
      requested.push(path);
      return Promise.resolve(Object.hasOwn(files, path) ? text(files[path]!) : undefined);
    },
    readBytes(path) {
      const value = files[path];
      if (value === undefined) return Promise.resolve(undefined);
      return Promise.resolve(typeof value === 'string' ? new TextEncoder().encode(value) : value);
    },
    list(dir) {
      const prefix = dir ? `${dir}/` : '';
      const entries = new Set<string>();
      for (const path of Object.keys(files)) {
        if (!path.startsWith(prefix)) continue;
        const rest = path.slice(prefix.length);
        const slash = rest.indexOf('/');
        entries.add(slash === -1 ? path : `${prefix}${rest.slice(0, slash)}/`);
      }
      return Promise.resolve(entries.size > 0 || dir === '' ? [...entries] : undefined);
    },
  };
}
