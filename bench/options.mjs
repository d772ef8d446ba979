// The command line of `npm run bench`: which benchmarks to run, by name, and how many rounds.
const DEFAULT_PAIRS = 30;
const MIN_PAIRS = 20;
const DEFAULT_RELEASE_PAIRS = 5;
const MIN_RELEASE_PAIRS = 3;
const FLAGS_WITH_VALUE = ['--pairs', '--release-pairs', '--baseline'];

/** The whole number after `--name N` or `--name=N`, `fallback` when absent. */
function parseCount(argv, name, fallback, minimum) {
  const flag = `--${name}`;
  const index = argv.findIndex((arg) => arg === flag || arg.startsWith(`${flag}=`));
  if (index === -1) return fallback;
  const raw = argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  const count = Number(raw);
  if (!Number.isInteger(count) || count < minimum) {
    throw new Error(`${flag} must be a whole number of at least ${minimum}, not ${raw}`);
  }
  return count;
}

/** The value after `--name V` or `--name=V`, undefined when absent. */
function parseString(argv, name) {
  const flag = `--${name}`;
  const index = argv.findIndex((arg) => arg === flag || arg.startsWith(`${flag}=`));
  if (index === -1) return undefined;
  const value = argv[index].includes('=') ? argv[index].slice(flag.length + 1) : argv[index + 1];
  if (!value) throw new Error(`${flag} needs a value`);
  return value;
}

/** The arguments that are neither a flag nor a flag's value: the benchmarks asked for. */
function positionals(argv) {
  const found = [];
  for (let index = 0; index < argv.length; index++) {
    if (FLAGS_WITH_VALUE.includes(argv[index])) index++;
    else if (!argv[index].startsWith('--')) found.push(argv[index]);
  }
  return found;
}

/**
 * The benchmarks to run (every one in `known` when none is named; `--check-only` names `check`),
 * in `known`'s order, and their settings. Throws on a name that is not known or a bad count.
 */
export function parseOptions(argv, known) {
  const asked = positionals(argv);
  // --check-only: the version check's section alone.
  if (argv.includes('--check-only')) asked.push('check');
  for (const name of asked) {
    if (!known.includes(name)) {
      throw new Error(`no benchmark named ${name} (one of: ${known.join(', ')})`);
    }
  }
  return {
    names: asked.length > 0 ? known.filter((name) => asked.includes(name)) : known,
    pairs: parseCount(argv, 'pairs', DEFAULT_PAIRS, MIN_PAIRS),
    releasePairs: parseCount(argv, 'release-pairs', DEFAULT_RELEASE_PAIRS, MIN_RELEASE_PAIRS),
    // --baseline another/index.js: an earlier build's check, timed in the same rounds.
    baseline: parseString(argv, 'baseline'),
  };
}
