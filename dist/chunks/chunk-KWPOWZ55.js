import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  LEVELS,
  READ_LIMITS,
  TextLines,
  annotate,
  changelogFormat,
  changelogMarkup,
  currentBranch,
  fileSystemReader,
  findRelease,
  git,
  headCommit,
  headingForm,
  headingMarkup,
  isOnRemoteBranch,
  latestVersionTag,
  listTags,
  lockedProjects,
  parseChangelog,
  prefixForNewTag,
  previousTag,
  projectNameEnd,
  readIncrementalVersion,
  readNotesFile,
  readVersionTuple,
  remoteBranches,
  repoPath,
  runCheck,
  splitText,
  statusOf,
  tagCommit,
  taggedVersions,
  tagsMergedInto
} from "./chunk-TSZ2XSFJ.js";
import {
  require_semver
} from "./chunk-IS577UVD.js";
import {
  outputTail,
  runCommand,
  showCommand
} from "./chunk-WNMN2RH2.js";
import {
  canonicalProjectName,
  comparePep440,
  parsePep440,
  samePep440
} from "./chunk-CGYPN3IW.js";
import {
  option,
  setting
} from "./chunk-SINCDJQB.js";
import {
  which
} from "./chunk-7OOC5VYS.js";
import {
  annotation,
  info
} from "./chunk-QJ74AIE5.js";
import {
  UserError
} from "./chunk-M3OTX3ED.js";
import {
  __commonJS,
  __toESM
} from "./chunk-HN3VUIRH.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path4, { windows } = {}) => {
      const segs = path4.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan2 = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan2(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants;
    module.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch, pico);
    module.exports = picomatch;
  }
});

// src/bump/run-bump.ts
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path3 from "node:path";

// src/files/editable-lines.ts
function splitLines(text) {
  const lines = new TextLines(text);
  return {
    bom: lines.bom ? "\uFEFF" : "",
    eol: lines.dominantEol(),
    texts: lines.texts(),
    ends: Array.from({ length: lines.count }, (_, index) => lines.terminator(index))
  };
}
function joinLines(lines) {
  return lines.bom + lines.texts.map((text, index) => text + lines.ends[index]).join("");
}
function insertLines(lines, index, added) {
  if (added.length === 0) return;
  const atEnd = index >= lines.texts.length;
  lines.texts.splice(index, 0, ...added);
  lines.ends.splice(index, 0, ...added.map(() => lines.eol));
  if (atEnd) {
    lines.ends[index - 1] = lines.eol;
    lines.ends[lines.ends.length - 1] = "";
  }
}

// src/changelog/roll.ts
var LINK_REFERENCE = /^(\s{0,3}\[([^\]]+)\]:\s*)(\S+)/;
var REPOSITORY_IN_URL = /^(https?:\/\/.+?)\/(?:compare|releases\/tag|tree|commits?)\//;
function repositoryToLink(changelog, given) {
  if (!changelogMarkup(changelog.format).linkReferences) return void 0;
  const url = given?.trim();
  if (url) return url.replace(/\/+$/, "").replace(/\.git$/, "");
  for (const link of changelog.links.values()) {
    const match = REPOSITORY_IN_URL.exec(link.url);
    if (match?.[1]) return match[1];
  }
  return void 0;
}
function hasNotes(section, format) {
  const markup = changelogMarkup(format);
  const lines = section.body.split("\n");
  return lines.some((line, index) => markup.isNoteLine(line, lines[index + 1] ?? ""));
}
function releaseStyle(changelog, format) {
  const style = changelog.unreleased?.style ?? changelog.releases[0]?.style;
  return style ?? changelogMarkup(format).releaseStyle;
}
function insertSection(lines, index, heading) {
  const added = [...heading, ""];
  if (index > 0 && lines.texts[index - 1].trim() !== "") added.unshift("");
  insertLines(lines, index, added);
  return added.length;
}
function unreleasedName(format, section) {
  return section ? `"${headingMarkup(section)}"` : changelogMarkup(format).unreleasedSection;
}
var Links = class {
  constructor(lines, changelog) {
    this.lines = lines;
    for (const [label, link] of changelog.links) this.indexes.set(label, link.line - 1);
  }
  lines;
  indexes = /* @__PURE__ */ new Map();
  shift(from, count) {
    for (const [label, index] of this.indexes) {
      if (index >= from) this.indexes.set(label, index + count);
    }
  }
  has(label) {
    return this.indexes.has(label.toLowerCase());
  }
  /** Points an existing reference at `url`, keeping its label as written; false when missing. */
  update(label, url) {
    const index = this.indexes.get(label.toLowerCase());
    if (index === void 0) return false;
    const text = this.lines.texts[index];
    const match = LINK_REFERENCE.exec(text);
    if (!match?.[1] || !match[3]) return false;
    this.lines.texts[index] = match[1] + url + text.slice(match[1].length + match[3].length);
    return true;
  }
  insert(index, label, url) {
    insertLines(this.lines, index, [`[${label}]: ${url}`]);
    this.shift(index, 1);
    this.indexes.set(label.toLowerCase(), index);
  }
  indexOf(label) {
    return this.indexes.get(label.toLowerCase());
  }
  /** Where new references go: above the first release's reference, else after the last one. */
  placeForNew(changelog) {
    const releaseLabels = new Set(
      changelog.releases.flatMap((release2) => [release2.version.toLowerCase(), release2.normalized])
    );
    const release = [...this.indexes].filter(([label]) => releaseLabels.has(label.replace(/^v/, ""))).map(([, index]) => index);
    if (release.length > 0) return Math.min(...release);
    const all = [...this.indexes.values()];
    return all.length > 0 ? Math.max(...all) + 1 : void 0;
  }
};
function openBlockAtEnd(lines) {
  let end = lines.texts.length;
  while (end > 0 && lines.texts[end - 1].trim() === "") end--;
  insertLines(lines, end, [""]);
  return end + 1;
}
function newestBelow(changelog, version) {
  return changelog.releases.filter((release) => comparePep440(release.normalized, version) < 0).sort((a, b) => comparePep440(b.normalized, a.normalized))[0];
}
function checkRollInputs(file, options) {
  const version = parsePep440(options.version);
  if (!version) {
    throw new UserError(
      `Cannot roll ${file} to ${JSON.stringify(options.version)}: it is not a PEP 440 version.`,
      "Invalid version",
      { file }
    );
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
    throw new UserError(
      `The release date must be written YYYY-MM-DD, not ${JSON.stringify(options.date)}.`,
      "Invalid date",
      { file }
    );
  }
  return version;
}
function sectionToRoll(changelog, file, options, version) {
  const { format, unreleased } = changelog;
  if (!unreleased) {
    throw new UserError(
      `${file} has no ${unreleasedName(format).replace(/^an? /, "")} to release as ${options.version}. Add one above the releases with the notes for this release${changelogMarkup(format).notesHint}.`,
      "No Unreleased section",
      { file, line: 1 }
    );
  }
  if (!options.allowEmpty && !hasNotes(unreleased, format)) {
    throw new UserError(
      `The ${unreleasedName(format, unreleased)} section of ${file} (line ${unreleased.line}) is empty, so ${options.version} would be released without notes. Add entries under it, or set ${setting("changelog-entry", "optional")} to release anyway.`,
      "Empty Unreleased section",
      { file, line: unreleased.line }
    );
  }
  const existing = findRelease(changelog, version.normalized);
  if (existing) {
    throw new UserError(
      `${file} already has a section for ${existing.version} on line ${existing.line}, so rolling the Unreleased section into it would make a second one. Move its notes into the Unreleased section and delete the heading, or choose another version.`,
      "Version already in changelog",
      { file, line: existing.line }
    );
  }
  return unreleased;
}
function retitleUnreleased(lines, links, unreleased, options) {
  const style = unreleased.style;
  const form = headingForm(style);
  const first = unreleased.firstLine - 1;
  const title = form.releaseTitle(options.version, options.date);
  const released = form.retitled(style, lines.texts[unreleased.line - 1], title);
  released.forEach((line, offset) => lines.texts[first + offset] = line);
  const fresh = form.lines(style, form.unreleasedTitle(unreleased.heading));
  const added = insertSection(lines, first, fresh);
  links.shift(first, added);
}
function updateCompareLinks(lines, links, changelog, repository, options, version) {
  const prefix = options.tagPrefix ?? "v";
  const tag = options.tag ?? `${prefix}${options.version}`;
  const below = newestBelow(changelog, version.normalized);
  const previousTag2 = options.previousTag ?? (below ? `${prefix}${below.version}` : void 0);
  const unreleasedUrl = `${repository}/compare/${tag}...HEAD`;
  const versionUrl = previousTag2 ? `${repository}/compare/${previousTag2}...${tag}` : `${repository}/releases/tag/${tag}`;
  if (!links.update("unreleased", unreleasedUrl)) {
    const place = links.indexOf(options.version) ?? links.placeForNew(changelog) ?? openBlockAtEnd(lines);
    links.insert(place, "unreleased", unreleasedUrl);
  }
  if (!links.update(options.version, versionUrl)) {
    links.insert(links.indexOf("unreleased") + 1, options.version, versionUrl);
  }
}
function rollChangelog(text, options) {
  const file = options.file ?? "CHANGELOG.md";
  const format = options.format ?? changelogFormat(file, text);
  const version = checkRollInputs(file, options);
  const changelog = parseChangelog(text, { format });
  const unreleased = sectionToRoll(changelog, file, options, version);
  const lines = splitLines(text);
  const links = new Links(lines, changelog);
  retitleUnreleased(lines, links, unreleased, options);
  const repository = repositoryToLink(changelog, options.repositoryUrl);
  if (repository !== void 0) {
    updateCompareLinks(lines, links, changelog, repository, options, version);
  }
  return joinLines(lines);
}
function addUnreleasedSection(text, options = {}) {
  const format = options.format ?? changelogFormat(options.file ?? "CHANGELOG.md", text);
  const changelog = parseChangelog(text, { format });
  if (changelog.unreleased) return text;
  const lines = splitLines(text);
  const links = new Links(lines, changelog);
  const style = releaseStyle(changelog, format);
  const form = headingForm(style);
  const fresh = form.lines(style, form.unreleasedTitle(void 0));
  const top = changelog.releases.reduce(
    (first, release) => first === void 0 || release.firstLine < first ? release.firstLine : first,
    void 0
  );
  if (top === void 0) {
    insertLines(lines, openBlockAtEnd(lines), fresh);
    return joinLines(lines);
  }
  const index = top - 1;
  links.shift(index, insertSection(lines, index, fresh));
  const repository = repositoryToLink(changelog, options.repositoryUrl);
  const newest = [...changelog.releases].sort(
    (a, b) => comparePep440(b.normalized, a.normalized)
  )[0];
  if (repository === void 0 || newest === void 0 || links.has("unreleased")) {
    return joinLines(lines);
  }
  const url = `${repository}/compare/${options.tagPrefix ?? "v"}${newest.version}...HEAD`;
  links.insert(links.placeForNew(changelog) ?? openBlockAtEnd(lines), "unreleased", url);
  return joinLines(lines);
}

