import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Everything pyrelease prints goes through src/log.ts, whose one escaping function keeps text
// from the repository from being read by the runner as a workflow command.
const PRINTING = [
  {
    selector:
      "MemberExpression[object.name='core'][property.name=/^(info|debug|notice|warning|error|startGroup|endGroup|group|setFailed|issue|issueCommand)$/]",
    message:
      'Print through src/log.ts (log.info, log.annotation, log.startGroup, log.write): it keeps text from being read as a workflow command.',
  },
  {
    selector:
      "MemberExpression[object.object.name='process'][object.property.name=/^(stdout|stderr)$/][property.name='write']",
    message:
      'Write through src/log.ts (log.write): it keeps text from being read as a workflow command.',
  },
  {
    selector: "CallExpression[callee.property.name='addCodeBlock']",
    message:
      "@actions/core's addCodeBlock does not escape: addRaw a <pre> of escapeHtml(text) (report.ts).",
  },
  {
    selector: "MemberExpression[object.name='console']",
    message: 'Print through src/log.ts: it keeps text from being read as a workflow command.',
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'example/', '**/*.py'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='shell'][value.value=true]",
          message: 'Never run a shell: pass an argument array.',
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly' },
    },
  },
  {
    // A folder's index.ts is its face and only re-exports; every other file defines what it
    // exports, so a reader finds a name where it is imported from.
    files: ['src/**/*.ts'],
    ignores: ['src/*/**/index.ts'],
    rules: {
      // A function that does not fit on a screen does more than one thing: split it by the rules
      // or phases it applies.
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: false, skipComments: false }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='shell'][value.value=true]",
          message: 'Never run a shell: pass an argument array.',
        },
        {
          selector: 'ExportNamedDeclaration[source], ExportAllDeclaration',
          message:
            "Re-export only from a folder's index.ts; import from the file that defines the name.",
        },
        ...PRINTING,
      ],
    },
  },
  {
    // Library folders tell their callers (a returned problem, a `say` callback); only steps and
    // entry points turn findings into annotations.
    files: [
      'src/{version,http,files,tools,run,vocabulary,project,changelog,artifacts,publish,provenance,github,pypi-rules}/**/*.ts',
    ],
    ignores: ['src/*/**/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='shell'][value.value=true]",
          message: 'Never run a shell: pass an argument array.',
        },
        {
          selector: 'ExportNamedDeclaration[source], ExportAllDeclaration',
          message:
            "Re-export only from a folder's index.ts; import from the file that defines the name.",
        },
        {
          selector:
            'CallExpression[callee.object.name=/^(core|log)$/][callee.property.name=/^(error|warning|notice|setFailed|annotation)$/]',
          message:
            'A library folder does not annotate: return the problem, or take a `say` callback from the step.',
        },
        ...PRINTING,
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/report.js'],
              allowTypeImports: true,
              message: 'A library folder does not annotate: import only types from report.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // A face lists the folder's public names and defines nothing (scripts/faces.mjs relies on it).
    files: ['src/*/**/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Program > :not(ExportNamedDeclaration[source])',
          message: "A folder's index.ts only re-exports: `export { name } from './file.js'`.",
        },
      ],
    },
  },
);
