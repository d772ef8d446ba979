// Uploads the artifacts to TestPyPI (optionally) and then the main index. Files the index already
// has with the same sha256 are skipped, so a re-run completes a half-finished upload.
import * as core from '@actions/core';
import { fetchRemoteFiles, planUploads, type LocalFile } from '../publish/existing.js';
import { jsonApiUrl, packageIndex, simpleIndexUrl, type PackageIndex } from '../publish/indexes.js';
import { mintUploadToken } from '../publish/trusted.js';
import { showCommand } from '../tools/run.js';
import { twineUpload, twineUploadArgs, type TwineCommand } from '../tools/twine.js';
import { attestationFile, type Attestor } from './attest.js';

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
  pypiToken: string;
  testpypi: boolean;
  testpypiUrl: string;
  testpypiToken: string;
}): PublishTarget[] {
  const main = packageIndex(
    options.repositoryUrl,
    options.repositoryUrl === 'https://upload.pypi.org/legacy/' ? 'PyPI' : options.repositoryUrl,
  );
  const targets: PublishTarget[] = [];
  if (options.testpypi) {
    targets.push({
      index: packageIndex(
        options.testpypiUrl,
        options.testpypiUrl === 'https://test.pypi.org/legacy/' ? 'TestPyPI' : options.testpypiUrl,
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
  const auth = target.token
    ? 'TWINE_USERNAME=__token__ TWINE_PASSWORD=*** (from the environment)'
    : 'a token minted by trusted publishing';
  return `${showCommand(twine.command, [
    ...twine.baseArgs,
    ...twineUploadArgs(
      target.index.uploadUrl,
      files.map((file) => file.path),
      attest ? files.map(attestationFile) : [],
    ),
  ])}  [${auth}]`;
}

export async function publishTo(
  twine: TwineCommand,
  target: PublishTarget,
  project: { name: string; version: string },
  files: readonly LocalFile[],
  /** Given: each uploaded file carries its PEP 740 attestation. */
  attest?: Attestor,
): Promise<PublishOutcome> {
  const { index } = target;
  const remote = await fetchRemoteFiles(jsonApiUrl(index, project.name, project.version));
  const plan = planUploads(index.label, files, remote);
  for (const file of plan.skip) {
    core.notice(
      `${index.label} already has ${file.filename} with the same sha256 (${file.sha256}); not uploaded again.`,
      {
        title: 'Already uploaded',
      },
    );
  }
  if (attest && plan.skip.length > 0) {
    core.info(
      `${index.label} keeps the files it already has as they are: attestations cannot be added to them afterwards.`,
    );
  }
  if (plan.upload.length > 0) {
    const token = target.token || (await mintUploadToken(index));
    // Signed after the exchange succeeded: a refused publisher leaves no entry in the public log.
    const attestations = attest ? await attest(plan.upload) : [];
    await twineUpload(
      twine,
      index.uploadUrl,
      plan.upload.map((file) => file.path),
      token,
      index.label,
      attestations,
    );
  }
  return {
    index,
    uploaded: plan.upload.map((file) => file.filename),
    skipped: plan.skip.map((file) => file.filename),
  };
}

export { simpleIndexUrl };
