// Installing a release from a folder of wheels as a user would: the installer picks the wheel
// that fits the interpreter, from the folder only, and never builds the sdist. When none fits,
// the message compares the folder's tags with the interpreter's. Pure.
import { parseWheelFilename } from './filenames.js';
import { expandTags } from './wheel-set.js';

/**
 * `pip install` (or `uv pip install`) arguments after the interpreter: the release from the
 * folders alone, without dependencies. `extra` holds what the caller's installer needs first
 * (uv's `--python <venv>`).
 */
export function folderInstallArgs(
  requirement: string,
  dirs: readonly string[],
  extra: readonly string[] = [],
): string[] {
  return [
    'pip',
    'install',
    ...extra,
    '--only-binary',
    ':all:',
    '--no-index',
    ...dirs.flatMap((dir) => ['--find-links', dir]),
    '--no-deps',
    requirement,
  ];
}

/**
 * Then its dependencies, from the index as a user gets them; the release itself is installed
 * already and stays (the folder is still offered, so a resolver sees the same files).
 */
export function dependencyInstallArgs(
  requirement: string,
  dirs: readonly string[],
  extra: readonly string[] = [],
): string[] {
  return ['pip', 'install', ...extra, ...dirs.flatMap((dir) => ['--find-links', dir]), requirement];
}

/** The wheels an interpreter with these tags (most preferred first) can install, best first. */
export function fittingWheels(
  filenames: readonly string[],
  supported: readonly string[],
): string[] {
  const rank = new Map(supported.map((tag, index) => [tag, index]));
  const ranked: { filename: string; best: number }[] = [];
  for (const filename of filenames) {
    const parsed = parseWheelFilename(filename);
    if (!parsed) continue;
    const best = Math.min(...expandTags(parsed).map((tag) => rank.get(tag) ?? Infinity));
    if (best !== Infinity) ranked.push({ filename, best });
  }
  return ranked.sort((a, b) => a.best - b.best).map((item) => item.filename);
}

const SHOWN_TAGS = 8;

/** Why no wheel installs here: the tags the folder has and those the interpreter takes. */
export function noFittingWheelMessage(options: {
  readonly filenames: readonly string[];
  readonly supported: readonly string[];
  /** `Python 3.11 (cp311) on linux_x86_64`. */
  readonly interpreter: string;
  readonly requirement: string;
}): string {
  const has = options.filenames.flatMap((filename) => {
    const parsed = parseWheelFilename(filename);
    return parsed ? [expandTags(parsed).join(', ')] : [];
  });
  const wants = options.supported.slice(0, SHOWN_TAGS).join(', ');
  const more = options.supported.length - SHOWN_TAGS;
  return `No wheel in dist-dir installs on this runner's ${options.interpreter}, so ${options.requirement} could not be tested. The wheels are for ${has.length ? has.join('; ') : 'nothing (no wheel)'}; this interpreter takes ${options.supported.length ? `${wants}${more > 0 ? ` and ${more} more` : ''}` : 'tags it could not list'}. Run the release job with a Python a wheel was built for (actions/setup-python, and pass its python-path as python), or add a wheel for it to the build matrix; the sdist is never built here.`;
}
