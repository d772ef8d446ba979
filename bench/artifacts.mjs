// Artifacts of real size: a generated wheel of about 700 MB with 60,000 entries (stored, so
// generation is quick and the size is real) and a zip64 wheel above 65,535 entries. pyrelease's
// reading of each (central directory, METADATA, top_level.txt) is timed against Python's zipfile
// doing the same, in the same run, in turns; its whole inspection (sha256 and every check) against
// zipfile plus hashlib; and its peak RSS in a child process of its own. Off-target figures are
// reported, never failed on.
import { spawnSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT, machineRow, median, number } from './shared.mjs';

const PYTHON = '/usr/bin/python3';
const TARGET_RATIO = 3;
const TARGET_RSS_MB = 300;
const ROUNDS = 3;

const GENERATE = `
import sys, zipfile
path, name, count, size = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
block = (bytes(range(256)) * (size // 256 + 1))[:size]
di = f"{name}-1.0.dist-info"
with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
    z.writestr(f"{name}/__init__.py", "")
    for i in range(count):
        z.writestr(f"{name}/sub{i // 1000}/data_{i}.bin", block)
    z.writestr(f"{di}/METADATA", f"Metadata-Version: 2.1\\nName: {name}\\nVersion: 1.0\\n\\n" + "Long description.\\n" * 2000)
    z.writestr(f"{di}/top_level.txt", f"{name}\\n")
    z.writestr(f"{di}/WHEEL", "Wheel-Version: 1.0\\nTag: py3-none-any\\n")
    z.writestr(f"{di}/RECORD", "")
`;

// Python's side of the comparison: the same reads, then (whole) the sha256 as well.
const ZIPFILE = `
import hashlib, json, re, sys, time, zipfile
path, whole = sys.argv[1], sys.argv[2] == "1"
started = time.perf_counter()
if whole:
    with open(path, "rb") as f:
        hashlib.file_digest(f, "sha256")
with zipfile.ZipFile(path) as z:
    names = z.namelist()
    for name in names:
        if re.search(r"\\.dist-info/(METADATA|top_level\\.txt)$", name):
            z.read(name)
print(json.dumps({"ms": (time.perf_counter() - started) * 1000, "entries": len(names)}))
`;

function run(file, args) {
  const result = spawnSync(file, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) {
    const error = new Error(
      `${path.basename(file)} ${args[0]} failed (exit code ${result.status})`,
    );
    error.output = `${result.stdout}${result.stderr}`;
    throw error;
  }
  return result.stdout;
}

async function bundleProbe(scratch) {
  const outfile = path.join(scratch, 'artifacts-probe.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'bench/artifacts-probe.mjs')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    // yauzl is CommonJS: give the bundle a require of its own.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return outfile;
}

/** Medians over alternating rounds of pyrelease's child and Python's, on one wheel. */
function measure(probe, wheel, name) {
  const node = [];
  const py = [];
  for (let round = 0; round < ROUNDS; round++) {
    node.push(JSON.parse(run(process.execPath, [probe, wheel, name, '1.0'])));
    py.push({
      read: JSON.parse(run(PYTHON, ['-c', ZIPFILE, wheel, '0'])),
      whole: JSON.parse(run(PYTHON, ['-c', ZIPFILE, wheel, '1'])),
    });
  }
  return {
    entries: node[0].read.entries,
    read: median(node.map((n) => n.read.ms)),
    whole: median(node.map((n) => n.whole.ms)),
    rss: Math.max(...node.map((n) => n.maxRssKb)) / 1024,
    pyRead: median(py.map((p) => p.read.ms)),
    pyWhole: median(py.map((p) => p.whole.ms)),
  };
}

function rows(label, wheel, m) {
  const mb = statSync(wheel).size / 1e6;
  const ratio = m.read / m.pyRead;
  return [
    [`${label}`, `${number(mb, 0)} MB, ${m.entries.toLocaleString('en-US')} entries`],
    [
      `  read (directory + metadata)`,
      `pyrelease ${number(m.read, 0)} ms, zipfile ${number(m.pyRead, 0)} ms: ${number(ratio, 2)}× (target ≤ ${TARGET_RATIO}×: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'})`,
    ],
    [
      `  whole inspection (+ sha256)`,
      `pyrelease ${number(m.whole, 0)} ms, zipfile + hashlib ${number(m.pyWhole, 0)} ms: ${number(m.whole / m.pyWhole, 2)}×`,
    ],
    [
      `  peak RSS`,
      `${number(m.rss, 0)} MB (target < ${TARGET_RSS_MB} MB: ${m.rss < TARGET_RSS_MB ? 'met' : 'NOT met'})`,
    ],
  ];
}

export const artifacts = {
  name: 'artifacts',
  async run({ scratch }) {
    const probe = await bundleProbe(scratch);
    const big = path.join(scratch, 'big-1.0-py3-none-any.whl');
    const many = path.join(scratch, 'many-1.0-py3-none-any.whl');
    const started = Date.now();
    run(PYTHON, ['-c', GENERATE, big, 'big', '60000', String(11_650)]);
    run(PYTHON, ['-c', GENERATE, many, 'many', '70000', '16']);
    const generated = (Date.now() - started) / 1000;
    try {
      return {
        title: `Artifacts (median of ${ROUNDS} alternating rounds; wheels generated in ${number(generated, 0)} s)`,
        rows: [
          ...rows('700 MB wheel', big, measure(probe, big, 'big')),
          ...rows('zip64 wheel', many, measure(probe, many, 'many')),
          machineRow(),
        ],
      };
    } finally {
      rmSync(big, { force: true });
      rmSync(many, { force: true });
    }
  },
};
