// Inspects an sdist: its file name, entries that would land outside the folder it is unpacked
// into, everything under one folder named like the file, its PKG-INFO, and the files a wheel is
// built from. The archive is streamed once; only the metadata files are kept.
import path from 'node:path';
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
import { distStem, expectedSdistFilename, parseSdistFilename } from './filenames.js';
import { compileGlob, globMatches } from './license-globs.js';
import type { Importable } from './importables.js';
import type { CoreMetadata } from './metadata.js';
import { UserError } from '../errors.js';
import { MAX_MEMBER_READ, mib } from './archive-entry.js';
import { unsafeLinkReason, unsafeMemberReason } from './paths.js';
import type { TarContents, TarEntry } from './tar.js';
import { readTarGzFile } from './tar-gz.js';
import { linkEscapes } from './tar-links.js';

/** The members whose content inspection reads: the metadata and build files at the top. */
const KEPT = new Set(['PKG-INFO', 'pyproject.toml', 'setup.cfg']);

function kept(name: string): boolean {
  const parts = name.replace(/^\.\//, '').split('/');
  return parts.length === 2 && KEPT.has(parts[1]!);
}
import { sdistFacts } from './pypi-facts.js';

function unsafeLinkProblems(filename: string, entries: readonly TarEntry[]): Problem[] {
  const direct = entries.flatMap((entry) => {
    if (entry.kind !== 'symlink' && entry.kind !== 'hardlink') return [];
    const reason = unsafeLinkReason(entry.name, entry.linkName ?? '', entry.kind);
    return reason ? [`${JSON.stringify(entry.name)} ${reason}`] : [];
  });
  const badLinks = [...direct, ...linkEscapes(entries)];
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
    if (entry.kind === 'file') files.set(name.slice(top.length + 1), entry);
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
  archive: TarContents,
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
  const read = () => {
    const content = archive.contents.get(pkgInfo.name);
    if (content) return content.toString('utf8');
    throw new UserError(
      `${filename}: ${top}/PKG-INFO declares ${pkgInfo.size} bytes (${mib(pkgInfo.size)}); pyrelease reads at most ${mib(MAX_MEMBER_READ)} of it. Core metadata that large is a decompression bomb or a build gone wrong: rebuild the sdist and check its long description.`,
      'Oversized archive entry',
    );
  };
  return metadataFindings(`${filename}:${top}/PKG-INFO`, read, options);
}

/**
 * The licence files the project declares, each glob matching something; else, when the project
 * has a licence, one of the usual names at the top (LICENSE, LICENCE.txt, COPYING.rst, ...).
 */
function missingLicenses(
  relative: readonly string[],
  topLevel: readonly string[],
  options: InspectOptions,
): string[] {
  const declared = options.licenseFiles;
  if (declared) {
    const missing = declared.patterns.filter((pattern) => {
      const glob = compileGlob(pattern);
      return !relative.some((file) => globMatches(glob, file));
    });
    return missing.length > 0 ? [`${missing.join(', ')} (named by ${declared.declaredIn})`] : [];
  }
  if (options.expectLicense && !topLevel.some((name) => /^(licen[cs]e|copying)/i.test(name))) {
    return ['a LICENSE file'];
  }
  return [];
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
  } else if (options.expectReadme !== false && !topLevel.some((name) => /^readme/i.test(name))) {
    missing.push('a README file');
  }
  missing.push(...missingLicenses(relative, topLevel, options));
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
  let archive: TarContents;
  try {
    archive = await readTarGzFile(file, filename, kept);
  } catch (error) {
    return {
      info: {
        ...base,
        metadataVersion: undefined,
        facts: sdistFacts(base, undefined, undefined, undefined),
      },
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
    info: {
      ...base,
      metadataVersion: metadata?.metadataVersion,
      facts: sdistFacts(base, entries, metadata, `${filename}:${layout.top}/PKG-INFO`),
    },
    problems,
    versions,
    metadata,
  };
}
