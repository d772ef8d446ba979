// Signs in-toto statements with Sigstore (sigstore-js): a Fulcio certificate for the workflow's
// identity, a DSSE envelope over the statement, a Rekor v1 `dsse` entry with inclusion proof and
// signed entry timestamp. PEP 740 publish attestations (one per file) and the GitHub
// build-provenance attestation are both made here. Loaded only when attestations are made: it is
// the heaviest code of the action, and a pull-request check or a release without them never
// needs it.
import { bundleToJSON } from '@sigstore/bundle';
import { DSSEBundleBuilder, FulcioSigner, RekorWitness } from '@sigstore/sign';
import { readFile, writeFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import {
  ATTESTATION_SUFFIX,
  INTOTO_PAYLOAD_TYPE,
  attestationFromBundle,
  attestationProblems,
  publishStatement,
  type Attestation,
  type BundleJson,
} from './pep740-format.js';

export const PRODUCTION_FULCIO_URL = 'https://fulcio.sigstore.dev';
export const PRODUCTION_REKOR_URL = 'https://rekor.sigstore.dev';

export interface SigstoreEndpoints {
  readonly fulcioUrl: string;
  readonly rekorUrl: string;
}

/**
 * Public-good Sigstore, the only instance PyPI trusts. The environment can point elsewhere for
 * tests against local stand-ins; an attestation from any other instance is refused by PyPI.
 */
export function sigstoreEndpoints(env: NodeJS.ProcessEnv = process.env): SigstoreEndpoints {
  return {
    fulcioUrl: env.PYRELEASE_SIGSTORE_FULCIO_URL || PRODUCTION_FULCIO_URL,
    rekorUrl: env.PYRELEASE_SIGSTORE_REKOR_URL || PRODUCTION_REKOR_URL,
  };
}

export interface DistFile {
  readonly filename: string;
  readonly path: string;
  readonly sha256: string;
}

export interface MadeAttestation {
  readonly filename: string;
  readonly path: string;
  /** true: an attestation already beside the file passed the checks for these bytes. */
  readonly reused: boolean;
}

export interface SignOptions {
  readonly endpoints: SigstoreEndpoints;
  /** An OIDC token with audience `sigstore` (masked by the caller). */
  readonly identityToken: () => Promise<string>;
  readonly timeoutMs?: number;
}

export function attestationPath(file: DistFile): string {
  return `${file.path}${ATTESTATION_SUFFIX}`;
}

/** An attestation already on disk that fits these bytes and name, or undefined. */
async function reusable(file: DistFile): Promise<Attestation | undefined> {
  let text: string;
  try {
    text = await readFile(attestationPath(file), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const value = JSON.parse(text) as unknown;
    return attestationProblems(value, file).length === 0 ? (value as Attestation) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A Sigstore bundle (v0.3, DSSE) of an in-toto statement: a Fulcio certificate for the workflow's
 * identity, the signature over the statement with the in-toto payload type, a Rekor v1 `dsse`
 * entry. Throws what sigstore-js threw; the callers say what it means for them.
 */
export async function signInTotoStatement(
  statement: Buffer,
  options: SignOptions,
): Promise<BundleJson> {
  const timeout = options.timeoutMs ?? 30_000;
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({
      fulcioBaseURL: options.endpoints.fulcioUrl,
      identityProvider: { getToken: options.identityToken },
      timeout,
      retry: 2,
    }),
    // Rekor v1 and a dsse entry, stated rather than left to defaults: PyPI verifies only such
    // entries (a Rekor v2 entry has no signed entry timestamp, an intoto entry is refused).
    witnesses: [
      new RekorWitness({
        rekorBaseURL: options.endpoints.rekorUrl,
        entryType: 'dsse',
        majorApiVersion: 1,
        timeout,
        retry: 2,
      }),
    ],
  });
  return bundleToJSON(
    await builder.create({ data: statement, type: INTOTO_PAYLOAD_TYPE }),
  ) as BundleJson;
}

export async function signPublishAttestation(
  file: DistFile,
  options: SignOptions,
): Promise<Attestation> {
  let bundle: BundleJson;
  try {
    bundle = await signInTotoStatement(publishStatement(file.filename, file.sha256), options);
  } catch (error) {
    throw new UserError(
      `Signing the attestation of ${file.filename} with Sigstore (${options.endpoints.fulcioUrl}, ${options.endpoints.rekorUrl}) failed: ${(error as Error).message}. Nothing was uploaded; run the job again, or set attestations: false to publish without.`,
      'Attestation failed',
    );
  }
  const attestation = attestationFromBundle(bundle);
  const problems = attestationProblems(attestation, file);
  if (problems.length > 0) {
    throw new UserError(
      `The attestation made for ${file.filename} would be refused by the index: ${problems.join('; ')}. Nothing was uploaded.`,
      'Attestation failed',
    );
  }
  return attestation;
}

/**
 * One attestation per file, written as `<file>.publish.attestation`. A file already there that
 * passes every check for the same bytes and name is reused (a second upload in the job, a
 * re-run); anything else there is replaced.
 */
export async function makePublishAttestations(
  files: readonly DistFile[],
  options: SignOptions,
): Promise<MadeAttestation[]> {
  const made: MadeAttestation[] = [];
  for (const file of files) {
    const path = attestationPath(file);
    if (await reusable(file)) {
      made.push({ filename: file.filename, path, reused: true });
      continue;
    }
    const attestation = await signPublishAttestation(file, options);
    await writeFile(path, `${JSON.stringify(attestation)}\n`);
    made.push({ filename: file.filename, path, reused: false });
  }
  return made;
}
