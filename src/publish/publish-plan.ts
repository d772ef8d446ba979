// Where a release uploads and how a dry run describes it: pure, and light to load (no HTTP
// client), so a dry run never loads the upload code.
import { displayUrl } from '../urls.js';
import type { LocalFile } from './existing.js';
import { uploadOrder } from './upload-order.js';
import {
  packageIndex,
  PYPI_UPLOAD_URL,
  TESTPYPI_UPLOAD_URL,
  type PackageIndex,
} from './indexes.js';
import { showCommand } from '../tools/index.js';
import { twineUploadArgs, type TwineCommand } from '../tools/index.js';
import { attestationFile } from '../provenance/index.js';

export interface PublishTarget {
  readonly index: PackageIndex;
  /** Empty: trusted publishing. */
  readonly token: string;
  /** Install the version from this index afterwards to prove it arrived. */
  readonly verifyInstall: boolean;
}

export interface PublishOutcome {
  readonly index: PackageIndex;
  readonly uploaded: readonly string[];
  readonly skipped: readonly string[];
}

export function publishTargets(options: {
  repositoryUrl: string;
  indexUrl: string;
  pypiToken: string;
  testpypi: boolean;
  testpypiUrl: string;
  testpypiToken: string;
}): PublishTarget[] {
  const label = (url: string, known: string, name: string) =>
    url === known ? name : displayUrl(url);
  const main = packageIndex(
    options.repositoryUrl,
    label(options.repositoryUrl, PYPI_UPLOAD_URL, 'PyPI'),
    options.indexUrl,
  );
  const targets: PublishTarget[] = [];
  if (options.testpypi) {
    targets.push({
      index: packageIndex(
        options.testpypiUrl,
        label(options.testpypiUrl, TESTPYPI_UPLOAD_URL, 'TestPyPI'),
      ),
      token: options.testpypiToken,
      verifyInstall: true,
    });
  }
  targets.push({ index: main, token: options.pypiToken, verifyInstall: false });
  return targets;
}

/** What a dry run prints instead of uploading. */
export function describeUpload(
  twine: TwineCommand,
  target: PublishTarget,
  files: readonly LocalFile[],
  attest = false,
): string {
  const ordered = uploadOrder(files);
  const auth = target.token
    ? 'TWINE_USERNAME=__token__ TWINE_PASSWORD=*** (from the environment)'
    : target.index.credentials
      ? 'TWINE_USERNAME and TWINE_PASSWORD from repository-url (from the environment)'
      : 'a token minted by trusted publishing';
  return `${showCommand(twine.command, [
    ...twine.baseArgs,
    ...twineUploadArgs(
      target.index.uploadUrl,
      ordered.map((file) => file.path),
      attest ? ordered.map(attestationFile) : [],
    ),
  ])}  [${auth}]`;
}
