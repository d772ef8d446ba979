// The two checks of what was built, side by side: twine check --strict on every file (the
// metadata PyPI renders), and the wheel installed into a fresh venv and imported.
import { twineCheck } from '../../tools/index.js';
import { testWheel } from '../../artifacts/index.js';
import { releaseStep } from '../release-state.js';

export const twineCheckStep = releaseStep({
  name: 'twine check',
  sideEffect: false,
  reads: ['inspection', 'twine'],
  async run(state) {
    const { files } = state.inspection;
    await twineCheck(
      state.twine,
      files.map((file) => file.path),
    );
    return `twine check --strict: ${files.length} files`;
  },
});

export const testTheWheel = releaseStep({
  name: 'Test the wheel',
  sideEffect: false,
  reads: ['inspection', 'validated'],
  mayRead: ['uv'],
  async run(state) {
    const { inputs } = state;
    const { inspection } = state;
    const tested = await testWheel({
      builder: inputs.builder,
      python: inputs.python,
      uvPath: state.uv?.path,
      wheel: inspection.wheel.path,
      projectName: state.validated.name,
      importNames: inspection.importNames,
      version: inspection.builtVersion,
      smokeTest: inputs.smokeTest,
      fromFolders: inspection.fromFolders,
    });
    return `import ${inspection.importNames.join(', ')} → ${tested.installedVersion}`;
  },
});
