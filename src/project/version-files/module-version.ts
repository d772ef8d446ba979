// The version a Python module states, as a build that imports it (or evaluates the attribute)
// would get it: a string literal (`__version__ = "1.2.3"`), or numbers it is computed from
// (`__version__ = ".".join(map(str, VERSION))`), in which case the tuple is the source a report
// names and a bump edits. Anything else is computed when the module runs.
import type { VersionSource } from '../version-origin.js';
import { findVersionAssignments, readPythonVersion } from './python-version.js';
import { readVersionTuple } from './version-tuple.js';

export type ModuleVersion =
  | { readonly kind: 'source'; readonly source: VersionSource }
  /** Assigned, but computed in a way only running the module tells: the first such line. */
  | { readonly kind: 'computed'; readonly line: number }
  | { readonly kind: 'none' };

/**
 * `name` (`__version__` by default) in a module. `label` names a row from what holds the version
 * (`__version__`, `VERSION`).
 */
export function readModuleVersion(
  file: string,
  text: string,
  name = '__version__',
  label: (what: string) => string = (what) => `${file} ${what}`,
): ModuleVersion {
  const literal = readPythonVersion(text, file, name);
  if (literal) {
    return { kind: 'source', source: { kind: 'python', label: label(name), file, ...literal } };
  }
  const computed = findVersionAssignments(text, name).computedLines[0];
  if (computed === undefined) return { kind: 'none' };
  const tuple = readVersionTuple(text, name);
  if (!tuple) return { kind: 'computed', line: computed };
  const { value, line, column } = tuple;
  return {
    kind: 'source',
    source: {
      kind: 'tuple',
      label: label(tuple.name),
      file,
      value,
      line,
      column,
      ...(name === '__version__' ? {} : { attribute: name }),
    },
  };
}
