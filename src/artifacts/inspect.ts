// Inspects what a build left in the dist folder before anything is uploaded: one sdist and one
// wheel (or a matrix of wheels), named for this project and version, whose metadata says the
// same, holding the files a release needs. Every finding is a problem the caller reports; the
// archives are read in memory (PyPI's default upload limit is 100 MB).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { canonicalProjectName, parsePep440, samePep440 } from '../version/index.js';
import {
  distStem,
  expectedSdistFilename,
  filenameProblems,
  parseSdistFilename,
  parseWheelFilename,
  type SdistFilename,
  type WheelFilename,
} from './filenames.js';
import { findImportables, wheelProvides, type Importable } from './importables.js';
import { parseCoreMetadata, type CoreMetadata } from './metadata.js';
import { unsafeLinkReason, unsafeMemberReason } from './paths.js';
import { diagnoseScmVersion } from './scm-version.js';
import { readTarEntry, readTarGz, type TarArchive, type TarEntry } from './tar.js';
import { listZipEntries, readZipEntry, type ZipEntry } from './zip.js';

export interface ArtifactInfo {
  readonly path: string;
  readonly filename: string;
  readonly size: number;
  /** Lower-case hex, as `sha256sum` and PyPI show it. */
  readonly sha256: string;
  /** From METADATA or PKG-INFO; undefined when that could not be read. */
  readonly metadataVersion: string | undefined;
}

export interface Problem {
  readonly title: string;
  readonly message: string;
}

export interface InspectOptions {
  readonly distDir: string;
  readonly projectName: string;
  /**
   * The version being released; undefined when only the build knows it (computed at build time,
   * or a dry run of a project whose version comes from git tags): then the wheel and the sdist
   * must agree with each other.
   */
  readonly version: string | undefined;
  /**
   * The package or module the wheel must hold (`import-name`, dotted for a namespace package:
   * `poetry.core`). When absent, whatever the wheel makes importable is found in it.
   */
  readonly importName?: string;
  readonly expectLicense: boolean;
  /**
   * The files that describe the build, relative to the project root, which the sdist must hold:
   * pyproject.toml by default; setup.py (and setup.cfg) for a setuptools project without one.
   */
  readonly buildFiles?: readonly string[];
  /** `[project].readme`, relative to the project root; any README* will do when absent. */
  readonly readme?: string;
  /** Several wheels (a build matrix), all for this project and version. */
  readonly allowManyWheels?: boolean;
}

export interface DistInspection {
  /** The sdist, undefined when there is not exactly one (a problem says so). */
  readonly sdist: ArtifactInfo | undefined;
  /** The wheel (the first by name when several are allowed); undefined when there is none. */
  readonly wheel: ArtifactInfo | undefined;
  readonly wheels: readonly ArtifactInfo[];
  /** The version in the metadata (normal form) when every archive agrees on it. */
  readonly version: string | undefined;
  /** What the wheel test imports: `importName` when given, else what the wheel holds. */
  readonly importNames: readonly string[];
  readonly problems: readonly Problem[];
}

/** Files build tools leave in dist on purpose and that uploads skip (uv writes `.gitignore`). */
const IGNORED = new Set(['.gitignore']);
const LISTED = 10;

