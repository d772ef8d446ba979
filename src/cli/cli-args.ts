// The command line's arguments: which command, which options, and the help that describes them.
// One table of commands and options feeds both the parser and the help, so they cannot disagree.
import { parseArgs } from 'node:util';
import { closest } from './suggest.js';

export type Command = 'check' | 'release' | 'bump';

interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The value's placeholder in the help. */
  readonly value?: string;
  readonly help: string;
}

export const OPTIONS = {
  'working-directory': {
    type: 'string',
    value: 'DIR',
    help: 'the project folder, instead of the DIR argument',
  },
  tag: {
    type: 'string',
    value: 'TAG',
    help: 'compare with this tag as a tag push would (v0.1.15)',
  },
  base: {
    type: 'string',
    value: 'REF',
    help: 'compare with the version on REF, as a pull request would',
  },
  changelog: {
    type: 'string',
    value: 'FILE',
    help: 'changelog path, relative to DIR (default: found; none for a project without one)',
  },
  'version-files': {
    type: 'string',
    value: 'LIST',
    help: 'extra files holding __version__, comma-separated',
  },
  'tag-prefix': {
    type: 'string',
    value: 'PREFIX',
    help: 'tag prefix for a monorepo (default: 1.2.3, v1.2.3 and the project name before them)',
  },
  'release-branches': {
    type: 'string',
    value: 'LIST',
    help: 'branches (or globs) a released tag must be on, comma-separated',
  },
  package: {
    type: 'string',
    value: 'NAME',
    help: 'in a repository of several packages, the one to check (folder or tag prefix)',
  },
  'changelog-entry': {
    type: 'string',
    value: 'HOW',
    help: 'auto, required (fail, not warn, when [Unreleased] is empty) or optional (bump anyway)',
  },
  'require-changelog-entry': {
    type: 'boolean',
    help: 'the same as --changelog-entry required',
  },
  'dry-run': { type: 'boolean', help: 'show what would happen and change nothing (required)' },
  builder: {
    type: 'string',
    value: 'uv|build',
    help: 'build with uv or python -m build (default: uv when on PATH, else a Python with build)',
  },
  'no-build-isolation': { type: 'boolean', help: 'build with the backend already installed' },
  'uv-version': {
    type: 'string',
    value: 'VERSION',
    help: 'the uv release to download when uv is not on PATH',
  },
  'dist-dir': {
    type: 'string',
    value: 'DIR',
    help: 'check and test files built elsewhere instead of building',
  },
  python: {
    type: 'string',
    value: 'PATH',
    help: "the Python interpreter (default: the virtualenv's, python3 or python)",
  },
  'import-name': { type: 'string', value: 'NAME', help: 'the module the wheel test imports' },
  'smoke-test': { type: 'string', value: 'CODE', help: 'Python code run after the import' },
  bump: {
    type: 'string',
    value: 'LEVEL',
    help: 'patch, minor, major, prepatch, preminor, premajor, prerelease, or a version',
  },
  preid: { type: 'string', value: 'ID', help: 'alpha, beta or rc, for the pre* levels' },
  'version-style': {
    type: 'string',
    value: 'STYLE',
    help: 'pep440 (0.2.0rc1, default) or semver (0.2.0-rc.1)',
  },
  'allow-empty-changelog': { type: 'boolean', help: 'the same as --changelog-entry optional' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
  version: { type: 'boolean', short: 'V', help: "show pyrelease's version" },
} as const satisfies Record<string, OptionSpec>;

type OptionName = keyof typeof OPTIONS;

const PROJECT: readonly OptionName[] = [
  'working-directory',
  'changelog',
  'version-files',
  'tag-prefix',
];

const COMMANDS: Record<
  Command,
  { synopsis: string; about: string; options: readonly OptionName[] }
> = {
  check: {
    synopsis: 'pyrelease check [DIR] [options]',
    about:
      'Every version number of the Python project in DIR (default: .) must agree:\npyproject.toml, __version__, CHANGELOG.md, uv.lock and, with --tag, the tag.\nExits 1 when one disagrees.',
    options: [...PROJECT, 'tag', 'base', 'package', 'changelog-entry', 'require-changelog-entry'],
  },
  release: {
    synopsis: 'pyrelease release --dry-run [DIR] [options]',
    about:
      'Validate, build, inspect the artifacts and test the wheel, then print what\nwould be uploaded and released. Nothing is uploaded or tagged: real releases\nrun in GitHub Actions.',
    options: [
      ...PROJECT,
      'dry-run',
      'tag',
      'release-branches',
      'builder',
      'no-build-isolation',
      'uv-version',
      'python',
      'dist-dir',
      'import-name',
      'smoke-test',
    ],
  },
  bump: {
    synopsis: 'pyrelease bump --dry-run [DIR] --bump LEVEL [options]',
    about:
      'Show what "Run workflow" with this bump would change: the diff of every file,\nthe commit message and the annotated tag. Nothing is written, committed or\npushed.',
    options: [
      ...PROJECT,
      'dry-run',
      'bump',
      'preid',
      'changelog-entry',
      'allow-empty-changelog',
      'version-style',
      'release-branches',
    ],
  },
};

function isCommand(name: string | undefined): name is Command {
  return name !== undefined && Object.hasOwn(COMMANDS, name);
}

function optionLines(names: readonly OptionName[]): string {
  const rows = names.map((name) => {
    const spec: OptionSpec = OPTIONS[name];
    const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${spec.value}` : ''}`;
    return [flag, spec.help] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return rows.map(([flag, help]) => `  ${flag.padEnd(width)}${help}`).join('\n');
}

export const USAGE = `Usage:
${Object.values(COMMANDS)
  .map((command) => `  ${command.synopsis}`)
  .join('\n')}
  pyrelease --version

Commands:
  check     check that every version number of the project agrees
  release   run the release pipeline as a dry run (build, inspect, test the wheel)
  bump      show what a bump from "Run workflow" would change

Run 'pyrelease <command> --help' for the options of a command.
`;

export function commandUsage(command: Command): string {
  const spec = COMMANDS[command];
  return `Usage: ${spec.synopsis}\n\n${spec.about}\n\nOptions:\n${optionLines([...spec.options, 'help'])}\n`;
}

type Values = {
  [K in OptionName]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean;
};

export type ParsedArgs =
  | { readonly kind: 'help'; readonly text: string }
  | { readonly kind: 'version' }
  /** A usage error: one line, then the usage it concerns; exit code 2. */
  | { readonly kind: 'error'; readonly message: string; readonly usage: string }
  | {
      readonly kind: 'run';
      readonly command: Command;
      /** The project folder as given (DIR or --working-directory), relative to the current one. */
      readonly dir: string;
      readonly values: Values;
    };

/** ` (did you mean `check`?)` when a known word is close to the mistyped one. */
export function didYouMean(word: string, known: readonly string[]): string {
  const near = closest(word, known);
  return near === undefined ? '' : `; did you mean \`${near}\`?`;
}

const FLAG_NAMES = Object.keys(OPTIONS).map((name) => `--${name}`);

/** Node's parse error, in one line and in our words where we can. */
function describeParseError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-[^' ]+)/.exec(message ?? '')?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    const name = option.split('=')[0]!;
    return `unknown option ${option}${name.startsWith('--') ? didYouMean(name, FLAG_NAMES) : ''}`;
  }
  if (option && /argument missing/.test(message ?? '')) return `option ${option} needs a value`;
  if (option && /does not take an argument/.test(message ?? '')) {
    return `option ${option} takes no value`;
  }
  return (message ?? String(error)).split('\n')[0]!.replace(/\.\s.*$/, '.');
}

export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (error) {
    const command = argv.find((arg) => !arg.startsWith('-'));
    return {
      kind: 'error',
      message: describeParseError(error),
      usage: isCommand(command) ? commandUsage(command) : USAGE,
    };
  }
  const { values, positionals, tokens } = parsed;
  const [first, ...rest] = positionals;
  if (first === 'help') {
    if (rest.length === 0) return { kind: 'help', text: USAGE };
    if (isCommand(rest[0]) && rest.length === 1) {
      return { kind: 'help', text: commandUsage(rest[0]) };
    }
    return {
      kind: 'error',
      message: `no help for ${JSON.stringify(rest.join(' '))}`,
      usage: USAGE,
    };
  }
  if (first === undefined) {
    if (values.version) return { kind: 'version' };
    if (values.help) return { kind: 'help', text: USAGE };
    return { kind: 'error', message: 'no command given', usage: USAGE };
  }
  if (!isCommand(first)) {
    return {
      kind: 'error',
      message: `unknown command ${JSON.stringify(first)}${didYouMean(first, [...Object.keys(COMMANDS), 'help'])}`,
      usage: USAGE,
    };
  }
  const usage = commandUsage(first);
  if (values.help) return { kind: 'help', text: usage };
  const allowed = new Set<string>([...COMMANDS[first].options, 'help']);
  for (const token of tokens) {
    if (token.kind === 'option' && !allowed.has(token.name)) {
      return { kind: 'error', message: `${first} has no option ${token.rawName}`, usage };
    }
  }
  if (rest.length > 1) {
    return {
      kind: 'error',
      message: `one project folder at most, not ${rest.map((arg) => JSON.stringify(arg)).join(' ')}`,
      usage,
    };
  }
  if (rest.length === 1 && values['working-directory'] !== undefined) {
    return {
      kind: 'error',
      message: 'give the project folder as DIR or as --working-directory, not both',
      usage,
    };
  }
  if (first === 'bump' && values.bump === undefined) {
    return {
      kind: 'error',
      message: 'bump needs --bump LEVEL (patch, minor, major, pre…, or a version)',
      usage,
    };
  }
  return {
    kind: 'run',
    command: first,
    dir: rest[0] ?? values['working-directory'] ?? '.',
    values,
  };
}
