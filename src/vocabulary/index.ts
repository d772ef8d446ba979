export {
  audienceNow,
  byAudience,
  FLAGS,
  option,
  optionTitle,
  setting,
  speakTo,
  theOption,
} from './vocabulary.js';
export type { Audience, Flag } from './vocabulary.js';
