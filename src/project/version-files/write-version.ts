// How a bump writes the next version into one version file, the way that file states versions:
// the value replaced in place, spelt as the project writes versions (in PEP 440 normal form where
// the file's tool writes that, as SemVer for Cargo), or incremental's Version(…) call and a
// version tuple rewritten from the version's numbers. A new kind of version file that cannot be replaced in place adds
// its editor here; the bump asks only this.
import { toSemverSpelling } from '../../version/index.js';
import type { VersionSource } from '../version-origin.js';
import { editIncrementalVersion } from './incremental-edit.js';
import { replaceAt } from './replace.js';
import { editVersionTuple } from './version-tuple-edit.js';

export interface NextVersion {
  /** PEP 440 normal form. */
  readonly pep440: string;
  /** As the project writes its versions (`1.2.0-rc.1` stays in that style). */
  readonly written: string;
}

/** The value a source gets: uv writes its lock file's versions in normal form; Cargo needs SemVer. */
function spelt(source: VersionSource, next: NextVersion): string {
  if (source.kind === 'uv-lock' || source.spelling === 'pep440') return next.pep440;
  if (source.spelling === 'semver') return toSemverSpelling(next.pep440) ?? next.written;
  return next.written;
}

/** The file's text with `source`'s version replaced by `next`; every other byte as it was. */
export function writeVersion(text: string, source: VersionSource, next: NextVersion): string {
  if (source.kind === 'incremental')
    return editIncrementalVersion(text, source.file, source, next.pep440);
  if (source.kind === 'tuple') return editVersionTuple(text, source.file, source, next.pep440);
  return replaceAt(
    text,
    source.line,
    source.column,
    source.value,
    spelt(source, next),
    source.file,
  );
}
