// The packages of a monorepo: which tag prefix names which folder (the `packages` input), and
// which package a tag or a bump is for. Pure: the caller applies the choice to the inputs.
import { UserError } from '../errors.js';
import { parsePep440 } from '../version/index.js';
import { isTagPrefix, TAG_PREFIX_RULE } from './tag-prefix.js';

export interface PackageEntry {
  /** What a tag of this package starts with (`pkg-a-v`). */
  readonly prefix: string;
  /** The package's folder, relative to the repository root, without a trailing slash. */
  readonly dir: string;
  /**
   * Set for a package found without the packages input: its distribution name, which its tags
   * carry (`name-1.2.3`, `name-v1.2.3`, `name/v1.2.3`, `name==1.2.3`); `prefix` is then ''.
   */
  readonly found?: { readonly name: string | undefined };
}

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
    if (prefix === '' || !isTagPrefix(prefix))
      throw bad(`the tag prefix may hold ${TAG_PREFIX_RULE}, and must not be empty`);
    // eslint-disable-next-line no-control-regex
    if (dir === '' || /[\u0000-\u001f\u007f]/.test(dir)) throw bad('the folder is missing');
    const same = entries.find((entry) => entry.prefix === prefix);
    if (same) throw bad(`the prefix "${prefix}" is already given to ${same.dir}`);
    entries.push({ prefix, dir });
  }
  return entries;
}

function listed(packages: readonly PackageEntry[]): string {
  return packages
    .map((entry) =>
      entry.found
        ? `${entry.dir}${entry.found.name ? ` (${entry.found.name})` : ''}`
        : `"${entry.prefix}" (${entry.dir})`,
    )
    .join(', ');
}

/** PEP 503's normal form of a name, which tags may spell in any case and separator. */
function normalName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

const MAX_TAG_LENGTH = 255;

/**
 * A tag split into what names the package and the version: `pkg-a==1.2.3` is `pkg-a==` and
 * `pkg-a`. The version is the first PEP 440 version after a separator (`-`, `_`, `/`, `==`, `v`).
 */
export function tagParts(tag: string): { prefix: string; name: string } | undefined {
  // A tag name is a file name in a git repository: longer ones name no package here.
  if (tag.length > MAX_TAG_LENGTH) return undefined;
  for (let index = 0; index < tag.length; index++) {
    if (!/\d/.test(tag[index]!)) continue;
    const prefix = tag.slice(0, index);
    if (prefix !== '' && !/(?:==|[-_/v])$/.test(prefix)) continue;
    if (!parsePep440(tag.slice(index))) continue;
    return { prefix, name: prefix.replace(/(?:==|[-_/]v?|^v)$/, '') };
  }
  return undefined;
}

/** The normal forms a found package answers to: its name, its folder's name, its folder. */
function namesOf(entry: PackageEntry): string[] {
  return [entry.found?.name, entry.dir.split('/').pop(), entry.dir].flatMap((name) =>
    name ? [normalName(name)] : [],
  );
}

/**
 * The packages a tag's name part may mean, best first: those it names exactly; for a tag without
 * a name (`3.3.4`), the package named like the repository; for a short name (`pool-3.3.1`,
 * `py-1.43.2`), the package whose name ends or starts with it (`psycopg-pool`, `py-polars`). A
 * repository with one package releases it whatever its tags call it.
 */
function tagCandidates(
  wanted: string,
  packages: readonly PackageEntry[],
  repository: string | undefined,
): PackageEntry[] {
  if (wanted === '') {
    const repo = repository ? normalName(repository.split('/').pop() ?? '') : '';
    const named = repo ? packages.filter((entry) => namesOf(entry).includes(repo)) : [];
    return named.length > 0 || packages.length > 1 ? named : [...packages];
  }
  const exact = packages.filter((entry) => namesOf(entry).includes(wanted));
  if (exact.length > 0) return exact;
  const partial = packages.filter((entry) =>
    namesOf(entry).some((name) => name.endsWith(`-${wanted}`) || name.startsWith(`${wanted}-`)),
  );
  return partial.length > 0 || packages.length > 1 ? partial : [...packages];
}

/** The package found without configuration that the tag names. */
function foundPackageForTag(
  tag: string,
  packages: readonly PackageEntry[],
  repository: string | undefined,
): PackageEntry {
  const parts = tagParts(tag);
  const matches = parts ? tagCandidates(normalName(parts.name), packages, repository) : [];
  const only = matches.length === 1 ? matches[0] : undefined;
  if (only && parts) return { ...only, prefix: parts.prefix };
  const example = packages[0]?.found?.name ?? 'pkg';
  throw new UserError(
    `The tag ${JSON.stringify(tag)} names ${matches.length > 1 ? 'more than one' : 'none'} of the packages this repository holds: ${listed(packages)}. Nothing was built or uploaded. Tag a package's release with its name before the version (such as ${example}-v1.2.3 or ${example}==1.2.3), or set the packages input to "prefix: folder" lines.`,
    'Tag names no package',
  );
}

/** The package whose prefix the tag starts with; the longest prefix wins (`pkg-v` vs `pkg-`). */
export function packageForTag(
  tag: string,
  packages: readonly PackageEntry[],
  repository?: string,
): PackageEntry {
  if (packages.some((entry) => entry.found)) return foundPackageForTag(tag, packages, repository);
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
  // A workflow that lists one package is about that package.
  if (!wanted && packages.length === 1) return packages[0]!;
  if (!wanted) {
    throw new UserError(
      `With several packages in the packages input, a bump must say which package it is for: give the workflow_dispatch input "package" a folder or tag prefix of ${listed(packages)}, or list only that package in packages. Nothing was changed.`,
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
  facts: {
    readonly tag: string | undefined;
    readonly named: string;
    /** `owner/name`: a tag without a package name means the package named like the repository. */
    readonly repository?: string;
  },
): readonly PackageEntry[] {
  if (packages.length === 0) return [];
  if (mode === 'bump') return [packageByName(facts.named, packages)];
  if (facts.tag !== undefined) return [packageForTag(facts.tag, packages, facts.repository)];
  // An untagged release (a dry run) is for the package named, as a bump is.
  if (mode === 'release') {
    return facts.named || packages.length === 1 ? [packageByName(facts.named, packages)] : [];
  }
  return packages;
}

/** The inputs of one package of a monorepo: its folder and its tag prefix. */
export function inputsForPackage<T extends { workingDirectory: string; tagPrefix: string }>(
  inputs: T,
  entry: PackageEntry | undefined,
): T {
  return entry ? { ...inputs, workingDirectory: entry.dir, tagPrefix: entry.prefix } : inputs;
}
