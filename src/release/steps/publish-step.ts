// Uploads to the indexes, one step per index in order (TestPyPI, its install check, then PyPI),
// after the attestation preflight has decided which uploads carry PEP 740 attestations.
import { loadUploader, projectPageUrl, simpleIndexUrl } from '../../publish/index.js';
import type { Step } from '../step-graph.js';
import { attestor, preflightAttestations } from '../../provenance/index.js';
import { preflightGithubAttestations, runGithubAttestation } from '../../provenance/index.js';
import type { PublishTarget } from '../../publish/index.js';
import { testWheel } from '../../artifacts/index.js';
import { annotate } from '../../report.js';
import { releaseStep, type ReleaseState } from '../release-state.js';

/**
 * Decides (and refuses, before any upload) which uploads carry PEP 740 attestations, and whether
 * the files get a GitHub build-provenance attestation.
 */
export const attestationPlan = releaseStep({
  name: 'Attestations',
  sideEffect: false,
  reads: ['twine', 'inspection'],
  writes: ['attestations', 'attest', 'githubAttest'],
  async run(state) {
    const { inputs, targets, context } = state;
    const decision = await preflightAttestations(
      inputs,
      targets.map((target) => ({ label: target.index.label, trusted: !target.token })),
      state.twine,
    );
    for (const warning of decision.warnings)
      annotate({ level: 'warning', title: 'No attestations', message: warning });
    state.attestations = decision;
    if (decision.attest.some(Boolean)) state.attest = attestor();
    const github = preflightGithubAttestations(inputs, context, state.inspection.files);
    state.githubAttest = github;
    const pep740 = inputs.publish
      ? targets
          .map((target, i) => `${target.index.label}: ${decision.attest[i] ? 'PEP 740' : 'none'}`)
          .join(', ')
      : 'none: publish is false';
    return github.options || github.dryRunPlan ? `${pep740}; GitHub provenance` : pep740;
  },
});

/** Signs one build-provenance statement naming every file and stores it in the repository. */
export const githubAttestation = releaseStep({
  name: 'GitHub attestation',
  sideEffect: true,
  reads: ['githubAttest', 'inspection'],
  note: ({ githubAttest }) =>
    githubAttest.options ? undefined : { status: 'skipped', detail: 'attestations without github' },
  async run(state) {
    const { options } = state.githubAttest;
    if (!options) throw new Error('Step graph: GitHub attestation ran without its options');
    const made = await runGithubAttestation(state.inspection.files, options);
    return made.url ?? `attestation ${made.id}`;
  },
});

export function publishToIndex(target: PublishTarget, position: number): Step<ReleaseState> {
  return releaseStep({
    name: `Publish to ${target.index.label}`,
    sideEffect: true,
    reads: ['validated', 'inspection', 'attestations', 'twine'],
    mayRead: ['attest', 'published'],
    writes: ['published', 'pypiUrl'],
    async run(state) {
      const { name, version } = state.validated;
      const files = state.inspection.files.map((artifact) => ({
        filename: artifact.filename,
        path: artifact.path,
        sha256: artifact.sha256,
      }));
      const attest = state.attestations.attest[position];
      // The upload code (and its HTTP client) is loaded when the first upload starts.
      const { publishTo } = await loadUploader();
      const done = await publishTo(
        state.twine,
        target,
        { name, version },
        files,
        attest ? state.attest : undefined,
        annotate,
      );
      state.published = new Map([...(state.published ?? []), [target.index.label, done]]);
      if (position === state.targets.length - 1)
        state.pypiUrl = projectPageUrl(target.index, name, version);
      return [
        done.uploaded.length ? `uploaded ${done.uploaded.join(', ')}` : '',
        done.skipped.length ? `already there: ${done.skipped.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ');
    },
  });
}

/** Installs the version from an index it was just uploaded to, proving it arrived whole. */
export function installFromIndex(target: PublishTarget): Step<ReleaseState> {
  return releaseStep({
    name: `Install from ${target.index.label}`,
    sideEffect: true,
    reads: ['validated', 'inspection', 'published'],
    async run(state) {
      const { validated, inspection, published } = state;
      const { name, version } = validated;
      const uploaded = published.get(target.index.label);
      if (!uploaded)
        throw new Error(`Step graph: no upload to ${target.index.label} before its install`);
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
  });
}
