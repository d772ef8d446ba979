// Run in a child process by artifacts.mjs, after esbuild bundles it with pyrelease's sources:
// times pyrelease's reading of one wheel (the central directory, METADATA and top_level.txt,
// the same work as Python's zipfile in artifacts.mjs) and its whole inspection of it (with the
// sha256 and every check), then prints the figures and this process's peak RSS as JSON.
import { inspectWheel } from '../src/artifacts/wheel-inspect.ts';
import { openZip } from '../src/artifacts/zip.ts';

const [file, projectName, version] = process.argv.slice(2);

async function readLikeZipfile() {
  const started = process.hrtime.bigint();
  const zip = await openZip(file);
  const names = zip.entries.map((entry) => entry.name);
  const wanted = zip.entries.filter((entry) =>
    /\.dist-info\/(METADATA|top_level\.txt)$/.test(entry.name),
  );
  for (const entry of wanted) await zip.read(entry);
  await zip.close();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, entries: names.length };
}

async function inspect() {
  const started = process.hrtime.bigint();
  const found = await inspectWheel(file, {
    distDir: '.',
    projectName,
    version,
    expectLicense: false,
  });
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, problems: found.problems.length };
}

const read = await readLikeZipfile();
const whole = await inspect();
process.stdout.write(JSON.stringify({ read, whole, maxRssKb: process.resourceUsage().maxRSS }));
