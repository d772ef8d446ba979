// PEP 639's license-files globs, matched against the paths an sdist holds: `/` between folders,
// `*` and `?` within a name, `**` for any number of folders, `[...]` a character of a set or
// range (`[!...]` one outside it). Matched segment by segment without regular expressions: the
// patterns and the paths both come from the repository, so no input makes this slow (the work
// is at most the product of the lengths).

type Token =
  | { readonly kind: 'star' }
  | { readonly kind: 'one' }
  | { readonly kind: 'char'; readonly test: (char: string) => boolean };

/** `[...]` from `start` (the `[`): its test and where it ends, or undefined for a lone `[`. */
function charClass(
  segment: string,
  start: number,
): { test: (char: string) => boolean; end: number } | undefined {
  let at = start + 1;
  const negated = segment[at] === '!';
  if (negated) at++;
  const first = at;
  const ranges: [string, string][] = [];
  // A `]` right after the opening is one of the set, as in fnmatch.
  while (at < segment.length && (segment[at] !== ']' || at === first)) {
    const low = segment[at]!;
    if (segment[at + 1] === '-' && at + 2 < segment.length && segment[at + 2] !== ']') {
      ranges.push([low, segment[at + 2]!]);
      at += 3;
    } else {
      ranges.push([low, low]);
      at++;
    }
  }
  if (at >= segment.length) return undefined;
  const inSet = (char: string) => ranges.some(([low, high]) => char >= low && char <= high);
  return { test: (char) => inSet(char) !== negated, end: at };
}

function tokens(segment: string): Token[] {
  const found: Token[] = [];
  for (let at = 0; at < segment.length; at++) {
    const char = segment[at]!;
    if (char === '*') {
      if (found[found.length - 1]?.kind !== 'star') found.push({ kind: 'star' });
    } else if (char === '?') {
      found.push({ kind: 'one' });
    } else if (char === '[' && charClass(segment, at)) {
      const set = charClass(segment, at)!;
      found.push({ kind: 'char', test: set.test });
      at = set.end;
    } else {
      found.push({ kind: 'char', test: (other) => other === char });
    }
  }
  return found;
}

/** One name against one segment's tokens: the greedy match that retries from the last star. */
function matchName(pattern: readonly Token[], name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let starAt = 0;
  while (n < name.length) {
    const token = pattern[p];
    if (token?.kind === 'star') {
      star = p++;
      starAt = n;
    } else if (token && (token.kind === 'one' || token.test(name[n]!))) {
      p++;
      n++;
    } else if (star >= 0) {
      p = star + 1;
      n = ++starAt;
    } else {
      return false;
    }
  }
  while (pattern[p]?.kind === 'star') p++;
  return p === pattern.length;
}

/** A compiled glob: its segments, `**` standing for any number of folders. */
export type LicenseGlob = readonly (readonly Token[] | '**')[];

export function compileGlob(pattern: string): LicenseGlob {
  return pattern
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .map((segment) => (segment === '**' ? '**' : tokens(segment)));
}

/** Whether `file` (a relative path with `/`) is one the glob names. */
export function globMatches(glob: LicenseGlob, file: string): boolean {
  const parts = file.split('/');
  // reachable[i]: the glob's segments so far can consume exactly the first i parts.
  let reachable = new Array<boolean>(parts.length + 1).fill(false);
  reachable[0] = true;
  for (const segment of glob) {
    const next = new Array<boolean>(parts.length + 1).fill(false);
    for (let i = 0; i <= parts.length; i++) {
      if (!reachable[i]) continue;
      if (segment === '**') {
        for (let j = i; j <= parts.length; j++) next[j] = true;
        break; // every later position is reachable already
      }
      if (i < parts.length && matchName(segment, parts[i]!)) next[i + 1] = true;
    }
    reachable = next;
  }
  return reachable[parts.length] === true;
}
