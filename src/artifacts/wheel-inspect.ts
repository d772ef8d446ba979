// Inspects a wheel: its file name, entries that would land outside the folder it is unpacked
// into or that appear twice, its METADATA, and what it makes importable (which the wheel test
// imports). The archive is read by random access: its central directory and the few entries
// inspection needs, never the whole file.
import {
  asProblem,
  baseInfo,
  fileNameFindings,
  listing,
  metadataFindings,
  unsafeNameProblems,
  type Findings,
  type Inspected,
  type InspectOptions,
  type Problem,
} from './archive-checks.js';
import { distStem, parseWheelFilename } from './filenames.js';
import { wheelImportables, wheelProvides, type Importable } from './importables.js';
import type { CoreMetadata } from './metadata.js';
import { openZip, type ZipArchive, type ZipEntry } from './zip.js';
import { option, theOption } from '../vocabulary/index.js';
import { wheelFacts } from './pypi-facts.js';

export interface InspectedWheel extends Inspected {
  /** What the wheel test should import from this wheel. */
  readonly importables: readonly Importable[];
  /** Names its top_level.txt lists that it holds no code for, which are not imported. */
  readonly absentTopLevel: readonly string[];
  /** Worth saying, no reason to refuse: symbolic links among its entries. */
  readonly warnings: readonly Problem[];
}

/**
 * What the wheel test imports from this wheel: the package import-name names, which must be there,
 * or everything the wheel makes importable, of which there must be something.
 */
function importProblems(
  filename: string,
  names: readonly string[],
  topLevelTxt: string | undefined,
  importName: string | undefined,
): { importables: Importable[]; absent: string[]; problems: Problem[] } {
  const files = names.filter((name) => !name.endsWith('/'));
  const { importables: found, absent } = wheelImportables(files, topLevelTxt);
  const topLevel = [...new Set(files.map((name) => name.split('/')[0]!))];
  const holds = found.length
    ? `it holds ${listing(found.map((item) => item.name))}`
    : `it holds nothing importable; its top level is ${listing(topLevel)}`;
  if (importName) {
    const provided = wheelProvides(files, importName);
    if (provided) return { importables: [provided], absent: [], problems: [] };
    const at = importName.replace(/\./g, '/');
    return {
      importables: [],
      absent: [],
      problems: [
        {
          title: 'Missing package in wheel',
          message: `${filename} has no ${importName}, ${theOption('import-name')} (no ${at}/__init__.py, ${at}.py or compiled ${at} module); ${holds}. Set ${option('import-name')} to the name the package is imported by, or leave it empty to import what the wheel holds; if ${importName} belongs in the wheel, point the build backend at it (for hatchling, [tool.hatch.build.targets.wheel] packages) and rebuild.`,
        },
      ],
    };
  }
  if (found.length > 0) return { importables: found, absent, problems: [] };
  return {
    importables: [],
    absent,
    problems: [
      {
        title: 'Nothing to import in wheel',
        message: `${filename} holds no package or module to import (a folder with __init__.py, a .py file or a compiled module); its top level is ${listing(topLevel)}. Expected the project's code: point the build backend at it (for hatchling, [tool.hatch.build.targets.wheel] packages; for setuptools, [tool.setuptools] packages) and rebuild.`,
      },
    ],
  };
}

function duplicateEntryProblems(filename: string, names: readonly string[]): Problem[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const name of names) (seen.has(name) ? duplicates : seen).add(name);
  if (duplicates.size === 0) return [];
  return [
    {
      title: 'Duplicate entry in wheel',
      message: `${filename} holds several entries named ${listing([...duplicates])}; installers may pick either. Expected each path once; rebuild the wheel into an empty folder.`,
    },
  ];
}

/**
 * The METADATA to read: the one in the dist-info folder named `stem`, else any other there is
 * (which is a problem, but its Name and Version still say what the wheel is).
 */
function locateWheelMetadata(
  filename: string,
  names: readonly string[],
  stem: string,
): { name: string | undefined; problems: Problem[] } {
  const expected = `${stem}.dist-info/METADATA`;
  const others = names.filter((name) => /^[^/]+\.dist-info\/METADATA$/.test(name));
  const name = names.includes(expected) ? expected : others[0];
  if (name === expected) return { name, problems: [] };
  return {
    name,
    problems: [
      {
        title: 'Missing metadata',
        message: `${filename} has no ${expected}; found ${others.length ? listing(others) : 'no .dist-info/METADATA at all'}. Rebuild the wheel for this project and version (python -m build --wheel).`,
      },
    ],
  };
}

