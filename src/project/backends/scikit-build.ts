// scikit-build-core: `[tool.scikit-build] metadata.version.provider =
// "scikit_build_core.metadata.regex"` reads `input` with `regex` (its default matches
// `__version__` or `VERSION`, in a group named `value`). The setuptools_scm provider is in vcs.ts.
import { UserError } from '../../errors.js';
import { dig, locateKeyLine, table } from '../pyproject.js';
import { readRegexVersion } from '../version-files/index.js';
import { computedOrigin, fileOrigin, type Backend, type Detected } from '../version-origin.js';

const REGEX_PROVIDER = 'scikit_build_core.metadata.regex';
// scikit-build-core's default, `(?i)^(__version__|VERSION)(?: ?\: ?str)? *= *(['"])v?(?P<value>.+?)\2`,
// closes the quote with a backreference, which RE2 has not: either quote closes it here, the same
// for every version (a version holds no quote).
const DEFAULT_REGEX = `(?i)^(?:__version__|VERSION)(?: ?: ?str)? *= *['"]v?(?P<value>[^'"\\n]+?)['"]`;

export const scikitBuild: Backend = {
  async detect(context): Promise<Detected | undefined> {
    if (!context.pyproject.dynamicVersion) return undefined;
    const config = table(
      dig(context.pyproject.data, ['tool', 'scikit-build', 'metadata', 'version']),
    );
    const provider = config?.provider;
    if (!config || typeof provider !== 'string') return undefined;
    const location = {
      file: context.pyprojectFile,
      line:
        locateKeyLine(context.pyprojectText, 'tool.scikit-build.metadata.version', 'provider') ??
        locateKeyLine(context.pyprojectText, 'tool.scikit-build'),
    };
    if (provider !== REGEX_PROVIDER) {
      if (provider.includes('setuptools_scm')) return undefined;
      return computedOrigin(
        'scikit-build-core',
        `the version provider ${provider} computes it when the package builds`,
        location,
      );
    }
    const input = config.input;
    if (typeof input !== 'string') {
      throw new UserError(
        `${context.pyprojectFile}: the ${REGEX_PROVIDER} provider needs input = "src/<package>/__init__.py".`,
        'No version file',
        location,
      );
    }
    context.looked(`${context.path(input)} (scikit-build regex input)`);
    const found = await context.read(input);
    if (!found) {
      throw new UserError(
        `${context.pyprojectFile} reads the version from ${input} (scikit-build metadata.version input), which does not exist.`,
        'Version file not found',
        location,
      );
    }
    const located = readRegexVersion(
      found.text,
      found.file,
      typeof config.regex === 'string' ? config.regex : DEFAULT_REGEX,
      'value',
      { describe: '[tool.scikit-build] metadata.version regex', location },
    );
    return fileOrigin('scikit-build-core', [
      { kind: 'regex', label: `${found.file} (scikit-build regex)`, file: found.file, ...located },
    ]);
  },
};
