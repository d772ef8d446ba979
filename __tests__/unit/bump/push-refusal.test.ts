// Why origin refused a bump's push, from git's own output for each case.
import { describe, expect, it } from 'vitest';
import { pushRefusal } from '../../../src/bump/push-refusal.js';

const porcelain = (reason: string) =>
  `To github.com:octo/pkg.git\n!\tHEAD:refs/heads/main\t${reason}\nDone\n`;

describe('pushRefusal', () => {
  it('names a protected branch (GH006, GH013 rulesets), not a branch that moved', () => {
    for (const stderr of [
      'remote: error: GH006: Protected branch update failed for refs/heads/main.\nremote: error: Changes must be made through a pull request.\n',
      'remote: error: GH013: Repository rule violations found for refs/heads/main.\n',
    ]) {
      const refusal = pushRefusal('main', 'v1.2.0', {
        stdout: porcelain('[remote rejected] (protected branch hook declined)'),
        stderr,
      });
      expect(refusal.title).toBe('Protected branch');
      expect(refusal.message).toContain('main is protected on origin');
      expect(refusal.message).toContain('neither the commit nor the tag v1.2.0 was pushed');
      expect(refusal.message).not.toContain('moved on origin');
    }
  });

  it('says the branch moved on a non-fast-forward, and to run again', () => {
    const refusal = pushRefusal('main', 'v1.2.0', {
      stdout: porcelain('[rejected] (fetch first)'),
      stderr:
        'error: failed to push some refs\nhint: Updates were rejected because the remote contains work',
    });
    expect(refusal).toMatchObject({ title: 'Push failed' });
    expect(refusal.message).toContain('main moved on origin');
    expect(refusal.message).toContain('Run the workflow again');
  });

  it("shows git's words for any other refusal, a hook's included", () => {
    const refusal = pushRefusal('main', 'v1.2.0', {
      stdout: porcelain('[remote rejected] (pre-receive hook declined)'),
      stderr: 'remote: signed commits only\n',
    });
    expect(refusal.title).toBe('Push failed');
    expect(refusal.message).toContain('remote: signed commits only');
    expect(refusal.message).not.toContain('moved on origin');
  });
});
