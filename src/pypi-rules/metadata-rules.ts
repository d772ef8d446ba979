// The metadata PyPI validates on upload (warehouse/forklift/metadata.py, on top of packaging's
// own checks): supported Metadata-Version, a valid name and public version, URLs, classifiers
// from the trove list, the PEP 639 licence fields, and a few limits. Pure.
import { parsePep440 } from '../version/index.js';
import { refuse, type Refusal } from './catalogue.js';
import type { MetadataFacts } from './facts.js';
import { classifierProblem } from './classifiers.js';

/** SUPPORTED_METADATA_VERSIONS (2.0 was never standardised and is refused). */
export const SUPPORTED_METADATA_VERSIONS = ['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5'];

/** DYNAMIC_FIELDS, compared in lower case. */
const DYNAMIC_FIELDS = new Set(
  [
    'Platform',
    'Supported-Platform',
    'Summary',
    'Description',
    'Description-Content-Type',
    'Keywords',
    'Home-Page',
    'Download-Url',
    'Author',
    'Author-Email',
    'Maintainer',
    'Maintainer-Email',
    'License',
    'License-Expression',
    'License-File',
    'Classifier',
    'Requires-Dist',
    'Requires-Python',
    'Requires-External',
    'Project-Url',
    'Provides-Extra',
    'Provides-Dist',
    'Obsoletes-Dist',
    'Requires',
    'Provides',
    'Obsoletes',
    'Import-Name',
    'Import-Namespace',
  ].map((field) => field.toLowerCase()),
);

/**
 * Fields packaging refuses under an older Metadata-Version than the one that introduced them.
 * License-File is not among them: setuptools before 77 writes it under 2.1, and twine drops it
 * from what it sends below 2.4 (twine/package.py), so PyPI never sees it.
 */
const INTRODUCED: readonly (readonly [string, string])[] = [
  ['Dynamic', '2.2'],
  ['License-Expression', '2.4'],
  ['Import-Name', '2.5'],
  ['Import-Namespace', '2.5'],
];

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;

function values(meta: MetadataFacts, field: string): readonly string[] {
  return meta.fields.get(field.toLowerCase()) ?? [];
}

function versionNumber(text: string): number[] {
  return text.split('.').map(Number);
}

function older(a: string, b: string): boolean {
  const [x, y] = [versionNumber(a), versionNumber(b)];
  return x[0]! < y[0]! || (x[0] === y[0] && (x[1] ?? 0) < (y[1] ?? 0));
}

/**
 * warehouse's is_valid_uri(require_authority=False): an http or https URI whose parts are
 * well-formed. A URL parser that accepts it and no whitespace inside is the close equivalent.
 */
