// versioneer: the version is the git tag, computed when the package builds (`version=
// versioneer.get_version()` in setup.py) and written into the package's `_version.py`, which holds
// git-archive keywords (`git_refnames = "$Format:%d$"`) in the tree. It is configured by a
// `[versioneer]` section in setup.cfg or `[tool.versioneer]` in pyproject.toml; an old layout
// has only versioneer.py at the root and the call in setup.py.
import type { Location } from '../../errors.js';
import { dig, locateKeyLine, table } from '../pyproject.js';
import { splitText } from '../../files/index.js';
import { tagOrigin, type Backend, type BackendContext, type Detected } from '../version-origin.js';
import { setupCfgValue } from './setup-cfg.js';

interface Setting {
  readonly how: string;
  readonly location: Location;
  /** `versionfile_source`: the `_version.py` versioneer rewrites. */
  readonly versionFile: string | undefined;
}

async function findSetting(context: BackendContext): Promise<Setting | undefined> {
  const config = table(dig(context.pyproject.data, ['tool', 'versioneer']));
  if (config) {
    const source = config.versionfile_source;
    return {
      how: '[tool.versioneer]',
      location: {
        file: context.pyprojectFile,
        line: locateKeyLine(context.pyprojectText, 'tool.versioneer'),
      },
      versionFile: typeof source === 'string' ? source : undefined,
    };
  }
  const cfg = await context.read('setup.cfg');
  const section = cfg && setupCfgValue(cfg.text, 'versioneer');
  if (cfg && section) {
    return {
      how: `[versioneer] in ${cfg.file}`,
      location: { file: cfg.file, line: section.line },
      versionFile: setupCfgValue(cfg.text, 'versioneer', 'versionfile_source')?.value,
    };
  }
  const setupPy = await context.read('setup.py');
  const call = /\bversioneer\.get_version\s*\(/;
  if (!setupPy || !call.test(setupPy.text) || !(await context.read('versioneer.py'))) {
    return undefined;
  }
  const index = splitText(setupPy.text).lines.findIndex((line) => call.test(line));
  return {
    how: `versioneer.get_version() in ${setupPy.file} (line ${index + 1})`,
    location: { file: setupPy.file, line: index + 1 },
    versionFile: undefined,
  };
}

export const versioneer: Backend = {
  async detect(context): Promise<Detected | undefined> {
    const { pyproject } = context;
    if (!pyproject.dynamicVersion && pyproject.data.project !== undefined) return undefined;
    const setting = await findSetting(context);
    if (!setting) return undefined;
    const versionFile = setting.versionFile && (await context.read(setting.versionFile));
    const keywords =
      versionFile &&
      /^[ \t]*git_refnames[ \t]*=[ \t]*["']\$Format:%d\$["']/m.test(versionFile.text);
    const how = keywords
      ? `${setting.how}; ${versionFile.file} holds its git-archive keywords`
      : setting.how;
    return tagOrigin('versioneer', how, setting.location);
  },
};
