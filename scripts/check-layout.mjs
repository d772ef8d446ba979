// The shape of src/, checked by `npm run lint` beside the import rules in .dependency-cruiser.cjs:
// src/ itself holds at most six files (the entry point and what every topic shares), every other
// file is in a topic folder, and no file name is used in two folders (index.ts aside), so a
// name says which file it is.
import { readdirSync } from 'node:fs';
import path from 'node:path';

const SRC = 'src';
const ROOT_FILES_AT_MOST = 6;

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

const problems = [];
const atRoot = readdirSync(SRC, { withFileTypes: true }).filter((entry) => entry.isFile());
if (atRoot.length > ROOT_FILES_AT_MOST) {
  problems.push(
    `src/ holds ${atRoot.length} files (${atRoot.map((entry) => entry.name).join(', ')}); at most ${ROOT_FILES_AT_MOST}: move topic code into its folder`,
  );
}
const byName = new Map();
for (const file of files(SRC)) {
  const name = path.basename(file);
  if (name === 'index.ts') continue;
  byName.set(name, [...(byName.get(name) ?? []), file]);
}
for (const [name, places] of byName) {
  if (places.length > 1)
    problems.push(
      `${name} is used in ${places.length} places: ${places.join(', ')}; give each a name of its own`,
    );
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`check-layout: ${problem}`);
  process.exit(1);
}
console.log(
  `✔ src/ layout: ${atRoot.length} files at its root, ${byName.size} file names, none repeated`,
);
