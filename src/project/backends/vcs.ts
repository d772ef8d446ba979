// Backends that take the version from the git tag when the package builds: hatch-vcs,
// setuptools-scm (its table, or the package in the build requirements of a dynamic version),
// pdm's scm source, versioningit, poetry-dynamic-versioning, scikit-build-core's setuptools_scm
// provider, flit_scm. The tag is the version: nothing in the tree states it.
import type { Location } from '../../errors.js';
import { dig, locateKeyLine, table } from '../pyproject.js';
import { tagOrigin, type Backend, type BackendContext, type Detected } from '../version-origin.js';

interface TagSetting {
  readonly tool: string;
  readonly how: string;
  readonly location: Location;
}

function requires(context: BackendContext, name: RegExp): boolean {
  return context.pyproject.buildRequires.some((requirement) => name.test(requirement.trim()));
}

/** Every setting that makes the tag the version, whether or not the version is dynamic. */
export function tagSettings(context: BackendContext): TagSetting[] {
  const data = context.pyproject.data;
  const text = context.pyprojectText;
  const at = (tableName: string, key?: string): Location => ({
    file: context.pyprojectFile,
    line: locateKeyLine(text, tableName, key),
  });
  const found: TagSetting[] = [];
  const hatchSource = dig(data, ['tool', 'hatch', 'version', 'source']);
  if (hatchSource === 'vcs' || hatchSource === 'uv-dynamic-versioning') {
    found.push({
      tool: hatchSource === 'vcs' ? 'hatch-vcs' : 'uv-dynamic-versioning',
      how: `[tool.hatch.version] source = "${hatchSource}"`,
      location: at('tool.hatch.version', 'source'),
    });
  }
  const scmTable =
    table(dig(data, ['tool', 'setuptools_scm'])) ?? table(dig(data, ['tool', 'setuptools-scm']));
  if (scmTable) {
    const name = dig(data, ['tool', 'setuptools_scm'])
      ? 'tool.setuptools_scm'
      : 'tool.setuptools-scm';
    found.push({ tool: 'setuptools-scm', how: `[${name}]`, location: at(name) });
  }
  if (dig(data, ['tool', 'pdm', 'version', 'source']) === 'scm') {
    found.push({
      tool: 'pdm-backend',
      how: '[tool.pdm.version] source = "scm"',
      location: at('tool.pdm.version', 'source'),
    });
  }
  if (table(dig(data, ['tool', 'versioningit']))) {
    found.push({
      tool: 'versioningit',
      how: '[tool.versioningit]',
      location: at('tool.versioningit'),
    });
  }
  if (dig(data, ['tool', 'poetry-dynamic-versioning', 'enable']) === true) {
    found.push({
      tool: 'poetry-dynamic-versioning',
      how: '[tool.poetry-dynamic-versioning] enable = true',
      location: at('tool.poetry-dynamic-versioning', 'enable'),
    });
  }
  const skbuildProvider = dig(data, ['tool', 'scikit-build', 'metadata', 'version', 'provider']);
  if (skbuildProvider === 'scikit_build_core.metadata.setuptools_scm') {
    found.push({
      tool: 'setuptools-scm',
      how: '[tool.scikit-build] metadata.version.provider = "scikit_build_core.metadata.setuptools_scm"',
      location: at('tool.scikit-build'),
    });
  }
  return found;
}

export const vcs: Backend = {
  async detect(context): Promise<Detected | undefined> {
    if (!context.pyproject.dynamicVersion && context.pyproject.data.project !== undefined) {
      // A static version with a tag setting is a conflict the caller reports.
      return undefined;
    }
    const [setting] = tagSettings(context);
    if (setting) return tagOrigin(setting.tool, setting.how, setting.location);
    // setuptools-scm activated by being a build requirement, or flit_scm as the backend.
    const backend = context.pyproject.buildBackend ?? '';
    if (backend.startsWith('flit_scm')) {
      return tagOrigin('flit_scm', `build-backend = "${backend}"`, {
        file: context.pyprojectFile,
        line: locateKeyLine(context.pyprojectText, 'build-system', 'build-backend'),
      });
    }
    const setuptoolsDynamic = dig(context.pyproject.data, [
      'tool',
      'setuptools',
      'dynamic',
      'version',
    ]);
    if (
      context.pyproject.dynamicVersion &&
      setuptoolsDynamic === undefined &&
      requires(context, /^setuptools[_-]scm\b/i)
    ) {
      return tagOrigin('setuptools-scm', 'setuptools-scm in [build-system] requires', {
        file: context.pyprojectFile,
        line: locateKeyLine(context.pyprojectText, 'build-system', 'requires'),
      });
    }
    return undefined;
  },
};
