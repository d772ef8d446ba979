export {
  changelogMarkup,
  headingForm,
  markupOfFileName,
  releasesOverTitles,
  titlesWhenNoRelease,
} from './format-registry.js';
export type {
  ChangelogFormat,
  ChangelogMarkup,
  HeadingForm,
  HeadingStyle,
  LinkReference,
  RawHeading,
} from './markup.js';
export { adornmentChar } from './rst-scan.js';
export { sniffFormat } from './sniff.js';
