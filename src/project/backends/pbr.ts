// pbr (OpenStack's setuptools plugin): `setup(setup_requires=['pbr'], pbr=True)` in setup.py, or
// `build-backend = "pbr.build"`, with the metadata in setup.cfg. Without a `[metadata] version`
// in setup.cfg, pbr takes the version from the git tag when the package builds: nothing in the
// tree states it. (A setup.cfg version is read as setuptools reads it, by setup-cfg.ts.)
import { locateKeyLine } from '../pyproject.js';
import { readSetupCall } from '../version-files/index.js';
import { tagOrigin, type Backend, type Detected } from '../version-origin.js';
import { setupCfgVersion } from './setup-cfg.js';

export const pbr: Backend = {
  async detect(context): Promise<Detected | undefined> {
    const { pyproject } = context;
    if (!pyproject.dynamicVersion && pyproject.data.project !== undefined) return undefined;
    const cfg = await context.read('setup.cfg');
    if (cfg && setupCfgVersion(cfg.text)) return undefined;
    const backend = pyproject.buildBackend ?? '';
    if (backend === 'pbr.build' || backend.startsWith('pbr.build:')) {
      return tagOrigin('pbr', `build-backend = "${backend}"`, {
        file: context.pyprojectFile,
        line: locateKeyLine(context.pyprojectText, 'build-system', 'build-backend'),
      });
    }
    const setupPy = await context.read('setup.py');
    const call = setupPy ? readSetupCall(setupPy.text) : undefined;
    const keyword = call?.keywords.get('pbr');
    if (!setupPy || !keyword || call?.keywords.has('version')) return undefined;
    return tagOrigin('pbr', `pbr=True in ${setupPy.file} (line ${keyword.line})`, {
      file: setupPy.file,
      line: keyword.line,
    });
  },
};
