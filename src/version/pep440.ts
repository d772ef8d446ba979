// PEP 440 meaning of version strings, as pip and PyPI read them. @renovatebot/pep440 does the
// parsing; this module fixes the two places where it differs from Python's `packaging`:
// surrounding whitespace is allowed, and local segments are normalised with dots.
import { compare as pepCompare, explain } from '@renovatebot/pep440';

export interface Pep440 {
  /** The text as written. */
  readonly raw: string;
  /** The normal form (`0.2.0rc1`), what wheels and PyPI show. */
  readonly normalized: string;
  readonly epoch: number;
  readonly release: readonly number[];
  readonly pre: readonly [string, number] | null;
  readonly post: number | null;
  readonly dev: number | null;
  readonly local: string | null;
  /** Alpha, beta, release candidate or development release. */
  readonly isPrerelease: boolean;
  readonly isPostrelease: boolean;
  readonly isDevrelease: boolean;
}

/** The largest number a version part may have here: JavaScript numbers are exact up to 2^53. */
const TOO_LARGE = /[1-9]\d{15,}/;

export function parsePep440(raw: string): Pep440 | null {
  const text = raw.trim();
  // 999999999999999999999.0.0 is valid for packaging, but would be compared and bumped inexactly.
  if (TOO_LARGE.test(text.split('+')[0]!)) return null;
  const parsed = explain(text);
  if (!parsed) return null;
  const local = parsed.local === null ? null : parsed.local.toLowerCase().replace(/[-_]/g, '.');
  const pre = parsed.pre ? ([String(parsed.pre[0]), Number(parsed.pre[1])] as const) : null;
  // explain() gives post and dev as plain numbers (its typings say arrays), and 0 is a real value.
  const number = (value: unknown): number | null =>
    value === null || value === undefined ? null : Number(value);
  return {
    raw,
    normalized: local === null ? parsed.public : `${parsed.public}+${local}`,
    epoch: parsed.epoch,
    release: parsed.release,
    pre,
    post: number(parsed.post),
    dev: number(parsed.dev),
    local,
    isPrerelease: parsed.is_prerelease,
    isPostrelease: parsed.is_postrelease,
    isDevrelease: parsed.is_devrelease,
  };
}

/** Negative, zero or positive, by PEP 440 ordering. Both must be valid versions. */
export function comparePep440(a: string, b: string): number {
  return pepCompare(a.trim(), b.trim());
}

/**
 * Equal by PEP 440 meaning, as `packaging` compares: spellings (`0.2.0-rc.1`, `0.2.0rc1`) and
 * trailing zeros (`1.0`, `1.0.0`) do not matter.
 */
export function samePep440(a: string, b: string): boolean {
  return parsePep440(a) !== null && parsePep440(b) !== null && comparePep440(a, b) === 0;
}

/** The project name as PyPI compares it (PEP 503). */
export function canonicalProjectName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** The name part of wheel and sdist file names (`mongodb_session_manager`). */
export function distFilenamePrefix(name: string): string {
  return canonicalProjectName(name).replace(/-/g, '_');
}
