// The packages of a monorepo: which tag prefix names which folder (the `packages` input), and
// which package a tag or a bump is for. Pure: the caller applies the choice to the inputs.
import { UserError } from '../errors.js';

export interface PackageEntry {
  /** What a tag of this package starts with (`pkg-a-v`). */
  readonly prefix: string;
  /** The package's folder, relative to the repository root, without a trailing slash. */
  readonly dir: string;
}

const PREFIX = /^(?!-)[A-Za-z0-9._/-]+$/;

/**
 * Reads the `packages` input: one `prefix: folder` a line (`pkg-a-v: packages/pkg-a`); blank
 * lines and lines starting with `#` are skipped.
 */
export function parsePackages(raw: string): PackageEntry[] {
  const entries: PackageEntry[] = [];
  for (const [index, line] of raw.split(/\r?\n/).entries()) {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    const bad = (why: string) =>
      new UserError(
        `Input packages, line ${index + 1} (${JSON.stringify(text)}): ${why}. Write one package a line as "tag-prefix: folder", such as "pkg-a-v: packages/pkg-a".`,
        'Invalid input',
      );
    const colon = text.indexOf(':');
    if (colon < 0) throw bad('there is no colon between the tag prefix and the folder');
    const prefix = text.slice(0, colon).trim();
    const dir = text
      .slice(colon + 1)
      .trim()
      .replace(/^\.\//, '')
      .replace(/\/+$/, '');
    if (!PREFIX.test(prefix))
      throw bad(
        "the tag prefix may hold letters, digits, '.', '_', '/' and '-' (not first) only, and must not be empty",
      );
    // eslint-disable-next-line no-control-regex
    if (dir === '' || /[\u0000-\u001f\u007f]/.test(dir)) throw bad('the folder is missing');
    const same = entries.find((entry) => entry.prefix === prefix);
    if (same) throw bad(`the prefix "${prefix}" is already given to ${same.dir}`);
    entries.push({ prefix, dir });
  }
  return entries;
}

function listed(packages: readonly PackageEntry[]): string {
  return packages.map((entry) => `"${entry.prefix}" (${entry.dir})`).join(', ');
}

/** The package whose prefix the tag starts with; the longest prefix wins (`pkg-v` vs `pkg-`). */
export function packageForTag(tag: string, packages: readonly PackageEntry[]): PackageEntry {
  let best: PackageEntry | undefined;
  for (const entry of packages) {
    if (tag.startsWith(entry.prefix) && entry.prefix.length > (best?.prefix.length ?? -1))
      best = entry;
  }
  if (best) return best;
  throw new UserError(
    `The tag ${JSON.stringify(tag)} names none of the packages: its prefix is none of ${listed(packages)}. Nothing was built or uploaded. Tag a package's release as its prefix followed by the version (such as ${packages[0]?.prefix ?? 'pkg-v'}1.2.3), or add a line "prefix: folder" for it to the packages input.`,
    'Tag names no package',
  );
}

/** The package a bump is for, named by its folder or its tag prefix. */
export function packageByName(name: string, packages: readonly PackageEntry[]): PackageEntry {
  const wanted = name.trim().replace(/^\.\//, '').replace(/\/+$/, '');
  if (!wanted) {
    throw new UserError(
      `With the packages input set, a bump must say which package it is for: set the package input, or give the workflow_dispatch input "package", to a folder or tag prefix of ${listed(packages)}. Nothing was changed.`,
      'No package named',
    );
  }
  const found =
    packages.find((entry) => entry.dir === wanted) ??
    packages.find((entry) => entry.prefix === name.trim());
  if (found) return found;
  throw new UserError(
    `The package ${JSON.stringify(name)} is none of the packages: give a folder or tag prefix of ${listed(packages)}. Nothing was changed.`,
    'Unknown package',
  );
}

/**
 * The packages a run is for: none when the input is empty (the run uses working-directory and
 * tag-prefix as given); the tag's package for a release (and a check on a tag); the named one
 * for a bump and an untagged release (a dry run); every package for a pull-request check.
 */
export function packagesForRun(
  mode: 'check' | 'release' | 'bump',
  packages: readonly PackageEntry[],
  facts: { readonly tag: string | undefined; readonly named: string },
): readonly PackageEntry[] {
  if (packages.length === 0) return [];
  if (mode === 'bump') return [packageByName(facts.named, packages)];
  if (facts.tag !== undefined) return [packageForTag(facts.tag, packages)];
  // An untagged release (a dry run) is for the package named, as a bump is.
  if (mode === 'release') return facts.named ? [packageByName(facts.named, packages)] : [];
  return packages;
}
