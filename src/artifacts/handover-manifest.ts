// The hand-over between a release's two jobs: the build job (`mode: build`, no secret) writes
// the files it built and checked with this manifest beside them; the publish job (`mode:
// publish`, which runs no code of the repository) releases them only when the manifest is the
// one the build job announced (its sha256, the build job's `handover` output), every file is the
// one it lists, and it was written for this run's tag, commit and repository in this workflow
// run. Pure: making, reading and judging the manifest; handover-folder.ts does the files.
import { createHash } from 'node:crypto';
import { canonicalProjectName } from '../version/index.js';

export const HANDOVER_FILE = 'pyrelease-handover.json';
export const HANDOVER_SCHEMA = 1;
/** Larger than any manifest of a release (a few hundred wheels): read no further. */
export const HANDOVER_MAX_BYTES = 1024 * 1024;
/** Files a release never uploads that may sit beside it (uv writes dist/.gitignore). */
export const NOT_RELEASED = new Set(['.gitignore', HANDOVER_FILE]);

export interface HandoverFile {
  readonly name: string;
  readonly size: number;
  readonly sha256: string;
}

export interface HandoverCheck {
  readonly name: string;
  readonly detail: string;
}

export interface HandoverManifest {
  readonly schema: number;
  readonly project: string;
  readonly version: string;
  /** Empty for an untagged dry run. */
  readonly tag: string;
  /** GITHUB_SHA of the build job. */
  readonly commit: string;
  readonly repository: string;
  /** GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT of the build job. */
  readonly runId: string;
  readonly runAttempt: string;
  /** The build job was a dry run: its files are never released. */
  readonly dryRun: boolean;
  readonly files: readonly HandoverFile[];
  /** The checks that passed in the build job, as its summary shows them. */
  readonly checks: readonly HandoverCheck[];
  /** What the wheel test did (`import pkg → 1.2.3`). */
  readonly wheelTest: string;
}

/** The manifest's bytes, as written and hashed. */
export function serializeHandover(manifest: HandoverManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function sha256Text(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

const SHA256 = /^[0-9a-f]{64}$/;

/** A file name a manifest may list: one name in the folder, nothing that leads elsewhere. */
export function isPlainFileName(name: string): boolean {
  // eslint-disable-next-line no-control-regex
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\u0000-\u001f\u007f]/.test(name);
}

type Parsed = { manifest: HandoverManifest; problem?: undefined } | { problem: string };

function stringField(data: Record<string, unknown>, key: string): string | undefined {
  const value = data[key];
  return typeof value === 'string' ? value : undefined;
}

function parseFiles(value: unknown): HandoverFile[] | string {
  if (!Array.isArray(value)) return 'its "files" is not a list';
  const files: HandoverFile[] = [];
  const seen = new Set<string>();
  for (const [i, item] of value.entries()) {
    const entry = (item ?? {}) as Record<string, unknown>;
    const { name, size, sha256 } = entry;
    if (typeof name !== 'string' || !isPlainFileName(name))
      return `its files[${i}].name is not a file name`;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
      return `its files[${i}].size (${name}) is not a size in bytes`;
    if (typeof sha256 !== 'string' || !SHA256.test(sha256))
      return `its files[${i}].sha256 (${name}) is not a sha256 in hex`;
    if (seen.has(name)) return `it lists ${name} twice`;
    seen.add(name);
    files.push({ name, size, sha256 });
  }
  return files;
}

function parseChecks(value: unknown): HandoverCheck[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((item) => (item ?? {}) as Record<string, unknown>)
    .filter((item) => typeof item.name === 'string' && typeof item.detail === 'string')
    .map((item) => ({ name: item.name as string, detail: item.detail as string }));
}

/** Reads a manifest's text; the problem says what is wrong with it. */
export function parseHandover(text: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problem: `it is not JSON (${(error as Error).message})` };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { problem: 'it is not a JSON object' };
  const record = data as Record<string, unknown>;
  if (record.schema !== HANDOVER_SCHEMA)
    return {
      problem: `its schema is ${JSON.stringify(record.schema)}, not ${HANDOVER_SCHEMA}: it was written by another version of pyrelease; use the same version in both jobs`,
    };
  const strings: Record<string, string> = {};
  for (const key of [
    'project',
    'version',
    'tag',
    'commit',
    'repository',
    'runId',
    'runAttempt',
    'wheelTest',
  ]) {
    const value = stringField(record, key);
    if (value === undefined) return { problem: `its "${key}" is not a string` };
    strings[key] = value;
  }
  if (typeof record.dryRun !== 'boolean') return { problem: 'its "dryRun" is not true or false' };
  const files = parseFiles(record.files);
  if (typeof files === 'string') return { problem: files };
  return {
    manifest: {
      schema: HANDOVER_SCHEMA,
      project: strings.project!,
      version: strings.version!,
      tag: strings.tag!,
      commit: strings.commit!,
      repository: strings.repository!,
      runId: strings.runId!,
      runAttempt: strings.runAttempt!,
      dryRun: record.dryRun,
      files,
      checks: parseChecks(record.checks),
      wheelTest: strings.wheelTest!,
    },
  };
}

