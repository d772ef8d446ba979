// hatchling: `[tool.hatch.version]` with `path` (read with hatchling's default pattern, or the
// project's own `pattern`). `source = "vcs"` is hatch-vcs (see vcs.ts); `code` evaluates a name
// of a module (read here when it is a literal or a version tuple); `env` sources and plugins
// compute the version when the package builds.
import { UserError, type Location } from '../../errors.js';
import { dig, locateKeyLine, table } from '../pyproject.js';
import {
  findVersionAssignments,
  readModuleVersion,
  readPythonVersion,
} from '../version-files/index.js';
import { readRegexVersion } from '../version-files/index.js';
import {
  computedOrigin,
  fileOrigin,
  type Backend,
  type BackendContext,
  type Detected,
  type VersionSource,
} from '../version-origin.js';

const SETTING = '[tool.hatch.version]';

export const hatch: Backend = {
  async detect(context: BackendContext): Promise<Detected | undefined> {
    const config = table(dig(context.pyproject.data, ['tool', 'hatch', 'version']));
    if (!config || !context.pyproject.dynamicVersion) return undefined;
    const at = (key?: string) => ({
      file: context.pyprojectFile,
      line: locateKeyLine(context.pyprojectText, 'tool.hatch.version', key),
    });
    const source = typeof config.source === 'string' ? config.source : 'regex';
    // Both take the version from the git tag (vcs.ts).
    if (source === 'vcs' || source === 'uv-dynamic-versioning') return undefined;
    if (source === 'code') return codeSource(context, config, at);
    if (source !== 'regex') {
      return computedOrigin(
        'hatchling',
        `${SETTING} source = "${source}" computes the version when the package builds`,
        at('source'),
      );
    }
    const path = config.path;
    if (typeof path !== 'string') {
      throw new UserError(
        `${context.pyprojectFile}: ${SETTING} reads the version from a file but names none. Add path = "src/<package>/__about__.py" (the file with __version__ = "X.Y.Z").`,
        'No version file',
        at(),
      );
    }
    const found = await context.read(path);
    context.looked(`${context.path(path)} (${SETTING} path)`);
    if (!found) {
      throw new UserError(
        `${context.pyprojectFile} reads the version from ${path} (${SETTING} path), which does not exist.`,
        'Version file not found',
        at('path'),
      );
    }
    const label = `${found.file} (hatch version path)`;
    if (typeof config.pattern === 'string') {
      const located = readRegexVersion(found.text, found.file, config.pattern, 'version', {
        describe: `${SETTING} pattern`,
        location: at('pattern'),
      });
      const source: VersionSource = { kind: 'regex', label, file: found.file, ...located };
      return fileOrigin('hatchling', [source]);
    }
    // hatchling's default pattern takes `__version__` or `VERSION`.
    for (const name of ['__version__', 'VERSION']) {
      const located = readPythonVersion(found.text, found.file, name);
      if (located)
        return fileOrigin('hatchling', [{ kind: 'python', label, file: found.file, ...located }]);
    }
    const computed = findVersionAssignments(found.text).computedLines[0];
    throw new UserError(
      `${found.file} has no \`__version__ = "X.Y.Z"\` assignment, which ${SETTING} path reads${computed ? ` (line ${computed} computes it, which hatchling cannot read)` : ''}. Write the version there as a string literal, or set ${SETTING} pattern.`,
      'No version found',
      { file: found.file, line: computed },
    );
  },
};

/**
 * `source = "code"`: hatchling loads `path` and evaluates `expression` (`__version__` by default).
 * A name the file assigns as a literal, or joins from numbers, is known without running it.
 */
async function codeSource(
  context: BackendContext,
  config: Record<string, unknown>,
  at: (key?: string) => Location,
): Promise<Detected> {
  const expression = typeof config.expression === 'string' ? config.expression : '__version__';
  const found = typeof config.path === 'string' ? await context.read(config.path) : undefined;
  if (found && /^[A-Za-z_]\w*$/.test(expression)) {
    const read = readModuleVersion(found.file, found.text, expression);
    if (read.kind === 'source') return fileOrigin('hatchling', [read.source]);
    if (read.kind === 'computed') {
      return computedOrigin(
        'hatchling',
        `${SETTING} source = "code" evaluates ${expression}, which ${found.file} computes (line ${read.line}) when the package builds`,
        { file: found.file, line: read.line },
      );
    }
  }
  return computedOrigin(
    'hatchling',
    `${SETTING} source = "code" evaluates ${JSON.stringify(expression)} when the package builds`,
    found ? { file: found.file } : at('source'),
  );
}
