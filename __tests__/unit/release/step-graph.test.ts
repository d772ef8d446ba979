import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../../src/pipeline.js';
import { dueSteps, runGraph, validateGraph, type Step } from '../../../src/release/step-graph.js';

interface Trace {
  events: string[];
}

/** A promise and the function that settles it, for steps the test releases one by one. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

function step(
  name: string,
  options: {
    needs?: string[];
    sideEffect?: boolean;
    wait?: Promise<void>;
    fail?: string;
    note?: string;
  } = {},
): Step<Trace> {
  return {
    name,
    needs: options.needs ?? [],
    sideEffect: options.sideEffect ?? false,
    note: options.note ? () => ({ status: 'skipped', detail: options.note! }) : undefined,
    async run(trace) {
      trace.events.push(`start ${name}`);
      await options.wait;
      trace.events.push(`end ${name}`);
      if (options.fail) throw new Error(options.fail);
      return `${name} done`;
    },
  };
}

describe('validateGraph', () => {
  it('refuses a name declared twice', () => {
    expect(() => validateGraph([step('a'), step('a')])).toThrow(/"a" is declared twice/);
  });
  it('refuses a need that is not declared before the step', () => {
    expect(() => validateGraph([step('a', { needs: ['b'] }), step('b')])).toThrow(
      /"a" needs "b", which is not declared before it/,
    );
    expect(() => validateGraph([step('a', { needs: ['a'] })])).toThrow(/"a" needs "a"/);
  });
  it('accepts needs declared before', () => {
    expect(() => validateGraph([step('a'), step('b', { needs: ['a'] })])).not.toThrow();
  });
});

describe('dueSteps', () => {
  const steps = [
    step('check'),
    step('slow check'),
    step('upload', { sideEffect: true, needs: ['check'] }),
    step('after', { needs: ['check'] }),
  ];
  it('holds a side effect until every check has passed, not only its needs', () => {
    const status = new Map([
      ['check', 'passed'],
      ['slow check', 'running'],
      ['upload', 'waiting'],
      ['after', 'waiting'],
    ] as const);
    expect(dueSteps(steps, status).map((s) => s.name)).toEqual(['after']);
    const done = new Map([...status, ['slow check', 'passed'], ['after', 'passed']] as const);
    expect(dueSteps(steps, done).map((s) => s.name)).toEqual(['upload']);
  });
  it('starts nothing after a failure', () => {
    const status = new Map([
      ['check', 'passed'],
      ['slow check', 'failed'],
      ['upload', 'waiting'],
      ['after', 'waiting'],
    ] as const);
    expect(dueSteps(steps, status)).toEqual([]);
  });
});

describe('runGraph', () => {
  it('runs independent steps side by side and a dependant after its need', async () => {
    const trace: Trace = { events: [] };
    const a = gate();
    const b = gate();
    const run = runGraph(
      [step('a', { wait: a.promise }), step('b', { wait: b.promise }), step('c', { needs: ['a'] })],
      trace,
      new Pipeline(),
    );
    await new Promise((resolve) => setImmediate(resolve));
    // Both started before either ended.
    expect(trace.events).toEqual(['start a', 'start b']);
    a.open();
    await new Promise((resolve) => setImmediate(resolve));
    expect(trace.events).toEqual(['start a', 'start b', 'end a', 'start c', 'end c']);
    b.open();
    await run;
    expect(trace.events.at(-1)).toBe('end b');
  });

  it('starts a side effect only once every check has passed', async () => {
    const trace: Trace = { events: [] };
    const slow = gate();
    const run = runGraph(
      [
        step('build'),
        step('slow check', { wait: slow.promise }),
        step('upload', { needs: ['build'], sideEffect: true }),
      ],
      trace,
      new Pipeline(),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(trace.events).not.toContain('start upload');
    slow.open();
    await run;
    expect(trace.events.indexOf('start upload')).toBeGreaterThan(
      trace.events.indexOf('end slow check'),
    );
  });

  it('after a failure starts nothing new, lets running steps finish, throws the first declared failure', async () => {
    const trace: Trace = { events: [] };
    const pipeline = new Pipeline();
    const first = gate();
    const run = runGraph(
      [
        step('first', { wait: first.promise, fail: 'first broke' }),
        step('second', { fail: 'second broke' }),
        step('third', { needs: ['second'] }),
        step('upload', { sideEffect: true }),
      ],
      trace,
      pipeline,
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(trace.events).toEqual(['start first', 'start second', 'end second']);
    first.open();
    await expect(run).rejects.toThrow('first broke');
    expect(trace.events).not.toContain('start third');
    expect(trace.events).not.toContain('start upload');
    expect(pipeline.records.map((r) => [r.name, r.status])).toEqual([
      ['second', 'failed'],
      ['first', 'failed'],
    ]);
  });

  it('records a noted step without running it, and runs what needs it', async () => {
    const trace: Trace = { events: [] };
    const pipeline = new Pipeline();
    await runGraph(
      [step('build', { note: 'dist-dir: wheels/' }), step('inspect', { needs: ['build'] })],
      trace,
      pipeline,
    );
    expect(trace.events).toEqual(['start inspect', 'end inspect']);
    expect(pipeline.records).toMatchObject([
      { name: 'build', status: 'skipped', detail: 'dist-dir: wheels/' },
      { name: 'inspect', status: 'passed', detail: 'inspect done' },
    ]);
  });

  it('a note that throws fails its step; the steps already running still finish', async () => {
    const trace: Trace = { events: [] };
    const pipeline = new Pipeline();
    const slow = gate();
    const broken: Step<Trace> = {
      name: 'plan',
      needs: ['quick'],
      sideEffect: false,
      note: () => {
        throw new Error('plan broke');
      },
      run: () => Promise.resolve('never'),
    };
    const run = runGraph(
      [step('slow', { wait: slow.promise }), step('quick'), broken],
      trace,
      pipeline,
    );
    await new Promise((resolve) => setImmediate(resolve));
    slow.open();
    await expect(run).rejects.toThrow('plan broke');
    expect(trace.events).toContain('end slow');
    expect(pipeline.records.find((r) => r.name === 'plan')?.status).toBe('failed');
  });
});
