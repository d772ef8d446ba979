// What a tag name means: the tag prefix followed by a PEP 440 version. Anything else (a tag such
// as `latest`, or one carrying shell syntax) is refused before it is used anywhere.
import { UserError } from '../errors.js';
import { parsePep440, type Pep440 } from './pep440.js';

export interface VersionTag {
  readonly name: string;
  /** The text after the prefix, as written (`0.2.0-rc.1`). */
  readonly versionText: string;
  readonly version: Pep440;
}

// Path-like segments, as tag-prefix allows (`hello-pyrelease/v1.0.0` in a monorepo); each starts
// with a letter or digit, so no tag reads as a command-line option.
const SEGMENT = '[A-Za-z0-9][A-Za-z0-9._+-]*';
const SAFE_TAG = new RegExp(`^${SEGMENT}(?:/${SEGMENT})*$`);

export function parseVersionTag(name: string, prefix: string): VersionTag {
  const versionText = name.startsWith(prefix) ? name.slice(prefix.length) : undefined;
  // The version starts with a digit: PEP 440 would also take `v1.0`, making `vv1.0` a tag.
  const version =
    versionText !== undefined && SAFE_TAG.test(name) && /^\d/.test(versionText)
      ? parsePep440(versionText)
      : null;
  if (versionText === undefined || !version || versionText.trim() !== versionText) {
    throw new UserError(
      `The tag ${JSON.stringify(name)} is not a version tag: expected "${prefix}" followed by a PEP 440 version, such as ${prefix}1.2.3 or ${prefix}1.2.3rc1. Release by pushing such a tag, or limit the workflow to them with \`on: push: tags: ['${prefix}*']\`.`,
      'Not a version tag',
    );
  }
  return { name, versionText, version };
}
