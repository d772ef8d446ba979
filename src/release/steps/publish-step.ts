// Uploads to the indexes, one step per index in order (TestPyPI, its install check, then PyPI),
// after the attestation preflight has decided which uploads carry PEP 740 attestations.
import { loadUploader, projectPageUrl, simpleIndexUrl } from '../../publish/index.js';
import type { Step } from '../step-graph.js';
import { attestor, preflightAttestations } from '../../provenance/index.js';
import { preflightGithubAttestations, runGithubAttestation } from '../../provenance/index.js';
import type { PublishTarget } from '../../publish/index.js';
import { testWheel } from '../../artifacts/index.js';
import { need, type ReleaseState } from '../release-state.js';

/**
 * Decides (and refuses, before any upload) which uploads carry PEP 740 attestations, and whether
 * the files get a GitHub build-provenance attestation.
 */
export const attestationPlan: Step<ReleaseState> = {
  name: 'Attestations',
  needs: [],
  sideEffect: false,
  async run(state) {
    const { inputs, targets, context } = state;
    const decision = await preflightAttestations(
      inputs,
      targets.map((target) => ({ label: target.index.label, trusted: !target.token })),
      need(state.twine, 'twine'),
    );
    state.attestations = decision;
    if (decision.attest.some(Boolean)) state.attest = attestor();
    const github = preflightGithubAttestations(
      inputs,
      context,
      need(state.inspection, 'the artifacts').files,
    );
    state.githubAttest = github;
    const pep740 = inputs.publish
      ? targets
          .map((target, i) => `${target.index.label}: ${decision.attest[i] ? 'PEP 740' : 'none'}`)
          .join(', ')
      : 'none: publish is false';
    return github.options || github.dryRunPlan ? `${pep740}; GitHub provenance` : pep740;
  },
};

/** Signs one build-provenance statement naming every file and stores it in the repository. */
export const githubAttestation: Step<ReleaseState> = {
  name: 'GitHub attestation',
  needs: [],
  sideEffect: true,
  note: ({ githubAttest }) =>
    githubAttest?.options ? undefined : { status: 'skipped', detail: 'github-attestations: false' },
  async run(state) {
    const options = need(state.githubAttest?.options, 'the GitHub attestation plan');
    const made = await runGithubAttestation(need(state.inspection, 'the artifacts').files, options);
    return made.url ?? `attestation ${made.id}`;
  },
};

export function publishToIndex(target: PublishTarget, position: number): Step<ReleaseState> {
  return {
    name: `Publish to ${target.index.label}`,
    needs: [],
    sideEffect: true,
    async run(state) {
      const { name, version } = need(state.validated, 'the version');
      const files = need(state.inspection, 'the artifacts').files.map((artifact) => ({
        filename: artifact.filename,
        path: artifact.path,
        sha256: artifact.sha256,
      }));
      const attest = need(state.attestations, 'the attestation plan').attest[position];
      // The upload code (and its HTTP client) is loaded when the first upload starts.
      const { publishTo } = await loadUploader();
      const done = await publishTo(
        need(state.twine, 'twine'),
        target,
        { name, version },
        files,
        attest ? state.attest : undefined,
      );
      state.published.set(target.index.label, done);
      if (position === state.targets.length - 1)
        state.pypiUrl = projectPageUrl(target.index, name, version);
      return [
        done.uploaded.length ? `uploaded ${done.uploaded.join(', ')}` : '',
        done.skipped.length ? `already there: ${done.skipped.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ');
    },
  };
}

/** Installs the version from an index it was just uploaded to, proving it arrived whole. */
export function installFromIndex(target: PublishTarget): Step<ReleaseState> {
  return {
    name: `Install from ${target.index.label}`,
    needs: [],
    sideEffect: true,
    async run(state) {
      const { name, version } = need(state.validated, 'the version');
      const inspection = need(state.inspection, 'the artifacts');
      const uploaded = need(state.published.get(target.index.label), 'the upload');
      const tested = await testWheel({
        builder: 'build',
        python: state.inputs.python,
        uvPath: undefined,
        wheel: inspection.wheel.path,
        projectName: name,
        importNames: inspection.importNames,
        version,
        smokeTest: '',
        fromIndex: simpleIndexUrl(uploaded.index),
      });
      return `${name}==${tested.installedVersion}`;
    },
  };
}
