// The one place inputs are read and validated. Defaults here equal those in action.yml (a test
// keeps them together), so the CLI and a runner that leaves an input unset behave the same.
import { UserError } from './errors.js';

export type Mode = 'auto' | 'check' | 'release' | 'bump';

export interface Inputs {
  readonly mode: Mode;
  readonly workingDirectory: string;
  /** Changelog path relative to working-directory; '' turns the changelog off. */
  readonly changelog: string;
  readonly versionFiles: readonly string[];
  readonly tagPrefix: string;
  readonly requireChangelogEntry: boolean;
}

export const INPUT_DEFAULTS = {
  mode: 'auto',
  'working-directory': '.',
  changelog: 'CHANGELOG.md',
  'version-files': '',
  'tag-prefix': 'v',
  'require-changelog-entry': 'false',
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;

/** Returns the raw value of an input, or undefined when it was not given at all. */
export type InputGetter = (name: InputName) => string | undefined;

/** How a runner passes inputs: INPUT_<NAME> with spaces as underscores, upper-cased. */
export function environmentInputs(env: NodeJS.ProcessEnv = process.env): InputGetter {
  return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}

function boolean(name: InputName, raw: string): boolean {
  const value = raw.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off', ''].includes(value)) return false;
  throw new UserError(
    `Input ${name} must be true or false, not ${JSON.stringify(raw)}.`,
    'Invalid input',
  );
}

function oneOf<T extends string>(name: InputName, raw: string, allowed: readonly T[]): T {
  const value = raw.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(
    `Input ${name} must be one of ${allowed.join(', ')}, not ${JSON.stringify(raw)}.`,
    'Invalid input',
  );
}

function list(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function readInputs(get: InputGetter): Inputs {
  const value = (name: InputName) => get(name) ?? INPUT_DEFAULTS[name];
  const tagPrefix = value('tag-prefix').trim();
  if (!/^[A-Za-z0-9._/-]*$/.test(tagPrefix)) {
    throw new UserError(
      `Input tag-prefix may hold letters, digits, '.', '_', '/' and '-' only, not ${JSON.stringify(tagPrefix)}.`,
      'Invalid input',
    );
  }
  return {
    mode: oneOf('mode', value('mode'), ['auto', 'check', 'release', 'bump']),
    workingDirectory: value('working-directory').trim() || '.',
    changelog: value('changelog').trim(),
    versionFiles: list(value('version-files')),
    tagPrefix,
    requireChangelogEntry: boolean('require-changelog-entry', value('require-changelog-entry')),
  };
}
