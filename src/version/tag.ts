// What a tag name means: the tag prefix followed by a PEP 440 version. With no prefix set, both
// `v1.2.3` and `1.2.3` are version tags (projects write both); a monorepo sets its own prefix
// (`hatchling-v`, `pkg/v`). Anything else (`latest`, a tag carrying shell syntax) is refused
// before it is used anywhere.
import { UserError } from '../errors.js';
import { parsePep440, type Pep440 } from './pep440.js';

export interface VersionTag {
  readonly name: string;
  /** The prefix the tag uses (`v`, '' or the tag-prefix input). */
  readonly prefix: string;
  /** The text after the prefix, as written (`0.2.0-rc.1`). */
  readonly versionText: string;
  readonly version: Pep440;
}

// Path-like segments, as tag-prefix allows (`hello-pyrelease/v1.0.0` in a monorepo); each starts
// with a letter or digit, so no tag reads as a command-line option.
const SEGMENT = '[A-Za-z0-9][A-Za-z0-9._+-]*';
const SAFE_TAG = new RegExp(`^${SEGMENT}(?:/${SEGMENT})*$`);

/** The prefixes a tag may have: the configured one, or `v` and none when it is not set. */
function prefixesFor(prefix: string): readonly string[] {
  return prefix ? [prefix] : ['v', ''];
}

/** The tag's version under the prefix setting, or undefined when it is not a version tag. */
export function tagVersion(name: string, prefix: string): VersionTag | undefined {
  if (!SAFE_TAG.test(name)) return undefined;
  for (const candidate of prefixesFor(prefix)) {
    if (!name.startsWith(candidate)) continue;
    const versionText = name.slice(candidate.length);
    // The version starts with a digit: PEP 440 would also take `v1.0`, making `vv1.0` a tag.
    if (!/^\d/.test(versionText)) continue;
    const version = parsePep440(versionText);
    if (version) return { name, prefix: candidate, versionText, version };
  }
  return undefined;
}

/** The prefix a tag seems to use: what comes before the version in it (`hatchling-v`). */
export function apparentPrefix(name: string): string | undefined {
  for (let index = 0; index < name.length; index++) {
    const startsVersion =
      /\d/.test(name[index]!) && (index === 0 || /[-_/v]/.test(name[index - 1]!));
    // `rel_2_0_` is no prefix: it ends inside a version written with other separators.
    const prefix = name.slice(0, index);
    if (startsVersion && !/\d[._-]$/.test(prefix) && parsePep440(name.slice(index))) return prefix;
  }
  return undefined;
}

export function parseVersionTag(name: string, prefix: string): VersionTag {
  const tag = tagVersion(name, prefix);
  if (tag) return tag;
  const seems = SAFE_TAG.test(name) ? apparentPrefix(name) : undefined;
  const expected = prefix
    ? `"${prefix}" followed by a PEP 440 version, such as ${prefix}1.2.3 or ${prefix}1.2.3rc1`
    : 'a PEP 440 version, with or without "v", such as v1.2.3, 1.2.3 or v1.2.3rc1';
  const underscored = /\d+(?:_\d+)+$/.exec(name)?.[0];
  const hint = underscored
    ? ` Its version seems written with underscores (${underscored}), but a PEP 440 version separates its numbers with dots (${underscored.replace(/_/g, '.')}): tag releases so, with tag-prefix set to what comes before the version.`
    : seems !== undefined && seems !== prefix
      ? ` It looks like a version with the prefix "${seems}": set the tag-prefix input to "${seems}" if that is how this project names its release tags.`
      : ` Release by pushing such a tag, or limit the workflow to them with \`on: push: tags: ['${prefix || 'v'}*']\`; a monorepo sets tag-prefix (such as "pkg-v").`;
  throw new UserError(
    `The tag ${JSON.stringify(name)} is not a version tag: expected ${expected}.${hint}`,
    'Not a version tag',
  );
}
