// The hand-over's files on disk: the build job's empty folder, its manifest written beside the
// files it checked, and the publish job's reading of what arrived. The judging is in
// handover-manifest.ts.
import { lstat, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { sha256File, type ArtifactInfo } from './archive-checks.js';
import {
  HANDOVER_FILE,
  HANDOVER_MAX_BYTES,
  NOT_RELEASED,
  parseHandover,
  serializeHandover,
  sha256Text,
  type FolderEntry,
  type HandoverManifest,
} from './handover-manifest.js';

const LISTED = 10;
function listing(names: readonly string[]): string {
  const shown = names.slice(0, LISTED).join(', ');
  return names.length > LISTED ? `${shown} and ${names.length - LISTED} more` : shown;
}

/** The build job builds into an empty folder: whatever is there would be handed over too. */
export async function refuseFilledFolder(dir: string, shown: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  if (names.length === 0) return;
  throw new UserError(
    `${shown} already holds ${listing(names.sort())}; mode: build writes the release's files and ${HANDOVER_FILE} into an empty ${shown}, and hands over everything in it. Remove ${names.length === 1 ? 'it' : 'them'} from the checkout (they are not committed, or a step before this one made them), then run again.`,
    'Build folder not empty',
  );
}

/** Each entry of the folder: regular files with size and sha256, anything else by name only. */
export async function listFolder(dir: string): Promise<FolderEntry[]> {
  const entries: FolderEntry[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const file = path.join(dir, name);
    // lstat: a link is not followed, a FIFO or device is never opened.
    const stats = await lstat(file);
    entries.push(
      stats.isFile()
        ? { name, kind: 'file', size: stats.size, sha256: await sha256File(file) }
        : { name, kind: 'other' },
    );
  }
  return entries;
}

/**
 * Writes the manifest of `released` into `dir` and returns its sha256. Refused when the folder
 * holds anything else, or a file no longer is what the inspection read (the wheel test ran the
 * package's code after it).
 */
export async function writeHandover(
  dir: string,
  shown: string,
  released: readonly ArtifactInfo[],
  manifest: Omit<HandoverManifest, 'files'>,
): Promise<{ digest: string; file: string; manifest: HandoverManifest }> {
  const entries = await listFolder(dir);
  const present = new Map(entries.map((entry) => [entry.name, entry]));
  const problems: string[] = [];
  for (const artifact of released) {
    const entry = present.get(artifact.filename);
    if (entry?.kind !== 'file' || entry.sha256 !== artifact.sha256)
      problems.push(`${artifact.filename} changed after it was inspected`);
  }
  const names = new Set(released.map((artifact) => artifact.filename));
  for (const entry of entries)
    if (!names.has(entry.name) && !NOT_RELEASED.has(entry.name))
      problems.push(`${entry.name} is not one of the release's files`);
  if (present.has(HANDOVER_FILE)) problems.push(`${HANDOVER_FILE} is there already`);
  if (problems.length > 0) {
    throw new UserError(
      `${shown} is not what was built and checked: ${problems.join('; ')}. Something in the build or the wheel test wrote there; nothing was handed over.`,
      'Hand-over refused',
    );
  }
  const files = released.map((artifact) => ({
    name: artifact.filename,
    size: artifact.size,
    sha256: artifact.sha256,
  }));
  const full: HandoverManifest = { ...manifest, files };
  const text = serializeHandover(full);
  const file = path.join(dir, HANDOVER_FILE);
  await writeFile(file, text, { flag: 'wx' });
  return { digest: sha256Text(text), file, manifest: full };
}

export interface ReadHandover {
  readonly manifest: HandoverManifest;
  /** sha256 of the manifest's bytes. */
  readonly digest: string;
  readonly entries: readonly FolderEntry[];
}

/** Reads the manifest and what is beside it; refused when there is none or it cannot be read. */
export async function readHandover(dir: string, shown: string): Promise<ReadHandover> {
  const file = path.join(dir, HANDOVER_FILE);
  const where = `${shown}/${HANDOVER_FILE}`;
  const stats = await lstat(file).catch(() => undefined);
  const fail = (problem: string, title = 'Hand-over refused') =>
    new UserError(
      `${where} ${problem}. mode: publish releases only what a build job of this workflow run (mode: build) built, checked and described there; download its artifact to ${shown}. Nothing was uploaded or released.`,
      title,
    );
  if (!stats) throw fail('does not exist', 'No hand-over');
  if (!stats.isFile()) throw fail('is not a regular file');
  if (stats.size > HANDOVER_MAX_BYTES) throw fail(`is ${stats.size} bytes, more than a manifest`);
  const bytes = await readFile(file);
  const parsed = parseHandover(bytes.toString('utf8'));
  if (parsed.problem !== undefined) throw fail(`cannot be used: ${parsed.problem}`);
  return { manifest: parsed.manifest, digest: sha256Text(bytes), entries: await listFolder(dir) };
}
