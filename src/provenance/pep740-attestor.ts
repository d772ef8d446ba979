// PEP 740 attestations in a release: the preflight (before anything has a side effect) decides
// which uploads carry them and refuses what cannot work; the attestor signs each file once, when
// its first upload needs it, and every later upload of the same bytes reuses the file.
import * as core from '@actions/core';
import * as log from '../log.js';
import { loadIdToken } from '../http/index.js';
import { ATTESTATION_SUFFIX } from './pep740-format.js';
import { decideAttestations, parseTwineVersion, type AttestationDecision } from './pep740-plan.js';
import type { AttestationTarget, Inputs } from '../run/index.js';
import { twineVersionOutput, type TwineCommand } from '../tools/index.js';

/** A release file as signing needs it: where it is, its name on the index, its digest. */
export interface FileToAttest {
  readonly filename: string;
  readonly path: string;
  readonly sha256: string;
}

export async function preflightAttestations(
  inputs: Pick<Inputs, 'attestations' | 'dryRun' | 'publish'>,
  targets: readonly AttestationTarget[],
  twine: TwineCommand,
): Promise<AttestationDecision> {
  const facts = {
    mode: inputs.publish ? inputs.attestations : 'false',
    targets,
    canRequestIdToken: Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL),
    dryRun: inputs.dryRun,
  } as const;
  // twine is asked only when its answer matters.
  const needsTwine = facts.mode !== 'false' && facts.targets.some((target) => target.trusted);
  const decision = decideAttestations({
    ...facts,
    twineVersion: needsTwine ? parseTwineVersion(await twineVersionOutput(twine)) : undefined,
  });
  return decision;
}

/** Where a file's attestation is written. */
export function attestationFile(file: FileToAttest): string {
  return `${file.path}${ATTESTATION_SUFFIX}`;
}

export type Attestor = (files: readonly FileToAttest[]) => Promise<string[]>;

/**
 * Signs on first use, then answers from memory for the same file: TestPyPI and PyPI get the same
 * attestation. The OIDC token (audience `sigstore`) is masked before sigstore-js sees it.
 */
export function attestor(
  // Not @actions/core's getIDToken: it has no overall deadline.
  getIdToken: (audience: string) => Promise<string> = async (audience) =>
    (await loadIdToken()).requestIdToken(audience),
  env: NodeJS.ProcessEnv = process.env,
): Attestor {
  const done = new Map<string, string>();
  return async (files) => {
    const missing = files.filter((file) => !done.has(file.path));
    if (missing.length > 0) {
      const { makePublishAttestations, sigstoreEndpoints } = await import('./sign.js');
      let token: Promise<string> | undefined;
      const identityToken = () =>
        (token ??= getIdToken('sigstore').then((value) => {
          core.setSecret(value);
          return value;
        }));
      const made = await makePublishAttestations(missing, {
        endpoints: sigstoreEndpoints(env),
        identityToken,
      });
      for (const attestation of made) {
        const file = missing.find((candidate) => candidate.filename === attestation.filename)!;
        done.set(file.path, attestation.path);
        log.info(
          `${attestation.reused ? 'Reused' : 'Signed'} the PEP 740 publish attestation ${attestation.path}`,
        );
      }
    }
    return files.map((file) => done.get(file.path)!);
  };
}
