// What a tag name means: a prefix followed by a PEP 440 version. With no tag-prefix set, a
// release tag is the version with or without `v` (`1.2.3`, `v1.2.3`), or the project's name
// before it as projects write it (`mypkg-1.2.3`, `mypkg-v1.2.3`, `mypkg/v1.2.3`, `mypkg_1.2.3`,
// `mypkg==1.2.3`); a tag-prefix set (`hatchling-v`, `pkg/v`, `mypkg==`) is the only prefix.
// Anything else (`latest`, another package's `other-1.2.3`, a tag carrying shell syntax) is
// refused before it is used anywhere.
import { UserError } from '../errors.js';
import { parsePep440, type Pep440 } from './pep440.js';
import { projectNameEnd } from './tag-names.js';
import { option, theOption } from '../vocabulary/index.js';

export interface VersionTag {
  readonly name: string;
  /** The prefix the tag uses (`v`, '', `mypkg-` or the tag-prefix input), as written. */
  readonly prefix: string;
  /** The text after the prefix, as written (`0.2.0-rc.1`); numbers joined by `_` get dots. */
  readonly versionText: string;
  readonly version: Pep440;
}

// Path-like segments, as tag-prefix allows (`hello-pyrelease/v1.0.0` in a monorepo); each starts
// with a letter or digit, so no tag reads as a command-line option. `==` may stand only right
// before the version (`mypkg==1.2.3`), where a shell would not read it either.
const SEGMENT = '[A-Za-z0-9][A-Za-z0-9._+-]*';
const SAFE_TAG = new RegExp(`^${SEGMENT}(?:/${SEGMENT})*(?:==[0-9][A-Za-z0-9._+-]*)?$`);

/** What comes between the project's name and the version, `v` aside. */
const NAME_SEPARATORS = ['==', '-', '_', '/'] as const;

/** Release numbers joined by underscores, as SQLAlchemy and Alembic tag them (`rel_2_0_52`). */
const UNDERSCORED = /^\d{1,20}(?:_\d{1,20}){1,4}$/;

/** The tag's version after exactly `prefix`, or undefined. */
function versionAfter(name: string, prefix: string): VersionTag | undefined {
  if (!name.startsWith(prefix)) return undefined;
  const written = name.slice(prefix.length);
  // The version starts with a digit: PEP 440 would also take `v1.0`, making `vv1.0` a tag.
  if (!/^\d/.test(written)) return undefined;
  // Numbers joined by underscores mean the version with dots; the text compared is that one.
  const versionText = UNDERSCORED.test(written) ? written.replace(/_/g, '.') : written;
  const version = parsePep440(versionText);
  return version ? { name, prefix, versionText, version } : undefined;
}

/** Words a release tag may start with, whatever the project's name (`rel_2_0_52`). */
const RELEASE_WORDS = ['rel_', 'rel-', 'release_', 'release-', 'release/'] as const;

/** The tag's version when it starts with one of the project's names and a separator. */
function versionAfterName(name: string, projectNames: readonly string[]): VersionTag | undefined {
  for (const projectName of projectNames) {
    const end = projectNameEnd(name, projectName);
    if (end === undefined) continue;
    const separator = NAME_SEPARATORS.find((candidate) => name.startsWith(candidate, end));
    if (!separator) continue;
    const prefix = name.slice(0, end + separator.length);
    const found =
      versionAfter(name, prefix) ??
      (separator === '==' ? undefined : versionAfter(name, `${prefix}v`));
    if (found) return found;
  }
  return undefined;
}

/**
 * The tag's version, or undefined when it is not a release tag of this project: after the
 * tag-prefix when one is set, else after `v`, nothing, one of the project's names (canonical,
 * see projectTagNames) and `-`, `_`, `/` (each maybe followed by `v`) or `==`, or a release word
 * (`rel_`, `release-`). Numbers joined by underscores (`rel_2_0_52`) are the version with dots.
 */
export function tagVersion(
  name: string,
  prefix: string,
  projectNames: readonly string[] = [],
): VersionTag | undefined {
  if (!SAFE_TAG.test(name)) return undefined;
  if (prefix) return versionAfter(name, prefix);
  return (
    versionAfter(name, 'v') ??
    versionAfter(name, '') ??
    versionAfterName(name, projectNames) ??
    RELEASE_WORDS.reduce<VersionTag | undefined>(
      (found, word) => found ?? versionAfter(name, word),
      undefined,
    )
  );
}

