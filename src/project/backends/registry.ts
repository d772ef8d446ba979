// Asks each backend family, in order, where the project's version comes from. A static
// `[project].version` next to a setting that makes the tag the version is a conflict; no answer
// at all lists every place that was looked at and the backend that was seen.
import { UserError } from '../../errors.js';
import type { FileReader } from '../../files/index.js';
import { flit } from './flit.js';
import { hatch } from './hatch.js';
import { incremental } from './incremental.js';
import { maturin } from './maturin.js';
import { meson } from './meson.js';
import { pbr } from './pbr.js';
import { pdm } from './pdm.js';
import { scikitBuild } from './scikit-build.js';
import { setuptools } from './setuptools.js';
import { staticPyproject } from './static.js';
import { tagSettings, vcs } from './vcs.js';
import { versioneer } from './versioneer.js';
import { locateKeyLine, type Pyproject } from '../pyproject.js';
import { namedWhere, repoPath, type NamingFile } from '../../files/index.js';
import type { Backend, BackendContext, Detected } from '../version-origin.js';

// Tag settings come before the static reader only for Poetry's placeholder version, which
// poetry-dynamic-versioning replaces; a static [project].version with one is a conflict.
// incremental, pbr and versioneer come before setuptools (and meson, which pandas runs with
// versioneer), which would call their version computed.
const BACKENDS: readonly Backend[] = [
  vcs,
  staticPyproject,
  incremental,
  pbr,
  versioneer,
  hatch,
  pdm,
  flit,
  maturin,
  meson,
  scikitBuild,
  setuptools,
];

export interface VersionInput {
  readonly reader: FileReader;
  readonly dir: string;
  readonly pyprojectFile: string;
  readonly pyprojectText: string;
  readonly pyproject: Pyproject;
}

export function backendContext(input: VersionInput, looked: string[]): BackendContext {
  const path = (relative: string) => repoPath(input.dir, relative);
  // The files read so far (setup.cfg, setup.py, meson.build …): a refused read names the line of
  // the one that named the path.
  const read: NamingFile[] = [{ file: input.pyprojectFile, text: input.pyprojectText }];
  return {
    ...input,
    path,
    async read(relative) {
      const file = path(relative);
      const text = await input.reader.read(file).catch((error: unknown) => {
        throw namedWhere(error, [relative, file], read);
      });
      if (text === undefined) return undefined;
      read.push({ file, text });
      return { file, text };
    },
    looked(place) {
      if (!looked.includes(place)) looked.push(place);
    },
  };
}

function refuseMixedSources(context: BackendContext): void {
  const { pyproject, pyprojectFile } = context;
  const version = pyproject.version;
  if (!version || version.table !== 'project') return;
  if (pyproject.dynamicVersion) {
    throw new UserError(
      `${pyprojectFile} gives [project].version = "${version.value}" and also lists "version" in [project].dynamic; a version is one or the other. Remove one of them.`,
      'Conflicting version sources',
      { file: pyprojectFile, line: version.line, column: version.column },
    );
  }
  const [setting] = tagSettings(context);
  if (setting) {
    throw new UserError(
      `${pyprojectFile} writes [project].version = "${version.value}" (line ${version.line}) and also takes the version from git tags with ${setting.tool} (${setting.how}). The build uses one of them and ignores the other: remove the static version and add "version" to [project].dynamic, or remove the ${setting.tool} setting.`,
      'Conflicting version sources',
      setting.location,
    );
  }
}

export async function detectVersionOrigin(input: VersionInput): Promise<Detected> {
  const looked: string[] = [];
  const context = backendContext(input, looked);
  refuseMixedSources(context);
  for (const backend of BACKENDS) {
    const found = await backend.detect(context);
    if (found) return found;
  }
  const { pyproject, pyprojectFile } = input;
  const places = [`${pyprojectFile} [project].version`, ...looked];
  const seen = pyproject.buildBackend
    ? `the build backend ${pyproject.buildBackend}`
    : 'no [build-system] build-backend';
  throw new UserError(
    `pyrelease saw ${seen}${pyproject.dynamicVersion ? ' and a dynamic version' : ''}, and looked in ${places.join(', ')}. Write version = "X.Y.Z" under [project], or configure where the backend reads it (for hatchling: [tool.hatch.version] path; for setuptools: [tool.setuptools.dynamic] version).`,
    'No version found',
    {
      file: pyprojectFile,
      line:
        locateKeyLine(
          input.pyprojectText,
          'project',
          pyproject.dynamicVersion ? 'dynamic' : undefined,
        ) ?? 1,
    },
  );
}
