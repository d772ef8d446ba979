// meson-python: a dynamic version is the `version:` of meson.build's `project(…)` call: a string
// literal, `files('VERSION')` (the file's first line), or anything else (`run_command(…)`),
// which only meson knows when it configures the build.
import { UserError } from '../../errors.js';
import { positionOf } from '../version-files/index.js';
import { splitText } from '../../files/index.js';
import { computedOrigin, fileOrigin, type Backend, type Detected } from '../version-origin.js';

/** The text of the `project(` call's arguments and where they start; undefined without one. */
export function projectCall(text: string): { start: number; body: string } | undefined {
  const opener = /^[ \t]*project[ \t]*\(/m.exec(text);
  if (!opener) return undefined;
  const start = opener.index + opener[0].length;
  let depth = 1;
  let quote = false;
  for (let index = start; index < text.length; index++) {
    const char = text[index];
    if (quote) {
      if (char === '\\') index++;
      else if (char === "'") quote = false;
      continue;
    }
    if (char === "'") quote = true;
    else if (char === '#')
      index = text.indexOf('\n', index) === -1 ? text.length : text.indexOf('\n', index);
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') {
      depth--;
      if (depth === 0) return { start, body: text.slice(start, index) };
    }
  }
  return undefined;
}

export const meson: Backend = {
  async detect(context): Promise<Detected | undefined> {
    if (context.pyproject.buildBackend !== 'mesonpy' || !context.pyproject.dynamicVersion)
      return undefined;
    context.looked(`${context.path('meson.build')} project(version: …)`);
    const found = await context.read('meson.build');
    if (!found) {
      throw new UserError(
        `meson-python reads the version from meson.build, which does not exist in ${context.dir || 'the repository root'}.`,
        'Version file not found',
        { file: context.pyprojectFile },
      );
    }
    const call = projectCall(found.text);
    const keyword = call ? /\bversion[ \t]*:[ \t]*/.exec(call.body) : null;
    if (!call || !keyword) {
      throw new UserError(
        `${found.file} has no project(…, version: 'X.Y.Z'), which meson-python uses as the version.`,
        'No version found',
        { file: found.file },
      );
    }
    const valueStart = call.start + keyword.index + keyword[0].length;
    const rest = found.text.slice(valueStart);
    const literal = /^'([^'\\\n]*)'/.exec(rest);
    if (literal?.[1] !== undefined) {
      const { line, column } = positionOf(found.text, valueStart + 1);
      return fileOrigin('meson-python', [
        {
          kind: 'meson',
          label: `${found.file} project(version)`,
          file: found.file,
          line,
          column,
          value: literal[1],
        },
      ]);
    }
    const fromFile = /^files[ \t]*\([ \t]*'([^'\n]+)'[ \t]*\)/.exec(rest);
    if (fromFile?.[1]) {
      const versionFile = await context.read(fromFile[1]);
      if (!versionFile) {
        throw new UserError(
          `${found.file} reads the version from ${fromFile[1]}, which does not exist.`,
          'Version file not found',
          { file: found.file, line: positionOf(found.text, valueStart).line },
        );
      }
      const first = splitText(versionFile.text).lines[0] ?? '';
      return fileOrigin('meson-python', [
        {
          kind: 'text',
          label: versionFile.file,
          file: versionFile.file,
          line: 1,
          column: first.indexOf(first.trim()) + 1,
          value: first.trim(),
        },
      ]);
    }
    const { line } = positionOf(found.text, valueStart);
    return computedOrigin(
      'meson-python',
      `${found.file} computes project(version) when meson configures the build`,
      {
        file: found.file,
        line,
      },
    );
  },
};
