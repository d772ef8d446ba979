#!/usr/bin/env node
// The local command line: the same engine as the action, reporting to the terminal.
import { mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { commandUsage, parseCommandLine, type ParsedArgs } from './cli-args.js';
import { localRun } from './cli-context.js';
import { laptopBuilder } from './cli-tools.js';
import { startStatusLine } from './status-line.js';
import { artifactLines, palette, stepTable, wantsColour, type Palette } from './terminal.js';
import { UserError } from '../errors.js';
import * as log from '../log.js';
import { inputsForPackage, packagesForRun, readInputs, type InputName } from '../run/index.js';
import { describeFound, runPackages } from '../project/index.js';
import { fileSystemReader } from '../files/index.js';
import { renderCheckText, renderFindingText } from '../report.js';
import { runCheck } from '../check/index.js';
import { FLAGS, speakTo } from '../vocabulary/index.js';

// Replaced by the bundler with package.json's version.
declare const __PYRELEASE_VERSION__: string | undefined;
const VERSION = typeof __PYRELEASE_VERSION__ === 'string' ? __PYRELEASE_VERSION__ : 'development';

// Messages speak of flags (--tag-prefix), not the action's inputs.
speakTo('command line');

const COLOUR = wantsColour(process.stdout.isTTY, process.env);
const paint = palette(COLOUR);
const ERR_COLOUR = wantsColour(process.stderr.isTTY, process.env);
const paintErr = palette(ERR_COLOUR);

const LEVEL_PAINT: Readonly<Record<string, keyof Palette>> = {
  error: 'red',
  warning: 'yellow',
  notice: 'cyan',
};

/** Text without terminal escape sequences (colours, cursor moves). */
function withoutColour(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
}

/** Workflow commands (`::group::`, `::error …::`) written for the runner, made readable in a terminal. */
function terminalOutput(colours: Palette): void {
  // eslint-disable-next-line no-restricted-syntax -- wraps the stream log.ts writes to
  const write = process.stdout.write.bind(process.stdout);
  // eslint-disable-next-line no-restricted-syntax -- wraps the stream log.ts writes to
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    // A tool's own colours (twine's PASSED) stay only where pyrelease's would show.
    const readable = (COLOUR ? text : withoutColour(text))
      .split('\n')
      .map((line) => {
        const command = /^::([\w-]+)(?: ([^:]*))?::(.*)$/.exec(line);
        if (!command) return line;
        const [, name, properties = '', message = ''] = command;
        if (name === 'group') return colours.bold(`▸ ${message}`);
        if (name === 'endgroup' || name === 'add-mask' || name === 'debug' || name === 'set-output')
          return null;
        // The pause around text that looks like a command, and its resume token.
        if (name === 'stop-commands' || /^[0-9a-f]{32}$/.test(name!)) return null;
        const file = /file=([^,]*)/.exec(properties)?.[1];
        const line_ = /line=(\d+)/.exec(properties)?.[1];
        const at = file ? `${file}${line_ ? `:${line_}` : ''}: ` : '';
        const colour = LEVEL_PAINT[name ?? ''];
        const level = colour ? colours[colour](`${name}:`) : `${name}:`;
        return `${at}${level} ${message.replace(/%0A/g, '\n').replace(/%0D/g, '').replace(/%25/g, '%')}`;
      })
      .filter((line) => line !== null);
    // A chunk that held only hidden commands prints nothing, not an empty line.
    if (readable.every((line) => line === '')) return true;
    return (write as (text: string, ...args: unknown[]) => boolean)(readable.join('\n'), ...rest);
  }) as typeof process.stdout.write;
}

/** Removes the status line (when there is one) before the end's table and messages. */
let stopStatus = () => {};

async function main(argv: string[]): Promise<number> {
  const args = parseCommandLine(argv);
  if (args.kind === 'version') {
    log.write(`pyrelease ${VERSION}\n`);
    return 0;
  }
  if (args.kind === 'help') {
    log.write(args.text);
    return 0;
  }
  if (args.kind === 'error') {
    log.write(`pyrelease: ${args.message}\n\n${args.usage}`, 'stderr');
    return 2;
  }
  const { command, values } = args;
  // The status line writes under the readable output, so its own \r and escapes stay intact.
  if (command === 'release' && process.stdout.isTTY) {
    stopStatus = startStatusLine(process.stdout, paint);
  }
  terminalOutput(paint);
  if (command !== 'check' && !values['dry-run']) {
    log.write(
      `pyrelease: from the command line, ${command} runs only as --dry-run; real releases run in GitHub Actions.\n`,
      'stderr',
    );
    return 2;
  }
  const local = await localRun(args.dir, { tag: values.tag, base: values.base });
  const { context } = local;
  const given = inputsFromFlags(values);
  given['working-directory'] = local.workingDirectory;
  given['dry-run'] = 'true';
  if (command === 'release') {
    const tools = await laptopBuilder({
      builder: values.builder,
      python: values.python,
      uvVersion: values['uv-version'],
    });
    given.builder = tools.builder ?? given.builder;
    given.python = tools.python ?? given.python;
  }
  let inputs;
  try {
    inputs = readInputs((name) => given[name]);
  } catch (error) {
    // A value the option does not take (--builder pip) is a usage mistake too.
    if (!(error instanceof UserError)) throw error;
    log.write(`pyrelease: ${error.message}\n\n${commandUsage(command)}`, 'stderr');
    return 2;
  }
  if (command === 'bump') {
    const { runBumpDryRun } = await import('./cli-bump.js');
    return runBumpDryRun(context, inputs, { dir: args.dir, inRepository: local.inRepository });
  }
  if (command === 'release') return releaseCommand(context, inputs, values.tag);
  return checkCommand(context, inputs, values.tag);
}

