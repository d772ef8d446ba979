// The next version for a bump level, by PEP 440 meaning, and how to spell it in the files.
//
// Levels (X.Y.Z is the release segment; `p` is the pre-release phase from `preid`):
// - patch: a pre-release or .devN of R (R rc1, R.dev3, R rc1.dev2) becomes R itself (finalise);
//   a .postN.devM becomes X.Y.Z.postN; anything else (final, .postN) becomes X.Y.(Z+1).
// - minor / major: finalise when the version is a pre-release of X.Y.0 / X.0.0 (0.2.0rc1 → 0.2.0,
//   1.0.0rc1 → 1.0.0); otherwise X.(Y+1).0 / (X+1).0.0.
// - prepatch / preminor / premajor: always step that part and start at p1 (0.1.14 → 0.2.0rc1).
// - prerelease: on a pre-release, the next number in the same phase (rc1 → rc2), or p1 when preid
//   names a later phase (a3 → b1); an earlier phase is refused (rc → beta would go backwards).
//   A .devN of a pre-release becomes that pre-release (rc1.dev2 → rc1). R.devN becomes R p1.
//   On a final or .post version, it starts the next patch's pre-release (0.1.14 → 0.1.15rc1).
// - an explicit version: any valid PEP 440 version strictly greater than the current one.
// No level produces .postN or .devN (write those explicitly). Levels drop a local segment (+abc),
// which PyPI would refuse; the epoch is kept. Stepped releases have three parts (1.2 → 1.2.1).
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
export const PREIDS: readonly Preid[] = ['alpha', 'beta', 'rc'];
/** The phase a new pre-release cycle starts in when no preid is given. */
export const DEFAULT_PREID: Preid = 'rc';

export type VersionStyle = 'pep440' | 'semver';

export interface BumpOptions {
  /** Pre-release phase. Unset: keep the current phase for `prerelease`, DEFAULT_PREID otherwise. */
  readonly preid?: Preid;
  readonly style: VersionStyle;
}

export interface NextVersion {
  /** PEP 440 normal form (`0.2.0rc1`). */
  readonly pep440: string;
  /** What goes into the files: the normal form, or the SemVer spelling (`0.2.0-rc.1`). */
  readonly written: string;
}

type Phase = 'a' | 'b' | 'rc';
const PHASE_RANK: Record<Phase, number> = { a: 0, b: 1, rc: 2 };
const PHASE_OF: Record<Preid, Phase> = { alpha: 'a', beta: 'b', rc: 'rc' };
const PREID_OF: Record<Phase, Preid> = { a: 'alpha', b: 'beta', rc: 'rc' };

interface Parts {
  readonly epoch: number;
  readonly release: readonly number[];
  readonly pre: readonly [Phase, number] | null;
  readonly post: number | null;
  readonly dev: number | null;
}

function toParts(version: Pep440): Parts {
  const pre = version.pre ? ([version.pre[0] as Phase, version.pre[1]] as const) : null;
  return {
    epoch: version.epoch,
    release: version.release,
    pre,
    post: version.post,
    dev: version.dev,
  };
}

function stringify(parts: Parts): string {
  return (
    (parts.epoch ? `${parts.epoch}!` : '') +
    parts.release.join('.') +
    (parts.pre ? `${parts.pre[0]}${parts.pre[1]}` : '') +
    (parts.post !== null ? `.post${parts.post}` : '') +
    (parts.dev !== null ? `.dev${parts.dev}` : '')
  );
}

/** X.Y.Z with the part at `index` (0 major, 1 minor, 2 patch) stepped and those after it zeroed. */
function step(parts: Parts, index: number, pre: Parts['pre'] = null): Parts {
  const release = [0, 1, 2].map((position) => {
    const value = parts.release[position] ?? 0;
    return position < index ? value : position === index ? value + 1 : 0;
  });
  return { epoch: parts.epoch, release, pre, post: null, dev: null };
}

/** The final release itself, without pre, post or dev parts. */
function final(parts: Parts): Parts {
  return { epoch: parts.epoch, release: parts.release, pre: null, post: null, dev: null };
}

/** A version on the way to its release segment: aN, bN, rcN, or .devN without .post. */
function leadsToRelease(parts: Parts): boolean {
  return parts.pre !== null || (parts.dev !== null && parts.post === null);
}

