// entry_points.txt as Python's configparser reads it, then the script-name check.
import { describe, expect, it } from 'vitest';
import { entryPointProblem } from '../../../src/pypi-rules/entry-points.js';

describe('entryPointProblem', () => {
  it.each([
    ['[console_scripts]\ndemo = demo.cli:main\n# comment\n; other\n\n[demo.plugins]\nx = y\n'],
    ['[console_scripts]\ndemo = demo.cli:main\n  [extra]\n'], // a continuation line
    ['[gui_scripts]\nDemo.App_2 = demo:app\n'],
    ['[console_scripts]\nnaïve = demo:main\n'], // \w is Unicode
    ['[Demo]\na = 1\n[demo]\na = 2\n'], // sections are case-sensitive
    ['[DEFAULT]\n[DEFAULT]\n'], // DEFAULT may repeat
    [''],
  ])('accepts %j', (text) => {
    expect(entryPointProblem(text)).toBeUndefined();
  });

  it.each([
    ['demo = x\n', /before any \[section\]/],
    ['[console_scripts]\ndemo\n', /is not "name = value"/],
    ['[console_scripts]\n= demo:main\n', /is not "name = value"/],
    ['[console_scripts]\ndemo: demo:main\n', /is not "name = value"/], // only "=" delimits
    ['[a]\n[a]\n', /section \[a\] appears twice/],
    ['[console_scripts]\nx = a\nx = b\n', /x appears twice in \[console_scripts\]/],
    ['[console_scripts]\nbin/demo = demo:main\n', /invalid entry point name "bin\/demo"/],
    ['[gui_scripts]\nde mo = demo:main\n', /invalid entry point name "de mo"/],
    ['[DEFAULT]\n/x = y\n[console_scripts]\n', /invalid entry point name "\/x"/],
  ])('refuses %j', (text, says) => {
    expect(entryPointProblem(text)).toMatch(says);
  });

  it('leaves the names of other groups alone', () => {
    expect(entryPointProblem('[pytest11]\nmy/plugin = demo.plugin\n')).toBeUndefined();
  });
});