export function isValidUrl(url: string): boolean {
  if (!/^https?:/i.test(url) || /\s/.test(url)) return false;
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

function fieldRefusals(meta: MetadataFacts, file: string): Refusal[] {
  const refusals: Refusal[] = [];
  const at = meta.where;
  if (!SUPPORTED_METADATA_VERSIONS.includes(meta.metadataVersion)) {
    refusals.push(
      refuse(
        'metadataVersion',
        file,
        `${at} says Metadata-Version: ${meta.metadataVersion}; PyPI takes ${SUPPORTED_METADATA_VERSIONS.join(', ')} ("'${meta.metadataVersion}' is not a valid metadata version"). Build with a current build backend.`,
      ),
    );
    return refusals;
  }
  for (const [field, since] of INTRODUCED) {
    if (values(meta, field).length > 0 && older(meta.metadataVersion, since)) {
      refusals.push(
        refuse(
          'fieldVersion',
          file,
          `${at} has ${field}, which Metadata-Version ${since} introduced, under Metadata-Version ${meta.metadataVersion}; PyPI refuses it ("${field.toLowerCase()} introduced in metadata version ${since}, not ${meta.metadataVersion}"). Upgrade the build backend, which then writes Metadata-Version ${since} or later.`,
        ),
      );
    }
  }
  if (!NAME.test(meta.name)) {
    refusals.push(
      refuse(
        'name',
        file,
        `${at} says Name: ${meta.name}, which is not a valid project name (letters, digits, "-", "_" and "." only, starting and ending with a letter or digit). Fix [project] name in pyproject.toml (or name in setup.py) and rebuild.`,
      ),
    );
  }
  const version = parsePep440(meta.version);
  if (!version) {
    refusals.push(
      refuse(
        'version',
        file,
        `${at} says Version: ${meta.version}, which is not a PEP 440 version; PyPI refuses it. Fix the project's version and rebuild.`,
      ),
    );
  } else if (version.local) {
    refusals.push(
      refuse(
        'version',
        file,
        `${at} says Version: ${meta.version}, a local version; PyPI refuses it ("The use of local versions in '${version.normalized}' is not allowed."). Release the public version ${version.normalized.split('+')[0]} (for setuptools-scm or hatch-vcs, build from the tagged commit of a clean checkout, or set local_scheme = "no-local-version").`,
      ),
    );
  }
  return refusals;
}

function urlRefusals(meta: MetadataFacts, file: string): Refusal[] {
  const refusals: Refusal[] = [];
  const at = meta.where;
  const bad = (message: string) => refusals.push(refuse('url', file, `${at}: ${message}`));
  for (const field of ['Home-page', 'Download-URL']) {
    for (const url of values(meta, field)) {
      if (!isValidUrl(url))
        bad(
          `${field}: ${url} is not a valid http(s) URL; PyPI refuses it ("'${url}' is not a valid url."). Fix the URL in the project's metadata and rebuild.`,
        );
    }
  }
  const labels = new Set<string>();
  for (const pair of values(meta, 'Project-URL')) {
    const comma = pair.indexOf(',');
    const label = (comma < 0 ? pair : pair.slice(0, comma)).trim();
    const url = comma < 0 ? '' : pair.slice(comma + 1).trim();
    const problem =
      label === ''
        ? 'has no label ("Must have a label")'
        : label.length > 32
          ? `has the label "${label}", longer than PyPI's 32 characters`
          : labels.has(label)
            ? `repeats the label "${label}"`
            : url === ''
              ? 'has no URL ("Must have a URL")'
              : !isValidUrl(url)
                ? `has ${url}, which is not a valid http(s) URL`
                : undefined;
    labels.add(label);
    if (problem)
      bad(
        `Project-URL: ${pair} ${problem}; PyPI refuses it. Fix [project.urls] (or project_urls in setup.py) and rebuild.`,
      );
  }
  return refusals;
}

function licenceRefusals(meta: MetadataFacts, file: string): Refusal[] {
  const license = values(meta, 'License');
  if (license.length === 0 || values(meta, 'License-Expression').length === 0) return [];
  return [
    refuse(
      'licenseBoth',
      file,
      `${meta.where} has both License and License-Expression; PyPI refuses it ("License is deprecated when License-Expression is present. Only License-Expression should be present."). Keep only the SPDX expression: license = "MIT" in [project] (not a license table or a License :: classifier-style text in setup.py's license=) and rebuild.`,
    ),
  ];
}

function limitRefusals(meta: MetadataFacts, file: string): Refusal[] {
  const refusals: Refusal[] = [];
  const at = meta.where;
  const summary = values(meta, 'Summary')[0];
  if (summary !== undefined && summary.length > 512) {
    refusals.push(
      refuse(
        'summary',
        file,
        `${at}: Summary is ${summary.length} characters; PyPI takes at most 512 ("'summary' field must be 512 characters or less."). Shorten [project] description and rebuild.`,
      ),
    );
  }
  for (const requirement of values(meta, 'Requires-Dist')) {
    if (requirement.split(';')[0]!.includes('@')) {
      refusals.push(
        refuse(
          'directDependency',
          file,
          `${at}: Requires-Dist: ${requirement} names a direct URL; PyPI refuses it ("Can't have direct dependency"). Depend on a released version from the index (name>=x.y) and rebuild.`,
        ),
      );
    }
  }
  for (const field of values(meta, 'Dynamic')) {
    if (!DYNAMIC_FIELDS.has(field.toLowerCase())) {
      refusals.push(
        refuse(
          'dynamic',
          file,
          `${at}: Dynamic: ${field} is not a field that may be dynamic; PyPI refuses it ("Dynamic field '${field}' is not a valid dynamic field."). Upgrade the build backend and rebuild.`,
        ),
      );
    }
  }
  return refusals;
}

function classifierRefusals(meta: MetadataFacts, file: string): Refusal[] {
  return [...new Set(values(meta, 'Classifier'))].sort().flatMap((classifier) => {
    const problem = classifierProblem(classifier);
    return problem ? [refuse('classifier', file, `${meta.where}: ${problem}`)] : [];
  });
}

/** Every metadata rule PyPI applies to the file's METADATA or PKG-INFO. */
export function metadataRefusals(meta: MetadataFacts, file: string): Refusal[] {
  const basic = fieldRefusals(meta, file);
  // An unsupported Metadata-Version is the one answer PyPI gives: nothing else is read.
  if (basic.some((refusal) => refusal.rule.id === 'metadata-version')) return basic;
  return [
    ...basic,
    ...urlRefusals(meta, file),
    ...licenceRefusals(meta, file),
    ...limitRefusals(meta, file),
    ...classifierRefusals(meta, file),
  ];
}
