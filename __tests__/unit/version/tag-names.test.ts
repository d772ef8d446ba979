import { describe, expect, it } from 'vitest';
import { projectNameEnd, projectTagNames } from '../../../src/version/tag-names.js';

describe('projectTagNames', () => {
  it('is the distribution name, canonical, first', () => {
    expect(projectTagNames({ name: 'Foo_Bar' })).toEqual(['foo-bar']);
    expect(projectTagNames({ name: 'mypkg', repository: 'octo/hello-pyrelease' })).toEqual([
      'mypkg',
    ]);
    expect(projectTagNames({ name: undefined, repository: 'octo/mypkg' })).toEqual([]);
    expect(projectTagNames({ name: 'not a name!' })).toEqual([]);
  });

  it('adds the repository or import name when it is clearly the same name', () => {
    expect(
      projectTagNames({
        name: 'djangorestframework',
        repository: 'encode/django-rest-framework',
      }),
    ).toEqual(['djangorestframework', 'django-rest-framework']);
    expect(
      projectTagNames({ name: 'elasticsearch', repository: 'elastic/elasticsearch-py' }),
    ).toEqual(['elasticsearch', 'elasticsearch-py']);
    expect(projectTagNames({ name: 'PyYAML', importName: 'yaml' })).toEqual(['pyyaml', 'yaml']);
    expect(projectTagNames({ name: 'hello-pyrelease', importName: 'hello_pyrelease' })).toEqual([
      'hello-pyrelease',
    ]);
  });

  it('adds the rest of the name in a repository named after its start (psycopg-pool: pool-3.3.1)', () => {
    expect(projectTagNames({ name: 'psycopg-pool', repository: 'psycopg/psycopg' })).toEqual([
      'psycopg-pool',
      'pool',
    ]);
    expect(projectTagNames({ name: 'psycopg', repository: 'psycopg/psycopg' })).toEqual([
      'psycopg',
    ]);
    expect(projectTagNames({ name: 'psycopgpool', repository: 'psycopg/psycopg' })).toEqual([
      'psycopgpool',
    ]);
  });

  it('leaves out a repository or import name that is another name', () => {
    expect(projectTagNames({ name: 'hatchling', repository: 'pypa/hatch' })).toEqual(['hatchling']);
    expect(projectTagNames({ name: 'scikit-learn', importName: 'sklearn' })).toEqual([
      'scikit-learn',
    ]);
    expect(projectTagNames({ name: 'py', repository: 'pytest-dev/py' })).toEqual(['py']);
  });
});

describe('projectNameEnd', () => {
  it('finds where the name ends, compared as PEP 503 compares names', () => {
    expect(projectNameEnd('foo-bar-1.0', 'foo-bar')).toBe(7);
    expect(projectNameEnd('Foo_Bar-1.0', 'foo-bar')).toBe(7);
    expect(projectNameEnd('foo._-bar==1.0', 'foo-bar')).toBe(9);
    expect(projectNameEnd('foobar-1.0', 'foo-bar')).toBeUndefined();
    expect(projectNameEnd('foo-baz-1.0', 'foo-bar')).toBeUndefined();
    expect(projectNameEnd('fo', 'foo')).toBeUndefined();
  });
});