function listing(names: readonly string[]): string {
  const shown = names.slice(0, LISTED).join(', ');
  return names.length > LISTED ? `${shown} and ${names.length - LISTED} more` : shown;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function asProblem(error: unknown): Problem {
  if (error instanceof UserError) return { title: error.title, message: error.message };
  throw error;
}

/** Name and Version in METADATA / PKG-INFO against the release. */
function metadataProblems(
  metadata: CoreMetadata,
  where: string,
  options: InspectOptions,
): Problem[] {
  const problems: Problem[] = [];
  if (canonicalProjectName(metadata.name) !== canonicalProjectName(options.projectName)) {
    problems.push({
      title: 'Wrong name in metadata',
      message: `${where} says Name: ${metadata.name}; expected ${options.projectName} (compared as PyPI does, ignoring case and "-", "_", "."). Build from the project being released, into an empty dist folder.`,
    });
  }
  if (options.version !== undefined && !samePep440(metadata.version, options.version)) {
    const expected = parsePep440(options.version)?.normalized ?? options.version;
    const fromGit = diagnoseScmVersion(expected, metadata.version);
    problems.push({
      title: 'Wrong version in metadata',
      message: `${where} says Version: ${metadata.version}; expected ${expected}, the version being released. ${fromGit ? fromGit.message : `Make the project's version ${expected} (pyproject.toml or the file its dynamic version is read from) and rebuild.`}`,
    });
  }
  return problems;
}

function unsafeNameProblems(filename: string, names: readonly string[]): Problem[] {
  const unsafe = names.flatMap((name) => {
    const reason = unsafeMemberReason(name);
    return reason ? [`${JSON.stringify(name)} ${reason}`] : [];
  });
  if (unsafe.length === 0) return [];
  return [
    {
      title: 'Unsafe path in archive',
      message: `${filename} holds entries that would be written outside the folder it is unpacked into: ${listing(unsafe)}. Expected relative paths without ".." segments; remove whatever adds these files to the build and rebuild.`,
    },
  ];
}

interface StatedVersion {
  readonly where: string;
  readonly version: string;
  readonly inMetadata: boolean;
}

export interface Inspected {
  readonly info: ArtifactInfo;
  readonly problems: readonly Problem[];
  /** The versions the archive states, where: its file name and its metadata. */
  readonly versions: readonly StatedVersion[];
  /** Its METADATA or PKG-INFO, when it could be read. */
  readonly metadata?: CoreMetadata;
}

export interface InspectedWheel extends Inspected {
  /** What the wheel test should import from this wheel. */
  readonly importables: readonly Importable[];
}

async function baseInfo(file: string): Promise<Omit<ArtifactInfo, 'metadataVersion'>> {
  const [stats, sha256] = await Promise.all([stat(file), sha256File(file)]);
  return { path: file, filename: path.basename(file), size: stats.size, sha256 };
}

/** What an archive's checks found: problems, and the versions it states along the way. */
interface Findings {
  readonly problems: readonly Problem[];
  readonly versions: readonly StatedVersion[];
}

/**
 * The version an archive's file name states, and what is wrong with the name; `unparsed` is the
 * message for a name that does not split as an sdist's or a wheel's must.
 */
function fileNameFindings(
  parsed: SdistFilename | WheelFilename | undefined,
  filename: string,
  title: string,
  unparsed: string,
  options: InspectOptions,
): Findings {
  if (!parsed) return { problems: [{ title, message: unparsed }], versions: [] };
  return {
    problems: filenameProblems(parsed, options.projectName, options.version).map((message) => ({
      title,
      message,
    })),
    versions: [{ where: `the file name ${filename}`, version: parsed.version, inMetadata: false }],
  };
}

/**
 * Parses METADATA or PKG-INFO (`read` gives its text) and compares it with the release; a file
 * that cannot be read or parsed is a problem.
 */
function metadataFindings(
  where: string,
  read: () => string,
  options: InspectOptions,
): Findings & { readonly metadata?: CoreMetadata } {
  try {
    const metadata = parseCoreMetadata(read(), where);
    return {
      metadata,
      problems: metadataProblems(metadata, where, options),
      versions: [{ where, version: metadata.version, inMetadata: true }],
    };
  } catch (error) {
    return { problems: [asProblem(error)], versions: [] };
  }
}

function unsafeLinkProblems(filename: string, entries: readonly TarEntry[]): Problem[] {
  const badLinks = entries.flatMap((entry) => {
    if (entry.type !== 'symlink' && entry.type !== 'hardlink') return [];
    const reason = unsafeLinkReason(entry.name, entry.linkName ?? '', entry.type);
    return reason ? [`${JSON.stringify(entry.name)} ${reason}`] : [];
  });
  if (badLinks.length === 0) return [];
  return [
    {
      title: 'Unsafe link in archive',
      message: `${filename} holds links that lead outside the folder it is unpacked into: ${listing(badLinks)}. Expected links (if any) to stay inside the project; remove them from the build and rebuild.`,
    },
  ];
}

interface SdistLayout {
  /** The folder everything sits under: the expected one, else the only one there is. */
  readonly top: string;
  /** The files under `top`, by their path below it. */
  readonly files: ReadonlyMap<string, TarEntry>;
  readonly problems: readonly Problem[];
}

/** Everything sits under one folder named like the file: `<prefix>-<version>/`. */
function sdistLayout(
  filename: string,
  entries: readonly TarEntry[],
  expectedTop: string,
): SdistLayout {
  const problems: Problem[] = [];
  const tops = [...new Set(entries.map((entry) => entry.name.replace(/^\.\//, '').split('/')[0]!))];
  let top = expectedTop;
  if (!tops.includes(expectedTop)) {
    problems.push({
      title: 'Wrong sdist folder',
      message: `${filename} should hold everything under ${expectedTop}/; found ${tops.length ? listing(tops.map((t) => `${t}/`)) : 'no entries'}. Rebuild the sdist with the project's build backend (python -m build --sdist).`,
    });
    if (tops.length === 1) top = tops[0]!;
  }
  const files = new Map<string, TarEntry>();
  const outside: string[] = [];
  for (const entry of entries) {
    const name = entry.name.replace(/^\.\//, '');
    if (name === top || name === `${top}/`) continue;
    if (!name.startsWith(`${top}/`)) {
      if (!unsafeMemberReason(entry.name)) outside.push(name); // unsafe ones are reported apart
      continue;
    }
    if (entry.type === 'file') files.set(name.slice(top.length + 1), entry);
  }
  if (outside.length > 0 && tops.includes(expectedTop)) {
    problems.push({
      title: 'Files outside the sdist folder',
      message: `${filename} holds entries outside ${top}/: ${listing(outside)}. Expected every file under ${top}/; rebuild the sdist with the project's build backend.`,
    });
  }
  return { top, files, problems };
}

function pkgInfoFindings(
  archive: TarArchive,
  layout: SdistLayout,
  filename: string,
  options: InspectOptions,
): Findings & { readonly metadata?: CoreMetadata } {
  const { top } = layout;
  const pkgInfo = layout.files.get('PKG-INFO');
  if (!pkgInfo) {
    return {
      problems: [
        {
          title: 'Missing metadata',
          message: `${filename} has no ${top}/PKG-INFO; expected the core metadata there, as every build backend writes it. Rebuild the sdist (python -m build --sdist).`,
        },
      ],
      versions: [],
    };
  }
  const read = () => readTarEntry(archive, pkgInfo).toString('utf8');
  return metadataFindings(`${filename}:${top}/PKG-INFO`, read, options);
}

/**
 * What the sdist must hold to build the wheel from: the build files, the readme, the licence
 * (when the project has one) and the sources of what the wheel makes importable.
 */
function missingFromSdist(
  relative: readonly string[],
  options: InspectOptions,
  sources: readonly Importable[],
): string[] {
  const missing: string[] = [];
  const topLevel = relative.map((name) => name.split('/')[0]!);
  for (const wanted of options.buildFiles ?? ['pyproject.toml'])
    if (!relative.includes(wanted)) missing.push(wanted);
  if (options.readme !== undefined) {
    const readme = path.posix.normalize(options.readme.replace(/\\/g, '/'));
    if (!relative.includes(readme)) missing.push(`${readme} (the readme pyproject.toml names)`);
  } else if (!topLevel.some((name) => /^readme/i.test(name))) {
    missing.push('a README file');
  }
  if (options.expectLicense && !topLevel.some((name) => /^licen[cs]e/i.test(name))) {
    missing.push('a LICENSE file');
  }
  for (const source of sources) {
    const wanted = source.sourceFile;
    if (wanted === undefined) continue; // compiled: built from sources named otherwise
    if (!relative.some((name) => name === wanted || name.endsWith(`/${wanted}`))) {
      missing.push(`the sources of ${source.name} (${wanted})`);
    }
  }
  return missing;
}

/**
 * `sources`: what the wheel makes importable, whose source files (`poetry/core/__init__.py`) the
 * sdist must hold too, at its top or below a folder such as `src/`.
 */
export async function inspectSdist(
  file: string,
  options: InspectOptions,
  sources: readonly Importable[],
): Promise<Inspected> {
  const base = await baseInfo(file);
  const { filename } = base;
  const parsed = parseSdistFilename(filename);
  const named = fileNameFindings(
    parsed,
    filename,
    'Wrong sdist file name',
    `${filename} is not named {name}-{version}.tar.gz; expected ${expectedSdistFilename(options.projectName, options.version)}. Rebuild with a current build backend.`,
    options,
  );
  const problems = [...named.problems];
  const versions = [...named.versions];
  let archive: TarArchive;
  try {
    archive = readTarGz(await readFile(file), filename);
  } catch (error) {
    return {
      info: { ...base, metadataVersion: undefined },
      problems: [...problems, asProblem(error)],
      versions,
    };
  }
  const { entries } = archive;
  problems.push(
    ...unsafeNameProblems(
      filename,
      entries.map((entry) => entry.name),
    ),
    ...unsafeLinkProblems(filename, entries),
  );
  // A file name for another version is reported above, so the folder is compared with the name
  // the file has.
  const expectedTop = parsed
    ? `${parsed.distribution}-${parsed.version}`
    : distStem(options.projectName, options.version);
  const layout = sdistLayout(filename, entries, expectedTop);
  const pkgInfo = pkgInfoFindings(archive, layout, filename, options);
  problems.push(...layout.problems, ...pkgInfo.problems);
  versions.push(...pkgInfo.versions);
  const missing = missingFromSdist([...layout.files.keys()], options, sources);
  if (missing.length > 0) {
    problems.push({
      title: 'Missing file in sdist',
      message: `${filename} lacks ${missing.join(', ')} under ${layout.top}/. Expected the sources to build the wheel from, with their readme and licence; include them in the sdist (for hatchling, [tool.hatch.build.targets.sdist] include; for setuptools, MANIFEST.in) and rebuild.`,
    });
  }
  const { metadata } = pkgInfo;
  return {
    info: { ...base, metadataVersion: metadata?.metadataVersion },
    problems,
    versions,
    metadata,
  };
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
): { importables: Importable[]; problems: Problem[] } {
  const files = names.filter((name) => !name.endsWith('/'));
  const found = findImportables(files, topLevelTxt);
  const topLevel = [...new Set(files.map((name) => name.split('/')[0]!))];
  const holds = found.length
    ? `it holds ${listing(found.map((item) => item.name))}`
    : `it holds nothing importable; its top level is ${listing(topLevel)}`;
  if (importName) {
    const provided = wheelProvides(files, importName);
    if (provided) return { importables: [provided], problems: [] };
    const at = importName.replace(/\./g, '/');
    return {
      importables: [],
      problems: [
        {
          title: 'Missing package in wheel',
          message: `${filename} has no ${importName}, the import-name input (no ${at}/__init__.py, ${at}.py or compiled ${at} module); ${holds}. Set import-name to the name the package is imported by, or leave it empty to import what the wheel holds; if ${importName} belongs in the wheel, point the build backend at it (for hatchling, [tool.hatch.build.targets.wheel] packages) and rebuild.`,
        },
      ],
    };
  }
  if (found.length > 0) return { importables: found, problems: [] };
  return {
    importables: [],
    problems: [
      {
        title: 'Nothing to import in wheel',
        message: `${filename} holds no package or module to import (a folder with __init__.py, a .py file or a compiled module); its top level is ${listing(topLevel)}. Expected the project's code: point the build backend at it (for hatchling, [tool.hatch.build.targets.wheel] packages; for setuptools, [tool.setuptools] packages) and rebuild.`,
      },
    ],
  };
}

function duplicateEntryProblems(filename: string, names: readonly string[]): Problem[] {
  const duplicates = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
  if (duplicates.length === 0) return [];
  return [
    {
      title: 'Duplicate entry in wheel',
      message: `${filename} holds several entries named ${listing(duplicates)}; installers may pick either. Expected each path once; rebuild the wheel into an empty folder.`,
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
function wheelMetadataFindings(
  data: Buffer,
  entries: readonly ZipEntry[],
  metadataName: string | undefined,
  filename: string,
  options: InspectOptions,
): Findings & { readonly metadata?: CoreMetadata } {
  const entry = entries.find((candidate) => candidate.name === metadataName);
  if (metadataName === undefined || !entry) return { problems: [], versions: [] };
  const read = () => readZipEntry(data, entry, filename).toString('utf8');
  return metadataFindings(`${filename}:${metadataName}`, read, options);
}

/** setuptools lists the top-level names in top_level.txt, beside METADATA; others leave it out. */
function readTopLevelTxt(
  data: Buffer,
  entries: readonly ZipEntry[],
  metadataName: string | undefined,
  filename: string,
): { text: string | undefined; problems: Problem[] } {
  const entry =
    metadataName === undefined
      ? undefined
      : entries.find(
          (candidate) => candidate.name === metadataName.replace(/METADATA$/, 'top_level.txt'),
        );
  if (!entry) return { text: undefined, problems: [] };
  try {
    return { text: readZipEntry(data, entry, filename).toString('utf8'), problems: [] };
  } catch (error) {
    return { text: undefined, problems: [asProblem(error)] };
  }
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
  let data: Buffer;
  let entries: ZipEntry[];
  try {
    data = await readFile(file);
    entries = listZipEntries(data, filename);
  } catch (error) {
    return {
      info: { ...base, metadataVersion: undefined },
      problems: [...problems, asProblem(error)],
      versions,
      importables: [],
    };
  }
  const names = entries.map((entry) => entry.name);
  problems.push(...unsafeNameProblems(filename, names), ...duplicateEntryProblems(filename, names));
  // The dist-info folder is named like the file; a file name for another version is reported above.
  const stem = parsed
    ? `${parsed.distribution}-${parsed.version}`
    : distStem(options.projectName, options.version);
  const located = locateWheelMetadata(filename, names, stem);
  const metadataName = located.name;
  const found = wheelMetadataFindings(data, entries, metadataName, filename, options);
  const topLevelTxt = readTopLevelTxt(data, entries, metadataName, filename);
  const imports = importProblems(filename, names, topLevelTxt.text, options.importName);
  problems.push(
    ...located.problems,
    ...found.problems,
    ...topLevelTxt.problems,
    ...imports.problems,
  );
  versions.push(...found.versions);
  const { metadata } = found;
  return {
    info: { ...base, metadataVersion: metadata?.metadataVersion },
    problems,
    versions,
    metadata,
    importables: imports.importables,
  };
}

/**
 * With no version to compare with, every file name and metadata must say the same one; the
 * version is what they say (normal form), undefined when they disagree or none was read.
 */
export function agreedVersion(
  results: readonly Inspected[],
  checkAgreement: boolean,
): { version: string | undefined; problems: Problem[] } {
  const stated = results.flatMap((result) => result.versions);
  const same = (a: string, b: string) => a.trim() === b.trim() || samePep440(a, b);
  const fromMetadata = stated.filter((item) => item.inMetadata);
  // Spelled as a wheel's METADATA spells it (the wheels come last): that is what pip installs.
  const final = fromMetadata[fromMetadata.length - 1]?.version;
  const version =
    final !== undefined && fromMetadata.every((item) => same(item.version, final))
      ? (parsePep440(final)?.normalized ?? final.trim())
      : undefined;
  const agree = stated.every((item) => same(item.version, stated[0]!.version));
  if (!checkAgreement || agree) return { version, problems: [] };
  return {
    version,
    problems: [
      {
        title: 'Versions disagree',
        message: `The built archives state different versions: ${stated.map((item) => `${item.where} says ${item.version}`).join(', ')}. Expected one version throughout; delete stale files from the dist folder and rebuild both the sdist and the wheel from one commit (python -m build).`,
      },
    ],
  };
}

export async function inspectDist(options: InspectOptions): Promise<DistInspection> {
  const problems: Problem[] = [];
  let names: string[];
  try {
    names = (await readdir(options.distDir)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    problems.push({
      title: 'Missing dist folder',
      message: `${options.distDir} does not exist; expected the build to write the sdist and wheel there. Check the build step's output folder.`,
    });
    return {
      sdist: undefined,
      wheel: undefined,
      wheels: [],
      version: undefined,
      importNames: [],
      problems,
    };
  }

  const sdists: string[] = [];
  const wheels: string[] = [];
  const stray: string[] = [];
  const seen: string[] = [];
  for (const name of names) {
    if (IGNORED.has(name)) continue;
    // A dangling link counts as a stray file rather than stopping the inspection.
    const isFile = await stat(path.join(options.distDir, name)).then(
      (stats) => stats.isFile(),
      () => false,
    );
    seen.push(isFile ? name : `${name}/`);
    if (isFile && name.endsWith('.tar.gz')) sdists.push(name);
    else if (isFile && name.endsWith('.whl')) wheels.push(name);
    else stray.push(isFile ? name : `${name}/`);
  }
  const found = `found ${seen.length ? listing(seen) : 'nothing'}`;
  const expectedSdist = expectedSdistFilename(options.projectName, options.version);
  if (stray.length > 0) {
    problems.push({
      title: 'Unexpected file in dist',
      message: `${options.distDir} holds ${listing(stray)}, which is neither an sdist (.tar.gz) nor a wheel (.whl). Expected only the release's files, since everything there is uploaded; build into an empty folder.`,
    });
  }
  if (sdists.length !== 1) {
    problems.push({
      title: sdists.length === 0 ? 'Missing sdist' : 'Several sdists',
      message: `${options.distDir} should hold exactly one sdist, ${expectedSdist}; ${found}. Build into an empty folder with python -m build (which makes both the sdist and the wheel).`,
    });
  }
  const manyWheels = wheels.length > 1 && !options.allowManyWheels;
  if (wheels.length === 0 || manyWheels) {
    problems.push({
      title: wheels.length === 0 ? 'Missing wheel' : 'Several wheels',
      message: `${options.distDir} should hold exactly one wheel, ${distStem(options.projectName, options.version)}-{tags}.whl; ${found}. Build into an empty folder${manyWheels ? ', or allow several wheels when a build matrix makes one per platform' : ''}.`,
    });
  }

  // The wheels first: the sdist must hold the sources of what the (first) wheel makes importable.
  const wheelResults: InspectedWheel[] = [];
  for (const name of wheels)
    wheelResults.push(await inspectWheel(path.join(options.distDir, name), options));
  const importables = wheelResults[0]?.importables ?? [];
  const sdistResults: Inspected[] = [];
  for (const name of sdists)
    sdistResults.push(await inspectSdist(path.join(options.distDir, name), options, importables));
  for (const result of [...sdistResults, ...wheelResults]) problems.push(...result.problems);
  const agreed = agreedVersion([...sdistResults, ...wheelResults], options.version === undefined);
  problems.push(...agreed.problems);

  return {
    sdist: sdistResults.length === 1 ? sdistResults[0]!.info : undefined,
    wheel: manyWheels ? undefined : wheelResults[0]?.info,
    wheels: wheelResults.map((result) => result.info),
    version: agreed.version,
    importNames: importables.map((item) => item.name),
    problems,
  };
}
