import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../../src/pipeline.js';
import {
  dueSteps,
  guardedState,
  runGraph,
  validateGraph,
  type Step,
} from '../../../src/release/step-graph.js';

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

describe('validateGraph: what steps read and write', () => {
  const io = (
    name: string,
    needs: string[],
    declared: Pick<Step<unknown>, 'reads' | 'mayRead' | 'writes'>,
    sideEffect = false,
  ): Step<unknown> => ({ name, needs, sideEffect, ...declared });

  it('refuses a read that no step it needs writes', () => {
    expect(() =>
      validateGraph([
        io('build', [], { writes: ['dist'] }),
        io('inspect', [], { reads: ['dist'] }),
      ]),
    ).toThrow(/"inspect" reads dist, which no step it needs writes/);
    expect(() => validateGraph([io('inspect', [], { reads: ['dist'] })])).toThrow(/reads dist/);
  });
  it('accepts a read written by a step it needs, directly or through others', () => {
    expect(() =>
      validateGraph([
        io('build', [], { writes: ['dist'] }),
        io('inspect', ['build'], { writes: ['inspection'] }),
        io('test', ['inspect'], { reads: ['dist', 'inspection'] }),
      ]),
    ).not.toThrow();
  });
  it('lets a side effect read what any check writes: it starts after all of them', () => {
    expect(() =>
      validateGraph([
        io('inspect', [], { writes: ['inspection'] }),
        io('upload', [], { reads: ['inspection'] }, true),
      ]),
    ).not.toThrow();
    expect(() =>
      validateGraph([
        io('upload', [], { writes: ['url'] }, true),
        io('release', [], { reads: ['url'] }, true),
      ]),
    ).toThrow(/"release" reads url/);
  });
  it('refuses a result it may read when a step writing it may run beside it', () => {
    const graph = (needs: string[]) => [
      io('set up uv', [], { writes: ['uv'] }),
      io('inspect', [], {}),
      io('test', needs, { mayRead: ['uv'] }),
    ];
    expect(() => validateGraph(graph(['inspect']))).toThrow(
      /"test" may read uv, written by set up uv, which may run beside it/,
    );
    expect(() => validateGraph(graph(['inspect', 'set up uv']))).not.toThrow();
    // Absent from the graph, or written after it: nothing runs beside it.
    expect(() => validateGraph([io('test', [], { mayRead: ['uv'] })])).not.toThrow();
    expect(() =>
      validateGraph([
        io('upload 1', [], { mayRead: ['done'], writes: ['done'] }, true),
        io('upload 2', ['upload 1'], { mayRead: ['done'], writes: ['done'] }, true),
      ]),
    ).not.toThrow();
  });
});

type Bag = Record<string, unknown>;

describe('guardedState', () => {
  const results = new Set(['dist', 'inspection']);
  const declared = (declared: Pick<Step<Bag>, 'reads' | 'mayRead' | 'writes'>): Step<Bag> => ({
    name: 'inspect',
    needs: [],
    sideEffect: false,
    ...declared,
  });

  it('lets a step read and write what it declares, and what every step is given', () => {
    const state: Bag = { dist: 'dist/', inputs: { dryRun: true } };
    const view = guardedState(
      state,
      declared({ reads: ['dist'], writes: ['inspection'] }),
      results,
    );
    expect(view.dist).toBe('dist/');
    expect(view.inputs).toEqual({ dryRun: true });
    view.inspection = 'found';
    expect(state.inspection).toBe('found');
  });
  it('refuses an undeclared read or write, and a declared read not yet written', () => {
    const state: Bag = { dist: 'dist/' };
    const view = guardedState(state, declared({ writes: ['inspection'] }), results);
    expect(() => view.dist).toThrow(/"inspect" reads dist, which it does not declare/);
    expect(() => (view.dist = 'x')).toThrow(/"inspect" writes dist, which it does not declare/);
    expect(() => (view.inputs = {})).toThrow(/writes inputs/);
    expect(() => guardedState({} as Bag, declared({ reads: ['dist'] }), results)).toThrow(
      /"inspect" started before dist was written/,
    );
  });
  it('a step that breaks its declarations fails its step in the run', async () => {
    const steps: Step<Record<string, unknown>>[] = [
      {
        name: 'sneaky',
        needs: [],
        sideEffect: false,
        run: async (state) => `${String(state.dist)}`,
      },
    ];
    await expect(runGraph(steps, { dist: 'x' }, new Pipeline(), results)).rejects.toThrow(
      /"sneaky" reads dist, which it does not declare/,
    );
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
