// Which uploads carry PEP 740 attestations, decided before anything is built or uploaded. PyPI
// accepts attestations only from trusted publishing, so `auto` attests exactly those uploads and
// `true` refuses a token outright. Pure: the caller passes what it found out.
import { UserError } from '../errors.js';
import {
  refuseAttestationsWithToken,
  type AttestationTarget,
  type AttestationsMode,
} from '../run/index.js';
import { byAudience, setting } from '../vocabulary/index.js';

/** twine ≥ 5.1 has `--attestations`; older twine cannot send them. */
export const TWINE_ATTESTATIONS_SINCE = [5, 1] as const;

/** `twine version 6.1.0 (…)` → [6, 1, 0]; undefined when the output names no version. */
export function parseTwineVersion(output: string): number[] | undefined {
  const match = /twine version (\d+)\.(\d+)(?:\.(\d+))?/i.exec(output);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : undefined;
}

export function twineSupportsAttestations(version: readonly number[]): boolean {
  const [major = 0, minor = 0] = version;
  const [needMajor, needMinor] = TWINE_ATTESTATIONS_SINCE;
  return major > needMajor || (major === needMajor && minor >= needMinor);
}

export interface AttestationFacts {
  readonly mode: AttestationsMode;
  readonly targets: readonly AttestationTarget[];
  /** `twine --version`, parsed; undefined when it could not be read. */
  readonly twineVersion: readonly number[] | undefined;
  /** ACTIONS_ID_TOKEN_REQUEST_URL is set: the job has `permissions: id-token: write`. */
  readonly canRequestIdToken: boolean;
  /** A dry run signs nothing, so it needs no token. */
  readonly dryRun: boolean;
}

export interface AttestationDecision {
  /** Per target, in order: whether its upload carries attestations. */
  readonly attest: readonly boolean[];
  /** Said in the log when `auto` leaves attestations out for a reason the user can fix. */
  readonly warnings: readonly string[];
}

export function decideAttestations(facts: AttestationFacts): AttestationDecision {
  refuseAttestationsWithToken(facts.mode, facts.targets);
  const none = { attest: facts.targets.map(() => false), warnings: [] };
  if (facts.mode === 'false') return none;
  const wanted = facts.targets.map((target) => target.trusted);
  if (!wanted.some(Boolean)) return none;

  const version = facts.twineVersion;
  if (!version || !twineSupportsAttestations(version)) {
    const found = version
      ? `twine ${version.join('.')}`
      : 'a twine whose version could not be read';
    const fix = `${byAudience({
      action: `Install twine ${TWINE_ATTESTATIONS_SINCE.join('.')} or newer before this step (pip install -U twine)`,
      'command line': `Install twine ${TWINE_ATTESTATIONS_SINCE.join('.')} or newer (python3 -m pip install -U twine)`,
    })}, or leave twine off PATH so pyrelease installs a current one`;
    if (facts.mode === 'true') {
      throw new UserError(
        `attestations: true, but ${found} cannot upload attestations (its --attestations option came in ${TWINE_ATTESTATIONS_SINCE.join('.')}). ${fix}. Nothing was uploaded.`,
        'twine too old for attestations',
      );
    }
    return {
      attest: facts.targets.map(() => false),
      warnings: [
        `Uploading without PEP 740 attestations: ${found} cannot send them. ${fix}; or set ${setting('attestations', 'false')} to silence this.`,
      ],
    };
  }
  if (!facts.canRequestIdToken && !facts.dryRun) {
    throw new UserError(
      'PEP 740 attestations are signed with the workflow’s identity, but this job may not request an OIDC token. Add `permissions: id-token: write` to the job (trusted publishing needs it too), or set attestations: false. Nothing was uploaded.',
      'Attestations need id-token: write',
    );
  }
  return { attest: wanted, warnings: [] };
}