// src/version/bump.ts
var import_semver = __toESM(require_semver(), 1);
var BUMP_LEVELS = [
  "patch",
  "minor",
  "major",
  "prepatch",
  "preminor",
  "premajor",
  "prerelease"
];
var PREIDS = ["alpha", "beta", "rc"];
var DEFAULT_PREID = "rc";
var PHASE_RANK = { a: 0, b: 1, rc: 2 };
var PHASE_OF = { alpha: "a", beta: "b", rc: "rc" };
var PREID_OF = { a: "alpha", b: "beta", rc: "rc" };
function toParts(version) {
  const pre = version.pre ? [version.pre[0], version.pre[1]] : null;
  return {
    epoch: version.epoch,
    release: version.release,
    pre,
    post: version.post,
    dev: version.dev
  };
}
function stringify(parts) {
  return (parts.epoch ? `${parts.epoch}!` : "") + parts.release.join(".") + (parts.pre ? `${parts.pre[0]}${parts.pre[1]}` : "") + (parts.post !== null ? `.post${parts.post}` : "") + (parts.dev !== null ? `.dev${parts.dev}` : "");
}
function step(parts, index, pre = null) {
  const release = [0, 1, 2].map((position) => {
    const value = parts.release[position] ?? 0;
    return position < index ? value : position === index ? value + 1 : 0;
  });
  return { epoch: parts.epoch, release, pre, post: null, dev: null };
}
function final(parts) {
  return { epoch: parts.epoch, release: parts.release, pre: null, post: null, dev: null };
}
function leadsToRelease(parts) {
  return parts.pre !== null || parts.dev !== null && parts.post === null;
}
function zerosFrom(parts, index) {
  return parts.release.slice(index).every((value) => value === 0);
}
function phaseOf(preid) {
  if (preid === void 0) return void 0;
  const phase = PHASE_OF[preid];
  if (phase === void 0) {
    throw new UserError(
      `preid must be one of ${PREIDS.join(", ")}, not ${JSON.stringify(preid)}.`,
      "Invalid input"
    );
  }
  return phase;
}
function bumpParts(parts, level, preid) {
  const startPhase = preid ?? PHASE_OF[DEFAULT_PREID];
  switch (level) {
    case "patch":
      if (leadsToRelease(parts)) return final(parts);
      if (parts.dev !== null) return { ...parts, dev: null };
      return step(parts, 2);
    case "minor":
      return leadsToRelease(parts) && zerosFrom(parts, 2) ? final(parts) : step(parts, 1);
    case "major":
      return leadsToRelease(parts) && zerosFrom(parts, 1) ? final(parts) : step(parts, 0);
    case "prepatch":
      return step(parts, 2, [startPhase, 1]);
    case "preminor":
      return step(parts, 1, [startPhase, 1]);
    case "premajor":
      return step(parts, 0, [startPhase, 1]);
    case "prerelease":
      return nextPrerelease(parts, preid);
  }
}
function nextPrerelease(parts, preid) {
  const current = parts.pre;
  if (current === null) {
    const phase2 = preid ?? PHASE_OF[DEFAULT_PREID];
    return leadsToRelease(parts) ? { ...final(parts), pre: [phase2, 1] } : step(parts, 2, [phase2, 1]);
  }
  const [phase, number] = current;
  const wanted = preid ?? phase;
  if (PHASE_RANK[wanted] < PHASE_RANK[phase]) {
    throw new UserError(
      `Cannot make a ${PREID_OF[wanted]} pre-release after ${stringify(parts)}: ${PREID_OF[wanted]} comes before ${PREID_OF[phase]} (a < b < rc), so the version would go backwards. Use preid ${PREID_OF[phase]} (or a later phase), finalise with bump: patch, or give the version explicitly.`,
      "Backward pre-release"
    );
  }
  if (wanted !== phase) return { ...final(parts), pre: [wanted, 1] };
  if (parts.dev !== null) return { ...parts, dev: null };
  return { ...final(parts), pre: [phase, number + 1] };
}
function parseCurrent(current) {
  const parsed = parsePep440(current);
  if (!parsed) {
    throw new UserError(
      `The current version ${JSON.stringify(current)} is not a PEP 440 version, so there is no next version to compute. Fix it in the files first (X.Y.Z, X.Y.ZrcN, X.Y.Z.postN).`,
      "Invalid version"
    );
  }
  return parsed;
}
function explicitVersion(current, text) {
  const wanted = parsePep440(text);
  if (!wanted) {
    throw new UserError(
      `bump must be one of ${BUMP_LEVELS.join(", ")} or a PEP 440 version such as 1.2.3 or 1.2.3rc1 (each number below 10^16), not ${JSON.stringify(text)}.`,
      "Invalid bump"
    );
  }
  if (wanted.local !== null) {
    throw new UserError(
      `${text} has a local version part (+${wanted.local}), which PyPI refuses. Give a public version such as ${wanted.normalized.split("+")[0]}.`,
      "Invalid bump"
    );
  }
  const order = comparePep440(wanted.normalized, current.normalized);
  if (order <= 0) {
    throw new UserError(
      `The new version ${text} must be greater than the current version ${current.normalized}, but it is ${order === 0 ? "the same version" : "lower"}. Give a higher version, or a bump level (${BUMP_LEVELS.join(", ")}).`,
      "Version not greater"
    );
  }
  return wanted.normalized;
}
function projectVersionStyle(current, tags) {
  const semver2 = /\d-(?:alpha|beta|rc)\.\d/;
  return semver2.test(current) || tags.some((tag) => semver2.test(tag)) ? "semver" : "pep440";
}
function nextVersion(current, bump, options) {
  const parsed = parseCurrent(current);
  const level = bump.trim().toLowerCase();
  const preid = phaseOf(options.preid);
  let pep440 = BUMP_LEVELS.includes(level) ? stringify(bumpParts(toParts(parsed), level, preid)) : explicitVersion(parsed, bump.trim());
  if (options.style === "pep440") return { pep440, written: pep440 };
  const written = toSemverSpelling(pep440);
  if (written === void 0) {
    throw new UserError(
      `${pep440} has no SemVer spelling, and this project writes its versions as SemVer (X.Y.Z, X.Y.Z-alpha.N, X.Y.Z-beta.N, X.Y.Z-rc.N). Give the bump an explicit version SemVer can spell, or write the version in PEP 440 form (1.2.0rc1) first.`,
      "No SemVer spelling"
    );
  }
  pep440 = fromSemverSpelling(written) ?? pep440;
  return { pep440, written };
}
function toSemverSpelling(pep440) {
  const parsed = parsePep440(pep440);
  if (!parsed || parsed.epoch !== 0 || parsed.post !== null || parsed.dev !== null)
    return void 0;
  if (parsed.local !== null || parsed.release.length > 3) return void 0;
  const [major = 0, minor = 0, patch = 0] = parsed.release;
  const base = `${major}.${minor}.${patch}`;
  if (!parsed.pre) return base;
  return `${base}-${PREID_OF[parsed.pre[0]]}.${parsed.pre[1]}`;
}
var SEMVER_PRE = /^(alpha|a|beta|b|rc|c)(\d*)$/i;
function fromSemverSpelling(text) {
  if (import_semver.default.valid(text) !== text) return void 0;
  const parsed = import_semver.default.parse(text);
  if (!parsed) return void 0;
  const base = `${parsed.major}.${parsed.minor}.${parsed.patch}`;
  const ids = parsed.prerelease;
  if (ids.length === 0) return base;
  const [first, second] = ids;
  const match = SEMVER_PRE.exec(String(first));
  if (!match?.[1]) return void 0;
  const inline = match[2] ?? "";
  let number;
  if (ids.length === 1 && inline !== "") number = inline;
  else if (ids.length === 2 && inline === "" && typeof second === "number") number = String(second);
  else return void 0;
  return parsePep440(`${base}${match[1]}${number}`)?.normalized;
}
function shouldBeLatest(version, existingVersions) {
  const parsed = parseCurrent(version);
  if (parsed.isPrerelease) return false;
  const own = parsed.normalized.split("+")[0];
  return !existingVersions.some((text) => {
    const other = parsePep440(text);
    if (!other || other.isPrerelease) return false;
    return comparePep440(other.normalized.split("+")[0], own) > 0;
  });
}

