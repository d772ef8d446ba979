// The wheel tags an interpreter installs, most preferred first, as its installer computes them:
// `packaging.tags.sys_tags()`, from packaging itself or the copy pip vendors.
import { runPythonScript } from '../tools/index.js';

const SCRIPT = `
import json, sys, sysconfig
try:
    from packaging import tags
except ImportError:
    try:
        from pip._vendor.packaging import tags
    except ImportError:
        tags = None
impl = sys.implementation.name
label = "Python %d.%d (%s) on %s" % (sys.version_info[0], sys.version_info[1], impl, sysconfig.get_platform())
print(json.dumps({"label": label, "tags": [str(t) for t in tags.sys_tags()] if tags else []}))
`;

export interface InterpreterTags {
  /** `Python 3.11 (cpython) on linux-x86_64`. */
  readonly label: string;
  /** Empty when neither packaging nor pip is there to compute them. */
  readonly tags: readonly string[];
}

export async function interpreterTags(python: string): Promise<InterpreterTags> {
  const result = await runPythonScript(python, SCRIPT, []);
  const line = result.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as InterpreterTags;
  } catch {
    return { label: `the interpreter ${python}`, tags: [] };
  }
}