type RunArgs = Extract<ParsedArgs, { kind: 'run' }>;

/** The inputs the flags stand for, through the one table that pairs them (FLAGS). */
function inputsFromFlags(values: RunArgs['values']): Partial<Record<InputName, string>> {
  const given: Partial<Record<InputName, string>> = {};
  for (const [input, { flag, kind }] of Object.entries(FLAGS)) {
    const value = (values as Record<string, string | boolean | undefined>)[flag.slice(2)];
    if (value === undefined || value === false) continue;
    given[input as InputName] =
      kind === 'sets-true' ? 'true' : kind === 'sets-false' ? 'false' : String(value);
  }
  return given;
}

/** `pyrelease release --dry-run`: the steps live, with a status line on a terminal, then the table. */
async function releaseCommand(
  context: Parameters<typeof runCheck>[0],
  inputs: Parameters<typeof runCheck>[1],
  tag: string | undefined,
): Promise<number> {
  const { runReleaseAndReport } = await import('../release/index.js');
  let outcome;
  try {
    outcome = await runReleaseAndReport(context, inputs, tag);
  } finally {
    stopStatus();
  }
  const table = stepTable(outcome.pipeline.records, paint);
  log.write(`\n${table.join('\n')}\n\nArtifacts:\n${artifactLines(outcome.files).join('\n')}\n`);
  return 0;
}

/**
 * `pyrelease check`: the project, or in a repository with no project at its root, each package
 * found in its folders (the one a tag names, with --tag).
 */
async function checkCommand(
  context: Parameters<typeof runCheck>[0],
  inputs: Parameters<typeof runCheck>[1],
  tag: string | undefined,
): Promise<number> {
  const found = await runPackages(fileSystemReader(context.workspace), inputs, {
    tag,
    repository: context.repository,
  });
  if (found.some((entry) => entry.found) && !found.some((entry) => entry.dir === '.')) {
    log.write(
      `No Python project at the repository root; the packages in its folders are: ${describeFound(found)}.\n\n`,
    );
  }
  const chosen = packagesForRun('check', found, {
    tag,
    named: inputs.package,
    repository: context.repository,
  });
  let ok = true;
  for (const entry of chosen.length > 0 ? chosen : [undefined]) {
    const { result } = await runCheck(context, inputsForPackage(inputs, entry), tag);
    if (entry) log.write(`Package ${entry.dir}\n`);
    log.write(`${renderCheckText(result)}\n${entry ? '\n' : ''}`);
    ok &&= result.ok;
  }
  return ok ? 0 : 1;
}

function reportFailure(error: unknown): void {
  if (error instanceof UserError) {
    const text = renderFindingText({
      level: 'error',
      title: error.title,
      message: error.message,
      location: error.location,
    });
    const plain = ERR_COLOUR ? text : withoutColour(text);
    log.write(`${plain.replace(/\berror:/, paintErr.red('error:'))}\n`, 'stderr');
  } else {
    log.write(
      `pyrelease: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      'stderr',
    );
  }
  process.exitCode = 1;
}

// A promise rejected with nobody waiting on it is reported like any failure.
process.on('unhandledRejection', reportFailure);

/**
 * Everything a run writes outside the project (the dry run's dist, venvs, tools' own temporary
 * files through TMPDIR) goes in one folder of its own, removed when the command ends, even on
 * Ctrl-C. uv, when it must be downloaded, is kept in the user's cache as the action keeps it in
 * the runner's tool cache.
 */
function ownTemporaryFolder(): void {
  const folder = mkdtempSync(path.join(process.env.RUNNER_TEMP || tmpdir(), 'pyrelease-'));
  process.env.RUNNER_TEMP = folder;
  process.env.TMPDIR = folder;
  process.env.RUNNER_TOOL_CACHE ||= path.join(
    process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache'),
    'pyrelease',
  );
  process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)
    process.on(signal, () => process.exit(code));
}
ownTemporaryFolder();

main(process.argv.slice(2))
  .finally(() => stopStatus())
  .then((code) => {
    process.exitCode = code;
  }, reportFailure);
