// What a dry run records in place of the side effects: each stands where its real step would,
// due only once every check has passed, and adds to the plan printed at the end.
import { describeUpload } from '../../publish/index.js';
import { releaseStep } from '../release-state.js';

export const publishPlan = releaseStep({
  name: 'Publish',
  sideEffect: true,
  reads: ['inspection', 'attestations', 'validated', 'twine'],
  mayRead: ['attest', 'githubAttest'],
  note(state) {
    const { inputs, targets, plan } = state;
    const { files } = state.inspection;
    const { attest } = state.attestations;
    const { validated } = state;
    if (validated.fromBuild) {
      plan.push(
        `upload nothing: the commit is not tagged, and the build computed ${validated.version}; tag the commit with the version to release, written as its earlier tags are, and run again`,
      );
      return { status: 'dry run', detail: `not tagged (${validated.version})` };
    }
    if (state.attest) {
      plan.push(
        `sign a PEP 740 publish attestation for ${files.map((file) => file.filename).join(', ')} with Sigstore, as this workflow`,
      );
    }
    for (const [i, target] of (inputs.publish ? targets : []).entries())
      plan.push(describeUpload(state.twine, target, files, attest[i]));
    if (state.githubAttest?.dryRunPlan) plan.push(state.githubAttest.dryRunPlan);
    return {
      status: 'dry run',
      detail: inputs.publish
        ? targets.map((target) => target.index.label).join(', ')
        : 'repository-url: none',
    };
  },
});

export const githubReleasePlan = releaseStep({
  name: 'GitHub release',
  sideEffect: true,
  reads: ['validated', 'inspection'],
  note(state) {
    const { inputs, plan } = state;
    const { check, tag, version, fromBuild } = state.validated;
    if (fromBuild) return { status: 'dry run', detail: 'not tagged' };
    const { files } = state.inspection;
    plan.push(
      `GitHub release ${tag}: ${inputs.draft ? 'draft' : 'published'}${check.prerelease ? ', pre-release' : ''}, assets ${files.map((file) => file.filename).join(', ')}`,
    );
    if (inputs.closeMilestone) plan.push(`close the milestone ${tag} or ${version}, if open`);
    return { status: 'dry run', detail: tag };
  },
});
