// Re-runs: which files an index already has for this version. Identical files are skipped; a file
// with the same name and other content can never be replaced on PyPI, so it stops the run.
import { UserError } from '../errors.js';

export interface LocalFile {
  readonly filename: string;
  readonly path: string;
  readonly sha256: string;
}

export interface RemoteFile {
  readonly filename: string;
  readonly sha256: string;
}

export interface UploadPlan {
  readonly upload: readonly LocalFile[];
  readonly skip: readonly LocalFile[];
}

export function planUploads(
  indexLabel: string,
  local: readonly LocalFile[],
  remote: readonly RemoteFile[],
): UploadPlan {
  const upload: LocalFile[] = [];
  const skip: LocalFile[] = [];
  for (const file of local) {
    const existing = remote.find((candidate) => candidate.filename === file.filename);
    if (!existing) upload.push(file);
    else if (existing.sha256.toLowerCase() === file.sha256.toLowerCase()) skip.push(file);
    else {
      throw new UserError(
        `${indexLabel} already has ${file.filename} with different content (sha256 ${existing.sha256} there, ${file.sha256} here). An index never lets a file be replaced: release a new version (for example a .post1), or rebuild exactly the files that were uploaded.`,
        'File already exists with other content',
      );
    }
  }
  return { upload, skip };
}

interface JsonApiAnswer {
  urls?: { filename?: string; digests?: { sha256?: string } }[];
}

/** The files the index has for a version (empty when the version or project is unknown). */
export async function fetchRemoteFiles(jsonUrl: string): Promise<RemoteFile[]> {
  let response: Response;
  try {
    response = await fetch(jsonUrl, { headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new UserError(
      `Could not ask ${jsonUrl} which files exist: ${(error as Error).message}.`,
      'Index unreachable',
    );
  }
  if (response.status === 404) return [];
  if (!response.ok) {
    throw new UserError(
      `${jsonUrl} answered ${response.status} ${response.statusText}; try again later.`,
      'Index error',
    );
  }
  const answer = (await response.json()) as JsonApiAnswer;
  return (answer.urls ?? [])
    .filter((file) => file.filename && file.digests?.sha256)
    .map((file) => ({ filename: file.filename!, sha256: file.digests!.sha256! }));
}
