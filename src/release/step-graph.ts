// Runs a graph of steps: each step starts as soon as the steps it needs have passed, so
// independent steps run side by side, and a step with a side effect (an upload, a tag, a release)
// starts only after every step without one has passed. After a failure nothing new starts; the
// steps already running finish (their results reach the summary), then the failure of the step
// declared first is thrown.
//
// Steps share a state. What a step finds out for others is a result: the step declares the
// results it `writes`, and those it `reads`, and the graph is refused when a step reads a result
// that no step it needs (directly or through others) writes. While a step runs it sees the
// state through a guard that refuses an undeclared read or write, so the declarations stay true.
import type { Pipeline } from '../pipeline.js';

/** What a step records instead of running: a reason to skip, or what a dry run would do. */
export interface StepNote {
  readonly status: 'skipped' | 'dry run';
  readonly detail: string;
}

export interface Step<State> {
  /** The name in the log and the summary; unique in its graph. */
  readonly name: string;
  /** Steps that must pass (or be noted) first; each is declared before this one. */
  readonly needs: readonly string[];
  /** Uploads, tags, releases, pushes: none of these starts until every check has passed. */
  readonly sideEffect: boolean;
  /** Results it reads; each is written by a step it needs, directly or through others. */
  readonly reads?: readonly string[];
  /** Results it reads when the graph has a step that writes them (uv, when uv is set up). */
  readonly mayRead?: readonly string[];
  /** Results it writes. */
  readonly writes?: readonly string[];
  /** Asked when the step is due: a note recorded in place of running it. */
  note?(state: State): StepNote | undefined;
  /**
   * Does the work, writes its results into the state; returns the summary's detail. A step that
   * always records a note (a dry run's plan, a skipped step) has none.
   */
  run?(state: State): Promise<string>;
}

export type NodeStatus = 'waiting' | 'running' | 'passed' | 'failed';

/** Refuses a graph that could not run: a repeated name, or a need not declared before. */
function validateNeeds(steps: readonly Step<unknown>[]): void {
  const declared = new Set<string>();
  for (const step of steps) {
    if (declared.has(step.name)) throw new Error(`Step graph: "${step.name}" is declared twice`);
    for (const need of step.needs) {
      if (!declared.has(need))
        throw new Error(
          `Step graph: "${step.name}" needs "${need}", which is not declared before it`,
        );
    }
    declared.add(step.name);
  }
}

/**
 * What has passed when each step starts: its needs, direct or through others, and for a step
 * with a side effect every step without one (the runner holds side effects until then).
 */
function ancestors(steps: readonly Step<unknown>[]): Map<string, Set<string>> {
  const before = new Map<string, Set<string>>();
  for (const step of steps) {
    const all = new Set<string>();
    for (const need of step.needs) {
      all.add(need);
      for (const earlier of before.get(need)!) all.add(earlier);
    }
    before.set(step.name, all);
  }
  const checks = steps.filter((step) => !step.sideEffect).map((step) => step.name);
  for (const step of steps) {
    if (!step.sideEffect) continue;
    const all = before.get(step.name)!;
    for (const check of checks) {
      all.add(check);
      for (const earlier of before.get(check)!) all.add(earlier);
    }
  }
  return before;
}

/**
 * Refuses a step that reads a result no step before it writes: each read must be written by a
 * step it needs, and a result it may read, when some step writes it, too.
 */
function validateResults(steps: readonly Step<unknown>[]): void {
  const writers = new Map<string, string[]>();
  for (const step of steps)
    for (const result of step.writes ?? [])
      writers.set(result, [...(writers.get(result) ?? []), step.name]);
  const before = ancestors(steps);
  for (const step of steps) {
    const needed = before.get(step.name)!;
    const others = (result: string) =>
      (writers.get(result) ?? []).filter((writer) => writer !== step.name);
    for (const result of step.reads ?? []) {
      if (!others(result).some((writer) => needed.has(writer)))
        throw new Error(
          `Step graph: "${step.name}" reads ${result}, which no step it needs writes`,
        );
    }
    // A result some steps write and others may read (uv; each upload adds to published).
    // Its other writers run before it (it needs them) or after it (they need it), never beside.
    const beside = (writer: string) => !needed.has(writer) && !before.get(writer)!.has(step.name);
    for (const result of step.mayRead ?? []) {
      const writing = others(result);
      if (writing.some(beside))
        throw new Error(
          `Step graph: "${step.name}" may read ${result}, written by ${writing.join(', ')}, which may run beside it`,
        );
    }
  }
}

