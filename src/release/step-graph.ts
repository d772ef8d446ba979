// Runs a graph of steps: each step starts as soon as the steps it needs have passed, so
// independent steps run side by side, and a step with a side effect (an upload, a tag, a release)
// starts only after every step without one has passed. After a failure nothing new starts; the
// steps already running finish (their results reach the summary), then the failure of the step
// declared first is thrown.
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
export function validateGraph(steps: readonly Step<unknown>[]): void {
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

export async function runGraph<State>(
  steps: readonly Step<State>[],
  state: State,
  pipeline: Pipeline,
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
    try {
      note = step.note?.(state);
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
        step.run?.(state) ?? Promise.reject(new Error(`${step.name} made no note and has no run`)),
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
