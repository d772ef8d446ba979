export { scanMarkdown } from './markdown.js';
export type { ChangelogFormat, HeadingStyle, LinkReference, RawHeading } from './markup.js';
export { adornmentChar, scanRst, sniffFormat } from './rst.js';
export { scanStrongTitles } from './strong.js';
