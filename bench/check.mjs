// The version check as a whole process, the way a runner starts it (`node dist/index.js` with
// INPUT_* and GITHUB_* variables), next to a bare `node -e ""`, and where its start-up time goes.
// The ratio of each round is what is compared with the target; a slow ratio is reported, never
// failed on.
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ACTION,
  EXAMPLE,
  bytes,
  command,
  machineRow,
  measureRounds,
  median,
  number,
  staticModuleSize,
} from './shared.mjs';

const TARGET_RATIO = 1.5;

/** What a runner gives the action on a push to main; nothing else from this shell leaks in. */
function runnerEnv(scratch) {
  const outputFile = path.join(scratch, 'output');
  const summaryFile = path.join(scratch, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? scratch,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: EXAMPLE,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: scratch,
    INPUT_MODE: 'check',
  };
}

/**
 * The commands timed in each round: the bare node, the check, then each layer of the check's
 * start-up on top of the one before (an empty ES module, the Node built-ins the check's modules
 * import, those modules themselves without running anything), then `baseline` if given.
 */
function commands(scratch, size, chunks, baseline) {
  const options = { cwd: EXAMPLE, env: runnerEnv(scratch) };
  const layer = (name, lines) => {
    const file = path.join(scratch, name);
    writeFileSync(file, lines.map((line) => `${line}\n`).join(''));
    return file;
  };
  const emptyModule = layer('empty.mjs', []);
  const builtinsModule = layer(
    'builtins.mjs',
    size.builtins.map((name) => `import 'node:${name}';`),
  );
  const modulesModule = layer(
    'modules.mjs',
    chunks.map((file) => `import ${JSON.stringify(pathToFileURL(file).href)};`),
  );
  const cmds = [
    command('node -e ""', ['-e', ''], options),
    command('node dist/index.js (check)', [ACTION], options),
    command('empty ES module', [emptyModule], options),
    command('built-ins', [builtinsModule], options),
    command('modules', [modulesModule], options),
  ];
  if (baseline) cmds.push(command(`node ${baseline} (check)`, [path.resolve(baseline)], options));
  return cmds;
}

/** The report's rows from each command's times (by position, as `commands` orders them). */
function rows(times, size, chunks, baseline) {
  const [bare, check, empty, builtins, modules] = times.map(median);
  const ratios = (index) => times[index].map((time, round) => time / times[0][round]);
  // The fastest runs say the most on a busy machine: load only ever adds time.
  const fastest = (index) => Math.min(...times[index]);
  const verdict = (value, index) =>
    `median ${number(value, 2)} (target ≤ ${TARGET_RATIO}: ${value <= TARGET_RATIO ? 'met' : 'NOT met'}); fastest ÷ fastest ${number(fastest(index) / fastest(0), 2)}`;
  const timed = (index) =>
    `median ${number(median(times[index]))} ms, fastest ${number(fastest(index))} ms`;
  const step = (value) => `+${number(Math.max(0, value))} ms`;
  const result = [
    ['node -e ""', timed(0)],
    ['node dist/index.js (check)', timed(1)],
    ['ratio check / bare', verdict(median(ratios(1)), 1)],
  ];
  if (baseline) {
    result.push(
      [`${baseline} (check)`, timed(5)],
      [`ratio ${baseline} / bare`, verdict(median(ratios(5)), 5)],
    );
  }
  result.push(
    ['dist/index.js', bytes(statSync(ACTION).size)],
    ['with its static chunks', `${bytes(size.bytes)} (${size.files} files)`],
    ['where the time goes:', ''],
    ['  Node itself (node -e "")', `${number(bare)} ms`],
    ['  ES module loader', step(empty - bare)],
    [
      `  ${size.builtins.length} Node built-ins`,
      `${step(builtins - empty)} (${size.builtins.join(', ')})`,
    ],
    [`  pyrelease's ${chunks.length} static chunks`, step(modules - builtins)],
    ['  index.js and the check', `${step(check - modules)} (read, parse, git tag --list, output)`],
    machineRow(),
  );
  return result;
}

/**
 * The check next to a bare `node -e ""`, and where its time goes: each layer's figure is the
 * difference of two medians, an estimate, not an exact share. `baseline` (another build's
 * index.js, `--baseline dist-old/index.js`) is timed in the same rounds.
 */
export const check = {
  name: 'check',
  run({ pairs, scratch, baseline }) {
    const size = staticModuleSize(ACTION);
    const chunks = size.paths.filter((file) => file !== ACTION);
    const times = measureRounds(commands(scratch, size, chunks, baseline), pairs);
    return {
      title: `Version check on example/ (${pairs} rounds)`,
      rows: rows(times, size, chunks, baseline),
    };
  },
};