// src/project/version-files/incremental-edit.ts
function incrementalParts(version) {
  const parsed = parsePep440(version);
  if (!parsed) return { problem: `${version} is not a PEP 440 version` };
  if (parsed.epoch !== 0)
    return { problem: `${version} has an epoch, which incremental has no place for` };
  if (parsed.local !== null)
    return { problem: `${version} has a local label, which incremental has no place for` };
  if (parsed.release.length > 3) {
    return {
      problem: `${version} has ${parsed.release.length} release numbers; incremental writes three (major, minor, micro)`
    };
  }
  if (parsed.pre && parsed.pre[0] !== "rc") {
    const kind = parsed.pre[0] === "a" ? "an alpha" : "a beta";
    return { problem: `${version} is ${kind}; incremental writes only release candidates (rcN)` };
  }
  const [major = 0, minor = 0, micro = 0] = parsed.release;
  return {
    major,
    minor,
    micro,
    ...parsed.pre ? { release_candidate: parsed.pre[1] } : {},
    ...parsed.post === null ? {} : { post: parsed.post },
    ...parsed.dev === null ? {} : { dev: parsed.dev }
  };
}
var OPTIONAL = ["release_candidate", "post", "dev"];
function refuse(file, line, why, version) {
  throw new UserError(
    `A bump cannot write ${version} into ${file}: ${why}. Edit the Version(\u2026) call in ${file} by hand (or run \`incremental update <project> --newversion ${version}\`), commit, and push a tag for it.`,
    "Bump refused",
    { file, line }
  );
}
function splices(call, parts) {
  const args = call.arguments;
  const result = [];
  for (const name of ["major", "minor", "micro"]) {
    const argument = args.get(name);
    const text = String(parts[name]);
    if (argument.text !== text)
      result.push({ start: argument.start, end: argument.end, text, order: 0 });
  }
  let after = args.get("micro");
  OPTIONAL.forEach((name, order) => {
    const argument = args.get(name);
    const wanted = parts[name];
    if (argument && wanted !== void 0) {
      if (argument.text !== String(wanted))
        result.push({ start: argument.start, end: argument.end, text: String(wanted), order: 0 });
    } else if (argument) {
      result.push({ start: argument.commaBefore, end: argument.end, text: "", order: 0 });
    } else if (wanted !== void 0) {
      result.push({
        start: after.end,
        end: after.end,
        text: `, ${name}=${wanted}`,
        order: order + 1
      });
    }
    if (argument) after = argument;
  });
  return result;
}
function editIncrementalVersion(text, file, expected, version) {
  const reading = readIncrementalVersion(text);
  if (reading.kind !== "call" || reading.call.value !== expected.value || reading.call.line !== expected.line) {
    throw new UserError(
      `Expected __version__ = Version(\u2026) for ${expected.value} in ${file} at line ${expected.line}, but the file says otherwise. The file changed after it was read; run again on a clean checkout.`,
      "File changed",
      { file, line: expected.line }
    );
  }
  const { call } = reading;
  if (reading.count > 1) {
    refuse(file, call.line, `it assigns __version__ = Version(\u2026) ${reading.count} times`, version);
  }
  if (call.value === "NEXT") {
    refuse(file, call.line, "its version is the placeholder NEXT", version);
  }
  if (call.arguments.has("prerelease")) {
    refuse(
      file,
      call.line,
      "it gives the deprecated prerelease= (incremental now writes release_candidate=)",
      version
    );
  }
  if (call.positional > 4) {
    refuse(
      file,
      call.line,
      "it gives the release candidate, post or dev number by position",
      version
    );
  }
  const parts = incrementalParts(version);
  if ("problem" in parts) refuse(file, call.line, parts.problem, version);
  const ordered = splices(call, parts).sort(
    (a, b) => b.start - a.start || b.end - a.end || b.order - a.order
  );
  let result = text;
  for (const splice of ordered) {
    result = result.slice(0, splice.start) + splice.text + result.slice(splice.end);
  }
  return result;
}

