// maturin: without `[project].version`, the version is Cargo.toml's `[package].version`, or, with
// `version.workspace = true`, `[workspace.package].version` in the workspace root's Cargo.toml
// (the nearest one above that has a `[workspace]` table). Cargo writes SemVer (`1.0.0-alpha.1`),
// which maturin turns into PEP 440 (`1.0.0a1`); a bump writes SemVer there.
import { UserError } from '../../errors.js';
import { dig, locateKeyLine, locateTomlString, parseToml, table } from '../pyproject.js';
import { fileOrigin, type Backend, type BackendContext, type Detected } from '../version-origin.js';

function parentDirs(file: string): string[] {
  const parts = file.split('/').slice(0, -1);
  const dirs: string[] = [];
  while (parts.length > 0) {
    parts.pop();
    dirs.push(parts.join('/'));
  }
  return dirs;
}

async function workspaceVersion(context: BackendContext, member: string): Promise<Detected> {
  for (const dir of parentDirs(member)) {
    const file = dir ? `${dir}/Cargo.toml` : 'Cargo.toml';
    context.looked(`${file} [workspace.package].version`);
    const text = await context.reader.read(file);
    if (text === undefined) continue;
    const data = parseToml(text, file);
    if (!table(data.workspace)) continue;
    const version = dig(data, ['workspace', 'package', 'version']);
    const located = locateTomlString(text, 'workspace.package', 'version');
    if (typeof version !== 'string' || !located) {
      throw new UserError(
        `${member} takes its version from the workspace (version.workspace = true), but the workspace root ${file} has no [workspace.package] version = "X.Y.Z".`,
        'No version found',
        { file, line: locateKeyLine(text, 'workspace') },
      );
    }
    return fileOrigin('maturin', [
      {
        kind: 'cargo',
        label: `${file} [workspace.package].version`,
        file,
        ...located,
        spelling: 'semver',
      },
    ]);
  }
  throw new UserError(
    `${member} takes its version from the workspace (version.workspace = true), but no Cargo.toml above it has a [workspace] table. Write version = "X.Y.Z" under [package], or check out the whole workspace.`,
    'No workspace root',
    { file: member },
  );
}

export const maturin: Backend = {
  async detect(context): Promise<Detected | undefined> {
    if (context.pyproject.buildBackend !== 'maturin' || context.pyproject.version) return undefined;
    const configured = dig(context.pyproject.data, ['tool', 'maturin', 'manifest-path']);
    const relative = typeof configured === 'string' ? configured : 'Cargo.toml';
    context.looked(`${context.path(relative)} [package].version`);
    const found = await context.read(relative);
    if (!found) {
      throw new UserError(
        `maturin reads the version from ${relative}, which does not exist. Set [tool.maturin] manifest-path, or write version under [project].`,
        'Version file not found',
        {
          file: context.pyprojectFile,
          line: locateKeyLine(context.pyprojectText, 'tool.maturin', 'manifest-path'),
        },
      );
    }
    const data = parseToml(found.text, found.file);
    const version = dig(data, ['package', 'version']);
    if (table(version)?.workspace === true) return workspaceVersion(context, found.file);
    const located = locateTomlString(found.text, 'package', 'version');
    if (typeof version !== 'string' || !located) {
      throw new UserError(
        `${found.file} has no [package] version = "X.Y.Z", which maturin uses as the version.`,
        'No version found',
        { file: found.file, line: locateKeyLine(found.text, 'package') },
      );
    }
    return fileOrigin('maturin', [
      {
        kind: 'cargo',
        label: `${found.file} [package].version`,
        file: found.file,
        ...located,
        spelling: 'semver',
      },
    ]);
  },
};
