// The GitHub release body: the changelog section for the version (as Markdown, converted when
// the changelog is reStructuredText), followed by the installation, upgrade and full-changelog
// parts of the release guide's notes template, and how to verify the files when they are
// attested. Pure.
import { rstToMarkdown } from './rst-to-markdown.js';

export interface ReleaseNotesInput {
  readonly projectName: string;
  /** PEP 440 normal form, what pip installs. */
  readonly version: string;
  readonly prerelease: boolean;
  readonly tag: string;
  readonly previousTag: string | undefined;
  /** The changelog section's body, or undefined when there is no changelog. */
  readonly changelogSection: string | undefined;
  /** `https://github.com/owner/repo`, when known. */
  readonly repositoryUrl: string | undefined;
  /** Changelog path relative to the repository root, for the link to it. */
  readonly changelogFile: string | undefined;
  /** The changelog's markup; an RST section is converted to Markdown. */
  readonly changelogFormat?: 'markdown' | 'rst';
  /**
   * How to verify the files (the "Verifying" part githubAttestationNotes gives), placed after
   * the upgrade notes; omitted when undefined.
   */
  readonly verification?: string;
}

const FENCE = '```';

export function releaseNotes(input: ReleaseNotesInput): string {
  const { projectName: name, version, repositoryUrl: repo } = input;
  const parts: string[] = [];
  const section =
    input.changelogFormat === 'rst' && input.changelogSection
      ? rstToMarkdown(input.changelogSection)
      : input.changelogSection;
  parts.push(section?.trim() || `Release ${version} of ${name}.`);
  parts.push(
    [
      '## Installation',
      '',
      `${FENCE}bash`,
      `pip install ${name}==${version}`,
      FENCE,
      '',
      'Or with uv:',
      '',
      `${FENCE}bash`,
      `uv add ${name}==${version}`,
      FENCE,
    ].join('\n'),
  );
  parts.push(
    [
      '## Upgrade',
      '',
      `${FENCE}bash`,
      `pip install --upgrade ${input.prerelease ? '--pre ' : ''}${name}`,
      FENCE,
    ].join('\n'),
  );
  if (input.verification?.trim()) parts.push(input.verification.trim());
  if (repo) {
    // One "Full Changelog" line, as GitHub's generated notes write it; no heading repeating it.
    const lines: string[] = [];
    lines.push(
      input.previousTag
        ? `**Full Changelog**: [${input.previousTag}...${input.tag}](${repo}/compare/${input.previousTag}...${input.tag})`
        : `**Full Changelog**: [${input.tag}](${repo}/commits/${input.tag})`,
    );
    if (input.changelogFile) {
      lines.push(
        '',
        `See [${input.changelogFile.split('/').pop()}](${repo}/blob/${input.tag}/${input.changelogFile}) for complete details.`,
      );
    }
    parts.push(lines.join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
