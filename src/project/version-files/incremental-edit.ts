// Writes a new version into incremental's `__version__ = Version("Twisted", 24, 7, 0)` in place:
// the numbers change where they are written, and `release_candidate=N`, `post=N`, `dev=N` are
// added or removed the way incremental writes them (`, release_candidate=1`, in that order).
// Everything else in the file stays byte for byte. A version incremental cannot state (an alpha
// or beta, an epoch, a local label, four release numbers) is refused, naming the file to edit.
import { UserError } from '../../errors.js';
import {
  readIncrementalVersion,
  type IncrementalArgument,
  type IncrementalCall,
} from './incremental-version.js';
import { parsePep440 } from '../../version/index.js';

export interface IncrementalParts {
  readonly major: number;
  readonly minor: number;
  readonly micro: number;
  readonly release_candidate?: number;
  readonly post?: number;
  readonly dev?: number;
}

/**
 * The arguments incremental writes for a PEP 440 version (as its `--newversion` does: one or two
 * release numbers are padded with zeros), or why it cannot write it.
 */
export function incrementalParts(version: string): IncrementalParts | { problem: string } {
  const parsed = parsePep440(version);
  if (!parsed) return { problem: `${version} is not a PEP 440 version` };
  if (parsed.epoch !== 0)
    return { problem: `${version} has an epoch, which incremental has no place for` };
  if (parsed.local !== null)
    return { problem: `${version} has a local label, which incremental has no place for` };
  if (parsed.release.length > 3) {
    return {
      problem: `${version} has ${parsed.release.length} release numbers; incremental writes three (major, minor, micro)`,
    };
  }
  if (parsed.pre && parsed.pre[0] !== 'rc') {
    const kind = parsed.pre[0] === 'a' ? 'an alpha' : 'a beta';
    return { problem: `${version} is ${kind}; incremental writes only release candidates (rcN)` };
  }
  const [major = 0, minor = 0, micro = 0] = parsed.release;
  return {
    major,
    minor,
    micro,
    ...(parsed.pre ? { release_candidate: parsed.pre[1] } : {}),
    ...(parsed.post === null ? {} : { post: parsed.post }),
    ...(parsed.dev === null ? {} : { dev: parsed.dev }),
  };
}

interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Among insertions at one offset, the order they are written in. */
  readonly order: number;
}

const OPTIONAL = ['release_candidate', 'post', 'dev'] as const;

function refuse(file: string, line: number, why: string, version: string): never {
  throw new UserError(
    `A bump cannot write ${version} into ${file}: ${why}. Edit the Version(…) call in ${file} by hand (or run \`incremental update <project> --newversion ${version}\`), commit, and push a tag for it.`,
    'Bump refused',
    { file, line },
  );
}

/** The splices that turn the call's arguments into `parts`. */
function splices(call: IncrementalCall, parts: IncrementalParts): Splice[] {
  const args = call.arguments;
  const result: Splice[] = [];
  for (const name of ['major', 'minor', 'micro'] as const) {
    const argument = args.get(name)!;
    const text = String(parts[name]);
    if (argument.text !== text)
      result.push({ start: argument.start, end: argument.end, text, order: 0 });
  }
  // A new keyword goes after the argument incremental writes before it: micro, then
  // release_candidate, then post, each when the call has it.
  let after: IncrementalArgument = args.get('micro')!;
  OPTIONAL.forEach((name, order) => {
    const argument = args.get(name);
    const wanted = parts[name];
    if (argument && wanted !== undefined) {
      if (argument.text !== String(wanted))
        result.push({ start: argument.start, end: argument.end, text: String(wanted), order: 0 });
    } else if (argument) {
      // `, release_candidate=1` goes with the comma before it.
      result.push({ start: argument.commaBefore!, end: argument.end, text: '', order: 0 });
    } else if (wanted !== undefined) {
      result.push({
        start: after.end,
        end: after.end,
        text: `, ${name}=${wanted}`,
        order: order + 1,
      });
    }
    if (argument) after = argument;
  });
  return result;
}

/**
 * `text` (a `_version.py`) with its `Version(…)` call changed to `version`. `expected` is the
 * version and line the call had when the project was read: anything else means the file changed.
 */
export function editIncrementalVersion(
  text: string,
  file: string,
  expected: { readonly value: string; readonly line: number },
  version: string,
): string {
  const reading = readIncrementalVersion(text);
  if (
    reading.kind !== 'call' ||
    reading.call.value !== expected.value ||
    reading.call.line !== expected.line
  ) {
    throw new UserError(
      `Expected __version__ = Version(…) for ${expected.value} in ${file} at line ${expected.line}, but the file says otherwise. The file changed after it was read; run again on a clean checkout.`,
      'File changed',
      { file, line: expected.line },
    );
  }
  const { call } = reading;
  if (reading.count > 1) {
    refuse(file, call.line, `it assigns __version__ = Version(…) ${reading.count} times`, version);
  }
  if (call.value === 'NEXT') {
    refuse(file, call.line, 'its version is the placeholder NEXT', version);
  }
  if (call.arguments.has('prerelease')) {
    refuse(
      file,
      call.line,
      'it gives the deprecated prerelease= (incremental now writes release_candidate=)',
      version,
    );
  }
  if (call.positional > 4) {
    refuse(
      file,
      call.line,
      'it gives the release candidate, post or dev number by position',
      version,
    );
  }
  const parts = incrementalParts(version);
  if ('problem' in parts) refuse(file, call.line, parts.problem, version);
  // From the end of the file back, so offsets hold; at one offset a removal goes before the
  // insertions there, and the insertions go in reverse so they end up in incremental's order.
  const ordered = splices(call, parts).sort(
    (a, b) => b.start - a.start || b.end - a.end || b.order - a.order,
  );
  let result = text;
  for (const splice of ordered) {
    result = result.slice(0, splice.start) + splice.text + result.slice(splice.end);
  }
  return result;
}
