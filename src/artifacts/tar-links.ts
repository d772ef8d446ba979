// Where a tar's members land when it is unpacked as tar and Python's tarfile do: a member whose
// folder is a symbolic link made by an earlier member is written where that link points. Links
// that each stay inside (`a -> .`, `b -> a/../..`) can lead outside when combined (`b/file`), so
// every path is resolved through the links the archive makes, one segment at a time.
import type { ArchiveEntry } from './archive-entry.js';

/** Enough for any real chain; more is a loop. */
const MAX_HOPS = 40;

/** The segments of a path, last first, without the empty and "." ones. */
function segments(text: string): string[] {
  return text
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .reverse();
}

type Resolution =
  | { readonly parts: string[]; readonly via: string[] }
  | { readonly outside: string; readonly via: string[] };

/**
 * Resolves `rest` from the folder `start` through `links` (link path -> target); the last
 * segment is followed only when `followLast`.
 */
function resolve(
  start: readonly string[],
  rest: string,
  links: ReadonlyMap<string, string>,
  followLast: boolean,
): Resolution {
  const parts = [...start];
  const via: string[] = [];
  const todo = segments(rest);
  let hops = 0;
  while (todo.length > 0) {
    const part = todo.pop()!;
    if (part === '..') {
      if (parts.length === 0) return { outside: 'climbs above the archive', via };
      parts.pop();
      continue;
    }
    parts.push(part);
    if (todo.length === 0 && !followLast) break;
    const target = links.get(parts.join('/'));
    if (target === undefined) continue;
    via.push(`${parts.join('/')} -> ${target}`);
    if (++hops > MAX_HOPS) return { outside: 'goes round a loop of links', via };
    if (target.startsWith('/')) return { outside: `reaches the absolute path ${target}`, via };
    parts.pop();
    todo.push(...segments(target));
  }
  return { parts, via };
}

function reason(result: Resolution & { outside: string }): string {
  const chain = result.via.length ? ` through ${result.via.join(', ')}` : '';
  return `${result.outside}${chain}`;
}

/**
 * The members that would be written outside the unpack folder through links, and the links
 * whose target leads outside once the links they pass through are followed: `"name" reason`.
 */
export function linkEscapes(entries: readonly ArchiveEntry[]): string[] {
  const links = new Map<string, string>();
  const found: string[] = [];
  const symlinks: { folder: string[]; name: string; target: string }[] = [];
  for (const entry of entries) {
    const at = resolve([], entry.name, links, false);
    if ('outside' in at) {
      if (at.via.length > 0) found.push(`${JSON.stringify(entry.name)} ${reason(at)}`);
      continue; // a ".." name without links is reported as an unsafe path
    }
    if (entry.kind === 'symlink' && entry.linkName !== undefined) {
      links.set(at.parts.join('/'), entry.linkName);
      symlinks.push({ folder: at.parts.slice(0, -1), name: entry.name, target: entry.linkName });
    } else if (entry.kind === 'hardlink' && entry.linkName !== undefined) {
      const target = resolve([], entry.linkName, links, true);
      if ('outside' in target && target.via.length > 0)
        found.push(
          `${JSON.stringify(entry.name)} links to ${entry.linkName}, which ${reason(target)}`,
        );
    }
  }
  // A link's target is judged with every link of the archive, as it is after unpacking.
  for (const link of symlinks) {
    if (link.target.startsWith('/')) continue; // reported as it is, without links
    const target = resolve(link.folder, link.target, links, true);
    if ('outside' in target && target.via.length > 0)
      found.push(`${JSON.stringify(link.name)} ${reason(target)}`);
  }
  return found;
}
