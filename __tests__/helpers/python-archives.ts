// Archives written by Python's zipfile and tarfile, as build backends and `wheel` write them,
// including the hostile ones (bombs, links, zip64) that a test needs on disk.
import { execFileSync } from 'node:child_process';

const PYTHON = '/usr/bin/python3';

/** Runs a Python script with arguments; the script writes the archive named by argv[1]. */
export function python(script: string, ...args: string[]): string {
  return execFileSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8', timeout: 120_000 });
}

const WHEEL_HEAD = `
import sys, zipfile
def meta(name, version):
    return f"Metadata-Version: 2.1\\nName: {name}\\nVersion: {version}\\n\\n"
`;

/**
 * A wheel of `name`-`version` with `count` small modules under pkg/ (stored, as a huge wheel's
 * incompressible content would be); zip64 end records appear by themselves above 65,535 entries.
 */
export function writeManyEntryWheel(
  file: string,
  count: number,
  options: { name?: string; version?: string; forceZip64?: boolean; duplicates?: number } = {},
): void {
  const { name = 'pkg', version = '1.0', forceZip64 = false, duplicates = 0 } = options;
  python(
    `${WHEEL_HEAD}
import warnings
warnings.simplefilter("ignore")
path, name, version, count, force, dups = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5] == "1", int(sys.argv[6])
with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
    di = f"{name}-{version}.dist-info"
    z.writestr(f"{name}/__init__.py", "")
    for i in range(count):
        info = zipfile.ZipInfo(f"{name}/sub{i // 1000}/m{i}.py")
        with z.open(info, "w", force_zip64=force) as f:
            f.write(b"x = 1\\n")
    for i in range(dups):
        z.writestr(f"{name}/sub0/m{i}.py", "x = 2\\n")
    z.writestr(f"{di}/METADATA", meta(name, version))
    z.writestr(f"{di}/WHEEL", "Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n")
    z.writestr(f"{di}/RECORD", "")
`,
    file,
    name,
    version,
    String(count),
    forceZip64 ? '1' : '0',
    String(duplicates),
  );
}

/**
 * A wheel whose `member` (under the dist-info folder) inflates to `megabytes` MiB of zeros while
 * the file stays small: a decompression bomb.
 */
export function writeBombWheel(
  file: string,
  member: string,
  megabytes: number,
  name = 'pkg',
  version = '1.0',
): void {
  python(
    `${WHEEL_HEAD}
path, member, mb, name, version = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
di = f"{name}-{version}.dist-info"
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr(f"{name}/__init__.py", "")
    z.writestr(f"{di}/WHEEL", "Wheel-Version: 1.0\\nTag: py3-none-any\\n")
    if member != "METADATA":
        z.writestr(f"{di}/METADATA", meta(name, version))
    with z.open(f"{di}/{member}", "w", force_zip64=True) as f:
        if member == "METADATA":
            f.write(meta(name, version).encode())
        chunk = bytes(1 << 20)
        for _ in range(mb):
            f.write(chunk)
    z.writestr(f"{di}/RECORD", "")
`,
    file,
    member,
    String(megabytes),
    name,
    version,
  );
}

/** A wheel with `link` stored as a symbolic link (Unix mode 0o120777) to `target`. */
export function writeSymlinkWheel(
  file: string,
  link: string,
  target: string,
  name = 'pkg',
  version = '1.0',
): void {
  python(
    `${WHEEL_HEAD}
path, link, target, name, version = sys.argv[1:6]
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(f"{name}/__init__.py", "")
    z.writestr(f"{name}-{version}.dist-info/METADATA", meta(name, version))
    info = zipfile.ZipInfo(link)
    info.create_system = 3
    info.external_attr = 0o120777 << 16
    z.writestr(info, target)
    z.writestr(f"{name}-{version}.dist-info/RECORD", "")
`,
    file,
    link,
    target,
    name,
    version,
  );
}

/**
 * An sdist whose one member `member` holds `megabytes` MiB of zeros: gunzips to far more than
 * the file's size.
 */
export function writeBombSdist(file: string, member: string, megabytes: number): void {
  python(
    `
import io, sys, tarfile
path, member, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
class Zeros(io.RawIOBase):
    def __init__(self, n): self.left = n
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), self.left); b[:n] = bytes(n); self.left -= n; return n
with tarfile.open(path, "w:gz", compresslevel=1) as t:
    info = tarfile.TarInfo(member); info.size = mb << 20
    t.addfile(info, io.BufferedReader(Zeros(info.size)))
`,
    file,
    member,
    String(megabytes),
  );
}

/** A .tar.gz of `members`: [name, kind, target] with kind file, dir, symlink or hardlink. */
export function writeLinkSdist(file: string, members: readonly (readonly string[])[]): void {
  python(
    `
import io, json, sys, tarfile
path, members = sys.argv[1], json.loads(sys.argv[2])
kinds = {"file": tarfile.REGTYPE, "dir": tarfile.DIRTYPE, "symlink": tarfile.SYMTYPE, "hardlink": tarfile.LNKTYPE}
with tarfile.open(path, "w:gz") as t:
    for name, kind, *target in members:
        info = tarfile.TarInfo(name); info.type = kinds[kind]
        if target: info.linkname = target[0]
        data = b"Metadata-Version: 2.1\\nName: pkg\\nVersion: 1.0\\n\\n" if kind == "file" else b""
        info.size = len(data)
        t.addfile(info, io.BytesIO(data))
`,
    file,
    JSON.stringify(members),
  );
}
