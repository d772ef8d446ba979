// PyPI's default size limits: 100 MiB a file and 10 GiB a project (warehouse/constants.py), which
// a project may have had raised on request; so a warning with the page to ask. Pure.
import { refuse, type Refusal } from './catalogue.js';

const MIB = 1024 * 1024;
export const MAX_FILESIZE = 100 * MIB;
export const MAX_PROJECT_SIZE = 10 * 1024 * MIB;

const FILE_HELP = 'https://pypi.org/help/#file-size-limit';
const PROJECT_HELP = 'https://pypi.org/help/#project-size-limit';

export function fileSizeRefusals(
  files: readonly { readonly filename: string; readonly size: number }[],
  project: string,
): Refusal[] {
  return files
    .filter((file) => file.size > MAX_FILESIZE)
    .map((file) =>
      refuse(
        'fileSize',
        file.filename,
        `${file.filename} is ${(file.size / MIB).toFixed(1)} MiB; PyPI's default limit is 100 MiB a file ("File too large. Limit for project '${project}' is 100 MB."). Unless ${project} has a higher limit, ask for one before releasing (${FILE_HELP}), or make the file smaller.`,
        'warning',
      ),
    );
}

/** `projectSize`: the bytes the project already has on the index. */
export function projectSizeRefusals(
  files: readonly { readonly size: number }[],
  projectSize: number | undefined,
  project: string,
): Refusal[] {
  const adding = files.reduce((sum, file) => sum + file.size, 0);
  if (projectSize === undefined || projectSize + adding <= MAX_PROJECT_SIZE) return [];
  return [
    refuse(
      'projectSize',
      project,
      `${project} holds ${(projectSize / (1024 * MIB)).toFixed(2)} GiB on the index; with these files it would exceed PyPI's default 10 GiB a project ("Project size too large."). Unless it has a higher limit, delete old pre-releases or ask for more (${PROJECT_HELP}).`,
      'warning',
    ),
  ];
}