/** What the publish job found in the folder: a regular file with its size and sha256, or not. */
export type FolderEntry =
  | { readonly name: string; readonly kind: 'file'; readonly size: number; readonly sha256: string }
  | { readonly name: string; readonly kind: 'other' };

/** What the publish job knows of its own run, to hold the manifest against. */
export interface HandoverExpectation {
  /** sha256 of the manifest's bytes as read. */
  readonly digest: string;
  /** The handover input (the build job's output); '' when not given. */
  readonly given: string;
  /** The tag of GITHUB_REF; undefined when the ref is no tag. */
  readonly tag: string | undefined;
  readonly commit: string | undefined;
  readonly repository: string | undefined;
  readonly runId: string | undefined;
  /** The project and version this run's checkout says (Validate). */
  readonly project: string;
  readonly version: string;
  readonly dryRun: boolean;
}

function identityProblems(manifest: HandoverManifest, run: HandoverExpectation): string[] {
  const problems: string[] = [];
  // A runner always sets these; only a local run lacks them, and then both sides must.
  const compare = (what: string, written: string, own: string | undefined, where: string) => {
    if (written === (own ?? '')) return;
    problems.push(
      own
        ? `the manifest is for ${what} ${written || '(none)'}, this run for ${own} (${where})`
        : `the manifest is for ${what} ${written}, and this run has no ${where}`,
    );
  };
  compare('the repository', manifest.repository, run.repository, 'GITHUB_REPOSITORY');
  compare('the tag', manifest.tag, run.tag, 'GITHUB_REF');
  compare('the commit', manifest.commit, run.commit, 'GITHUB_SHA');
  if (manifest.runId !== (run.runId ?? ''))
    problems.push(
      `the manifest was written in workflow run ${manifest.runId || '(none)'}, this is run ${run.runId || '(none)'} (GITHUB_RUN_ID): the hand-over is taken only from a build job of the same workflow run`,
    );
  if (canonicalProjectName(manifest.project) !== canonicalProjectName(run.project))
    problems.push(
      `the manifest is for the project ${manifest.project}, the checkout's is ${run.project}`,
    );
  if (manifest.version !== run.version)
    problems.push(
      `the manifest is for version ${manifest.version}, the checkout's is ${run.version}`,
    );
  if (manifest.dryRun && !run.dryRun)
    problems.push(
      'the manifest was written by a dry run (dry-run: true in the build job), whose files are never released',
    );
  return problems;
}

function fileProblems(manifest: HandoverManifest, entries: readonly FolderEntry[]): string[] {
  const problems: string[] = [];
  const present = new Map(entries.map((entry) => [entry.name, entry]));
  for (const file of manifest.files) {
    const entry = present.get(file.name);
    if (!entry) problems.push(`${file.name} is listed in the manifest but missing`);
    else if (entry.kind !== 'file') problems.push(`${file.name} is not a regular file`);
    else if (entry.size !== file.size)
      problems.push(`${file.name} is ${entry.size} bytes, the manifest says ${file.size}`);
    else if (entry.sha256 !== file.sha256)
      problems.push(`${file.name} has sha256 ${entry.sha256}, the manifest says ${file.sha256}`);
  }
  const listed = new Set(manifest.files.map((file) => file.name));
  for (const entry of entries) {
    if (listed.has(entry.name) || NOT_RELEASED.has(entry.name)) continue;
    problems.push(
      `${entry.name} is there but not in the manifest (everything there would be released)`,
    );
  }
  if (manifest.files.length === 0) problems.push('the manifest lists no file');
  return problems;
}

/**
 * Every way the hand-over differs from what this run expects, each said once; empty when the
 * files are the ones the build job of this run built and checked for this tag.
 */
export function handoverProblems(
  manifest: HandoverManifest,
  entries: readonly FolderEntry[],
  run: HandoverExpectation,
): string[] {
  const problems: string[] = [];
  if (run.given && run.given !== run.digest)
    problems.push(
      `the manifest's sha256 is ${run.digest}, but the handover input (the build job's handover output) is ${run.given}: it is not the manifest the build job wrote`,
    );
  return [...problems, ...identityProblems(manifest, run), ...fileProblems(manifest, entries)];
}
