import { describe, expect, it } from 'vitest';
import { OPTIONS } from '../../../src/cli/cli-args.js';
import { INPUT_DEFAULTS } from '../../../src/run/inputs.js';
import {
  FLAGS,
  option,
  optionTitle,
  setting,
  theOption,
} from '../../../src/vocabulary/vocabulary.js';

describe('the words of each entry point', () => {
  it('names inputs in the action and flags on the command line', () => {
    expect(option('release-branches', 'action')).toBe('release-branches');
    expect(option('release-branches', 'command line')).toBe('--release-branches');
    expect(theOption('changelog', 'action')).toBe('the changelog input');
    expect(theOption('changelog', 'command line')).toBe('--changelog');
    expect(optionTitle('preid', 'action')).toBe('Input preid');
    expect(optionTitle('preid', 'command line')).toBe('Option --preid');
  });

  it('writes a setting as each reader would type it', () => {
    expect(setting('changelog', 'none', 'action')).toBe('changelog: none');
    expect(setting('changelog', 'none', 'command line')).toBe('--changelog none');
    expect(setting('build-isolation', 'false', 'command line')).toBe('--no-build-isolation');
    expect(setting('allow-empty-changelog', 'true', 'command line')).toBe(
      '--allow-empty-changelog',
    );
    // An input without a flag is named as the action's.
    expect(setting('github-attestations', 'false', 'command line')).toBe(
      "the action's github-attestations: false",
    );
    expect(option('pypi-token', 'command line')).toBe("the action's pypi-token input");
  });
});

describe('FLAGS', () => {
  it('pairs inputs of action.yml with options of the command line', () => {
    const inputs = new Set(Object.keys(INPUT_DEFAULTS));
    const flags = new Set(Object.keys(OPTIONS).map((name) => `--${name}`));
    for (const [input, { flag }] of Object.entries(FLAGS)) {
      expect(inputs.has(input), input).toBe(true);
      expect(flags.has(flag), flag).toBe(true);
    }
  });

  it('gives a flag to every option of the command line that stands for an input', () => {
    const paired = new Set(Object.values(FLAGS).map(({ flag }) => flag.slice(2)));
    // The command line's own: what to compare with, help and version.
    const own = new Set(['tag', 'base', 'help', 'version']);
    for (const name of Object.keys(OPTIONS)) {
      if (!own.has(name)) expect(paired.has(name), name).toBe(true);
    }
  });
});