function zerosFrom(parts: Parts, index: number): boolean {
  return parts.release.slice(index).every((value) => value === 0);
}

function phaseOf(preid: string | undefined): Phase | undefined {
  if (preid === undefined) return undefined;
  const phase = PHASE_OF[preid as Preid];
  if (phase === undefined) {
    throw new UserError(
      `preid must be one of ${PREIDS.join(', ')}, not ${JSON.stringify(preid)}.`,
      'Invalid input',
    );
  }
  return phase;
}

function bumpParts(parts: Parts, level: BumpLevel, preid: Phase | undefined): Parts {
  const startPhase = preid ?? PHASE_OF[DEFAULT_PREID];
  switch (level) {
    case 'patch':
      if (leadsToRelease(parts)) return final(parts);
      if (parts.dev !== null) return { ...parts, dev: null };
      return step(parts, 2);
    case 'minor':
      return leadsToRelease(parts) && zerosFrom(parts, 2) ? final(parts) : step(parts, 1);
    case 'major':
      return leadsToRelease(parts) && zerosFrom(parts, 1) ? final(parts) : step(parts, 0);
    case 'prepatch':
      return step(parts, 2, [startPhase, 1]);
    case 'preminor':
      return step(parts, 1, [startPhase, 1]);
    case 'premajor':
      return step(parts, 0, [startPhase, 1]);
    case 'prerelease':
      return nextPrerelease(parts, preid);
  }
}

function nextPrerelease(parts: Parts, preid: Phase | undefined): Parts {
  const current = parts.pre;
  if (current === null) {
    const phase = preid ?? PHASE_OF[DEFAULT_PREID];
    // R.devN comes before every pre-release of R; anything else is released already.
    return leadsToRelease(parts)
      ? { ...final(parts), pre: [phase, 1] }
      : step(parts, 2, [phase, 1]);
  }
  const [phase, number] = current;
  const wanted = preid ?? phase;
  if (PHASE_RANK[wanted] < PHASE_RANK[phase]) {
    throw new UserError(
      `Cannot make a ${PREID_OF[wanted]} pre-release after ${stringify(parts)}: ${PREID_OF[wanted]} comes before ${PREID_OF[phase]} (a < b < rc), so the version would go backwards. Use preid ${PREID_OF[phase]} (or a later phase), finalise with bump: patch, or give the version explicitly.`,
      'Backward pre-release',
    );
  }
  if (wanted !== phase) return { ...final(parts), pre: [wanted, 1] };
  if (parts.dev !== null) return { ...parts, dev: null };
  return { ...final(parts), pre: [phase, number + 1] };
}

function parseCurrent(current: string): Pep440 {
  const parsed = parsePep440(current);
  if (!parsed) {
    throw new UserError(
      `The current version ${JSON.stringify(current)} is not a PEP 440 version, so there is no next version to compute. Fix it in the files first (X.Y.Z, X.Y.ZrcN, X.Y.Z.postN).`,
      'Invalid version',
    );
  }
  return parsed;
}

function explicitVersion(current: Pep440, text: string): string {
  const wanted = parsePep440(text);
  if (!wanted) {
    throw new UserError(
      `bump must be one of ${BUMP_LEVELS.join(', ')} or a PEP 440 version such as 1.2.3 or 1.2.3rc1 (each number below 10^16), not ${JSON.stringify(text)}.`,
      'Invalid bump',
    );
  }
  if (wanted.local !== null) {
    throw new UserError(
      `${text} has a local version part (+${wanted.local}), which PyPI refuses. Give a public version such as ${wanted.normalized.split('+')[0]}.`,
      'Invalid bump',
    );
  }
  const order = comparePep440(wanted.normalized, current.normalized);
  if (order <= 0) {
    throw new UserError(
      `The new version ${text} must be greater than the current version ${current.normalized}, but it is ${order === 0 ? 'the same version' : 'lower'}. Give a higher version, or a bump level (${BUMP_LEVELS.join(', ')}).`,
      'Version not greater',
    );
  }
  return wanted.normalized;
}

/**
 * How a project writes pre-releases: SemVer (`1.2.0-rc.1`) when its version or one of its tags
 * already does, else PEP 440 (`1.2.0rc1`, what the wheel and PyPI show).
 */