// src/project/version-files/replace.ts
function offsetOf(text, line, column) {
  let start = text.startsWith("\uFEFF") ? 1 : 0;
  for (let current = 1; current < line; current++) {
    const newline2 = text.indexOf("\n", start);
    if (newline2 === -1) return { start: -1, lineEnd: -1 };
    start = newline2 + 1;
  }
  const newline = text.indexOf("\n", start);
  let lineEnd = newline === -1 ? text.length : newline;
  if (text[lineEnd - 1] === "\r") lineEnd--;
  return { start: column >= 1 ? start + column - 1 : -1, lineEnd };
}
function replaceAt(text, line, column, oldValue, newValue, file = "the file") {
  if (/[\r\n]/.test(newValue)) {
    throw new UserError(
      `Cannot write ${JSON.stringify(newValue)} into ${file}: a version has no line breaks.`,
      "Invalid version",
      { file, line, column }
    );
  }
  const { start, lineEnd } = offsetOf(text, line, column);
  const end = start + oldValue.length;
  const found = start < 0 ? void 0 : text.slice(start, Math.min(end, lineEnd));
  if (found !== oldValue && /^[^"'\s]*\\/.test(text.slice(start, lineEnd))) {
    throw new UserError(
      `${file} writes the version at line ${line} with an escape sequence, which a bump cannot edit in place. Write it there as "${oldValue}", without escapes, and run again.`,
      "Version written with an escape",
      { file, line, column }
    );
  }
  if (found !== oldValue) {
    throw new UserError(
      `Expected ${JSON.stringify(oldValue)} in ${file} at line ${line}, column ${column}, but found ${found === void 0 ? "no such position" : JSON.stringify(found)}. The file changed after it was read; run again on a clean checkout.`,
      "File changed",
      { file, line, column }
    );
  }
  return text.slice(0, start) + newValue + text.slice(end);
}

// src/project/version-files/version-tuple-edit.ts
function refuse2(file, line, name, why, version) {
  throw new UserError(
    `A bump cannot write ${version} into ${file}: ${why}. Edit ${name} in ${file} by hand, commit, and push a tag for it.`,
    "Bump refused",
    { file, line }
  );
}
function levelName(tuple, parsed) {
  const current = tuple.level.name.value;
  if (!parsed.pre) return "final";
  const [kind] = parsed.pre;
  const same = Object.keys(LEVELS).find(
    (word) => LEVELS[word] === kind && word === current.toLowerCase()
  );
  if (same) return current;
  return kind === "a" ? "alpha" : kind === "b" ? "beta" : "rc";
}
function suffixOf(parsed) {
  const release = parsed.release.join(".");
  const publicPart = parsed.normalized.split("+")[0];
  return publicPart.slice(publicPart.indexOf(release) + release.length);
}
function numberSplices(tuple, release) {
  const splices2 = [];
  tuple.numbers.forEach((part, index) => {
    const wanted = String(release[index] ?? 0);
    if (part.kind === "string" && part.value === "" && wanted === "0") return;
    if (part.kind === "string") {
      splices2.push({ start: part.start - 1, end: part.end + 1, text: wanted });
    } else if (part.value !== wanted) {
      splices2.push({ start: part.start, end: part.end, text: wanted });
    }
  });
  return splices2;
}
function splicesFor(tuple, file, version) {
  const parsed = parsePep440(version);
  const stop = (why) => refuse2(file, tuple.line, tuple.name, why, version);
  if (!parsed) stop(`${version} is not a PEP 440 version`);
  if (parsed.epoch !== 0) stop(`${version} has an epoch, which ${tuple.name} has no place for`);
  if (parsed.release.length > tuple.numbers.length) {
    stop(
      `${version} has ${parsed.release.length} release numbers; ${tuple.name} holds ${tuple.numbers.length}`
    );
  }
  const splices2 = numberSplices(tuple, parsed.release);
  if (tuple.level) {
    if (parsed.post !== null || parsed.dev !== null || parsed.local !== null) {
      stop(
        `${version} is not a final release or a pre-release, which is all a release level states`
      );
    }
    const name = levelName(tuple, parsed);
    const serial = String(parsed.pre ? parsed.pre[1] : 0);
    const { name: written, serial: serialAt } = tuple.level;
    if (written.value !== name)
      splices2.push({ start: written.start, end: written.end, text: name });
    if (parsed.pre && serialAt.value !== serial)
      splices2.push({ start: serialAt.start, end: serialAt.end, text: serial });
  } else if (tuple.suffix) {
    const suffix = suffixOf(parsed);
    if (tuple.suffix.value !== suffix)
      splices2.push({ start: tuple.suffix.start, end: tuple.suffix.end, text: suffix });
  } else if (parsed.normalized !== parsed.release.join(".")) {
    stop(`${tuple.name} holds only release numbers, and ${version} is more than that`);
  }
  return splices2;
}
function editVersionTuple(text, file, expected, version) {
  const tuple = readVersionTuple(text, expected.attribute);
  if (!tuple || tuple.value !== expected.value || tuple.line !== expected.line) {
    throw new UserError(
      `Expected the version ${expected.value} spelt in numbers in ${file} at line ${expected.line}, but the file says otherwise. The file changed after it was read; run again on a clean checkout.`,
      "File changed",
      { file, line: expected.line }
    );
  }
  const ordered = splicesFor(tuple, file, version).sort((a, b) => b.start - a.start);
  let result = text;
  for (const splice of ordered) {
    result = result.slice(0, splice.start) + splice.text + result.slice(splice.end);
  }
  return result;
}

// src/project/version-files/write-version.ts
function spelt(source, next) {
  if (source.kind === "uv-lock" || source.spelling === "pep440") return next.pep440;
  if (source.spelling === "semver") return toSemverSpelling(next.pep440) ?? next.written;
  return next.written;
}
function writeVersion(text, source, next) {
  if (source.kind === "incremental")
    return editIncrementalVersion(text, source.file, source, next.pep440);
  if (source.kind === "tuple") return editVersionTuple(text, source.file, source, next.pep440);
  return replaceAt(
    text,
    source.line,
    source.column,
    source.value,
    spelt(source, next),
    source.file
  );
}

// src/project/version-files/pins.ts
import path from "node:path";
function dependencyStrings(text) {
  const { lines } = splitText(text);
  const found = [];
  let table = "";
  let inArray = false;
  for (const [index, line] of lines.entries()) {
    if (!inArray) {
      const header = /^\s*\[([^[\]]+)\]\s*(#.*)?$/.exec(line);
      if (header?.[1] !== void 0) {
        table = header[1].trim();
        continue;
      }
      const start = /^\s*dependencies\s*=\s*\[/.exec(line);
      if (table !== "project" || !start) continue;
      inArray = scan(line.slice(start[0].length), index + 1, found);
      continue;
    }
    inArray = scan(line, index + 1, found);
  }
  return found;
}
function scan(text, line, into) {
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === "#") return true;
    if (char === "]") return false;
    if (char === '"' || char === "'") {
      const end = text.indexOf(char, at + 1);
      if (end < 0) return true;
      into.push({ value: text.slice(at + 1, end), line });
      at = end;
    }
  }
  return true;
}
function findPins(text, file, dependency) {
  const wanted = canonicalProjectName(dependency);
  const pins = [];
  for (const { value, line } of dependencyStrings(text)) {
    const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*([^;]*)/.exec(value);
    if (!match?.[1] || canonicalProjectName(match[1]) !== wanted) continue;
    for (const specifier of (match[2] ?? "").split(",")) {
      const exact = /^\s*===?\s*([^\s*]+)\s*$/.exec(specifier);
      if (exact?.[1]) pins.push({ file, line, requirement: value.trim(), version: exact[1] });
    }
  }
  return pins;
}
function stalePins(pins, version) {
  return pins.filter((pin) => !samePep440(pin.version, version));
}
function otherMembers(lock, listed, self) {
  const root = lock ? path.posix.dirname(lock.file) : ".";
  const fromLock = lock ? lockedProjects(lock.text).map((member) => member.path) : [];
  const folders = [...fromLock.map((folder) => path.posix.join(root, folder)), ...listed].map(
    (folder) => path.posix.normalize(folder).replace(/\/+$/, "")
  );
  const own = path.posix.normalize(self || ".");
  return [...new Set(folders)].filter((folder) => folder !== own);
}

// src/changelog/towncrier-build.ts
async function towncrierCommand(python) {
  const onPath = await which("towncrier", false);
  if (onPath) return { command: onPath, args: [] };
  const probe = await runCommand(python, ["-m", "towncrier", "--version"]);
  if (probe.exitCode === 0) return { command: python, args: ["-m", "towncrier"] };
  throw new UserError(
    `This project writes its changelog with towncrier, which is not installed here (not on PATH, not a module of ${python}). Install it before the bump (pip install towncrier), or run \`towncrier build --version X\` yourself and commit the result.`,
    "towncrier not available"
  );
}
async function towncrierBuild(cwd, version, options) {
  const { command, args } = await towncrierCommand(options.python);
  const full = [...args, "build", options.draft ? "--draft" : "--yes", "--version", version];
  const result = await runCommand(command, full, { cwd });
  if (result.exitCode !== 0) {
    throw new UserError(
      `\`${showCommand("towncrier", full.slice(args.length))}\` failed:
${outputTail(result)}
Fix the news fragments or the [tool.towncrier] configuration, then run the bump again. Nothing was committed.`,
      "towncrier build failed",
      { file: options.file }
    );
  }
  return result.stdout;
}

// src/version/release-branches.ts
var picomatchModule;
function loadPicomatch() {
  picomatchModule ??= require_picomatch2();
  return picomatchModule;
}
function branchMatches(branch, patterns) {
  const picomatch = loadPicomatch();
  return patterns.some((pattern) => picomatch.isMatch(branch, pattern, { dot: true }));
}
var LINE_WORDS = "releases|release|maintenance|maint|stable|backport|branch";
var LINE = "\\d+(?:\\.\\d+)*(?:\\.[xX])?";
var RELEASE_LINE = new RegExp(
  `^(?<word>(?:${LINE_WORDS})[-_/]?)?v?(?<line>${LINE})(?<suffix>-(?:branch|stable|maint))?$`
);
var DASHED_LINE = /^v?\d+(?:-\d+)+-(?:stable|branch|maint)$/;
var NAMED_LINE = new RegExp(`^[-_/]v?${LINE}$`);
function isLine(line) {
  return line.includes(".");
}
function isReleaseLineName(branch, projectNames = []) {
  const match = RELEASE_LINE.exec(branch);
  if (match?.groups) {
    const { word, line, suffix } = match.groups;
    return word !== void 0 || suffix !== void 0 || isLine(line);
  }
  if (DASHED_LINE.test(branch)) return true;
  return projectNames.some((name) => {
    const end = projectNameEnd(branch, name);
    const rest = end === void 0 ? "" : branch.slice(end);
    return NAMED_LINE.test(rest) && isLine(rest);
  });
}
function releaseBranches(configured, defaultBranch, projectNames = []) {
  return configured.length > 0 ? { patterns: configured, releaseLines: false, projectNames: [] } : { patterns: [defaultBranch ?? "main", "hotfix/*"], releaseLines: true, projectNames };
}
function isReleaseBranch(branch, rule) {
  return rule.releaseLines && isReleaseLineName(branch, rule.projectNames) || branchMatches(branch, rule.patterns);
}
function describeReleaseBranches(rule) {
  const patterns = rule.patterns.join(", ");
  return rule.releaseLines ? `${patterns} or a release line such as 1.4.x, 3.12 or release/2.3` : patterns;
}
function releaseBranchCandidates(branches, commit, rule) {
  const rank = (branch) => branch.tip === commit ? 0 : branchMatches(branch.name, rule.patterns) ? 1 : 2;
  return branches.filter((branch) => isReleaseBranch(branch.name, rule)).map((branch) => ({ name: branch.name, rank: rank(branch) })).sort((a, b) => a.rank - b.rank).map((branch) => branch.name);
}

// src/bump/push-refusal.ts
var PROTECTED = /\bGH006\b|\bGH013\b|protected branch|repository rule violations/i;
var MOVED = /\[rejected\]|non-fast-forward|fetch first|stale info/i;
function pushRefusal(branch, tag, output) {
  const text = `${output.stdout}
${output.stderr}`;
  const atomic = `neither the commit nor the tag ${tag} was pushed (the push is atomic)`;
  if (PROTECTED.test(text)) {
    return {
      title: "Protected branch",
      message: `${branch} is protected on origin, which refused the bump's commit, so ${atomic}. A bump pushes its commit to the branch it bumps: let this workflow push to ${branch} (a bypass for it in the branch protection or ruleset, with actions/checkout given a token that has it), or bump a branch that is not protected.`
    };
  }
  if (MOVED.test(text)) {
    return {
      title: "Push failed",
      message: `${branch} moved on origin while this run was bumping it, so ${atomic}. Run the workflow again: it will start from the new ${branch}.`
    };
  }
  return {
    title: "Push failed",
    message: `Pushing ${branch} and ${tag} failed, so ${atomic}:
${output.stderr.trim()}
Check that the job may push (permissions: contents: write) and that ${branch} is not protected against it.`
  };
}

// src/files/clean-tree.ts
import path2 from "node:path";
function isBuildOutput(relative) {
  const parts = relative.split("/");
  return parts[0] === "dist" || parts[0] === "build" || parts.some((part) => part.endsWith(".egg-info"));
}
function parsePorcelainZ(output) {
  const records = output.split("\0");
  const entries = [];
  for (let index = 0; index < records.length; index++) {
    const record = records[index];
    if (record.length < 4) continue;
    const status = record.slice(0, 2);
    entries.push({ status, path: record.slice(3) });
    if (status.includes("R") || status.includes("C")) index++;
  }
  return entries;
}
function dirtyPaths(entries, projectDir) {
  const prefix = projectDir === "" || projectDir === "." ? "" : `${projectDir.replace(/\/$/, "")}/`;
  return entries.filter((entry) => !isBuildOutput(path2.posix.relative(prefix || ".", entry.path))).map((entry) => `${entry.status.trim() === "??" ? "untracked" : "modified"}: ${entry.path}`);
}
function listSome(items, shown = 5) {
  const head = items.slice(0, shown).map((item) => JSON.stringify(item).slice(1, -1));
  const more = items.length - head.length;
  return more > 0 ? `${head.join(", ")} and ${more} more` : head.join(", ");
}

// src/files/exact-tag.ts
async function requireCleanTree(workspace, projectDir, what) {
  const dirty = dirtyPaths(parsePorcelainZ(await statusOf(workspace, projectDir)), projectDir);
  if (dirty.length === 0) return;
  throw new UserError(
    `${what} builds the committed files only, but ${projectDir || "the repository"} has ${dirty.length} file${dirty.length === 1 ? "" : "s"} that differ from the commit and would enter the sdist: ${listSome(dirty)}. Commit them, or remove them (or list them in .gitignore) in the step before pyrelease, and run again.`,
    "Working tree not clean"
  );
}
async function requireExactTag(workspace, projectDir, tag, buildsHere = true) {
  const [tagged, head] = await Promise.all([tagCommit(workspace, tag), headCommit(workspace)]);
  if (!tagged) {
    throw new UserError(
      `The tag ${tag} is not in the checkout; check out the tag (actions/checkout does on a tag push).`,
      "Tag not found"
    );
  }
  if (head !== tagged) {
    throw new UserError(
      `The checkout is at ${head?.slice(0, 12) ?? "no commit"}, not at ${tagged.slice(0, 12)}, the commit of ${tag}; the release builds exactly the tagged commit. Check out the tag (actions/checkout with ref: ${tag}) and run again.`,
      "Checkout is not the tag"
    );
  }
  if (buildsHere) await requireCleanTree(workspace, projectDir, `The release of ${tag}`);
  return tagged;
}

// src/bump/run-bump.ts
async function pinsLeftBehind(context, inputs, project, version) {
  if (!project.name) return [];
  const reader = fileSystemReader(context.workspace);
  const lockFile = project.sources.find((source) => source.kind === "uv-lock")?.file;
  const lockText = lockFile === void 0 ? void 0 : await reader.read(lockFile, READ_LIMITS.large);
  const lock = lockFile !== void 0 && lockText !== void 0 ? { file: lockFile, text: lockText } : void 0;
  const folders = otherMembers(
    lock,
    inputs.packages.map((entry) => entry.dir),
    project.dir
  );
  const stale = [];
  for (const folder of folders) {
    const file = repoPath(folder === "." ? "" : folder, "pyproject.toml");
    const text = await reader.read(file);
    if (text !== void 0) stale.push(...stalePins(findPins(text, file, project.name), version));
  }
  for (const pin of stale) {
    annotate({
      level: "warning",
      title: "Pin left behind",
      message: `${pin.file}:${pin.line} pins ${JSON.stringify(pin.requirement)}, but this bump makes ${project.name} ${version}. Change the pin to ${project.name}==${version} (and run \`uv lock\`) when that package should require the new release.`,
      location: { file: pin.file, line: pin.line }
    });
  }
  return stale;
}
function parseGitUser(text) {
  const match = /^\s*([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
  if (!match?.[1] || !match[2]) {
    throw new UserError(
      `Input git-user must look like "Name <email>", not ${JSON.stringify(text)}.`,
      "Invalid input"
    );
  }
  return { name: match[1], email: match[2] };
}
function commitMessage(version, files, changelog) {
  const names = (list) => [
    ...new Set(list.map((file) => path3.posix.basename(file)))
  ];
  const others = files.filter((file) => file !== changelog);
  const python = names(others.filter((file) => file.endsWith(".py")));
  const rest = names(others.filter((file) => !file.endsWith(".py")));
  const lines = [
    ...python.length ? [`- Update version in ${python.join(", ")}`] : [],
    ...rest.map((name) => `- Update version in ${name}`),
    ...changelog && files.includes(changelog) ? [`- Update ${path3.posix.basename(changelog)} with release notes`] : []
  ];
  const body = lines.length ? `

${lines.join("\n")}` : "";
  return `chore: bump version to ${version} for release${body}
`;
}
async function currentVersion(cwd, project, written, prefix, projectNames) {
  const origin = project.origin;
  if (origin.kind === "computed") {
    const where = origin.location?.file ?? project.pyprojectFile;
    throw new UserError(
      `The version is computed when the package builds (${origin.how}), so a bump cannot write it. Edit ${where} by hand to the new version, commit, and push a tag for it.`,
      "Bump refused",
      origin.location
    );
  }
  const tags = await tagsMergedInto(cwd, "HEAD");
  if (origin.kind === "tag") {
    const latest = latestVersionTag(tags, prefix, projectNames);
    return { version: latest?.version ?? "0.0.0", tag: latest?.tag };
  }
  const version = written ?? "0.0.0";
  const same = taggedVersions(tags, prefix, projectNames).find(
    (tagged) => samePep440(tagged.version, version)
  );
  return { version, tag: same?.tag };
}
function today() {
  return (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
}
async function plannedEdits(context, inputs, project, next, tag, tagPrefix, previous) {
  const edits = /* @__PURE__ */ new Map();
  const read = async (file) => edits.get(file)?.after ?? await readFile(path3.join(context.workspace, file), "utf8");
  for (const source of project.sources) {
    const before = await read(source.file);
    const after = writeVersion(before, source, next);
    edits.set(source.file, { before: edits.get(source.file)?.before ?? before, after });
  }
  if (project.changelog && !project.changelog.towncrier && !project.changelog.perVersion) {
    const before = project.changelog.text;
    const after = rollChangelog(before, {
      version: next.written,
      date: today(),
      previousTag: previous,
      tag,
      repositoryUrl: context.repository ? `${context.serverUrl}/${context.repository}` : void 0,
      tagPrefix,
      allowEmpty: inputs.allowEmptyChangelog,
      file: project.changelog.file,
      format: project.changelog.parsed.format
    });
    edits.set(project.changelog.file, { before, after });
  }
  return edits;
}
async function requireReleasableBranch(context, inputs, branch, projectNames) {
  const cwd = context.workspace;
  const checkedOut = await currentBranch(cwd);
  if (checkedOut === void 0) {
    throw new UserError(
      `HEAD is detached, so a bump has no branch to commit to; nothing was changed or pushed. Check out the branch ${branch} (actions/checkout with ref: ${branch}) and run again.`,
      "Detached HEAD"
    );
  }
  if (checkedOut !== branch) {
    throw new UserError(
      `The run is for ${branch}, but the checkout is on ${checkedOut}; nothing was changed or pushed. Check out ${branch} and run again.`,
      "Wrong branch checked out"
    );
  }
  const remote = await remoteBranches(cwd);
  const rule = releaseBranches(
    inputs.releaseBranches,
    context.defaultBranch ?? remote.head,
    projectNames
  );
  if (!isReleaseBranch(branch, rule)) {
    throw new UserError(
      `${branch} is not a release branch (${describeReleaseBranches(rule)}), so the release after the bump would be refused; nothing was changed or pushed. Run the workflow on a release branch, or list ${branch} in ${option("release-branches")}.`,
      "Not a release branch"
    );
  }
  const head = await headCommit(cwd);
  if (!head || !await isOnRemoteBranch(cwd, head, branch)) {
    throw new UserError(
      `HEAD (${head?.slice(0, 12) ?? "no commit"}) is not on origin/${branch}: the push would carry a local commit to ${branch} along with the bump. Nothing was changed or pushed. Bump from the commit origin/${branch} has (actions/checkout does so).`,
      "Local commit not on the remote branch"
    );
  }
}
async function refuseOrWarn(dryRun, check) {
  try {
    await check();
  } catch (error) {
    if (!dryRun || !(error instanceof UserError)) throw error;
    annotation("warning", `A real bump would be refused: ${error.message}`, {
      title: error.title
    });
  }
}
async function perVersionNotes(context, inputs, project, version, edits) {
  const changelog = project.changelog;
  const perVersion = changelog?.perVersion;
  if (!changelog || !perVersion) return void 0;
  const file = perVersion.fileFor(version);
  const existing = file && await readFile(path3.join(context.workspace, file), "utf8").catch(() => void 0);
  if (file && existing !== void 0) return { file, text: existing };
  const towncrier = changelog.towncrier;
  if (!file || !towncrier?.filename?.includes("{version}")) {
    throw new UserError(
      `This project keeps one release notes file per version (${perVersion.pattern}, ${perVersion.source}), and ${file ?? `the one for ${version}`} does not exist. Write the notes for ${version} there${towncrier ? ` (\`towncrier build --draft --version ${version}\` prints them from the news fragments)` : ""}, commit it, and run the bump again. Nothing was changed.`,
      "No release notes for the new version",
      { file: file ?? perVersion.pattern }
    );
  }
  if (towncrier.fragments.length === 0 && !inputs.allowEmptyChangelog) {
    throw new UserError(
      `${towncrier.directory}/ has no news fragment, so ${version} would be released without notes. Add fragments (${towncrier.directory}/<issue>.<type>), or set ${setting("changelog-entry", "optional")} to release anyway. Nothing was changed.`,
      "No news fragments",
      { file: towncrier.directory }
    );
  }
  const cwd = path3.join(context.workspace, project.dir);
  const output = await towncrierBuild(cwd, version, {
    python: inputs.python,
    draft: inputs.dryRun,
    file
  });
  if (inputs.dryRun) return { file, text: void 0, draft: output };
  const after = await readFile(path3.join(context.workspace, file), "utf8");
  edits.set(file, { before: "", after });
  return { file, text: after };
}
async function buildTowncrierSection(context, inputs, project, version, edits) {
  const changelog = project.changelog;
  if (!changelog?.towncrier || changelog.perVersion || findRelease(changelog.parsed, version)) {
    return void 0;
  }
  if (changelog.towncrier.fragments.length === 0 && !inputs.allowEmptyChangelog) {
    throw new UserError(
      `${changelog.towncrier.directory}/ has no news fragment, so ${version} would be released without notes. Add fragments (${changelog.towncrier.directory}/<issue>.<type>), or set ${setting("changelog-entry", "optional")} to release anyway. Nothing was changed.`,
      "No news fragments",
      { file: changelog.towncrier.directory }
    );
  }
  const cwd = path3.join(context.workspace, project.dir);
  const output = await towncrierBuild(cwd, version, {
    python: inputs.python,
    draft: inputs.dryRun,
    file: changelog.file
  });
  if (inputs.dryRun) return output;
  const after = await readFile(path3.join(context.workspace, changelog.file), "utf8");
  edits.set(changelog.file, { before: changelog.text, after });
  return void 0;
}
function bumpRequest(context, inputs) {
  const branch = context.branch;
  if (!branch) {
    throw new UserError(
      `A bump commits to a branch, but this run is for ${JSON.stringify(context.ref)}. Start it with "Run workflow" on a branch.`,
      "No branch to bump"
    );
  }
  const level = inputs.bump || context.dispatchInputs.bump || "";
  if (!level) {
    throw new UserError(
      "mode: bump needs a bump level (patch, minor, major, prepatch, preminor, premajor, prerelease) or a version in the bump input.",
      "No bump level"
    );
  }
  return { branch, level };
}
async function passingCheck(context, inputs) {
  const checked = await runCheck(context, inputs, void 0);
  const { result } = checked;
  if (!result.ok) {
    const errors = result.findings.filter((finding) => finding.level === "error");
    throw new UserError(
      `The version check must pass before a bump; it found: ${errors.map((error) => `${error.title} (${error.location?.file ?? ""}${error.location?.line ? `:${error.location.line}` : ""})`).join(", ")}. Nothing was changed.`,
      "Bump refused"
    );
  }
  return checked;
}
async function bumpTarget(cwd, checked, inputs, level) {
  const { project, tagNames } = checked;
  const tags = await listTags(cwd);
  const current = await currentVersion(
    cwd,
    project,
    checked.result.version,
    inputs.tagPrefix,
    tagNames
  );
  const next = nextVersion(current.version, level, {
    preid: inputs.preid || void 0,
    style: inputs.versionStyle === "auto" ? projectVersionStyle(current.version, tags) : inputs.versionStyle
  });
  const tagPrefix = prefixForNewTag(tags, inputs.tagPrefix, tagNames);
  const tag = `${tagPrefix}${next.written}`;
  await requireNewTag(cwd, tags, tag);
  const previous = current.tag ?? previousTag(tags, inputs.tagPrefix, next.pep440, tagNames);
  return { current, next, tagPrefix, tag, previous };
}
async function requireNewTag(cwd, tags, tag) {
  if (tags.includes(tag) || (await git(cwd, ["ls-remote", "--exit-code", "--tags", "origin", `refs/tags/${tag}`])).exitCode === 0) {
    throw new UserError(
      `The tag ${tag} already exists. Choose another version. If a bump pushed it and its release stopped half-way, finish that release from the tag: Run workflow \u2192 Use workflow from \u2192 Tags \u2192 ${tag} (releasing a tag again completes what is missing and duplicates nothing).`,
      "Tag exists"
    );
  }
}
function tagMessageFor(project, next, notes, draft, edits) {
  const changelog = project.changelog;
  const changelogAfter = changelog ? draft ?? edits.get(changelog.file)?.after ?? changelog.text : void 0;
  return notes?.text !== void 0 && readNotesFile(notes.text, {
    format: changelog.parsed.format,
    version: next.pep440,
    projectName: project.name
  })?.body || !notes && changelogAfter && findRelease(parseChangelog(changelogAfter, { format: changelog?.parsed.format }), next.pep440)?.body || `Release ${next.written}`;
}
async function writeEdits(cwd, edits) {
  for (const [file, edit] of edits) await writeFile(path3.join(cwd, file), edit.after);
  const files = [...edits.keys()];
  const diff = files.length > 0 ? await git(cwd, ["diff", "--", ...files]) : void 0;
  return diff?.stdout ?? "";
}
async function finishDryRun(cwd, edits, outcome, towncrier) {
  for (const [file, edit] of edits) await writeFile(path3.join(cwd, file), edit.before);
  info(
    `Dry run: ${outcome.previous} \u2192 ${outcome.version}, tag ${outcome.tag}. The files would change so:
${outcome.diff}`
  );
  if (towncrier.draft !== void 0) {
    info(`towncrier would add to ${towncrier.file}:
${towncrier.draft}`);
  }
  info(
    `Commit message:
${outcome.commitMessage}
Tag ${outcome.tag} (annotated) with the message:
${outcome.tagMessage}`
  );
}
async function commitAndTag(cwd, user, landing, outcome) {
  const identity = ["-c", `user.name=${user.name}`, "-c", `user.email=${user.email}`];
  const scratch = await mkdtemp(path3.join(process.env.RUNNER_TEMP || tmpdir(), "pyrelease-bump-"));
  try {
    const messageFile = path3.join(scratch, "commit-message");
    const tagFile = path3.join(scratch, "tag-message");
    await writeFile(messageFile, outcome.commitMessage);
    await writeFile(tagFile, `${outcome.tagMessage}
`);
    const must = async (what, args) => {
      const run = await git(cwd, args);
      if (run.exitCode !== 0)
        throw new UserError(
          `${what} failed: ${run.stderr.trim() || run.stdout.trim()}`,
          "git failed"
        );
      return run;
    };
    if (landing.commits) {
      await must("git add", ["add", "--", ...outcome.files]);
      await must("git commit", [...identity, "commit", "--quiet", "--file", messageFile]);
    }
    await must("git tag", [
      ...identity,
      "tag",
      "--annotate",
      "--file",
      tagFile,
      "--cleanup=verbatim",
      landing.tag,
      "HEAD"
    ]);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
async function runBump(context, inputs) {
  const { branch, level } = bumpRequest(context, inputs);
  const checked = await passingCheck(context, inputs);
  const { project } = checked;
  const cwd = context.workspace;
  await refuseOrWarn(inputs.dryRun, async () => {
    await requireReleasableBranch(context, inputs, branch, checked.tagNames);
    await requireCleanTree(cwd, project.dir, "A bump and the release that follows it");
  });
  const { current, next, tagPrefix, tag, previous } = await bumpTarget(cwd, checked, inputs, level);
  const edits = await plannedEdits(context, inputs, project, next, tag, tagPrefix, previous);
  const user = parseGitUser(inputs.gitUser);
  const notes = await perVersionNotes(context, inputs, project, next.pep440, edits);
  const draft = notes?.draft ?? await buildTowncrierSection(context, inputs, project, next.pep440, edits);
  const pins = await pinsLeftBehind(context, inputs, project, next.pep440);
  const files = [...edits.keys()];
  const described = {
    tag,
    previous: current.version,
    version: next.written,
    files,
    commitMessage: commitMessage(next.written, files, notes?.file ?? project.changelog?.file),
    tagMessage: tagMessageFor(project, next, notes, draft, edits),
    stalePins: pins
  };
  const outcome = { ...described, diff: await writeEdits(cwd, edits) };
  if (inputs.dryRun) {
    await finishDryRun(cwd, edits, outcome, {
      file: notes?.file ?? project.changelog?.file,
      draft
    });
    return { ...outcome, landing: void 0 };
  }
  const landing = { branch, tag, commits: files.length > 0 };
  await commitAndTag(cwd, user, landing, outcome);
  info(
    `Committed and tagged ${tag} (${current.version} \u2192 ${next.written}); pushed once the release checks pass.`
  );
  return { ...outcome, landing };
}
async function undoBump(cwd, landing) {
  await git(cwd, ["tag", "--delete", landing.tag]);
  if (landing.commits) await git(cwd, ["reset", "--quiet", "--hard", "HEAD~1"]);
}
async function pushBump(cwd, landing) {
  const { branch, tag } = landing;
  const push = await git(cwd, [
    "push",
    "--atomic",
    "--porcelain",
    "origin",
    `HEAD:refs/heads/${branch}`,
    `refs/tags/${tag}:refs/tags/${tag}`
  ]);
  if (push.exitCode !== 0) {
    const refusal = pushRefusal(branch, tag, push);
    throw new UserError(refusal.message, refusal.title);
  }
  return `${branch} and the annotated tag ${tag}`;
}

export {
  addUnreleasedSection,
  nextVersion,
  shouldBeLatest,
  require_picomatch2 as require_picomatch,
  releaseBranches,
  describeReleaseBranches,
  releaseBranchCandidates,
  requireExactTag,
  parseGitUser,
  runBump,
  undoBump,
  pushBump
};