/** The prefix a tag seems to use: what comes before the version in it (`hatchling-v`). */
export function apparentPrefix(name: string): string | undefined {
  for (let index = 0; index < name.length; index++) {
    const startsVersion =
      /\d/.test(name[index]!) && (index === 0 || /[-_/v=]/.test(name[index - 1]!));
    // `rel_2_0_` is no prefix: it ends inside a version written with other separators.
    const prefix = name.slice(0, index);
    if (startsVersion && !/\d[._-]$/.test(prefix) && parsePep440(name.slice(index))) return prefix;
  }
  return undefined;
}

/** The forms a release tag may take, for a message. */
function expectedForms(prefix: string, projectNames: readonly string[]): string {
  if (prefix) {
    return `"${prefix}" followed by a PEP 440 version, such as ${prefix}1.2.3 or ${prefix}1.2.3rc1`;
  }
  const name = projectNames[0] ?? '<name>';
  const named = ['-', '-v', '/v', '/', '_', '=='].map((separator) => `${name}${separator}1.2.3`);
  return `a PEP 440 version, with or without "v" (1.2.3, v1.2.3), or the project's name${projectNames[0] ? ` (${projectNames.join(', ')})` : ''} before it: ${named.join(', ')}`;
}

/** Why the prefix a tag seems to have is not one of this project's, when tag-prefix is not set. */
function notTheProjectName(projectNames: readonly string[]): string {
  return projectNames.length > 0
    ? `, which is not the project's name (${projectNames.join(', ')}) followed by -, -v, _, _v, /, /v or ==`
    : ', and the project names no name to compare it with';
}

/** What to do about a tag that is no release tag of this project. */
function refusalHint(name: string, prefix: string, projectNames: readonly string[]): string {
  const seems = SAFE_TAG.test(name) ? apparentPrefix(name) : undefined;
  // Bounded: a name's digits would be tried from each start.
  const underscored = name.length <= 255 ? /\d+(?:_\d+)+$/.exec(name)?.[0] : undefined;
  if (underscored) {
    const before = name.slice(0, name.length - underscored.length);
    return ` Its version seems written with underscores (${underscored}, read as ${underscored.replace(/_/g, '.')}): set ${theOption('tag-prefix')} to ${JSON.stringify(before)} if that is how this project names its release tags.`;
  }
  if (seems !== undefined && seems !== prefix) {
    return ` It looks like a version with the prefix "${seems}"${prefix ? '' : notTheProjectName(projectNames)}: set ${theOption('tag-prefix')} to "${seems}" if that is how this project names its release tags.`;
  }
  return ` Release by pushing such a tag, or limit the workflow to them with \`on: push: tags: ['${prefix || 'v'}*']\`; a monorepo sets ${option('tag-prefix')} (such as "pkg-v").`;
}

function notAVersionTag(name: string, prefix: string, projectNames: readonly string[]): UserError {
  return new UserError(
    `The tag ${JSON.stringify(name)} is not a version tag: expected ${expectedForms(prefix, projectNames)}.${refusalHint(name, prefix, projectNames)}`,
    'Not a version tag',
  );
}

/** The tag's version; a tag that is no release tag of this project is refused (see tagVersion). */
export function parseVersionTag(
  name: string,
  prefix: string,
  projectNames: readonly string[] = [],
): VersionTag {
  const tag = tagVersion(name, prefix, projectNames);
  if (tag) return tag;
  throw notAVersionTag(name, prefix, projectNames);
}

/**
 * Refuses, before the project is read, a tag that no project could release: one holding what
 * a tag may not (shell syntax, a leading `-`), or no digit at all (`latest`). With tag-prefix set
 * this is the whole judgement; without it, the rest is judged once the project's name is known
 * (parseVersionTag). Linear in the tag, as it runs on every tag pushed.
 */
export function refuseNonVersionTag(name: string, prefix: string): void {
  if (prefix) {
    parseVersionTag(name, prefix);
    return;
  }
  if (SAFE_TAG.test(name) && /\d/.test(name)) return;
  throw notAVersionTag(name, prefix, []);
}
