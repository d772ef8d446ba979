// File names PyPI refuses before it opens the file: characters its storage cannot hold, and wheel
// platform tags it does not accept. (Normalised names and versions, PEP 625 and the wheel
// specification, are refused by the inspection: src/artifacts/filenames.ts.) Pure.
import { refuse, type Refusal } from './catalogue.js';
import { platformAdvice, pypiAcceptsPlatform } from './platform-tags.js';

// eslint-disable-next-line no-control-regex -- the control characters are what is refused
const CONTROL = /[\x00-\x1f\x7f]/;

export function filenameRefusals(filename: string): Refusal[] {
  if (!CONTROL.test(filename) && !/[/\\]/.test(filename)) return [];
  return [
    refuse(
      'filenameCharacters',
      filename,
      `${JSON.stringify(filename)} holds a control character, "/" or "\\"; PyPI refuses such file names ("Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name."). Rename it as the build backend would and rebuild.`,
    ),
  ];
}

/** Every platform tag of a wheel's compressed tag set (`manylinux_2_17_x86_64.manylinux2014_x86_64`). */
export function platformRefusals(filename: string): Refusal[] {
  if (!filename.endsWith('.whl')) return [];
  const parts = filename.slice(0, -'.whl'.length).split('-');
  if (parts.length !== 5 && parts.length !== 6) return [];
  const platforms = parts.at(-1)!.split('.');
  return [...new Set(platforms.filter((tag) => !pypiAcceptsPlatform(tag)))].map((tag) =>
    refuse(
      'platformTag',
      filename,
      `${filename} has the platform tag ${tag}; PyPI refuses it ("Binary wheel '${filename}' has an unsupported platform tag '${tag}'."), after the files before it were uploaded. ${platformAdvice(tag)}.`,
    ),
  );
}
