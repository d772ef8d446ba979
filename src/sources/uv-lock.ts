// uv.lock records the project's own version (`[[package]] name = "<project>"` with
// `source = { editable = "." }`); when it drifts, `uv sync --locked` fails.
import { canonicalProjectName } from '../version/pep440.js';
import { splitText, type Located } from './text.js';

export function readLockedVersion(text: string, projectName: string): Located | undefined {
  const wanted = canonicalProjectName(projectName);
  const { lines } = splitText(text);
  let inPackage = false;
  let isProject = false;
  let isEditableRoot = false;
  let version: Located | undefined;
  const finish = () => (inPackage && isProject && isEditableRoot ? version : undefined);
  for (const [index, line] of lines.entries()) {
    if (/^\s*\[/.test(line)) {
      const done = finish();
      if (done) return done;
      inPackage = /^\s*\[\[\s*package\s*\]\]/.test(line);
      isProject = false;
      isEditableRoot = false;
      version = undefined;
      continue;
    }
    if (!inPackage) continue;
    const name = /^\s*name\s*=\s*"([^"]*)"/.exec(line);
    if (name?.[1] !== undefined) isProject = canonicalProjectName(name[1]) === wanted;
    if (/^\s*source\s*=\s*\{[^}]*(editable|virtual)\s*=\s*"\."/.test(line)) isEditableRoot = true;
    const found = /^(\s*version\s*=\s*")([^"]*)"/.exec(line);
    if (found?.[1] !== undefined && found[2] !== undefined) {
      version = { value: found[2], line: index + 1, column: found[1].length + 1 };
    }
  }
  return finish();
}
