// The two checks of what was built, side by side: twine check --strict on every file (the
// metadata PyPI renders), and the wheel installed into a fresh venv and imported.
import path from 'node:path';
import { twineCheck } from '../../tools/index.js';
import { testWheel } from '../../artifacts/index.js';
import { fileSystemReader } from '../../files/index.js';
import { packageShipping } from '../../project/index.js';
import { annotate } from '../../report.js';
import { releaseStep } from '../release-state.js';

/** PyPI takes a long description without a content type as reStructuredText: a note, no refusal. */
function noteDefaultedToRst(files: readonly string[]): void {
  if (files.length === 0) return;
  const names = files.map((file) => path.basename(file)).join(', ');
  annotate({
    level: 'notice',
    title: 'No content type for the long description',
    message: `${names} declare no long_description_content_type (no Description-Content-Type in the metadata): PyPI renders the long description as reStructuredText, which is how twine check rendered it. To declare the type (say, Markdown), use readme = "README.md" in [project] (the file's extension sets it), long_description_content_type="text/markdown" in setup(), or long_description_content_type = text/markdown in setup.cfg's [metadata].`,
  });
}

export const twineCheckStep = releaseStep({
  name: 'twine check',
  sideEffect: false,
  reads: ['inspection', 'twine'],
  async run(state) {
    const { files } = state.inspection;
    const checked = await twineCheck(
      state.twine,
      files.map((file) => file.path),
    );
    noteDefaultedToRst(checked.defaultedToRst);
    const rst = checked.defaultedToRst.length > 0 ? ' (no content type: reStructuredText)' : '';
    return `twine check --strict: ${files.length} files${rst}`;
  },
});

export const testTheWheel = releaseStep({
  name: 'Test the wheel',
  sideEffect: false,
  reads: ['inspection', 'validated', 'projectDir'],
  mayRead: ['uv'],
  writes: ['wheelTest'],
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
      hostPackage: (module) =>
        packageShipping(
          fileSystemReader(state.context.workspace),
          module,
          path.relative(state.context.workspace, state.projectDir).split(path.sep).join('/'),
        ),
    });
    const hosts = tested.hosts.join(', ');
    if (hosts) {
      annotate({
        level: 'notice',
        title: 'Tested with its host',
        message: `${state.validated.name} imports ${hosts}, another package of this repository, and does not declare it: the wheel test installed ${hosts} from the index beside it, as a user of ${state.validated.name} has it, and the import passed.`,
      });
    }
    state.wheelTest = `import ${inspection.importNames.join(', ')} → ${tested.installedVersion}${hosts ? ` (with ${hosts})` : ''}${inputs.smokeTest ? ', smoke test passed' : ''}`;
    return state.wheelTest;
  },
});
