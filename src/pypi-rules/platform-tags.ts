// Which wheel platform tags PyPI accepts on upload. The rules are the index's own (warehouse's
// wheel platform check): anything else is refused with 400 "unsupported platform tag", after the
// files before it in the same run were already uploaded. Pure.

const STATIC = new Set([
  'any',
  'win32',
  'win_amd64',
  'win_arm64',
  'win_ia64',
  'manylinux1_x86_64',
  'manylinux1_i686',
  'manylinux2010_x86_64',
  'manylinux2010_i686',
  'manylinux2014_x86_64',
  'manylinux2014_i686',
  'manylinux2014_aarch64',
  'manylinux2014_armv7l',
  'manylinux2014_ppc64',
  'manylinux2014_ppc64le',
  'manylinux2014_s390x',
  // The only plain linux_* tags the index takes (Raspberry Pi wheels from piwheels' era).
  'linux_armv6l',
  'linux_armv7l',
]);

const MACOS_ARCHES = new Set([
  'ppc',
  'ppc64',
  'i386',
  'x86_64',
  'arm64',
  'intel',
  'fat',
  'fat3',
  'fat64',
  'universal',
  'universal2',
]);
/** macOS 11 on numbers releases by major version: `macosx_11_0`, never `macosx_11_3`. */
const MACOS_MAJORS = new Set(['11', '12', '13', '14', '15', '26']);
const LINUX_ARCHES = ['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64le', 's390x', 'riscv64'];
const MANYLINUX_ARCHES = new Set([...LINUX_ARCHES, 'ppc64']);
const MUSLLINUX_ARCHES = new Set(LINUX_ARCHES);
const IOS_ARCHES = new Set(['arm64', 'x86_64']);
const ANDROID_ARCHES = new Set(['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64']);

/** Whether PyPI accepts one (expanded) platform tag. */
export function pypiAcceptsPlatform(tag: string): boolean {
  if (STATIC.has(tag)) return true;
  let match = /^macosx_(\d+)_(\d+)_(.+)$/.exec(tag);
  if (match) {
    const [, major, minor, arch] = match as unknown as [string, string, string, string];
    if (!MACOS_ARCHES.has(arch)) return false;
    return major === '10' || (MACOS_MAJORS.has(major) && minor === '0');
  }
  match = /^(many|musl)linux_\d+_\d+_(.+)$/.exec(tag);
  if (match) return (match[1] === 'many' ? MANYLINUX_ARCHES : MUSLLINUX_ARCHES).has(match[2]!);
  match = /^ios_\d+_\d+_(.+)_(?:iphoneos|iphonesimulator)$/.exec(tag);
  if (match) return IOS_ARCHES.has(match[1]!);
  match = /^android_\d+_(.+)$/.exec(tag);
  if (match) return ANDROID_ARCHES.has(match[1]!);
  return /^pyemscripten_\d+_\d+_wasm32$/.test(tag);
}

/** What to do about a platform tag the index refuses. */
export function platformAdvice(tag: string): string {
  if (/^linux_/.test(tag)) {
    return `${tag} is what a compiler on one Linux machine names its wheel; PyPI takes only manylinux or musllinux wheels, which run on other distributions. Build in a manylinux container (cibuildwheel, maturin-action with manylinux: auto) or repair the wheel with auditwheel repair`;
  }
  if (/^macosx_/.test(tag)) {
    return `${tag} is not a macOS tag PyPI knows: it takes macosx_10_<minor>_<arch> and, from macOS 11 on, macosx_<major>_0_<arch>. Set MACOSX_DEPLOYMENT_TARGET to a supported version and rebuild (cibuildwheel does), or repair the wheel with delocate`;
  }
  return `${tag} is not a platform PyPI accepts (any, win32, win_amd64, win_arm64, manylinux, musllinux, macosx, ios, android, pyemscripten). Build the wheel with cibuildwheel or maturin-action, which tag it for the index`;
}
