// `__version__` in Python files: `=`, `: str =`, chained (`__version__ = version = "1.0"`), single
// or double quotes, trailing comments. Only module-level string literals count: a version computed
// at run time (importlib.metadata) has nothing to compare or edit, and an indented assignment is
// conditional (the fallback in `except PackageNotFoundError:`), not the version that ships. Hatch's
// regex version source reads the same way: from the start of a line.
import { UserError } from '../errors.js';
import { splitText, type Located } from './text.js';

const ASSIGNMENT =
  /^(__version__\s*(?::\s*[A-Za-z_][\w.[\], ]*)?\s*=\s*(?:[A-Za-z_]\w*\s*=\s*)*[uU]?)(["'])([^"'\\]*)\2\s*(?:#.*)?$/;
const ANY_ASSIGNMENT = /^\s*__version__\s*(?::[^=]*)?=(?!=)/;

export interface VersionAssignments {
  /** Module-level string-literal assignments, in file order. */
  readonly literals: readonly Located[];
  /** Lines that assign something other than a module-level string literal. */
  readonly computedLines: readonly number[];
}

export function findVersionAssignments(text: string): VersionAssignments {
  const literals: Located[] = [];
  const computedLines: number[] = [];
  for (const [index, line] of splitText(text).lines.entries()) {
    const match = ASSIGNMENT.exec(line);
    if (match?.[1] !== undefined && match[3] !== undefined) {
      literals.push({ value: match[3], line: index + 1, column: match[1].length + 2 });
    } else if (ANY_ASSIGNMENT.test(line)) {
      computedLines.push(index + 1);
    }
  }
  return { literals, computedLines };
}

/**
 * The one version a Python file declares, or undefined when it has none as a literal.
 * Two different literal values in one file are an error: nobody can tell which one ships.
 */
export function readPythonVersion(text: string, file: string): Located | undefined {
  const { literals } = findVersionAssignments(text);
  const [first, ...rest] = literals;
  if (!first) return undefined;
  const other = rest.find((candidate) => candidate.value !== first.value);
  if (other) {
    throw new UserError(
      `${file} assigns __version__ twice with different values: "${first.value}" on line ${first.line} and "${other.value}" on line ${other.line}. Keep one assignment.`,
      'Conflicting __version__',
      { file, line: other.line, column: other.column },
    );
  }
  return first;
}
