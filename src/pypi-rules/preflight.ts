// The preflight: every rule PyPI's upload code applies that can be decided from the files, the
// uploader and the index's public state, judged together before the first upload. Pure.
import { archiveRefusals } from './archive-rules.js';
import type { Refusal } from './catalogue.js';
import type { DistFacts } from './facts.js';
import { indexRefusals, type IndexState } from './index-rules.js';
import { licenseFileRefusals } from './license-file-rules.js';
import { metadataRefusals } from './metadata-rules.js';
import { filenameRefusals, platformRefusals } from './name-rules.js';
import { fileSizeRefusals, projectSizeRefusals } from './size-rules.js';
import { uploaderRefusal, type UploaderReach } from './uploader.js';

export interface PreflightInput {
  readonly project: string;
  readonly version: string;
  readonly files: readonly DistFacts[];
  /** The uploader that will send them, when known. */
  readonly uploader?: { readonly reach: UploaderReach | undefined; readonly how?: string };
  /** The state of each index uploaded to, when it could be read. */
  readonly indexes: readonly IndexState[];
  /** Milliseconds since the epoch. */
  readonly now: number;
}

export interface PreflightResult {
  readonly errors: readonly Refusal[];
  readonly warnings: readonly Refusal[];
}

function fileRefusals(facts: DistFacts): Refusal[] {
  return [
    ...filenameRefusals(facts.filename),
    ...platformRefusals(facts.filename),
    ...archiveRefusals(facts),
    ...(facts.metadata ? metadataRefusals(facts.metadata, facts.filename) : []),
    ...licenseFileRefusals(facts),
  ];
}

function split(all: readonly Refusal[]): PreflightResult {
  return {
    errors: all.filter((refusal) => refusal.level === 'error'),
    warnings: all.filter((refusal) => refusal.level === 'warning'),
  };
}

/** What the files themselves and the uploader decide: no request to the index. */
export function filePreflight(input: Omit<PreflightInput, 'indexes' | 'now'>): PreflightResult {
  const { files, project } = input;
  const all: Refusal[] = files.flatMap(fileRefusals);
  if (input.uploader) {
    const refusal = uploaderRefusal(
      input.uploader.reach,
      files.map((file) => ({
        filename: file.filename,
        metadataVersion: file.metadata?.metadataVersion,
      })),
      input.uploader.how,
    );
    if (refusal) all.push(refusal);
  }
  all.push(...fileSizeRefusals(files, project));
  return split(all);
}

/** What the index's state decides, for the files it does not have yet. */
export function indexPreflight(input: Omit<PreflightInput, 'uploader'>): PreflightResult {
  const { files, project, version } = input;
  const kinds = files.map((file) => ({ filename: file.filename, sdist: file.type === 'sdist' }));
  const all = input.indexes.flatMap((state) =>
    indexRefusals(state, kinds, project, version, input.now),
  );
  all.push(...projectSizeRefusals(files, input.indexes.at(-1)?.projectSize, project));
  return split(all);
}

export function pypiPreflight(input: PreflightInput): PreflightResult {
  const local = filePreflight(input);
  const index = indexPreflight(input);
  return {
    errors: [...local.errors, ...index.errors],
    warnings: [...local.warnings, ...index.warnings],
  };
}
