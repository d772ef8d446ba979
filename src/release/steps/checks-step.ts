// The two checks of what was built, side by side: twine check --strict on every file (the
// metadata PyPI renders), and the wheel installed into a fresh venv and imported.
import type { Step } from '../step-graph.js';
import { twineCheck } from '../../tools/index.js';
import { testWheel } from '../../artifacts/index.js';
import { need, type ReleaseState } from '../release-state.js';

export const twineCheckStep: Step<ReleaseState> = {
  name: 'twine check',
  needs: [],
  sideEffect: false,
  async run(state) {
    const { files } = need(state.inspection, 'the artifacts');
    await twineCheck(
      need(state.twine, 'twine'),
      files.map((file) => file.path),
    );
    return `twine check --strict: ${files.length} files`;
  },
};

export const testTheWheel: Step<ReleaseState> = {
  name: 'Test the wheel',
  needs: [],
  sideEffect: false,
  async run(state) {
    const { inputs } = state;
    const inspection = need(state.inspection, 'the artifacts');
    const tested = await testWheel({
      builder: inputs.builder,
      python: inputs.python,
      uvPath: state.uv?.path,
      wheel: inspection.wheel.path,
      projectName: need(state.validated, 'the version').name,
      importNames: inspection.importNames,
      version: inspection.builtVersion,
      smokeTest: inputs.smokeTest,
      fromFolders: inspection.fromFolders,
    });
    return `import ${inspection.importNames.join(', ')} → ${tested.installedVersion}`;
  },
};