/** Refuses a graph that could not run, before any step starts. */
export function validateGraph(steps: readonly Step<unknown>[]): void {
  validateNeeds(steps);
  validateResults(steps);
}

/**
 * The state as a step may see it: reading or writing a result it did not declare is a mistake in
 * the graph, thrown at once. `results` names every result of the state.
 */
export function guardedState<State extends object>(
  state: State,
  step: Step<State>,
  results: ReadonlySet<string>,
): State {
  const readable = new Set([
    ...(step.reads ?? []),
    ...(step.mayRead ?? []),
    ...(step.writes ?? []),
  ]);
  const writable = new Set(step.writes ?? []);
  for (const result of step.reads ?? []) {
    if ((state as Record<string, unknown>)[result] === undefined)
      throw new Error(`Step graph: "${step.name}" started before ${result} was written`);
  }
  return new Proxy(state, {
    get(target, key, receiver) {
      if (typeof key === 'string' && results.has(key) && !readable.has(key))
        throw new Error(`Step graph: "${step.name}" reads ${key}, which it does not declare`);
      return Reflect.get(target, key, receiver);
    },
    set(target, key, value, receiver) {
      if (typeof key !== 'string' || !writable.has(key))
        throw new Error(
          `Step graph: "${step.name}" writes ${String(key)}, which it does not declare`,
        );
      return Reflect.set(target, key, value, receiver);
    },
  });
}

/** The waiting steps that may start now, in declaration order. */
export function dueSteps<State>(
  steps: readonly Step<State>[],
  status: ReadonlyMap<string, NodeStatus>,
): Step<State>[] {
  if ([...status.values()].includes('failed')) return [];
  const checksPassed = steps.every((step) => step.sideEffect || status.get(step.name) === 'passed');
  return steps.filter(
    (step) =>
      status.get(step.name) === 'waiting' &&
      step.needs.every((need) => status.get(need) === 'passed') &&
      (!step.sideEffect || checksPassed),
  );
}

export async function runGraph<State extends object>(
  steps: readonly Step<State>[],
  state: State,
  pipeline: Pipeline,
  /** The state's results: what steps write for others (see guardedState). */
  results: ReadonlySet<string> = new Set(),
): Promise<void> {
  validateGraph(steps as readonly Step<unknown>[]);
  const status = new Map<string, NodeStatus>(steps.map((step) => [step.name, 'waiting']));
  const failures = new Map<string, unknown>();
  const running = new Set<Promise<void>>();

  /** Runs a step's work through the pipeline (timed, logged, recorded) and tracks its end. */
  const track = (step: Step<State>, work: () => Promise<string>) => {
    const done: Promise<void> = pipeline
      .step(step.name, work, (detail) => detail)
      .then(
        () => void status.set(step.name, 'passed'),
        (error: unknown) => {
          status.set(step.name, 'failed');
          failures.set(step.name, error);
        },
      )
      .finally(() => running.delete(done));
    running.add(done);
  };

  const start = (step: Step<State>) => {
    status.set(step.name, 'running');
    let note: StepNote | undefined;
    let view: State;
    try {
      view = guardedState(state, step, results);
      note = step.note?.(view);
    } catch (error) {
      // A note that cannot be made fails its step like a run would: recorded, and the steps
      // already running still finish first.
      track(step, () => Promise.reject(error));
      return;
    }
    if (note) {
      pipeline.note(step.name, note.status, note.detail);
      status.set(step.name, 'passed');
      return;
    }
    track(
      step,
      () =>
        step.run?.(view) ?? Promise.reject(new Error(`${step.name} made no note and has no run`)),
    );
  };

  for (;;) {
    // Noted steps pass at once and may make others due: start until nothing more is.
    for (let due = dueSteps(steps, status); due.length > 0; due = dueSteps(steps, status))
      due.forEach(start);
    if (running.size === 0) break;
    await Promise.race(running);
  }

  const failed = steps.find((step) => failures.has(step.name));
  if (failed) throw failures.get(failed.name);
  const stuck = steps.filter((step) => status.get(step.name) !== 'passed');
  if (stuck.length > 0)
    throw new Error(`Step graph: ${stuck.map((step) => step.name).join(', ')} never became due`);
}
