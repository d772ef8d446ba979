#!/usr/bin/env node
// Releases pyrelease itself (see RELEASING.md): checks that the tree is clean and dist/ is what the
// bundler makes, tags package.json's version as vX.Y.Z annotated with its CHANGELOG.md section,
// moves the major tag vX to it, and pushes the branch and both tags with --atomic: all or nothing.
// Every command is an argument array; nothing passes through a shell.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `Usage: node scripts/release-action.mjs [--dry-run] [--remote NAME]

Tags the version in package.json as vX.Y.Z, annotated with its CHANGELOG.md section, moves the
major tag vX to it and pushes the current branch and both tags atomically to the remote
(default origin). --dry-run runs every check and prints the commands instead of running them.
`;

class Refusal extends Error {}

function run(args, { check = true } = {}) {
  const [command, ...rest] = args;
  const result = spawnSync(command, rest, { cwd: ROOT, encoding: 'utf8' });
  if (result.error) throw result.error;
  if (check && result.status !== 0) {
    throw new Refusal(`${args.slice(0, 3).join(' ')} … failed:\n${result.stderr.trim()}`);
  }
  return { status: result.status, stdout: result.stdout.trimEnd(), stderr: result.stderr.trim() };
}

const git = (args, options) => run(['git', ...args], options);

/** For display only: how a shell would spell the command. It is never run through one. */
function display(args) {
  return args
    .map((arg) => (/^[\w@%+=:,./^{}-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`))
    .join(' ');
}

/** The body of `## [X.Y.Z]` in a Keep a Changelog file, up to the next `## ` heading. */
function changelogSection(text, version) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const escaped = version.replace(/\./g, '\\.');
  const start = lines.findIndex((line) => new RegExp(`^## \\[${escaped}\\]`).test(line));
  if (start === -1) return undefined;
  const end = lines.findIndex((line, index) => index > start && /^## /.test(line));
  const body = lines.slice(start + 1, end === -1 ? undefined : end);
  // Link references at the bottom of the file belong to no section.
  const withoutLinks = body.filter((line) => !/^\[[^\]]+\]: \S+$/.test(line));
  return withoutLinks.join('\n').trim() || undefined;
}

function files(dir, prefix = '') {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const name = path.posix.join(prefix, entry.name);
    return entry.isDirectory() ? files(dir, name) : [name];
  });
}

/** The files of dist/ that a fresh build makes differently, or that only one of them has. */
function staleDist() {
  const fresh = mkdtempSync(path.join(tmpdir(), 'pyrelease-dist-'));
  try {
    run([process.execPath, 'scripts/bundle.mjs', '--outdir', fresh]);
    const committed = path.join(ROOT, 'dist');
    const names = new Set([...files(committed), ...files(fresh)]);
    return [...names].sort().filter((name) => {
      try {
        return !readFileSync(path.join(committed, name)).equals(
          readFileSync(path.join(fresh, name)),
        );
      } catch {
        return true;
      }
    });
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

function plan(remote) {
  const branch = git(['symbolic-ref', '--quiet', '--short', 'HEAD'], { check: false });
  if (branch.status !== 0)
    throw new Refusal('HEAD is not on a branch; check out the branch to release.');
  const status = git(['status', '--porcelain']).stdout;
  if (status) throw new Refusal(`the working tree is not clean; commit or stash first:\n${status}`);

  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Refusal(`package.json's version ${version} is not X.Y.Z.`);
  }
  const section = changelogSection(readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8'), version);
  if (!section) {
    throw new Refusal(`CHANGELOG.md has no entries under ## [${version}]; write them first.`);
  }
  const tag = `v${version}`;
  const major = `v${version.split('.')[0]}`;
  if (
    git(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`], { check: false }).status === 0
  ) {
    throw new Refusal(`the tag ${tag} exists already; raise the version in package.json.`);
  }
  const remoteTags = git(['ls-remote', '--tags', remote, `refs/tags/${tag}`, `refs/tags/${major}`]);
  if (remoteTags.stdout.includes(`refs/tags/${tag}`)) {
    throw new Refusal(`${remote} has the tag ${tag} already; raise the version in package.json.`);
  }
  // The major tag's value on the remote now: the push moves it only from there.
  const remoteMajor =
    remoteTags.stdout
      .split('\n')
      .map((line) => line.split(/\s+/))
      .find(([, ref]) => ref === `refs/tags/${major}`)?.[0] ?? '';
  const stale = staleDist();
  if (stale.length > 0) {
    throw new Refusal(
      `dist/ is not what npm run build makes from src/ (${stale.join(', ')}); run npm run build and commit dist/.`,
    );
  }
  return {
    tag,
    major,
    commands: [
      [
        'git',
        'tag',
        '--annotate',
        '--cleanup=verbatim',
        '--message',
        `pyrelease ${version}\n\n${section}\n`,
        tag,
        'HEAD',
      ],
      [
        'git',
        'tag',
        '--force',
        '--annotate',
        '--message',
        `pyrelease ${major}: ${tag}`,
        major,
        `${tag}^{commit}`,
      ],
      [
        'git',
        'push',
        '--atomic',
        '--porcelain',
        `--force-with-lease=refs/tags/${major}:${remoteMajor}`,
        remote,
        `HEAD:refs/heads/${branch.stdout}`,
        `refs/tags/${tag}:refs/tags/${tag}`,
        `refs/tags/${major}:refs/tags/${major}`,
      ],
    ],
  };
}

function release({ tag, major, commands }) {
  const previousMajor = git(['rev-parse', '--verify', '--quiet', `refs/tags/${major}`], {
    check: false,
  }).stdout;
  const [tagVersion, moveMajor, push] = commands;
  run(tagVersion);
  run(moveMajor);
  const pushed = run(push, { check: false });
  if (pushed.status !== 0) {
    // Leave the local tags as they were, so the next attempt starts clean.
    git(['tag', '--delete', tag]);
    if (previousMajor) git(['update-ref', `refs/tags/${major}`, previousMajor]);
    else git(['tag', '--delete', major]);
    throw new Refusal(
      `the push failed, so nothing was pushed (it is atomic):\n${pushed.stderr || pushed.stdout}`,
    );
  }
}

function main(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'dry-run': { type: 'boolean' },
        remote: { type: 'string', default: 'origin' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`release-action: ${error.message.split('\n')[0]}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    const steps = plan(values.remote);
    if (values['dry-run']) {
      process.stdout.write(
        `Dry run: every check passed. To release ${steps.tag} and move ${steps.major}, this would run:\n${steps.commands.map((command) => `  ${display(command)}`).join('\n')}\n`,
      );
      return 0;
    }
    release(steps);
    process.stdout.write(
      `Released ${steps.tag}; ${steps.major} points at it. Now publish the GitHub release of ${steps.tag} (see RELEASING.md).\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    process.stderr.write(`release-action: ${error.message}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