export function projectVersionStyle(current: string, tags: readonly string[]): VersionStyle {
  const semver = /\d-(?:alpha|beta|rc)\.\d/;
  return semver.test(current) || tags.some((tag) => semver.test(tag)) ? 'semver' : 'pep440';
}

/** The version after `current` for a bump level or an explicit version. */
export function nextVersion(current: string, bump: string, options: BumpOptions): NextVersion {
  const parsed = parseCurrent(current);
  const level = bump.trim().toLowerCase();
  const preid = phaseOf(options.preid);
  let pep440 = (BUMP_LEVELS as readonly string[]).includes(level)
    ? stringify(bumpParts(toParts(parsed), level as BumpLevel, preid))
    : explicitVersion(parsed, bump.trim());
  if (options.style === 'pep440') return { pep440, written: pep440 };

  const written = toSemverSpelling(pep440);
  if (written === undefined) {
    throw new UserError(
      `${pep440} has no SemVer spelling, and this project writes its versions as SemVer (X.Y.Z, X.Y.Z-alpha.N, X.Y.Z-beta.N, X.Y.Z-rc.N). Give the bump an explicit version SemVer can spell, or write the version in PEP 440 form (1.2.0rc1) first.`,
      'No SemVer spelling',
    );
  }
  // 1.0 becomes 1.0.0 in SemVer; the normal form follows what is written.
  pep440 = fromSemverSpelling(written) ?? pep440;
  return { pep440, written };
}

/**
 * The SemVer spelling of a PEP 440 version (`0.2.0rc1` → `0.2.0-rc.1`, `1.0` → `1.0.0`), or
 * undefined when SemVer cannot say it (epoch, .post, .dev, local part, more than three parts).
 */
export function toSemverSpelling(pep440: string): string | undefined {
  const parsed = parsePep440(pep440);
  if (!parsed || parsed.epoch !== 0 || parsed.post !== null || parsed.dev !== null)
    return undefined;
  if (parsed.local !== null || parsed.release.length > 3) return undefined;
  const [major = 0, minor = 0, patch = 0] = parsed.release;
  const base = `${major}.${minor}.${patch}`;
  if (!parsed.pre) return base;
  return `${base}-${PREID_OF[parsed.pre[0] as Phase]}.${parsed.pre[1]}`;
}

const SEMVER_PRE = /^(alpha|a|beta|b|rc|c)(\d*)$/i;

/**
 * The PEP 440 normal form of a SemVer spelling: `X.Y.Z`, `X.Y.Z-{alpha,beta,rc}.N` (or `-rcN`).
 * Undefined for anything else, including build metadata and pre-releases without a number.
 */
export function fromSemverSpelling(text: string): string | undefined {
  if (semver.valid(text) !== text) return undefined;
  const parsed = semver.parse(text);
  if (!parsed) return undefined;
  const base = `${parsed.major}.${parsed.minor}.${parsed.patch}`;
  const ids = parsed.prerelease;
  if (ids.length === 0) return base;
  const [first, second] = ids;
  const match = SEMVER_PRE.exec(String(first));
  if (!match?.[1]) return undefined;
  const inline = match[2] ?? '';
  let number: string;
  if (ids.length === 1 && inline !== '') number = inline;
  else if (ids.length === 2 && inline === '' && typeof second === 'number') number = String(second);
  else return undefined;
  return parsePep440(`${base}${match[1]}${number}`)?.normalized;
}

/** a, b, rc and .dev versions: GitHub pre-releases. `.postN` alone is a final release. */
export function isPrereleaseVersion(version: string): boolean {
  return parseCurrent(version).isPrerelease;
}

/**
 * Whether a release of `version` should be marked latest: not for pre-releases, and not for a
 * hotfix below a final release that exists already. Unparsable and pre-release entries of
 * `existingVersions` (tags, with the prefix removed) are ignored.
 */
export function shouldBeLatest(version: string, existingVersions: readonly string[]): boolean {
  const parsed = parseCurrent(version);
  if (parsed.isPrerelease) return false;
  const own = parsed.normalized.split('+')[0]!;
  return !existingVersions.some((text) => {
    const other = parsePep440(text);
    if (!other || other.isPrerelease) return false;
    return comparePep440(other.normalized.split('+')[0]!, own) > 0;
  });
}
