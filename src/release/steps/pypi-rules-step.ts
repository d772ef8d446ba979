// PyPI's rules, applied before any upload (and in a dry run). First what the files and the
// uploader decide (beside the other checks), then, once every local check has passed, what each
// Warehouse index's state decides (a release older than 14 days, a second sdist, an archived
// project, the project's size): a refused release asks the index nothing.
import { UserError } from '../../errors.js';
import { loadIndexState } from '../../publish/index.js';
import type { PublishTarget } from '../../publish/index.js';
import {
  filePreflight,
  indexPreflight,
  twineReach,
  type DistFacts,
  type IndexState,
  type PreflightResult,
  type Refusal,
} from '../../pypi-rules/index.js';
import { annotate } from '../../report.js';
import { twineVersionOutput } from '../../tools/index.js';
import { releaseStep, type Inspection } from '../release-state.js';

function report(refusal: Refusal): void {
  annotate({
    level: refusal.level,
    title: `PyPI's rules: ${refusal.rule.title}`,
    message: `${refusal.message} (rule ${refusal.rule.id}: ${refusal.rule.source})`,
  });
}

/** Annotates what was found; the errors refuse the release. */
function conclude(result: PreflightResult, filter: (refusal: Refusal) => boolean): number {
  const errors = result.errors.filter(filter);
  const warnings = result.warnings.filter(filter);
  for (const refusal of [...warnings, ...errors]) report(refusal);
  if (errors.length > 0) {
    const titles = [...new Set(errors.map((error) => error.rule.title))];
    throw new UserError(
      `${errors.length === 1 ? 'one problem breaks' : `${errors.length} problems break`} the rules the index applies on upload (${titles.join(', ')}); see the annotations. Nothing was uploaded.`,
      "Refused by PyPI's rules",
    );
  }
  return warnings.length;
}

function factsOf(inspection: Inspection): DistFacts[] {
  return inspection.files.flatMap((file): DistFacts[] => (file.facts ? [file.facts] : []));
}

/** Only Warehouse (PyPI, TestPyPI) applies PyPI's rules; any index's uploader reads metadata. */
function warehouseTargets(targets: readonly PublishTarget[]): PublishTarget[] {
  return targets.filter((target) => target.index.warehouse);
}

export const pypiRulesStep = releaseStep({
  name: "PyPI's rules",
  sideEffect: false,
  reads: ['inspection', 'validated', 'twine'],
  async run(state) {
    const { inputs, targets, validated } = state;
    if (!inputs.publish) return 'not checked: publish is false';
    const files = factsOf(state.inspection);
    const warehouse = warehouseTargets(targets).length > 0;
    const result = filePreflight({
      project: validated.name,
      version: validated.version,
      files,
      uploader: { reach: twineReach(await twineVersionOutput(state.twine)), how: state.twine.how },
    });
    // Untagged, the build's version (often a local one) is not what a release would upload.
    const judged = (refusal: Refusal) => !(validated.fromBuild && refusal.rule.id === 'version');
    const warnings = conclude(
      result,
      (refusal) =>
        judged(refusal) && (warehouse || refusal.rule.id === 'uploader-metadata-version'),
    );
    const scope = warehouse ? '' : ' (the uploader only: not a Warehouse index)';
    return `${files.length} files${scope}${warnings ? `, ${warnings} warnings` : ''}`;
  },
});

/**
 * The state of each Warehouse index uploaded to. One that cannot be read stops a release before
 * any upload, as uploading blind would; a dry run says so and goes on.
 */
async function indexStates(
  targets: readonly PublishTarget[],
  project: string,
  version: string,
  dryRun: boolean,
): Promise<IndexState[]> {
  const { readIndexState } = await loadIndexState();
  const states: IndexState[] = [];
  for (const { index } of targets) {
    const read = await readIndexState(index, project, version);
    if (!('unreadable' in read)) {
      states.push(read);
      continue;
    }
    const what = `Could not read what ${index.label} has of ${project} ${version}: ${read.unreadable}.`;
    if (!dryRun) {
      throw new UserError(
        `${what} Nothing was uploaded; run the release again when the index answers (a re-run skips what is already there).`,
        'Index unreachable',
      );
    }
    annotate({
      level: 'notice',
      title: `PyPI's rules: ${index.label} not asked`,
      message: `${what} Its 14-day window, its sdist and the project's status were not checked.`,
    });
  }
  return states;
}

export const pypiStateStep = releaseStep({
  name: "PyPI's state",
  sideEffect: false,
  reads: ['inspection', 'validated'],
  async run(state) {
    const { inputs, validated } = state;
    const targets = warehouseTargets(state.targets);
    if (!inputs.publish || targets.length === 0 || validated.fromBuild)
      return 'not asked: nothing is uploaded to a Warehouse index';
    const states = await indexStates(targets, validated.name, validated.version, inputs.dryRun);
    const warnings = conclude(
      indexPreflight({
        project: validated.name,
        version: validated.version,
        files: factsOf(state.inspection),
        indexes: states,
        now: Date.now(),
      }),
      () => true,
    );
    const asked = states.map((item) => item.label).join(', ') || 'no index answered';
    return `${asked}${warnings ? `, ${warnings} warnings` : ''}`;
  },
});
