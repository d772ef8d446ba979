// How to get a missing tool: the workflow installs it in a step before pyrelease's, a laptop
// with one command. Said here once for every message that needs it.
import { byAudience, setting, theOption } from '../vocabulary/index.js';

export const UV_INSTALL_URL = 'https://docs.astral.sh/uv/getting-started/installation/';

/** "Install uv …", where the reader installs it. */
export function installUv(): string {
  return byAudience({
    action: 'Install uv before this step (astral-sh/setup-uv)',
    'command line': `Install uv (${UV_INSTALL_URL})`,
  });
}

/** "Install twine …" into the given Python, where the reader installs it. */
export function installTwine(python: string): string {
  return byAudience({
    action: 'Install twine before this step (pip install twine)',
    'command line': `Install twine (${python} -m pip install twine)`,
  });
}

/** What to do when the interpreter cannot be started. */
export function choosePython(): string {
  return byAudience({
    action: `Set ${theOption('python')} to a Python interpreter (in a workflow, run actions/setup-python before this step)`,
    'command line': `Pass ${setting('python', 'PATH')} with a Python interpreter`,
  });
}
