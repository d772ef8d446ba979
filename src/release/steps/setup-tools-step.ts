// The tools the release runs: uv (downloaded and verified when the builder is uv) and twine (found,
// or installed into a venv of its own). Both are ready before the first step that uses them.
import { findTwine } from '../../tools/index.js';
import { releaseStep } from '../release-state.js';
import { loadUvSetup } from '../../tools/index.js';

export const setupUv = releaseStep({
  name: 'Set up uv',
  sideEffect: false,
  writes: ['uv'],
  async run(state) {
    const { inputs } = state;
    // The download code (tool cache, HTTP client) loads only when uv is set up.
    const { DEFAULT_UV_VERSION, resolveUv } = await loadUvSetup();
    const found = await resolveUv({
      version: inputs.uvVersion || DEFAULT_UV_VERSION,
      githubToken: inputs.githubToken || undefined,
    });
    state.uv = found;
    return `uv ${found.version} (${found.source})`;
  },
});

export const setupTwine = releaseStep({
  name: 'Set up twine',
  sideEffect: false,
  mayRead: ['uv'],
  writes: ['twine'],
  async run(state) {
    const twine = await findTwine(state.inputs.python, state.uv?.path);
    state.twine = twine;
    return twine.how ?? twine.command;
  },
});
