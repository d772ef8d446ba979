import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Pipeline, recordOutput, watchSteps } from '../../src/pipeline.js';

let printed: string[];

beforeEach(() => {
  printed = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  });
});

afterEach(() => vi.restoreAllMocks());

/** A promise and the function that settles it. */
function gate(): [Promise<void>, () => void] {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return [promise, open];
}

describe('Pipeline: output while a step runs', () => {
  it("prints the first step's lines at once, in its group opened when it starts", async () => {
    const pipeline = new Pipeline();
    const [wait, go] = gate();
    const running = pipeline.step('Build', async () => {
      recordOutput('* Building sdist...');
      await wait;
      recordOutput('Successfully built');
      return 'python -m build';
    });
    await Promise.resolve();
    // The step still runs: its group is open and its first line is out.
    expect(printed).toEqual(['::group::Build', '* Building sdist...']);
    go();
    await running;
    expect(printed.slice(2)).toEqual([
      'Successfully built',
      expect.stringMatching(/^Build: passed in \d+\.\d s$/),
      '::endgroup::',
    ]);
  });

  it('keeps the lines of a step that runs beside the printing one for a group of its own', async () => {
    const pipeline = new Pipeline();
    const [holdA, releaseA] = gate();
    const [holdC, releaseC] = gate();
    const a = pipeline.step('A', async () => {
      recordOutput('a1');
      await holdA;
      recordOutput('a2');
    });
    const b = pipeline.step('B', async () => {
      recordOutput('b1');
      throw new Error('b broke');
    });
    const c = pipeline.step('C', async () => {
      recordOutput('c1');
      await holdC;
      recordOutput('c2');
    });
    await b.catch(() => undefined);
    expect(printed).toEqual(['::group::A', 'a1']);
    releaseA();
    await a;
    // A closes; B, ended meanwhile, prints whole; C, still running, takes the log.
    expect(printed).toEqual([
      '::group::A',
      'a1',
      'a2',
      expect.stringMatching(/^A: passed in /),
      '::endgroup::',
      expect.stringMatching(/^::group::B \(failed, \d+\.\d s\)$/),
      'b1',
      expect.stringMatching(/^B: failed in /),
      '::endgroup::',
      '::group::C',
      'c1',
    ]);
    releaseC();
    await c;
    expect(printed.slice(-3)).toEqual([
      'c2',
      expect.stringMatching(/^C: passed in /),
      '::endgroup::',
    ]);
    expect(pipeline.records.map((record) => [record.name, record.status])).toEqual([
      ['B', 'failed'],
      ['A', 'passed'],
      ['C', 'passed'],
    ]);
  });

  it('tells watchers when steps start and end', async () => {
    const seen: string[] = [];
    const stop = watchSteps({
      started: (name) => seen.push(`start ${name}`),
      ended: (name) => seen.push(`end ${name}`),
    });
    await new Pipeline().step('Validate', async () => 'ok');
    stop();
    await new Pipeline().step('Unwatched', async () => 'ok');
    expect(seen).toEqual(['start Validate', 'end Validate']);
  });

  it('says so when a step printed nothing', async () => {
    await new Pipeline().step('Quiet', async () => 'ok');
    expect(printed).toContain('No tool output.');
  });
});
