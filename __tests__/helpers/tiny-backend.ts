// The example project built by a backend of its own, in the repository (backend-path), written
// with Python's standard library: no build requirement to install, so `python -m build` runs
// with isolation and without an index. It prints a line first, then may wait, so a test can
// see the build's output arrive while the build still runs.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeRepo, type TestRepo } from './repo.js';

export const TINY_BACKEND_LINE = 'tiny backend: building the sdist';

const BACKEND = (
  pause: number,
) => `"""The test's build backend: prints, waits, then writes the sdist and wheel."""
import base64
import hashlib
import io
import os
import tarfile
import time
import zipfile

NAME = "hello_pyrelease"
VERSION = "0.1.15"
PAUSE = ${pause}


def _metadata():
    with open("README.md", encoding="utf-8") as readme:
        body = readme.read()
    return (
        "Metadata-Version: 2.1\\nName: hello-pyrelease\\nVersion: 0.1.15\\n"
        "Summary: A small package.\\nLicense: MIT\\nRequires-Python: >=3.8\\n"
        "Description-Content-Type: text/markdown\\n\\n" + body
    )


def build_sdist(sdist_directory, config_settings=None):
    print("${TINY_BACKEND_LINE}", flush=True)
    time.sleep(PAUSE)
    base = f"{NAME}-{VERSION}"
    with tarfile.open(os.path.join(sdist_directory, base + ".tar.gz"), "w:gz") as tar:
        for name in ["pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md",
                     "src/hello_pyrelease/__init__.py", "_backend/tiny_backend.py"]:
            tar.add(name, arcname=f"{base}/{name}")
        data = _metadata().encode()
        info = tarfile.TarInfo(f"{base}/PKG-INFO")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return base + ".tar.gz"


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    print("tiny backend: building the wheel", flush=True)
    info = f"{NAME}-{VERSION}.dist-info"
    with open("src/hello_pyrelease/__init__.py", "rb") as module:
        files = {"hello_pyrelease/__init__.py": module.read()}
    files[f"{info}/METADATA"] = _metadata().encode()
    files[f"{info}/WHEEL"] = (
        b"Wheel-Version: 1.0\\nGenerator: tiny_backend\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n"
    )
    record = []
    for name, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{name},sha256={digest},{len(data)}")
    files[f"{info}/RECORD"] = ("\\n".join(record + [f"{info}/RECORD,,"]) + "\\n").encode()
    name = f"{NAME}-{VERSION}-py3-none-any.whl"
    with zipfile.ZipFile(os.path.join(wheel_directory, name), "w") as wheel:
        for member, data in files.items():
            wheel.writestr(member, data)
    return name
`;

/** The example project, committed with the tiny backend; `pause` seconds after its first line. */
export async function tinyBackendRepo(pause = 0): Promise<TestRepo> {
  const repo = await makeRepo();
  await repo.edit(
    'pyproject.toml',
    /\[build-system\][^[]*/,
    '[build-system]\nrequires = []\nbuild-backend = "tiny_backend"\nbackend-path = ["_backend"]\n\n',
  );
  await mkdir(path.join(repo.dir, '_backend'));
  await writeFile(path.join(repo.dir, '_backend', 'tiny_backend.py'), BACKEND(pause));
  repo.commitAll('Build with the tiny backend');
  return repo;
}
