// The next version of a bump. semver does the arithmetic on the SemVer spelling of the version;
// PEP 440 decides what is greater and how the result is written. Pure.
import semver from 'semver';
import { UserError } from '../errors.js';
import { comparePep440, parsePep440, type Pep440 } from './pep440.js';

export const BUMP_LEVELS = [
  'patch',
  'minor',
  'major',
  'prepatch',
  'preminor',
  'premajor',
  'prerelease',
] as const;
export type BumpLevel = (typeof BUMP_LEVELS)[number];
export type Preid = 'alpha' | 'beta' | 'rc';
export type VersionStyle = 'pep440' | 'semver';

const PEP_TO_SEMVER: Record<string, Preid> = { a: 'alpha', b: 'beta', rc: 'rc' };
const SEMVER_TO_PEP: Record<string, string> = { alpha: 'a', beta: 'b', rc: 'rc', dev: '.dev' };

export interface NextVersion {
  /** PEP 440 normal form: what the wheel and PyPI show. */
  readonly pep440: string;
  /** What goes into the files and the tag, in the chosen style. */
  readonly written: string;
}

function release3(version: Pep440): [number, number, number] {
  const [major = 0, minor = 0, patch = 0] = version.release;
  return [major, minor, patch];
}

/** `0.2.0rc1` → `0.2.0-rc.1`; undefined for what SemVer cannot say (epochs, .post, local, 4 parts). */
export function toSemverSpelling(version: string): string | undefined {
  const parsed = parsePep440(version);
  if (!parsed || parsed.post !== null || parsed.local !== null || parsed.release.length > 3)
    return undefined;
  if (/^\s*\d+!/.test(version) || parsed.normalized.includes('!')) return undefined;
  const base = release3(parsed).join('.');
  if (parsed.pre && parsed.dev !== null) return undefined;
  if (parsed.pre) return `${base}-${PEP_TO_SEMVER[parsed.pre[0]]}.${parsed.pre[1]}`;
  if (parsed.dev !== null) return `${base}-dev.${parsed.dev}`;
  return base;
}

/** `0.2.0-rc.1` → `0.2.0rc1` (any spelling PEP 440 accepts works too). */
export function fromSemverSpelling(version: string): string | undefined {
  const match = /^(\d+\.\d+\.\d+)-(alpha|beta|rc|dev)\.(\d+)$/.exec(version.trim());
  if (match) return parsePep440(`${match[1]}${SEMVER_TO_PEP[match[2]!]}${match[3]}`)?.normalized;
  return parsePep440(version)?.normalized;
}

function written(pep440: string, style: VersionStyle): string {
  return style === 'semver' ? (toSemverSpelling(pep440) ?? pep440) : pep440;
}

/** SemVer form used for the arithmetic: .post releases count as their final release. */
function arithmeticForm(version: Pep440): string {
  const base = release3(version).join('.');
  if (version.pre) return `${base}-${PEP_TO_SEMVER[version.pre[0]]}.${version.pre[1]}`;
  if (version.dev !== null) return `${base}-dev.${version.dev}`;
  return base;
}

export function nextVersion(
  current: string,
  bump: string,
  options: { preid?: Preid; style: VersionStyle },
): NextVersion {
  const from = parsePep440(current);
  if (!from)
    throw new UserError(
      `The current version ${JSON.stringify(current)} is not a PEP 440 version.`,
      'Invalid version',
    );
  const level = bump.trim().toLowerCase();
  let pep440: string;
  if ((BUMP_LEVELS as readonly string[]).includes(level)) {
    if (from.local !== null || from.normalized.includes('!')) {
      throw new UserError(
        `${current} has an epoch or a local part; bump to an explicit version instead.`,
        'Cannot bump',
      );
    }
    const preid =
      options.preid ?? (level === 'prerelease' && from.pre ? PEP_TO_SEMVER[from.pre[0]] : 'rc');
    const next = semver.inc(arithmeticForm(from), level as semver.ReleaseType, false, preid, '1');
    const converted = next ? fromSemverSpelling(next) : undefined;
    if (!converted) throw new UserError(`Cannot bump ${current} by ${level}.`, 'Cannot bump');
    pep440 = converted;
  } else {
    const explicit = parsePep440(bump.replace(/^v/, ''));
    if (!explicit) {
      throw new UserError(
        `bump must be one of ${BUMP_LEVELS.join(', ')} or a PEP 440 version such as 1.2.3 or 1.2.3rc1, not ${JSON.stringify(bump)}.`,
        'Invalid bump',
      );
    }
    pep440 = explicit.normalized;
  }
  if (comparePep440(pep440, from.normalized) <= 0) {
    throw new UserError(
      `A bump must raise the version, but ${pep440} is not greater than ${from.normalized}${(BUMP_LEVELS as readonly string[]).includes(level) ? ` (${level}${options.preid ? ` with preid ${options.preid}` : ''}: alpha < beta < rc, so a pre-release cannot go back to an earlier kind)` : ''}. Choose a higher version.`,
      'Version would not increase',
    );
  }
  return { pep440, written: written(pep440, options.style) };
}

/**
 * Whether a release should be GitHub's "latest": not for pre-releases (a, b, rc, .dev), and not
 * for a hotfix below a final release that already exists. `.post` releases are final.
 */
export function shouldBeLatest(version: string, existing: readonly string[]): boolean {
  const parsed = parsePep440(version);
  if (!parsed || parsed.isPrerelease) return false;
  return !existing.some((other) => {
    const release = parsePep440(other);
    return (
      release !== null &&
      !release.isPrerelease &&
      comparePep440(release.normalized, parsed.normalized) > 0
    );
  });
}
