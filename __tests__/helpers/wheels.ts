// Makes the wheels of a build matrix from one real wheel, as each leg would name and tag its own:
// a copy under another file name whose WHEEL file lists the new tags and whose RECORD has the
// right hash and size for every file that changed, so pip installs it like the original.
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseWheelFilename } from '../../src/artifacts/filenames.js';
import { makeZip, zipMembers } from './archives.js';

/** `sha256=<urlsafe base64 without padding>`, as RECORD writes it. */
function recordHash(data: Buffer): string {
  return `sha256=${createHash('sha256').update(data).digest('base64url')}`;
}

/**
 * Copies a wheel to `dest`, changing the contents of some of its files (by path inside the
 * wheel), and rewrites RECORD to match.
 */
export async function rewriteWheel(
  source: string,
  dest: string,
  edits: Record<string, (text: string) => string>,
): Promise<string> {
  const members = (await zipMembers(source))
    .filter((entry) => entry.kind !== 'dir')
    .map((entry) => ({ name: entry.name, content: entry.content }));
  for (const member of members) {
    const edit = edits[member.name];
    if (edit) member.content = Buffer.from(edit(member.content.toString('utf8')));
  }
  const missing = Object.keys(edits).filter((name) => !members.some((m) => m.name === name));
  if (missing.length) throw new Error(`${source} has no ${missing.join(', ')}`);
  const record = members.find((member) => member.name.endsWith('.dist-info/RECORD'))!;
  record.content = Buffer.from(
    members
      .map((member) =>
        member === record
          ? `${member.name},,`
          : `${member.name},${recordHash(member.content)},${member.content.length}`,
      )
      .join('\n') + '\n',
  );
  await writeFile(dest, makeZip(members));
  return dest;
}

/**
 * A copy of `source` in `outDir` for other tags (`cp312-cp312-win_amd64`, compressed sets
 * allowed), named and tagged as a build for them would be.
 */
export async function retagWheel(source: string, outDir: string, tags: string): Promise<string> {
  const parsed = parseWheelFilename(path.basename(source))!;
  const [python, abi, platform] = tags.split('-') as [string, string, string];
  const build = parsed.build ? `-${parsed.build}` : '';
  const filename = `${parsed.distribution}-${parsed.version}${build}-${tags}.whl`;
  const lines = python
    .split('.')
    .flatMap((p) =>
      abi.split('.').flatMap((a) => platform.split('.').map((t) => `${p}-${a}-${t}`)),
    );
  const wheelFile = `${parsed.distribution}-${parsed.version}.dist-info/WHEEL`;
  return rewriteWheel(source, path.join(outDir, filename), {
    [wheelFile]: (text) =>
      text
        .split('\n')
        .filter((line) => !line.startsWith('Tag:'))
        .join('\n')
        .replace(/\n*$/, '\n') + lines.map((line) => `Tag: ${line}\n`).join(''),
  });
}
