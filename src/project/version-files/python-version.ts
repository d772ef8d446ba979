// Version assignments in Python files: `__version__` by default, or any module-level name an
// `attr` names (`VERSION`, `version`). `=`, `: str =`, chained (`__version__ = version = "1.0"`),
// single or double quotes, trailing comments. Only module-level string literals count: a version
// computed at run time (importlib.metadata) has nothing to compare or edit, and an indented
// assignment is conditional (the fallback in `except PackageNotFoundError:`), not the version
// that ships. Hatch's regex version source reads the same way: from the start of a line.
import { UserError } from '../../errors.js';
import { splitText, type Located } from '../../files/index.js';

export interface VersionAssignments {
  /** Module-level string-literal assignments, in file order. */
  readonly literals: readonly Located[];
  /** Lines that assign something other than a module-level string literal. */
  readonly computedLines: readonly number[];
}

const patterns = new Map<string, { literal: RegExp; any: RegExp }>();

function assignmentPatterns(name: string): { literal: RegExp; any: RegExp } {
  let found = patterns.get(name);
  if (!found) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    found = {
      // The annotation is one word or a bracketed type (no spaces to backtrack over).
      literal: new RegExp(
        `^(${escaped}[ \\t]*(?::[ \\t]*[A-Za-z_][\\w.[\\],]*[ \\t]*)?=[ \\t]*(?:[A-Za-z_]\\w*[ \\t]*=[ \\t]*)*[uU]?)(["'])([^"'\\\\\\n]*)\\2[ \\t]*(?:#.*)?$`,
      ),
      any: new RegExp(`^\\s*${escaped}\\s*(?::[^=]*)?=(?!=)`),
    };
    patterns.set(name, found);
  }
  return found;
}

export function findVersionAssignments(text: string, name = '__version__'): VersionAssignments {
  const { literal, any } = assignmentPatterns(name);
  const literals: Located[] = [];
  const computedLines: number[] = [];
  for (const [index, line] of splitText(text).lines.entries()) {
    // Cheap test first: most lines of a module do not mention the name at all.
    if (!line.includes(name)) continue;
    const match = literal.exec(line);
    if (match?.[1] !== undefined && match[3] !== undefined) {
      literals.push({ value: match[3], line: index + 1, column: match[1].length + 2 });
    } else if (any.test(line)) {
      computedLines.push(index + 1);
    }
  }
  return { literals, computedLines };
}

/**
 * The one version a Python file declares, or undefined when it has none as a literal.
 * Two different literal values in one file are an error: nobody can tell which one ships.
 */
export function readPythonVersion(
  text: string,
  file: string,
  name = '__version__',
): Located | undefined {
  const { literals } = findVersionAssignments(text, name);
  const [first, ...rest] = literals;
  if (!first) return undefined;
  const other = rest.find((candidate) => candidate.value !== first.value);
  if (other) {
    throw new UserError(
      `${file} assigns ${name} twice with different values: "${first.value}" on line ${first.line} and "${other.value}" on line ${other.line}. Keep one assignment.`,
      `Conflicting ${name}`,
      { file, line: other.line, column: other.column },
    );
  }
  return first;
}
