// PyPI's rules, applied before any upload (and in a dry run): every file against what PyPI's
// upload code refuses, the uploader against the Metadata-Version of what it uploads, and each
// Warehouse index's state (a release older than 14 days, one sdist, an archived project).
import { UserError } from '../../errors.js';
import { loadIndexState } from '../../publish/index.js';
import type { PublishTarget } from '../../publish/index.js';
import {
  pypiPreflight,
  twineReach,
  type DistFacts,
  type IndexState,
  type Refusal,
} from '../../pypi-rules/index.js';
import { annotate } from '../../report.js';
import { twineVersionOutput } from '../../tools/index.js';
import { releaseStep } from '../release-state.js';

function report(refusal: Refusal): void {
  annotate({
    level: refusal.level,
    title: `PyPI's rules: ${refusal.rule.title}`,
    message: `${refusal.message} (rule ${refusal.rule.id}: ${refusal.rule.source})`,
  });
}

/** The state of each Warehouse index uploaded to; one that cannot be read is said and skipped. */
async function indexStates(
  targets: readonly PublishTarget[],
  project: string,
  version: string,
): Promise<IndexState[]> {
  const warehouses = targets.filter((target) => target.index.warehouse);
  if (warehouses.length === 0) return [];
  const { readIndexState } = await loadIndexState();
  const states: IndexState[] = [];
  for (const { index } of warehouses) {
    const read = await readIndexState(index, project, version);
    if ('unreadable' in read) {
      annotate({
        level: 'notice',
        title: `PyPI's rules: ${index.label} not asked`,
        message: `Could not read what ${index.label} has of ${project} ${version} (${read.unreadable}), so its 14-day window, its sdist and the project's status were not checked; the upload asks again.`,
      });
    } else states.push(read);
  }
  return states;
}

export const pypiRulesStep = releaseStep({
  name: "PyPI's rules",
  sideEffect: false,
  reads: ['inspection', 'validated', 'twine'],
  async run(state) {
    const { inputs, targets, validated } = state;
    if (!inputs.publish) return 'not checked: publish is false';
    const files = state.inspection.files.flatMap((file): DistFacts[] =>
      file.facts ? [file.facts] : [],
    );
    // Only Warehouse (PyPI, TestPyPI) applies PyPI's rules; any index's uploader reads metadata.
    const warehouse = targets.some((target) => target.index.warehouse);
    const result = pypiPreflight({
      project: validated.name,
      version: validated.version,
      files,
      uploader: { reach: twineReach(await twineVersionOutput(state.twine)), how: state.twine.how },
      indexes: validated.fromBuild
        ? []
        : await indexStates(targets, validated.name, validated.version),
      now: Date.now(),
    });
    const applies = (refusal: Refusal) =>
      warehouse || refusal.rule.id === 'uploader-metadata-version';
    const errors = result.errors.filter(applies);
    const warnings = result.warnings.filter(applies);
    for (const refusal of [...warnings, ...errors]) report(refusal);
    if (errors.length > 0) {
      const titles = [...new Set(errors.map((error) => error.rule.title))];
      throw new UserError(
        `${errors.length === 1 ? 'One file breaks' : `${errors.length} problems break`} the rules the index applies on upload (${titles.join(', ')}); see the annotations. Nothing was uploaded.`,
        "Refused by PyPI's rules",
      );
    }
    return `${files.length} files${warehouse ? '' : ' (the uploader only: not a Warehouse index)'}${warnings.length ? `, ${warnings.length} warnings` : ''}`;
  },
});
