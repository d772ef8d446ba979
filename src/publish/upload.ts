// Uploads the artifacts to TestPyPI (optionally) and then the main index. Files the index already
// has with the same sha256 are skipped, so a re-run completes a half-finished upload.
import * as log from '../log.js';
import { stat } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { retryPolicy } from '../http/index.js';
import { backoffDelay } from '../http/index.js';
import { fetchRemoteFiles, planUploads, type LocalFile } from './existing.js';
import type { PackageIndex } from './indexes.js';
import { mintUploadToken, type UploadToken } from './trusted.js';
import type { Say } from '../report.js';
import { uploadAuth, type UploadAuth } from './upload-auth.js';
import {
  describeUploadDeadline,
  uploadDeadlineMs,
  uploadDeadlinePolicy,
} from './upload-deadline.js';
import {
  describeUploadFailure,
  isExpiredTokenRefusal,
  isTransientUploadFailure,
  twineUploadFile,
  type TwineCommand,
  type UploadDeadline,
} from '../tools/index.js';
import type { Attestor } from '../provenance/index.js';
import type { PublishOutcome, PublishTarget } from './publish-plan.js';

/** Re-uploads of one file after a transient failure, the index asked in between. */
const UPLOAD_ATTEMPTS = 3;

/** twine's error in a few words (its messages are wrapped over several lines). */
export function failureSummary(output: string): string {
  const text = output.replace(/\s+/g, ' ').trim();
  const http = /HTTPError: (\d{3}\b.*?)(?: from |$)/.exec(text);
  if (http) return `HTTP ${http[1]}`;
  const stopped = /twine was stopped[^.]*\./.exec(text);
  if (stopped) return stopped[0];
  const connection =
    /\w*(?:ConnectionError|Disconnected|ConnectionReset\w*|Connection aborted)\b/.exec(text);
  if (connection) return `connection error: ${connection[0]}`;
  return text.split(' ').slice(-12).join(' ') || 'no output';
}

function retryDelayMs(attempt: number): number {
  return backoffDelay(attempt, retryPolicy(), Math.random);
}

/** The file's upload deadline: its size at the slowest rate allowed for, with a floor. */
async function deadlineFor(file: LocalFile): Promise<UploadDeadline> {
  const policy = uploadDeadlinePolicy();
  const { size } = await stat(file.path);
  return { ms: uploadDeadlineMs(size, policy), rule: describeUploadDeadline(policy) };
}

/**
 * Uploads one file; a failure is not taken at twine's word. The index is asked again: the file
 * may have arrived although the answer did not (a 503 after storing, a dropped connection), and
 * only a file the index does not have is uploaded again, and only after a transient failure.
 */
async function uploadOne(
  twine: TwineCommand,
  index: PackageIndex,
  project: { name: string; version: string },
  file: LocalFile,
  auth: UploadAuth,
  attestations: readonly string[],
  say: Say,
): Promise<void> {
  const deadline = await deadlineFor(file);
  const upload = async (credentials: { username: string; password: string }) =>
    twineUploadFile(twine, index.uploadUrl, file.path, credentials, attestations, deadline);
  for (let attempt = 1; ; attempt++) {
    let result = await upload(await auth.current());
    if (!result.ok && auth.minted && isExpiredTokenRefusal(result.output)) {
      log.info(
        `${index.label} refused the upload token as expired; minting a fresh one and uploading ${file.filename} again.`,
      );
      result = await upload(await auth.refresh());
    }
    if (result.ok) return;

    const remote = await fetchRemoteFiles(index, project.name, project.version).catch(
      (error: Error) => {
        throw new UserError(
          `${describeUploadFailure(index.label, result.output)}\nAsking the index whether ${file.filename} arrived failed too: ${error.message}`,
          'Upload failed',
        );
      },
    );
    const there = remote.find((candidate) => candidate.filename === file.filename);
    if (there) {
      // planUploads stops on other content; identical content means the upload did arrive.
      planUploads(index.label, [file], [there]);
      say({
        level: 'notice',
        title: 'Uploaded despite an error',
        message: `twine reported a failure uploading ${file.filename}, but ${index.label} has the identical file (sha256 ${file.sha256}): it arrived.`,
      });
      return;
    }
    if (attempt >= UPLOAD_ATTEMPTS || !isTransientUploadFailure(result.output, result.timedOut)) {
      throw new UserError(
        `${describeUploadFailure(index.label, result.output)}\nThe index does not have ${file.filename}. Run the release again: a re-run skips the files the index has.`,
        'Upload failed',
      );
    }
    const delay = retryDelayMs(attempt);
    log.info(
      `Uploading ${file.filename} to ${index.label} failed (${failureSummary(result.output)}) and the index does not have it; trying again in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${UPLOAD_ATTEMPTS}).`,
    );
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

export async function publishTo(
  twine: TwineCommand,
  target: PublishTarget,
  project: { name: string; version: string },
  files: readonly LocalFile[],
  /** Given: each uploaded file carries its PEP 740 attestation. */
  attest: Attestor | undefined,
  /** Told what the index already has, and of an upload that arrived despite an error. */
  say: Say,
  mint: (index: PackageIndex) => Promise<UploadToken> = (index) => mintUploadToken(index, say),
): Promise<PublishOutcome> {
  const { index } = target;
  const remote = await fetchRemoteFiles(index, project.name, project.version);
  // Every clash is found before the first upload.
  const plan = planUploads(index.label, files, remote);
  for (const file of plan.skip) {
    say({
      level: 'notice',
      title: 'Already uploaded',
      message: `${index.label} already has ${file.filename} with the same sha256 (${file.sha256}); not uploaded again.`,
    });
  }
  if (attest && plan.skip.length > 0) {
    log.info(
      `${index.label} keeps the files it already has as they are: attestations cannot be added to them afterwards.`,
    );
  }
  // One file at a time, so a minted token is renewed between files and a failure names its file.
  const auth = uploadAuth(index, target.token, mint);
  let attestations: readonly string[] = [];
  if (attest && plan.upload.length > 0) {
    // Signed after the exchange succeeded: a refused publisher leaves no entry in the public log.
    await auth.current();
    attestations = await attest(plan.upload);
  }
  for (const file of plan.upload) {
    const own = attestations.filter((attestation) => attestation.startsWith(`${file.path}.`));
    await uploadOne(twine, index, project, file, auth, own, say);
  }
  return {
    index,
    uploaded: plan.upload.map((file) => file.filename),
    skipped: plan.skip.map((file) => file.filename),
  };
}
