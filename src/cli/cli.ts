#!/usr/bin/env node
// The local command line: the same engine as the action, reporting to the terminal.
import { commandUsage, parseCommandLine } from './cli-args.js';
import { localRun } from './cli-context.js';
import { UserError } from '../errors.js';
import * as log from '../log.js';
import { inputsForPackage, packagesForRun, readInputs, type InputName } from '../run/index.js';
import { describeFound, runPackages } from '../project/index.js';
import { fileSystemReader } from '../files/index.js';
import { renderCheckText, renderFindingText } from '../report.js';
import { runCheck } from '../check/index.js';

// Replaced by the bundler with package.json's version.
declare const __PYRELEASE_VERSION__: string | undefined;
const VERSION = typeof __PYRELEASE_VERSION__ === 'string' ? __PYRELEASE_VERSION__ : 'development';

/** Workflow commands (`::group::`, `::error …::`) written for the runner, made readable in a terminal. */
function terminalOutput(): void {
  // eslint-disable-next-line no-restricted-syntax -- wraps the stream log.ts writes to
  const write = process.stdout.write.bind(process.stdout);
  // eslint-disable-next-line no-restricted-syntax -- wraps the stream log.ts writes to
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const readable = text
      .split('\n')
      .map((line) => {
        const command = /^::([\w-]+)(?: ([^:]*))?::(.*)$/.exec(line);
        if (!command) return line;
        const [, name, properties = '', message = ''] = command;
        if (name === 'group') return `▸ ${message}`;
        if (name === 'endgroup' || name === 'add-mask' || name === 'debug' || name === 'set-output')
          return null;
        // The pause around text that looks like a command, and its resume token.
        if (name === 'stop-commands' || /^[0-9a-f]{32}$/.test(name!)) return null;
        const file = /file=([^,]*)/.exec(properties)?.[1];
        const line_ = /line=(\d+)/.exec(properties)?.[1];
        const at = file ? `${file}${line_ ? `:${line_}` : ''}: ` : '';
        return `${at}${name}: ${message.replace(/%0A/g, '\n').replace(/%0D/g, '').replace(/%25/g, '%')}`;
      })
      .filter((line) => line !== null);
    // A chunk that held only hidden commands prints nothing, not an empty line.
    if (readable.every((line) => line === '')) return true;
    return (write as (text: string, ...args: unknown[]) => boolean)(readable.join('\n'), ...rest);
  }) as typeof process.stdout.write;
}

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
  if (command !== 'check' && !values['dry-run']) {
    log.write(
      `pyrelease: from the command line, ${command} runs only as --dry-run; real releases run in GitHub Actions.\n`,
      'stderr',
    );
    return 2;
  }
  const { context, workingDirectory } = await localRun(args.dir, {
    tag: values.tag,
    base: values.base,
  });
  const given: Partial<Record<InputName, string>> = {
    'working-directory': workingDirectory,
    changelog: values.changelog,
    'version-files': values['version-files'],
    'tag-prefix': values['tag-prefix'],
    'require-changelog-entry': values['require-changelog-entry'] ? 'true' : undefined,
    'dry-run': 'true',
    builder: values.builder,
    'build-isolation': values['no-build-isolation'] ? 'false' : undefined,
    python: values.python,
    'import-name': values['import-name'],
    'smoke-test': values['smoke-test'],
    bump: values.bump,
    preid: values.preid,
    'version-style': values['version-style'],
    'allow-empty-changelog': values['allow-empty-changelog'] ? 'true' : undefined,
  };
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
    terminalOutput();
    const { runBumpDryRun } = await import('./cli-bump.js');
    return runBumpDryRun(context, inputs);
  }
  if (command === 'release') {
    terminalOutput();
    const { runReleaseAndReport } = await import('../release/index.js');
    const outcome = await runReleaseAndReport(context, inputs, values.tag);
    const lines = outcome.pipeline.records.map(
      (record) =>
        `${record.status === 'passed' ? '✓' : '○'} ${record.name.padEnd(18)} ${(record.durationMs / 1000).toFixed(1).padStart(5)} s  ${record.detail}`,
    );
    const artifacts = outcome.files.map(
      (a) => `  ${a.filename}  ${a.size} bytes  sha256 ${a.sha256}`,
    );
    log.write(`\n${lines.join('\n')}\n\nArtifacts:\n${artifacts.join('\n')}\n`);
    return 0;
  }
  return checkCommand(context, inputs, values.tag);
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
    log.write(
      `${renderFindingText({ level: 'error', title: error.title, message: error.message, location: error.location })}\n`,
      'stderr',
    );
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

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, reportFailure);
