// Exact pins of one package in another's `[project].dependencies` (`"pkg-a==1.2.3"`), as
// members of a monorepo write them. Read as text, so each pin has its line: a bump that leaves a
// pin behind names it. Pure.
import path from 'node:path';
import { canonicalProjectName, samePep440 } from '../../version/index.js';
import { splitText } from '../../files/index.js';
import { lockedProjects } from './uv-lock.js';

export interface Pin {
  readonly file: string;
  readonly line: number;
  /** The requirement as written (`pkg-a[extra]==1.2.3; python_version >= "3.9"`). */
  readonly requirement: string;
  /** The pinned version (`1.2.3`). */
  readonly version: string;
}

/** The strings of `[project].dependencies`, each with its line. */
function dependencyStrings(text: string): { value: string; line: number }[] {
  const { lines } = splitText(text);
  const found: { value: string; line: number }[] = [];
  let table = '';
  let inArray = false;
  for (const [index, line] of lines.entries()) {
    if (!inArray) {
      const header = /^\s*\[([^[\]]+)\]\s*(#.*)?$/.exec(line);
      if (header?.[1] !== undefined) {
        table = header[1].trim();
        continue;
      }
      const start = /^\s*dependencies\s*=\s*\[/.exec(line);
      if (table !== 'project' || !start) continue;
      inArray = scan(line.slice(start[0].length), index + 1, found);
      continue;
    }
    inArray = scan(line, index + 1, found);
  }
  return found;
}

/** Collects the quoted strings of one line of the array; false once the array has closed. */
function scan(text: string, line: number, into: { value: string; line: number }[]): boolean {
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (char === '#') return true;
    if (char === ']') return false;
    if (char === '"' || char === "'") {
      const end = text.indexOf(char, at + 1);
      if (end < 0) return true;
      into.push({ value: text.slice(at + 1, end), line });
      at = end;
    }
  }
  return true;
}

/** Every exact pin (`==`, `===`) of `dependency` in the file's `[project].dependencies`. */
export function findPins(text: string, file: string, dependency: string): Pin[] {
  const wanted = canonicalProjectName(dependency);
  const pins: Pin[] = [];
  for (const { value, line } of dependencyStrings(text)) {
    const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*([^;]*)/.exec(value);
    if (!match?.[1] || canonicalProjectName(match[1]) !== wanted) continue;
    for (const specifier of (match[2] ?? '').split(',')) {
      const exact = /^\s*===?\s*([^\s*]+)\s*$/.exec(specifier);
      if (exact?.[1]) pins.push({ file, line, requirement: value.trim(), version: exact[1] });
    }
  }
  return pins;
}

/** The pins a release of `version` leaves behind. */
export function stalePins(pins: readonly Pin[], version: string): Pin[] {
  return pins.filter((pin) => !samePep440(pin.version, version));
}

/**
 * The folders of the other members of a monorepo (repository-relative): those a workspace's
 * uv.lock records, and those the packages input lists, without `self`.
 */
export function otherMembers(
  lock: { readonly file: string; readonly text: string } | undefined,
  listed: readonly string[],
  self: string,
): string[] {
  const root = lock ? path.posix.dirname(lock.file) : '.';
  const fromLock = lock ? lockedProjects(lock.text).map((member) => member.path) : [];
  const folders = [...fromLock.map((folder) => path.posix.join(root, folder)), ...listed].map(
    (folder) => path.posix.normalize(folder).replace(/\/+$/, ''),
  );
  const own = path.posix.normalize(self || '.');
  return [...new Set(folders)].filter((folder) => folder !== own);
}
