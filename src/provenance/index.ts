export { preflightGithubAttestations, runGithubAttestation } from './github-attestation.js';
export type { GithubAttestPreflight } from './github-attestation.js';
export { attestationFile, attestor, preflightAttestations } from './pep740-attestor.js';
export type { Attestor } from './pep740-attestor.js';
export type { AttestationDecision } from './pep740-plan.js';