/** The wheel's METADATA, read and compared with the release, when there is one to read. */
async function wheelMetadataFindings(
  archive: ZipArchive,
  metadataName: string | undefined,
  filename: string,
  options: InspectOptions,
): Promise<Findings & { readonly metadata?: CoreMetadata }> {
  const entry = archive.entries.find((candidate) => candidate.name === metadataName);
  if (metadataName === undefined || !entry) return { problems: [], versions: [] };
  let text: string;
  try {
    text = (await archive.read(entry)).toString('utf8');
  } catch (error) {
    return { problems: [asProblem(error)], versions: [] };
  }
  return metadataFindings(`${filename}:${metadataName}`, () => text, options);
}

/** setuptools lists the top-level names in top_level.txt, beside METADATA; others leave it out. */
async function readTopLevelTxt(
  archive: ZipArchive,
  metadataName: string | undefined,
): Promise<{ text: string | undefined; problems: Problem[] }> {
  const entry =
    metadataName === undefined
      ? undefined
      : archive.entries.find(
          (candidate) => candidate.name === metadataName.replace(/METADATA$/, 'top_level.txt'),
        );
  if (!entry) return { text: undefined, problems: [] };
  try {
    return { text: (await archive.read(entry)).toString('utf8'), problems: [] };
  } catch (error) {
    return { text: undefined, problems: [asProblem(error)] };
  }
}

/** Symbolic links among the entries: pip writes each as a file holding the target's path. */
function symlinkWarnings(filename: string, entries: readonly ZipEntry[]): Problem[] {
  const links = entries.filter((entry) => entry.kind === 'symlink').map((entry) => entry.name);
  if (links.length === 0) return [];
  return [
    {
      title: 'Symbolic link in wheel',
      message: `${filename} holds symbolic links: ${listing(links)}. Installers do not make links from a wheel (pip writes each as a small file holding the target's path), so the installed package will not have them; make them real files or leave them out of the build.`,
    },
  ];
}

/** What the entries and the few files read from them say about the wheel. */
async function archiveFindings(
  archive: ZipArchive,
  base: { readonly filename: string; readonly size: number },
  filename: string,
  stem: string,
  options: InspectOptions,
) {
  const names = archive.entries.map((entry) => entry.name);
  const problems = [
    ...unsafeNameProblems(filename, names),
    ...duplicateEntryProblems(filename, names),
  ];
  const located = locateWheelMetadata(filename, names, stem);
  const found = await wheelMetadataFindings(archive, located.name, filename, options);
  const topLevelTxt = await readTopLevelTxt(archive, located.name);
  const imports = importProblems(filename, names, topLevelTxt.text, options.importName);
  problems.push(
    ...located.problems,
    ...found.problems,
    ...topLevelTxt.problems,
    ...imports.problems,
  );
  const where = located.name === undefined ? undefined : `${filename}:${located.name}`;
  // PyPI's rules read RECORD and entry_points.txt: taken while the archive is open.
  const facts = await wheelFacts(base, archive, found.metadata, where);
  return { problems, found, imports, facts, warnings: symlinkWarnings(filename, archive.entries) };
}

export async function inspectWheel(file: string, options: InspectOptions): Promise<InspectedWheel> {
  const base = await baseInfo(file);
  const { filename } = base;
  const parsed = parseWheelFilename(filename);
  const named = fileNameFindings(
    parsed,
    filename,
    'Wrong wheel file name',
    `${filename} is not named {name}-{version}(-{build})?-{python}-{abi}-{platform}.whl; expected it to start with ${distStem(options.projectName, options.version)}-. Rebuild with a current build backend.`,
    options,
  );
  const problems = [...named.problems];
  const versions = [...named.versions];
  let archive: ZipArchive;
  try {
    archive = await openZip(file, filename);
  } catch (error) {
    return {
      info: {
        ...base,
        metadataVersion: undefined,
        facts: await wheelFacts(base, undefined, undefined, undefined),
      },
      problems: [...problems, asProblem(error)],
      versions,
      importables: [],
      absentTopLevel: [],
      warnings: [],
    };
  }
  // The dist-info folder is named like the file; a file name for another version is reported above.
  const stem = parsed
    ? `${parsed.distribution}-${parsed.version}`
    : distStem(options.projectName, options.version);
  const inside = await archiveFindings(archive, base, filename, stem, options).finally(() =>
    archive.close(),
  );
  problems.push(...inside.problems);
  versions.push(...inside.found.versions);
  const { metadata } = inside.found;
  return {
    info: {
      ...base,
      metadataVersion: metadata?.metadataVersion,
      facts: inside.facts,
    },
    problems,
    versions,
    metadata,
    importables: inside.imports.importables,
    absentTopLevel: inside.imports.absent,
    warnings: inside.warnings,
  };
}
