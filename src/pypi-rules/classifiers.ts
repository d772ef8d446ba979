// Classifiers PyPI accepts: those of the trove-classifiers package it validates against, less the
// deprecated ones (warehouse/forklift/metadata.py). The list is kept in trove-classifiers.json,
// refreshed by scripts/trove-classifiers.py.
import trove from './trove-classifiers.json' with { type: 'json' };

const KNOWN = new Set<string>(trove.classifiers);
const DEPRECATED: Readonly<Record<string, readonly string[]>> = trove.deprecated;

/** The version of trove-classifiers the list comes from. */
export const TROVE_CLASSIFIERS_VERSION: string = trove.version;

/** What PyPI says of the classifier, and what to do; undefined when it is accepted. */
export function classifierProblem(classifier: string): string | undefined {
  if (Object.hasOwn(DEPRECATED, classifier)) {
    const instead = DEPRECATED[classifier]!;
    return `the classifier "${classifier}" is deprecated${instead.length ? `; use ${instead.map((c) => `"${c}"`).join(' or ')} instead` : ''}. PyPI refuses deprecated classifiers; update classifiers in [project] and rebuild.`;
  }
  if (KNOWN.has(classifier)) return undefined;
  return `"${classifier}" is not a valid classifier (not in trove-classifiers ${TROVE_CLASSIFIERS_VERSION}, the list PyPI checks against); PyPI refuses it. Pick one from https://pypi.org/classifiers/ (a "Private :: Do Not Upload" classifier is refused on purpose) and rebuild.`;
}
