import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-M3OTX3ED.js";

// src/provenance/pep740-plan.ts
var TWINE_ATTESTATIONS_SINCE = [5, 1];
function parseTwineVersion(output) {
  const match = /twine version (\d+)\.(\d+)(?:\.(\d+))?/i.exec(output);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : void 0;
}
function twineSupportsAttestations(version) {
  const [major = 0, minor = 0] = version;
  const [needMajor, needMinor] = TWINE_ATTESTATIONS_SINCE;
  return major > needMajor || major === needMajor && minor >= needMinor;
}
function refuseAttestationsWithToken(mode, targets) {
  if (mode !== "true") return;
  const withToken = targets.filter((target) => !target.trusted).map((target) => target.label);
  if (withToken.length > 0) {
    throw new UserError(
      `attestations: true needs trusted publishing, but ${withToken.join(" and ")} ${withToken.length === 1 ? "is" : "are"} given an API token; the index accepts attestations only from trusted publishing. Remove the token (and configure a trusted publisher), or set attestations to auto or false.`,
      "Attestations need trusted publishing"
    );
  }
}
function decideAttestations(facts) {
  refuseAttestationsWithToken(facts.mode, facts.targets);
  const none = { attest: facts.targets.map(() => false), warnings: [] };
  if (facts.mode === "false") return none;
  const wanted = facts.targets.map((target) => target.trusted);
  if (!wanted.some(Boolean)) return none;
  const version = facts.twineVersion;
  if (!version || !twineSupportsAttestations(version)) {
    const found = version ? `twine ${version.join(".")}` : "a twine whose version could not be read";
    const fix = `Install twine ${TWINE_ATTESTATIONS_SINCE.join(".")} or newer before this step (pip install -U twine), or leave twine off PATH so pyrelease installs a current one`;
    if (facts.mode === "true") {
      throw new UserError(
        `attestations: true, but ${found} cannot upload attestations (its --attestations option came in ${TWINE_ATTESTATIONS_SINCE.join(".")}). ${fix}. Nothing was uploaded.`,
        "twine too old for attestations"
      );
    }
    return {
      attest: facts.targets.map(() => false),
      warnings: [
        `Uploading without PEP 740 attestations: ${found} cannot send them. ${fix}; or set attestations: false to silence this.`
      ]
    };
  }
  if (!facts.canRequestIdToken && !facts.dryRun) {
    throw new UserError(
      "PEP 740 attestations are signed with the workflow\u2019s identity, but this job may not request an OIDC token. Add `permissions: id-token: write` to the job (trusted publishing needs it too), or set attestations: false. Nothing was uploaded.",
      "Attestations need id-token: write"
    );
  }
  return { attest: wanted, warnings: [] };
}

export {
  parseTwineVersion,
  refuseAttestationsWithToken,
  decideAttestations
};
