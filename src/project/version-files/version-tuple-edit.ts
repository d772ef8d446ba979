// Writes a new version into a version tuple in place: each number where it is written, the
// release level and its number (Django's `"final", 0`, `"rc", 1`), or the suffix string
// (`_version_extra = "rc1"`). Everything else in the file stays byte for byte. A version the
// tuple has no place for (a pre-release in three plain numbers, more release numbers than it
// holds, an epoch, a local label) is refused, naming the file to edit by hand.
import { UserError } from '../../errors.js';
import { parsePep440, type Pep440 } from '../../version/index.js';
import { LEVELS, readVersionTuple, type TupleElement, type VersionTuple } from './version-tuple.js';

interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function refuse(file: string, line: number, name: string, why: string, version: string): never {
  throw new UserError(
    `A bump cannot write ${version} into ${file}: ${why}. Edit ${name} in ${file} by hand, commit, and push a tag for it.`,
    'Bump refused',
    { file, line },
  );
}

/** The release level a tuple writes for a pre-release, in the words the tuple already uses. */
function levelName(tuple: VersionTuple, parsed: Pep440): string {
  const current = tuple.level!.name.value;
  if (!parsed.pre) return 'final';
  const [kind] = parsed.pre;
  const same = Object.keys(LEVELS).find(
    (word) => LEVELS[word] === kind && word === current.toLowerCase(),
  );
  if (same) return current;
  return kind === 'a' ? 'alpha' : kind === 'b' ? 'beta' : 'rc';
}

/** What follows the release numbers in PEP 440 normal form: `rc1`, `.dev0`, `.post1`, ``. */
function suffixOf(parsed: Pep440): string {
  const release = parsed.release.join('.');
  const publicPart = parsed.normalized.split('+')[0]!;
  return publicPart.slice(publicPart.indexOf(release) + release.length);
}

function numberSplices(tuple: VersionTuple, release: readonly number[]): Splice[] {
  const splices: Splice[] = [];
  tuple.numbers.forEach((part: TupleElement, index) => {
    const wanted = String(release[index] ?? 0);
    // `_version_micro = ""` stays empty for a micro of 0; otherwise the number replaces it.
    if (part.kind === 'string' && part.value === '' && wanted === '0') return;
    if (part.kind === 'string') {
      splices.push({ start: part.start - 1, end: part.end + 1, text: wanted });
    } else if (part.value !== wanted) {
      splices.push({ start: part.start, end: part.end, text: wanted });
    }
  });
  return splices;
}

function splicesFor(tuple: VersionTuple, file: string, version: string): Splice[] {
  const parsed = parsePep440(version);
  const stop: (why: string) => never = (why) => refuse(file, tuple.line, tuple.name, why, version);
  if (!parsed) stop(`${version} is not a PEP 440 version`);
  if (parsed.epoch !== 0) stop(`${version} has an epoch, which ${tuple.name} has no place for`);
  if (parsed.release.length > tuple.numbers.length) {
    stop(
      `${version} has ${parsed.release.length} release numbers; ${tuple.name} holds ${tuple.numbers.length}`,
    );
  }
  const splices = numberSplices(tuple, parsed.release);
  if (tuple.level) {
    if (parsed.post !== null || parsed.dev !== null || parsed.local !== null) {
      stop(
        `${version} is not a final release or a pre-release, which is all a release level states`,
      );
    }
    const name = levelName(tuple, parsed);
    const serial = String(parsed.pre ? parsed.pre[1] : 0);
    const { name: written, serial: serialAt } = tuple.level;
    if (written.value !== name)
      splices.push({ start: written.start, end: written.end, text: name });
    // A final release keeps the number it has (Django writes 0; it means nothing there).
    if (parsed.pre && serialAt.value !== serial)
      splices.push({ start: serialAt.start, end: serialAt.end, text: serial });
  } else if (tuple.suffix) {
    const suffix = suffixOf(parsed);
    if (tuple.suffix.value !== suffix)
      splices.push({ start: tuple.suffix.start, end: tuple.suffix.end, text: suffix });
  } else if (parsed.normalized !== parsed.release.join('.')) {
    stop(`${tuple.name} holds only release numbers, and ${version} is more than that`);
  }
  return splices;
}

/**
 * `text` with the tuple read for `attribute` changed to `version`. `expected` is the version and
 * line the tuple had when the project was read: anything else means the file changed.
 */
export function editVersionTuple(
  text: string,
  file: string,
  expected: { readonly value: string; readonly line: number; readonly attribute?: string },
  version: string,
): string {
  const tuple = readVersionTuple(text, expected.attribute);
  if (!tuple || tuple.value !== expected.value || tuple.line !== expected.line) {
    throw new UserError(
      `Expected the version ${expected.value} spelt in numbers in ${file} at line ${expected.line}, but the file says otherwise. The file changed after it was read; run again on a clean checkout.`,
      'File changed',
      { file, line: expected.line },
    );
  }
  const ordered = splicesFor(tuple, file, version).sort((a, b) => b.start - a.start);
  let result = text;
  for (const splice of ordered) {
    result = result.slice(0, splice.start) + splice.text + result.slice(splice.end);
  }
  return result;
}
