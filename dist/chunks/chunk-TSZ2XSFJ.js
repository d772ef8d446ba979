import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  canonicalProjectName,
  comparePep440,
  distFilenamePrefix,
  parsePep440,
  samePep440
} from "./chunk-CGYPN3IW.js";
import {
  childEnvironment,
  option,
  optionTitle,
  setting,
  theOption
} from "./chunk-SINCDJQB.js";
import {
  getExecOutput,
  setOutput,
  summary
} from "./chunk-7OOC5VYS.js";
import {
  annotation
} from "./chunk-QJ74AIE5.js";
import {
  UserError
} from "./chunk-M3OTX3ED.js";
import {
  __commonJS,
  __toESM
} from "./chunk-HN3VUIRH.js";

// node_modules/@iarna/toml/lib/parser.js
var require_parser = __commonJS({
  "node_modules/@iarna/toml/lib/parser.js"(exports2, module2) {
    "use strict";
    var ParserEND = 1114112;
    var ParserError = class _ParserError extends Error {
      /* istanbul ignore next */
      constructor(msg, filename, linenumber) {
        super("[ParserError] " + msg, filename, linenumber);
        this.name = "ParserError";
        this.code = "ParserError";
        if (Error.captureStackTrace) Error.captureStackTrace(this, _ParserError);
      }
    };
    var State = class {
      constructor(parser) {
        this.parser = parser;
        this.buf = "";
        this.returned = null;
        this.result = null;
        this.resultTable = null;
        this.resultArr = null;
      }
    };
    var Parser3 = class {
      constructor() {
        this.pos = 0;
        this.col = 0;
        this.line = 0;
        this.obj = {};
        this.ctx = this.obj;
        this.stack = [];
        this._buf = "";
        this.char = null;
        this.ii = 0;
        this.state = new State(this.parseStart);
      }
      parse(str) {
        if (str.length === 0 || str.length == null) return;
        this._buf = String(str);
        this.ii = -1;
        this.char = -1;
        let getNext;
        while (getNext === false || this.nextChar()) {
          getNext = this.runOne();
        }
        this._buf = null;
      }
      nextChar() {
        if (this.char === 10) {
          ++this.line;
          this.col = -1;
        }
        ++this.ii;
        this.char = this._buf.codePointAt(this.ii);
        ++this.pos;
        ++this.col;
        return this.haveBuffer();
      }
      haveBuffer() {
        return this.ii < this._buf.length;
      }
      runOne() {
        return this.state.parser.call(this, this.state.returned);
      }
      finish() {
        this.char = ParserEND;
        let last;
        do {
          last = this.state.parser;
          this.runOne();
        } while (this.state.parser !== last);
        this.ctx = null;
        this.state = null;
        this._buf = null;
        return this.obj;
      }
      next(fn) {
        if (typeof fn !== "function") throw new ParserError("Tried to set state to non-existent state: " + JSON.stringify(fn));
        this.state.parser = fn;
      }
      goto(fn) {
        this.next(fn);
        return this.runOne();
      }
      call(fn, returnWith) {
        if (returnWith) this.next(returnWith);
        this.stack.push(this.state);
        this.state = new State(fn);
      }
      callNow(fn, returnWith) {
        this.call(fn, returnWith);
        return this.runOne();
      }
      return(value) {
        if (this.stack.length === 0) throw this.error(new ParserError("Stack underflow"));
        if (value === void 0) value = this.state.buf;
        this.state = this.stack.pop();
        this.state.returned = value;
      }
      returnNow(value) {
        this.return(value);
        return this.runOne();
      }
      consume() {
        if (this.char === ParserEND) throw this.error(new ParserError("Unexpected end-of-buffer"));
        this.state.buf += this._buf[this.ii];
      }
      error(err) {
        err.line = this.line;
        err.col = this.col;
        err.pos = this.pos;
        return err;
      }
      /* istanbul ignore next */
      parseStart() {
        throw new ParserError("Must declare a parseStart method");
      }
    };
    Parser3.END = ParserEND;
    Parser3.Error = ParserError;
    module2.exports = Parser3;
  }
});

// node_modules/@iarna/toml/lib/create-datetime.js
var require_create_datetime = __commonJS({
  "node_modules/@iarna/toml/lib/create-datetime.js"(exports2, module2) {
    "use strict";
    module2.exports = (value) => {
      const date = new Date(value);
      if (isNaN(date)) {
        throw new TypeError("Invalid Datetime");
      } else {
        return date;
      }
    };
  }
});

// node_modules/@iarna/toml/lib/format-num.js
var require_format_num = __commonJS({
  "node_modules/@iarna/toml/lib/format-num.js"(exports2, module2) {
    "use strict";
    module2.exports = (d, num) => {
      num = String(num);
      while (num.length < d) num = "0" + num;
      return num;
    };
  }
});

// node_modules/@iarna/toml/lib/create-datetime-float.js
var require_create_datetime_float = __commonJS({
  "node_modules/@iarna/toml/lib/create-datetime-float.js"(exports2, module2) {
    "use strict";
    var f = require_format_num();
    var FloatingDateTime = class extends Date {
      constructor(value) {
        super(value + "Z");
        this.isFloating = true;
      }
      toISOString() {
        const date = `${this.getUTCFullYear()}-${f(2, this.getUTCMonth() + 1)}-${f(2, this.getUTCDate())}`;
        const time = `${f(2, this.getUTCHours())}:${f(2, this.getUTCMinutes())}:${f(2, this.getUTCSeconds())}.${f(3, this.getUTCMilliseconds())}`;
        return `${date}T${time}`;
      }
    };
    module2.exports = (value) => {
      const date = new FloatingDateTime(value);
      if (isNaN(date)) {
        throw new TypeError("Invalid Datetime");
      } else {
        return date;
      }
    };
  }
});

// node_modules/@iarna/toml/lib/create-date.js
var require_create_date = __commonJS({
  "node_modules/@iarna/toml/lib/create-date.js"(exports2, module2) {
    "use strict";
    var f = require_format_num();
    var DateTime = global.Date;
    var Date2 = class extends DateTime {
      constructor(value) {
        super(value);
        this.isDate = true;
      }
      toISOString() {
        return `${this.getUTCFullYear()}-${f(2, this.getUTCMonth() + 1)}-${f(2, this.getUTCDate())}`;
      }
    };
    module2.exports = (value) => {
      const date = new Date2(value);
      if (isNaN(date)) {
        throw new TypeError("Invalid Datetime");
      } else {
        return date;
      }
    };
  }
});

// node_modules/@iarna/toml/lib/create-time.js
var require_create_time = __commonJS({
  "node_modules/@iarna/toml/lib/create-time.js"(exports2, module2) {
    "use strict";
    var f = require_format_num();
    var Time = class extends Date {
      constructor(value) {
        super(`0000-01-01T${value}Z`);
        this.isTime = true;
      }
      toISOString() {
        return `${f(2, this.getUTCHours())}:${f(2, this.getUTCMinutes())}:${f(2, this.getUTCSeconds())}.${f(3, this.getUTCMilliseconds())}`;
      }
    };
    module2.exports = (value) => {
      const date = new Time(value);
      if (isNaN(date)) {
        throw new TypeError("Invalid Datetime");
      } else {
        return date;
      }
    };
  }
});

// node_modules/@iarna/toml/lib/toml-parser.js
var require_toml_parser = __commonJS({
  "node_modules/@iarna/toml/lib/toml-parser.js"(exports, module) {
    "use strict";
    module.exports = makeParserClass(require_parser());
    module.exports.makeParserClass = makeParserClass;
    var TomlError = class _TomlError extends Error {
      constructor(msg) {
        super(msg);
        this.name = "TomlError";
        if (Error.captureStackTrace) Error.captureStackTrace(this, _TomlError);
        this.fromTOML = true;
        this.wrapped = null;
      }
    };
    TomlError.wrap = (err) => {
      const terr = new TomlError(err.message);
      terr.code = err.code;
      terr.wrapped = err;
      return terr;
    };
    module.exports.TomlError = TomlError;
    var createDateTime = require_create_datetime();
    var createDateTimeFloat = require_create_datetime_float();
    var createDate = require_create_date();
    var createTime = require_create_time();
    var CTRL_I = 9;
    var CTRL_J = 10;
    var CTRL_M = 13;
    var CTRL_CHAR_BOUNDARY = 31;
    var CHAR_SP = 32;
    var CHAR_QUOT = 34;
    var CHAR_NUM = 35;
    var CHAR_APOS = 39;
    var CHAR_PLUS = 43;
    var CHAR_COMMA = 44;
    var CHAR_HYPHEN = 45;
    var CHAR_PERIOD = 46;
    var CHAR_0 = 48;
    var CHAR_1 = 49;
    var CHAR_7 = 55;
    var CHAR_9 = 57;
    var CHAR_COLON = 58;
    var CHAR_EQUALS = 61;
    var CHAR_A = 65;
    var CHAR_E = 69;
    var CHAR_F = 70;
    var CHAR_T = 84;
    var CHAR_U = 85;
    var CHAR_Z = 90;
    var CHAR_LOWBAR = 95;
    var CHAR_a = 97;
    var CHAR_b = 98;
    var CHAR_e = 101;
    var CHAR_f = 102;
    var CHAR_i = 105;
    var CHAR_l = 108;
    var CHAR_n = 110;
    var CHAR_o = 111;
    var CHAR_r = 114;
    var CHAR_s = 115;
    var CHAR_t = 116;
    var CHAR_u = 117;
    var CHAR_x = 120;
    var CHAR_z = 122;
    var CHAR_LCUB = 123;
    var CHAR_RCUB = 125;
    var CHAR_LSQB = 91;
    var CHAR_BSOL = 92;
    var CHAR_RSQB = 93;
    var CHAR_DEL = 127;
    var SURROGATE_FIRST = 55296;
    var SURROGATE_LAST = 57343;
    var escapes = {
      [CHAR_b]: "\b",
      [CHAR_t]: "	",
      [CHAR_n]: "\n",
      [CHAR_f]: "\f",
      [CHAR_r]: "\r",
      [CHAR_QUOT]: '"',
      [CHAR_BSOL]: "\\"
    };
    function isDigit(cp) {
      return cp >= CHAR_0 && cp <= CHAR_9;
    }
    function isHexit(cp) {
      return cp >= CHAR_A && cp <= CHAR_F || cp >= CHAR_a && cp <= CHAR_f || cp >= CHAR_0 && cp <= CHAR_9;
    }
    function isBit(cp) {
      return cp === CHAR_1 || cp === CHAR_0;
    }
    function isOctit(cp) {
      return cp >= CHAR_0 && cp <= CHAR_7;
    }
    function isAlphaNumQuoteHyphen(cp) {
      return cp >= CHAR_A && cp <= CHAR_Z || cp >= CHAR_a && cp <= CHAR_z || cp >= CHAR_0 && cp <= CHAR_9 || cp === CHAR_APOS || cp === CHAR_QUOT || cp === CHAR_LOWBAR || cp === CHAR_HYPHEN;
    }
    function isAlphaNumHyphen(cp) {
      return cp >= CHAR_A && cp <= CHAR_Z || cp >= CHAR_a && cp <= CHAR_z || cp >= CHAR_0 && cp <= CHAR_9 || cp === CHAR_LOWBAR || cp === CHAR_HYPHEN;
    }
    var _type = /* @__PURE__ */ Symbol("type");
    var _declared = /* @__PURE__ */ Symbol("declared");
    var hasOwnProperty = Object.prototype.hasOwnProperty;
    var defineProperty = Object.defineProperty;
    var descriptor = { configurable: true, enumerable: true, writable: true, value: void 0 };
    function hasKey(obj, key) {
      if (hasOwnProperty.call(obj, key)) return true;
      if (key === "__proto__") defineProperty(obj, "__proto__", descriptor);
      return false;
    }
    var INLINE_TABLE = /* @__PURE__ */ Symbol("inline-table");
    function InlineTable() {
      return Object.defineProperties({}, {
        [_type]: { value: INLINE_TABLE }
      });
    }
    function isInlineTable(obj) {
      if (obj === null || typeof obj !== "object") return false;
      return obj[_type] === INLINE_TABLE;
    }
    var TABLE = /* @__PURE__ */ Symbol("table");
    function Table() {
      return Object.defineProperties({}, {
        [_type]: { value: TABLE },
        [_declared]: { value: false, writable: true }
      });
    }
    function isTable(obj) {
      if (obj === null || typeof obj !== "object") return false;
      return obj[_type] === TABLE;
    }
    var _contentType = /* @__PURE__ */ Symbol("content-type");
    var INLINE_LIST = /* @__PURE__ */ Symbol("inline-list");
    function InlineList(type) {
      return Object.defineProperties([], {
        [_type]: { value: INLINE_LIST },
        [_contentType]: { value: type }
      });
    }
    function isInlineList(obj) {
      if (obj === null || typeof obj !== "object") return false;
      return obj[_type] === INLINE_LIST;
    }
    var LIST = /* @__PURE__ */ Symbol("list");
    function List() {
      return Object.defineProperties([], {
        [_type]: { value: LIST }
      });
    }
    function isList(obj) {
      if (obj === null || typeof obj !== "object") return false;
      return obj[_type] === LIST;
    }
    var _custom;
    try {
      const utilInspect = eval("require('util').inspect");
      _custom = utilInspect.custom;
    } catch (_) {
    }
    var _inspect = _custom || "inspect";
    var BoxedBigInt = class {
      constructor(value) {
        try {
          this.value = global.BigInt.asIntN(64, value);
        } catch (_) {
          this.value = null;
        }
        Object.defineProperty(this, _type, { value: INTEGER });
      }
      isNaN() {
        return this.value === null;
      }
      /* istanbul ignore next */
      toString() {
        return String(this.value);
      }
      /* istanbul ignore next */
      [_inspect]() {
        return `[BigInt: ${this.toString()}]}`;
      }
      valueOf() {
        return this.value;
      }
    };
    var INTEGER = /* @__PURE__ */ Symbol("integer");
    function Integer(value) {
      let num = Number(value);
      if (Object.is(num, -0)) num = 0;
      if (global.BigInt && !Number.isSafeInteger(num)) {
        return new BoxedBigInt(value);
      } else {
        return Object.defineProperties(new Number(num), {
          isNaN: { value: function() {
            return isNaN(this);
          } },
          [_type]: { value: INTEGER },
          [_inspect]: { value: () => `[Integer: ${value}]` }
        });
      }
    }
    function isInteger(obj) {
      if (obj === null || typeof obj !== "object") return false;
      return obj[_type] === INTEGER;
    }
    var FLOAT = /* @__PURE__ */ Symbol("float");
    function Float(value) {
      return Object.defineProperties(new Number(value), {
        [_type]: { value: FLOAT },
        [_inspect]: { value: () => `[Float: ${value}]` }
      });
    }
    function isFloat(obj) {
      if (obj === null || typeof obj !== "object") return false;
      return obj[_type] === FLOAT;
    }
    function tomlType(value) {
      const type = typeof value;
      if (type === "object") {
        if (value === null) return "null";
        if (value instanceof Date) return "datetime";
        if (_type in value) {
          switch (value[_type]) {
            case INLINE_TABLE:
              return "inline-table";
            case INLINE_LIST:
              return "inline-list";
            /* istanbul ignore next */
            case TABLE:
              return "table";
            /* istanbul ignore next */
            case LIST:
              return "list";
            case FLOAT:
              return "float";
            case INTEGER:
              return "integer";
          }
        }
      }
      return type;
    }
    function makeParserClass(Parser3) {
      class TOMLParser extends Parser3 {
        constructor() {
          super();
          this.ctx = this.obj = Table();
        }
        /* MATCH HELPER */
        atEndOfWord() {
          return this.char === CHAR_NUM || this.char === CTRL_I || this.char === CHAR_SP || this.atEndOfLine();
        }
        atEndOfLine() {
          return this.char === Parser3.END || this.char === CTRL_J || this.char === CTRL_M;
        }
        parseStart() {
          if (this.char === Parser3.END) {
            return null;
          } else if (this.char === CHAR_LSQB) {
            return this.call(this.parseTableOrList);
          } else if (this.char === CHAR_NUM) {
            return this.call(this.parseComment);
          } else if (this.char === CTRL_J || this.char === CHAR_SP || this.char === CTRL_I || this.char === CTRL_M) {
            return null;
          } else if (isAlphaNumQuoteHyphen(this.char)) {
            return this.callNow(this.parseAssignStatement);
          } else {
            throw this.error(new TomlError(`Unknown character "${this.char}"`));
          }
        }
        // HELPER, this strips any whitespace and comments to the end of the line
        // then RETURNS. Last state in a production.
        parseWhitespaceToEOL() {
          if (this.char === CHAR_SP || this.char === CTRL_I || this.char === CTRL_M) {
            return null;
          } else if (this.char === CHAR_NUM) {
            return this.goto(this.parseComment);
          } else if (this.char === Parser3.END || this.char === CTRL_J) {
            return this.return();
          } else {
            throw this.error(new TomlError("Unexpected character, expected only whitespace or comments till end of line"));
          }
        }
        /* ASSIGNMENT: key = value */
        parseAssignStatement() {
          return this.callNow(this.parseAssign, this.recordAssignStatement);
        }
        recordAssignStatement(kv) {
          let target = this.ctx;
          let finalKey = kv.key.pop();
          for (let kw of kv.key) {
            if (hasKey(target, kw) && !isTable(target[kw])) {
              throw this.error(new TomlError("Can't redefine existing key"));
            }
            target = target[kw] = target[kw] || Table();
          }
          if (hasKey(target, finalKey)) {
            throw this.error(new TomlError("Can't redefine existing key"));
          }
          target[_declared] = true;
          if (isInteger(kv.value) || isFloat(kv.value)) {
            target[finalKey] = kv.value.valueOf();
          } else {
            target[finalKey] = kv.value;
          }
          return this.goto(this.parseWhitespaceToEOL);
        }
        /* ASSSIGNMENT expression, key = value possibly inside an inline table */
        parseAssign() {
          return this.callNow(this.parseKeyword, this.recordAssignKeyword);
        }
        recordAssignKeyword(key) {
          if (this.state.resultTable) {
            this.state.resultTable.push(key);
          } else {
            this.state.resultTable = [key];
          }
          return this.goto(this.parseAssignKeywordPreDot);
        }
        parseAssignKeywordPreDot() {
          if (this.char === CHAR_PERIOD) {
            return this.next(this.parseAssignKeywordPostDot);
          } else if (this.char !== CHAR_SP && this.char !== CTRL_I) {
            return this.goto(this.parseAssignEqual);
          }
        }
        parseAssignKeywordPostDot() {
          if (this.char !== CHAR_SP && this.char !== CTRL_I) {
            return this.callNow(this.parseKeyword, this.recordAssignKeyword);
          }
        }
        parseAssignEqual() {
          if (this.char === CHAR_EQUALS) {
            return this.next(this.parseAssignPreValue);
          } else {
            throw this.error(new TomlError('Invalid character, expected "="'));
          }
        }
        parseAssignPreValue() {
          if (this.char === CHAR_SP || this.char === CTRL_I) {
            return null;
          } else {
            return this.callNow(this.parseValue, this.recordAssignValue);
          }
        }
        recordAssignValue(value) {
          return this.returnNow({ key: this.state.resultTable, value });
        }
        /* COMMENTS: #...eol */
        parseComment() {
          do {
            if (this.char === Parser3.END || this.char === CTRL_J) {
              return this.return();
            } else if (this.char === CHAR_DEL || this.char <= CTRL_CHAR_BOUNDARY && this.char !== CTRL_I) {
              throw this.errorControlCharIn("comments");
            }
          } while (this.nextChar());
        }
        /* TABLES AND LISTS, [foo] and [[foo]] */
        parseTableOrList() {
          if (this.char === CHAR_LSQB) {
            this.next(this.parseList);
          } else {
            return this.goto(this.parseTable);
          }
        }
        /* TABLE [foo.bar.baz] */
        parseTable() {
          this.ctx = this.obj;
          return this.goto(this.parseTableNext);
        }
        parseTableNext() {
          if (this.char === CHAR_SP || this.char === CTRL_I) {
            return null;
          } else {
            return this.callNow(this.parseKeyword, this.parseTableMore);
          }
        }
        parseTableMore(keyword) {
          if (this.char === CHAR_SP || this.char === CTRL_I) {
            return null;
          } else if (this.char === CHAR_RSQB) {
            if (hasKey(this.ctx, keyword) && (!isTable(this.ctx[keyword]) || this.ctx[keyword][_declared])) {
              throw this.error(new TomlError("Can't redefine existing key"));
            } else {
              this.ctx = this.ctx[keyword] = this.ctx[keyword] || Table();
              this.ctx[_declared] = true;
            }
            return this.next(this.parseWhitespaceToEOL);
          } else if (this.char === CHAR_PERIOD) {
            if (!hasKey(this.ctx, keyword)) {
              this.ctx = this.ctx[keyword] = Table();
            } else if (isTable(this.ctx[keyword])) {
              this.ctx = this.ctx[keyword];
            } else if (isList(this.ctx[keyword])) {
              this.ctx = this.ctx[keyword][this.ctx[keyword].length - 1];
            } else {
              throw this.error(new TomlError("Can't redefine existing key"));
            }
            return this.next(this.parseTableNext);
          } else {
            throw this.error(new TomlError("Unexpected character, expected whitespace, . or ]"));
          }
        }
        /* LIST [[a.b.c]] */
        parseList() {
          this.ctx = this.obj;
          return this.goto(this.parseListNext);
        }
        parseListNext() {
          if (this.char === CHAR_SP || this.char === CTRL_I) {
            return null;
          } else {
            return this.callNow(this.parseKeyword, this.parseListMore);
          }
        }
        parseListMore(keyword) {
          if (this.char === CHAR_SP || this.char === CTRL_I) {
            return null;
          } else if (this.char === CHAR_RSQB) {
            if (!hasKey(this.ctx, keyword)) {
              this.ctx[keyword] = List();
            }
            if (isInlineList(this.ctx[keyword])) {
              throw this.error(new TomlError("Can't extend an inline array"));
            } else if (isList(this.ctx[keyword])) {
              const next = Table();
              this.ctx[keyword].push(next);
              this.ctx = next;
            } else {
              throw this.error(new TomlError("Can't redefine an existing key"));
            }
            return this.next(this.parseListEnd);
          } else if (this.char === CHAR_PERIOD) {
            if (!hasKey(this.ctx, keyword)) {
              this.ctx = this.ctx[keyword] = Table();
            } else if (isInlineList(this.ctx[keyword])) {
              throw this.error(new TomlError("Can't extend an inline array"));
            } else if (isInlineTable(this.ctx[keyword])) {
              throw this.error(new TomlError("Can't extend an inline table"));
            } else if (isList(this.ctx[keyword])) {
              this.ctx = this.ctx[keyword][this.ctx[keyword].length - 1];
            } else if (isTable(this.ctx[keyword])) {
              this.ctx = this.ctx[keyword];
            } else {
              throw this.error(new TomlError("Can't redefine an existing key"));
            }
            return this.next(this.parseListNext);
          } else {
            throw this.error(new TomlError("Unexpected character, expected whitespace, . or ]"));
          }
        }
        parseListEnd(keyword) {
          if (this.char === CHAR_RSQB) {
            return this.next(this.parseWhitespaceToEOL);
          } else {
            throw this.error(new TomlError("Unexpected character, expected whitespace, . or ]"));
          }
        }
        /* VALUE string, number, boolean, inline list, inline object */
        parseValue() {
          if (this.char === Parser3.END) {
            throw this.error(new TomlError("Key without value"));
          } else if (this.char === CHAR_QUOT) {
            return this.next(this.parseDoubleString);
          }
          if (this.char === CHAR_APOS) {
            return this.next(this.parseSingleString);
          } else if (this.char === CHAR_HYPHEN || this.char === CHAR_PLUS) {
            return this.goto(this.parseNumberSign);
          } else if (this.char === CHAR_i) {
            return this.next(this.parseInf);
          } else if (this.char === CHAR_n) {
            return this.next(this.parseNan);
          } else if (isDigit(this.char)) {
            return this.goto(this.parseNumberOrDateTime);
          } else if (this.char === CHAR_t || this.char === CHAR_f) {
            return this.goto(this.parseBoolean);
          } else if (this.char === CHAR_LSQB) {
            return this.call(this.parseInlineList, this.recordValue);
          } else if (this.char === CHAR_LCUB) {
            return this.call(this.parseInlineTable, this.recordValue);
          } else {
            throw this.error(new TomlError("Unexpected character, expecting string, number, datetime, boolean, inline array or inline table"));
          }
        }
        recordValue(value) {
          return this.returnNow(value);
        }
        parseInf() {
          if (this.char === CHAR_n) {
            return this.next(this.parseInf2);
          } else {
            throw this.error(new TomlError('Unexpected character, expected "inf", "+inf" or "-inf"'));
          }
        }
        parseInf2() {
          if (this.char === CHAR_f) {
            if (this.state.buf === "-") {
              return this.return(-Infinity);
            } else {
              return this.return(Infinity);
            }
          } else {
            throw this.error(new TomlError('Unexpected character, expected "inf", "+inf" or "-inf"'));
          }
        }
        parseNan() {
          if (this.char === CHAR_a) {
            return this.next(this.parseNan2);
          } else {
            throw this.error(new TomlError('Unexpected character, expected "nan"'));
          }
        }
        parseNan2() {
          if (this.char === CHAR_n) {
            return this.return(NaN);
          } else {
            throw this.error(new TomlError('Unexpected character, expected "nan"'));
          }
        }
        /* KEYS, barewords or basic, literal, or dotted */
        parseKeyword() {
          if (this.char === CHAR_QUOT) {
            return this.next(this.parseBasicString);
          } else if (this.char === CHAR_APOS) {
            return this.next(this.parseLiteralString);
          } else {
            return this.goto(this.parseBareKey);
          }
        }
        /* KEYS: barewords */
        parseBareKey() {
          do {
            if (this.char === Parser3.END) {
              throw this.error(new TomlError("Key ended without value"));
            } else if (isAlphaNumHyphen(this.char)) {
              this.consume();
            } else if (this.state.buf.length === 0) {
              throw this.error(new TomlError("Empty bare keys are not allowed"));
            } else {
              return this.returnNow();
            }
          } while (this.nextChar());
        }
        /* STRINGS, single quoted (literal) */
        parseSingleString() {
          if (this.char === CHAR_APOS) {
            return this.next(this.parseLiteralMultiStringMaybe);
          } else {
            return this.goto(this.parseLiteralString);
          }
        }
        parseLiteralString() {
          do {
            if (this.char === CHAR_APOS) {
              return this.return();
            } else if (this.atEndOfLine()) {
              throw this.error(new TomlError("Unterminated string"));
            } else if (this.char === CHAR_DEL || this.char <= CTRL_CHAR_BOUNDARY && this.char !== CTRL_I) {
              throw this.errorControlCharIn("strings");
            } else {
              this.consume();
            }
          } while (this.nextChar());
        }
        parseLiteralMultiStringMaybe() {
          if (this.char === CHAR_APOS) {
            return this.next(this.parseLiteralMultiString);
          } else {
            return this.returnNow();
          }
        }
        parseLiteralMultiString() {
          if (this.char === CTRL_M) {
            return null;
          } else if (this.char === CTRL_J) {
            return this.next(this.parseLiteralMultiStringContent);
          } else {
            return this.goto(this.parseLiteralMultiStringContent);
          }
        }
        parseLiteralMultiStringContent() {
          do {
            if (this.char === CHAR_APOS) {
              return this.next(this.parseLiteralMultiEnd);
            } else if (this.char === Parser3.END) {
              throw this.error(new TomlError("Unterminated multi-line string"));
            } else if (this.char === CHAR_DEL || this.char <= CTRL_CHAR_BOUNDARY && this.char !== CTRL_I && this.char !== CTRL_J && this.char !== CTRL_M) {
              throw this.errorControlCharIn("strings");
            } else {
              this.consume();
            }
          } while (this.nextChar());
        }
        parseLiteralMultiEnd() {
          if (this.char === CHAR_APOS) {
            return this.next(this.parseLiteralMultiEnd2);
          } else {
            this.state.buf += "'";
            return this.goto(this.parseLiteralMultiStringContent);
          }
        }
        parseLiteralMultiEnd2() {
          if (this.char === CHAR_APOS) {
            return this.next(this.parseLiteralMultiEnd3);
          } else {
            this.state.buf += "''";
            return this.goto(this.parseLiteralMultiStringContent);
          }
        }
        parseLiteralMultiEnd3() {
          if (this.char === CHAR_APOS) {
            this.state.buf += "'";
            return this.next(this.parseLiteralMultiEnd4);
          } else {
            return this.returnNow();
          }
        }
        parseLiteralMultiEnd4() {
          if (this.char === CHAR_APOS) {
            this.state.buf += "'";
            return this.return();
          } else {
            return this.returnNow();
          }
        }
        /* STRINGS double quoted */
        parseDoubleString() {
          if (this.char === CHAR_QUOT) {
            return this.next(this.parseMultiStringMaybe);
          } else {
            return this.goto(this.parseBasicString);
          }
        }
        parseBasicString() {
          do {
            if (this.char === CHAR_BSOL) {
              return this.call(this.parseEscape, this.recordEscapeReplacement);
            } else if (this.char === CHAR_QUOT) {
              return this.return();
            } else if (this.atEndOfLine()) {
              throw this.error(new TomlError("Unterminated string"));
            } else if (this.char === CHAR_DEL || this.char <= CTRL_CHAR_BOUNDARY && this.char !== CTRL_I) {
              throw this.errorControlCharIn("strings");
            } else {
              this.consume();
            }
          } while (this.nextChar());
        }
        recordEscapeReplacement(replacement) {
          this.state.buf += replacement;
          return this.goto(this.parseBasicString);
        }
        parseMultiStringMaybe() {
          if (this.char === CHAR_QUOT) {
            return this.next(this.parseMultiString);
          } else {
            return this.returnNow();
          }
        }
        parseMultiString() {
          if (this.char === CTRL_M) {
            return null;
          } else if (this.char === CTRL_J) {
            return this.next(this.parseMultiStringContent);
          } else {
            return this.goto(this.parseMultiStringContent);
          }
        }
        parseMultiStringContent() {
          do {
            if (this.char === CHAR_BSOL) {
              return this.call(this.parseMultiEscape, this.recordMultiEscapeReplacement);
            } else if (this.char === CHAR_QUOT) {
              return this.next(this.parseMultiEnd);
            } else if (this.char === Parser3.END) {
              throw this.error(new TomlError("Unterminated multi-line string"));
            } else if (this.char === CHAR_DEL || this.char <= CTRL_CHAR_BOUNDARY && this.char !== CTRL_I && this.char !== CTRL_J && this.char !== CTRL_M) {
              throw this.errorControlCharIn("strings");
            } else {
              this.consume();
            }
          } while (this.nextChar());
        }
        errorControlCharIn(type) {
          let displayCode = "\\u00";
          if (this.char < 16) {
            displayCode += "0";
          }
          displayCode += this.char.toString(16);
          return this.error(new TomlError(`Control characters (codes < 0x1f and 0x7f) are not allowed in ${type}, use ${displayCode} instead`));
        }
        recordMultiEscapeReplacement(replacement) {
          this.state.buf += replacement;
          return this.goto(this.parseMultiStringContent);
        }
        parseMultiEnd() {
          if (this.char === CHAR_QUOT) {
            return this.next(this.parseMultiEnd2);
          } else {
            this.state.buf += '"';
            return this.goto(this.parseMultiStringContent);
          }
        }
        parseMultiEnd2() {
          if (this.char === CHAR_QUOT) {
            return this.next(this.parseMultiEnd3);
          } else {
            this.state.buf += '""';
            return this.goto(this.parseMultiStringContent);
          }
        }
        parseMultiEnd3() {
          if (this.char === CHAR_QUOT) {
            this.state.buf += '"';
            return this.next(this.parseMultiEnd4);
          } else {
            return this.returnNow();
          }
        }
        parseMultiEnd4() {
          if (this.char === CHAR_QUOT) {
            this.state.buf += '"';
            return this.return();
          } else {
            return this.returnNow();
          }
        }
        parseMultiEscape() {
          if (this.char === CTRL_M || this.char === CTRL_J) {
            return this.next(this.parseMultiTrim);
          } else if (this.char === CHAR_SP || this.char === CTRL_I) {
            return this.next(this.parsePreMultiTrim);
          } else {
            return this.goto(this.parseEscape);
          }
        }
        parsePreMultiTrim() {
          if (this.char === CHAR_SP || this.char === CTRL_I) {
            return null;
          } else if (this.char === CTRL_M || this.char === CTRL_J) {
            return this.next(this.parseMultiTrim);
          } else {
            throw this.error(new TomlError("Can't escape whitespace"));
          }
        }
        parseMultiTrim() {
          if (this.char === CTRL_J || this.char === CHAR_SP || this.char === CTRL_I || this.char === CTRL_M) {
            return null;
          } else {
            return this.returnNow();
          }
        }
        parseEscape() {
          if (this.char in escapes) {
            return this.return(escapes[this.char]);
          } else if (this.char === CHAR_u) {
            return this.call(this.parseSmallUnicode, this.parseUnicodeReturn);
          } else if (this.char === CHAR_U) {
            return this.call(this.parseLargeUnicode, this.parseUnicodeReturn);
          } else {
            throw this.error(new TomlError("Unknown escape character: " + this.char));
          }
        }
        parseUnicodeReturn(char) {
          try {
            const codePoint = parseInt(char, 16);
            if (codePoint >= SURROGATE_FIRST && codePoint <= SURROGATE_LAST) {
              throw this.error(new TomlError("Invalid unicode, character in range 0xD800 - 0xDFFF is reserved"));
            }
            return this.returnNow(String.fromCodePoint(codePoint));
          } catch (err) {
            throw this.error(TomlError.wrap(err));
          }
        }
        parseSmallUnicode() {
          if (!isHexit(this.char)) {
            throw this.error(new TomlError("Invalid character in unicode sequence, expected hex"));
          } else {
            this.consume();
            if (this.state.buf.length >= 4) return this.return();
          }
        }
        parseLargeUnicode() {
          if (!isHexit(this.char)) {
            throw this.error(new TomlError("Invalid character in unicode sequence, expected hex"));
          } else {
            this.consume();
            if (this.state.buf.length >= 8) return this.return();
          }
        }
        /* NUMBERS */
        parseNumberSign() {
          this.consume();
          return this.next(this.parseMaybeSignedInfOrNan);
        }
        parseMaybeSignedInfOrNan() {
          if (this.char === CHAR_i) {
            return this.next(this.parseInf);
          } else if (this.char === CHAR_n) {
            return this.next(this.parseNan);
          } else {
            return this.callNow(this.parseNoUnder, this.parseNumberIntegerStart);
          }
        }
        parseNumberIntegerStart() {
          if (this.char === CHAR_0) {
            this.consume();
            return this.next(this.parseNumberIntegerExponentOrDecimal);
          } else {
            return this.goto(this.parseNumberInteger);
          }
        }
        parseNumberIntegerExponentOrDecimal() {
          if (this.char === CHAR_PERIOD) {
            this.consume();
            return this.call(this.parseNoUnder, this.parseNumberFloat);
          } else if (this.char === CHAR_E || this.char === CHAR_e) {
            this.consume();
            return this.next(this.parseNumberExponentSign);
          } else {
            return this.returnNow(Integer(this.state.buf));
          }
        }
        parseNumberInteger() {
          if (isDigit(this.char)) {
            this.consume();
          } else if (this.char === CHAR_LOWBAR) {
            return this.call(this.parseNoUnder);
          } else if (this.char === CHAR_E || this.char === CHAR_e) {
            this.consume();
            return this.next(this.parseNumberExponentSign);
          } else if (this.char === CHAR_PERIOD) {
            this.consume();
            return this.call(this.parseNoUnder, this.parseNumberFloat);
          } else {
            const result = Integer(this.state.buf);
            if (result.isNaN()) {
              throw this.error(new TomlError("Invalid number"));
            } else {
              return this.returnNow(result);
            }
          }
        }
        parseNoUnder() {
          if (this.char === CHAR_LOWBAR || this.char === CHAR_PERIOD || this.char === CHAR_E || this.char === CHAR_e) {
            throw this.error(new TomlError("Unexpected character, expected digit"));
          } else if (this.atEndOfWord()) {
            throw this.error(new TomlError("Incomplete number"));
          }
          return this.returnNow();
        }
        parseNoUnderHexOctBinLiteral() {
          if (this.char === CHAR_LOWBAR || this.char === CHAR_PERIOD) {
            throw this.error(new TomlError("Unexpected character, expected digit"));
          } else if (this.atEndOfWord()) {
            throw this.error(new TomlError("Incomplete number"));
          }
          return this.returnNow();
        }
        parseNumberFloat() {
          if (this.char === CHAR_LOWBAR) {
            return this.call(this.parseNoUnder, this.parseNumberFloat);
          } else if (isDigit(this.char)) {
            this.consume();
          } else if (this.char === CHAR_E || this.char === CHAR_e) {
            this.consume();
            return this.next(this.parseNumberExponentSign);
          } else {
            return this.returnNow(Float(this.state.buf));
          }
        }
        parseNumberExponentSign() {
          if (isDigit(this.char)) {
            return this.goto(this.parseNumberExponent);
          } else if (this.char === CHAR_HYPHEN || this.char === CHAR_PLUS) {
            this.consume();
            this.call(this.parseNoUnder, this.parseNumberExponent);
          } else {
            throw this.error(new TomlError("Unexpected character, expected -, + or digit"));
          }
        }
        parseNumberExponent() {
          if (isDigit(this.char)) {
            this.consume();
          } else if (this.char === CHAR_LOWBAR) {
            return this.call(this.parseNoUnder);
          } else {
            return this.returnNow(Float(this.state.buf));
          }
        }
        /* NUMBERS or DATETIMES  */
        parseNumberOrDateTime() {
          if (this.char === CHAR_0) {
            this.consume();
            return this.next(this.parseNumberBaseOrDateTime);
          } else {
            return this.goto(this.parseNumberOrDateTimeOnly);
          }
        }
        parseNumberOrDateTimeOnly() {
          if (this.char === CHAR_LOWBAR) {
            return this.call(this.parseNoUnder, this.parseNumberInteger);
          } else if (isDigit(this.char)) {
            this.consume();
            if (this.state.buf.length > 4) this.next(this.parseNumberInteger);
          } else if (this.char === CHAR_E || this.char === CHAR_e) {
            this.consume();
            return this.next(this.parseNumberExponentSign);
          } else if (this.char === CHAR_PERIOD) {
            this.consume();
            return this.call(this.parseNoUnder, this.parseNumberFloat);
          } else if (this.char === CHAR_HYPHEN) {
            return this.goto(this.parseDateTime);
          } else if (this.char === CHAR_COLON) {
            return this.goto(this.parseOnlyTimeHour);
          } else {
            return this.returnNow(Integer(this.state.buf));
          }
        }
        parseDateTimeOnly() {
          if (this.state.buf.length < 4) {
            if (isDigit(this.char)) {
              return this.consume();
            } else if (this.char === CHAR_COLON) {
              return this.goto(this.parseOnlyTimeHour);
            } else {
              throw this.error(new TomlError("Expected digit while parsing year part of a date"));
            }
          } else {
            if (this.char === CHAR_HYPHEN) {
              return this.goto(this.parseDateTime);
            } else {
              throw this.error(new TomlError("Expected hyphen (-) while parsing year part of date"));
            }
          }
        }
        parseNumberBaseOrDateTime() {
          if (this.char === CHAR_b) {
            this.consume();
            return this.call(this.parseNoUnderHexOctBinLiteral, this.parseIntegerBin);
          } else if (this.char === CHAR_o) {
            this.consume();
            return this.call(this.parseNoUnderHexOctBinLiteral, this.parseIntegerOct);
          } else if (this.char === CHAR_x) {
            this.consume();
            return this.call(this.parseNoUnderHexOctBinLiteral, this.parseIntegerHex);
          } else if (this.char === CHAR_PERIOD) {
            return this.goto(this.parseNumberInteger);
          } else if (isDigit(this.char)) {
            return this.goto(this.parseDateTimeOnly);
          } else {
            return this.returnNow(Integer(this.state.buf));
          }
        }
        parseIntegerHex() {
          if (isHexit(this.char)) {
            this.consume();
          } else if (this.char === CHAR_LOWBAR) {
            return this.call(this.parseNoUnderHexOctBinLiteral);
          } else {
            const result = Integer(this.state.buf);
            if (result.isNaN()) {
              throw this.error(new TomlError("Invalid number"));
            } else {
              return this.returnNow(result);
            }
          }
        }
        parseIntegerOct() {
          if (isOctit(this.char)) {
            this.consume();
          } else if (this.char === CHAR_LOWBAR) {
            return this.call(this.parseNoUnderHexOctBinLiteral);
          } else {
            const result = Integer(this.state.buf);
            if (result.isNaN()) {
              throw this.error(new TomlError("Invalid number"));
            } else {
              return this.returnNow(result);
            }
          }
        }
        parseIntegerBin() {
          if (isBit(this.char)) {
            this.consume();
          } else if (this.char === CHAR_LOWBAR) {
            return this.call(this.parseNoUnderHexOctBinLiteral);
          } else {
            const result = Integer(this.state.buf);
            if (result.isNaN()) {
              throw this.error(new TomlError("Invalid number"));
            } else {
              return this.returnNow(result);
            }
          }
        }
        /* DATETIME */
        parseDateTime() {
          if (this.state.buf.length < 4) {
            throw this.error(new TomlError("Years less than 1000 must be zero padded to four characters"));
          }
          this.state.result = this.state.buf;
          this.state.buf = "";
          return this.next(this.parseDateMonth);
        }
        parseDateMonth() {
          if (this.char === CHAR_HYPHEN) {
            if (this.state.buf.length < 2) {
              throw this.error(new TomlError("Months less than 10 must be zero padded to two characters"));
            }
            this.state.result += "-" + this.state.buf;
            this.state.buf = "";
            return this.next(this.parseDateDay);
          } else if (isDigit(this.char)) {
            this.consume();
          } else {
            throw this.error(new TomlError("Incomplete datetime"));
          }
        }
        parseDateDay() {
          if (this.char === CHAR_T || this.char === CHAR_SP) {
            if (this.state.buf.length < 2) {
              throw this.error(new TomlError("Days less than 10 must be zero padded to two characters"));
            }
            this.state.result += "-" + this.state.buf;
            this.state.buf = "";
            return this.next(this.parseStartTimeHour);
          } else if (this.atEndOfWord()) {
            return this.returnNow(createDate(this.state.result + "-" + this.state.buf));
          } else if (isDigit(this.char)) {
            this.consume();
          } else {
            throw this.error(new TomlError("Incomplete datetime"));
          }
        }
        parseStartTimeHour() {
          if (this.atEndOfWord()) {
            return this.returnNow(createDate(this.state.result));
          } else {
            return this.goto(this.parseTimeHour);
          }
        }
        parseTimeHour() {
          if (this.char === CHAR_COLON) {
            if (this.state.buf.length < 2) {
              throw this.error(new TomlError("Hours less than 10 must be zero padded to two characters"));
            }
            this.state.result += "T" + this.state.buf;
            this.state.buf = "";
            return this.next(this.parseTimeMin);
          } else if (isDigit(this.char)) {
            this.consume();
          } else {
            throw this.error(new TomlError("Incomplete datetime"));
          }
        }
        parseTimeMin() {
          if (this.state.buf.length < 2 && isDigit(this.char)) {
            this.consume();
          } else if (this.state.buf.length === 2 && this.char === CHAR_COLON) {
            this.state.result += ":" + this.state.buf;
            this.state.buf = "";
            return this.next(this.parseTimeSec);
          } else {
            throw this.error(new TomlError("Incomplete datetime"));
          }
        }
        parseTimeSec() {
          if (isDigit(this.char)) {
            this.consume();
            if (this.state.buf.length === 2) {
              this.state.result += ":" + this.state.buf;
              this.state.buf = "";
              return this.next(this.parseTimeZoneOrFraction);
            }
          } else {
            throw this.error(new TomlError("Incomplete datetime"));
          }
        }
        parseOnlyTimeHour() {
          if (this.char === CHAR_COLON) {
            if (this.state.buf.length < 2) {
              throw this.error(new TomlError("Hours less than 10 must be zero padded to two characters"));
            }
            this.state.result = this.state.buf;
            this.state.buf = "";
            return this.next(this.parseOnlyTimeMin);
          } else {
            throw this.error(new TomlError("Incomplete time"));
          }
        }
        parseOnlyTimeMin() {
          if (this.state.buf.length < 2 && isDigit(this.char)) {
            this.consume();
          } else if (this.state.buf.length === 2 && this.char === CHAR_COLON) {
            this.state.result += ":" + this.state.buf;
            this.state.buf = "";
            return this.next(this.parseOnlyTimeSec);
          } else {
            throw this.error(new TomlError("Incomplete time"));
          }
        }
        parseOnlyTimeSec() {
          if (isDigit(this.char)) {
            this.consume();
            if (this.state.buf.length === 2) {
              return this.next(this.parseOnlyTimeFractionMaybe);
            }
          } else {
            throw this.error(new TomlError("Incomplete time"));
          }
        }
        parseOnlyTimeFractionMaybe() {
          this.state.result += ":" + this.state.buf;
          if (this.char === CHAR_PERIOD) {
            this.state.buf = "";
            this.next(this.parseOnlyTimeFraction);
          } else {
            return this.return(createTime(this.state.result));
          }
        }
        parseOnlyTimeFraction() {
          if (isDigit(this.char)) {
            this.consume();
          } else if (this.atEndOfWord()) {
            if (this.state.buf.length === 0) throw this.error(new TomlError("Expected digit in milliseconds"));
            return this.returnNow(createTime(this.state.result + "." + this.state.buf));
          } else {
            throw this.error(new TomlError("Unexpected character in datetime, expected period (.), minus (-), plus (+) or Z"));
          }
        }
        parseTimeZoneOrFraction() {
          if (this.char === CHAR_PERIOD) {
            this.consume();
            this.next(this.parseDateTimeFraction);
          } else if (this.char === CHAR_HYPHEN || this.char === CHAR_PLUS) {
            this.consume();
            this.next(this.parseTimeZoneHour);
          } else if (this.char === CHAR_Z) {
            this.consume();
            return this.return(createDateTime(this.state.result + this.state.buf));
          } else if (this.atEndOfWord()) {
            return this.returnNow(createDateTimeFloat(this.state.result + this.state.buf));
          } else {
            throw this.error(new TomlError("Unexpected character in datetime, expected period (.), minus (-), plus (+) or Z"));
          }
        }
        parseDateTimeFraction() {
          if (isDigit(this.char)) {
            this.consume();
          } else if (this.state.buf.length === 1) {
            throw this.error(new TomlError("Expected digit in milliseconds"));
          } else if (this.char === CHAR_HYPHEN || this.char === CHAR_PLUS) {
            this.consume();
            this.next(this.parseTimeZoneHour);
          } else if (this.char === CHAR_Z) {
            this.consume();
            return this.return(createDateTime(this.state.result + this.state.buf));
          } else if (this.atEndOfWord()) {
            return this.returnNow(createDateTimeFloat(this.state.result + this.state.buf));
          } else {
            throw this.error(new TomlError("Unexpected character in datetime, expected period (.), minus (-), plus (+) or Z"));
          }
        }
        parseTimeZoneHour() {
          if (isDigit(this.char)) {
            this.consume();
            if (/\d\d$/.test(this.state.buf)) return this.next(this.parseTimeZoneSep);
          } else {
            throw this.error(new TomlError("Unexpected character in datetime, expected digit"));
          }
        }
        parseTimeZoneSep() {
          if (this.char === CHAR_COLON) {
            this.consume();
            this.next(this.parseTimeZoneMin);
          } else {
            throw this.error(new TomlError("Unexpected character in datetime, expected colon"));
          }
        }
        parseTimeZoneMin() {
          if (isDigit(this.char)) {
            this.consume();
            if (/\d\d$/.test(this.state.buf)) return this.return(createDateTime(this.state.result + this.state.buf));
          } else {
            throw this.error(new TomlError("Unexpected character in datetime, expected digit"));
          }
        }
        /* BOOLEAN */
        parseBoolean() {
          if (this.char === CHAR_t) {
            this.consume();
            return this.next(this.parseTrue_r);
          } else if (this.char === CHAR_f) {
            this.consume();
            return this.next(this.parseFalse_a);
          }
        }
        parseTrue_r() {
          if (this.char === CHAR_r) {
            this.consume();
            return this.next(this.parseTrue_u);
          } else {
            throw this.error(new TomlError("Invalid boolean, expected true or false"));
          }
        }
        parseTrue_u() {
          if (this.char === CHAR_u) {
            this.consume();
            return this.next(this.parseTrue_e);
          } else {
            throw this.error(new TomlError("Invalid boolean, expected true or false"));
          }
        }
        parseTrue_e() {
          if (this.char === CHAR_e) {
            return this.return(true);
          } else {
            throw this.error(new TomlError("Invalid boolean, expected true or false"));
          }
        }
        parseFalse_a() {
          if (this.char === CHAR_a) {
            this.consume();
            return this.next(this.parseFalse_l);
          } else {
            throw this.error(new TomlError("Invalid boolean, expected true or false"));
          }
        }
        parseFalse_l() {
          if (this.char === CHAR_l) {
            this.consume();
            return this.next(this.parseFalse_s);
          } else {
            throw this.error(new TomlError("Invalid boolean, expected true or false"));
          }
        }
        parseFalse_s() {
          if (this.char === CHAR_s) {
            this.consume();
            return this.next(this.parseFalse_e);
          } else {
            throw this.error(new TomlError("Invalid boolean, expected true or false"));
          }
        }
        parseFalse_e() {
          if (this.char === CHAR_e) {
            return this.return(false);
          } else {
            throw this.error(new TomlError("Invalid boolean, expected true or false"));
          }
        }
        /* INLINE LISTS */
        parseInlineList() {
          if (this.char === CHAR_SP || this.char === CTRL_I || this.char === CTRL_M || this.char === CTRL_J) {
            return null;
          } else if (this.char === Parser3.END) {
            throw this.error(new TomlError("Unterminated inline array"));
          } else if (this.char === CHAR_NUM) {
            return this.call(this.parseComment);
          } else if (this.char === CHAR_RSQB) {
            return this.return(this.state.resultArr || InlineList());
          } else {
            return this.callNow(this.parseValue, this.recordInlineListValue);
          }
        }
        recordInlineListValue(value) {
          if (!this.state.resultArr) {
            this.state.resultArr = InlineList(tomlType(value));
          }
          if (isFloat(value) || isInteger(value)) {
            this.state.resultArr.push(value.valueOf());
          } else {
            this.state.resultArr.push(value);
          }
          return this.goto(this.parseInlineListNext);
        }
        parseInlineListNext() {
          if (this.char === CHAR_SP || this.char === CTRL_I || this.char === CTRL_M || this.char === CTRL_J) {
            return null;
          } else if (this.char === CHAR_NUM) {
            return this.call(this.parseComment);
          } else if (this.char === CHAR_COMMA) {
            return this.next(this.parseInlineList);
          } else if (this.char === CHAR_RSQB) {
            return this.goto(this.parseInlineList);
          } else {
            throw this.error(new TomlError("Invalid character, expected whitespace, comma (,) or close bracket (])"));
          }
        }
        /* INLINE TABLE */
        parseInlineTable() {
          if (this.char === CHAR_SP || this.char === CTRL_I) {
            return null;
          } else if (this.char === Parser3.END || this.char === CHAR_NUM || this.char === CTRL_J || this.char === CTRL_M) {
            throw this.error(new TomlError("Unterminated inline array"));
          } else if (this.char === CHAR_RCUB) {
            return this.return(this.state.resultTable || InlineTable());
          } else {
            if (!this.state.resultTable) this.state.resultTable = InlineTable();
            return this.callNow(this.parseAssign, this.recordInlineTableValue);
          }
        }
        recordInlineTableValue(kv) {
          let target = this.state.resultTable;
          let finalKey = kv.key.pop();
          for (let kw of kv.key) {
            if (hasKey(target, kw) && (!isTable(target[kw]) || target[kw][_declared])) {
              throw this.error(new TomlError("Can't redefine existing key"));
            }
            target = target[kw] = target[kw] || Table();
          }
          if (hasKey(target, finalKey)) {
            throw this.error(new TomlError("Can't redefine existing key"));
          }
          if (isInteger(kv.value) || isFloat(kv.value)) {
            target[finalKey] = kv.value.valueOf();
          } else {
            target[finalKey] = kv.value;
          }
          return this.goto(this.parseInlineTableNext);
        }
        parseInlineTableNext() {
          if (this.char === CHAR_SP || this.char === CTRL_I) {
            return null;
          } else if (this.char === Parser3.END || this.char === CHAR_NUM || this.char === CTRL_J || this.char === CTRL_M) {
            throw this.error(new TomlError("Unterminated inline array"));
          } else if (this.char === CHAR_COMMA) {
            return this.next(this.parseInlineTablePostComma);
          } else if (this.char === CHAR_RCUB) {
            return this.goto(this.parseInlineTable);
          } else {
            throw this.error(new TomlError("Invalid character, expected whitespace, comma (,) or close bracket (])"));
          }
        }
        parseInlineTablePostComma() {
          if (this.char === CHAR_SP || this.char === CTRL_I) {
            return null;
          } else if (this.char === Parser3.END || this.char === CHAR_NUM || this.char === CTRL_J || this.char === CTRL_M) {
            throw this.error(new TomlError("Unterminated inline array"));
          } else if (this.char === CHAR_COMMA) {
            throw this.error(new TomlError("Empty elements in inline tables are not permitted"));
          } else if (this.char === CHAR_RCUB) {
            throw this.error(new TomlError("Trailing commas in inline tables are not permitted"));
          } else {
            return this.goto(this.parseInlineTable);
          }
        }
      }
      return TOMLParser;
    }
  }
});

// node_modules/@iarna/toml/parse-pretty-error.js
var require_parse_pretty_error = __commonJS({
  "node_modules/@iarna/toml/parse-pretty-error.js"(exports2, module2) {
    "use strict";
    module2.exports = prettyError;
    function prettyError(err, buf) {
      if (err.pos == null || err.line == null) return err;
      let msg = err.message;
      msg += ` at row ${err.line + 1}, col ${err.col + 1}, pos ${err.pos}:
`;
      if (buf && buf.split) {
        const lines = buf.split(/\n/);
        const lineNumWidth = String(Math.min(lines.length, err.line + 3)).length;
        let linePadding = " ";
        while (linePadding.length < lineNumWidth) linePadding += " ";
        for (let ii = Math.max(0, err.line - 1); ii < Math.min(lines.length, err.line + 2); ++ii) {
          let lineNum = String(ii + 1);
          if (lineNum.length < lineNumWidth) lineNum = " " + lineNum;
          if (err.line === ii) {
            msg += lineNum + "> " + lines[ii] + "\n";
            msg += linePadding + "  ";
            for (let hh = 0; hh < err.col; ++hh) {
              msg += " ";
            }
            msg += "^\n";
          } else {
            msg += lineNum + ": " + lines[ii] + "\n";
          }
        }
      }
      err.message = msg + "\n";
      return err;
    }
  }
});

// node_modules/@iarna/toml/parse-string.js
var require_parse_string = __commonJS({
  "node_modules/@iarna/toml/parse-string.js"(exports2, module2) {
    "use strict";
    module2.exports = parseString;
    var TOMLParser = require_toml_parser();
    var prettyError = require_parse_pretty_error();
    function parseString(str) {
      if (global.Buffer && global.Buffer.isBuffer(str)) {
        str = str.toString("utf8");
      }
      const parser = new TOMLParser();
      try {
        parser.parse(str);
        return parser.finish();
      } catch (err) {
        throw prettyError(err, str);
      }
    }
  }
});

// src/report.ts
var MARK = { true: "\u2713", false: "\u2717" };
var PROBLEM_MARK = {
  error: "\u2717",
  warning: "\u26A0",
  notice: "\u2139",
  info: "\u2139"
};
function place(row) {
  if (!row.location) return "";
  return row.location.line ? `${row.location.file}:${row.location.line}` : row.location.file;
}
function annotate(finding) {
  if (finding.level === "info") return;
  const at = finding.location;
  annotation(finding.level, finding.message, {
    title: finding.title,
    ...at && { file: at.file },
    ...at?.line && { startLine: at.line },
    ...at?.column && { startColumn: at.column }
  });
}
function annotateUserError(error) {
  annotate({
    level: "error",
    title: error.title,
    message: error.message,
    location: error.location
  });
}
function setCheckOutputs(result) {
  if (result.version === void 0) return;
  setOutput("version", result.version);
  setOutput("pep440", result.pep440);
  setOutput("prerelease", String(result.prerelease));
  if (result.tag !== void 0) setOutput("tag", result.tag);
}
async function writeSummary(build) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  build(summary);
  await summary.write();
}
function addCheckSummary(summary2, result) {
  summary2.addHeading(`Version check: ${result.ok ? "\u2713 passed" : "\u2717 failed"}`, 2);
  summary2.addTable([
    [
      { data: "Source", header: true },
      { data: "Value", header: true },
      { data: "File", header: true },
      { data: "Agrees", header: true }
    ],
    ...result.rows.map((row) => [
      summaryText(row.source),
      `<code>${summaryText(row.value)}</code>`,
      summaryText(place(row)) || "\u2014",
      // @actions/core leaves an empty cell unclosed
      MARK[`${row.ok}`]
    ])
  ]);
  const problems = result.findings.filter((finding) => finding.level !== "notice");
  if (problems.length > 0) {
    summary2.addList(
      problems.map(
        (finding) => `${PROBLEM_MARK[finding.level]} <b>${summaryText(finding.title)}</b>: ${summaryText(finding.message)}`
      )
    );
  }
}
function addCheckStopped(summary2, error) {
  const at = error.location ? `${error.location.file}${error.location.line ? `:${error.location.line}` : ""}: ` : "";
  summary2.addHeading("Version check: \u2717 failed", 2).addRaw(`<p><b>${summaryText(error.title)}</b></p>`, true).addRaw(`<pre>${escapeHtml(`${at}${error.message}`)}</pre>`, true);
}
function splitDiff(diff) {
  return diff.split(/^(?=diff --git )/m).filter((part) => part.startsWith("diff --git ")).map((part) => ({
    file: /^\+\+\+ b\/(.*)$/m.exec(part)?.[1] ?? /^diff --git a\/(.*?) b\//.exec(part)[1],
    diff: part.trimEnd()
  }));
}
function addBumpSummary(summary2, bump, dryRun) {
  summary2.addHeading(
    `Bump ${summaryText(bump.previous)} \u2192 ${summaryText(bump.version)}, tag ${summaryText(bump.tag)}${dryRun ? " (dry run: nothing was committed or pushed)" : ": committed and tagged, pushed once the release checks pass"}`,
    2
  );
  const files = splitDiff(bump.diff);
  if (files.length === 0) summary2.addRaw("<p>No file changes; only the tag.</p>", true);
  for (const file of files) {
    summary2.addHeading(summaryText(file.file), 3).addRaw(`<pre lang="diff"><code>${escapeHtml(file.diff)}</code></pre>`, true);
  }
}
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "|": "&#124;",
  "`": "&#96;"
};
function escapeHtml(text2) {
  return text2.replace(/[&<>"'|`]/g, (c) => ENTITIES[c] ?? c);
}
function summaryText(text2) {
  return escapeHtml(text2).replace(/\r\n|\r|\n/g, "<br>");
}
function sourceInFile(row) {
  const file = row.location?.file;
  return file && row.source.startsWith(`${file} `) ? row.source.slice(file.length + 1) : row.source;
}
function renderCheckText(result) {
  const header = ["file", "source", "value", ""];
  const body = result.rows.map((row) => [
    place(row),
    sourceInFile(row),
    row.value,
    MARK[`${row.ok}`]
  ]);
  const widths = header.map(
    (_, column) => Math.max(...[header, ...body].map((cells) => cells[column].length))
  );
  const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join("  ").trimEnd();
  const lines = [line(header), ...body.map(line), ""];
  for (const finding of result.findings) lines.push(renderFindingText(finding));
  lines.push(
    !result.ok ? "\u2717 version check failed" : result.version === void 0 ? "\u2713 passed (the version is set by the tag or the build)" : `\u2713 version ${result.version} is consistent`
  );
  return lines.join("\n");
}
function renderFindingText(finding) {
  const at = finding.location ? `${finding.location.file}${finding.location.line ? `:${finding.location.line}` : ""}${finding.location.column ? `:${finding.location.column}` : ""}: ` : "";
  return `${at}${finding.level}: ${finding.title}: ${finding.message}`;
}

// src/files/workspace.ts
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync
} from "node:fs";
import path from "node:path";

// src/files/read-limits.ts
var MIB = 1024 * 1024;
var RefusedRead = class extends UserError {
};
var READ_LIMITS = { text: 4 * MIB, large: 16 * MIB };
function size(bytes) {
  return bytes >= MIB ? `${(bytes / MIB).toFixed(1)} MiB` : `${bytes} bytes`;
}
function tooLarge(file, bytes, limit) {
  return new RefusedRead(
    `${file} is ${size(bytes)}, more than the ${size(limit)} pyrelease reads of a file like it, so it is not read. A version or configuration file is a few KiB: point the setting that names it at the file that holds the version.`,
    "File too large",
    { file }
  );
}
function refusedPath(file, refusal, link) {
  if (refusal === "git") {
    return new RefusedRead(
      `${file} ${link === void 0 ? "is in" : "is a symbolic link into"} the .git folder, which holds the checkout's configuration and credentials, not the project's files. pyrelease never reads it: name a file of the project instead.`,
      "File in .git",
      { file }
    );
  }
  const what = link === void 0 ? "points outside the repository" : `is a symbolic link that leads outside the repository (to ${link})`;
  const fix = link === void 0 ? "name a path inside it" : "replace the link with the file itself";
  return new RefusedRead(
    `${file} ${what}. pyrelease reads only the repository's own files: ${fix}.`,
    "File outside the repository",
    { file }
  );
}
function kindOf(stats) {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "not a regular file";
}
function notRegularFile(file, stats) {
  return new RefusedRead(
    `${file} is ${kindOf(stats)}, not a file, so pyrelease does not read it. Make it a file with the text pyrelease should read, or point the setting that names it at one.`,
    "Not a file",
    { file }
  );
}

// src/files/repo-path.ts
function repoPath(...parts) {
  const out = [];
  for (const part of parts.join("/").split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && out.length > 0 && out.at(-1) !== "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
}
function isGitFolder(part) {
  return part.replace(/[. ]+$/, "").toLowerCase() === ".git";
}
function pathRefusal(path2) {
  const parts = repoPath(path2).split("/");
  if (path2.startsWith("/") || parts[0] === "..") return "outside";
  return parts.some(isGitFolder) ? "git" : void 0;
}

// src/files/workspace.ts
function realFile(file, missing) {
  try {
    return realpathSync.native(file);
  } catch {
    return missing();
  }
}
async function resolveProjectDir(workspace, workingDirectory) {
  const root = realFile(workspace, () => {
    throw new UserError(`The workspace ${workspace} does not exist.`, "Workspace not found");
  });
  const wanted = path.resolve(root, workingDirectory);
  const resolved = realFile(wanted, () => {
    throw new UserError(
      `${option("working-directory")} "${workingDirectory}" does not exist in the repository (${wanted}).`,
      "Working directory not found"
    );
  });
  const relative = path.relative(root, resolved);
  if (relative.startsWith("..") || path.isAbsolute(relative)) {
    throw new UserError(
      `${option("working-directory")} "${workingDirectory}" is outside the repository (${root}). Give a path inside it, relative to its root.`,
      "Working directory outside the workspace"
    );
  }
  return relative.split(path.sep).join("/");
}
function unreadable(file, error) {
  const code18 = error.code;
  return new UserError(
    `${file} could not be read (${code18 ?? error.message}). Check that it is a readable file.`,
    "Unreadable file",
    { file }
  );
}
var STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function tomlText(file, bytes) {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    let line = 1;
    for (let start = 0; start < bytes.length; line++) {
      const end = bytes.indexOf(10, start);
      const stop = end === -1 ? bytes.length : end;
      try {
        STRICT_UTF8.decode(bytes.subarray(start, stop));
      } catch {
        break;
      }
      start = stop + 1;
    }
    throw new UserError(
      `${file} is not UTF-8 text (line ${line}); TOML files are UTF-8 by definition, and build backends refuse anything else. Save it as UTF-8.`,
      "Not UTF-8",
      { file, line }
    );
  }
}
function refuseOutside(root, file, real) {
  const relative = path.relative(root, real);
  if (relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw refusedPath(file, "outside", real);
  }
  const inRepository = relative.split(path.sep).join("/");
  if (pathRefusal(inRepository) === "git") throw refusedPath(file, "git", inRepository);
}
function readRegularFile(file, real, limit) {
  const fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw notRegularFile(file, stats);
    if (stats.size > limit) throw tooLarge(file, stats.size, limit);
    const bytes = readFileSync(fd);
    if (bytes.length > limit) throw tooLarge(file, bytes.length, limit);
    return bytes;
  } finally {
    closeSync(fd);
  }
}
function fileSystemReader(workspace) {
  let root;
  const resolve = async (file) => {
    const refusal = pathRefusal(file);
    if (refusal) throw refusedPath(file, refusal);
    const wanted = path.join(workspace, file);
    try {
      root ??= realpathSync.native(workspace);
      const real = realpathSync.native(wanted);
      refuseOutside(root, file, real);
      return real;
    } catch (error) {
      if (error instanceof UserError) throw error;
      if (error.code === "ENOENT") {
        const link = lstatSync(wanted, { throwIfNoEntry: false });
        if (!link?.isSymbolicLink()) return void 0;
      }
      throw unreadable(file, error);
    }
  };
  const readResolved = async (file, limit) => {
    const real = await resolve(file);
    if (real === void 0) return void 0;
    try {
      return readRegularFile(file, real, limit);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw unreadable(file, error);
    }
  };
  return {
    async read(file, limit = READ_LIMITS.text) {
      const bytes = await readResolved(file, limit);
      return bytes && (file.endsWith(".toml") ? tomlText(file, bytes) : bytes.toString("utf8"));
    },
    readBytes: (file, limit = READ_LIMITS.large) => readResolved(file, limit),
    async list(dir) {
      const refusal = pathRefusal(dir);
      if (refusal) throw refusedPath(dir || ".", refusal);
      try {
        const entries = readdirSync(path.join(workspace, dir), { withFileTypes: true });
        return entries.map((entry) => {
          const file = dir ? `${dir}/${entry.name}` : entry.name;
          return entry.isDirectory() ? `${file}/` : file;
        });
      } catch {
        return void 0;
      }
    }
  };
}

// src/changelog/headings.ts
var MASKS = [/\]\([^)\s]*\)/g, /<[^>\s]*>/g, /\{:[^}]*\}/g, /\bhttps?:\/\/\S*/g];
var TOKEN = /(?<![\w.+-])[vV]?(\d+\.\d+[0-9A-Za-z.+!_-]*)|^\s*\[[vV]?(\d+[0-9A-Za-z.+!_-]*)\]/;
var RELEASE_WORDS = /* @__PURE__ */ new Set(["version", "release", "released", "v", "ver", "rel", "tag"]);
var NOT_A_NAME = /* @__PURE__ */ new Set([
  "from",
  "since",
  "to",
  "before",
  "after",
  "until",
  "in",
  "for",
  "python",
  "upgrading",
  "migrating",
  "upgrade",
  "migration",
  "requires",
  "supports",
  "support",
  "drop",
  "dropped",
  "and",
  "or",
  "the"
]);
var PENDING = /\b(?:unreleased|in development|under development|not yet released|tbd|tba|upcoming|in progress)\b/i;
var YANKED = /\byanked\b/i;
var ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
var MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;
var YEAR = /\b(?:19|20)\d{2}\b/;
var NUMERIC_DATE = /\b(?:\d{4}[/.]\d{1,2}[/.]\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})\b/;
var DATE_ATTEMPT = /\d{4}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4}|\b(?:19|20)\d{2}\b/;
var UNRELEASED = /^(?:unreleased(?: changes)?|upcoming(?: release| changes)?|in development|development(?: version)?|main|master|head|next(?: release)?|not yet released|changes since last release)$/i;
var EDGE = /* @__PURE__ */ new Set([" ", "	", "-", "\u2013", "\u2014", ":", ",", "."]);
function trimPunctuation(text2) {
  let start = 0;
  let end = text2.length;
  while (start < end && EDGE.has(text2[start])) start++;
  while (end > start && EDGE.has(text2[end - 1])) end--;
  return text2.slice(start, end);
}
function plainRelease(written) {
  if (!/^\d{1,15}(?:\.\d{1,15}){0,9}$/.test(written)) return null;
  const release = written.split(".").map(Number);
  return {
    raw: written,
    normalized: release.join("."),
    epoch: 0,
    release,
    pre: null,
    post: null,
    dev: null,
    local: null,
    isPrerelease: false,
    isPostrelease: false,
    isDevrelease: false
  };
}
var OTHER = { kind: "other" };
var UNRELEASED_HEADING = { kind: "unreleased" };
var MAYBE_UNRELEASED = /unreleased|upcoming|develop|main|master|head|next|not yet|since last/i;
function mask(text2) {
  if (!text2.includes("](") && !text2.includes("<") && !text2.includes("{:") && !text2.includes("http"))
    return text2;
  let masked = text2;
  for (const pattern of MASKS)
    masked = masked.replace(pattern, (found) => " ".repeat(found.length));
  return masked;
}
function readDate(text2) {
  const iso = ISO_DATE.exec(text2);
  if (iso) {
    const month = Number(iso[2]);
    const day = Number(iso[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
      return { date: iso[0], problem: void 0, written: iso[0] };
    return { date: void 0, problem: "odd", written: iso[0] };
  }
  const cleaned = trimPunctuation(
    text2.replace(/\[[^\]]*\]/g, " ").replace(/[()[\]*_`]/g, " ").replace(/\s+/g, " ")
  );
  if (MONTH.test(cleaned) && YEAR.test(cleaned) || NUMERIC_DATE.test(cleaned)) {
    return { date: cleaned, problem: void 0, written: cleaned };
  }
  if (DATE_ATTEMPT.test(cleaned)) return { date: void 0, problem: "odd", written: cleaned };
  return { date: void 0, problem: "missing", written: void 0 };
}
var DAY_MONTH_YEAR = new RegExp(
  `^(?:\\d{1,2}(?:st|nd|rd|th)? ${MONTH.source},? ${YEAR.source}|${MONTH.source} \\d{1,2}(?:st|nd|rd|th)?,? ${YEAR.source})$`,
  "i"
);
function dateOnlyLine(line) {
  const inner = line.trim().replace(/^[\s*_`()[\]]+/, "").replace(/[\s*_`()[\].]+$/, "");
  if (inner === "" || inner.length > 40) return void 0;
  if (/^\d{4}-\d{2}-\d{2}$/.test(inner) || DAY_MONTH_YEAR.test(inner)) return inner;
  const numeric = NUMERIC_DATE.exec(inner);
  return numeric && numeric[0] === inner ? inner : void 0;
}
var RELEASED_LINE = /^:?(?:released|release[ -]date|release)\b[\s:]*(.*)$/i;
function dateUnderHeading(heading, firstLine) {
  if (/^unreleased\b/i.test(firstLine)) {
    return {
      date: heading.date,
      dateProblem: void 0,
      dateText: heading.dateText,
      pending: true
    };
  }
  const released = RELEASED_LINE.exec(firstLine);
  const written = released ? released[1] : dateOnlyLine(firstLine);
  if (written === void 0) return heading;
  const { date, problem, written: dateText } = readDate(written);
  return { date, dateProblem: problem, dateText, pending: heading.pending };
}
function prefixAllowed(prefix, projectName) {
  if (/^[\s[(*_`#:-]*$/.test(prefix)) return true;
  const words2 = prefix.replace(/[[\]()*`#:]/g, " ").replace(/(^|\s)_+|_+(?=\s|$)/g, " ").split(/\s+/).filter((word2) => word2 !== "" && !/^[-–—]+$/.test(word2)).map((word2) => word2.toLowerCase());
  if (words2.length === 0) return true;
  if (words2.every((word2) => RELEASE_WORDS.has(word2))) return words2.length <= 2;
  if (words2.length !== 1) return false;
  const word = words2[0];
  if (projectName && word.replace(/[-_.]+/g, "-") === projectName.toLowerCase().replace(/[-_.]+/g, "-"))
    return true;
  return !NOT_A_NAME.has(word) && /^[a-z][\w.-]*$/.test(word);
}
var LONGEST = 500;
function classifyHeading(text2, projectName) {
  const bounded = text2.length > LONGEST ? text2.slice(0, LONGEST) : text2;
  const masked = /\d/.test(bounded) ? mask(bounded) : bounded;
  const token = TOKEN.exec(masked);
  const found = token?.[1] ?? token?.[2];
  if (!token || found === void 0) {
    if (!MAYBE_UNRELEASED.test(masked)) return OTHER;
    const plain = masked.replace(/[[\]]/g, "");
    const cut = plain.search(/[-–—:(]/);
    const bare = (cut === -1 ? plain : plain.slice(0, cut)).trim();
    return UNRELEASED.test(bare) ? UNRELEASED_HEADING : OTHER;
  }
  let written = found;
  while (/[.+!_-]$/.test(written)) written = written.slice(0, -1);
  const offset = token.index + token[0].indexOf(found, token[0].length - found.length - 1);
  if (!prefixAllowed(masked.slice(0, token.index), projectName)) return OTHER;
  const version = plainRelease(written) ?? parsePep440(written);
  if (!version) return { kind: "unreadable", written, offset };
  const rest = masked.slice(offset + written.length);
  const yanked = YANKED.test(rest);
  const pending = PENDING.test(rest);
  const date = readDate(rest.replace(YANKED, " "));
  return {
    kind: "release",
    written,
    offset,
    version,
    date: date.date,
    dateProblem: pending ? void 0 : date.problem,
    dateText: date.written,
    yanked,
    pending
  };
}

// src/changelog/formats/markdown-scan.ts
var FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
var LINK_REFERENCE = /^ {0,3}\[([^\]]+)\]:[ \t]*(\S+)/;
var SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
var ATX_STYLES = [0, 1, 2, 3, 4, 5, 6].map((level) => ({
  kind: "atx",
  level
}));
var SETEXT_1 = { kind: "setext", char: "=" };
var SETEXT_2 = { kind: "setext", char: "-" };
var isSpace = (char) => char === " " || char === "	";
function atxHeading(line) {
  let i = 0;
  while (i < 3 && line[i] === " ") i++;
  let j = i;
  while (line[j] === "#") j++;
  const level = j - i;
  if (level < 1 || level > 6 || j < line.length && !isSpace(line[j])) return void 0;
  let start = j;
  while (isSpace(line[start])) start++;
  let end = line.length;
  while (end > start && isSpace(line[end - 1])) end--;
  let close = end;
  while (close > start && line[close - 1] === "#") close--;
  if (close < end && (close === start || isSpace(line[close - 1]))) {
    end = close;
    while (end > start && isSpace(line[end - 1])) end--;
  }
  return { level, text: line.slice(start, end), start };
}
var SPACE = 32;
var TAB = 9;
function isListItem(lines, index, at) {
  const body = lines.body;
  const end = lines.end(index);
  const first = body.charCodeAt(at);
  let after = at + 1;
  if (first >= 48 && first <= 57) {
    while (after < end && after - at < 9 && body.charCodeAt(after) >= 48 && body.charCodeAt(after) <= 57)
      after++;
    const mark = body.charCodeAt(after);
    if (mark !== 46 && mark !== 41) return false;
    after++;
  } else if (first !== 45 && first !== 42 && first !== 43) {
    return false;
  }
  const next = body.charCodeAt(after);
  return after >= end || next === SPACE || next === TAB;
}
var MarkdownScanner = class {
  constructor(lines) {
    this.lines = lines;
  }
  lines;
  headings = [];
  links = /* @__PURE__ */ new Map();
  linkLines = /* @__PURE__ */ new Set();
  // The opening run of the fenced code block we are in (CommonMark: it closes with a run of the
  // same character, at least as long, and nothing after it).
  fence;
  comment = false;
  // Whether the previous line may be the text of a setext heading: a one-line paragraph.
  paragraphStart = -1;
  previousBlank = true;
  read(index) {
    const { lines } = this;
    const start = lines.start(index);
    const end = lines.end(index);
    const at = lines.firstText(index);
    const blank = at === end;
    const first = blank ? "" : lines.body[at];
    const indent = at - start;
    const wasBlank = this.previousBlank;
    this.previousBlank = blank;
    if (this.comment) {
      this.comment = !this.closesComment(start, end);
      this.paragraphStart = -1;
      return;
    }
    if (this.readFence(index, first, indent)) return;
    if (blank || this.readAtx(index, first) || this.readSetext(index, first) || this.readLinkReference(index, first) || this.opensComment(at, end, first)) {
      this.paragraphStart = -1;
      return;
    }
    const startsParagraph = wasBlank || this.headings.at(-1)?.lastLine === index;
    const listOrQuote = first === ">" || isListItem(lines, index, at);
    this.paragraphStart = startsParagraph && indent < 4 && !listOrQuote ? index : -1;
  }
  closesComment(start, end) {
    const close = this.lines.body.indexOf("-->", start);
    return close !== -1 && close < end;
  }
  /** A line inside a fenced code block, or one that opens or closes it. */
  readFence(index, first, indent) {
    const fenceLine = (first === "`" || first === "~") && indent < 4 ? FENCE.exec(this.lines.line(index)) : null;
    if (this.fence !== void 0) {
      const run = fenceLine?.[1] ?? "";
      const closes = run[0] === this.fence[0] && run.length >= this.fence.length;
      if (closes && fenceLine?.[2]?.trim() === "") this.fence = void 0;
      return true;
    }
    if (fenceLine?.[1] === void 0) return false;
    this.fence = fenceLine[1];
    this.paragraphStart = -1;
    return true;
  }
  readAtx(index, first) {
    const atx = first === "#" ? atxHeading(this.lines.line(index)) : void 0;
    if (!atx) return false;
    this.headings.push({
      line: index + 1,
      firstLine: index + 1,
      lastLine: index + 1,
      level: atx.level,
      text: atx.text,
      column: atx.start + 1,
      style: ATX_STYLES[atx.level]
    });
    return true;
  }
  /** An underline of `=` or `-` under a one-line paragraph makes that paragraph a heading. */
  readSetext(index, first) {
    if (first !== "=" && first !== "-" || this.paragraphStart !== index - 1) return false;
    const underline = SETEXT_UNDERLINE.exec(this.lines.line(index));
    if (!underline?.[1] || underline[1].length < 2) return false;
    const char = underline[1][0];
    const { lines } = this;
    this.headings.push({
      line: index,
      firstLine: index,
      lastLine: index + 1,
      level: char === "=" ? 1 : 2,
      text: lines.line(index - 1).trim(),
      column: lines.firstText(index - 1) - lines.start(index - 1) + 1,
      style: char === "=" ? SETEXT_1 : SETEXT_2
    });
    return true;
  }
  readLinkReference(index, first) {
    const link = first === "[" ? LINK_REFERENCE.exec(this.lines.line(index)) : null;
    if (link?.[1] === void 0 || link[2] === void 0) return false;
    this.linkLines.add(index);
    const label = link[1].toLowerCase();
    if (!this.links.has(label)) {
      this.links.set(label, { label: link[1], url: link[2], line: index + 1 });
    }
    return true;
  }
  /** An HTML comment block starts a line; until `-->` nothing in it is a heading. */
  opensComment(at, end, first) {
    if (first !== "<" || !this.lines.body.startsWith("<!--", at)) return false;
    const close = this.lines.body.indexOf("-->", at + 4);
    if (close !== -1 && close < end) return false;
    this.comment = true;
    return true;
  }
};
function scanMarkdown(lines) {
  const scanner = new MarkdownScanner(lines);
  for (let index = 0; index < lines.count; index++) scanner.read(index);
  const { headings, links, linkLines } = scanner;
  return { headings, links, isLinkLine: (index) => linkLines.has(index) };
}

// src/changelog/formats/titles.ts
function versionWithDate(version, date) {
  return `${version} (${date})`;
}
var standaloneTitles = {
  releaseTitle: versionWithDate,
  unreleasedTitle: unreleasedAsWritten,
  markup: (_style, title) => title,
  quoted: (_style, title) => `"${title}"`,
  example: (_style, version) => `"${versionWithDate(version, "YYYY-MM-DD")}"`,
  sectionExample: (_style, version) => `a section titled "${versionWithDate(version, "YYYY-MM-DD")}"`
};
function unreleasedAsWritten(previous) {
  return previous !== void 0 && /unreleased/i.test(previous) ? previous : "Unreleased";
}

// src/changelog/formats/markdown.ts
var SETEXT_UNDERLINE2 = /^ {0,3}(?:=+|-+)\s*$/;
var markdown = {
  name: "markdown",
  extensions: [".md", ".markdown"],
  scan: scanMarkdown,
  releaseStyle: { kind: "atx", level: 2 },
  isNoteLine: (line, next) => line.trim() !== "" && !SETEXT_UNDERLINE2.test(line) && !/^\s*#/.test(line) && !SETEXT_UNDERLINE2.test(next),
  unreleasedSection: 'a "## [Unreleased]" section',
  notesHint: " (### Added, ### Fixed \u2026)",
  headingMark: "# ",
  linkReferences: true
};
var atxHeadings = {
  kind: "atx",
  lines: (style, title) => [atxHeadings.markup(style, title)],
  retitled: (style, _titleLine, title) => atxHeadings.lines(style, title),
  releaseTitle: (version, date) => `[${version}] - ${date}`,
  unreleasedTitle: (previous) => {
    const word = previous ? /unreleased/i.exec(previous)?.[0] : void 0;
    if (!word || !previous) return "[Unreleased]";
    return previous.trimStart().startsWith("[") ? `[${word}]` : word;
  },
  markup: (style, title) => `${"#".repeat(style.level)} ${title}`,
  quoted: (style, title) => `"${atxHeadings.markup(style, title)}"`,
  example: (style, version) => atxHeadings.markup(style, atxHeadings.releaseTitle(version, "YYYY-MM-DD")),
  sectionExample: (style, version) => `"${atxHeadings.example(style, version)}"`
};
var setextHeadings = {
  kind: "setext",
  lines: (style, title) => [title, style.char.repeat(Math.max(title.length, 3))],
  retitled: (style, _titleLine, title) => setextHeadings.lines(style, title),
  ...standaloneTitles
};

// src/changelog/formats/rst-scan.ts
var ADORNMENT = new Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
var BULLET = /^[-*+•‣⁃] /;
function adornmentChar(line) {
  if (line === void 0) return void 0;
  let end = line.length;
  while (end > 0 && (line[end - 1] === " " || line[end - 1] === "	")) end--;
  if (end < 2) return void 0;
  const char = line[0];
  if (!ADORNMENT.has(char)) return void 0;
  for (let i = 1; i < end; i++) if (line[i] !== char) return void 0;
  return char;
}
function adornmentLength(line) {
  return line.trimEnd().length;
}
function isBlank(line) {
  return line === void 0 || line.trim() === "";
}
function titleText(line) {
  if (line === void 0 || isBlank(line) || line[0] === " " || line[0] === "	") return false;
  return !line.startsWith("..") && !BULLET.test(line) && adornmentChar(line) === void 0;
}
function lineAt(text2) {
  return (index) => index >= 0 && index < text2.count ? text2.line(index) : void 0;
}
function scanRst(text2) {
  const headings = [];
  const levels = /* @__PURE__ */ new Map();
  const styleOf = (char, overline) => {
    const key = `${overline ? "over" : "under"}${char}`;
    let found = levels.get(key);
    if (found === void 0) {
      found = { level: levels.size + 1, style: { kind: "rst", char, overline } };
      levels.set(key, found);
    }
    return found;
  };
  const lines = lineAt(text2);
  let next = lines(0);
  for (let index = 0; index < text2.count; index++) {
    const line = next;
    next = lines(index + 1);
    const char = adornmentChar(line);
    if (char !== void 0) {
      const title = next;
      if (title !== void 0 && !isBlank(title) && adornmentChar(title) === void 0 && adornmentChar(lines(index + 2)) === char && (text2.isBlank(index - 1) || headings.at(-1)?.lastLine === index)) {
        const start = title.length - title.trimStart().length;
        const { level, style } = styleOf(char, true);
        headings.push({
          line: index + 2,
          firstLine: index + 1,
          lastLine: index + 3,
          level,
          text: title.trim(),
          column: start + 1,
          style
        });
        index += 2;
        next = lines(index + 1);
      }
      continue;
    }
    const underline = adornmentChar(next);
    if (underline !== void 0 && titleText(line) && (text2.isBlank(index - 1) || headings.at(-1)?.lastLine === index)) {
      const title = line.trim();
      const length = adornmentLength(next);
      if (length < title.length && length < 4) continue;
      const { level, style } = styleOf(underline, false);
      headings.push({
        line: index + 1,
        firstLine: index + 1,
        lastLine: index + 2,
        level,
        text: title,
        column: 1,
        style
      });
      index += 1;
      next = lines(index + 1);
    }
  }
  return { headings, links: /* @__PURE__ */ new Map(), isLinkLine: () => false };
}

// src/changelog/formats/rst.ts
var RST_ADORNMENT = /^([!-/:-@[-`{-~])\1+\s*$/;
var rst = {
  name: "rst",
  extensions: [".rst", ".rest"],
  scan: scanRst,
  releaseStyle: { kind: "rst", char: "-", overline: false },
  isNoteLine: (line, next) => line.trim() !== "" && !RST_ADORNMENT.test(line) && !RST_ADORNMENT.test(next),
  unreleasedSection: 'an "Unreleased" section',
  notesHint: "",
  headingMark: "",
  linkReferences: false
};
var rstSections = {
  kind: "rst",
  lines: (style, title) => {
    const rule = style.char.repeat(Math.max(title.length, 1));
    return style.overline ? [rule, title, rule] : [title, rule];
  },
  retitled: (style, titleLine, title) => {
    if (!style.overline) return rstSections.lines(style, title);
    const inset = /^\s*/.exec(titleLine)[0];
    const rule = style.char.repeat(title.length + 2 * inset.length);
    return [rule, inset + title + inset, rule];
  },
  ...standaloneTitles
};

// src/changelog/formats/directive.ts
var DIRECTIVE_LINE = /^\.\. changelog::\s*$/;
var OPTION_LINE = /^[ \t]+:(version|released):[ \t]*(.*?)\s*$/;
var DIRECTIVE = { kind: "directive" };
var INDENT = "    ";
function directiveHeading(lines, index, level) {
  let version;
  let released = "";
  let last = index;
  for (let next = index + 1; next < lines.count; next++) {
    const option2 = OPTION_LINE.exec(lines.line(next));
    if (!option2) break;
    last = next;
    if (option2[1] === "released") released = option2[2];
    else
      version = {
        text: option2[2],
        line: next + 1,
        column: lines.line(next).length - lines.line(next).trimStart().length + 11
      };
  }
  if (!version || version.text === "") return void 0;
  return {
    line: version.line,
    firstLine: index + 1,
    lastLine: last + 1,
    level,
    text: versionWithDate(version.text, released || "unreleased"),
    column: version.column,
    style: DIRECTIVE
  };
}
function scanChangelogDirectives(lines, headings, isRelease) {
  const level = headings.reduce((deepest, heading) => Math.max(deepest, heading.level), 0) + 1;
  const found = [];
  for (let index = 0; index < lines.count; index++) {
    if (!lines.line(index).startsWith(".. changelog::") || !DIRECTIVE_LINE.test(lines.line(index)))
      continue;
    const heading = directiveHeading(lines, index, level);
    if (heading) found.push(heading);
  }
  return found.some((heading) => isRelease(heading.text)) ? found : [];
}
function optionsOf(title) {
  const match = /^(\S+) \((.*)\)$/.exec(title);
  if (!match) return { version: title, released: void 0 };
  return { version: match[1], released: match[2] === "unreleased" ? void 0 : match[2] };
}
var changelogDirectives = {
  kind: "directive",
  lines: (_style, title) => {
    const { version, released } = optionsOf(title);
    return [
      ".. changelog::",
      `${INDENT}:version: ${version}`,
      ...released === void 0 ? [] : [`${INDENT}:released: ${released}`]
    ];
  },
  retitled: (style, _titleLine, title) => changelogDirectives.lines(style, title),
  releaseTitle: versionWithDate,
  unreleasedTitle: () => "unreleased",
  markup: (_style, title) => `:version: ${optionsOf(title).version}`,
  quoted: (_style, title) => `".. changelog::" with ":version: ${optionsOf(title).version}"`,
  example: (_style, version) => `".. changelog::" with ":version: ${version}" and ":released: YYYY-MM-DD"`,
  sectionExample: (style, version) => `a directive ${changelogDirectives.example(style, version)}`,
  releasesOverTitles: scanChangelogDirectives
};

// src/changelog/formats/strong.ts
var STRONG_LINE = /^\*\*([^*\s](?:[^*]*[^*\s])?)\*\*\s*$/;
var STRONG = { kind: "strong" };
function scanStrongTitles(lines, headings, isRelease) {
  const level = headings.reduce((deepest, heading) => Math.max(deepest, heading.level), 0) + 1;
  const taken = /* @__PURE__ */ new Set();
  for (const heading of headings)
    for (let line = heading.firstLine; line <= heading.lastLine; line++) taken.add(line);
  const found = [];
  let fenced = false;
  for (let index = 0; index < lines.count; index++) {
    const line = lines.line(index);
    if (/^(?:```|~~~)/.test(line)) fenced = !fenced;
    if (fenced || taken.has(index + 1) || !line.startsWith("**")) continue;
    const match = STRONG_LINE.exec(line);
    if (!match) continue;
    const above = index === 0 || lines.isBlank(index - 1) || taken.has(index);
    const below = index + 1 >= lines.count || lines.isBlank(index + 1);
    if (!above || !below) continue;
    found.push({
      line: index + 1,
      firstLine: index + 1,
      lastLine: index + 1,
      level,
      text: match[1],
      column: 3,
      style: STRONG
    });
  }
  return found.some((heading) => isRelease(heading.text)) ? found : [];
}
var strongTitles = {
  kind: "strong",
  lines: (style, title) => [strongTitles.markup(style, title)],
  retitled: (style, _titleLine, title) => strongTitles.lines(style, title),
  releaseTitle: versionWithDate,
  unreleasedTitle: unreleasedAsWritten,
  markup: (_style, title) => `**${title}**`,
  quoted: (_style, title) => `"${title}"`,
  example: (style, version) => `"${strongTitles.markup(style, versionWithDate(version, "YYYY-MM-DD"))}"`,
  sectionExample: (style, version) => `a paragraph ${strongTitles.example(style, version)}`,
  titlesWhenNoRelease: scanStrongTitles
};

// src/changelog/formats/format-registry.ts
var MARKUPS = { markdown, rst };
var HEADING_FORMS = {
  atx: atxHeadings,
  setext: setextHeadings,
  rst: rstSections,
  strong: strongTitles,
  directive: changelogDirectives
};
function changelogMarkup(format) {
  return MARKUPS[format];
}
function markupOfFileName(file) {
  const name = file.split("/").pop().toLowerCase();
  return Object.values(MARKUPS).find(
    (markup) => markup.extensions.some((extension) => name.endsWith(extension))
  )?.name;
}
function headingForm(style) {
  return HEADING_FORMS[style.kind];
}
function titlesBy(hook) {
  return (lines, headings, isRelease) => Object.values(HEADING_FORMS).flatMap((form) => form[hook]?.(lines, headings, isRelease) ?? []).sort((a, b) => a.line - b.line);
}
var titlesWhenNoRelease = titlesBy("titlesWhenNoRelease");
var releasesOverTitles = titlesBy("releasesOverTitles");

// src/changelog/heading-warnings.ts
var DATELESS_WINDOW = 5;
function headingExample(heading, version) {
  return headingForm(heading.style).example(heading.style, version);
}
function secondUnreleasedWarning(heading) {
  return {
    line: heading.line,
    kind: "second-unreleased",
    message: "A second [Unreleased] section; only the first is used.",
    short: "a second Unreleased section"
  };
}
function unreadableWarning(heading, meaning) {
  const quoted = headingForm(heading.style).quoted(heading.style, heading.text);
  return {
    line: heading.line,
    kind: "unreadable",
    version: meaning.written,
    message: `The heading ${quoted} looks like a release but is not read as one: ${JSON.stringify(meaning.written)} is not a PEP 440 version. Write it as ${headingExample(heading, "X.Y.Z")} with a PEP 440 version.`,
    short: `unreadable version "${meaning.written}"`
  };
}
function duplicateWarning(heading, meaning, key, firstLine) {
  return {
    line: heading.line,
    kind: "duplicate",
    version: meaning.written,
    key,
    message: `Version ${meaning.written} has a second heading here (the first is on line ${firstLine}); the first one is used.`,
    short: `second heading for ${meaning.written} (first on line ${firstLine})`
  };
}
function dateWarning(heading, meaning, key, settled) {
  const example = () => headingExample(heading, meaning.written);
  if (settled.dateProblem === "missing") {
    return {
      line: heading.line,
      kind: "no-date",
      version: meaning.written,
      key,
      message: `The heading for ${meaning.written} has no date (${example()}).`,
      short: "no date"
    };
  }
  if (settled.dateProblem === "odd") {
    return {
      line: heading.line,
      kind: "odd-date",
      version: meaning.written,
      key,
      message: `The heading for ${meaning.written} has a date that is not read as one (${JSON.stringify(settled.dateText)}): write it YYYY-MM-DD (${example()}).`,
      short: `odd date "${settled.dateText}"`
    };
  }
  return void 0;
}
function withoutDatelessConvention(releases, warnings) {
  const newest = releases.slice(0, DATELESS_WINDOW);
  const dateless = newest.length >= 2 && newest.every((release) => release.date === void 0) && !warnings.some((warning) => warning.kind === "odd-date" && warning.line <= newest.at(-1).line);
  return dateless ? warnings.filter((warning) => warning.kind !== "no-date") : [...warnings];
}

// src/changelog/release-headings.ts
function walkOpen(headings, visit) {
  const open = [];
  for (let position = 0; position < headings.length; position++) {
    const level = headings[position].level;
    while (open.length > 0 && headings[open.at(-1)].level >= level) open.pop();
    visit(position, open);
    open.push(position);
  }
}
function normalizedOf(meaning) {
  return meaning.kind === "release" ? meaning.version.normalized : void 0;
}
function heldBy(outer, inner) {
  if (outer.kind !== "release" || inner.kind !== "release") return true;
  const series = outer.version.release;
  if (series.every((part, index) => part === (inner.version.release[index] ?? 0))) return true;
  return comparePep440(inner.version.normalized, outer.version.normalized) > 0;
}
function groupHeadings(headings, meanings) {
  const group = new Array(headings.length).fill(false);
  walkOpen(headings, (position, open) => {
    const version = normalizedOf(meanings[position]);
    if (version === void 0) return;
    for (const outer of open) {
      const outerVersion = normalizedOf(meanings[outer]);
      if (outerVersion === void 0 || outerVersion === version) continue;
      if (heldBy(meanings[outer], meanings[position])) group[outer] = true;
    }
  });
  return group;
}
function releaseHeadings(headings, meanings, group, releaseLevel) {
  const release = new Array(headings.length).fill(false);
  walkOpen(headings, (position, open) => {
    const meaning = meanings[position];
    if (meaning.kind !== "release" || group[position]) return;
    const holds = (outer) => release[outer] && heldBy(meanings[outer], meaning) || meanings[outer].kind === "unreleased" && headings[outer].level === releaseLevel;
    release[position] = !open.some(holds);
  });
  return release;
}

// src/files/text-lines.ts
var TextLines = class {
  /** The text without its BOM. */
  body;
  bom;
  count;
  /** Where each line starts in `body`; one more entry: where a next line would start. */
  starts;
  constructor(text2) {
    this.bom = text2.charCodeAt(0) === 65279;
    this.body = this.bom ? text2.slice(1) : text2;
    let count = 1;
    for (let at = this.body.indexOf("\n"); at !== -1; at = this.body.indexOf("\n", at + 1)) {
      count++;
    }
    this.count = count;
    this.starts = new Int32Array(count + 1);
    let line = 1;
    for (let at = this.body.indexOf("\n"); at !== -1; at = this.body.indexOf("\n", at + 1)) {
      this.starts[line++] = at + 1;
    }
    this.starts[count] = this.body.length + 1;
  }
  /** Offset of the first character of 0-based line `index`. */
  start(index) {
    return this.starts[index];
  }
  /** Offset just after the last character of line `index`, its `\r\n` or `\n` excluded. */
  end(index) {
    const next = this.starts[index + 1] - 1;
    if (index === this.count - 1) return next;
    return this.body.charCodeAt(next - 1) === 13 ? next - 1 : next;
  }
  /** What ends line `index`: `\r\n`, `\n`, or '' for the last line. */
  terminator(index) {
    return this.body.slice(this.end(index), Math.min(this.starts[index + 1], this.body.length));
  }
  /** The terminator most lines end with, which lines added to the file get. */
  dominantEol() {
    let crlf = 0;
    for (let index = 0; index < this.count - 1; index++)
      if (this.terminator(index) === "\r\n") crlf++;
    return crlf > this.count - 1 - crlf ? "\r\n" : "\n";
  }
  /** Every line's text, without terminators. */
  texts() {
    return Array.from({ length: this.count }, (_, index) => this.line(index));
  }
  /** The text of 0-based line `index`, without its terminator. */
  line(index) {
    return this.body.slice(this.start(index), this.end(index));
  }
  /** Offset of the first character of line `index` that is not a space or tab (`end` if none). */
  firstText(index) {
    const end = this.end(index);
    let at = this.start(index);
    while (at < end) {
      const code18 = this.body.charCodeAt(at);
      if (code18 !== 32 && code18 !== 9) break;
      at++;
    }
    return at;
  }
  isBlank(index) {
    return index < 0 || index >= this.count || this.firstText(index) === this.end(index);
  }
  /** Lines `from` to `to` (0-based, inclusive) as one string with `\n` line ends. */
  slice(from, to) {
    if (to < from) return "";
    const text2 = this.body.slice(this.start(from), this.end(to));
    return text2.includes("\r") ? text2.replace(/\r\n/g, "\n") : text2;
  }
};

// src/changelog/formats/sniff.ts
function sniffFormat(text2) {
  let markdown2 = 0;
  let rst2 = 0;
  let underlined = 0;
  const lines = lineAt(text2);
  const limit = Math.min(text2.count, 5e3);
  for (let index = 0; index < limit; index++) {
    const line = lines(index);
    if (/^#{1,6} \S/.test(line)) markdown2++;
    else if (/^```|^\[[^\]]+\]: \S|\]\(https?:/.test(line)) markdown2++;
    if (/^\.\. \S|:(?:issue|pr|ref|doc|func|class|meth|user|gh):`|`_\b|``\S/.test(line)) rst2++;
    const char = adornmentChar(lines(index + 1));
    if (char !== void 0 && titleText(line)) {
      if (char === "=" || char === "-") underlined++;
      else rst2++;
    }
  }
  if (markdown2 > 0 && markdown2 >= rst2) return "markdown";
  if (rst2 > 0 || underlined > 0) return "rst";
  return "markdown";
}

// src/changelog/parse.ts
var ENTRY = /^\s*(?:[-*+•]|\d+[.)]|#\.)\s+\S/;
function changelogFormat(file, text2) {
  return markupOfFileName(file) ?? sniffFormat(new TextLines(text2));
}
function versionKey(version) {
  if (version.epoch === 0 && !version.pre && version.post === null && version.dev === null) {
    if (version.local === null) return `0!${version.normalized.replace(/(?:\.0)+$/, "")}`;
  }
  const release = [...version.release];
  while (release.length > 1 && release[release.length - 1] === 0) release.pop();
  const pre = version.pre ? `${version.pre[0]}${version.pre[1]}` : "";
  const post = version.post === null ? "" : `.post${version.post}`;
  const dev = version.dev === null ? "" : `.dev${version.dev}`;
  const local = version.local === null ? "" : `+${version.local}`;
  return `${version.epoch}!${release.join(".")}${pre}${post}${dev}${local}`;
}
function releaseLevelOf(headings, keys) {
  const counts = /* @__PURE__ */ new Map();
  for (let index = 0; index < headings.length; index++) {
    const key = keys[index];
    if (key === void 0) continue;
    const level = headings[index].level;
    const seen = counts.get(level);
    if (!seen) counts.set(level, { count: 1, last: key });
    else if (seen.last !== key) {
      seen.count++;
      seen.last = key;
    }
  }
  let best;
  let bestCount = 0;
  for (const [level, { count }] of counts) {
    if (count > bestCount || count === bestCount && level < best) {
      best = level;
      bestCount = count;
    }
  }
  return best;
}
function firstTextLine(lines, start, end) {
  for (let line = start; line <= end; line++) {
    if (!lines.isBlank(line - 1)) return lines.line(line - 1).trim();
  }
  return "";
}
function releaseSection(heading, meaning, settled, body) {
  return {
    heading: heading.text,
    line: heading.line,
    firstLine: heading.firstLine,
    lastLine: heading.lastLine,
    level: heading.level,
    style: heading.style,
    version: meaning.written,
    normalized: meaning.version.normalized,
    column: heading.column + meaning.offset,
    date: settled.date,
    yanked: meaning.yanked,
    pending: settled.pending,
    bodyStart: body.bodyStart,
    bodyEnd: body.bodyEnd,
    body: body.body
  };
}
function readHeadings(lines, scanned, projectName) {
  const meaningsOf = (headings2) => headings2.map((heading) => classifyHeading(heading.text, projectName));
  const isRelease = (title) => classifyHeading(title, projectName).kind === "release";
  const over = releasesOverTitles(lines, scanned, isRelease);
  if (over.length > 0) {
    const headings2 = [...scanned, ...over].sort((a, b) => a.line - b.line);
    const releases = new Set(over);
    const meanings2 = headings2.map(
      (heading) => releases.has(heading) ? classifyHeading(heading.text, projectName) : { kind: "other" }
    );
    return { headings: headings2, meanings: meanings2 };
  }
  const meanings = meaningsOf(scanned);
  if (meanings.some((meaning) => meaning.kind === "release"))
    return { headings: scanned, meanings };
  const titles = titlesWhenNoRelease(lines, scanned, isRelease);
  if (titles.length === 0) return { headings: scanned, meanings };
  const headings = [...scanned, ...titles].sort((a, b) => a.line - b.line);
  return { headings, meanings: meaningsOf(headings) };
}
function sectionBody(lines, headings, position, isLinkLine, releases = []) {
  const level = headings[position].level;
  const start = headings[position].lastLine + 1;
  let end = lines.count;
  for (let next = position + 1; next < headings.length; next++) {
    if (headings[next].level <= level || releases[next]) {
      end = headings[next].firstLine - 1;
      break;
    }
  }
  while (end >= start && (lines.isBlank(end - 1) || isLinkLine(end - 1))) end--;
  return { bodyStart: start, bodyEnd: end, body: lines.slice(start - 1, end - 1).trim() };
}
function unreleasedSection(heading, body) {
  return {
    heading: heading.text,
    line: heading.line,
    firstLine: heading.firstLine,
    lastLine: heading.lastLine,
    level: heading.level,
    style: heading.style,
    bodyStart: body.bodyStart,
    bodyEnd: body.bodyEnd,
    body: body.body
  };
}
function addRelease(document, sections, position, meaning) {
  const { lines } = document;
  const heading = document.headings[position];
  const key = document.keys[position];
  const first = sections.byKey.get(key);
  if (first) {
    sections.warnings.push(duplicateWarning(heading, meaning, key, first.line));
    return;
  }
  const body = sectionBody(
    lines,
    document.headings,
    position,
    document.isLinkLine,
    document.releases
  );
  const settled = meaning.dateProblem === "missing" ? dateUnderHeading(meaning, firstTextLine(lines, body.bodyStart, body.bodyEnd)) : meaning;
  const warning = dateWarning(heading, meaning, key, settled);
  if (warning) sections.warnings.push(warning);
  const release = releaseSection(heading, meaning, settled, body);
  sections.byKey.set(key, release);
  sections.releases.push(release);
}
function readSections(document, releaseLevel) {
  const sections = {
    releases: [],
    byKey: /* @__PURE__ */ new Map(),
    unreleased: void 0,
    warnings: []
  };
  const { headings, meanings } = document;
  for (let position = 0; position < headings.length; position++) {
    const heading = headings[position];
    const meaning = meanings[position];
    if (meaning.kind === "release") {
      if (document.releases[position]) addRelease(document, sections, position, meaning);
      continue;
    }
    if (releaseLevel !== void 0 && heading.level !== releaseLevel) continue;
    if (meaning.kind === "unreleased") {
      if (sections.unreleased) sections.warnings.push(secondUnreleasedWarning(heading));
      else {
        const body = sectionBody(document.lines, headings, position, document.isLinkLine);
        sections.unreleased = unreleasedSection(heading, body);
      }
    } else if (meaning.kind === "unreadable") {
      sections.warnings.push(unreadableWarning(heading, meaning));
    }
  }
  return sections;
}
function parseChangelog(text2, options = {}) {
  const lines = new TextLines(text2);
  const format = options.format ?? sniffFormat(lines);
  const scanned = changelogMarkup(format).scan(lines);
  const { headings, meanings } = readHeadings(lines, scanned.headings, options.projectName);
  const keys = meanings.map(
    (meaning) => meaning.kind === "release" ? versionKey(meaning.version) : void 0
  );
  const group = groupHeadings(headings, meanings);
  const releaseLevel = releaseLevelOf(
    headings,
    keys.map((key, position) => group[position] ? void 0 : key)
  );
  const isRelease = releaseHeadings(headings, meanings, group, releaseLevel);
  const document = { lines, headings, meanings, keys, isLinkLine: scanned.isLinkLine };
  const { releases, byKey, unreleased, warnings } = readSections(
    { ...document, releases: isRelease },
    releaseLevel
  );
  const changelog = {
    format,
    releaseLevel,
    releases,
    unreleased,
    links: scanned.links,
    warnings: withoutDatelessConvention(releases, warnings)
  };
  indexes.set(changelog, byKey);
  return changelog;
}
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf(changelog) {
  let index = indexes.get(changelog);
  if (!index) {
    const built = /* @__PURE__ */ new Map();
    for (const release of changelog.releases) {
      const version = parsePep440(release.version);
      if (version && !built.has(versionKey(version))) built.set(versionKey(version), release);
    }
    indexes.set(changelog, index = built);
  }
  return index;
}
function findRelease(changelog, version) {
  const parsed = parsePep440(version);
  return parsed ? indexOf(changelog).get(versionKey(parsed)) : void 0;
}
function singleReleaseChangelog(format, release, alias) {
  const changelog = {
    format,
    releaseLevel: release?.level,
    releases: release ? [release] : [],
    unreleased: void 0,
    links: /* @__PURE__ */ new Map(),
    warnings: []
  };
  const index = /* @__PURE__ */ new Map();
  for (const version of [release?.version, alias]) {
    const parsed = version === void 0 ? null : parsePep440(version);
    if (parsed && release) index.set(versionKey(parsed), release);
  }
  indexes.set(changelog, index);
  return changelog;
}
function headingMarkup(section) {
  return headingForm(section.style).markup(section.style, section.heading);
}
function countEntries(section) {
  return section.body.split("\n").filter((line) => ENTRY.test(line)).length;
}

// src/changelog/stopped.ts
var STOPPED_AFTER = 3;
function newestRelease(changelog) {
  let newest;
  for (const release of changelog.releases) {
    if (release.pending || parsePep440(release.version) === null) continue;
    if (!newest || comparePep440(release.version, newest.version) > 0) newest = release;
  }
  return newest;
}
function stoppedChangelog(changelog, tagVersions, after = STOPPED_AFTER) {
  const newest = newestRelease(changelog);
  const seen = /* @__PURE__ */ new Set();
  const distinct = [];
  for (const tag of tagVersions) {
    const parsed = parsePep440(tag);
    if (!parsed || seen.has(versionKey(parsed))) continue;
    seen.add(versionKey(parsed));
    distinct.push(parsed.normalized);
    if (distinct.length === after) break;
  }
  const behind = distinct.length === after ? distinct[after - 1] : void 0;
  const stopped = newest !== void 0 && behind !== void 0 && comparePep440(newest.normalized, behind) < 0;
  return { stopped, newest, behind: stopped ? behind : void 0 };
}

// src/check/check-facts.ts
var NOTHING = { rows: [], findings: [] };

// src/check/version-rules.ts
var NOT_A_VERSION = "(not a version)";
function where(source) {
  return { file: source.file, line: source.line, column: source.column };
}
function describe(source) {
  return `${source.label} (${source.file}:${source.line})`;
}
function validVersions(sources) {
  const findings = [];
  const invalid = /* @__PURE__ */ new Set();
  for (const source of sources) {
    if (/[\u0000-\u001f\u007f]/.test(source.value)) {
      invalid.add(source);
      findings.push({
        level: "error",
        title: "Invalid version",
        message: `${source.label} holds a line break or a control character, so it is not a PEP 440 version. Write the version alone there, such as "1.2.3".`,
        location: where(source)
      });
    } else if (!parsePep440(source.value)) {
      invalid.add(source);
      findings.push({
        level: "error",
        title: "Invalid version",
        message: `${source.label} is not a PEP 440 version (pip and PyPI would refuse it). Write it as X.Y.Z, X.Y.ZrcN, X.Y.Z.postN or X.Y.Z.devN.`,
        location: where(source)
      });
    }
  }
  return { rows: [], findings, invalid };
}
function sourcesAgree(project, tag, reference, invalid) {
  const primary = project.primary;
  const rows = tag ? [{ source: `tag ${tag.name}`, value: tag.versionText, ok: true }] : [];
  const findings = [];
  const referenceText = tag ? `the tag ${tag.name}` : primary ? describe(primary) : "";
  const referenceInvalid = !tag && primary !== void 0 && invalid.has(primary);
  for (const source of project.sources) {
    const isReference = !tag && source === primary;
    const ok = !invalid.has(source) && (reference === void 0 || samePep440(source.value, reference));
    const value = invalid.has(source) ? NOT_A_VERSION : source.value;
    rows.push({ source: source.label, value, location: where(source), ok });
    if (ok || invalid.has(source) || isReference || referenceInvalid || reference === void 0)
      continue;
    if (source.kind === "uv-lock") {
      findings.push({
        level: "warning",
        title: "uv.lock out of date",
        message: `${source.file} records ${source.value} for this project, but ${referenceText} says ${reference}. Run \`uv lock\` and commit ${source.file}, or \`uv sync --locked\` will fail.`,
        location: where(source)
      });
      continue;
    }
    findings.push({
      level: "error",
      title: "Version mismatch",
      message: tag ? `${source.label} says ${source.value}, but the tag ${tag.name} is ${tag.versionText}. Every version must equal the tag: set it to ${tag.versionText} and tag that commit, or delete the tag (git push origin --delete ${tag.name}).` : `${source.label} says ${source.value}, but ${referenceText} says ${reference}. Set it to ${reference} so every location agrees.`,
      location: where(source)
    });
  }
  return { rows, findings };
}
function tagIsNewer(tag, origin, earlierTags = []) {
  if (!tag || origin.kind !== "tag") return NOTHING;
  const newer2 = earlierTags.find(
    (earlier) => comparePep440(earlier.version, tag.version.normalized) >= 0 && (tag.version.isPrerelease || !parsePep440(earlier.version)?.isPrerelease)
  );
  if (!newer2) return NOTHING;
  return {
    rows: [],
    findings: [
      {
        level: "error",
        title: "Tag not newer",
        message: `The tag ${tag.name} (${tag.version.normalized}) is not greater than ${newer2.name}, which is already in its history; ${origin.backend} would build ${tag.version.normalized} after ${newer2.version}. Tag a greater version, and delete this one (git push origin --delete ${tag.name}).`
      }
    ]
  };
}
function versionChange(pullRequest, primary, invalid) {
  if (!pullRequest || !primary) return NOTHING;
  const { baseRef, baseVersion } = pullRequest;
  if (baseVersion === void 0) {
    return {
      rows: [],
      findings: [
        {
          level: "notice",
          title: "Base branch not compared",
          message: `The version on ${baseRef} could not be read (${pullRequest.baseProblem ?? "unknown reason"}), so it was not compared.`
        }
      ]
    };
  }
  if (invalid.has(primary) || !parsePep440(baseVersion)) return NOTHING;
  const order = comparePep440(primary.value, baseVersion);
  return {
    rows: [{ source: `base branch ${baseRef}`, value: baseVersion, ok: order >= 0 }],
    findings: order >= 0 ? [] : [
      {
        level: "error",
        title: "Version goes backwards",
        message: `This pull request changes the version to ${primary.value}, which is lower than ${baseVersion} on ${baseRef}. A new version must be greater than the released one.`,
        location: where(primary)
      }
    ]
  };
}

// src/check/change-scope.ts
var HOUSEKEEPING_FOLDERS = /* @__PURE__ */ new Set([
  ".circleci",
  ".devcontainer",
  ".github",
  ".gitlab",
  ".vscode",
  "bench",
  "benchmark",
  "benchmarks",
  "changelog.d",
  "changes",
  "ci",
  "doc",
  "docs",
  "documentation",
  "example",
  "examples",
  "newsfragments",
  "releasenotes",
  "scripts",
  "test",
  "testing",
  "tests",
  "tools"
]);
var HOUSEKEEPING_FILES = /^(?:\..*|conftest\.py|test_[^/]*\.py|[^/]*_test\.py|tox\.ini|noxfile\.py|Makefile|justfile|codecov\.ya?ml|mkdocs\.ya?ml|(?:uv|poetry|pdm|Pipfile)\.lock|Pipfile|[^/]*requirements[^/]*\.(?:txt|in)|(?:README|CONTRIBUTING|CODE_OF_CONDUCT|SECURITY|AUTHORS|CODEOWNERS|SUPPORT|GOVERNANCE|MAINTAINERS)(?:\.[A-Za-z]+)?)$/;
function isHousekeeping(file) {
  const parts = file.split("/");
  const name = parts[parts.length - 1] ?? "";
  if (parts.slice(0, -1).some((folder) => HOUSEKEEPING_FOLDERS.has(folder.toLowerCase())))
    return true;
  return HOUSEKEEPING_FILES.test(name);
}
function changeScope(files, changelogPaths, projectDir = "") {
  if (files === void 0) return { userVisible: true, touchesChangelog: false };
  const inside = (file, place2) => place2 === "" || file === place2 || file.startsWith(`${place2}/`);
  const changelog = (file) => changelogPaths.some((place2) => inside(file, place2));
  const own = (file) => inside(file, projectDir);
  return {
    userVisible: files.some(
      (file) => own(file) && !changelog(file) && !isHousekeeping(file.slice(projectDir.length))
    ),
    touchesChangelog: files.some(changelog)
  };
}

// src/check/series-patch.ts
function releaseNumbers(section) {
  return parsePep440(section.version)?.release ?? [];
}
function patchBelow(releases, series) {
  return releases.find(
    (section) => section.level > series.level && (releaseNumbers(section)[2] ?? 0) > 0
  );
}
function seriesSectionOf(changelog, version) {
  const [major, minor, patch] = version.release;
  if (version.release.length !== 3 || !patch || version.pre || version.dev !== null)
    return void 0;
  const { releases } = changelog.parsed;
  const series = releases.find((section) => {
    const numbers = releaseNumbers(section);
    return numbers.length === 2 && numbers[0] === major && numbers[1] === minor;
  });
  const example = series && patchBelow(releases, series);
  return series && example ? { series, patch: example } : void 0;
}
function patchInSeries(changelog, version) {
  const found = seriesSectionOf(changelog, version);
  if (!found) return void 0;
  const { series, patch } = found;
  const location = { file: changelog.file, line: series.line };
  return {
    rows: [
      {
        source: `${changelog.file} heading`,
        value: `(in the ${series.version} series)`,
        location,
        ok: true
      }
    ],
    findings: [
      {
        level: "notice",
        title: "Release notes",
        message: `${changelog.file} has no heading for ${version.raw} yet: it writes each patch inside its series' section (${headingMarkup(patch)} at line ${patch.line}), and the section for ${series.version} is at line ${series.line}. The GitHub release takes the notes GitHub generates; add the patch's heading there for the next one.`,
        location
      }
    ]
  };
}

// src/check/check-versions.ts
function sectionExample(changelog, version) {
  const style = (changelog.releases[0] ?? changelog.unreleased)?.style ?? changelogMarkup(changelog.format).releaseStyle;
  return headingForm(style).sectionExample(style, version);
}
function releaseDigits(text2) {
  const digits = (/^\d+(?:\.\d+)*/.exec(text2)?.[0] ?? "").split(".");
  while (digits.length > 1 && digits[digits.length - 1] === "0") digits.pop();
  return digits.join(".");
}
function aboutVersion(warning, key, version) {
  if (warning.version === void 0) return true;
  if (warning.key !== void 0) return warning.key === key;
  return releaseDigits(warning.version) === releaseDigits(version.normalized);
}
var SUMMARY_LINES = 3;
function olderHeadingsSummary(changelog, older) {
  const named = older.slice(0, SUMMARY_LINES).map((warning) => `line ${warning.line} (${warning.short ?? warning.message})`);
  const more = older.length - named.length;
  return {
    level: "info",
    title: "Untidy changelog",
    message: `${older.length === 1 ? "An older heading" : `${older.length} older headings`} in ${changelog.file} ${older.length === 1 ? "is" : "are"} untidy or unreadable: ${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}. They do not affect this release; tidy them when convenient (dates as YYYY-MM-DD, PEP 440 versions).`,
    location: { file: changelog.file, line: older[0].line }
  };
}
function changelogWarnings(changelog, version, before) {
  const { editedLines, released } = before;
  const findings = [];
  const older = [];
  const place2 = (warning) => ({ file: changelog.file, line: warning.line });
  for (const warning of changelog.parsed.warnings) {
    const history = released && warning.version !== void 0;
    const current = version !== void 0 && !history && aboutVersion(warning, versionKey(version), version);
    if (current || editedLines?.has(warning.line)) {
      findings.push({
        level: current ? "warning" : "notice",
        title: "Untidy changelog",
        message: warning.message,
        location: place2(warning)
      });
    } else {
      older.push(warning);
    }
  }
  if (older.length > 0) findings.push(olderHeadingsSummary(changelog, older));
  return { rows: [], findings };
}
function perVersionMissing(changelog, perVersion, reference, normalized, tagged) {
  const kept = `This project keeps one release notes file per version (${perVersion.pattern}, ${perVersion.source})`;
  const towncrier = changelog.towncrier;
  if (perVersion.exists) {
    return `${changelog.file} names no ${reference} in a heading. ${kept}: give it a title with the version ("${changelogMarkup(changelog.parsed.format).headingMark}${normalized}"), so it is known for this release's notes.`;
  }
  const fragments = towncrier && !tagged ? `, and ${towncrier.directory}/ holds no news fragment` : "";
  const how = towncrier && perVersion.pattern.includes("{version}") && changelog.towncrier?.filename?.includes("{version}") ? `run \`towncrier build --version ${normalized}\` and commit ${changelog.file}` : `write ${changelog.file} with the release notes${towncrier ? ` (\`towncrier build --draft --version ${normalized}\` prints them from the news fragments)` : ""} and commit it`;
  return `There are no release notes for ${reference}: ${changelog.file} does not exist${fragments}. ${kept}: ${how}${tagged ? ", then tag that commit" : ""}.`;
}
function sectionRemarks(changelog, release, version, tagged) {
  const findings = [];
  const location = { file: changelog.file, line: release.line };
  const servedBy = changelog.perVersion?.servedBy;
  if (servedBy) {
    findings.push({
      level: "notice",
      title: "Release notes",
      message: `${changelog.file} (the notes of ${servedBy}) serves as the notes of ${version.raw}.`,
      location
    });
  }
  if (release.yanked) {
    findings.push({
      level: "warning",
      title: "Yanked version",
      message: `${changelog.file} marks ${release.version} as [YANKED].`,
      location
    });
  }
  if (tagged && release.pending) {
    findings.push({
      level: "warning",
      title: "Release marked unreleased",
      message: `${changelog.file} still says ${release.version} is unreleased (line ${release.line}). Put the release date in its place.`,
      location
    });
  }
  return findings;
}
function beforeTheTag(changelog, version, context) {
  const row = (value, location) => ({
    rows: [{ source: `${changelog.file} heading`, value, location, ok: true }],
    findings: []
  });
  const file = { file: changelog.file };
  if (version.isDevrelease || version.local !== null) return row("(development version)", file);
  if (context.releasedVersions.some((done) => samePep440(done, version.normalized)))
    return row("(already released)", file);
  const towncrier = changelog.towncrier;
  if (towncrier && towncrier.fragments.length > 0) {
    const fragments = `${towncrier.fragments.length} for ${version.normalized}`;
    return {
      rows: [
        {
          source: `${towncrier.directory}/ news fragments`,
          value: fragments,
          location: { file: towncrier.directory },
          ok: true
        }
      ],
      findings: []
    };
  }
  if (context.versionChanged) return void 0;
  const unreleased = changelog.parsed.unreleased;
  if (unreleased) {
    return row(headingMarkup(unreleased), { file: changelog.file, line: unreleased.line });
  }
  return {
    rows: [],
    findings: [
      {
        level: "info",
        title: "Changelog section",
        message: `${changelog.file} has no section for ${version.raw} yet. Add ${sectionExample(changelog.parsed, version.normalized)} before tagging ${version.raw}: the release takes its notes from there.`,
        location: file
      }
    ]
  };
}
function unreadable2(changelog) {
  const { parsed } = changelog;
  if (!changelog.discovered || changelog.perVersion || changelog.towncrier) return void 0;
  if (parsed.releases.length > 0 || parsed.unreleased) return void 0;
  return {
    rows: [],
    findings: [
      {
        level: "notice",
        title: "Changelog not read",
        message: `${changelog.file} has no heading pyrelease reads as a release, so it is not checked, and the GitHub release takes the notes GitHub generates instead. Write each release as a heading (such as ${sectionExample(parsed, "1.2.3")}), or set ${theOption("changelog")} to the file that has them, or ${setting("changelog", "none")}.`,
        location: { file: changelog.file, line: 1 }
      }
    ]
  };
}
function stoppedWriting(changelog, version, context) {
  const unreleased = changelog.parsed.unreleased;
  if (changelog.perVersion || unreleased && countEntries(unreleased) > 0) return void 0;
  const others = context.releasedVersions.filter((released) => released !== version.normalized).sort((a, b) => comparePep440(b, a));
  const { stopped, newest, behind } = stoppedChangelog(changelog.parsed, others);
  if (!stopped || !newest || behind === void 0) return void 0;
  const location = { file: changelog.file, line: newest.line };
  return {
    rows: [
      {
        source: `${changelog.file} heading`,
        value: `(stopped at ${newest.version})`,
        location,
        ok: true
      }
    ],
    findings: [
      {
        level: "notice",
        title: "Changelog no longer kept",
        message: `${changelog.file} stops at ${newest.version} (line ${newest.line}), older than the release ${behind} and those after it, so it is taken for a changelog this project no longer writes: ${version.raw} needs no section in it. The GitHub release takes the notes GitHub generates from the pull requests merged since the previous tag. Set ${theOption("changelog")} to the file you keep, or ${setting("changelog", "none")} to stop this notice.`,
        location
      }
    ]
  };
}
function changelogSection(changelog, version, context) {
  if (!version) return NOTHING;
  const release = findRelease(changelog.parsed, version.raw);
  if (release) {
    const location2 = { file: changelog.file, line: release.line, column: release.column };
    return {
      rows: [{ source: `${changelog.file} heading`, value: release.version, location: location2, ok: true }],
      findings: sectionRemarks(changelog, release, version, context.tagged)
    };
  }
  const standIn = unreadable2(changelog) ?? (context.tagged ? stoppedWriting(changelog, version, context) ?? patchInSeries(changelog, version) : beforeTheTag(changelog, version, context));
  if (standIn) return standIn;
  const location = { file: changelog.file, line: changelog.parsed.unreleased?.line ?? 1 };
  return {
    rows: [{ source: `${changelog.file} heading`, value: "(missing)", location, ok: false }],
    findings: [
      {
        level: "error",
        title: "Changelog has no section for this version",
        message: missingSection(changelog, version, context.tagged),
        location
      }
    ]
  };
}
function missingSection(changelog, version, tagged) {
  const { perVersion, towncrier } = changelog;
  const reference = version.raw;
  if (perVersion) {
    return perVersionMissing(changelog, perVersion, reference, version.normalized, tagged);
  }
  if (towncrier) {
    return `${changelog.file} has no section for ${reference}${tagged ? "" : `, and ${towncrier.directory}/ holds no news fragment`}. This project writes its changelog with towncrier: ${tagged ? `run \`towncrier build --version ${version.normalized}\`, commit ${changelog.file}, and tag that commit` : `add a fragment (${towncrier.directory}/<issue>.<type>, e.g. 123.bugfix.rst), or run \`towncrier build --version ${version.normalized}\``}.`;
  }
  return `${changelog.file} has no heading for ${reference}. Add ${sectionExample(changelog.parsed, version.normalized)} with the release notes (rename the Unreleased heading when it holds them), or set ${setting("changelog", "none")} for a project without a changelog.`;
}
function entryMissing(changelog, filesKnown) {
  const { towncrier } = changelog;
  const unreleased = changelog.parsed.unreleased;
  const markup = changelogMarkup(changelog.parsed.format);
  if (towncrier) {
    return `${towncrier.directory}/ has no news fragment from this pull request. Add one that describes this change (${towncrier.directory}/<issue>.<type>, e.g. 123.bugfix.rst); towncrier builds ${changelog.file} from them.`;
  }
  if (unreleased && !filesKnown) {
    return `${changelog.file} has an empty "${headingMarkup(unreleased)}" section. Add an entry that describes this change${markup.notesHint}.`;
  }
  if (unreleased) {
    return `This pull request changes the package but not ${changelog.file}: add an entry that describes the change to its "${headingMarkup(unreleased)}" section${markup.notesHint}.`;
  }
  return `${changelog.file} has no ${markup.unreleasedSection.replace(/^an? /, "")}. Add one above the releases with an entry that describes this change.`;
}
function changelogEntry(changelog, pullRequest, project, required) {
  const primary = project.primary;
  const { towncrier, perVersion } = changelog;
  const unreleased = changelog.parsed.unreleased;
  const versionUnchanged = primary === void 0 || pullRequest?.baseVersion !== void 0 && samePep440(pullRequest.baseVersion, primary.value);
  if (!pullRequest || !versionUnchanged || perVersion && !towncrier) return NOTHING;
  if (!towncrier && !unreleased && !required) return NOTHING;
  const places = [changelog.file, ...towncrier ? [towncrier.directory] : []];
  const scope = changeScope(pullRequest.changedFiles, places, project.dir);
  if (!scope.userVisible || scope.touchesChangelog) return NOTHING;
  const known = pullRequest.changedFiles !== void 0;
  const entries = towncrier ? towncrier.fragments.length : unreleased ? countEntries(unreleased) : 0;
  if (!known && entries > 0) return NOTHING;
  return {
    rows: [],
    findings: [
      {
        level: required ? "error" : "warning",
        title: "No changelog entry",
        message: entryMissing(changelog, known),
        location: towncrier ? { file: towncrier.directory } : { file: changelog.file, line: unreleased?.line ?? 1 }
      }
    ]
  };
}
function versionChanged(pullRequest, primary) {
  const base = pullRequest?.baseVersion;
  return primary !== void 0 && base !== void 0 && !samePep440(base, primary.value);
}
function projectNotes(notes) {
  return {
    rows: [],
    findings: notes.map((note) => ({ level: "notice", title: "Note", message: note }))
  };
}
function checkVersions(facts) {
  const { project, tag, pullRequest } = facts;
  const { primary, changelog } = project;
  const reference = tag ? tag.versionText : primary?.value;
  const parsedReference = reference === void 0 ? void 0 : parsePep440(reference) ?? void 0;
  const valid = validVersions(project.sources);
  const released = !tag && parsedReference !== void 0 && (facts.releasedVersions ?? []).some((done) => samePep440(done, parsedReference.normalized));
  const verdicts = [
    projectNotes(project.notes),
    valid,
    sourcesAgree(project, tag, reference, valid.invalid),
    tagIsNewer(tag, project.origin, facts.earlierTags),
    ...changelog ? [
      changelogWarnings(changelog, parsedReference, {
        editedLines: pullRequest?.changedChangelogLines,
        released
      }),
      changelogSection(changelog, parsedReference, {
        tagged: tag !== void 0,
        versionChanged: versionChanged(pullRequest, primary),
        releasedVersions: facts.releasedVersions ?? []
      }),
      changelogEntry(changelog, pullRequest, project, facts.requireChangelogEntry)
    ] : [],
    versionChange(pullRequest, primary, valid.invalid)
  ];
  const findings = verdicts.flatMap((verdict) => verdict.findings);
  const stated = primary && !valid.invalid.has(primary) ? primary.value : void 0;
  const version = stated ?? tag?.versionText;
  const parsedVersion = version === void 0 ? null : parsePep440(version);
  return {
    version,
    pep440: parsedVersion?.normalized ?? version,
    prerelease: parsedVersion?.isPrerelease ?? false,
    tag: tag?.name ?? (version === void 0 ? void 0 : `${facts.tagPrefix}${version}`),
    rows: verdicts.flatMap((verdict) => verdict.rows),
    findings,
    ok: !findings.some((finding) => finding.level === "error")
  };
}

// src/changelog/load.ts
var import_parse_string = __toESM(require_parse_string(), 1);

// src/version/tag-names.ts
var CANONICAL = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
function bareName(name) {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "").replace(/^(?:python|py)(?=.)/, "").replace(/(?<=.)(?:python|py)$/, "");
}
function nameAfterRepository(name, repository) {
  const repositoryName = repository?.split("/").pop();
  if (!repositoryName) return void 0;
  const prefix = `${canonicalProjectName(repositoryName)}-`;
  const canonical = canonicalProjectName(name);
  return canonical.startsWith(prefix) && canonical.length > prefix.length ? canonical.slice(prefix.length) : void 0;
}
function projectTagNames(sources) {
  if (!sources.name) return [];
  const name = canonicalProjectName(sources.name);
  if (!CANONICAL.test(name)) return [];
  const names = [name];
  const repositoryName = sources.repository?.split("/").pop();
  for (const other of [sources.importName, repositoryName]) {
    if (!other) continue;
    const canonical = canonicalProjectName(other);
    const same = bareName(other) === bareName(name) && bareName(name) !== "";
    if (same && CANONICAL.test(canonical) && !names.includes(canonical)) names.push(canonical);
  }
  const rest = nameAfterRepository(name, sources.repository);
  if (rest !== void 0 && CANONICAL.test(rest)) names.push(rest);
  return names;
}
var NAME_SEPARATORS = "-_.";
function projectNameEnd(tag, name) {
  let at = 0;
  for (const [index, part] of name.split("-").entries()) {
    if (index > 0) {
      const start = at;
      while (at < tag.length && NAME_SEPARATORS.includes(tag[at])) at++;
      if (at === start) return void 0;
    }
    if (tag.slice(at, at + part.length).toLowerCase() !== part) return void 0;
    at += part.length;
  }
  return at;
}

// src/changelog/discovery.ts
var NAMES = ["changelog", "changes", "history", "news", "release_notes", "release-notes"];
var EXTENSIONS = [".md", ".rst", "", ".txt", ".markdown"];
var FOLDERS = ["", "docs", "doc"];
var URL_KEYS = /* @__PURE__ */ new Set([
  "changelog",
  "changes",
  "releasenotes",
  "history",
  "news",
  "whatsnew",
  "changelogs"
]);
var BLOB = /^https?:\/\/(?:www\.)?github\.com\/([^/]+)\/([^/]+)\/(?:blob|tree|raw)\/[^/]+\/(.+)$/i;
var RAW = /^https?:\/\/raw\.githubusercontent\.com\/([^/]+)\/([^/]+)\/[^/]+\/(.+)$/i;
function join(dir, path2) {
  return [dir, path2].filter(Boolean).join("/");
}
var CHANGELOG_FOLDERS = /* @__PURE__ */ new Set([
  "history",
  "changelog",
  "changelogs",
  "changes",
  "news",
  "release-notes",
  "release_notes",
  "releasenotes",
  "releases"
]);
var WORD = "(?:changelog|changes|history|news|release[-_]?notes)";
var WORD_FIRST = new RegExp(`^${WORD}[-_.](.+)$`, "i");
var WORD_LAST = new RegExp(`^(.+)[-_.]${WORD}$`, "i");
function normalName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function foldersUp(dir) {
  const parts = dir.split("/").filter(Boolean);
  const out = [];
  for (let n = parts.length; n >= 0; n--) out.push(parts.slice(0, n).join("/"));
  return out;
}
function listedFolders(dir) {
  return foldersUp(dir).flatMap((folder) => ["", "docs", "doc"].map((sub) => join(folder, sub)));
}
function namedFolders(folders, name) {
  if (!name) return [];
  const wanted = normalName(name);
  return folders.filter((folder) => {
    const last = folder.slice(folder.lastIndexOf("/") + 1);
    return CHANGELOG_FOLDERS.has(last.toLowerCase()) || normalName(last) === wanted;
  });
}
function callNames(name, repository) {
  const wanted = normalName(name);
  return [wanted, nameAfterRepository(name, repository) ?? wanted];
}
function namedRank(path2, wanted, short = wanted) {
  const parts = path2.split("/");
  const file = parts.pop();
  const folder = parts.pop() ?? "";
  const extension = EXTENSIONS.find((e) => e !== "" && file.toLowerCase().endsWith(e)) ?? "";
  const stem = file.slice(0, file.length - extension.length);
  if (extension === "" && stem.includes(".")) return void 0;
  if (CHANGELOG_FOLDERS.has(folder.toLowerCase()) && normalName(stem) === wanted) return 0;
  const named = WORD_FIRST.exec(stem)?.[1] ?? WORD_LAST.exec(stem)?.[1];
  if (named !== void 0 && normalName(named) === wanted) return 1;
  if (named !== void 0 && short !== wanted && normalName(named) === short) return 3;
  if (normalName(folder) === wanted && rank(file) !== void 0) return 2;
  return void 0;
}
function rank(name) {
  const lower = name.toLowerCase();
  for (const [n, base] of NAMES.entries()) {
    for (const [e, extension] of EXTENSIONS.entries()) {
      if (lower === base + extension) return n * EXTENSIONS.length + e;
    }
  }
  return void 0;
}
function decodedUrlPart(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return void 0;
  }
}
function insideRoot(path2) {
  const parts = [];
  for (const part of path2.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return void 0;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length > 0 ? parts.join("/") : void 0;
}
function urlTarget(url, dir, repository) {
  const trimmed = url.trim().split(/[?#]/)[0];
  const match = BLOB.exec(trimmed) ?? RAW.exec(trimmed);
  if (match) {
    const [, owner, name, path2] = match;
    const repo = `${owner}/${name.replace(/\.git$/, "")}`.toLowerCase();
    if (repository && repo !== repository.toLowerCase()) return void 0;
    const decoded = decodedUrlPart(path2);
    if (decoded === void 0) return { problem: "malformed" };
    const inside2 = insideRoot(decoded);
    return inside2 === void 0 ? { problem: "outside" } : { path: inside2 };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith("//") || trimmed === "") {
    return void 0;
  }
  const inside = insideRoot(join(dir, trimmed));
  return inside === void 0 ? { problem: "outside" } : { path: inside };
}
function pathFromUrl(url, dir, repository) {
  const target = urlTarget(url, dir, repository);
  return target && "path" in target ? target.path : void 0;
}
function changelogUrlProblems(input) {
  const problems = [];
  for (const [key, url] of changelogUrls(input.urls)) {
    const target = urlTarget(url, input.dir, input.repository);
    if (target && "problem" in target) problems.push({ key, url, problem: target.problem });
  }
  return problems;
}
function changelogUrls(urls) {
  return Object.entries(urls ?? {}).filter(
    (entry) => typeof entry[1] === "string" && URL_KEYS.has(entry[0].toLowerCase().replace(/[\s_'-]/g, ""))
  );
}
function changelogFolders(dir, folders) {
  const places = new Set(FOLDERS.map((folder) => join(dir, folder)));
  return folders.filter((folder) => {
    const name = folder.slice(folder.lastIndexOf("/") + 1);
    const parent = folder.slice(0, Math.max(folder.lastIndexOf("/"), 0));
    return places.has(parent) && name.includes(".") && rank(name) !== void 0;
  });
}
function changelogCandidates(input) {
  const candidates = [];
  for (const [, value] of changelogUrls(input.urls)) {
    const path2 = pathFromUrl(value, input.dir, input.repository);
    if (path2 && !candidates.includes(path2)) candidates.push(path2);
  }
  for (const folder of FOLDERS) {
    const base = join(input.dir, folder);
    if (input.files === void 0) {
      for (const name of NAMES) {
        for (const extension of EXTENSIONS) {
          for (const spelled of [
            name.toUpperCase() + extension,
            name + extension,
            name[0].toUpperCase() + name.slice(1) + extension
          ]) {
            const path2 = join(base, spelled);
            if (!candidates.includes(path2)) candidates.push(path2);
          }
        }
      }
      continue;
    }
    const here = input.files.filter((file) => file.slice(0, file.lastIndexOf("/") + 1) === (base ? `${base}/` : "")).map((file) => ({ file, rank: rank(file.slice(file.lastIndexOf("/") + 1)) })).filter((entry) => entry.rank !== void 0).sort((a, b) => a.rank - b.rank || (a.file < b.file ? -1 : 1));
    for (const { file } of here) if (!candidates.includes(file)) candidates.push(file);
  }
  if (input.files && input.name) {
    const [wanted, short] = callNames(input.name, input.repository);
    for (const folder of foldersUp(input.dir)) {
      const prefix = folder ? `${folder}/` : "";
      const here = input.files.filter((file) => file.startsWith(prefix)).map((file) => ({ file, rank: namedRank(file, wanted, short) })).filter((entry) => entry.rank !== void 0).sort((a, b) => a.rank - b.rank || (a.file < b.file ? -1 : 1));
      for (const { file } of here) if (!candidates.includes(file)) candidates.push(file);
    }
  }
  return candidates;
}
var SITE_PREFIX = /^(?:[a-z]{2}(?:[-_][a-z]{2,4})?|latest|stable|dev|main|master|v?\d+(?:\.\d+)*)$/i;
function docsPagePath(url) {
  const match = /^https?:\/\/([^/?#]+)(\/[^?#]*)?/i.exec(url.trim());
  if (!match || /(^|\.)github(?:usercontent)?\.com$/i.test(match[1])) return void 0;
  const decoded = (match[2] ?? "").split("/").filter(Boolean).map(decodedUrlPart);
  if (decoded.includes(void 0)) return void 0;
  const segments = decoded;
  if (/^index\.html?$/i.test(segments.at(-1) ?? "")) segments.pop();
  if (segments.length > 0)
    segments[segments.length - 1] = segments.at(-1).replace(/\.html?$/i, "");
  while (segments.length > 1 && SITE_PREFIX.test(segments[0])) segments.shift();
  if (segments.length === 0 || segments.some((segment) => segment.includes("."))) return void 0;
  return segments.join("/");
}
function docsPagePaths(urls) {
  const pages = [];
  for (const [, value] of changelogUrls(urls)) {
    const page = docsPagePath(value);
    if (page !== void 0 && !pages.includes(page)) pages.push(page);
  }
  return pages;
}
function isPageSource(file, page) {
  const extension = [".md", ".rst", ".txt", ".markdown"].find(
    (e) => file.toLowerCase().endsWith(e)
  );
  if (extension === void 0) return false;
  const stem = file.slice(0, -extension.length).toLowerCase();
  return stem.endsWith(`/${page.toLowerCase()}`);
}

// src/files/text.ts
function splitText(text2) {
  const lines = new TextLines(text2);
  return { bom: lines.bom, eol: lines.dominantEol(), lines: lines.texts() };
}
function stripBom(text2) {
  return text2.startsWith("\uFEFF") ? text2.slice(1) : text2;
}

// src/changelog/towncrier-config.ts
var DEFAULT_TYPES = ["feature", "bugfix", "doc", "removal", "misc"];
var FOLDERS2 = ["changelog.d", "newsfragments"];
function table(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function text(value) {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
}
function typesOf(config) {
  const types = [];
  const list = config.type;
  if (Array.isArray(list)) {
    for (const entry of list) {
      const name = text(table(entry)?.directory);
      if (name) types.push(name);
    }
  }
  for (const name of Object.keys(table(config.fragment) ?? {})) types.push(name);
  return types.length > 0 ? types : void 0;
}
function towncrierSetup(options) {
  const fromToml = table(table(options.towncrierToml?.tool)?.towncrier);
  const fromPyproject = table(table(options.pyproject?.tool)?.towncrier);
  const config = fromToml ?? fromPyproject;
  if (config) {
    const directory = text(config.directory);
    const pkg = text(config.package);
    return {
      source: fromToml ? "towncrier.toml" : "pyproject.toml [tool.towncrier]",
      directory: directory ? repoPath(options.dir, directory) : repoPath(
        options.dir,
        pkg ? repoPath(text(config.package_dir) ?? ".", pkg) : "",
        "newsfragments"
      ),
      filename: repoPath(options.dir, text(config.filename) ?? "NEWS.rst"),
      types: typesOf(config) ?? DEFAULT_TYPES,
      singleFile: config.single_file !== false
    };
  }
  for (const folder of FOLDERS2) {
    const directory = repoPath(options.dir, folder);
    if (options.folders.includes(directory)) {
      return {
        source: `${folder}/`,
        directory,
        filename: void 0,
        types: void 0,
        singleFile: true
      };
    }
  }
  return void 0;
}
function isFragment(name, types) {
  const lower = name.toLowerCase();
  if (lower.startsWith(".") || lower.startsWith("readme") || lower.startsWith("template")) {
    return false;
  }
  const parts = lower.split(".");
  if (parts.length < 2) return false;
  if (!types) return true;
  const known = new Set(types.map((type) => type.toLowerCase()));
  return parts.slice(1).some((part) => known.has(part));
}

// src/files/named-reads.ts
function lineNaming(text2, path2) {
  let start = 0;
  for (let line = 1; start <= text2.length; line++) {
    const end = text2.indexOf("\n", start);
    const stop = end === -1 ? text2.length : end;
    if (text2.slice(start, stop).includes(path2)) return line;
    start = stop + 1;
  }
  return void 0;
}
function namedWhere(error, paths, configs) {
  if (!(error instanceof RefusedRead)) return error;
  for (const path2 of paths) {
    for (const { file, text: text2 } of configs) {
      const line = path2 === "" ? void 0 : lineNaming(text2, path2);
      if (line === void 0) continue;
      return new RefusedRead(`${file} line ${line} names ${path2}: ${error.message}`, error.title, {
        file,
        line
      });
    }
  }
  return error;
}
function namingReader(reader, configs, dir = "") {
  const named = (path2, read) => read().catch((error) => {
    const inDir = dir && path2.startsWith(`${dir}/`) ? [path2.slice(dir.length + 1)] : [];
    throw namedWhere(error, [path2, ...inDir], configs());
  });
  return {
    read: (path2, limit) => named(path2, () => reader.read(path2, limit)),
    ...reader.list && { list: (dir2) => named(dir2, () => reader.list(dir2)) },
    ...reader.readBytes && {
      readBytes: (path2, limit) => named(path2, () => reader.readBytes(path2, limit))
    }
  };
}

// src/changelog/changelog-files.ts
async function readStrict(reader, file) {
  if (reader.readBytes) {
    const bytes = await reader.readBytes(file);
    if (bytes === void 0) return void 0;
    try {
      return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      throw notUtf8(file);
    }
  }
  const text2 = await reader.read(file, READ_LIMITS.large);
  if (text2?.includes("\uFFFD")) throw notUtf8(file);
  return text2;
}
function notUtf8(file) {
  return new UserError(
    `${file} is not UTF-8 text, so its release headings cannot be read. Convert it to UTF-8 (for example \`iconv -f latin1 -t utf-8\`) and commit it.`,
    "Changelog is not UTF-8",
    { file }
  );
}
async function listing(reader, dirs) {
  if (!reader.list) return void 0;
  const all = [];
  for (const dir of dirs) all.push(...await reader.list(dir) ?? []);
  return all;
}
async function firstExisting(reader, paths) {
  for (const file of paths) {
    const text2 = await readStrict(reader, file);
    if (text2 !== void 0) return { file, text: text2, discovered: true };
  }
  return void 0;
}
function basename(path2) {
  return path2.slice(path2.lastIndexOf("/") + 1);
}
function folderOf(path2) {
  return path2.includes("/") ? path2.slice(0, path2.lastIndexOf("/")) : "";
}
async function fileNames(reader, dir) {
  const entries = await reader.list?.(dir);
  return entries?.filter((entry) => !entry.endsWith("/")).map(basename);
}

// src/changelog/loaded.ts
var NO_CHANGELOG = "none";

// src/changelog/root-changelog.ts
function words(text2) {
  return `-${text2.toLowerCase().replace(/[-_.\s]+/g, "-")}-`;
}
function headingNaming(file, text2, name) {
  const wanted = words(name);
  const lines = new TextLines(text2);
  const { headings } = changelogMarkup(changelogFormat(file, text2)).scan(lines);
  return headings.find(
    (heading) => words(heading.text.replace(/[[\]()`*:]/g, " ")).replace(/-v?\d/g, "-").includes(wanted)
  )?.line;
}
var SKIPPED = /* @__PURE__ */ new Set([
  "node_modules",
  "__pycache__",
  "build",
  "dist",
  "target",
  "tests",
  "test",
  "docs",
  "doc",
  "src",
  "venv"
]);
var PACKAGE_TABLE = /^\[(?:project|tool\.poetry)\]/m;
var DEPTH = 4;
var MAX_FOLDERS = 200;
async function onlyPackage(reader, dir) {
  const isPackage = async (prefix, entries) => entries.includes(`${prefix}setup.py`) || entries.includes(`${prefix}pyproject.toml`) && PACKAGE_TABLE.test(await reader.read(`${prefix}pyproject.toml`) ?? "");
  let level = [""];
  let listed = 0;
  for (let depth = 0; depth <= DEPTH && level.length > 0; depth++) {
    const next = [];
    for (const folder of level) {
      if (folder === dir) continue;
      if (++listed > MAX_FOLDERS) return false;
      const entries = await reader.list(folder) ?? [];
      const prefix = folder ? `${folder}/` : "";
      if (await isPackage(prefix, entries)) return false;
      for (const entry of entries) {
        if (!entry.endsWith("/")) continue;
        const name = entry.slice(prefix.length, -1);
        if (!name.startsWith(".") && !SKIPPED.has(name.toLowerCase()))
          next.push(entry.slice(0, -1));
      }
    }
    level = next;
  }
  return level.length === 0;
}

// src/changelog/pointers.ts
var MAX_LINES = 200;
var MAX_POINTERS = 20;
var MAX_LINE_LENGTH = 2e3;
var SEPARATORS = /[\s()[\]<>{}"'`,;|*]+/;
var TEXT_FILE = /\.(?:md|rst|txt|markdown)$/i;
var INCLUDE = /^(?:include|include-markdown)$/i;
var URL = /^https?:\/\//i;
function folderOf2(path2) {
  const slash = path2.lastIndexOf("/");
  return slash === -1 ? "" : path2.slice(0, slash);
}
function trimWord(word) {
  let end = word.length;
  while (end > 0 && ".:!?".includes(word[end - 1])) end--;
  return word.slice(0, end);
}
function candidatePaths(written, file) {
  const paths = [];
  for (const base of [folderOf2(file), ""]) {
    const path2 = pathFromUrl(written, base);
    if (path2 !== void 0 && path2 !== file && !paths.includes(path2)) paths.push(path2);
  }
  return paths;
}
function pointerOf(word, afterInclude, file, repository) {
  if (URL.test(word)) {
    const inRepository = pathFromUrl(word, "", repository);
    if (inRepository !== void 0) return { written: word, paths: [inRepository] };
    const page = docsPagePath(word);
    return { written: word, paths: [], ...page === void 0 ? {} : { page } };
  }
  const path2 = word.split("#")[0];
  const name = path2.slice(path2.lastIndexOf("/") + 1);
  if (!TEXT_FILE.test(name) && !afterInclude) return void 0;
  const paths = candidatePaths(path2, file);
  return paths.length > 0 ? { written: path2, paths } : void 0;
}
function changelogPointers(text2, file, repository) {
  const pointers = [];
  let start = 0;
  for (let line = 1; line <= MAX_LINES && start < text2.length; line++) {
    let end = text2.indexOf("\n", start);
    if (end === -1) end = text2.length;
    const content = text2.slice(start, Math.min(end, start + MAX_LINE_LENGTH));
    start = end + 1;
    let afterInclude = false;
    for (const raw of content.split(SEPARATORS)) {
      const word = trimWord(raw);
      if (word === "") continue;
      const pointer = pointerOf(word, afterInclude, file, repository);
      afterInclude = INCLUDE.test(word);
      if (!pointer || pointers.some((seen) => seen.written === pointer.written)) continue;
      pointers.push({ line, ...pointer });
      if (pointers.length === MAX_POINTERS) return pointers;
    }
  }
  return pointers;
}

// src/changelog/follow-pointers.ts
var MAX_HOPS = 3;
var MAX_READS = 30;
async function targetsOf(walk, pointer) {
  const paths = [...pointer.paths];
  if (pointer.page !== void 0) {
    const source = await walk.io.pageSource(pointer.page);
    if (source !== void 0 && !paths.includes(source)) paths.push(source);
  }
  return paths;
}
async function follow(walk, from, hops) {
  if (walk.io.hasReleases(from)) return { target: from, via: [] };
  if (hops === MAX_HOPS) return void 0;
  for (const pointer of changelogPointers(from.text, from.file, walk.io.repository)) {
    for (const path2 of await targetsOf(walk, pointer)) {
      if (walk.visited.has(path2) || walk.reads >= MAX_READS) continue;
      walk.visited.add(path2);
      walk.reads++;
      const text2 = await walk.io.read(path2);
      if (text2 === void 0) continue;
      const found = await follow(walk, { file: path2, text: text2 }, hops + 1);
      if (!found) continue;
      const step = { file: from.file, line: pointer.line, written: pointer.written };
      return { target: found.target, via: [step, ...found.via] };
    }
  }
  return void 0;
}
async function followPointers(start, io) {
  if (io.hasReleases(start)) return { kind: "changelog" };
  const walk = { io, visited: /* @__PURE__ */ new Set([start.file]), reads: 0 };
  const found = await follow(walk, start, 0);
  if (found) return { kind: "followed", target: found.target, via: found.via };
  return { kind: "unresolved", pointers: changelogPointers(start.text, start.file, io.repository) };
}
function describeWay(via, target) {
  return via.map((step, index) => `${step.file}:${step.line} points to ${via[index + 1]?.file ?? target}`).join(", ");
}
function unresolvedNote(file, pointers) {
  if (pointers.length === 0) return void 0;
  const named = pointers.slice(0, 3).map((pointer) => `${pointer.written} (${file}:${pointer.line})`).join(", ");
  return `${file} holds no release heading and points to ${named}, where no changelog with a release heading is in this repository. Name the changelog with ${theOption("changelog")} (a path in the repository), or write the release headings in ${file}.`;
}

// node_modules/re2js/build/index.js
var RE2Flags = class RE2Flags2 {
  static FOLD_CASE = 1;
  static LITERAL = 2;
  static CLASS_NL = 4;
  static DOT_NL = 8;
  static ONE_LINE = 16;
  static NON_GREEDY = 32;
  static PERL_X = 64;
  static UNICODE_GROUPS = 128;
  static WAS_DOLLAR = 256;
  static LOOKBEHIND = 512;
  static MATCH_NL = RE2Flags2.CLASS_NL | RE2Flags2.DOT_NL;
  static PERL = RE2Flags2.CLASS_NL | RE2Flags2.ONE_LINE | RE2Flags2.PERL_X | RE2Flags2.UNICODE_GROUPS;
  static POSIX = 0;
  static UNANCHORED = 0;
  static ANCHOR_START = 1;
  static ANCHOR_BOTH = 2;
};
var PublicFlags = {
  CASE_INSENSITIVE: 1,
  DOTALL: 2,
  MULTILINE: 4,
  DISABLE_UNICODE_GROUPS: 8,
  LONGEST_MATCH: 16,
  LOOKBEHINDS: 512
};
var ASCII_SIZE = 128;
var ASCII_TO_UPPER = new Int32Array(ASCII_SIZE);
var ASCII_TO_LOWER = new Int32Array(ASCII_SIZE);
var MAX_BMP = 65535;
for (let i = 0; i < ASCII_SIZE; i++) {
  if (i >= 97 && i <= 122) ASCII_TO_UPPER[i] = i - 32;
  else ASCII_TO_UPPER[i] = i;
  if (i >= 65 && i <= 90) ASCII_TO_LOWER[i] = i + 32;
  else ASCII_TO_LOWER[i] = i;
}
var Codepoint = class {
  static CODES = Object.freeze({
    "\x07": 7,
    "\b": 8,
    "	": 9,
    "\n": 10,
    "\v": 11,
    "\f": 12,
    "\r": 13,
    " ": 32,
    '"': 34,
    $: 36,
    "&": 38,
    "'": 39,
    "(": 40,
    ")": 41,
    "*": 42,
    "+": 43,
    "-": 45,
    ".": 46,
    0: 48,
    1: 49,
    2: 50,
    3: 51,
    4: 52,
    5: 53,
    6: 54,
    7: 55,
    8: 56,
    9: 57,
    ":": 58,
    "<": 60,
    ">": 62,
    "?": 63,
    A: 65,
    B: 66,
    C: 67,
    F: 70,
    P: 80,
    Q: 81,
    U: 85,
    Z: 90,
    "[": 91,
    "\\": 92,
    "]": 93,
    "^": 94,
    _: 95,
    "`": 96,
    a: 97,
    b: 98,
    f: 102,
    i: 105,
    m: 109,
    n: 110,
    r: 114,
    s: 115,
    t: 116,
    v: 118,
    x: 120,
    z: 122,
    "{": 123,
    "|": 124,
    "}": 125
  });
  static toUpperCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_UPPER[codepoint];
    const s = String.fromCodePoint(codepoint).toUpperCase();
    const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s.codePointAt(0)).toLowerCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s.codePointAt(0);
  }
  static toLowerCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_LOWER[codepoint];
    const s = String.fromCodePoint(codepoint).toLowerCase();
    const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s.codePointAt(0)).toUpperCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s.codePointAt(0);
  }
};
var UnicodeRangeTable = class {
  /**
  * @param {Uint32Array | number[]} data
  * @param {boolean} isStride1
  */
  constructor(data, isStride1 = false) {
    this.data = data;
    this.isStride1 = isStride1;
    this.SIZE = isStride1 ? 2 : 3;
  }
  getLo(index) {
    return this.data[index * this.SIZE];
  }
  getHi(index) {
    return this.data[index * this.SIZE + 1];
  }
  getStride(index) {
    return this.isStride1 ? 1 : this.data[index * this.SIZE + 2];
  }
  get length() {
    return this.data.length / this.SIZE;
  }
};
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
var B64_MAP = /* @__PURE__ */ new Uint8Array(256);
for (let i = 0; i < 64; i++) B64_MAP[B64.charCodeAt(i)] = i;
var decodeVLQ = (str) => {
  const res = [];
  let value = 0;
  let shift = 0;
  for (let i = 0; i < str.length; i++) {
    const digit = B64_MAP[str.charCodeAt(i)];
    value |= (digit & 31) << shift;
    if ((digit & 32) === 0) {
      res.push(value);
      value = 0;
      shift = 0;
    } else shift += 5;
  }
  return res;
};
var decodeRanges = (str, isStride1) => {
  const res = decodeVLQ(str);
  const numRanges = isStride1 ? res.length / 2 : res.length / 3;
  const out = new Uint32Array(numRanges * 3);
  let current = 0;
  let resIdx = 0;
  for (let i = 0; i < numRanges; i++) {
    current += res[resIdx++];
    out[i * 3] = current;
    current += res[resIdx++];
    out[i * 3 + 1] = current;
    out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
  }
  return out;
};
var decodeOrbit = (str) => {
  const res = decodeVLQ(str);
  const map = /* @__PURE__ */ new Map();
  let currentKey = 0;
  for (let i = 0; i < res.length; i += 2) {
    currentKey += res[i];
    const zz = res[i + 1];
    const delta = zz >>> 1 ^ -(zz & 1);
    map.set(currentKey, currentKey + delta);
  }
  return map;
};
var LazyMap = class {
  constructor(initializer) {
    this.initializer = initializer;
    this.cache = /* @__PURE__ */ new Map();
  }
  has(key) {
    return Object.hasOwn(this.initializer, key);
  }
  get(key) {
    if (this.cache.has(key)) return this.cache.get(key);
    const val = this.has(key) ? this.initializer[key]() : null;
    this.cache.set(key, val);
    return val;
  }
};
var UnicodeTables = class {
  static _CASE_ORBIT = null;
  static get CASE_ORBIT() {
    if (!this._CASE_ORBIT) this._CASE_ORBIT = decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");
    return this._CASE_ORBIT;
  }
  static _Print = null;
  static get Print() {
    if (!this._Print) this._Print = new UnicodeRangeTable(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB", false));
    return this._Print;
  }
  static CATEGORIES = new LazyMap({
    C: () => new UnicodeRangeTable(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB", false)),
    Cc: () => new UnicodeRangeTable(decodeRanges("AfgDgB", true)),
    Cf: () => new UnicodeRangeTable(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB", false)),
    Cn: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB", false)),
    Co: () => new UnicodeRangeTable(decodeRanges("gg4B-nGh4hc9--BD9--B", true)),
    Cs: () => new UnicodeRangeTable(decodeRanges("gg2B--B", true)),
    L: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    LC: () => new UnicodeRangeTable(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB", false)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB", false)),
    Lm: () => new UnicodeRangeTable(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB", false)),
    Lo: () => new UnicodeRangeTable(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    Mc: () => new UnicodeRangeTable(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB", false)),
    Me: () => new UnicodeRangeTable(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    N: () => new UnicodeRangeTable(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB", false)),
    Nd: () => new UnicodeRangeTable(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ", true)),
    Nl: () => new UnicodeRangeTable(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB", false)),
    No: () => new UnicodeRangeTable(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB", false)),
    P: () => new UnicodeRangeTable(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Pc: () => new UnicodeRangeTable(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB", false)),
    Pd: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Pe: () => new UnicodeRangeTable(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD", false)),
    Pf: () => new UnicodeRangeTable(decodeRanges("7F+6H+6HEddpuDCCFDDQEE", false)),
    Pi: () => new UnicodeRangeTable(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE", false)),
    Po: () => new UnicodeRangeTable(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Ps: () => new UnicodeRangeTable(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB", false)),
    S: () => new UnicodeRangeTable(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Sc: () => new UnicodeRangeTable(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC", false)),
    Sk: () => new UnicodeRangeTable(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB", false)),
    Sm: () => new UnicodeRangeTable(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB", false)),
    So: () => new UnicodeRangeTable(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Z: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB", false)),
    Zl: () => new UnicodeRangeTable(decodeRanges("ohIA", true)),
    Zp: () => new UnicodeRangeTable(decodeRanges("phIA", true)),
    Zs: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB", false)),
    ASCII_Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbF", true)),
    Alphabetic: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Dash: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Emoji_Component: () => new UnicodeRangeTable(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB", false)),
    Emoji_Modifier: () => new UnicodeRangeTable(decodeRanges("7-8DE", true)),
    Emoji_Modifier_Base: () => new UnicodeRangeTable(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB", false)),
    Emoji_Presentation: () => new UnicodeRangeTable(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB", false)),
    Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbFq1-BJIFbF", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB", false)),
    Quotation_Mark: () => new UnicodeRangeTable(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB", false)),
    Terminal_Punctuation: () => new UnicodeRangeTable(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB", false)),
    White_Space: () => new UnicodeRangeTable(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB", false))
  });
  static SCRIPTS = new LazyMap({
    Adlam: () => new UnicodeRangeTable(decodeRanges("go6DrCFJFB", true)),
    Ahom: () => new UnicodeRangeTable(decodeRanges("g4lCaDOFW", true)),
    Anatolian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggxCmS", true)),
    Arabic: () => new UnicodeRangeTable(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB", false)),
    Armenian: () => new UnicodeRangeTable(decodeRanges("xpBlBDxBDCks9BE", true)),
    Avestan: () => new UnicodeRangeTable(decodeRanges("g4iC1BEG", true)),
    Balinese: () => new UnicodeRangeTable(decodeRanges("g4GsCCxB", true)),
    Bamum: () => new UnicodeRangeTable(decodeRanges("g1pB3CpowB4R", true)),
    Bassa_Vah: () => new UnicodeRangeTable(decodeRanges("w26CdDF", true)),
    Batak: () => new UnicodeRangeTable(decodeRanges("g+GzBJD", true)),
    Bengali: () => new UnicodeRangeTable(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB", false)),
    Beria_Erfe: () => new UnicodeRangeTable(decodeRanges("g17CYDY", true)),
    Bhaiksuki: () => new UnicodeRangeTable(decodeRanges("ggnCICsBCNLc", true)),
    Bopomofo: () => new UnicodeRangeTable(decodeRanges("qXB6wLqBxDf", true)),
    Brahmi: () => new UnicodeRangeTable(decodeRanges("ggkCtCFjBKA", true)),
    Braille: () => new UnicodeRangeTable(decodeRanges("ggK-H", true)),
    Buginese: () => new UnicodeRangeTable(decodeRanges("gwGbDB", true)),
    Buhid: () => new UnicodeRangeTable(decodeRanges("g6FT", true)),
    Canadian_Aboriginal: () => new UnicodeRangeTable(decodeRanges("ggF-TxRlC7tgCP", true)),
    Carian: () => new UnicodeRangeTable(decodeRanges("g1gCwB", true)),
    Caucasian_Albanian: () => new UnicodeRangeTable(decodeRanges("wphCzBMA", true)),
    Chakma: () => new UnicodeRangeTable(decodeRanges("gokC0BCR", true)),
    Cham: () => new UnicodeRangeTable(decodeRanges("gwqB2BKNDJDD", true)),
    Cherokee: () => new UnicodeRangeTable(decodeRanges("g9E1CDFz7lBvC", true)),
    Chorasmian: () => new UnicodeRangeTable(decodeRanges("w9jCb", true)),
    Common: () => new UnicodeRangeTable(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB", false)),
    Coptic: () => new UnicodeRangeTable(decodeRanges("ifNxkKzDGG", true)),
    Cuneiform: () => new UnicodeRangeTable(decodeRanges("ggoC5cnDuDCEMjG", true)),
    Cypriot: () => new UnicodeRangeTable(decodeRanges("ggiCFBDCCBqBBCBBEDD", false)),
    Cypro_Minoan: () => new UnicodeRangeTable(decodeRanges("w8rCiD", true)),
    Cyrillic: () => new UnicodeRangeTable(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB", false)),
    Deseret: () => new UnicodeRangeTable(decodeRanges("gghCvC", true)),
    Devanagari: () => new UnicodeRangeTable(decodeRanges("goCwCFODZh7nBfhwcJ", true)),
    Dives_Akuru: () => new UnicodeRangeTable(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB", false)),
    Dogra: () => new UnicodeRangeTable(decodeRanges("ggmC7B", true)),
    Duployan: () => new UnicodeRangeTable(decodeRanges("ggvDqDGMEIIJDD", true)),
    Egyptian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggsC1iBL68D", true)),
    Elbasan: () => new UnicodeRangeTable(decodeRanges("gohCnB", true)),
    Elymaic: () => new UnicodeRangeTable(decodeRanges("g-jCW", true)),
    Ethiopic: () => new UnicodeRangeTable(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB", false)),
    Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", true)),
    Georgian: () => new UnicodeRangeTable(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG", false)),
    Glagolitic: () => new UnicodeRangeTable(decodeRanges("ggL-Ch9sDGCQDGCBCE", true)),
    Gothic: () => new UnicodeRangeTable(decodeRanges("w5gCa", true)),
    Grantha: () => new UnicodeRangeTable(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB", false)),
    Gujarati: () => new UnicodeRangeTable(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB", false)),
    Gunjala_Gondi: () => new UnicodeRangeTable(decodeRanges("grnCFCBCkBCBCFIJ", true)),
    Gurmukhi: () => new UnicodeRangeTable(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB", false)),
    Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", true)),
    Han: () => new UnicodeRangeTable(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Hangul: () => new UnicodeRangeTable(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC", true)),
    Hanifi_Rohingya: () => new UnicodeRangeTable(decodeRanges("gojCnBJJ", true)),
    Hanunoo: () => new UnicodeRangeTable(decodeRanges("g5FU", true)),
    Hatran: () => new UnicodeRangeTable(decodeRanges("gniCSCBGE", true)),
    Hebrew: () => new UnicodeRangeTable(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB", false)),
    Hiragana: () => new UnicodeRangeTable(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB", false)),
    Imperial_Aramaic: () => new UnicodeRangeTable(decodeRanges("giiCVCI", true)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB", false)),
    Inscriptional_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g7iCSGH", true)),
    Inscriptional_Parthian: () => new UnicodeRangeTable(decodeRanges("g6iCVDH", true)),
    Javanese: () => new UnicodeRangeTable(decodeRanges("gsqBtCDJFB", true)),
    Kaithi: () => new UnicodeRangeTable(decodeRanges("gkkCiCLA", true)),
    Kannada: () => new UnicodeRangeTable(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC", true)),
    Katakana: () => new UnicodeRangeTable(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB", false)),
    Kawi: () => new UnicodeRangeTable(decodeRanges("g4nCQCoBEc", true)),
    Kayah_Li: () => new UnicodeRangeTable(decodeRanges("goqBtBCA", true)),
    Kharoshthi: () => new UnicodeRangeTable(decodeRanges("gwiCDCBGHCCCcDCFJII", true)),
    Khitan_Small_Script: () => new UnicodeRangeTable(decodeRanges("k-7C84G84GB0OBqBAB", false)),
    Khmer: () => new UnicodeRangeTable(decodeRanges("g8F9CDJHJnPf", true)),
    Khojki: () => new UnicodeRangeTable(decodeRanges("gwkCRCuB", true)),
    Khudawadi: () => new UnicodeRangeTable(decodeRanges("w1kC6BGJ", true)),
    Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", true)),
    Lao: () => new UnicodeRangeTable(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB", false)),
    Latin: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB", false)),
    Lepcha: () => new UnicodeRangeTable(decodeRanges("ggH3BEOEC", true)),
    Limbu: () => new UnicodeRangeTable(decodeRanges("goGeBCLBFLBFEEBKB", false)),
    Linear_A: () => new UnicodeRangeTable(decodeRanges("gwhC2JKVLH", true)),
    Linear_B: () => new UnicodeRangeTable(decodeRanges("gggCLCZCSCBCODNjB6D", true)),
    Lisu: () => new UnicodeRangeTable(decodeRanges("wmpBvBx1eA", true)),
    Lycian: () => new UnicodeRangeTable(decodeRanges("g0gCc", true)),
    Lydian: () => new UnicodeRangeTable(decodeRanges("gpiCZGA", true)),
    Mahajani: () => new UnicodeRangeTable(decodeRanges("wqkCmB", true)),
    Makasar: () => new UnicodeRangeTable(decodeRanges("g3nCY", true)),
    Malayalam: () => new UnicodeRangeTable(decodeRanges("goDMCCCyBCCCFFPDZ", true)),
    Mandaic: () => new UnicodeRangeTable(decodeRanges("giCbDA", true)),
    Manichaean: () => new UnicodeRangeTable(decodeRanges("g2iCmBFL", true)),
    Marchen: () => new UnicodeRangeTable(decodeRanges("wjnCfDVCN", true)),
    Masaram_Gondi: () => new UnicodeRangeTable(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB", false)),
    Medefaidrin: () => new UnicodeRangeTable(decodeRanges("gy7C6C", true)),
    Meetei_Mayek: () => new UnicodeRangeTable(decodeRanges("g3qBWqGtBDJ", true)),
    Mende_Kikakui: () => new UnicodeRangeTable(decodeRanges("gg6DkGDP", true)),
    Meroitic_Cursive: () => new UnicodeRangeTable(decodeRanges("gtiCXFTDtB", true)),
    Meroitic_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("gsiCf", true)),
    Miao: () => new UnicodeRangeTable(decodeRanges("g47CqCF4BIQ", true)),
    Modi: () => new UnicodeRangeTable(decodeRanges("gwlCkCMJ", true)),
    Mongolian: () => new UnicodeRangeTable(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB", false)),
    Mro: () => new UnicodeRangeTable(decodeRanges("gy6CeCJFB", true)),
    Multani: () => new UnicodeRangeTable(decodeRanges("g0kCGBCCCBCBCOBCKB", false)),
    Myanmar: () => new UnicodeRangeTable(decodeRanges("ggE-EhqmBeiDfxibT", true)),
    Nabataean: () => new UnicodeRangeTable(decodeRanges("gkiCeJI", true)),
    Nag_Mundari: () => new UnicodeRangeTable(decodeRanges("wm5DpB", true)),
    Nandinagari: () => new UnicodeRangeTable(decodeRanges("gtmCHDtBDK", true)),
    New_Tai_Lue: () => new UnicodeRangeTable(decodeRanges("gsGrBFZHKEB", true)),
    Newa: () => new UnicodeRangeTable(decodeRanges("gglC7CCE", true)),
    Nko: () => new UnicodeRangeTable(decodeRanges("g+B6BDC", true)),
    Nushu: () => new UnicodeRangeTable(decodeRanges("h-7CvsQvsQBqMB", false)),
    Nyiakeng_Puachue_Hmong: () => new UnicodeRangeTable(decodeRanges("go4DsBENDJFB", true)),
    Ogham: () => new UnicodeRangeTable(decodeRanges("g0Fc", true)),
    Ol_Chiki: () => new UnicodeRangeTable(decodeRanges("wiHvB", true)),
    Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", true)),
    Old_Hungarian: () => new UnicodeRangeTable(decodeRanges("gkjCyBOyBIF", true)),
    Old_Italic: () => new UnicodeRangeTable(decodeRanges("g4gCjBKC", true)),
    Old_North_Arabian: () => new UnicodeRangeTable(decodeRanges("g0iCf", true)),
    Old_Permic: () => new UnicodeRangeTable(decodeRanges("w6gCqB", true)),
    Old_Persian: () => new UnicodeRangeTable(decodeRanges("g9gCjBFN", true)),
    Old_Sogdian: () => new UnicodeRangeTable(decodeRanges("g4jCnB", true)),
    Old_South_Arabian: () => new UnicodeRangeTable(decodeRanges("gziCf", true)),
    Old_Turkic: () => new UnicodeRangeTable(decodeRanges("ggjCoC", true)),
    Old_Uyghur: () => new UnicodeRangeTable(decodeRanges("w7jCZ", true)),
    Oriya: () => new UnicodeRangeTable(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR", true)),
    Osage: () => new UnicodeRangeTable(decodeRanges("wlhCjBFjB", true)),
    Osmanya: () => new UnicodeRangeTable(decodeRanges("gkhCdDJ", true)),
    Pahawh_Hmong: () => new UnicodeRangeTable(decodeRanges("g46ClCLJCGCUGS", true)),
    Palmyrene: () => new UnicodeRangeTable(decodeRanges("gjiCf", true)),
    Pau_Cin_Hau: () => new UnicodeRangeTable(decodeRanges("g2mC4B", true)),
    Phags_Pa: () => new UnicodeRangeTable(decodeRanges("giqB3B", true)),
    Phoenician: () => new UnicodeRangeTable(decodeRanges("goiCbEA", true)),
    Psalter_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g8iCRIDNG", true)),
    Rejang: () => new UnicodeRangeTable(decodeRanges("wpqBjBMA", true)),
    Runic: () => new UnicodeRangeTable(decodeRanges("g1FqCEK", true)),
    Samaritan: () => new UnicodeRangeTable(decodeRanges("ggCtBDO", true)),
    Saurashtra: () => new UnicodeRangeTable(decodeRanges("gkqBlCJL", true)),
    Sharada: () => new UnicodeRangeTable(decodeRanges("gskC-ChsCH", true)),
    Shavian: () => new UnicodeRangeTable(decodeRanges("wihCvB", true)),
    Siddham: () => new UnicodeRangeTable(decodeRanges("gslC1BDlB", true)),
    Sidetic: () => new UnicodeRangeTable(decodeRanges("gqiCZ", true)),
    SignWriting: () => new UnicodeRangeTable(decodeRanges("gg2DrUQECO", true)),
    Sinhala: () => new UnicodeRangeTable(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB", false)),
    Sogdian: () => new UnicodeRangeTable(decodeRanges("w5jCpB", true)),
    Sora_Sompeng: () => new UnicodeRangeTable(decodeRanges("wmkCYIJ", true)),
    Soyombo: () => new UnicodeRangeTable(decodeRanges("wymCyC", true)),
    Sundanese: () => new UnicodeRangeTable(decodeRanges("g8G-BhIH", true)),
    Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", true)),
    Syloti_Nagri: () => new UnicodeRangeTable(decodeRanges("ggqBsB", true)),
    Syriac: () => new UnicodeRangeTable(decodeRanges("g4BNC7BDCxIK", true)),
    Tagalog: () => new UnicodeRangeTable(decodeRanges("g4FVKA", true)),
    Tagbanwa: () => new UnicodeRangeTable(decodeRanges("g7FMCCCB", true)),
    Tai_Le: () => new UnicodeRangeTable(decodeRanges("wqGdDE", true)),
    Tai_Tham: () => new UnicodeRangeTable(decodeRanges("gxG+BCcDKHJHN", true)),
    Tai_Viet: () => new UnicodeRangeTable(decodeRanges("g0qBiCZE", true)),
    Tai_Yo: () => new UnicodeRangeTable(decodeRanges("g25DeCVJB", true)),
    Takri: () => new UnicodeRangeTable(decodeRanges("g0lC5BHJ", true)),
    Tamil: () => new UnicodeRangeTable(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB", false)),
    Tangsa: () => new UnicodeRangeTable(decodeRanges("wz6CuCCJ", true)),
    Tangut: () => new UnicodeRangeTable(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB", false)),
    Telugu: () => new UnicodeRangeTable(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII", true)),
    Thaana: () => new UnicodeRangeTable(decodeRanges("g8BxB", true)),
    Thai: () => new UnicodeRangeTable(decodeRanges("hwD5BGb", true)),
    Tibetan: () => new UnicodeRangeTable(decodeRanges("g4DnCCjBFmBCjBCOCGFB", true)),
    Tifinagh: () => new UnicodeRangeTable(decodeRanges("wpL3BIBPA", true)),
    Tirhuta: () => new UnicodeRangeTable(decodeRanges("gklCnCJJ", true)),
    Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", true)),
    Tolong_Siki: () => new UnicodeRangeTable(decodeRanges("wtnCrBFJ", true)),
    Toto: () => new UnicodeRangeTable(decodeRanges("w04De", true)),
    Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", false)),
    Ugaritic: () => new UnicodeRangeTable(decodeRanges("g8gCdCA", true)),
    Unknown: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB", false)),
    Vai: () => new UnicodeRangeTable(decodeRanges("gopBrJ", true)),
    Vithkuqi: () => new UnicodeRangeTable(decodeRanges("wrhCKCOCGCBCKCOCGCB", true)),
    Wancho: () => new UnicodeRangeTable(decodeRanges("g24D5BGA", true)),
    Warang_Citi: () => new UnicodeRangeTable(decodeRanges("glmCyCNA", true)),
    Yezidi: () => new UnicodeRangeTable(decodeRanges("g0jCpBCCDB", true)),
    Yi: () => new UnicodeRangeTable(decodeRanges("ggoBskBE2B", true)),
    Zanabazar_Square: () => new UnicodeRangeTable(decodeRanges("gwmCnC", true))
  });
  static FOLD_CATEGORIES = new LazyMap({
    L: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    LC: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("ycGDCHHFMMDDDCHHFAB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false))
  });
  static FOLD_SCRIPT = new LazyMap({
    Common: () => new UnicodeRangeTable(decodeRanges("8cgBgB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("1FwUwU", false)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false))
  });
};
var Unicode = class Unicode2 {
  static MAX_RUNE = 1114111;
  static RUNE_ERROR = 65533;
  static isUnsearchable(r) {
    return r === Unicode2.RUNE_ERROR || r >= Unicode2.MIN_HIGH_SURROGATE && r <= Unicode2.MAX_LOW_SURROGATE;
  }
  static MAX_ASCII = 127;
  static MAX_LATIN1 = 255;
  static MAX_BMP = 65535;
  static MIN_FOLD = 65;
  static MAX_FOLD = 125251;
  static MIN_HIGH_SURROGATE = 55296;
  static MAX_HIGH_SURROGATE = 56319;
  static MIN_LOW_SURROGATE = 56320;
  static MAX_LOW_SURROGATE = 57343;
  static MIN_SUPPLEMENTARY_CODE_POINT = 65536;
  static is32(ranges, r) {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const m = lo + Math.floor((hi - lo) / 2);
      const rlo = ranges.getLo(m);
      const rhi = ranges.getHi(m);
      if (rlo <= r && r <= rhi) {
        const stride = ranges.getStride(m);
        return (r - rlo) % stride === 0;
      }
      if (r < rlo) hi = m;
      else lo = m + 1;
    }
    return false;
  }
  static is(ranges, r) {
    if (r <= Unicode2.MAX_LATIN1) {
      for (let i = 0; i < ranges.length; i++) {
        if (r > ranges.getHi(i)) continue;
        const rlo = ranges.getLo(i);
        if (r < rlo) return false;
        const stride = ranges.getStride(i);
        return (r - rlo) % stride === 0;
      }
      return false;
    }
    return ranges.length > 0 && r >= ranges.getLo(0) && Unicode2.is32(ranges, r);
  }
  static isPrint(r) {
    if (r <= Unicode2.MAX_LATIN1) return r >= 32 && r < Unicode2.MAX_ASCII || r >= 161 && r !== 173;
    return Unicode2.is(UnicodeTables.Print, r);
  }
  static simpleFold(r) {
    if (UnicodeTables.CASE_ORBIT.has(r)) return UnicodeTables.CASE_ORBIT.get(r);
    if (r <= Unicode2.MAX_ASCII) {
      const l = Codepoint.toLowerCase(r);
      return l !== r ? l : Codepoint.toUpperCase(r);
    }
    return r;
  }
  static equalsIgnoreCase(r1, r2) {
    if (r1 === r2) return true;
    if (r1 < 0 || r2 < 0) return false;
    if (r1 <= Unicode2.MAX_ASCII && r2 <= Unicode2.MAX_ASCII) {
      if (65 <= r1 && r1 <= 90) r1 |= 32;
      if (65 <= r2 && r2 <= 90) r2 |= 32;
      return r1 === r2;
    }
    for (let r = Unicode2.simpleFold(r1); r !== r1; r = Unicode2.simpleFold(r)) if (r === r2) return true;
    return false;
  }
};
var RE2JSException = class extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSException";
  }
};
var RE2JSSyntaxException = class extends RE2JSException {
  /**
  * @param {string} error
  * @param {string|null} [input=null]
  */
  constructor(error, input = null) {
    let message = `error parsing regexp: ${error}`;
    if (input) message += `: \`${input}\``;
    super(message);
    this.name = "RE2JSSyntaxException";
    this.message = message;
    this.error = error;
    this.input = input;
  }
  /**
  * Retrieves the description of the error.
  * @returns {string}
  */
  getDescription() {
    return this.error;
  }
  /**
  * Retrieves the erroneous regular-expression pattern.
  * @returns {string|null}
  */
  getPattern() {
    return this.input;
  }
};
var RE2JSCompileException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSCompileException";
  }
};
var RE2JSGroupException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSGroupException";
  }
};
var RE2JSFlagsException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSFlagsException";
  }
};
var RE2JSInternalException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSInternalException";
  }
};
var FAST_PATH_TABLE_SIZE = 256;
var WORD_RUNE_TABLE = new Uint8Array(FAST_PATH_TABLE_SIZE);
for (let i = 0; i < FAST_PATH_TABLE_SIZE; i++) WORD_RUNE_TABLE[i] = 97 <= i && i <= 122 || 65 <= i && i <= 90 || 48 <= i && i <= 57 || i === 95 ? 1 : 0;
var cachedNativeEncoder = null;
var cachedNativeDecoder = null;
var Utils = class Utils2 {
  static METACHARACTERS = "\\.+*?()|[]{}^$";
  static EMPTY_BEGIN_LINE = 1;
  static EMPTY_END_LINE = 2;
  static EMPTY_BEGIN_TEXT = 4;
  static EMPTY_END_TEXT = 8;
  static EMPTY_WORD_BOUNDARY = 16;
  static EMPTY_NO_WORD_BOUNDARY = 32;
  static EMPTY_ALL = -1;
  static emptyInts() {
    return [];
  }
  static isString(value) {
    return typeof value === "string" || Object.prototype.toString.call(value) === "[object String]";
  }
  static typeName(value) {
    if (value === null || typeof value !== "object" && typeof value !== "function") return value === null ? "null" : typeof value;
    return Object.prototype.toString.call(value).slice(8, -1);
  }
  static checkPattern(pattern) {
    if (!Utils2.isString(pattern)) throw new TypeError(`The pattern must be a string, not ${Utils2.typeName(pattern)} (RE2JS.translateRegExp() converts a RegExp)`);
  }
  static checkInput(input) {
    if (!Utils2.isString(input) && !Utils2.isByteArray(input)) throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils2.typeName(input)}`);
  }
  static checkFlags(flags) {
    const known = PublicFlags.MULTILINE | PublicFlags.DOTALL | PublicFlags.CASE_INSENSITIVE | PublicFlags.DISABLE_UNICODE_GROUPS | PublicFlags.LONGEST_MATCH | PublicFlags.LOOKBEHINDS;
    if (!Number.isInteger(flags) || (flags & ~known) !== 0) throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS");
  }
  static isByteArray(input) {
    return Array.isArray(input) || Object.prototype.toString.call(input) === "[object Uint8Array]";
  }
  static isalnum(c) {
    return Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"] || Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["z"] || Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["Z"];
  }
  static unhex(c) {
    if (Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"]) return c - Codepoint.CODES["0"];
    if (Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["f"]) return c - Codepoint.CODES["a"] + 10;
    if (Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["F"]) return c - Codepoint.CODES["A"] + 10;
    return -1;
  }
  static escapeRune(rune) {
    let out = "";
    if (Unicode.isPrint(rune)) {
      if (Utils2.METACHARACTERS.indexOf(String.fromCodePoint(rune)) >= 0) out += "\\";
      out += String.fromCodePoint(rune);
    } else switch (rune) {
      case Codepoint.CODES['"']:
        out += '\\"';
        break;
      case Codepoint.CODES["\\"]:
        out += "\\\\";
        break;
      case Codepoint.CODES["	"]:
        out += "\\t";
        break;
      case Codepoint.CODES["\n"]:
        out += "\\n";
        break;
      case Codepoint.CODES["\r"]:
        out += "\\r";
        break;
      case Codepoint.CODES["\b"]:
        out += "\\b";
        break;
      case Codepoint.CODES["\f"]:
        out += "\\f";
        break;
      default: {
        let s = rune.toString(16);
        if (rune < 256) {
          out += "\\x";
          if (s.length === 1) out += "0";
          out += s;
        } else out += `\\x{${s}}`;
        break;
      }
    }
    return out;
  }
  static stringToRunes(str) {
    const string = String(str);
    const runes = [];
    let i = 0;
    while (i < string.length) {
      const cp = string.codePointAt(i);
      runes.push(cp);
      i += cp > Unicode.MAX_BMP ? 2 : 1;
    }
    return new Int32Array(runes);
  }
  static runeToString(r) {
    return String.fromCodePoint(r);
  }
  static isWordRune(r) {
    return r < FAST_PATH_TABLE_SIZE ? WORD_RUNE_TABLE[r] === 1 : false;
  }
  static emptyOpContext(r1, r2) {
    let op = 0;
    if (r1 < 0) op |= Utils2.EMPTY_BEGIN_TEXT | Utils2.EMPTY_BEGIN_LINE;
    if (r1 === 10) op |= Utils2.EMPTY_BEGIN_LINE;
    if (r2 < 0) op |= Utils2.EMPTY_END_TEXT | Utils2.EMPTY_END_LINE;
    if (r2 === 10) op |= Utils2.EMPTY_END_LINE;
    if (Utils2.isWordRune(r1) !== Utils2.isWordRune(r2)) op |= Utils2.EMPTY_WORD_BOUNDARY;
    else op |= Utils2.EMPTY_NO_WORD_BOUNDARY;
    return op;
  }
  /**
  * Returns a string that quotes all regular expression metacharacters inside the argument text;
  * the returned string is a regular expression matching the literal text. For example,
  * {@code quoteMeta("[foo]").equals("\\[foo\\]")}.
  * @param {string} str
  * @returns {string}
  */
  static quoteMeta(str) {
    return str.split("").map((s) => {
      if (Utils2.METACHARACTERS.indexOf(s) >= 0) return `\\${s}`;
      return s;
    }).join("");
  }
  static charCount(codePoint) {
    return codePoint > Unicode.MAX_BMP ? 2 : 1;
  }
  /**
  * High-speed conversion from TypedArrays to standard JS Arrays.
  * Bypasses the expensive Symbol.iterator overhead of Array.from()
  */
  static toArray(typedArray) {
    const len = typedArray.length;
    const res = new Array(len);
    for (let i = 0; i < len; i++) res[i] = typedArray[i];
    return res;
  }
  static stringToUtf8ByteArray(str) {
    if (globalThis.TextEncoder) {
      if (!cachedNativeEncoder) cachedNativeEncoder = new TextEncoder();
      return cachedNativeEncoder.encode(str);
    } else {
      let out = [], p = 0;
      for (let i = 0; i < str.length; i++) {
        let c = str.charCodeAt(i);
        if (c < 128) out[p++] = c;
        else if (c < 2048) {
          out[p++] = c >> 6 | 192;
          out[p++] = c & 63 | 128;
        } else if ((c & 64512) === Unicode.MIN_HIGH_SURROGATE && i + 1 < str.length && (str.charCodeAt(i + 1) & 64512) === Unicode.MIN_LOW_SURROGATE) {
          c = Unicode.MIN_SUPPLEMENTARY_CODE_POINT + ((c & 1023) << 10) + (str.charCodeAt(++i) & 1023);
          out[p++] = c >> 18 | 240;
          out[p++] = c >> 12 & 63 | 128;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        } else {
          out[p++] = c >> 12 | 224;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        }
      }
      return out;
    }
  }
  static utf8ByteArrayToString(bytes) {
    if (globalThis.TextDecoder) {
      if (!cachedNativeDecoder) cachedNativeDecoder = new TextDecoder("utf-8");
      const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
      return cachedNativeDecoder.decode(view);
    } else {
      let out = [], pos = 0, c = 0;
      while (pos < bytes.length) {
        let c1 = bytes[pos++];
        if (c1 < 128) out[c++] = String.fromCharCode(c1);
        else if (c1 > 191 && c1 < 224) {
          let c2 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 31) << 6 | c2 & 63);
        } else if (c1 > 239 && c1 < 365) {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          let c4 = bytes[pos++];
          let u = ((c1 & 7) << 18 | (c2 & 63) << 12 | (c3 & 63) << 6 | c4 & 63) - Unicode.MIN_SUPPLEMENTARY_CODE_POINT;
          out[c++] = String.fromCharCode(Unicode.MIN_HIGH_SURROGATE + (u >> 10));
          out[c++] = String.fromCharCode(Unicode.MIN_LOW_SURROGATE + (u & 1023));
        } else {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
        }
      }
      return out.join("");
    }
  }
};
var createEnum = (values = [], initNum = 0) => {
  const enumObject = /* @__PURE__ */ Object.create(null);
  for (let i = 0; i < values.length; i++) {
    const val = values[i];
    const keyVal = initNum + i;
    enumObject[val] = keyVal;
    enumObject[keyVal] = val;
  }
  return Object.freeze(enumObject);
};
var MatcherInputBase = class MatcherInputBase2 {
  static Encoding = createEnum(["UTF_16", "UTF_8"]);
  getEncoding() {
    throw Error("not implemented");
  }
  /** @returns {string} */
  asCharSequence() {
    throw Error("not implemented");
  }
  /** @returns {Uint8Array|number[]|null} */
  asBytes() {
    throw Error("not implemented");
  }
  /** @returns {number} */
  length() {
    throw Error("not implemented");
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF8Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_8;
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF16Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_16;
  }
};
var Utf8MatcherInput = class extends MatcherInputBase {
  /** @param {Uint8Array|number[]|null} bytes */
  constructor(bytes = null) {
    super();
    this.bytes = bytes;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_8;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return Utils.utf8ByteArrayToString(this.bytes);
  }
  /**
  *
  * @returns {Uint8Array|number[]|null}
  */
  asBytes() {
    return this.bytes;
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.bytes.length;
  }
};
var Utf16MatcherInput = class extends MatcherInputBase {
  /** @param {string|null} charSequence */
  constructor(charSequence = null) {
    super();
    this.charSequence = charSequence;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_16;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return this.charSequence;
  }
  /**
  *
  * @returns {number[]}
  */
  asBytes() {
    return Utils.stringToUtf8ByteArray(this.charSequence.toString());
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.charSequence.length;
  }
};
var MatcherInput = class {
  /**
  * Return the MatcherInput for UTF_16 encoding.
  * @returns {Utf16MatcherInput}
  */
  static utf16(charSequence) {
    Utils.checkInput(charSequence);
    return new Utf16MatcherInput(charSequence);
  }
  /**
  * Return the MatcherInput for UTF_8 encoding.
  * @returns {Utf8MatcherInput}
  */
  static utf8(input) {
    if (Utils.isByteArray(input)) return new Utf8MatcherInput(input);
    return new Utf8MatcherInput(Utils.stringToUtf8ByteArray(input));
  }
};
var MachineInputBase = class {
  static EOF() {
    return -8;
  }
  constructor() {
    this.start = 0;
    this.end = 0;
  }
  canCheckPrefix() {
    return true;
  }
  endPos() {
    return this.end - this.start;
  }
  hasString() {
    return false;
  }
  hasAnyString() {
    return false;
  }
  prefixLength() {
    return 0;
  }
};
var MachineUTF8Input = class MachineUTF8Input2 extends MachineInputBase {
  static RUNE_ERROR_STEP = Unicode.RUNE_ERROR << 3 | 1;
  constructor(bytes, start = 0, end = bytes.length) {
    super();
    this.bytes = bytes;
    this.start = start;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const target = prefilter.bytes;
    if (target.length === 0) return true;
    const idx = this.indexOf(this.bytes, target, this.start + pos);
    return idx !== -1 && idx <= this.end - target.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton8().searchUTF8(this.bytes, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c = this.bytes[pos] & 255;
    if (c < 128) return c << 3 | 1;
    let size2;
    let rune;
    let lo = 128;
    let hi = 191;
    if (c >= 194 && c <= 223) {
      size2 = 2;
      rune = c & 31;
    } else if (c >= 224 && c <= 239) {
      size2 = 3;
      rune = c & 15;
      if (c === 224) lo = 160;
      else if (c === 237) hi = 159;
    } else if (c >= 240 && c <= 244) {
      size2 = 4;
      rune = c & 7;
      if (c === 240) lo = 144;
      else if (c === 244) hi = 143;
    } else return MachineUTF8Input2.RUNE_ERROR_STEP;
    if (pos + size2 > this.end) return MachineUTF8Input2.RUNE_ERROR_STEP;
    const c1 = this.bytes[pos + 1] & 255;
    if (c1 < lo || c1 > hi) return MachineUTF8Input2.RUNE_ERROR_STEP;
    rune = rune << 6 | c1 & 63;
    if (size2 > 2) {
      const c2 = this.bytes[pos + 2] & 255;
      if ((c2 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
      rune = rune << 6 | c2 & 63;
      if (size2 > 3) {
        const c3 = this.bytes[pos + 3] & 255;
        if ((c3 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
        rune = rune << 6 | c3 & 63;
      }
    }
    return rune << 3 | size2;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.indexOf(this.bytes, re2.prefixUTF8, pos);
    return i < 0 ? i : i - pos;
  }
  context(pos) {
    pos += this.start;
    let r1 = -1;
    if (pos > this.start && pos <= this.end) {
      let start = pos - 1;
      r1 = this.bytes[start--];
      if (r1 >= 128) {
        let lim = pos - 4;
        if (lim < this.start) lim = this.start;
        while (start >= lim && (this.bytes[start] & 192) === 128) start--;
        if (start < this.start) start = this.start;
        const r = this.step(start - this.start);
        r1 = start + (r & 7) === pos ? r >> 3 : Unicode.RUNE_ERROR;
      }
    }
    const r2 = pos < this.end ? this.step(pos - this.start) >> 3 : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  indexOf(source, target, fromIndex = 0) {
    let targetLength = target.length;
    if (targetLength === 0) return fromIndex <= this.end ? fromIndex : -1;
    const firstByte = target[0];
    let limit = this.end - targetLength;
    const hasNativeIndexOf = typeof source.indexOf === "function";
    let i = fromIndex;
    while (i <= limit) {
      if (hasNativeIndexOf) {
        i = source.indexOf(firstByte, i);
        if (i === -1 || i > limit) return -1;
      } else {
        while (i <= limit && source[i] !== firstByte) i++;
        if (i > limit) return -1;
      }
      let match = true;
      for (let j = 1; j < targetLength; j++) if (source[i + j] !== target[j]) {
        match = false;
        break;
      }
      if (match) return i;
      i++;
    }
    return -1;
  }
  prefixLength(re2) {
    return re2.prefixUTF8.length;
  }
};
var MachineUTF16Input = class extends MachineInputBase {
  constructor(charSequence, start = 0, end = charSequence.length) {
    super();
    this.charSequence = charSequence;
    this.start = start;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const idx = this.charSequence.indexOf(prefilter.str, this.start + pos);
    return idx !== -1 && idx <= this.end - prefilter.str.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton16().searchUTF16(this.charSequence, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c1 = this.charSequence.charCodeAt(pos);
    if (c1 < Unicode.MIN_HIGH_SURROGATE || c1 > Unicode.MAX_HIGH_SURROGATE || pos + 1 >= this.end) return c1 << 3 | 1;
    const c2 = this.charSequence.charCodeAt(pos + 1);
    if (c2 >= Unicode.MIN_LOW_SURROGATE && c2 <= Unicode.MAX_LOW_SURROGATE) return (c1 - Unicode.MIN_HIGH_SURROGATE) * 1024 + (c2 - Unicode.MIN_LOW_SURROGATE) + Unicode.MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2;
    return c1 << 3 | 1;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.charSequence.indexOf(re2.prefix, pos);
    if (i < 0 || i > this.end - re2.prefix.length) return -1;
    return i - pos;
  }
  context(pos) {
    pos += this.start;
    const r1 = pos > this.start && pos <= this.end ? this.charSequence.charCodeAt(pos - 1) : -1;
    const r2 = pos < this.end ? this.charSequence.charCodeAt(pos) : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  prefixLength(re2) {
    return re2.prefix.length;
  }
};
var MachineInput = class {
  static fromUTF8(bytes, start = 0, end = bytes.length) {
    return new MachineUTF8Input(bytes, start, end);
  }
  static fromUTF16(charSequence, start = 0, end = void 0) {
    Utils.checkInput(charSequence);
    return new MachineUTF16Input(charSequence, start, end ?? charSequence.length);
  }
};
var Matcher = class Matcher2 {
  /**
  * V8 and WebKit have historical hard limits on the number of arguments
  * that can be passed to a function. We cap replacer arguments to prevent
  * Call Stack Overflow (DoS) vulnerabilities on massive ASTs.
  */
  static MAX_REPLACER_ARGS = 65535;
  /**
  * Quotes '\' and '$' in {@code s}, so that the returned string could be used in
  * {@link #appendReplacement} as a literal replacement of {@code s}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str, javaMode = false) {
    if (javaMode) {
      if (str.indexOf("\\") < 0 && str.indexOf("$") < 0) return str;
      return str.split("").map((s) => {
        const c = s.codePointAt(0);
        if (c === Codepoint.CODES["\\"] || c === Codepoint.CODES["$"]) return `\\${s}`;
        return s;
      }).join("");
    }
    if (str.indexOf("$") < 0) return str;
    return str.split("").map((s) => {
      if (s.codePointAt(0) === Codepoint.CODES["$"]) return "$$";
      return s;
    }).join("");
  }
  /**
  *
  * @param {import('./index.js').RE2JS} pattern
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  */
  constructor(pattern, input) {
    if (pattern === null) throw new Error("pattern is null");
    this.patternInput = pattern;
    const re2 = this.patternInput.re2();
    this.patternGroupCount = re2.numberOfCapturingGroups();
    this.groups = [];
    this.namedGroups = re2.namedGroups;
    this.hasNamedGroups = Object.keys(this.namedGroups).length > 0;
    this.numberOfInstructions = re2.numberOfInstructions();
    this.lookbehindState = null;
    if (input instanceof MatcherInputBase) this.resetMatcherInput(input);
    else if (Utils.isByteArray(input)) this.resetMatcherInput(MatcherInput.utf8(input));
    else this.resetMatcherInput(MatcherInput.utf16(input));
  }
  /**
  * Returns the {@code RE2JS} associated with this {@code Matcher}.
  * @returns {import('./index.js').RE2JS}
  */
  pattern() {
    return this.patternInput;
  }
  /**
  * Resets the {@code Matcher}, rewinding input and discarding any match information.
  *
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  reset() {
    this.matcherInputLength = this.matcherInput.length();
    this.appendPos = 0;
    this.hasMatch = false;
    this.hasGroups = false;
    this.anchorFlag = 0;
    return this;
  }
  /**
  * Resets the {@code Matcher} and changes the input.
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  resetMatcherInput(input) {
    if (input === null) throw new Error("input is null");
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    this.matcherInput = input;
    if (this.lookbehindState !== null) this.lookbehindState.reset();
    else this.lookbehindState = this.patternInput.re2().createLookbehindState();
    this.reset();
    return this;
  }
  /**
  * Returns the start of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  start(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    this.loadGroup(group);
    return this.groups[2 * group];
  }
  /**
  * Returns the end of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  end(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    this.loadGroup(group);
    return this.groups[2 * group + 1];
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.numberOfInstructions;
  }
  /**
  * Returns the named group of the most recent match, or {@code null} if the group was not matched.
  * @param {string|number} [group=0]
  * @returns {string|null}
  */
  group(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    const start = this.start(group);
    const end = this.end(group);
    if (start < 0 && end < 0) return null;
    return this.substring(start, end);
  }
  /**
  * Returns a dictionary map of all named capturing groups and their matched values.
  * If a group was not matched, its value will be `null`.
  * @returns {Record<string, string|null>}
  */
  getNamedGroups() {
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    const result = /* @__PURE__ */ Object.create(null);
    for (const name of Object.keys(this.namedGroups)) result[name] = this.group(name);
    return result;
  }
  /**
  * Returns the number of subgroups in this pattern.
  *
  * @returns {number} the number of subgroups; the overall match (group 0) does not count
  */
  groupCount() {
    return this.patternGroupCount;
  }
  /**
  * Helper: finds subgroup information if needed for group.
  * @param {number} group
  * @private
  */
  loadGroup(group) {
    if (!Number.isInteger(group) || group < 0 || group > this.patternGroupCount) throw new RE2JSGroupException(`Group index out of bounds: ${group}`);
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    if (group === 0 || this.hasGroups) return;
    const end = this.matcherInputLength;
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, this.groups[0], end, this.anchorFlag, 1 + this.patternGroupCount, this.lookbehindState);
    if (!res[0]) throw new RE2JSGroupException("inconsistency in matching group data");
    this.groups = res[1];
    this.hasGroups = true;
  }
  /**
  * Matches the entire input against the pattern (anchored start and end). If there is a match,
  * {@code matches} sets the match state to describe it.
  *
  * @returns {boolean} true if the entire input matches the pattern
  */
  matches() {
    return this.genMatch(0, RE2Flags.ANCHOR_BOTH);
  }
  /**
  * Matches the beginning of input against the pattern (anchored start). If there is a match,
  * {@code lookingAt} sets the match state to describe it.
  *
  * @returns {boolean} true if the beginning of the input matches the pattern
  */
  lookingAt() {
    return this.genMatch(0, RE2Flags.ANCHOR_START);
  }
  /**
  * Matches the input against the pattern (unanchored), starting at a specified position. If there
  * is a match, {@code find} sets the match state to describe it.
  *
  * @param {number|null} [start=null] the input position where the search begins
  * @returns {boolean} if it finds a match
  * @throws IndexOutOfBoundsException if start is not a valid input position
  */
  find(start = null) {
    if (start !== null) {
      if (!Number.isInteger(start) || start < 0 || start > this.matcherInputLength) throw new RE2JSGroupException(`start index out of bounds: ${start}`);
      this.reset();
      return this.genMatch(start, 0);
    }
    start = 0;
    if (this.hasMatch) {
      start = this.groups[1];
      if (this.groups[0] === this.groups[1]) {
        const r = (this.matcherInput.isUTF16Encoding() ? MachineInput.fromUTF16(this.matcherInput.asCharSequence(), 0, this.matcherInputLength) : MachineInput.fromUTF8(this.matcherInput.asBytes(), 0, this.matcherInputLength)).step(start);
        if (r < 0) start++;
        else start += r & 7;
      }
    }
    return this.genMatch(start, RE2Flags.UNANCHORED);
  }
  /**
  * Helper: does match starting at start, with RE2 anchor flag.
  * @param {number} startByte
  * @param {number} anchor
  * @returns {boolean}
  * @private
  */
  genMatch(startByte, anchor) {
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, startByte, this.matcherInputLength, anchor, 1, this.lookbehindState);
    if (!res[0]) {
      this.hasMatch = false;
      return false;
    }
    this.groups = res[1];
    this.hasMatch = true;
    this.hasGroups = this.patternGroupCount === 0;
    this.anchorFlag = anchor;
    return true;
  }
  /**
  * Helper: return substring for [start, end).
  * @param {number} start
  * @param {number} end
  * @returns {string}
  */
  substring(start, end) {
    if (this.matcherInput.isUTF8Encoding()) return Utils.utf8ByteArrayToString(this.matcherInput.asBytes().slice(start, end));
    return this.matcherInput.asCharSequence().substring(start, end).toString();
  }
  /**
  * Helper for Pattern: return input length.
  * @returns {number}
  */
  inputLength() {
    return this.matcherInputLength;
  }
  /**
  * Appends to result two strings: the text from the append position up to the beginning of the
  * most recent match, and then the replacement with submatch groups substituted for references to
  * them. It advances the append position to where the most recent match ended.
  *
  * By default the replacement is expanded as by String.prototype.replace (see
  * appendReplacementInternalJs). In Java mode it follows re2j / java.util.regex: $n takes as
  * many digits as still form a valid group number, ${name} is a named group, and a backslash
  * escapes the next character (so "\\$" in a JS string literal inserts a literal $).
  *
  * @param {string} replacement the replacement string
  * @param {boolean} [javaMode=false] activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @throws IllegalStateException if there was no most recent match
  * @throws IndexOutOfBoundsException in Java mode, if replacement refers to an invalid group
  * @private
  */
  appendReplacement(replacement, javaMode = false) {
    let res = "";
    const s = this.start();
    const e = this.end();
    if (this.appendPos < s) res += this.substring(this.appendPos, s);
    this.appendPos = e;
    res += javaMode ? this.appendReplacementInternalJava(replacement) : this.appendReplacementInternalJs(replacement);
    return res;
  }
  /**
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJava(replacement) {
    let res = "";
    let last = 0;
    const m = replacement.length;
    let i = 0;
    while (i < m) {
      const cCode = replacement.codePointAt(i);
      if (cCode === Codepoint.CODES["\\"]) {
        if (last < i) res += replacement.substring(last, i);
        i++;
        if (i >= m) throw new RE2JSGroupException("character to be escaped is missing");
        last = i;
        i++;
        continue;
      }
      if (cCode === Codepoint.CODES["$"]) {
        if (last < i) res += replacement.substring(last, i);
        if (i + 1 >= m) throw new RE2JSGroupException("Illegal group reference: group index is missing");
        const nextCode = replacement.codePointAt(i + 1);
        if (Codepoint.CODES["0"] <= nextCode && nextCode <= Codepoint.CODES["9"]) {
          let n = nextCode - Codepoint.CODES["0"];
          let j = i + 2;
          for (; j < m; j++) {
            const digit = replacement.codePointAt(j);
            if (digit < Codepoint.CODES["0"] || digit > Codepoint.CODES["9"] || n * 10 + digit - Codepoint.CODES["0"] > this.patternGroupCount) break;
            n = n * 10 + digit - Codepoint.CODES["0"];
          }
          if (n > this.patternGroupCount) throw new RE2JSGroupException(`n > number of groups: ${n}`);
          const group = this.group(n);
          if (group !== null) res += group;
          i = j;
          last = i;
        } else if (nextCode === Codepoint.CODES["{"]) {
          let j = i + 2;
          while (j < m && replacement.codePointAt(j) !== Codepoint.CODES["}"]) j++;
          if (j >= m) throw new RE2JSGroupException("named capture group is missing trailing '}'");
          const groupName = replacement.substring(i + 2, j);
          const groupVal = this.group(groupName);
          if (groupVal !== null) res += groupVal;
          i = j + 1;
          last = i;
        } else throw new RE2JSGroupException("Illegal group reference");
        continue;
      }
      i++;
    }
    if (last < m) res += replacement.substring(last, m);
    return res;
  }
  /**
  * Expands |replacement| for the current match by the rules of String.prototype.replace
  * (ECMAScript GetSubstitution): $$ is "$", $& the match, $` the text before it, $' the text
  * after it, $n and $nn a group (two digits only when they form a valid group number, so with
  * one group "$10" is group 1 then "0"; an unmatched group is empty), and $<name> a named group
  * (empty when no such group), only when the pattern has named groups. Anything else, such as
  * "$0" or "$<" without a closing ">", is kept as is.
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJs(replacement) {
    const isDigit2 = (c) => c >= 48 && c <= 57;
    const groupCount = this.patternGroupCount;
    let res = "";
    let i = 0;
    while (i < replacement.length) {
      const dollar = replacement.indexOf("$", i);
      if (dollar < 0) break;
      res += replacement.substring(i, dollar);
      i = dollar;
      const c = replacement.charCodeAt(i + 1);
      if (c === Codepoint.CODES["$"]) {
        res += "$";
        i += 2;
      } else if (c === Codepoint.CODES["&"]) {
        res += this.group(0);
        i += 2;
      } else if (c === Codepoint.CODES["`"]) {
        res += this.substring(0, this.start(0));
        i += 2;
      } else if (c === Codepoint.CODES["'"]) {
        res += this.substring(this.end(0), this.matcherInputLength);
        i += 2;
      } else if (isDigit2(c)) {
        let digits = 1;
        let index = c - 48;
        const c2 = replacement.charCodeAt(i + 2);
        if (isDigit2(c2) && index * 10 + c2 - 48 <= groupCount) {
          digits = 2;
          index = index * 10 + c2 - 48;
        }
        if (index >= 1 && index <= groupCount) {
          const group = this.group(index);
          if (group !== null) res += group;
        } else res += replacement.substring(i, i + 1 + digits);
        i += 1 + digits;
      } else if (c === Codepoint.CODES["<"] && this.hasNamedGroups) {
        const gt = replacement.indexOf(">", i + 2);
        if (gt < 0) {
          res += "$<";
          i += 2;
        } else {
          const name = replacement.substring(i + 2, gt);
          if (Object.hasOwn(this.namedGroups, name)) {
            const group = this.group(name);
            if (group !== null) res += group;
          }
          i = gt + 1;
        }
      } else {
        res += "$";
        i += 1;
      }
    }
    return res + replacement.substring(i);
  }
  /**
  * Return the substring of the input from the append position to the end of the
  * input.
  * @returns {string}
  */
  appendTail() {
    return this.substring(this.appendPos, this.matcherInputLength);
  }
  /**
  * Returns the input with all matches replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the matches replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceAll(replacement, javaMode = false) {
    return this.replace(replacement, true, javaMode);
  }
  /**
  * Returns the input with the first match replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the first match replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceFirst(replacement, javaMode = false) {
    return this.replace(replacement, false, javaMode);
  }
  /**
  * Helper: replaceAll/replaceFirst hybrid.
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [all=true] - replace all matches
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @private
  */
  replace(replacement, all = true, javaMode = false) {
    let res = "";
    this.reset();
    const isFunc = typeof replacement === "function";
    let originalInput = null;
    if (isFunc) {
      if (this.groupCount() >= Matcher2.MAX_REPLACER_ARGS) throw new RE2JSGroupException("Too many capture groups to safely invoke replacer function");
      originalInput = this.matcherInput.isUTF8Encoding() ? this.matcherInput.asBytes() : this.matcherInput.asCharSequence();
    }
    while (this.find()) {
      res += isFunc ? this.appendReplacementFunc(replacement, originalInput) : this.appendReplacement(replacement, javaMode);
      if (!all) break;
    }
    res += this.appendTail();
    return res;
  }
  /**
  * Evaluates a replacer function for the current match and appends the result,
  * along with any un-matched preceding text, advancing the append position.
  * @param {Function} replacer - the replacer function
  * @param {string|Uint8Array|number[]} originalInput - the cached original input reference
  * @returns {string} the evaluated string to append
  * @private
  */
  appendReplacementFunc(replacer, originalInput) {
    let res = "";
    const s = this.start();
    const e = this.end();
    if (this.appendPos < s) res += this.substring(this.appendPos, s);
    this.appendPos = e;
    const args = this.matchArray();
    args.push(s, originalInput);
    if (this.hasNamedGroups) args.push(this.namedGroupsObject());
    res += String(replacer(...args));
    return res;
  }
  /**
  * The match and its groups, as the elements of a JS RegExpExecArray: undefined for a group that
  * did not take part in the match. Used by exec(), matchAll() and replacer functions.
  * @returns {Array<string|undefined>}
  * @private
  */
  matchArray() {
    const result = [this.group(0)];
    for (let i = 1; i <= this.patternGroupCount; i++) {
      const group = this.group(i);
      result.push(group === null ? void 0 : group);
    }
    return result;
  }
  /**
  * The named groups, as the groups property of a JS RegExpExecArray: an object without a
  * prototype mapping each name to its group (undefined when it did not take part in the match),
  * or undefined when the pattern has no named groups.
  * @returns {Record<string, string|undefined>|undefined}
  * @private
  */
  namedGroupsObject() {
    if (!this.hasNamedGroups) return;
    const result = this.getNamedGroups();
    for (const name in result) if (result[name] === null) result[name] = void 0;
    return result;
  }
};
var Inst = class Inst2 {
  static ALT = 1;
  static ALT_MATCH = 2;
  static CAPTURE = 3;
  static EMPTY_WIDTH = 4;
  static FAIL = 5;
  static MATCH = 6;
  static NOP = 7;
  static RUNE = 8;
  static RUNE1 = 9;
  static RUNE_ANY = 10;
  static RUNE_ANY_NOT_NL = 11;
  static LB_WRITE = 12;
  static LB_CHECK = 13;
  static isRuneOp(op) {
    return Inst2.RUNE <= op && op <= Inst2.RUNE_ANY_NOT_NL;
  }
  static escapeRunes(runes) {
    let out = '"';
    for (let rune of runes) out += Utils.escapeRune(rune);
    out += '"';
    return out;
  }
  constructor(op) {
    this.op = op;
    this.out = 0;
    this.arg = 0;
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.next = null;
  }
  matchRune(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r);
      return r === r0;
    }
    const len = this.runes.length;
    if (len === 0) return false;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j]) return false;
        if (r <= this.runes[j + 1]) return true;
      }
      return false;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m = base - 1;
    return m >= 0 && r <= this.runes[m << 1 | 1];
  }
  matchRunePos(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r) ? 0 : -1;
      return r === r0 ? 0 : -1;
    }
    const len = this.runes.length;
    if (len === 0) return -1;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j]) return -1;
        if (r <= this.runes[j + 1]) return Math.floor(j / 2);
      }
      return -1;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m = base - 1;
    return m >= 0 && r <= this.runes[m << 1 | 1] ? m : -1;
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    switch (this.op) {
      case Inst2.ALT:
        return `alt -> ${this.out}, ${this.arg}`;
      case Inst2.ALT_MATCH:
        return `altmatch -> ${this.out}, ${this.arg}`;
      case Inst2.CAPTURE:
        return `cap ${this.arg} -> ${this.out}`;
      case Inst2.EMPTY_WIDTH:
        return `empty ${this.arg} -> ${this.out}`;
      case Inst2.MATCH:
        return `match${this.arg !== 0 ? ` ${this.arg}` : ""}`;
      case Inst2.FAIL:
        return "fail";
      case Inst2.NOP:
        return `nop -> ${this.out}`;
      case Inst2.LB_WRITE:
        return `lbwrite ${this.arg} -> ${this.out}`;
      case Inst2.LB_CHECK:
        return `lbcheck ${this.arg} -> ${this.out}`;
      case Inst2.RUNE:
        if (this.runes === null) return "rune <null>";
        return [
          "rune ",
          Inst2.escapeRunes(this.runes),
          (this.arg & RE2Flags.FOLD_CASE) !== 0 ? "/i" : "",
          " -> ",
          this.out
        ].join("");
      case Inst2.RUNE1:
        return `rune1 ${Inst2.escapeRunes(this.runes)} -> ${this.out}`;
      case Inst2.RUNE_ANY:
        return `any -> ${this.out}`;
      case Inst2.RUNE_ANY_NOT_NL:
        return `anynotnl -> ${this.out}`;
      default:
        throw new Error("unhandled case in Inst.toString");
    }
  }
};
var Queue = class Queue2 {
  constructor(numInst) {
    this.sparse = new Int32Array(numInst);
    this.densePcs = new Int32Array(numInst);
    this.denseCaps = null;
    this.size = 0;
    this.ncap = 0;
    this.mainThreads = 0;
  }
  static INITIAL_THREADS = 32;
  init(ncap) {
    this.ncap = ncap;
    const needed = Math.min(this.densePcs.length, Queue2.INITIAL_THREADS) * ncap;
    if (!this.denseCaps || this.denseCaps.length < needed) this.denseCaps = new Int32Array(needed);
  }
  growCaps(needed) {
    const limit = this.densePcs.length * this.ncap;
    const grown = new Int32Array(Math.min(limit, Math.max(needed, 2 * this.denseCaps.length)));
    grown.set(this.denseCaps);
    this.denseCaps = grown;
  }
  contains(pc) {
    const j = this.sparse[pc];
    return j < this.size && this.densePcs[j] === pc;
  }
  isEmpty() {
    return this.size === 0;
  }
  add(pc) {
    const j = this.size++;
    this.sparse[pc] = j;
    this.densePcs[j] = pc;
    return j;
  }
  clear() {
    this.size = 0;
    this.mainThreads = 0;
  }
  toString() {
    let out = "{";
    for (let i = 0; i < this.size; i++) {
      if (i !== 0) out += ", ";
      out += this.densePcs[i];
    }
    out += "}";
    return out;
  }
};
var LookbehindState = class {
  constructor(prog) {
    this.pos = -1;
    this.pcs = new Int32Array(prog.numInst());
    this.size = 0;
    this.lbTable = new Int32Array(prog.numLb + 1);
  }
  reset() {
    this.pos = -1;
    this.size = 0;
  }
};
var Machine = class Machine2 {
  static fromRE2(re2) {
    const m = new Machine2();
    m.prog = re2.prog;
    m.re2 = re2;
    m.q0 = new Queue(m.prog.numInst());
    m.q1 = new Queue(m.prog.numInst());
    m.addStack = new Int32Array(2 * (m.prog.numInst() + 1));
    m.matched = false;
    m.matchcap = new Int32Array(m.prog.numCap < 2 ? 2 : m.prog.numCap);
    m.ncap = 0;
    return m;
  }
  constructor() {
    this.prog = null;
    this.re2 = null;
    this.q0 = null;
    this.q1 = null;
    this.addStack = null;
    this.matched = false;
    this.matchcap = null;
    this.ncap = 0;
    this.lbTable = null;
  }
  init(ncap) {
    this.ncap = ncap;
    if (ncap > this.matchcap.length) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1);
    this.q0.init(ncap);
    this.q1.init(ncap);
    if (this.prog.numLb > 0) {
      if (!this.lbTable || this.lbTable.length < this.prog.numLb + 1) this.lbTable = new Int32Array(this.prog.numLb + 1);
      this.lbTable.fill(-1);
    }
  }
  submatches() {
    if (this.ncap === 0) return Utils.emptyInts();
    return Utils.toArray(this.matchcap.subarray(0, this.ncap));
  }
  match(input, pos, anchor, lbState = null) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return false;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    this.matched = false;
    this.matchcap.fill(-1);
    const hasLookbehinds = this.prog.numLb > 0;
    const matchStartPos = pos;
    let currentPos = pos;
    let resumeLookbehinds = false;
    if (hasLookbehinds) {
      if (lbState !== null && lbState.pos >= 0 && lbState.pos <= pos) {
        currentPos = lbState.pos;
        resumeLookbehinds = true;
      } else currentPos = 0;
    }
    let saveLookbehinds = hasLookbehinds && lbState !== null;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag;
    if (currentPos === 0) flag = Utils.emptyOpContext(-1, rune);
    else flag = input.context(currentPos);
    if (hasLookbehinds) {
      if (resumeLookbehinds) this.restoreLookbehinds(lbState, runq, flag);
      else this.spawnLookbehinds(runq, currentPos, flag);
    }
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
        if (this.matched) break;
        if (this.prog.numLb === 0 && runq.isEmpty() && !(this.re2.prefix.length === 0) && rune1 !== this.re2.prefixRune && input.canCheckPrefix()) {
          const advance = input.index(this.re2, currentPos);
          if (advance < 0) break;
          currentPos += advance;
          r = input.step(currentPos);
          rune = r >> 3;
          width = r & 7;
          r = input.step(currentPos + width);
          rune1 = r >> 3;
          width1 = r & 7;
          flag = input.context(currentPos);
        }
      }
      if (currentPos >= matchStartPos) {
        if (saveLookbehinds) {
          this.saveLookbehinds(lbState, runq, currentPos);
          saveLookbehinds = false;
        }
        if (!this.matched && (currentPos === 0 || anchor === RE2Flags.UNANCHORED)) {
          if (this.ncap > 0) this.matchcap[0] = currentPos;
          this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
        }
      }
      const nextPos = currentPos + width;
      flag = input.context(nextPos);
      this.step(runq, nextq, currentPos, nextPos, rune, flag, anchor, currentPos === input.endPos());
      if (width === 0) break;
      if (this.ncap === 0 && this.matched) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    runq.clear();
    nextq.clear();
    return this.matched;
  }
  matchSet(input, pos, anchor) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return [];
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    let currentPos = this.prog.numLb > 0 ? 0 : pos;
    let matchStartPos = pos;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag = currentPos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(currentPos);
    const matches = /* @__PURE__ */ new Set();
    if (this.prog.numLb > 0) this.spawnLookbehinds(runq, currentPos, flag);
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
      }
      if (currentPos === 0 || anchor === RE2Flags.UNANCHORED) {
        if (currentPos >= matchStartPos) this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
      }
      const nextPos = currentPos + width;
      flag = input.context(nextPos);
      for (let j = 0; j < runq.size; j++) {
        const pc = runq.densePcs[j];
        const i = this.prog.inst[pc];
        const capOffset = j * this.ncap;
        let add = false;
        switch (i.op) {
          case Inst.MATCH:
            if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== input.endPos()) break;
            matches.add(i.arg);
            break;
          case Inst.RUNE:
            add = i.matchRune(rune);
            break;
          case Inst.RUNE1:
            add = rune === i.runes[0];
            break;
          case Inst.RUNE_ANY:
            add = true;
            break;
          case Inst.RUNE_ANY_NOT_NL:
            add = rune !== 10;
            break;
          default:
            continue;
        }
        if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, flag);
      }
      runq.clear();
      if (width === 0) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    nextq.clear();
    return Array.from(matches).sort((a, b) => a - b);
  }
  step(runq, nextq, pos, nextPos, c, nextCond, anchor, atEnd) {
    const longest = this.re2.longest;
    for (let j = 0; j < runq.size; j++) {
      const pc = runq.densePcs[j];
      const capOffset = j * this.ncap;
      if (longest && this.matched && this.ncap > 0 && this.matchcap[0] < runq.denseCaps[capOffset]) continue;
      const i = this.prog.inst[pc];
      let add = false;
      switch (i.op) {
        case Inst.MATCH:
          if (anchor === RE2Flags.ANCHOR_BOTH && !atEnd) break;
          if (this.ncap > 0 && (!longest || !this.matched || this.matchcap[1] < pos)) {
            runq.denseCaps[capOffset + 1] = pos;
            for (let k = 0; k < this.ncap; k++) this.matchcap[k] = runq.denseCaps[capOffset + k];
          }
          if (!longest) runq.size = 0;
          this.matched = true;
          break;
        case Inst.RUNE:
          add = i.matchRune(c);
          break;
        case Inst.RUNE1:
          add = c === i.runes[0];
          break;
        case Inst.RUNE_ANY:
          add = true;
          break;
        case Inst.RUNE_ANY_NOT_NL:
          add = c !== 10;
          break;
        default:
          continue;
      }
      if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, nextCond);
    }
    runq.clear();
  }
  spawnLookbehinds(q, pos, flag) {
    for (let i = 0; i < this.prog.lbStarts.length; i++) this.add(q, this.prog.lbStarts[i], pos, this.matchcap, 0, flag);
  }
  restoreLookbehinds(lbState, q, flag) {
    this.lbTable.set(lbState.lbTable);
    for (let j = 0; j < lbState.size; j++) this.add(q, lbState.pcs[j], lbState.pos, this.matchcap, 0, flag);
  }
  saveLookbehinds(lbState, q, pos) {
    let size2 = 0;
    for (let j = 0; j < q.size; j++) {
      const pc = q.densePcs[j];
      if (this.prog.lbInst[pc] === 1 && Inst.isRuneOp(this.prog.inst[pc].op)) lbState.pcs[size2++] = pc;
    }
    lbState.size = size2;
    lbState.pos = pos;
    lbState.lbTable.set(this.lbTable);
  }
  add(q, pc, pos, capArray, capOffset, cond) {
    const stk = this.addStack;
    let nstk = 0;
    for (; ; ) {
      while (pc !== 0 && !q.contains(pc)) {
        const d = q.add(pc);
        const inst = this.prog.inst[pc];
        switch (inst.op) {
          case Inst.FAIL:
            pc = 0;
            break;
          case Inst.ALT:
          case Inst.ALT_MATCH:
            stk[nstk++] = inst.arg;
            stk[nstk++] = 0;
            pc = inst.out;
            break;
          case Inst.EMPTY_WIDTH:
            pc = (inst.arg & ~cond) === 0 ? inst.out : 0;
            break;
          case Inst.NOP:
            pc = inst.out;
            break;
          case Inst.CAPTURE:
            if (inst.arg < this.ncap) {
              stk[nstk++] = -inst.arg - 1;
              stk[nstk++] = capArray[capOffset + inst.arg];
              capArray[capOffset + inst.arg] = pos;
            }
            pc = inst.out;
            break;
          case Inst.LB_WRITE:
            this.lbTable[Math.abs(inst.arg)] = pos;
            pc = inst.out;
            break;
          case Inst.LB_CHECK:
            if (inst.arg > 0) pc = this.lbTable[inst.arg] === pos ? inst.out : 0;
            else pc = this.lbTable[-inst.arg] !== pos ? inst.out : 0;
            break;
          case Inst.MATCH:
          case Inst.RUNE:
          case Inst.RUNE1:
          case Inst.RUNE_ANY:
          case Inst.RUNE_ANY_NOT_NL:
            if (this.prog.lbInst[pc] === 0) q.mainThreads++;
            if (this.ncap > 0) {
              const destOffset = d * this.ncap;
              if (destOffset + this.ncap > q.denseCaps.length) q.growCaps(destOffset + this.ncap);
              for (let c = 0; c < this.ncap; c++) q.denseCaps[destOffset + c] = capArray[capOffset + c];
            }
            pc = 0;
            break;
          default:
            throw new RE2JSInternalException("unhandled");
        }
      }
      if (nstk === 0) return;
      nstk -= 2;
      const entry = stk[nstk];
      if (entry < 0) {
        capArray[capOffset - entry - 1] = stk[nstk + 1];
        pc = 0;
      } else pc = entry;
    }
  }
};
var hashState = (pcs, flag, ids) => {
  let h = -2128831035;
  for (let i = 0; i < pcs.length; i++) {
    h ^= pcs[i];
    h = Math.imul(h, 16777619);
  }
  h ^= flag;
  h = Math.imul(h, 16777619);
  for (let i = 0; i < ids.length; i++) {
    h ^= ids[i];
    h = Math.imul(h, 16777619);
  }
  return h;
};
var arraysEqual = (a, b) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};
var isState = (state, pcs, flag, ids) => state.flag === flag && arraysEqual(state.nfaStates, pcs) && arraysEqual(state.matchIDs, ids);
var NO_IDS = [];
var END_TEXT = -1;
var DFAState = class {
  constructor(nfaStates, flag, matchIDs) {
    this.nfaStates = nfaStates;
    this.flag = flag;
    this.isMatch = (flag & DFA.FLAG_MATCH) !== 0;
    this.matchIDs = matchIDs;
    this.next = null;
    this.nextAnchored = null;
  }
};
var DFA = class DFA2 {
  static FLAG_EMPTY_MASK = 255;
  static FLAG_MATCH = 256;
  static FLAG_LAST_WORD = 512;
  static FLAG_NEED_SHIFT = 16;
  static STATE_OVERHEAD = 150;
  static ARRAY_OVERHEAD = 40;
  static ELEMENT_SIZE = 8;
  static TABLE_OVERHEAD = 48;
  static PROGRESS_PER_STATE = 10;
  constructor(prog, maxMem = 8388608) {
    this.prog = prog;
    this.maxMem = maxMem;
    this.stateCache = /* @__PURE__ */ new Map();
    this.stateCount = 0;
    this.startStates = /* @__PURE__ */ new Map();
    this.failed = false;
    for (let pc = 0; pc < prog.numInst(); pc++) {
      const op = prog.getInst(pc).op;
      if (op === Inst.LB_WRITE || op === Inst.LB_CHECK) {
        this.failed = true;
        break;
      }
    }
    this.computeRuneClasses();
    this.stateBudget = maxMem;
    this.memBudget = maxMem;
  }
  computeRuneClasses() {
    const bounds = /* @__PURE__ */ new Set();
    const addRange = (lo, hi) => {
      bounds.add(lo);
      bounds.add(hi + 1);
    };
    for (let pc = 0; pc < this.prog.numInst(); pc++) {
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.RUNE:
        case Inst.RUNE1:
          if (inst.runes.length === 1) {
            addRange(inst.runes[0], inst.runes[0]);
            if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) for (let f = Unicode.simpleFold(inst.runes[0]); f !== inst.runes[0]; f = Unicode.simpleFold(f)) addRange(f, f);
          } else for (let j = 0; j < inst.runes.length; j += 2) addRange(inst.runes[j], inst.runes[j + 1]);
          break;
        case Inst.RUNE_ANY_NOT_NL:
          addRange(10, 10);
          break;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & (Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_END_LINE)) !== 0) addRange(10, 10);
          if ((inst.arg & (Utils.EMPTY_WORD_BOUNDARY | Utils.EMPTY_NO_WORD_BOUNDARY)) !== 0) {
            addRange(48, 57);
            addRange(65, 90);
            addRange(95, 95);
            addRange(97, 122);
          }
      }
    }
    bounds.delete(0);
    this.classBounds = Int32Array.from(bounds).sort();
    this.numClasses = this.classBounds.length + 1;
    const latin1Class = new Int32Array(Unicode.MAX_LATIN1 + 1);
    for (let r = 0; r <= Unicode.MAX_LATIN1; r++) latin1Class[r] = this.searchClass(r);
    this.latin1Class = latin1Class;
  }
  runeClass(r) {
    if (r <= Unicode.MAX_LATIN1) return this.latin1Class[r];
    return this.searchClass(r);
  }
  searchClass(r) {
    const bounds = this.classBounds;
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (bounds[mid] <= r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  closure(pcs, flag) {
    const closure = /* @__PURE__ */ new Set();
    const stack = Array.from(pcs);
    let needflags = 0;
    while (stack.length > 0) {
      const pc = stack.pop();
      if (pc === 0 || closure.has(pc)) continue;
      closure.add(pc);
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          stack.push(inst.out);
          stack.push(inst.arg);
          break;
        case Inst.NOP:
        case Inst.CAPTURE:
          stack.push(inst.out);
          break;
        case Inst.EMPTY_WIDTH:
          needflags |= inst.arg;
          if ((inst.arg & ~flag) === 0) stack.push(inst.out);
      }
    }
    return {
      pcs: Array.from(closure).sort((a, b) => a - b),
      needflags
    };
  }
  getState(pcs, flag, ids) {
    const hash = hashState(pcs, flag, ids);
    const cached = this.stateCache.get(hash);
    if (cached instanceof DFAState) {
      if (isState(cached, pcs, flag, ids)) return cached;
    } else if (cached !== void 0) {
      for (let i = 0; i < cached.length; i++) if (isState(cached[i], pcs, flag, ids)) return cached[i];
    }
    const cost = DFA2.stateCost(pcs, ids);
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const state = new DFAState(pcs, flag, ids);
    if (cached === void 0) this.stateCache.set(hash, state);
    else if (cached instanceof DFAState) this.stateCache.set(hash, [cached, state]);
    else cached.push(state);
    this.stateCount++;
    return state;
  }
  static stateCost(pcs, ids) {
    const idsCost = ids.length === 0 ? 0 : DFA2.ARRAY_OVERHEAD + DFA2.ELEMENT_SIZE * ids.length;
    return DFA2.STATE_OVERHEAD + DFA2.ELEMENT_SIZE * pcs.length + idsCost;
  }
  *cachedStates() {
    for (const cached of this.stateCache.values()) if (cached instanceof DFAState) yield cached;
    else yield* cached;
  }
  makeState(pcs, flag, ids) {
    const closure = this.closure(pcs, flag & DFA2.FLAG_EMPTY_MASK);
    let stateFlag = flag;
    if (closure.needflags === 0) stateFlag &= DFA2.FLAG_MATCH;
    stateFlag |= closure.needflags << DFA2.FLAG_NEED_SHIFT;
    return this.getState(closure.pcs, stateFlag, ids);
  }
  allocTable(state, anchor) {
    const size2 = this.numClasses + 1;
    const cost = DFA2.TABLE_OVERHEAD + DFA2.ELEMENT_SIZE * size2;
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const table3 = new Array(size2).fill(null);
    if (anchor === RE2Flags.UNANCHORED) state.next = table3;
    else state.nextAnchored = table3;
    return table3;
  }
  clearCache() {
    this.stateCache.clear();
    this.stateCount = 0;
    this.startStates.clear();
    this.memBudget = this.stateBudget;
  }
  resetCache(current) {
    this.clearCache();
    return this.getState(current.nfaStates, current.flag, current.matchIDs);
  }
  step(state, cls, rune, anchor) {
    let table3 = anchor === RE2Flags.UNANCHORED ? state.next : state.nextAnchored;
    if (table3 !== null) {
      const cached = table3[cls];
      if (cached !== null) return cached;
    } else {
      table3 = this.allocTable(state, anchor);
      if (table3 === null) return null;
    }
    const needflag = state.flag >>> DFA2.FLAG_NEED_SHIFT;
    const oldbeforeflag = state.flag & DFA2.FLAG_EMPTY_MASK;
    let beforeflag = oldbeforeflag;
    let afterflag = 0;
    if (rune === 10) {
      beforeflag |= Utils.EMPTY_END_LINE;
      afterflag |= Utils.EMPTY_BEGIN_LINE;
    }
    if (rune === END_TEXT) beforeflag |= Utils.EMPTY_END_LINE | Utils.EMPTY_END_TEXT;
    const islastword = (state.flag & DFA2.FLAG_LAST_WORD) !== 0;
    const isword = rune !== END_TEXT && Utils.isWordRune(rune);
    beforeflag |= isword === islastword ? Utils.EMPTY_NO_WORD_BOUNDARY : Utils.EMPTY_WORD_BOUNDARY;
    let pcs = state.nfaStates;
    if ((beforeflag & ~oldbeforeflag & needflag) !== 0) pcs = this.closure(pcs, beforeflag).pcs;
    const nextPCs = [];
    let ismatch = false;
    let ids = NO_IDS;
    for (let i = 0; i < pcs.length; i++) {
      const inst = this.prog.getInst(pcs[i]);
      if (inst.op === Inst.MATCH) {
        if (!ismatch) {
          ismatch = true;
          ids = [];
        }
        ids.push(inst.arg);
      } else if (rune !== END_TEXT && Inst.isRuneOp(inst.op) && inst.matchRune(rune)) nextPCs.push(inst.out);
    }
    if (ids.length > 1) ids.sort((a, b) => a - b);
    if (anchor === RE2Flags.UNANCHORED && rune !== END_TEXT) nextPCs.push(this.prog.start);
    let flag = afterflag;
    if (ismatch) flag |= DFA2.FLAG_MATCH;
    if (isword) flag |= DFA2.FLAG_LAST_WORD;
    const nextState = this.makeState(nextPCs, flag, ids);
    if (nextState === null) return null;
    table3[cls] = nextState;
    return nextState;
  }
  start(input, pos) {
    const context = input.context(pos);
    let flags;
    if ((context & Utils.EMPTY_BEGIN_TEXT) !== 0) flags = Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
    else if ((context & Utils.EMPTY_BEGIN_LINE) !== 0) flags = Utils.EMPTY_BEGIN_LINE;
    else {
      const r = input.step(pos);
      const nextIsWord = r >= 0 && Utils.isWordRune(r >> 3);
      flags = (context & Utils.EMPTY_WORD_BOUNDARY) !== 0 !== nextIsWord ? DFA2.FLAG_LAST_WORD : 0;
    }
    let state = this.startStates.get(flags);
    if (state === void 0) {
      state = this.makeState([this.prog.start], flags, NO_IDS);
      if (state === null) {
        this.clearCache();
        state = this.makeState([this.prog.start], flags, NO_IDS);
        if (state === null) return null;
      }
      this.startStates.set(flags, state);
    }
    return state;
  }
  stepOrReset(state, cls, rune, anchor, pos, search) {
    let next = this.step(state, cls, rune, anchor);
    if (next !== null) return next;
    if (search.resetPos >= 0 && pos - search.resetPos < DFA2.PROGRESS_PER_STATE * this.stateCount) return null;
    search.resetPos = pos;
    const restored = this.resetCache(state);
    if (restored === null) return null;
    next = this.step(restored, cls, rune, anchor);
    return next;
  }
  run(input, pos, anchor, state, onMatch) {
    const endPos = input.endPos();
    const latin1Class = this.latin1Class;
    const unanchored = anchor === RE2Flags.UNANCHORED;
    const search = { resetPos: -1 };
    let i = pos;
    while (i < endPos) {
      const r = input.step(i);
      const rune = r >> 3;
      const width = r & 7;
      if (width === 0) break;
      const cls = rune <= Unicode.MAX_LATIN1 ? latin1Class[rune] : this.runeClass(rune);
      let next = unanchored && state.next !== null ? state.next[cls] : null;
      if (next === null) {
        next = this.stepOrReset(state, cls, rune, anchor, i, search);
        if (next === null) return null;
      }
      state = next;
      if (state.isMatch && onMatch(state, false)) return true;
      if (!unanchored && state.nfaStates.length === 0) return false;
      i += width;
    }
    state = this.stepOrReset(state, this.numClasses, END_TEXT, anchor, i, search);
    if (state === null) return null;
    return state.isMatch && onMatch(state, true);
  }
  match(input, pos, anchor) {
    if (this.failed) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    const startState = this.start(input, pos);
    if (startState === null) return null;
    return this.run(input, pos, anchor, startState, (state, atEnd) => anchor !== RE2Flags.ANCHOR_BOTH || atEnd);
  }
  matchSet(input, pos, anchor) {
    if (this.failed) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    const startState = this.start(input, pos);
    if (startState === null) return null;
    const matches = /* @__PURE__ */ new Set();
    const collect = (state, atEnd) => {
      if (anchor !== RE2Flags.ANCHOR_BOTH || atEnd) for (let k = 0; k < state.matchIDs.length; k++) matches.add(state.matchIDs[k]);
      return false;
    };
    if (this.run(input, pos, anchor, startState, collect) === null) return null;
    return Array.from(matches).sort((a, b) => a - b);
  }
};
var VISITED_BITS = 32;
var MAX_BACKTRACK_PROG = 500;
var INITIAL_JOB_CAPACITY = 256;
var MAX_BACKTRACK_VECTOR = 262144;
var BitState = class {
  constructor() {
    this.end = 0;
    this.cap = /* @__PURE__ */ new Int32Array(0);
    this.matchcap = /* @__PURE__ */ new Int32Array(0);
    this.ncap = 0;
    this.jobPc = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobArg = new Uint8Array(INITIAL_JOB_CAPACITY);
    this.jobPos = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobLen = 0;
    this.visited = /* @__PURE__ */ new Uint32Array(0);
  }
  reset(prog, end, ncap) {
    this.end = end;
    this.jobLen = 0;
    this.ncap = ncap;
    const visitedSize = prog.numInst() * (end + 1) + VISITED_BITS - 1 >>> 5;
    if (this.visited.length < visitedSize) this.visited = new Uint32Array(visitedSize);
    else this.visited.fill(0, 0, visitedSize);
    if (this.cap.length < ncap) this.cap = new Int32Array(ncap).fill(-1);
    else this.cap.fill(-1, 0, ncap);
    if (this.matchcap.length < ncap) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1, 0, ncap);
  }
  shouldVisit(pc, pos) {
    const n = pc * (this.end + 1) + pos;
    const idx = n >>> 5;
    const mask2 = 1 << (n & 31);
    if ((this.visited[idx] & mask2) !== 0) return false;
    this.visited[idx] |= mask2;
    return true;
  }
  push(re2, pc, pos, arg) {
    if (re2.prog.getInst(pc).op !== Inst.FAIL && (arg || this.shouldVisit(pc, pos))) {
      if (this.jobLen >= this.jobPc.length) {
        const newSize = this.jobPc.length * 2;
        const newPc = new Int32Array(newSize);
        newPc.set(this.jobPc);
        this.jobPc = newPc;
        const newArg = new Uint8Array(newSize);
        newArg.set(this.jobArg);
        this.jobArg = newArg;
        const newPos = new Int32Array(newSize);
        newPos.set(this.jobPos);
        this.jobPos = newPos;
      }
      this.jobPc[this.jobLen] = pc;
      this.jobArg[this.jobLen] = arg ? 1 : 0;
      this.jobPos[this.jobLen] = pos;
      this.jobLen++;
    }
  }
  tryBacktrack(re2, input, pc, pos, anchor) {
    const longest = re2.longest;
    this.push(re2, pc, pos, false);
    while (this.jobLen > 0) {
      this.jobLen--;
      let currentPc = this.jobPc[this.jobLen];
      let arg = this.jobArg[this.jobLen] === 1;
      let currentPos = this.jobPos[this.jobLen];
      let skipShouldVisit = true;
      while (true) {
        if (!skipShouldVisit) {
          if (!this.shouldVisit(currentPc, currentPos)) break;
        }
        skipShouldVisit = false;
        const inst = re2.prog.getInst(currentPc);
        switch (inst.op) {
          case Inst.FAIL:
            break;
          case Inst.ALT:
            if (arg) {
              arg = false;
              currentPc = inst.arg;
              continue;
            } else {
              this.push(re2, currentPc, currentPos, true);
              currentPc = inst.out;
              continue;
            }
          case Inst.ALT_MATCH: {
            const outInst = re2.prog.getInst(inst.out);
            if (Inst.isRuneOp(outInst.op)) {
              this.push(re2, inst.arg, currentPos, false);
              currentPc = inst.arg;
              currentPos = this.end;
              continue;
            }
            this.push(re2, inst.out, this.end, false);
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (!inst.matchRune(r >> 3)) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE1: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 !== inst.runes[0]) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY_NOT_NL: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 === 10) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.CAPTURE:
            if (arg) {
              this.cap[inst.arg] = currentPos;
              break;
            } else {
              if (inst.arg < this.ncap) {
                this.push(re2, currentPc, this.cap[inst.arg], true);
                this.cap[inst.arg] = currentPos;
              }
              currentPc = inst.out;
              continue;
            }
          case Inst.EMPTY_WIDTH: {
            const flag = input.context(currentPos);
            if ((inst.arg & ~flag) !== 0) break;
            currentPc = inst.out;
            continue;
          }
          case Inst.NOP:
            currentPc = inst.out;
            continue;
          case Inst.MATCH: {
            if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== this.end) break;
            if (this.ncap === 0) return true;
            if (this.ncap > 1) this.cap[1] = currentPos;
            const old = this.matchcap[1];
            if (old === -1 || longest && currentPos > 0 && currentPos > old) this.matchcap.set(this.cap);
            if (!longest) return true;
            if (currentPos === this.end) return true;
            break;
          }
          case Inst.LB_WRITE:
          case Inst.LB_CHECK:
            throw new RE2JSInternalException("Backtracker cannot evaluate Lookbehind instructions");
          default:
            throw new RE2JSInternalException("bad inst");
        }
        break;
      }
    }
    return longest && this.matchcap.length > 1 && this.matchcap[1] >= 0;
  }
};
var bitStatePool = [];
var Backtracker = class Backtracker2 {
  static shouldBacktrack(prog) {
    return prog.numInst() <= MAX_BACKTRACK_PROG;
  }
  static maxBitStateLen(prog) {
    if (!Backtracker2.shouldBacktrack(prog)) return 0;
    return Math.floor(MAX_BACKTRACK_VECTOR / prog.numInst());
  }
  static execute(re2, input, pos, anchor, ncap) {
    const startCond = re2.cond;
    if (startCond === Utils.EMPTY_ALL) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && pos !== 0) return null;
    const b = bitStatePool.length > 0 ? bitStatePool.pop() : new BitState();
    const end = input.endPos();
    b.reset(re2.prog, end, ncap);
    let matched = false;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 || anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) {
      if (b.ncap > 0) b.cap[0] = pos;
      if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) matched = true;
    } else {
      let width = -1;
      for (; pos <= end && width !== 0; pos += width) {
        if (re2.prefix.length > 0) {
          const advance = input.index(re2, pos);
          if (advance < 0) break;
          pos += advance;
        }
        if (b.ncap > 0) b.cap[0] = pos;
        if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) {
          matched = true;
          break;
        }
        const r = input.step(pos);
        width = r === MachineInputBase.EOF() ? 0 : r & 7;
      }
    }
    if (!matched) {
      bitStatePool.push(b);
      return null;
    }
    const result = ncap === 0 ? [] : Utils.toArray(b.matchcap.subarray(0, ncap));
    bitStatePool.push(b);
    return result;
  }
};
var QueueOnePass = class {
  constructor(size2) {
    this.sparse = new Uint32Array(size2);
    this.dense = new Uint32Array(size2);
    this.size = 0;
    this.nextIndex = 0;
  }
  empty() {
    return this.nextIndex >= this.size;
  }
  next() {
    return this.dense[this.nextIndex++];
  }
  clear() {
    this.size = 0;
    this.nextIndex = 0;
  }
  contains(u) {
    return u < this.sparse.length && this.sparse[u] < this.size && this.dense[this.sparse[u]] === u;
  }
  insert(u) {
    if (!this.contains(u)) this.insertNew(u);
  }
  insertNew(u) {
    if (u >= this.sparse.length) return;
    this.sparse[u] = this.size;
    this.dense[this.size] = u;
    this.size++;
  }
};
var mergeRuneSets = (leftRunes, rightRunes, leftPC, rightPC) => {
  const leftLen = leftRunes.length;
  const rightLen = rightRunes.length;
  let lx = 0, rx = 0;
  const merged = [];
  const next = [];
  let ok = true;
  let ix = -1;
  const extend = (isLeft) => {
    const newArray = isLeft ? leftRunes : rightRunes;
    const low = isLeft ? lx : rx;
    const pc = isLeft ? leftPC : rightPC;
    if (ix > 0 && newArray[low] <= merged[ix]) return false;
    merged.push(newArray[low], newArray[low + 1]);
    if (isLeft) lx += 2;
    else rx += 2;
    ix += 2;
    next.push(pc);
    return true;
  };
  while (lx < leftLen || rx < rightLen) {
    if (rx >= rightLen) ok = extend(true);
    else if (lx >= leftLen) ok = extend(false);
    else if (rightRunes[rx] < leftRunes[lx]) ok = extend(false);
    else ok = extend(true);
    if (!ok) return null;
  }
  return {
    merged,
    next
  };
};
var OnePassProg = class {
  constructor(prog) {
    this.start = prog.start;
    this.numCap = prog.numCap;
    this.inst = new Array(prog.inst.length);
    for (let i = 0; i < prog.inst.length; i++) {
      const orig = prog.inst[i];
      const inst = new Inst(orig.op);
      inst.out = orig.out;
      inst.arg = orig.arg;
      inst.runes = orig.runes ? new Int32Array(orig.runes) : /* @__PURE__ */ new Int32Array(0);
      inst.next = null;
      this.inst[i] = inst;
    }
  }
};
var onePassCopy = (prog) => {
  const p = new OnePassProg(prog);
  for (let pc = 0; pc < p.inst.length; pc++) {
    const inst = p.inst[pc];
    if (inst.op !== Inst.ALT && inst.op !== Inst.ALT_MATCH) continue;
    let pAOther = "out";
    let pAAlt = "arg";
    let instAlt = p.inst[inst[pAAlt]];
    if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) {
      pAOther = "arg";
      pAAlt = "out";
      instAlt = p.inst[inst[pAAlt]];
      if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) continue;
    }
    const instOther = p.inst[inst[pAOther]];
    if (instOther.op === Inst.ALT || instOther.op === Inst.ALT_MATCH) continue;
    let pBAlt = "out";
    let pBOther = "arg";
    let patch = false;
    if (instAlt.out === pc) patch = true;
    else if (instAlt.arg === pc) {
      patch = true;
      pBAlt = "arg";
      pBOther = "out";
    }
    if (patch) instAlt[pBAlt] = inst[pAOther];
    if (inst[pAOther] === instAlt[pBAlt]) inst[pAAlt] = instAlt[pBOther];
  }
  return p;
};
var makeOnePass = (p) => {
  if (p.inst.length >= 1e3) return null;
  const instQueue = new QueueOnePass(p.inst.length);
  const visitQueue = new QueueOnePass(p.inst.length);
  const onePassRunes = new Array(p.inst.length);
  const m = new Array(p.inst.length).fill(false);
  const check = (pc) => {
    let ok = true;
    const inst = p.inst[pc];
    if (visitQueue.contains(pc)) return true;
    visitQueue.insert(pc);
    switch (inst.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH: {
        ok = check(inst.out) && check(inst.arg);
        let matchOut = m[inst.out];
        let matchArg = m[inst.arg];
        if (matchOut && matchArg) return false;
        if (matchArg) {
          const tempOut = inst.out;
          inst.out = inst.arg;
          inst.arg = tempOut;
          const tempMatch = matchOut;
          matchOut = matchArg;
          matchArg = tempMatch;
        }
        if (matchOut) {
          m[pc] = true;
          inst.op = Inst.ALT_MATCH;
        }
        const leftRunes = onePassRunes[inst.out] || [];
        const rightRunes = onePassRunes[inst.arg] || [];
        const mergeRes = mergeRuneSets(leftRunes, rightRunes, inst.out, inst.arg);
        if (!mergeRes) return false;
        onePassRunes[pc] = new Int32Array(mergeRes.merged);
        inst.next = new Uint32Array(mergeRes.next);
        break;
      }
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
        ok = check(inst.out);
        m[pc] = m[inst.out];
        onePassRunes[pc] = onePassRunes[inst.out] ? new Int32Array(onePassRunes[inst.out]) : /* @__PURE__ */ new Int32Array(0);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
        break;
      case Inst.MATCH:
      case Inst.FAIL:
        m[pc] = inst.op === Inst.MATCH;
        break;
      case Inst.RUNE: {
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        if (!inst.runes || inst.runes.length === 0) {
          onePassRunes[pc] = /* @__PURE__ */ new Int32Array(0);
          inst.next = new Uint32Array([inst.out]);
          break;
        }
        let runes = [];
        if (inst.runes.length === 1 && (inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a, b) => a - b);
        } else for (let j = 0; j < inst.runes.length; j++) runes.push(inst.runes[j]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE1: {
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        let runes = [];
        if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a, b) => a - b);
        } else runes.push(inst.runes[0], inst.runes[0]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE_ANY:
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([0, Unicode.MAX_RUNE]);
        inst.next = new Uint32Array([inst.out]);
        break;
      case Inst.RUNE_ANY_NOT_NL:
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([
          0,
          9,
          11,
          Unicode.MAX_RUNE
        ]);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
    }
    return ok;
  };
  instQueue.clear();
  instQueue.insert(p.start);
  while (!instQueue.empty()) {
    visitQueue.clear();
    if (!check(instQueue.next())) return null;
  }
  for (let i = 0; i < p.inst.length; i++) if (onePassRunes[i]) p.inst[i].runes = onePassRunes[i];
  return p;
};
var cleanupOnePass = (p, original) => {
  for (let ix = 0; ix < original.inst.length; ix++) {
    const instOriginal = original.inst[ix];
    switch (instOriginal.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH:
      case Inst.RUNE:
        break;
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
      case Inst.MATCH:
      case Inst.FAIL:
        p.inst[ix].next = null;
        break;
      case Inst.RUNE1:
      case Inst.RUNE_ANY:
      case Inst.RUNE_ANY_NOT_NL:
        p.inst[ix].next = null;
        p.inst[ix].op = instOriginal.op;
        p.inst[ix].runes = instOriginal.runes ? new Int32Array(instOriginal.runes) : /* @__PURE__ */ new Int32Array(0);
    }
  }
};
var OnePass = class OnePass2 {
  static compile(prog) {
    if (prog.start === 0) return null;
    if (prog.numLb > 0) return null;
    const startInst = prog.inst[prog.start];
    if (startInst.op !== Inst.EMPTY_WIDTH || (startInst.arg & Utils.EMPTY_BEGIN_TEXT) === 0) return null;
    let hasAlt = false;
    for (let i = 0; i < prog.inst.length; i++) if (prog.inst[i].op === Inst.ALT || prog.inst[i].op === Inst.ALT_MATCH) {
      hasAlt = true;
      break;
    }
    for (let i = 0; i < prog.inst.length; i++) {
      const inst = prog.inst[i];
      const opOut = prog.inst[inst.out].op;
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          if (opOut === Inst.MATCH || prog.inst[inst.arg].op === Inst.MATCH) return null;
          break;
        case Inst.EMPTY_WIDTH:
          if (opOut === Inst.MATCH) {
            if ((inst.arg & Utils.EMPTY_END_TEXT) === Utils.EMPTY_END_TEXT) continue;
            return null;
          }
          break;
        default:
          if (opOut === Inst.MATCH && hasAlt) return null;
      }
    }
    let p = onePassCopy(prog);
    p = makeOnePass(p);
    if (p !== null) cleanupOnePass(p, prog);
    return p;
  }
  static next(inst, r) {
    const nextIdx = inst.matchRunePos(r);
    if (nextIdx >= 0) return inst.next[nextIdx];
    if (inst.op === Inst.ALT_MATCH) return inst.out;
    return 0;
  }
  static execute(re2, input, pos, anchor, ncap) {
    const onepass = re2.onepass;
    if (!onepass) return null;
    const matchcap = new Int32Array(ncap).fill(-1);
    let matched = false;
    let r = input.step(pos);
    let rune = r >> 3;
    let width = r & 7;
    let r1 = MachineInputBase.EOF();
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r1 = input.step(pos + width);
      if (r1 !== MachineInputBase.EOF()) {
        rune1 = r1 >> 3;
        width1 = r1 & 7;
      }
    }
    let flag = pos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(pos);
    let pc = onepass.start;
    let inst;
    while (true) {
      inst = onepass.inst[pc];
      pc = inst.out;
      switch (inst.op) {
        case Inst.MATCH:
          if (anchor === RE2Flags.ANCHOR_BOTH && pos !== input.endPos()) return null;
          matched = true;
          if (matchcap.length > 0) {
            matchcap[0] = 0;
            matchcap[1] = pos;
          }
          return ncap === 0 ? [] : Utils.toArray(matchcap);
        case Inst.RUNE:
          if (!inst.matchRune(rune)) return null;
          break;
        case Inst.RUNE1:
          if (rune !== inst.runes[0]) return null;
          break;
        case Inst.RUNE_ANY:
          break;
        case Inst.RUNE_ANY_NOT_NL:
          if (rune === 10) return null;
          break;
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pc = OnePass2.next(inst, rune);
          continue;
        case Inst.FAIL:
          return null;
        case Inst.NOP:
          continue;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & ~flag) !== 0) return null;
          continue;
        case Inst.CAPTURE:
          if (inst.arg < matchcap.length) matchcap[inst.arg] = pos;
          continue;
        default:
          throw new RE2JSInternalException("bad inst");
      }
      if (width === 0) break;
      flag = Utils.emptyOpContext(rune, rune1);
      pos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r1 = input.step(pos + width);
        if (r1 !== MachineInputBase.EOF()) {
          rune1 = r1 >> 3;
          width1 = r1 & 7;
        } else {
          rune1 = -1;
          width1 = 0;
        }
      }
    }
    if (!matched) return null;
    return ncap === 0 ? [] : Utils.toArray(matchcap);
  }
};
var Regexp = class Regexp2 {
  static Op = createEnum([
    "NO_MATCH",
    "EMPTY_MATCH",
    "LITERAL",
    "CHAR_CLASS",
    "ANY_CHAR_NOT_NL",
    "ANY_CHAR",
    "BEGIN_LINE",
    "END_LINE",
    "BEGIN_TEXT",
    "END_TEXT",
    "WORD_BOUNDARY",
    "NO_WORD_BOUNDARY",
    "CAPTURE",
    "STAR",
    "PLUS",
    "QUEST",
    "REPEAT",
    "CONCAT",
    "ALTERNATE",
    "PLB",
    "NLB",
    "LEFT_PAREN",
    "VERTICAL_BAR"
  ]);
  static isPseudoOp(op) {
    return op >= Regexp2.Op.LEFT_PAREN;
  }
  static emptySubs() {
    return [];
  }
  static quoteIfHyphen(rune) {
    if (rune === Codepoint.CODES["-"]) return "\\";
    return "";
  }
  static fromRegexp(re) {
    const regex = new Regexp2(re.op);
    regex.flags = re.flags;
    regex.subs = re.subs;
    regex.runes = re.runes;
    regex.cap = re.cap;
    regex.min = re.min;
    regex.max = re.max;
    regex.name = re.name;
    regex.namedGroups = re.namedGroups;
    regex.lb = re.lb;
    return regex;
  }
  constructor(op) {
    this.op = op;
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.min = 0;
    this.max = 0;
    this.cap = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  reinit() {
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.cap = 0;
    this.min = 0;
    this.max = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  toString() {
    return this.appendTo();
  }
  appendTo() {
    let out = "";
    switch (this.op) {
      case Regexp2.Op.NO_MATCH:
        out += "[^\\x00-\\x{10FFFF}]";
        break;
      case Regexp2.Op.EMPTY_MATCH:
        out += "(?:)";
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
      case Regexp2.Op.REPEAT: {
        const sub = this.subs[0];
        if (sub.op > Regexp2.Op.CAPTURE || sub.op === Regexp2.Op.LITERAL && sub.runes.length > 1) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        switch (this.op) {
          case Regexp2.Op.STAR:
            out += "*";
            break;
          case Regexp2.Op.PLUS:
            out += "+";
            break;
          case Regexp2.Op.QUEST:
            out += "?";
            break;
          case Regexp2.Op.REPEAT:
            out += `{${this.min}`;
            if (this.min !== this.max) {
              out += ",";
              if (this.max >= 0) out += this.max;
            }
            out += "}";
        }
        if ((this.flags & RE2Flags.NON_GREEDY) !== 0) out += "?";
        break;
      }
      case Regexp2.Op.CONCAT:
        for (let sub of this.subs) if (sub.op === Regexp2.Op.ALTERNATE) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        break;
      case Regexp2.Op.ALTERNATE: {
        let sep = "";
        for (let sub of this.subs) {
          out += sep;
          sep = "|";
          out += sub.appendTo();
        }
        break;
      }
      case Regexp2.Op.LITERAL:
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += "(?i:";
        for (let rune of this.runes) out += Utils.escapeRune(rune);
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += ")";
        break;
      case Regexp2.Op.ANY_CHAR_NOT_NL:
        out += "(?-s:.)";
        break;
      case Regexp2.Op.ANY_CHAR:
        out += "(?s:.)";
        break;
      case Regexp2.Op.PLB:
        out += `(?<=${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.NLB:
        out += `(?<!${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.name === null || this.name.length === 0) out += "(";
        else out += `(?P<${this.name}>`;
        if (this.subs[0].op !== Regexp2.Op.EMPTY_MATCH) out += this.subs[0].appendTo();
        out += ")";
        break;
      case Regexp2.Op.BEGIN_TEXT:
        out += "\\A";
        break;
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== 0) out += "(?-m:$)";
        else out += "\\z";
        break;
      case Regexp2.Op.BEGIN_LINE:
        out += "^";
        break;
      case Regexp2.Op.END_LINE:
        out += "$";
        break;
      case Regexp2.Op.WORD_BOUNDARY:
        out += "\\b";
        break;
      case Regexp2.Op.NO_WORD_BOUNDARY:
        out += "\\B";
        break;
      case Regexp2.Op.CHAR_CLASS:
        if (this.runes.length % 2 !== 0) {
          out += "[invalid char class]";
          break;
        }
        out += "[";
        if (this.runes.length === 0) out += "^\\x00-\\x{10FFFF}";
        else if (this.runes[0] === 0 && this.runes[this.runes.length - 1] === Unicode.MAX_RUNE) {
          out += "^";
          for (let i = 1; i < this.runes.length - 1; i += 2) {
            const lo = this.runes[i] + 1;
            const hi = this.runes[i + 1] - 1;
            out += Regexp2.quoteIfHyphen(lo);
            out += Utils.escapeRune(lo);
            if (lo !== hi) {
              out += "-";
              out += Regexp2.quoteIfHyphen(hi);
              out += Utils.escapeRune(hi);
            }
          }
        } else for (let i = 0; i < this.runes.length; i += 2) {
          const lo = this.runes[i];
          const hi = this.runes[i + 1];
          out += Regexp2.quoteIfHyphen(lo);
          out += Utils.escapeRune(lo);
          if (lo !== hi) {
            out += "-";
            out += Regexp2.quoteIfHyphen(hi);
            out += Utils.escapeRune(hi);
          }
        }
        out += "]";
        break;
      default:
        out += this.op;
    }
    return out;
  }
  maxCap() {
    let m = 0;
    if (this.op === Regexp2.Op.CAPTURE) m = this.cap;
    if (this.subs !== null) for (let sub of this.subs) {
      const n = sub.maxCap();
      if (m < n) m = n;
    }
    return m;
  }
  equals(that) {
    if (!(that !== null && that instanceof Regexp2)) return false;
    if (this.op !== that.op) return false;
    switch (this.op) {
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== (that.flags & RE2Flags.WAS_DOLLAR)) return false;
        break;
      case Regexp2.Op.LITERAL:
      case Regexp2.Op.CHAR_CLASS:
        if ((this.flags & RE2Flags.FOLD_CASE) !== (that.flags & RE2Flags.FOLD_CASE)) return false;
        if (this.runes === null && that.runes === null) break;
        if (this.runes === null || that.runes === null) return false;
        if (this.runes.length !== that.runes.length) return false;
        for (let i = 0; i < this.runes.length; i++) if (this.runes[i] !== that.runes[i]) return false;
        break;
      case Regexp2.Op.ALTERNATE:
      case Regexp2.Op.CONCAT:
        if (this.subs.length !== that.subs.length) return false;
        for (let i = 0; i < this.subs.length; ++i) if (!this.subs[i].equals(that.subs[i])) return false;
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.REPEAT:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || this.min !== that.min || this.max !== that.max || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.cap !== that.cap || (this.name === null ? that.name !== null : this.name !== that.name) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.PLB:
      case Regexp2.Op.NLB:
        if (this.lb !== that.lb || !this.subs[0].equals(that.subs[0])) return false;
    }
    return true;
  }
};
var RegexpWalker = class {
  static walk(root, handler) {
    const stack = [];
    let re = root;
    let result;
    for (; ; ) {
      if (re.subs.length === 0) result = handler.leaf(re);
      else {
        const state = handler.enter(re);
        if (state.result === void 0) {
          stack.push({
            re,
            state,
            i: 0
          });
          re = re.subs[0];
          continue;
        }
        result = state.result;
      }
      for (; ; ) {
        if (stack.length === 0) return result;
        const frame = stack[stack.length - 1];
        handler.child(frame.re, frame.state, result, frame.i);
        frame.i++;
        if (frame.state.result === void 0 && frame.i < frame.re.subs.length) {
          re = frame.re.subs[frame.i];
          break;
        }
        stack.pop();
        result = frame.state.result !== void 0 ? frame.state.result : handler.leave(frame.re, frame.state);
      }
    }
  }
};
var AhoCorasick = class {
  constructor(words2, alphabetSize) {
    const edges = /* @__PURE__ */ new Map();
    const parent = [0];
    const unit = [0];
    const depth = [0];
    const terminal = [0];
    for (const word of words2) {
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const key = node * alphabetSize + word[i];
        let child = edges.get(key);
        if (child === void 0) {
          child = parent.length;
          edges.set(key, child);
          parent.push(node);
          unit.push(word[i]);
          depth.push(depth[node] + 1);
          terminal.push(0);
        }
        node = child;
      }
      terminal[node] = 1;
    }
    const numNodes = parent.length;
    const children = new Int32Array(numNodes - 1);
    for (let c = 1; c < numNodes; c++) children[c - 1] = c;
    children.sort((a, b) => parent[a] - parent[b] || unit[a] - unit[b]);
    const childStart = new Int32Array(numNodes + 1);
    for (let c = 1; c < numNodes; c++) childStart[parent[c] + 1]++;
    for (let n = 0; n < numNodes; n++) childStart[n + 1] += childStart[n];
    const childUnit = new Int32Array(numNodes - 1);
    for (let k = 0; k < children.length; k++) childUnit[k] = unit[children[k]];
    this.childStart = childStart;
    this.childUnit = childUnit;
    this.childNode = children;
    const byDepth = new Int32Array(numNodes);
    for (let n = 0; n < numNodes; n++) byDepth[n] = n;
    byDepth.sort((a, b) => depth[a] - depth[b]);
    const fail = new Int32Array(numNodes);
    const match = Uint8Array.from(terminal);
    for (let k = 1; k < numNodes; k++) {
      const c = byDepth[k];
      const p = parent[c];
      if (p !== 0) {
        let f = fail[p];
        let next = this.next(f, unit[c]);
        while (next < 0 && f !== 0) {
          f = fail[f];
          next = this.next(f, unit[c]);
        }
        fail[c] = next >= 0 ? next : 0;
      }
      match[c] |= match[fail[c]];
    }
    this.fail = fail;
    this.match = match;
  }
  next(node, u) {
    let lo = this.childStart[node];
    let hi = this.childStart[node + 1];
    const units = this.childUnit;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      const m = units[mid];
      if (m === u) return this.childNode[mid];
      if (m < u) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
  advance(node, u) {
    for (; ; ) {
      const next = this.next(node, u);
      if (next >= 0) return next;
      if (node === 0) return 0;
      node = this.fail[node];
    }
  }
  searchUTF16(charSeq, start, end) {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.advance(node, charSeq.charCodeAt(i));
      if (this.match[node] === 1) return true;
    }
    return false;
  }
  searchUTF8(bytes, start, end) {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.advance(node, bytes[i]);
      if (this.match[node] === 1) return true;
    }
    return false;
  }
};
var Prefilter = class Prefilter2 {
  static Type = {
    NONE: 0,
    EXACT: 1,
    AND: 2,
    OR: 3
  };
  static MAX_SCANS = 32;
  static MAX_AC_UNITS = 1 << 18;
  constructor(type) {
    this.type = type;
    this.subs = [];
    this.str = "";
    this.bytes = null;
    this.cost = type === Prefilter2.Type.EXACT ? 1 : 0;
    this.allExact = false;
    this.ac16 = null;
    this.ac8 = null;
  }
  automaton16() {
    if (this.ac16 === null) {
      const words2 = this.subs.map((s) => {
        const arr = new Array(s.str.length);
        for (let i = 0; i < s.str.length; i++) arr[i] = s.str.charCodeAt(i);
        return arr;
      });
      this.ac16 = new AhoCorasick(words2, 65536);
    }
    return this.ac16;
  }
  automaton8() {
    if (this.ac8 === null) this.ac8 = new AhoCorasick(this.subs.map((s) => s.bytes), 256);
    return this.ac8;
  }
  eval(input, pos) {
    switch (this.type) {
      case Prefilter2.Type.NONE:
        return true;
      case Prefilter2.Type.EXACT:
        return input.hasString(this, pos);
      case Prefilter2.Type.AND:
        for (let i = 0; i < this.subs.length; i++) if (!this.subs[i].eval(input, pos)) return false;
        return true;
      case Prefilter2.Type.OR:
        if (this.allExact) return input.hasAnyString(this, pos);
        for (let i = 0; i < this.subs.length; i++) if (this.subs[i].eval(input, pos)) return true;
        return false;
      default:
        return true;
    }
  }
};
var PrefilterTree = class PrefilterTree2 {
  static build(re) {
    if (!re) return new Prefilter(Prefilter.Type.NONE);
    return RegexpWalker.walk(re, PrefilterTree2.WALKER);
  }
  static WALKER = {
    leaf: (re) => PrefilterTree2.leaf(re),
    enter: (re) => PrefilterTree2.enter(re),
    child: (re, state, result) => PrefilterTree2.child(re, state, result),
    leave: (re, state) => PrefilterTree2.leave(re, state)
  };
  static leaf(re) {
    if (re.op !== Regexp.Op.LITERAL) return new Prefilter(Prefilter.Type.NONE);
    if (re.runes.length === 0 || (re.flags & RE2Flags.FOLD_CASE) !== 0) return new Prefilter(Prefilter.Type.NONE);
    let str = "";
    for (let i = 0; i < re.runes.length; i++) {
      if (Unicode.isUnsearchable(re.runes[i])) return new Prefilter(Prefilter.Type.NONE);
      str += String.fromCodePoint(re.runes[i]);
    }
    const pf = new Prefilter(Prefilter.Type.EXACT);
    pf.str = str;
    pf.bytes = Utils.stringToUtf8ByteArray(pf.str);
    return pf;
  }
  static enter(re) {
    switch (re.op) {
      case Regexp.Op.CAPTURE:
      case Regexp.Op.PLUS:
        return { sub: null };
      case Regexp.Op.REPEAT:
        if (re.min >= 1) return { sub: null };
        return { result: new Prefilter(Prefilter.Type.NONE) };
      case Regexp.Op.CONCAT:
        return {
          pf: new Prefilter(Prefilter.Type.AND),
          subs: []
        };
      case Regexp.Op.ALTERNATE:
        return {
          pf: new Prefilter(Prefilter.Type.OR),
          subs: []
        };
      default:
        return { result: new Prefilter(Prefilter.Type.NONE) };
    }
  }
  static child(re, state, s) {
    if (state.subs === void 0) {
      state.sub = s;
      return;
    }
    if (state.pf.type === Prefilter.Type.AND) {
      if (s.type === Prefilter.Type.NONE) return;
      if (s.type === Prefilter.Type.AND) {
        for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
        return;
      }
      state.subs.push(s);
      return;
    }
    if (s.type === Prefilter.Type.NONE) {
      state.result = new Prefilter(Prefilter.Type.NONE);
      return;
    }
    if (s.type === Prefilter.Type.OR) {
      for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
      return;
    }
    state.subs.push(s);
  }
  static leave(re, state) {
    if (state.subs === void 0) return state.sub;
    const pf = state.pf;
    const seen = /* @__PURE__ */ new Set();
    const subs = [];
    for (const sub of state.subs) {
      if (sub.type === Prefilter.Type.EXACT) {
        if (seen.has(sub.str)) continue;
        seen.add(sub.str);
      }
      subs.push(sub);
    }
    if (pf.type === Prefilter.Type.AND) {
      const kept = [];
      let cost2 = 0;
      for (const sub of subs) {
        if (cost2 + sub.cost > Prefilter.MAX_SCANS) continue;
        kept.push(sub);
        cost2 += sub.cost;
      }
      if (kept.length === 0) return new Prefilter(Prefilter.Type.NONE);
      if (kept.length === 1) return kept[0];
      pf.subs = kept;
      pf.cost = cost2;
      return pf;
    }
    if (subs.length === 0) return new Prefilter(Prefilter.Type.NONE);
    if (subs.length === 1) return subs[0];
    pf.subs = subs;
    let allExact = true;
    let cost = 0;
    let units = 0;
    for (const sub of subs) {
      if (sub.type !== Prefilter.Type.EXACT) allExact = false;
      else units += sub.bytes.length;
      cost += sub.cost;
    }
    if (allExact) {
      if (units > Prefilter.MAX_AC_UNITS) return new Prefilter(Prefilter.Type.NONE);
      pf.allExact = true;
      pf.cost = 1;
      return pf;
    }
    if (cost > Prefilter.MAX_SCANS) return new Prefilter(Prefilter.Type.NONE);
    pf.cost = cost;
    return pf;
  }
};
var PatchList = class {
  /**
  * @param {number} head - Encoded pointer to the start of the patch list.
  * @param {number} tail - Encoded pointer to the end of the patch list.
  */
  constructor(head = 0, tail = 0) {
    this.head = head;
    this.tail = tail;
  }
};
var Prog = class {
  constructor() {
    this.inst = [];
    this.start = 0;
    this.numCap = 2;
    this.lbStarts = [];
    this.numLb = 0;
    this.lbInst = null;
  }
  getInst(pc) {
    return this.inst[pc];
  }
  numInst() {
    return this.inst.length;
  }
  addInst(op) {
    this.inst.push(new Inst(op));
  }
  markLookbehindInsts() {
    const lbInst = new Uint8Array(this.inst.length);
    const pending = this.lbStarts.slice();
    while (pending.length > 0) {
      const pc = pending.pop();
      if (pc === 0 || lbInst[pc] === 1) continue;
      lbInst[pc] = 1;
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pending.push(i.out, i.arg);
          break;
        case Inst.MATCH:
        case Inst.FAIL:
          break;
        default:
          pending.push(i.out);
      }
    }
    this.lbInst = lbInst;
  }
  skipNop(pc) {
    let i = this.inst[pc];
    while (i.op === Inst.NOP || i.op === Inst.CAPTURE) {
      i = this.inst[pc];
      pc = i.out;
    }
    return i;
  }
  /** @returns {[boolean, string]} */
  prefix() {
    let prefix = "";
    let i = this.skipNop(this.start);
    if (!Inst.isRuneOp(i.op) || i.runes.length !== 1) return [i.op === Inst.MATCH, prefix];
    while (Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & RE2Flags.FOLD_CASE) === 0 && !Unicode.isUnsearchable(i.runes[0])) {
      prefix += String.fromCodePoint(i.runes[0]);
      i = this.skipNop(i.out);
    }
    return [i.op === Inst.MATCH, prefix];
  }
  startCond() {
    let flag = 0;
    let pc = this.start;
    loop: for (; ; ) {
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.EMPTY_WIDTH:
          flag |= i.arg;
          break;
        case Inst.FAIL:
          return -1;
        case Inst.CAPTURE:
        case Inst.NOP:
          break;
        default:
          break loop;
      }
      pc = i.out;
    }
    return flag;
  }
  patch(l, val) {
    let head = l.head;
    while (head !== 0) {
      const i = this.inst[head >> 1];
      if ((head & 1) === 0) {
        head = i.out;
        i.out = val;
      } else {
        head = i.arg;
        i.arg = val;
      }
    }
  }
  append(l1, l2) {
    if (l1.head === 0) return l2;
    if (l2.head === 0) return l1;
    const i = this.inst[l1.tail >> 1];
    if ((l1.tail & 1) === 0) i.out = l2.head;
    else i.arg = l2.head;
    return new PatchList(l1.head, l2.tail);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    let out = "";
    for (let pc = 0; pc < this.inst.length; pc++) {
      const len = out.length;
      out += pc;
      if (pc === this.start) out += "*";
      out += "        ".substring(out.length - len);
      out += this.inst[pc];
      out += "\n";
    }
    return out;
  }
};
var ANY_RUNE_NOT_NL = new Int32Array([
  0,
  Codepoint.CODES["\n"] - 1,
  Codepoint.CODES["\n"] + 1,
  Unicode.MAX_RUNE
]);
var ANY_RUNE = new Int32Array([0, Unicode.MAX_RUNE]);
var Frag = class {
  constructor(i = 0, out = new PatchList(), nullable = false) {
    this.i = i;
    this.out = out;
    this.nullable = nullable;
  }
};
var Compiler = class Compiler2 {
  static compileRegexp(re) {
    const c = new Compiler2();
    const f = c.compile(re);
    c.prog.patch(f.out, c.newInst(Inst.MATCH).i);
    c.prog.start = f.i;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  static compileSet(regexps) {
    const c = new Compiler2();
    if (regexps.length === 0) {
      c.prog.start = c.newInst(Inst.FAIL).i;
      c.prog.markLookbehindInsts();
      return c.prog;
    }
    let starts = [];
    for (let i = 0; i < regexps.length; i++) {
      c.lbOffset = c.prog.numLb;
      const f = c.compile(regexps[i]);
      const m = c.newInst(Inst.MATCH);
      c.prog.getInst(m.i).arg = i;
      c.prog.patch(f.out, m.i);
      starts.push(f.i);
    }
    let start = starts[0];
    for (let i = 1; i < starts.length; i++) {
      const f = c.newInst(Inst.ALT);
      const inst = c.prog.getInst(f.i);
      inst.out = start;
      inst.arg = starts[i];
      start = f.i;
    }
    c.prog.start = start;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  constructor() {
    this.prog = new Prog();
    this.newInst(Inst.FAIL);
    this.lbOffset = 0;
    this.runeCache = /* @__PURE__ */ new Map();
    this.walker = {
      leaf: (re) => this.leaf(re),
      enter: (re) => this.enter(re),
      child: (re, state, result) => this.child(re, state, result),
      leave: (re, state) => this.leave(re, state)
    };
  }
  newInst(op) {
    this.prog.addInst(op);
    return new Frag(this.prog.numInst() - 1, new PatchList(), true);
  }
  nop() {
    const f = this.newInst(Inst.NOP);
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  fail() {
    return new Frag();
  }
  cap(arg) {
    const f = this.newInst(Inst.CAPTURE);
    f.out = new PatchList(f.i << 1, f.i << 1);
    this.prog.getInst(f.i).arg = arg;
    if (this.prog.numCap < arg + 1) this.prog.numCap = arg + 1;
    return f;
  }
  cat(f1, f2) {
    if (f1.i === 0 || f2.i === 0) {
      this.prog.patch(f1.out, 0);
      this.prog.patch(f2.out, 0);
      return this.fail();
    }
    this.prog.patch(f1.out, f2.i);
    return new Frag(f1.i, f2.out, f1.nullable && f2.nullable);
  }
  alt(f1, f2) {
    if (f1.i === 0) return f2;
    if (f2.i === 0) return f1;
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    i.out = f1.i;
    i.arg = f2.i;
    f.out = this.prog.append(f1.out, f2.out);
    f.nullable = f1.nullable || f2.nullable;
    return f;
  }
  loop(f1, nongreedy) {
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    this.prog.patch(f1.out, f.i);
    return f;
  }
  quest(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    f.out = this.prog.append(f.out, f1.out);
    return f;
  }
  star(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
    return this.loop(f1, nongreedy);
  }
  plus(f1, nongreedy) {
    if (f1.i === 0) return this.fail();
    return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
  }
  empty(op) {
    const f = this.newInst(Inst.EMPTY_WIDTH);
    this.prog.getInst(f.i).arg = op;
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  rune(runes, flags) {
    const f = this.newInst(Inst.RUNE);
    f.nullable = false;
    const i = this.prog.getInst(f.i);
    i.runes = runes;
    flags &= RE2Flags.FOLD_CASE;
    if (runes.length !== 1 || Unicode.simpleFold(runes[0]) === runes[0]) flags &= ~RE2Flags.FOLD_CASE;
    i.arg = flags;
    f.out = new PatchList(f.i << 1, f.i << 1);
    if ((flags & RE2Flags.FOLD_CASE) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1]) i.op = Inst.RUNE1;
    else if (runes.length === 2 && runes[0] === 0 && runes[1] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY;
    else if (runes.length === 4 && runes[0] === 0 && runes[1] === Codepoint.CODES["\n"] - 1 && runes[2] === Codepoint.CODES["\n"] + 1 && runes[3] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY_NOT_NL;
    return f;
  }
  lookBehind(a, parsedLb) {
    const lb = Math.sign(parsedLb) * (Math.abs(parsedLb) + this.lbOffset);
    const id = this.newInst(Inst.LB_WRITE);
    this.prog.getInst(id.i).arg = lb;
    const any = this.rune(ANY_RUNE, 0);
    const dotStar = this.star(any, true);
    const lbAutomaton = this.cat(dotStar, a);
    this.prog.patch(lbAutomaton.out, id.i);
    const checkId = this.newInst(Inst.LB_CHECK);
    this.prog.getInst(checkId.i).arg = lb;
    this.prog.lbStarts.push(lbAutomaton.i);
    if (Math.abs(lb) > this.prog.numLb) this.prog.numLb = Math.abs(lb);
    checkId.out = new PatchList(checkId.i << 1, checkId.i << 1);
    return checkId;
  }
  compile(re) {
    return RegexpWalker.walk(re, this.walker);
  }
  leaf(re) {
    switch (re.op) {
      case Regexp.Op.NO_MATCH:
        return this.fail();
      case Regexp.Op.EMPTY_MATCH:
        return this.nop();
      case Regexp.Op.LITERAL: {
        if (re.runes.length === 0) return this.nop();
        let f = null;
        for (let r of re.runes) {
          let singleRune = this.runeCache.get(r);
          if (singleRune === void 0) {
            singleRune = new Int32Array([r]);
            this.runeCache.set(r, singleRune);
          }
          const f1 = this.rune(singleRune, re.flags);
          f = f === null ? f1 : this.cat(f, f1);
        }
        return f;
      }
      case Regexp.Op.CHAR_CLASS:
        return this.rune(re.runes, re.flags);
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return this.rune(ANY_RUNE_NOT_NL, 0);
      case Regexp.Op.ANY_CHAR:
        return this.rune(ANY_RUNE, 0);
      case Regexp.Op.BEGIN_LINE:
        return this.empty(Utils.EMPTY_BEGIN_LINE);
      case Regexp.Op.END_LINE:
        return this.empty(Utils.EMPTY_END_LINE);
      case Regexp.Op.BEGIN_TEXT:
        return this.empty(Utils.EMPTY_BEGIN_TEXT);
      case Regexp.Op.END_TEXT:
        return this.empty(Utils.EMPTY_END_TEXT);
      case Regexp.Op.WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_WORD_BOUNDARY);
      case Regexp.Op.NO_WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_NO_WORD_BOUNDARY);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return this.nop();
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  enter(re) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CAPTURE:
        return {
          bra: this.cap(re.cap << 1),
          sub: null
        };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return { f: null };
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  child(re, state, f1) {
    if (re.op === Regexp.Op.CONCAT) state.f = state.f === null ? f1 : this.cat(state.f, f1);
    else if (re.op === Regexp.Op.ALTERNATE) state.f = state.f === null ? f1 : this.alt(state.f, f1);
    else state.sub = f1;
  }
  leave(re, state) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
        return this.lookBehind(state.sub, re.lb);
      case Regexp.Op.CAPTURE: {
        const ket = this.cap(re.cap << 1 | 1);
        return this.cat(this.cat(state.bra, state.sub), ket);
      }
      case Regexp.Op.STAR:
        return this.star(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.PLUS:
        return this.plus(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.QUEST:
        return this.quest(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return state.f;
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
};
var Simplify = class Simplify2 {
  static simplify(re) {
    if (re === null) return null;
    return RegexpWalker.walk(re, Simplify2.WALKER);
  }
  static WALKER = {
    leaf: (re) => Simplify2.leaf(re),
    enter: (re) => Simplify2.enter(re),
    child: (re, state, result, i) => Simplify2.child(re, state, result, i),
    leave: (re, state) => Simplify2.leave(re, state)
  };
  static leaf(re) {
    if (re.op === Regexp.Op.CHAR_CLASS) {
      if (re.runes === null) return re;
      if (re.runes.length === 0) return new Regexp(Regexp.Op.NO_MATCH);
      if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR);
      if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR_NOT_NL);
    }
    return re;
  }
  static enter(re) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return {
          subs: [],
          changed: false
        };
      case Regexp.Op.REPEAT:
        if (re.min === 0 && re.max === 0) return { result: new Regexp(Regexp.Op.EMPTY_MATCH) };
        return { sub: null };
      default:
        return { result: re };
    }
  }
  static child(re, state, nsub, i) {
    if (state.subs === void 0) {
      state.sub = nsub;
      return;
    }
    if (nsub !== re.subs[i]) state.changed = true;
    if (re.op === Regexp.Op.CONCAT) {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.result = new Regexp(Regexp.Op.NO_MATCH);
        return;
      }
      if (nsub.op === Regexp.Op.EMPTY_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.CONCAT) {
        state.changed = true;
        for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
        return;
      }
    } else {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.ALTERNATE) {
        state.changed = true;
        for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
        return;
      }
    }
    state.subs.push(nsub);
  }
  static leave(re, state) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE: {
        const sub = state.sub;
        if (sub !== re.subs[0]) {
          const nre = Regexp.fromRegexp(re);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = [sub];
          return nre;
        }
        return re;
      }
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        if (state.changed) {
          const newSubs = state.subs;
          if (newSubs.length === 0) return new Regexp(re.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
          if (newSubs.length === 1) return newSubs[0];
          const nre = Regexp.fromRegexp(re);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = newSubs;
          return nre;
        }
        return re;
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return Simplify2.simplify1(re.op, re.flags, state.sub, re);
      case Regexp.Op.REPEAT:
        return Simplify2.simplifyRepeat(re, state.sub);
      default:
        return re;
    }
  }
  static simplifyRepeat(re, sub) {
    if (re.max === -1) {
      if (re.min === 0) return Simplify2.simplify1(Regexp.Op.STAR, re.flags, sub, null);
      if (re.min === 1) return Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null);
      const subs = [];
      for (let i = 0; i < re.min - 1; i++) subs.push(sub);
      subs.push(Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null));
      return Simplify2.concat(subs);
    }
    if (re.min === 1 && re.max === 1) return sub;
    let prefixSubs = null;
    if (re.min > 0) {
      prefixSubs = [];
      for (let i = 0; i < re.min; i++) prefixSubs.push(sub);
    }
    if (re.max > re.min) {
      let suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, sub, null);
      for (let i = re.min + 1; i < re.max; i++) suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, Simplify2.concat([sub, suffix]), null);
      if (prefixSubs === null) return suffix;
      prefixSubs.push(suffix);
    }
    if (prefixSubs !== null) return Simplify2.concat(prefixSubs);
    return new Regexp(Regexp.Op.NO_MATCH);
  }
  static concat(subs) {
    const newSubs = [];
    for (let i = 0; i < subs.length; i++) {
      const sub = subs[i];
      if (sub.op === Regexp.Op.NO_MATCH) return new Regexp(Regexp.Op.NO_MATCH);
      if (sub.op === Regexp.Op.EMPTY_MATCH) continue;
      if (sub.op === Regexp.Op.CONCAT) {
        for (let j = 0; j < sub.subs.length; j++) newSubs.push(sub.subs[j]);
        continue;
      }
      newSubs.push(sub);
    }
    if (newSubs.length === 0) return new Regexp(Regexp.Op.EMPTY_MATCH);
    if (newSubs.length === 1) return newSubs[0];
    const nre = new Regexp(Regexp.Op.CONCAT);
    nre.subs = newSubs;
    return nre;
  }
  static simplify1(op, flags, sub, re) {
    if (sub.op === Regexp.Op.EMPTY_MATCH) return sub;
    if (sub.op === Regexp.Op.NO_MATCH) {
      if (op === Regexp.Op.PLUS) return sub;
      return new Regexp(Regexp.Op.EMPTY_MATCH);
    }
    if (op === sub.op && (flags & RE2Flags.NON_GREEDY) === (sub.flags & RE2Flags.NON_GREEDY)) return sub;
    if (re !== null && re.op === op && (re.flags & RE2Flags.NON_GREEDY) === (flags & RE2Flags.NON_GREEDY) && sub === re.subs[0]) return re;
    const nre = new Regexp(op);
    nre.flags = flags;
    nre.subs = [sub];
    return nre;
  }
};
var CharGroup = class {
  constructor(sign, cls) {
    this.sign = sign;
    this.cls = cls;
  }
};
var code1 = [48, 57];
var code2 = [
  9,
  10,
  12,
  13,
  32,
  32
];
var code3 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var PERL_GROUPS = /* @__PURE__ */ new Map([
  ["\\d", new CharGroup(1, code1)],
  ["\\D", new CharGroup(-1, code1)],
  ["\\s", new CharGroup(1, code2)],
  ["\\S", new CharGroup(-1, code2)],
  ["\\w", new CharGroup(1, code3)],
  ["\\W", new CharGroup(-1, code3)]
]);
var code4 = [
  48,
  57,
  65,
  90,
  97,
  122
];
var code5 = [
  65,
  90,
  97,
  122
];
var code6 = [0, 127];
var code7 = [
  9,
  9,
  32,
  32
];
var code8 = [
  0,
  31,
  127,
  127
];
var code9 = [48, 57];
var code10 = [33, 126];
var code11 = [97, 122];
var code12 = [32, 126];
var code13 = [
  33,
  47,
  58,
  64,
  91,
  96,
  123,
  126
];
var code14 = [
  9,
  13,
  32,
  32
];
var code15 = [65, 90];
var code16 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var code17 = [
  48,
  57,
  65,
  70,
  97,
  102
];
var POSIX_GROUPS = /* @__PURE__ */ new Map([
  ["[:alnum:]", new CharGroup(1, code4)],
  ["[:^alnum:]", new CharGroup(-1, code4)],
  ["[:alpha:]", new CharGroup(1, code5)],
  ["[:^alpha:]", new CharGroup(-1, code5)],
  ["[:ascii:]", new CharGroup(1, code6)],
  ["[:^ascii:]", new CharGroup(-1, code6)],
  ["[:blank:]", new CharGroup(1, code7)],
  ["[:^blank:]", new CharGroup(-1, code7)],
  ["[:cntrl:]", new CharGroup(1, code8)],
  ["[:^cntrl:]", new CharGroup(-1, code8)],
  ["[:digit:]", new CharGroup(1, code9)],
  ["[:^digit:]", new CharGroup(-1, code9)],
  ["[:graph:]", new CharGroup(1, code10)],
  ["[:^graph:]", new CharGroup(-1, code10)],
  ["[:lower:]", new CharGroup(1, code11)],
  ["[:^lower:]", new CharGroup(-1, code11)],
  ["[:print:]", new CharGroup(1, code12)],
  ["[:^print:]", new CharGroup(-1, code12)],
  ["[:punct:]", new CharGroup(1, code13)],
  ["[:^punct:]", new CharGroup(-1, code13)],
  ["[:space:]", new CharGroup(1, code14)],
  ["[:^space:]", new CharGroup(-1, code14)],
  ["[:upper:]", new CharGroup(1, code15)],
  ["[:^upper:]", new CharGroup(-1, code15)],
  ["[:word:]", new CharGroup(1, code16)],
  ["[:^word:]", new CharGroup(-1, code16)],
  ["[:xdigit:]", new CharGroup(1, code17)],
  ["[:^xdigit:]", new CharGroup(-1, code17)]
]);
var CharClass = class CharClass2 {
  static charClassToString(r, len) {
    let result = "[";
    for (let i = 0; i < len; i += 2) {
      if (i > 0) result += " ";
      const lo = r[i];
      const hi = r[i + 1];
      if (lo === hi) result += `0x${lo.toString(16)}`;
      else result += `0x${lo.toString(16)}-0x${hi.toString(16)}`;
    }
    result += "]";
    return result;
  }
  static sortRanges(array, len) {
    const n = len >> 1;
    const order = new Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => array[2 * a] - array[2 * b] || array[2 * b + 1] - array[2 * a + 1]);
    const sorted = array.slice(0, len);
    for (let i = 0; i < n; i++) {
      array[2 * i] = sorted[2 * order[i]];
      array[2 * i + 1] = sorted[2 * order[i] + 1];
    }
  }
  /**
  * @param {number[]|Int32Array} [r]
  */
  constructor(r = Utils.emptyInts()) {
    this.r = r;
    this.len = r.length;
  }
  toArray() {
    if (this.r instanceof Int32Array) return this.len === this.r.length ? this.r : this.r.subarray(0, this.len);
    return new Int32Array(this.len === this.r.length ? this.r : this.r.slice(0, this.len));
  }
  toGrowableArray() {
    if (Array.isArray(this.r)) {
      this.r.length = this.len;
      return this.r;
    }
    return Array.from(this.r.subarray(0, this.len));
  }
  cleanClass() {
    if (this.len < 4) return this;
    CharClass2.sortRanges(this.r, this.len);
    let w = 2;
    for (let i = 2; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (lo <= this.r[w - 1] + 1) {
        if (hi > this.r[w - 1]) this.r[w - 1] = hi;
        continue;
      }
      this.r[w] = lo;
      this.r[w + 1] = hi;
      w += 2;
    }
    this.len = w;
    return this;
  }
  appendLiteral(x, flags) {
    return (flags & RE2Flags.FOLD_CASE) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
  }
  appendRange(lo, hi) {
    if (this.len > 0) {
      for (let i = 2; i <= 4; i += 2) if (this.len >= i) {
        const rlo = this.r[this.len - i];
        const rhi = this.r[this.len - i + 1];
        if (lo <= rhi + 1 && rlo <= hi + 1) {
          if (lo < rlo) this.r[this.len - i] = lo;
          if (hi > rhi) this.r[this.len - i + 1] = hi;
          return this;
        }
      }
    }
    this.r[this.len++] = lo;
    this.r[this.len++] = hi;
    return this;
  }
  appendFoldedRange(lo, hi) {
    if (lo <= Unicode.MIN_FOLD && hi >= Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (hi < Unicode.MIN_FOLD || lo > Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (lo < Unicode.MIN_FOLD) {
      this.appendRange(lo, Unicode.MIN_FOLD - 1);
      lo = Unicode.MIN_FOLD;
    }
    if (hi > Unicode.MAX_FOLD) {
      this.appendRange(Unicode.MAX_FOLD + 1, hi);
      hi = Unicode.MAX_FOLD;
    }
    for (let c = lo; c <= hi; c++) {
      this.appendRange(c, c);
      for (let f = Unicode.simpleFold(c); f !== c; f = Unicode.simpleFold(f)) this.appendRange(f, f);
    }
    return this;
  }
  appendClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendRange(x[i], x[i + 1]);
    return this;
  }
  appendFoldedClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendFoldedRange(x[i], x[i + 1]);
    return this;
  }
  appendNegatedClass(x) {
    let nextLo = 0;
    for (let i = 0; i < x.length; i += 2) {
      const lo = x[i];
      const hi = x[i + 1];
      if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
      nextLo = hi + 1;
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTable(table3) {
    for (let i = 0; i < table3.length; ++i) {
      const lo = table3.getLo(i);
      const hi = table3.getHi(i);
      const stride = table3.getStride(i);
      if (stride === 1) {
        this.appendRange(lo, hi);
        continue;
      }
      for (let c = lo; c <= hi; c += stride) this.appendRange(c, c);
    }
    return this;
  }
  appendNegatedTable(table3) {
    let nextLo = 0;
    for (let i = 0; i < table3.length; ++i) {
      const lo = table3.getLo(i);
      const hi = table3.getHi(i);
      const stride = table3.getStride(i);
      if (stride === 1) {
        if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
        nextLo = hi + 1;
        continue;
      }
      for (let c = lo; c <= hi; c += stride) {
        if (nextLo <= c - 1) this.appendRange(nextLo, c - 1);
        nextLo = c + 1;
      }
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTableWithSign(table3, sign) {
    return sign < 0 ? this.appendNegatedTable(table3) : this.appendTable(table3);
  }
  negateClass() {
    let nextLo = 0;
    let w = 0;
    for (let i = 0; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (nextLo <= lo - 1) {
        this.r[w] = nextLo;
        this.r[w + 1] = lo - 1;
        w += 2;
      }
      nextLo = hi + 1;
    }
    this.len = w;
    if (nextLo <= Unicode.MAX_RUNE) {
      this.r[this.len++] = nextLo;
      this.r[this.len++] = Unicode.MAX_RUNE;
    }
    return this;
  }
  appendClassWithSign(x, sign) {
    return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
  }
  appendGroup(g, foldCase) {
    let cls = g.cls;
    if (foldCase) cls = new CharClass2().appendFoldedClass(cls).cleanClass().toArray();
    return this.appendClassWithSign(cls, g.sign);
  }
  toString() {
    return CharClass2.charClassToString(this.r, this.len);
  }
};
var StringIterator = class {
  constructor(str) {
    this.str = str;
    this.position = 0;
  }
  pos() {
    return this.position;
  }
  rewindTo(pos) {
    this.position = pos;
  }
  more() {
    return this.position < this.str.length;
  }
  peek() {
    return this.str.codePointAt(this.position);
  }
  skip(n) {
    this.position += n;
  }
  skipString(s) {
    this.position += s.length;
  }
  pop() {
    const r = this.str.codePointAt(this.position);
    this.position += Utils.charCount(r);
    return r;
  }
  lookingAt(s) {
    return this.str.startsWith(s, this.position);
  }
  rest() {
    return this.str.substring(this.position);
  }
  from(beforePos) {
    return this.str.substring(beforePos, this.position);
  }
  toString() {
    return this.rest();
  }
};
var Parser = class Parser2 {
  static ERR_INTERNAL_ERROR = "regexp/syntax: internal error";
  static ERR_INVALID_CHAR_RANGE = "invalid character class range";
  static ERR_INVALID_ESCAPE = "invalid escape sequence";
  static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
  static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
  static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
  static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
  static ERR_MISSING_BRACKET = "missing closing ]";
  static ERR_MISSING_PAREN = "missing closing )";
  static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
  static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
  static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
  static ERR_UNEXPECTED_PAREN = "unexpected )";
  static ERR_NESTING_DEPTH = "expression nests too deeply";
  static ERR_LARGE = "expression too large";
  static ERR_INVALID_CAPTURE_IN_LOOKBEHIND = "invalid capture in lookbehind";
  static MAX_HEIGHT = 1e3;
  static MAX_SIZE = 1398101;
  static MAX_RUNES = 33554432;
  static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    Unicode.MAX_RUNE,
    1
  ]));
  static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1
  ]));
  static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1,
    383,
    383,
    1,
    8490,
    8490,
    1
  ]));
  static unicodeTable(name) {
    if (name === "Any") return {
      tab: Parser2.ANY_TABLE,
      fold: Parser2.ANY_TABLE,
      sign: 1
    };
    if (name === "Ascii") return {
      tab: Parser2.ASCII_TABLE,
      fold: Parser2.ASCII_FOLD_TABLE,
      sign: 1
    };
    if (name === "Assigned") return {
      tab: UnicodeTables.CATEGORIES.get("Cn"),
      fold: UnicodeTables.CATEGORIES.get("Cn"),
      sign: -1
    };
    if (name === "Lc") return {
      tab: UnicodeTables.CATEGORIES.get("LC"),
      fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
      sign: 1
    };
    if (UnicodeTables.CATEGORIES.has(name)) return {
      tab: UnicodeTables.CATEGORIES.get(name),
      fold: UnicodeTables.FOLD_CATEGORIES.get(name),
      sign: 1
    };
    if (UnicodeTables.SCRIPTS.has(name)) return {
      tab: UnicodeTables.SCRIPTS.get(name),
      fold: UnicodeTables.FOLD_SCRIPT.get(name),
      sign: 1
    };
    return null;
  }
  static minFoldRune(r) {
    if (r < Unicode.MIN_FOLD || r > Unicode.MAX_FOLD) return r;
    let min = r;
    const r0 = r;
    for (r = Unicode.simpleFold(r); r !== r0; r = Unicode.simpleFold(r)) if (min > r) min = r;
    return min;
  }
  static leadingRegexp(re) {
    if (re.op === Regexp.Op.EMPTY_MATCH) return null;
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      const sub = re.subs[0];
      if (sub.op === Regexp.Op.EMPTY_MATCH) return null;
      return sub;
    }
    return re;
  }
  static literalRegexp(s, flags) {
    const re = new Regexp(Regexp.Op.LITERAL);
    re.flags = flags;
    re.runes = Utils.stringToRunes(s);
    return re;
  }
  /**
  * Parse regular expression pattern {@code pattern} with mode flags {@code flags}.
  * @param {string} pattern
  * @param {number} flags
  */
  static parse(pattern, flags) {
    return new Parser2(pattern, flags).parseInternal();
  }
  static parseRepeat(t) {
    const start = t.pos();
    if (!t.more() || !t.lookingAt("{")) return -1;
    t.skip(1);
    const min = Parser2.parseInt(t);
    if (min === -1) return -1;
    if (!t.more()) return -1;
    let max;
    if (!t.lookingAt(",")) max = min;
    else {
      t.skip(1);
      if (!t.more()) return -1;
      if (t.lookingAt("}")) max = -1;
      else if ((max = Parser2.parseInt(t)) === -1) return -1;
    }
    if (!t.more() || !t.lookingAt("}")) return -1;
    t.skip(1);
    if (min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(start));
    return min << 16 | max & Unicode.MAX_BMP;
  }
  static isValidCaptureName(name) {
    if (name.length === 0) return false;
    for (let i = 0; i < name.length; i++) {
      const c = name.codePointAt(i);
      if (c !== Codepoint.CODES["_"] && !Utils.isalnum(c)) return false;
    }
    return true;
  }
  static parseInt(t) {
    const start = t.pos();
    while (t.more() && t.peek() >= Codepoint.CODES["0"] && t.peek() <= Codepoint.CODES["9"]) t.skip(1);
    const n = t.from(start);
    if (n.length === 0 || n.length > 1 && n.codePointAt(0) === Codepoint.CODES["0"]) return -1;
    if (n.length > 8) return -2;
    return parseInt(n, 10);
  }
  static isCharClass(re) {
    return re.op === Regexp.Op.LITERAL && re.runes.length === 1 || re.op === Regexp.Op.CHAR_CLASS || re.op === Regexp.Op.ANY_CHAR_NOT_NL || re.op === Regexp.Op.ANY_CHAR;
  }
  static matchRune(re, r) {
    switch (re.op) {
      case Regexp.Op.LITERAL:
        return re.runes.length === 1 && re.runes[0] === r;
      case Regexp.Op.CHAR_CLASS:
        for (let i = 0; i < re.runes.length; i += 2) if (re.runes[i] <= r && r <= re.runes[i + 1]) return true;
        return false;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return r !== Codepoint.CODES["\n"];
      case Regexp.Op.ANY_CHAR:
        return true;
    }
    return false;
  }
  static mergeCharClass(dst, src) {
    switch (dst.op) {
      case Regexp.Op.ANY_CHAR:
        break;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        if (Parser2.matchRune(src, Codepoint.CODES["\n"])) dst.op = Regexp.Op.ANY_CHAR;
        break;
      case Regexp.Op.CHAR_CLASS: {
        const cc = new CharClass(Array.isArray(dst.runes) ? dst.runes : Array.from(dst.runes));
        if (src.op === Regexp.Op.LITERAL) cc.appendLiteral(src.runes[0], src.flags);
        else cc.appendClass(src.runes);
        dst.runes = cc.toGrowableArray();
        break;
      }
      case Regexp.Op.LITERAL:
        if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
        dst.op = Regexp.Op.CHAR_CLASS;
        dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toGrowableArray();
    }
  }
  static parseEscape(t) {
    const startPos = t.pos();
    t.skip(1);
    if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_TRAILING_BACKSLASH);
    let c = t.pop();
    bigswitch: switch (c) {
      case Codepoint.CODES["1"]:
      case Codepoint.CODES["2"]:
      case Codepoint.CODES["3"]:
      case Codepoint.CODES["4"]:
      case Codepoint.CODES["5"]:
      case Codepoint.CODES["6"]:
      case Codepoint.CODES["7"]:
        if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
      case Codepoint.CODES["0"]: {
        let r = c - Codepoint.CODES["0"];
        for (let i = 1; i < 3; i++) {
          if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
          r = r * 8 + t.peek() - Codepoint.CODES["0"];
          t.skip(1);
        }
        return r;
      }
      case Codepoint.CODES["x"]: {
        if (!t.more()) break;
        c = t.pop();
        if (c === Codepoint.CODES["{"]) {
          let nhex = 0;
          let r = 0;
          while (true) {
            if (!t.more()) break bigswitch;
            c = t.pop();
            if (c === Codepoint.CODES["}"]) break;
            const v = Utils.unhex(c);
            if (v < 0) break bigswitch;
            r = r * 16 + v;
            if (r > Unicode.MAX_RUNE) break bigswitch;
            nhex++;
          }
          if (nhex === 0) break bigswitch;
          return r;
        }
        const x = Utils.unhex(c);
        if (!t.more()) break;
        c = t.pop();
        const y = Utils.unhex(c);
        if (x < 0 || y < 0) break;
        return x * 16 + y;
      }
      case Codepoint.CODES["a"]:
        return Codepoint.CODES["\x07"];
      case Codepoint.CODES["f"]:
        return Codepoint.CODES["\f"];
      case Codepoint.CODES["n"]:
        return Codepoint.CODES["\n"];
      case Codepoint.CODES["r"]:
        return Codepoint.CODES["\r"];
      case Codepoint.CODES["t"]:
        return Codepoint.CODES["	"];
      case Codepoint.CODES["v"]:
        return Codepoint.CODES["\v"];
      default:
        if (c <= Unicode.MAX_ASCII && !Utils.isalnum(c)) return c;
    }
    throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, t.from(startPos));
  }
  static parseClassChar(t, wholeClassPos) {
    if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_BRACKET, t.from(wholeClassPos));
    if (t.lookingAt("\\")) return Parser2.parseEscape(t);
    return t.pop();
  }
  static hasCapture(re) {
    if (re === null) return false;
    if (re.op === Regexp.Op.CAPTURE) return true;
    if (re.subs) {
      for (let sub of re.subs) if (Parser2.hasCapture(sub)) return true;
    }
    return false;
  }
  constructor(wholeRegexp, flags = 0) {
    this.wholeRegexp = wholeRegexp;
    this.flags = flags;
    this.numCap = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.stack = [];
    this.free = null;
    this.numRegexp = 0;
    this.numRunes = 0;
    this.repeats = 0;
    this.height = null;
    this.size = null;
    this.nlb = 0;
  }
  newRegexp(op) {
    let re = this.free;
    if (re !== null && re.subs !== null && re.subs.length > 0) {
      this.free = re.subs[0];
      re.reinit();
      re.op = op;
    } else {
      re = new Regexp(op);
      this.numRegexp += 1;
    }
    return re;
  }
  reuse(re) {
    if (this.height !== null && this.height.has(re)) this.height.delete(re);
    if (re.subs !== null && re.subs.length > 0) re.subs[0] = this.free;
    this.free = re;
  }
  checkLimits(re) {
    if (this.numRunes > Parser2.MAX_RUNES) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
    this.checkSize(re);
    this.checkHeight(re);
  }
  checkSize(re) {
    if (this.size === null) {
      if (this.repeats === 0) this.repeats = 1;
      if (re.op === Regexp.Op.REPEAT) {
        let n = re.max;
        if (n === -1) n = re.min;
        if (n <= 0) n = 1;
        if (n > Math.floor(Parser2.MAX_SIZE / this.repeats)) this.repeats = Parser2.MAX_SIZE;
        else this.repeats *= n;
      }
      if (this.numRegexp < Math.floor(Parser2.MAX_SIZE / this.repeats)) return;
      this.size = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkSize(reEx);
    }
    if (this.calcSize(re, true) > Parser2.MAX_SIZE) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
  }
  calcSize(re, force = false) {
    if (!force && this.size !== null) {
      if (this.size.has(re)) return this.size.get(re);
    }
    let size2 = 0;
    switch (re.op) {
      case Regexp.Op.LITERAL:
        size2 = re.runes.length;
        break;
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
        size2 = 2 + this.calcSize(re.subs[0]);
        break;
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        size2 = 1 + this.calcSize(re.subs[0]);
        break;
      case Regexp.Op.CONCAT:
        for (let sub of re.subs) size2 = size2 + this.calcSize(sub);
        break;
      case Regexp.Op.ALTERNATE:
        for (let sub of re.subs) size2 = size2 + this.calcSize(sub);
        if (re.subs.length > 1) size2 = size2 + re.subs.length - 1;
        break;
      case Regexp.Op.REPEAT: {
        let sub = this.calcSize(re.subs[0]);
        if (re.max === -1) {
          if (re.min === 0) size2 = 2 + sub;
          else size2 = 1 + re.min * sub;
          break;
        }
        size2 = re.max * sub + (re.max - re.min);
        break;
      }
    }
    size2 = Math.max(1, size2);
    if (this.size === null) this.size = /* @__PURE__ */ new Map();
    this.size.set(re, size2);
    return size2;
  }
  checkHeight(re) {
    if (this.numRegexp < Parser2.MAX_HEIGHT) return;
    if (this.height === null) {
      this.height = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkHeight(reEx);
    }
    if (this.calcHeight(re, true) > Parser2.MAX_HEIGHT) throw new RE2JSSyntaxException(Parser2.ERR_NESTING_DEPTH);
  }
  calcHeight(re, force = false) {
    if (!force && this.height !== null) {
      if (this.height.has(re)) return this.height.get(re);
    }
    let h = 1;
    for (let sub of re.subs) {
      const hsub = this.calcHeight(sub);
      if (h < 1 + hsub) h = 1 + hsub;
    }
    if (this.height === null) this.height = /* @__PURE__ */ new Map();
    this.height.set(re, h);
    return h;
  }
  pop() {
    return this.stack.pop();
  }
  popToPseudo() {
    const n = this.stack.length;
    let i = n;
    while (i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op)) i--;
    return this.stack.splice(i, n - i);
  }
  push(re) {
    this.numRunes += re.runes.length;
    if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] === re.runes[1]) {
      if (this.maybeConcat(re.runes[0], this.flags & ~RE2Flags.FOLD_CASE)) return null;
      re.op = Regexp.Op.LITERAL;
      re.runes = [re.runes[0]];
      re.flags = this.flags & ~RE2Flags.FOLD_CASE;
    } else if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 4 && re.runes[0] === re.runes[1] && re.runes[2] === re.runes[3] && Unicode.simpleFold(re.runes[0]) === re.runes[2] && Unicode.simpleFold(re.runes[2]) === re.runes[0] || re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] + 1 === re.runes[1] && Unicode.simpleFold(re.runes[0]) === re.runes[1] && Unicode.simpleFold(re.runes[1]) === re.runes[0]) {
      if (this.maybeConcat(re.runes[0], this.flags | RE2Flags.FOLD_CASE)) return null;
      re.op = Regexp.Op.LITERAL;
      re.runes = [re.runes[0]];
      re.flags = this.flags | RE2Flags.FOLD_CASE;
    } else this.maybeConcat(-1, 0);
    this.stack.push(re);
    this.checkLimits(re);
    return re;
  }
  maybeConcat(r, flags) {
    const n = this.stack.length;
    if (n < 2) return false;
    const re1 = this.stack[n - 1];
    const re2 = this.stack[n - 2];
    if (re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & RE2Flags.FOLD_CASE) !== (re2.flags & RE2Flags.FOLD_CASE)) return false;
    if (!Array.isArray(re2.runes)) re2.runes = Array.from(re2.runes);
    for (let i = 0; i < re1.runes.length; i++) re2.runes.push(re1.runes[i]);
    if (r >= 0) {
      re1.runes = [r];
      re1.flags = flags;
      return true;
    }
    this.pop();
    this.reuse(re1);
    return false;
  }
  newLiteral(r, flags) {
    const re = this.newRegexp(Regexp.Op.LITERAL);
    re.flags = flags;
    if ((flags & RE2Flags.FOLD_CASE) !== 0) r = Parser2.minFoldRune(r);
    re.runes = [r];
    return re;
  }
  literal(r) {
    this.push(this.newLiteral(r, this.flags));
  }
  op(op) {
    const re = this.newRegexp(op);
    re.flags = this.flags;
    return this.push(re);
  }
  repeat(op, min, max, beforePos, t, lastRepeatPos) {
    let flags = this.flags;
    if ((flags & RE2Flags.PERL_X) !== 0) {
      if (t.more() && t.lookingAt("?")) {
        t.skip(1);
        flags ^= RE2Flags.NON_GREEDY;
      }
      if (lastRepeatPos !== -1) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
    }
    const n = this.stack.length;
    if (n === 0) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const sub = this.stack[n - 1];
    if (Regexp.isPseudoOp(sub.op)) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const re = this.newRegexp(op);
    re.min = min;
    re.max = max;
    re.flags = flags;
    re.subs = [sub];
    this.stack[n - 1] = re;
    this.checkLimits(re);
    if (op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re, 1e3)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
  }
  repeatIsValid(re, n) {
    if (re.op === Regexp.Op.REPEAT) {
      let m = re.max;
      if (m === 0) return true;
      if (m < 0) m = re.min;
      if (m > n) return false;
      if (m > 0) n = Math.trunc(n / m);
    }
    for (let sub of re.subs) if (!this.repeatIsValid(sub, n)) return false;
    return true;
  }
  concat() {
    this.maybeConcat(-1, 0);
    const subs = this.popToPseudo();
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.CONCAT));
  }
  alternate() {
    const subs = this.popToPseudo();
    if (subs.length > 0) this.cleanAlt(subs[subs.length - 1]);
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.NO_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
  }
  cleanAlt(re) {
    if (re.op === Regexp.Op.CHAR_CLASS) {
      re.runes = new CharClass(Array.from(re.runes)).cleanClass().toArray();
      if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) {
        re.runes = /* @__PURE__ */ new Int32Array(0);
        re.op = Regexp.Op.ANY_CHAR;
      } else if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) {
        re.runes = /* @__PURE__ */ new Int32Array(0);
        re.op = Regexp.Op.ANY_CHAR_NOT_NL;
      }
    }
  }
  collapse(subs, op) {
    if (subs.length === 1) return subs[0];
    let len = 0;
    for (let sub of subs) len += sub.op === op ? sub.subs.length : 1;
    let newsubs = new Array(len).fill(null);
    let i = 0;
    for (let sub of subs) if (sub.op === op) {
      for (let j = 0; j < sub.subs.length; j++) newsubs[i++] = sub.subs[j];
      this.reuse(sub);
    } else newsubs[i++] = sub;
    let re = this.newRegexp(op);
    re.subs = newsubs;
    if (op === Regexp.Op.ALTERNATE) {
      re.subs = this.factor(re.subs);
      if (re.subs.length === 1) {
        const old = re;
        re = re.subs[0];
        this.reuse(old);
      }
    }
    return re;
  }
  factor(array) {
    if (array.length < 2) return array;
    let s = 0;
    let lensub = array.length;
    let lenout = 0;
    let str = null;
    let strlen = 0;
    let strflags = 0;
    let start = 0;
    for (let i = 0; i <= lensub; i++) {
      let istr = null;
      let istrlen = 0;
      let iflags = 0;
      if (i < lensub) {
        let re = array[s + i];
        if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) re = re.subs[0];
        if (re.op === Regexp.Op.LITERAL) {
          istr = re.runes;
          istrlen = re.runes.length;
          iflags = re.flags & RE2Flags.FOLD_CASE;
        }
        if (iflags === strflags) {
          let same = 0;
          while (same < strlen && same < istrlen && str[same] === istr[same]) same++;
          if (same > 0) {
            strlen = same;
            continue;
          }
        }
      }
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        const prefix = this.newRegexp(Regexp.Op.LITERAL);
        prefix.flags = strflags;
        prefix.runes = str.slice(0, strlen);
        for (let j = start; j < i; j++) {
          array[s + j] = this.removeLeadingString(array[s + j], strlen);
          this.checkLimits(array[s + j]);
        }
        const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
        const re = this.newRegexp(Regexp.Op.CONCAT);
        re.subs = [prefix, suffix];
        array[lenout++] = re;
      }
      start = i;
      str = istr;
      strlen = istrlen;
      strflags = iflags;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    let first = null;
    for (let i = 0; i <= lensub; i++) {
      let ifirst = null;
      if (i < lensub) {
        ifirst = Parser2.leadingRegexp(array[s + i]);
        if (first !== null && first.equals(ifirst) && (Parser2.isCharClass(first) || first.op === Regexp.Op.REPEAT && first.min === first.max && Parser2.isCharClass(first.subs[0]))) continue;
      }
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        const prefix = first;
        for (let j = start; j < i; j++) {
          const reuse = j !== start;
          array[s + j] = this.removeLeadingRegexp(array[s + j], reuse);
          this.checkLimits(array[s + j]);
        }
        const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
        const re = this.newRegexp(Regexp.Op.CONCAT);
        re.subs = [prefix, suffix];
        array[lenout++] = re;
      }
      start = i;
      first = ifirst;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    for (let i = 0; i <= lensub; i++) {
      if (i < lensub && Parser2.isCharClass(array[s + i])) continue;
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        let max = start;
        for (let j = start + 1; j < i; j++) {
          const subMax = array[s + max];
          const subJ = array[s + j];
          if (subMax.op < subJ.op || subMax.op === subJ.op && (subMax.runes !== null ? subMax.runes.length : 0) < (subJ.runes !== null ? subJ.runes.length : 0)) max = j;
        }
        const tmp = array[s + start];
        array[s + start] = array[s + max];
        array[s + max] = tmp;
        for (let j = start + 1; j < i; j++) {
          Parser2.mergeCharClass(array[s + start], array[s + j]);
          this.reuse(array[s + j]);
        }
        this.cleanAlt(array[s + start]);
        array[lenout++] = array[s + start];
      }
      if (i < lensub) array[lenout++] = array[s + i];
      start = i + 1;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    for (let i = 0; i < lensub; ++i) {
      if (i + 1 < lensub && array[s + i].op === Regexp.Op.EMPTY_MATCH && array[s + i + 1].op === Regexp.Op.EMPTY_MATCH) continue;
      array[lenout++] = array[s + i];
    }
    lensub = lenout;
    s = 0;
    return array.slice(s, lensub);
  }
  removeLeadingString(re, n) {
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      const sub = this.removeLeadingString(re.subs[0], n);
      re.subs[0] = sub;
      if (sub.op === Regexp.Op.EMPTY_MATCH) {
        this.reuse(sub);
        switch (re.subs.length) {
          case 0:
          case 1:
            re.op = Regexp.Op.EMPTY_MATCH;
            re.subs = Regexp.emptySubs();
            break;
          case 2: {
            const old = re;
            re = re.subs[1];
            this.reuse(old);
            break;
          }
          default:
            re.subs = re.subs.slice(1, re.subs.length);
        }
      }
      return re;
    }
    if (re.op === Regexp.Op.LITERAL) {
      re.runes = re.runes.slice(n, re.runes.length);
      if (re.runes.length === 0) re.op = Regexp.Op.EMPTY_MATCH;
    }
    return re;
  }
  removeLeadingRegexp(re, reuse) {
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      if (reuse) this.reuse(re.subs[0]);
      re.subs = re.subs.slice(1, re.subs.length);
      switch (re.subs.length) {
        case 0:
          re.op = Regexp.Op.EMPTY_MATCH;
          re.subs = Regexp.emptySubs();
          break;
        case 1: {
          const old = re;
          re = re.subs[0];
          this.reuse(old);
          break;
        }
      }
      return re;
    }
    if (reuse) this.reuse(re);
    return this.newRegexp(Regexp.Op.EMPTY_MATCH);
  }
  parseInternal() {
    if ((this.flags & RE2Flags.LITERAL) !== 0) return Parser2.literalRegexp(this.wholeRegexp, this.flags);
    let lastRepeatPos = -1;
    let min = -1;
    let max = -1;
    const t = new StringIterator(this.wholeRegexp);
    while (t.more()) {
      let repeatPos = -1;
      bigswitch: switch (t.peek()) {
        case Codepoint.CODES["("]:
          if ((this.flags & RE2Flags.LOOKBEHIND) !== 0) {
            if (t.lookingAt("(?<=")) {
              this.parsePosLookBehind();
              t.skip(4);
              break;
            }
            if (t.lookingAt("(?<!")) {
              this.parseNegLookBehind();
              t.skip(4);
              break;
            }
          }
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.lookingAt("(?")) {
            this.parsePerlFlags(t);
            break;
          }
          this.op(Regexp.Op.LEFT_PAREN).cap = ++this.numCap;
          t.skip(1);
          break;
        case Codepoint.CODES["|"]:
          this.parseVerticalBar();
          t.skip(1);
          break;
        case Codepoint.CODES[")"]:
          this.parseRightParen();
          t.skip(1);
          break;
        case Codepoint.CODES["^"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.BEGIN_TEXT);
          else this.op(Regexp.Op.BEGIN_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["$"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.END_TEXT).flags |= RE2Flags.WAS_DOLLAR;
          else this.op(Regexp.Op.END_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["."]:
          if ((this.flags & RE2Flags.DOT_NL) !== 0) this.op(Regexp.Op.ANY_CHAR);
          else this.op(Regexp.Op.ANY_CHAR_NOT_NL);
          t.skip(1);
          break;
        case Codepoint.CODES["["]:
          this.parseClass(t);
          break;
        case Codepoint.CODES["*"]:
        case Codepoint.CODES["+"]:
        case Codepoint.CODES["?"]: {
          repeatPos = t.pos();
          let op = null;
          switch (t.pop()) {
            case Codepoint.CODES["*"]:
              op = Regexp.Op.STAR;
              break;
            case Codepoint.CODES["+"]:
              op = Regexp.Op.PLUS;
              break;
            case Codepoint.CODES["?"]:
              op = Regexp.Op.QUEST;
          }
          this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["{"]: {
          const before = t.pos();
          const minMax = Parser2.parseRepeat(t);
          if (minMax < 0) {
            t.rewindTo(before);
            this.literal(t.pop());
            break;
          }
          repeatPos = before;
          min = minMax >> 16;
          max = (minMax & Unicode.MAX_BMP) << 16 >> 16;
          this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["\\"]: {
          const savedPos = t.pos();
          t.skip(1);
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.more()) switch (t.pop()) {
            case Codepoint.CODES["A"]:
              this.op(Regexp.Op.BEGIN_TEXT);
              break bigswitch;
            case Codepoint.CODES["b"]:
              this.op(Regexp.Op.WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["B"]:
              this.op(Regexp.Op.NO_WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["C"]:
              throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, "\\C");
            case Codepoint.CODES["Q"]: {
              let lit = t.rest();
              const i = lit.indexOf("\\E");
              if (i >= 0) {
                lit = lit.substring(0, i);
                t.skipString(lit);
                t.skipString("\\E");
              } else t.skipString(lit);
              let j = 0;
              while (j < lit.length) {
                const codepoint = lit.codePointAt(j);
                this.literal(codepoint);
                j += Utils.charCount(codepoint);
              }
              break bigswitch;
            }
            case Codepoint.CODES["z"]:
              this.op(Regexp.Op.END_TEXT);
              break bigswitch;
            default:
              t.rewindTo(savedPos);
          }
          else t.rewindTo(savedPos);
          const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
          re.flags = this.flags;
          if (t.lookingAt("\\p") || t.lookingAt("\\P")) {
            const cc2 = new CharClass();
            if (this.parseUnicodeClass(t, cc2)) {
              re.runes = cc2.toArray();
              this.push(re);
              break bigswitch;
            }
          }
          const cc = new CharClass();
          if (this.parsePerlClassEscape(t, cc)) {
            re.runes = cc.toArray();
            this.push(re);
            break bigswitch;
          }
          t.rewindTo(savedPos);
          this.reuse(re);
          this.literal(Parser2.parseEscape(t));
          break;
        }
        default:
          this.literal(t.pop());
      }
      lastRepeatPos = repeatPos;
    }
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length !== 1) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_PAREN, this.wholeRegexp);
    this.stack[0].namedGroups = this.namedGroups;
    return this.stack[0];
  }
  parsePerlFlags(t) {
    const startPos = t.pos();
    const s = t.rest();
    if (s.startsWith("(?P<") || s.startsWith("(?<")) {
      const begin = s.charAt(2) === "P" ? 4 : 3;
      const end = s.indexOf(">");
      if (end < 0) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s);
      const name = s.substring(begin, end);
      t.skipString(name);
      t.skip(begin + 1);
      if (!Parser2.isValidCaptureName(name)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s.substring(0, end + 1));
      const re = this.op(Regexp.Op.LEFT_PAREN);
      re.cap = ++this.numCap;
      if (this.namedGroups[name]) throw new RE2JSSyntaxException(Parser2.ERR_DUPLICATE_NAMED_CAPTURE, name);
      this.namedGroups[name] = this.numCap;
      re.name = name;
      return;
    }
    t.skip(2);
    let flags = this.flags;
    let sign = 1;
    let sawFlag = false;
    loop: while (t.more()) {
      const c = t.pop();
      switch (c) {
        case Codepoint.CODES["i"]:
          flags |= RE2Flags.FOLD_CASE;
          sawFlag = true;
          break;
        case Codepoint.CODES["m"]:
          flags &= ~RE2Flags.ONE_LINE;
          sawFlag = true;
          break;
        case Codepoint.CODES["s"]:
          flags |= RE2Flags.DOT_NL;
          sawFlag = true;
          break;
        case Codepoint.CODES["U"]:
          flags |= RE2Flags.NON_GREEDY;
          sawFlag = true;
          break;
        case Codepoint.CODES["-"]:
          if (sign < 0) break loop;
          sign = -1;
          flags = ~flags;
          sawFlag = false;
          break;
        case Codepoint.CODES[":"]:
        case Codepoint.CODES[")"]:
          if (sign < 0) {
            if (!sawFlag) break loop;
            flags = ~flags;
          }
          if (c === Codepoint.CODES[":"]) this.op(Regexp.Op.LEFT_PAREN);
          this.flags = flags;
          return;
        default:
          break loop;
      }
    }
    throw new RE2JSSyntaxException(Parser2.ERR_INVALID_PERL_OP, t.from(startPos));
  }
  parsePosLookBehind() {
    const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re.flags = this.flags;
    re.lb = ++this.nlb;
    return this.push(re);
  }
  parseNegLookBehind() {
    const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re.flags = this.flags;
    re.lb = -++this.nlb;
    return this.push(re);
  }
  parseVerticalBar() {
    this.concat();
    if (!this.swapVerticalBar()) this.op(Regexp.Op.VERTICAL_BAR);
  }
  swapVerticalBar() {
    const n = this.stack.length;
    if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && Parser2.isCharClass(this.stack[n - 1]) && Parser2.isCharClass(this.stack[n - 3])) {
      let re1 = this.stack[n - 1];
      let re3 = this.stack[n - 3];
      if (re1.op > re3.op) {
        const tmp = re3;
        re3 = re1;
        re1 = tmp;
        this.stack[n - 3] = re3;
      }
      Parser2.mergeCharClass(re3, re1);
      this.reuse(re1);
      this.pop();
      return true;
    }
    if (n >= 2) {
      const re1 = this.stack[n - 1];
      const re2 = this.stack[n - 2];
      if (re2.op === Regexp.Op.VERTICAL_BAR) {
        if (n >= 3) this.cleanAlt(this.stack[n - 3]);
        this.stack[n - 2] = re1;
        this.stack[n - 1] = re2;
        return true;
      }
    }
    return false;
  }
  parseRightParen() {
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length < 2) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    const re1 = this.pop();
    const re2 = this.pop();
    if (re2.op !== Regexp.Op.LEFT_PAREN) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    this.flags = re2.flags;
    if (re2.lb !== 0) {
      if (Parser2.hasCapture(re1)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CAPTURE_IN_LOOKBEHIND, this.wholeRegexp);
      if (re2.lb > 0) re2.op = Regexp.Op.PLB;
      else re2.op = Regexp.Op.NLB;
      re2.subs = [re1];
      this.push(re2);
      return;
    }
    if (re2.cap === 0) this.push(re1);
    else {
      re2.op = Regexp.Op.CAPTURE;
      re2.subs = [re1];
      this.push(re2);
    }
  }
  parsePerlClassEscape(t, cc) {
    const beforePos = t.pos();
    if ((this.flags & RE2Flags.PERL_X) === 0 || !t.more() || t.pop() !== Codepoint.CODES["\\"] || !t.more()) return false;
    t.pop();
    const p = t.from(beforePos);
    const g = PERL_GROUPS.has(p) ? PERL_GROUPS.get(p) : null;
    if (g === null) return false;
    cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseNamedClass(t, cc) {
    const cls = t.rest();
    const i = cls.indexOf(":]");
    if (i < 0) return false;
    const name = cls.substring(0, i + 2);
    t.skipString(name);
    const g = POSIX_GROUPS.has(name) ? POSIX_GROUPS.get(name) : null;
    if (g === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, name);
    cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseUnicodeClass(t, cc) {
    const startPos = t.pos();
    if ((this.flags & RE2Flags.UNICODE_GROUPS) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P")) return false;
    t.skip(1);
    let sign = 1;
    let c = t.pop();
    if (c === Codepoint.CODES["P"]) sign = -1;
    if (!t.more()) {
      t.rewindTo(startPos);
      throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
    }
    c = t.pop();
    let name;
    if (c !== Codepoint.CODES["{"]) name = Utils.runeToString(c);
    else {
      const rest = t.rest();
      const end = rest.indexOf("}");
      if (end < 0) {
        t.rewindTo(startPos);
        throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
      }
      name = rest.substring(0, end);
      t.skipString(name);
      t.skip(1);
    }
    if (!(name.length === 0) && name.codePointAt(0) === Codepoint.CODES["^"]) {
      sign = 0 - sign;
      name = name.substring(1);
    }
    const pair = Parser2.unicodeTable(name);
    if (pair === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(startPos));
    if (pair.sign < 0) sign = 0 - sign;
    const tab = pair.tab;
    const fold = pair.fold;
    if ((this.flags & RE2Flags.FOLD_CASE) === 0 || fold === null) cc.appendTableWithSign(tab, sign);
    else {
      const tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
      cc.appendClassWithSign(Array.from(tmp), sign);
    }
    return true;
  }
  parseClass(t) {
    const startPos = t.pos();
    t.skip(1);
    const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
    re.flags = this.flags;
    const cc = new CharClass();
    let sign = 1;
    if (t.more() && t.lookingAt("^")) {
      sign = -1;
      t.skip(1);
      if ((this.flags & RE2Flags.CLASS_NL) === 0) cc.appendRange(Codepoint.CODES["\n"], Codepoint.CODES["\n"]);
    }
    let first = true;
    while (!t.more() || t.peek() !== Codepoint.CODES["]"] || first) {
      if (t.more() && t.lookingAt("-") && (this.flags & RE2Flags.PERL_X) === 0 && !first) {
        const s = t.rest();
        if (s === "-" || !s.startsWith("-]")) {
          t.rewindTo(startPos);
          throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
        }
      }
      first = false;
      const beforePos = t.pos();
      if (t.lookingAt("[:")) {
        if (this.parseNamedClass(t, cc)) continue;
        t.rewindTo(beforePos);
      }
      if (this.parseUnicodeClass(t, cc)) continue;
      if (this.parsePerlClassEscape(t, cc)) continue;
      t.rewindTo(beforePos);
      const lo = Parser2.parseClassChar(t, startPos);
      let hi = lo;
      if (t.more() && t.lookingAt("-")) {
        t.skip(1);
        if (t.more() && t.lookingAt("]")) t.skip(-1);
        else {
          hi = Parser2.parseClassChar(t, startPos);
          if (hi < lo) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
        }
      }
      if ((this.flags & RE2Flags.FOLD_CASE) === 0) cc.appendRange(lo, hi);
      else cc.appendFoldedRange(lo, hi);
    }
    t.skip(1);
    cc.cleanClass();
    if (sign < 0) cc.negateClass();
    re.runes = cc.toArray();
    this.push(re);
  }
};
var RE2 = class RE22 {
  static initTest(expr) {
    const re2 = RE22.compile(expr);
    const res = new RE22(re2.expr, re2.prog, re2.numSubexp, re2.longest);
    res.cond = re2.cond;
    res.prefix = re2.prefix;
    res.prefixUTF8 = re2.prefixUTF8;
    res.prefixComplete = re2.prefixComplete;
    res.prefixRune = re2.prefixRune;
    res.prefilter = re2.prefilter;
    res.namedGroups = re2.namedGroups;
    return res;
  }
  /**
  * Parses a regular expression and returns, if successful, an {@code RE2} instance that can be
  * used to match against text.
  *
  * When matching against text, the regexp returns a match that begins as early as possible in the
  * input (leftmost), and among those it chooses the one that a backtracking search would have
  * found first. This so-called leftmost-first matching is the same semantics that Perl, Python,
  * and other implementations use, although this package implements it without the expense of
  * backtracking. For POSIX leftmost-longest matching, see {@link #compilePOSIX}.
  */
  static compile(expr) {
    return RE22.compileImpl(expr, RE2Flags.PERL, false);
  }
  /**
  * {@code compilePOSIX} is like {@link #compile} but restricts the regular expression to POSIX ERE
  * (egrep) syntax and changes the match semantics to leftmost-longest.
  *
  * That is, when matching against text, the regexp returns a match that begins as early as
  * possible in the input (leftmost), and among those it chooses a match that is as long as
  * possible. This so-called leftmost-longest matching is the same semantics that early regular
  * expression implementations used and that POSIX specifies.
  *
  * However, there can be multiple leftmost-longest matches, with different submatch choices, and
  * here this package diverges from POSIX. Among the possible leftmost-longest matches, this
  * package chooses the one that a backtracking search would have found first, while POSIX
  * specifies that the match be chosen to maximize the length of the first subexpression, then the
  * second, and so on from left to right. The POSIX rule is computationally prohibitive and not
  * even well-defined. See http://swtch.com/~rsc/regexp/regexp2.html#posix
  */
  static compilePOSIX(expr) {
    return RE22.compileImpl(expr, RE2Flags.POSIX, true);
  }
  static compileImpl(expr, mode, longest) {
    let re = Parser.parse(expr, mode);
    const maxCap = re.maxCap();
    const namedGroups = re.namedGroups;
    re = Simplify.simplify(re);
    const prefilter = PrefilterTree.build(re);
    const prog = Compiler.compileRegexp(re);
    const re2 = new RE22(expr, prog, maxCap, longest);
    re2.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
    const [prefixCompl, prefixStr] = prog.prefix();
    re2.prefixComplete = prefixCompl;
    re2.prefix = prefixStr;
    re2.prefixUTF8 = Utils.stringToUtf8ByteArray(re2.prefix);
    if (re2.prefix.length > 0) re2.prefixRune = re2.prefix.codePointAt(0);
    re2.namedGroups = namedGroups;
    return re2;
  }
  /**
  * Returns true iff textual regular expression {@code pattern} matches string {@code s}.
  *
  * More complicated queries need to use {@link #compile} and the full {@code RE2} interface.
  */
  static match(pattern, s) {
    return RE22.compile(pattern).match(s);
  }
  constructor(expr, prog, numSubexp = 0, longest = 0) {
    this.expr = expr;
    this.prog = prog;
    this.numSubexp = numSubexp;
    this.longest = longest;
    this.cond = prog.startCond();
    this.prefix = null;
    this.prefixUTF8 = null;
    this.prefixComplete = false;
    this.prefixRune = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.machinePool = [];
    this.lazyDFA = null;
    this.onepass = OnePass.compile(this.prog);
    this.prefilter = null;
  }
  get dfa() {
    if (this.lazyDFA === null) this.lazyDFA = new DFA(this.prog);
    return this.lazyDFA;
  }
  matchPrefixComplete(input, pos, anchor, ncap) {
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    let matchStart = -1;
    let matchEnd = -1;
    const pLen = input.prefixLength(this);
    if (anchor === RE2Flags.UNANCHORED) {
      const idx = input.index(this, pos);
      if (idx < 0) return null;
      matchStart = pos + idx;
      matchEnd = matchStart + pLen;
    } else if (anchor === RE2Flags.ANCHOR_BOTH) {
      if (input.endPos() !== pLen) return null;
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    } else if (anchor === RE2Flags.ANCHOR_START) {
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    }
    if (matchStart < 0) return null;
    if (ncap > 0) {
      const matchcap = new Int32Array(ncap).fill(-1);
      matchcap[0] = matchStart;
      matchcap[1] = matchEnd;
      return Array.from(matchcap);
    }
    return [];
  }
  createLookbehindState() {
    return this.prog.numLb > 0 ? new LookbehindState(this.prog) : null;
  }
  executeEngine(input, pos, anchor, ncap, lbState = null) {
    if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0)) return this.matchPrefixComplete(input, pos, anchor, ncap);
    if (this.prefilter !== null && anchor === RE2Flags.UNANCHORED) {
      if (!this.prefilter.eval(input, pos)) return null;
    }
    if (this.onepass !== null) return OnePass.execute(this, input, pos, anchor, ncap);
    if (ncap > 0) {
      if (this.prog.numLb === 0 && input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
      return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
    }
    if (this.prog.numLb === 0) {
      const dfaResult = this.dfa.match(input, pos, anchor);
      if (dfaResult !== null) return dfaResult ? [] : null;
      if (input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
    }
    return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
  }
  /**
  * Returns the number of parenthesized subexpressions in this regular expression.
  */
  numberOfCapturingGroups() {
    return this.numSubexp;
  }
  /**
  * Returns the number of instructions in this compiled regular expression program.
  */
  numberOfInstructions() {
    return this.prog.numInst();
  }
  get() {
    return this.machinePool.length > 0 ? this.machinePool.pop() : null;
  }
  reset() {
    this.machinePool.length = 0;
  }
  put(m) {
    this.machinePool.push(m);
  }
  toString() {
    return this.expr;
  }
  doExecuteNFA(input, pos, anchor, ncap, lbState = null) {
    let m = this.get();
    if (!m) m = Machine.fromRE2(this);
    m.init(ncap);
    const cap = m.match(input, pos, anchor, lbState) ? m.submatches() : null;
    this.put(m);
    return cap;
  }
  match(s) {
    return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Matches the regular expression against input starting at position start and ending at position
  * end, with the given anchoring. Records the submatch boundaries in group, which is [start, end)
  * pairs of byte offsets. The number of boundaries needed is inferred from the size of the group
  * array. It is most efficient not to ask for submatch boundaries.
  *
  * @param input the input byte array
  * @param start the beginning position in the input
  * @param end the end position in the input
  * @param anchor the anchoring flag (UNANCHORED, ANCHOR_START, ANCHOR_BOTH)
  * @param group the array to fill with submatch positions
  * @param ngroup the number of array pairs to fill in
  * @param lbState optional state carried between successive matches over the same input (see
  *   createLookbehindState); omit it to evaluate lookbehinds from the beginning of the input
  * @returns true if a match was found
  */
  matchWithGroup(input, start, end, anchor, ngroup, lbState = null) {
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    return this.matchMachineInput(input, start, end, anchor, ngroup, lbState);
  }
  matchMachineInput(input, start, end, anchor, ngroup, lbState = null) {
    if (start > end) return [false, null];
    const machineInput = input.isUTF16Encoding() ? MachineInput.fromUTF16(input.asCharSequence(), 0, end) : MachineInput.fromUTF8(input.asBytes(), 0, end);
    const groupMatch = this.executeEngine(machineInput, start, anchor, 2 * ngroup, lbState);
    if (groupMatch === null) return [false, null];
    return [true, groupMatch];
  }
  /**
  * Returns true iff this regexp matches the UTF-8 byte array {@code b}.
  */
  matchUTF8(b) {
    return this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Returns a copy of {@code src} in which all matches for this regexp have been replaced by
  * {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAll(src, repl) {
    return this.replaceAllFunc(src, () => repl, 2 * src.length + 1);
  }
  /**
  * Returns a copy of {@code src} in which only the first match for this regexp has been replaced
  * by {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceFirst(src, repl) {
    return this.replaceAllFunc(src, () => repl, 1);
  }
  /**
  * Returns a copy of {@code src} in which at most {@code maxReplaces} matches for this regexp have
  * been replaced by the return value of of function {@code repl} (whose first argument is the
  * matched string). No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAllFunc(src, replFunc, maxReplaces) {
    let lastMatchEnd = 0;
    let searchPos = 0;
    let out = "";
    const input = MachineInput.fromUTF16(src);
    const lbState = this.createLookbehindState();
    let numReplaces = 0;
    while (searchPos <= src.length) {
      const a = this.executeEngine(input, searchPos, RE2Flags.UNANCHORED, 2, lbState);
      if (a === null || a.length === 0) break;
      out += src.substring(lastMatchEnd, a[0]);
      if (a[1] > lastMatchEnd || a[0] === 0) {
        out += replFunc(src.substring(a[0], a[1]));
        numReplaces++;
      }
      lastMatchEnd = a[1];
      const width = input.step(searchPos) & 7;
      if (searchPos + width > a[1]) searchPos += width;
      else if (searchPos + 1 > a[1]) searchPos++;
      else searchPos = a[1];
      if (numReplaces >= maxReplaces) break;
    }
    out += src.substring(lastMatchEnd);
    return out;
  }
  pad(a) {
    if (a === null) return null;
    let n = (1 + this.numSubexp) * 2;
    if (a.length < n) {
      let a2 = new Array(n).fill(-1);
      for (let i = 0; i < a.length; i++) a2[i] = a[i];
      a = a2;
    }
    return a;
  }
  allMatches(input, n, deliverFun = (v) => v) {
    let result = [];
    const end = input.endPos();
    if (n < 0) n = end + 1;
    let pos = 0;
    let i = 0;
    let prevMatchEnd = -1;
    const lbState = this.createLookbehindState();
    while (i < n && pos <= end) {
      const matches = this.executeEngine(input, pos, RE2Flags.UNANCHORED, this.prog.numCap, lbState);
      if (matches === null || matches.length === 0) break;
      let accept = true;
      if (matches[1] === pos) {
        if (matches[0] === prevMatchEnd) accept = false;
        const r = input.step(pos);
        if (r < 0) pos = end + 1;
        else pos += r & 7;
      } else pos = matches[1];
      prevMatchEnd = matches[1];
      if (accept) {
        result.push(deliverFun(this.pad(matches)));
        i++;
      }
    }
    return result;
  }
  /**
  * Returns an array holding the text of the leftmost match in {@code b} of this regular
  * expression.
  *
  * A return value of null indicates no match.
  */
  findUTF8(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return null;
    return b.slice(a[0], a[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code b} of this regular expression. The match itself is at {@code b[loc[0]...loc[1]]}.
  *
  * A return value of null indicates no match.
  */
  findUTF8Index(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return null;
    return a.slice(0, 2);
  }
  /**
  * Returns a string holding the text of the leftmost match in {@code s} of this regular
  * expression.
  *
  * If there is no match, the return value is an empty string, but it will also be empty if the
  * regular expression successfully matches an empty string. Use {@link #findIndex} or
  * {@link #findSubmatch} if it is necessary to distinguish these cases.
  */
  find(s) {
    const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return "";
    return s.substring(a[0], a[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code s} of this regular expression. The match itself is at
  * {@code s.substring(loc[0], loc[1])}.
  *
  * A return value of null indicates no match.
  */
  findIndex(s) {
    return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
  }
  /**
  * Returns an array of arrays the text of the leftmost match of the regular expression in
  * {@code b} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findUTF8Submatch(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = b.slice(a[2 * i], a[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code b} and the matches, if any, of its subexpressions, as defined by the the
  * <a href='#submatch'>Submatch</a> and <a href='#index'>Index</a> descriptions above.
  *
  * A return value of null indicates no match.
  */
  findUTF8SubmatchIndex(b) {
    return this.pad(this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * Returns an array of strings holding the text of the leftmost match of the regular expression in
  * {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatch(s) {
    const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = s.substring(a[2 * i], a[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatchIndex(s) {
    return this.pad(this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * {@code findAllUTF8()} is the <a href='#all'>All</a> version of {@link #findUTF8}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  *
  * TODO(adonovan): think about defining a byte slice view class, like a read-only Go slice backed
  * by |b|.
  */
  findAllUTF8(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => b.slice(match[0], match[1]));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8Index} is the <a href='#all'>All</a> version of {@link #findUTF8Index}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Index(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => match.slice(0, 2));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAll} is the <a href='#all'>All</a> version of {@link #find}; it returns a list of up
  * to {@code n} successive matches of the expression, as defined by the <a href='#all'>All</a>
  * description above.
  *
  * A return value of null indicates no match.
  */
  findAll(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => s.substring(match[0], match[1]));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllIndex} is the <a href='#all'>All</a> version of {@link #findIndex}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllIndex(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => match.slice(0, 2));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8Submatch} is the <a href='#all'>All</a> version of {@link #findUTF8Submatch};
  * it returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Submatch(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => {
      let slice = new Array(match.length / 2 | 0).fill(null);
      for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = b.slice(match[2 * j], match[2 * j + 1]);
      return slice;
    });
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8SubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findUTF8SubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8SubmatchIndex(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n);
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllSubmatch} is the <a href='#all'>All</a> version of {@link #findSubmatch}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatch(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => {
      let slice = new Array(match.length / 2 | 0).fill(null);
      for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = s.substring(match[2 * j], match[2 * j + 1]);
      return slice;
    });
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllSubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findSubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatchIndex(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n);
    if (result.length === 0) return null;
    return result;
  }
};
var RE2Set = class RE2Set2 {
  /** @type {number} */
  static UNANCHORED = RE2Flags.UNANCHORED;
  /** @type {number} */
  static ANCHOR_START = RE2Flags.ANCHOR_START;
  /** @type {number} */
  static ANCHOR_BOTH = RE2Flags.ANCHOR_BOTH;
  /**
  * Constructs a new RE2Set with the specified anchor mode and flags.
  * @param {number} [anchor=RE2Set.UNANCHORED] - The anchoring mode (e.g., RE2Set.UNANCHORED).
  * @param {number} [flags=0] - The public flags to apply to all patterns in the set.
  * @param {number} [maxMem=8388608] - The maximum memory in bytes to use for the DFA (default 8MB).
  */
  constructor(anchor = RE2Set2.UNANCHORED, flags = 0, maxMem = 8388608) {
    if (![
      RE2Set2.UNANCHORED,
      RE2Set2.ANCHOR_START,
      RE2Set2.ANCHOR_BOTH
    ].includes(anchor)) throw new RE2JSFlagsException("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");
    Utils.checkFlags(flags);
    this.anchor = anchor;
    this.jsFlags = flags;
    this.maxMem = maxMem;
    let re2Flags = RE2Flags.PERL;
    if ((flags & PublicFlags.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags & PublicFlags.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    this.re2Flags = re2Flags;
    this.regexps = [];
    this.prog = null;
    this.dfa = null;
    this.dummyRe2 = null;
  }
  /**
  * Adds a new regular expression pattern to the set.
  * Patterns cannot be added after the set has been compiled.
  * @param {string} pattern - The regular expression pattern to add.
  * @returns {number} The integer index assigned to the added pattern.
  * @throws {RE2JSCompileException} If patterns are added after compilation.
  */
  add(pattern) {
    if (this.prog) throw new RE2JSCompileException("Cannot add patterns after compile");
    Utils.checkPattern(pattern);
    let fregex = pattern;
    if ((this.jsFlags & PublicFlags.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((this.jsFlags & PublicFlags.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((this.jsFlags & PublicFlags.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    const re = Parser.parse(fregex, this.re2Flags);
    this.regexps.push(Simplify.simplify(re));
    return this.regexps.length - 1;
  }
  /**
  * Compiles the added patterns into a single state machine.
  * This is automatically called on the first match if not called explicitly.
  * @returns {void}
  */
  compile() {
    if (this.prog) return;
    const prog = Compiler.compileSet(this.regexps);
    if (prog.numInst() > Parser.MAX_SIZE) throw new RE2JSCompileException(`${Parser.ERR_LARGE}: the set compiles to ${prog.numInst()} instructions, more than ${Parser.MAX_SIZE}`);
    this.prog = prog;
    this.dfa = new DFA(this.prog, this.maxMem);
    this.dummyRe2 = {
      prog: this.prog,
      cond: this.prog.startCond(),
      prefix: "",
      prefixRune: 0,
      longest: false
    };
  }
  /**
  * Matches the input against the compiled set of regular expressions.
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to match against.
  * @returns {number[]} An array of indices representing the patterns that successfully matched the input.
  */
  match(input) {
    if (!this.prog) this.compile();
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    let internalAnchor = RE2Flags.UNANCHORED;
    if (this.anchor === RE2Set2.ANCHOR_START) internalAnchor = RE2Flags.ANCHOR_START;
    else if (this.anchor === RE2Set2.ANCHOR_BOTH) internalAnchor = RE2Flags.ANCHOR_BOTH;
    const dfaResult = this.dfa.matchSet(machineInput, 0, internalAnchor);
    if (dfaResult !== null) return dfaResult;
    const machine = Machine.fromRE2(this.dummyRe2);
    machine.init(0);
    return machine.matchSet(machineInput, 0, internalAnchor);
  }
};
var TranslateRegExpString = class TranslateRegExpString2 {
  static isHexadecimal(ch) {
    return "0" <= ch && ch <= "9" || "A" <= ch && ch <= "F" || "a" <= ch && ch <= "f";
  }
  static translate(data) {
    let prefixFlags = "";
    if (Object.prototype.toString.call(data) === "[object RegExp]") {
      if (data.ignoreCase) prefixFlags += "i";
      if (data.multiline) prefixFlags += "m";
      if (data.dotAll) prefixFlags += "s";
      data = data.source;
    }
    if (typeof data !== "string") return data;
    let result = "";
    let changed = false;
    let size2 = data.length;
    if (size2 === 0) {
      result = "(?:)";
      changed = true;
    }
    let inCharClass = false;
    let i = 0;
    while (i < size2) {
      let ch = data[i];
      if (ch === "\\") {
        if (i + 1 < size2) {
          ch = data[i + 1];
          switch (ch) {
            case "\\":
              result += "\\\\";
              i += 2;
              continue;
            case "c":
              if (i + 2 < size2) {
                let code18 = data[i + 2].charCodeAt(0);
                if (code18 >= 65 && code18 <= 90 || code18 >= 97 && code18 <= 122) {
                  let val = code18 % 32;
                  result += "\\x";
                  result += (val >> 4).toString(16).toUpperCase();
                  result += (val & 15).toString(16).toUpperCase();
                  i += 3;
                  changed = true;
                  continue;
                }
              }
              result += "c";
              i += 2;
              changed = true;
              continue;
            case "u":
              if (i + 2 < size2) {
                if (data[i + 2] === "{") {
                  let j = i + 3;
                  let hasHex = false;
                  let closed = false;
                  while (j < size2) {
                    const hexChar = data[j];
                    if (hexChar === "}") {
                      closed = true;
                      break;
                    }
                    if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                    hasHex = true;
                    j++;
                  }
                  if (closed && hasHex) {
                    result += "\\x";
                    i += 2;
                    changed = true;
                    continue;
                  }
                } else if (i + 5 < size2) {
                  let isHex4 = true;
                  for (let j = 0; j < 4; j++) if (!TranslateRegExpString2.isHexadecimal(data[i + 2 + j])) {
                    isHex4 = false;
                    break;
                  }
                  if (isHex4) {
                    result += "\\x{" + data.substring(i + 2, i + 6) + "}";
                    i += 6;
                    changed = true;
                    continue;
                  }
                }
              }
              result += "u";
              i += 2;
              changed = true;
              continue;
            case "x": {
              let isValidHex = false;
              if (i + 2 < size2 && data[i + 2] === "{") {
                let j = i + 3;
                let hasHex = false;
                let closed = false;
                while (j < size2) {
                  const hexChar = data[j];
                  if (hexChar === "}") {
                    closed = true;
                    break;
                  }
                  if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                  hasHex = true;
                  j++;
                }
                if (closed && hasHex) isValidHex = true;
              } else if (i + 3 < size2 && TranslateRegExpString2.isHexadecimal(data[i + 2]) && TranslateRegExpString2.isHexadecimal(data[i + 3])) isValidHex = true;
              if (isValidHex) {
                result += "\\x";
                i += 2;
              } else {
                result += "x";
                i += 2;
                changed = true;
              }
              continue;
            }
            case "n":
            case "r":
            case "t":
            case "a":
            case "f":
            case "v":
            case "d":
            case "D":
            case "s":
            case "S":
            case "w":
            case "W":
            case "b":
            case "B":
            case "p":
            case "P":
            case "A":
            case "z":
            case "Q":
            case "E":
            case "0":
            case "1":
            case "2":
            case "3":
            case "4":
            case "5":
            case "6":
            case "7":
              result += "\\" + ch;
              i += 2;
              continue;
            default: {
              let cp2 = data.codePointAt(i + 1);
              if (cp2 >= 48 && cp2 <= 57 || cp2 >= 65 && cp2 <= 90 || cp2 >= 97 && cp2 <= 122) {
                let symSize2 = Utils.charCount(cp2);
                result += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
                changed = true;
              } else {
                result += "\\";
                let symSize2 = Utils.charCount(cp2);
                result += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
              }
              continue;
            }
          }
        }
      } else if (ch === "/") {
        result += "\\/";
        i += 1;
        changed = true;
        continue;
      } else if (ch === "[") {
        if (!inCharClass && data[i + 1] === "]") {
          result += "[^\\x00-\\x{10FFFF}]";
          i += 2;
          changed = true;
          continue;
        }
        if (!inCharClass && data[i + 1] === "^" && data[i + 2] === "]") {
          result += "[\\x00-\\x{10FFFF}]";
          i += 3;
          changed = true;
          continue;
        }
        inCharClass = true;
      } else if (ch === "]") inCharClass = false;
      else if (!inCharClass && ch === "(" && i + 2 < size2 && data[i + 1] === "?" && data[i + 2] === "<") {
        if (i + 3 < size2 && !"=!>)".includes(data[i + 3])) {
          result += "(?P<";
          i += 3;
          changed = true;
          continue;
        }
      }
      let cp = data.codePointAt(i);
      let symSize = Utils.charCount(cp);
      result += data.substring(i, i + symSize);
      i += symSize;
    }
    const finalResult = changed ? result : data;
    if (prefixFlags.length > 0) return `(?${prefixFlags})${finalResult}`;
    return finalResult;
  }
};
var execResult = (m, input) => {
  const result = m.matchArray();
  result.index = m.start(0);
  result.input = input;
  result.groups = m.namedGroupsObject();
  return result;
};
var RE2JS = class RE2JS2 {
  /**
  * Flag: case insensitive matching.
  */
  static CASE_INSENSITIVE = PublicFlags.CASE_INSENSITIVE;
  /**
  * Flag: dot ({@code .}) matches all characters, including newline.
  */
  static DOTALL = PublicFlags.DOTALL;
  /**
  * Flag: multiline matching: {@code ^} and {@code $} match at beginning and end of line, not just
  * beginning and end of input.
  */
  static MULTILINE = PublicFlags.MULTILINE;
  /**
  * Flag: Unicode groups (e.g. {@code \p\ Greek\} ) will be syntax errors.
  */
  static DISABLE_UNICODE_GROUPS = PublicFlags.DISABLE_UNICODE_GROUPS;
  /**
  * Flag: matches longest possible string.
  */
  static LONGEST_MATCH = PublicFlags.LONGEST_MATCH;
  /**
  * Flag: enable linear-time captureless lookbehinds.
  */
  static LOOKBEHINDS = PublicFlags.LOOKBEHINDS;
  /**
  * Returns a literal pattern string for the specified string.
  *
  * This method produces a string that can be used to create a <code>RE2JS</code> that would
  * match the string <code>s</code> as if it were a literal pattern.
  *
  * Metacharacters or escape sequences in the input sequence will be given no special meaning.
  *
  * @param {string} str The string to be literalized
  * @returns {string} A literal string replacement
  */
  static quote(str) {
    return Utils.quoteMeta(str);
  }
  /**
  * Quotes '\' and '$' in {@code str}, so that the returned string could be used in
  * replacement methods as a literal replacement of {@code str}.
  *
  * This is a convenience delegation to {@link Matcher.quoteReplacement}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str, javaMode = false) {
    return Matcher.quoteReplacement(str, javaMode);
  }
  /**
  * Translates a given regular expression string to ensure compatibility with RE2JS.
  *
  * This function preprocesses the input regex string by applying necessary transformations,
  * such as escaping special characters (e.g., `/`), converting named capture groups to
  * RE2JS-compatible syntax, and handling Unicode sequences properly. It ensures that the
  * resulting regex is safe and properly formatted before compilation.
  *
  * @param {string|RegExp} expr - The regular expression string to be translated.
  * @returns {string} - The transformed regular expression string, ready for compilation.
  */
  static translateRegExp(expr) {
    return TranslateRegExpString.translate(expr);
  }
  /**
  * Helper: create new RE2JS with given regex and flags. Flregex is the regex with flags applied.
  * @param {string} regex
  * @param {number} [flags=0]
  * @returns {RE2JS}
  */
  static compile(regex, flags = 0) {
    Utils.checkPattern(regex);
    Utils.checkFlags(flags);
    let fregex = regex;
    if ((flags & RE2JS2.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((flags & RE2JS2.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((flags & RE2JS2.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    let re2Flags = RE2Flags.PERL;
    if ((flags & RE2JS2.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags & RE2JS2.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    const p = new RE2JS2(regex, flags);
    p.re2Input = RE2.compileImpl(fregex, re2Flags, (flags & RE2JS2.LONGEST_MATCH) !== 0);
    return p;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string} regex the regular expression
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  * @throws RE2JSSyntaxException if the regular expression is malformed
  */
  static matches(regex, input) {
    return RE2JS2.compile(regex).testExact(input);
  }
  /**
  * This is visible for testing.
  * @private
  */
  static initTest(pattern, flags, re2) {
    if (pattern == null) throw new Error("pattern is null");
    if (re2 == null) throw new Error("re2 is null");
    const p = new RE2JS2(pattern, flags);
    p.re2Input = re2;
    return p;
  }
  /**
  *
  * @param {string} pattern
  * @param {number} flags
  */
  constructor(pattern, flags) {
    this.patternInput = pattern;
    this.flagsInput = flags;
    this.re2Input = null;
  }
  /**
  * Releases memory used by internal caches associated with this pattern. Does not change the
  * observable behaviour. Useful for tests that detect memory leaks via allocation tracking.
  */
  reset() {
    this.re2Input.reset();
  }
  /**
  * Returns the flags used in the constructor.
  * @returns {number}
  */
  flags() {
    return this.flagsInput;
  }
  /**
  * Returns the pattern used in the constructor.
  * @returns {string}
  */
  pattern() {
    return this.patternInput;
  }
  re2() {
    return this.re2Input;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  */
  matches(input) {
    return this.testExact(input);
  }
  /**
  * Creates a new {@code Matcher} matching the pattern against the input.
  *
  * @param {string|number[]|Uint8Array|MatcherInputBase} input the input string
  * @returns {Matcher}
  */
  matcher(input) {
    if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
    return new Matcher(this, input);
  }
  /**
  * Tests whether the regular expression matches any part of the input string.
  * Performance Note: This method is highly optimized. Because it only returns
  * a boolean and does not extract capture groups, it bypasses the `Matcher` overhead
  * and guarantees execution on the high-speed DFA engine whenever possible.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the pattern is found anywhere in the input, `false` otherwise.
  */
  test(input) {
    if (Utils.isByteArray(input)) return this.re2Input.matchUTF8(input);
    return this.re2Input.match(input);
  }
  /**
  * Tests whether the regular expression matches the ENTIRE input string.
  * * **Performance Note:** This operates identically to `.matches()`, but is significantly
  * faster because it does not request capture group data. By requesting 0 capture groups,
  * it securely routes execution through the DFA fast-path.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the exact input string fully matches the pattern, `false` otherwise.
  */
  testExact(input) {
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    return this.re2Input.executeEngine(machineInput, 0, RE2Flags.ANCHOR_BOTH, 0) !== null;
  }
  /**
  * Executes a search for a match in a specified string.
  * Returns a result array, or null if no match is found.
  * The returned array perfectly mirrors standard JavaScript `RegExpExecArray`,
  * including `.index`, `.input`, and `.groups` properties.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {Array|null} the match array with index, input, and groups properties, or null
  */
  exec(input) {
    const m = this.matcher(input);
    return m.find() ? execResult(m, input) : null;
  }
  /**
  * Splits input around instances of the regular expression. It returns an array giving the strings
  * that occur before, between, and after instances of the regular expression.
  *
  * If {@code limit <= 0}, there is no limit on the size of the returned array. If
  * {@code limit == 0}, empty strings that would occur at the end of the array are omitted. If
  * {@code limit > 0}, at most limit strings are returned. The final string contains the remainder
  * of the input, possibly including additional matches of the pattern.
  *
  * @param {string} input the input string to be split
  * @param {number} [limit=0] the limit
  * @returns {string[]} the split strings
  */
  split(input, limit = 0) {
    const m = this.matcher(input);
    const result = [];
    let emptiesSkipped = 0;
    let last = 0;
    while (m.find()) {
      if (last === 0 && m.end() === 0) {
        last = m.end();
        continue;
      }
      if (limit > 0 && result.length === limit - 1) break;
      if (last === m.start()) {
        if (limit === 0) {
          emptiesSkipped += 1;
          last = m.end();
          continue;
        }
      } else while (emptiesSkipped > 0) {
        result.push("");
        emptiesSkipped -= 1;
      }
      result.push(m.substring(last, m.start()));
      last = m.end();
    }
    if (limit === 0 && last !== m.inputLength()) {
      while (emptiesSkipped > 0) {
        result.push("");
        emptiesSkipped -= 1;
      }
      result.push(m.substring(last, m.inputLength()));
    }
    if (limit !== 0 || result.length === 0 && !(last === m.inputLength() && last > 0)) result.push(m.substring(last, m.inputLength()));
    return result;
  }
  /**
  * Returns an iterator of all results matching a string against the regular expression,
  * including capturing groups.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {IterableIterator<RegExpMatchArray>}
  */
  *matchAll(input) {
    const m = this.matcher(input);
    while (m.find()) yield execResult(m, input);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    return this.patternInput;
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.re2Input.numberOfInstructions();
  }
  /**
  * Returns the number of capturing groups in this matcher's pattern. Group zero denotes the entire
  * pattern and is excluded from this count.
  *
  * @returns {number} the number of capturing groups in this pattern
  */
  groupCount() {
    return this.re2Input.numberOfCapturingGroups();
  }
  /**
  * Return a map of the capturing groups in this matcher's pattern, where key is the name and value
  * is the index of the group in the pattern.
  * @returns {Record<string, number>}
  */
  namedGroups() {
    return this.re2Input.namedGroups;
  }
  /**
  *
  * @param {*} other
  * @returns {boolean}
  */
  equals(other) {
    if (this === other) return true;
    if (other === null || this.constructor !== other.constructor) return false;
    return this.flagsInput === other.flagsInput && this.patternInput === other.patternInput;
  }
};

// src/changelog/notes-files.ts
var PLACEHOLDER = /\{(version|name|project_date)\}/g;
var VERSION_IN_NAME = /^(.*?)(\d+(?:\.\d+)+(?:[-_.]?(?:a|b|rc|alpha|beta)\d*)?(?:\.post\d+)?(?:\.dev\d+)?)(.*)$/i;
var NOTES_EXTENSIONS = /\.(?:rst|md|markdown|txt)$/i;
function escape(text2) {
  return text2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function patternPath(pattern) {
  const series = pattern.series === 1 ? "{major}" : pattern.joined ? "{major}{minor}" : "{major}.{minor}";
  const name = pattern.series ? pattern.name.replace(/\{version\}/g, series) : pattern.name;
  return [pattern.dir, name].filter(Boolean).join("/");
}
function patternFromPath(path2, source) {
  const slash = path2.lastIndexOf("/");
  const dir = slash === -1 ? "" : path2.slice(0, slash);
  const name = path2.slice(slash + 1);
  if (!name.includes("{version}") || dir.includes("{")) return void 0;
  return { dir, name, source };
}
function inferPattern(dir, names, source) {
  const groups = /* @__PURE__ */ new Map();
  for (const name of names) {
    const match = VERSION_IN_NAME.exec(name);
    if (!match || !NOTES_EXTENSIONS.test(name) || !parsePep440(match[2])) continue;
    const key = `${match[1]}{version}${match[3]}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  let best;
  for (const entry of groups) if (!best || entry[1] > best[1]) best = entry;
  return best && best[1] >= 2 ? { dir, name: best[0], source } : void 0;
}
function matcher(pattern) {
  let source = "";
  let last = 0;
  let named = false;
  for (const match of pattern.name.matchAll(PLACEHOLDER)) {
    source += escape(pattern.name.slice(last, match.index));
    const group = match[1] === "version" && !named;
    source += group ? "(?P<version>\\d[0-9A-Za-z.!+_-]*?)" : ".*?";
    named ||= group;
    last = match.index + match[0].length;
  }
  source += escape(pattern.name.slice(last));
  return RE2JS.compile(`^${source}$`, RE2JS.CASE_INSENSITIVE);
}
function renderPattern(pattern, version) {
  const parsed = pattern.series ? parsePep440(version) : null;
  const series = parsed && seriesOf(parsed.release, pattern.series);
  const named = series ? pattern.joined ? series.replace(".", "") : series : version;
  const name = pattern.name.replace(/\{version\}/g, named);
  if (/\{(?:name|project_date)\}/.test(name)) return void 0;
  return [pattern.dir, name].filter(Boolean).join("/");
}
function dotted(pattern, written) {
  return pattern.joined && /^\d{2}$/.test(written) ? `${written[0]}.${written[1]}` : written;
}
function seriesOf(release, size2) {
  return Array.from({ length: size2 }, (_, index) => release[index] ?? 0).join(".");
}
function finalOf(version) {
  if (!version.pre && version.dev === null) return void 0;
  const epoch = version.epoch === 0 ? "" : `${version.epoch}!`;
  return parsePep440(`${epoch}${version.release.join(".")}`) ?? void 0;
}
function seriesFile(files, wanted) {
  let best;
  for (const { name, version } of files) {
    const release = parsePep440(version)?.release ?? [];
    const starts = release.every((part, index) => part === (wanted.release[index] ?? 0));
    if (starts && (!best || release.length > best.length)) best = { name, length: release.length };
  }
  return best?.name;
}
function findNotesFile(pattern, names, version) {
  const wanted = parsePep440(version);
  if (!wanted) return void 0;
  const regex = matcher(pattern);
  const byKey = /* @__PURE__ */ new Map();
  for (const name of [...names].sort()) {
    const match = regex.matcher(name);
    const written = match.matches() ? match.group("version") ?? void 0 : void 0;
    const read = written === void 0 ? void 0 : dotted(pattern, written);
    const parsed = read === void 0 ? null : parsePep440(read);
    if (!parsed || byKey.has(versionKey(parsed))) continue;
    byKey.set(versionKey(parsed), { name, version: read });
  }
  const join3 = (name) => [pattern.dir, name].filter(Boolean).join("/");
  if (pattern.series) {
    const series = seriesFile(byKey.values(), wanted);
    return series === void 0 ? void 0 : { file: join3(series), version, fallback: false };
  }
  const exact = byKey.get(versionKey(wanted));
  if (exact) return { file: join3(exact.name), version: exact.version, fallback: false };
  const final = finalOf(wanted);
  const serving = final && byKey.get(versionKey(final));
  return serving ? { file: join3(serving.name), version: serving.version, fallback: true } : void 0;
}
function readNotesFile(text2, options) {
  const wanted = parsePep440(options.version);
  if (!wanted) return void 0;
  const { format, projectName } = options;
  const changelog = parseChangelog(text2, { format, projectName });
  if (changelog.releases.length > 1) return findRelease(changelog, options.version);
  const key = versionKey(wanted);
  const lines = new TextLines(text2);
  const document = changelogMarkup(options.format).scan(lines);
  for (const heading of document.headings) {
    const meaning = classifyHeading(heading.text, options.projectName);
    if (meaning.kind !== "release" || versionKey(meaning.version) !== key) continue;
    let start = heading.lastLine + 1;
    let end = lines.count;
    while (start <= end && lines.isBlank(start - 1)) start++;
    while (end >= start && lines.isBlank(end - 1)) end--;
    return releaseSection(heading, meaning, meaning, {
      bodyStart: start,
      bodyEnd: end,
      body: lines.slice(start - 1, end - 1).trim()
    });
  }
  return void 0;
}

// src/changelog/notes-folders.ts
var NOTES_FOLDER_NAMES = /* @__PURE__ */ new Set([
  "releases",
  "release",
  "release-notes",
  "release_notes",
  "releasenotes",
  "whatsnew",
  "whats_new",
  "whats-new",
  "changes",
  "changelog",
  "changelogs",
  "news",
  "history"
]);
var BASES = [
  "",
  "docs",
  "doc",
  "docs/source",
  "doc/source",
  "docs/src",
  "doc/src",
  "docs/build",
  "doc/build"
];
var NOTES_EXTENSIONS2 = /\.(?:rst|md|markdown|txt)$/i;
var DOTTED = /^([^\d]*)(\d+(?:\.\d+)+(?:(?:a|b|rc)\d+)?)(\D.*)$/i;
var LONE = /^([^\d]*)(\d+)(\D.*)$/;
var EXTENSION_ONLY = /^\.(?:rst|md|markdown|txt)$/i;
function join2(dir, path2) {
  return [dir, path2].filter(Boolean).join("/");
}
function deeperDocsFolders(dir, folders) {
  return BASES.slice(3).map((base) => join2(dir, base)).filter((folder) => folders.includes(folder));
}
function notesFolders(dir, folders) {
  const found = [];
  for (const base of BASES) {
    const parent = join2(dir, base);
    const prefix = parent ? `${parent}/` : "";
    const here = folders.filter((folder) => folder.startsWith(prefix) && !folder.slice(prefix.length).includes("/")).filter((folder) => NOTES_FOLDER_NAMES.has(folder.slice(prefix.length).toLowerCase())).sort();
    for (const folder of here) if (!found.includes(folder)) found.push(folder);
  }
  return found;
}
function newer(a, b) {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return false;
}
function groupNames(names) {
  const groups = /* @__PURE__ */ new Map();
  for (const name of names) {
    if (!NOTES_EXTENSIONS2.test(name)) continue;
    const lone = DOTTED.test(name) ? null : LONE.exec(name);
    const match = DOTTED.exec(name) ?? (lone && EXTENSION_ONLY.test(lone[3]) ? lone : null);
    const version = match && parsePep440(match[2]);
    if (!match || !version) continue;
    const key = `${match[1]}{version}${match[3]}`;
    const group = groups.get(key) ?? {
      count: 0,
      longest: 0,
      newest: [],
      years: true,
      joined: true,
      zeroLed: false
    };
    group.count++;
    group.joined &&= /^\d{2}$/.test(match[2]);
    group.zeroLed ||= match[2].startsWith("0");
    group.longest = Math.max(group.longest, version.release.length);
    if (newer(version.release, group.newest)) group.newest = version.release;
    group.years &&= version.release.length === 1 && version.release[0] >= 1900;
    groups.set(key, group);
  }
  return groups;
}
function inferNotesPattern(dir, names, source) {
  let best;
  for (const entry of groupNames(names)) {
    if (!entry[1].years && (!best || entry[1].count > best[1].count)) best = entry;
  }
  if (!best || best[1].count < 2) return void 0;
  const [name, group] = best;
  if (group.longest >= 3) return { dir, name, source };
  if (group.joined && group.zeroLed) return { dir, name, source, series: 2, joined: true };
  return { dir, name, source, series: Math.min(group.newest.length, 2) };
}
function patternServes(pattern, names, version) {
  if (findNotesFile(pattern, names, version)) return true;
  const wanted = parsePep440(version);
  if (!wanted) return false;
  const group = groupNames(names).get(pattern.name);
  if (group === void 0) return false;
  const [only] = group.newest;
  const newest = pattern.joined && group.newest.length === 1 && only !== void 0 ? [Math.floor(only / 10), only % 10] : group.newest;
  return newer(wanted.release, newest);
}

// src/changelog/notes-load.ts
var NOTES_FOLDERS = 8;
async function notesFolderPattern(reader, dir, tree, version) {
  if (!reader.list) return void 0;
  const deeper = await listing(reader, deeperDocsFolders(dir, tree.folders)) ?? [];
  const folders = [
    ...tree.folders,
    ...deeper.filter((entry) => entry.endsWith("/")).map((entry) => entry.slice(0, -1))
  ];
  for (const folder of notesFolders(dir, folders).slice(0, NOTES_FOLDERS)) {
    const names = await fileNames(reader, folder) ?? [];
    const pattern = inferNotesPattern(folder, names, `found in ${folder}/`);
    if (pattern && (!version?.trim() || patternServes(pattern, names, version.trim())))
      return pattern;
  }
  return void 0;
}
function patternOfInput(path2) {
  const pattern = patternFromPath(path2, "as the changelog input names them");
  if (!pattern) {
    throw new UserError(
      `${optionTitle("changelog")} ${path2} has {version} outside its file name. Name the notes files after the version in one folder (docs/release-notes/{version}.rst).`,
      "Changelog pattern not usable"
    );
  }
  return pattern;
}
async function towncrierPattern(reader, setup) {
  const filename = setup.filename;
  const source = `towncrier's filename with single_file = false`;
  const direct = patternFromPath(filename, source);
  if (direct) return direct;
  const dir = folderOf(filename);
  const names = (await fileNames(reader, dir))?.filter((name) => name !== basename(filename));
  return inferPattern(
    dir,
    names ?? [],
    `beside towncrier's ${basename(filename)} with single_file = false`
  );
}
function seriesTitled(releases, wanted) {
  let best;
  for (const section of releases) {
    const release = parsePep440(section.version)?.release ?? [];
    if (release.length >= wanted.release.length) continue;
    if (!release.every((part, index) => part === wanted.release[index])) continue;
    if (!best || release.length > best.length) best = { section, length: release.length };
  }
  return best?.section;
}
function seriesSection(text2, format, found, options) {
  const changelog = parseChangelog(text2, { format, projectName: options.projectName });
  const own = findRelease(changelog, found.version);
  if (own) return { section: own, version: found.version, fallback: false };
  const parsed = parsePep440(found.version);
  const final = parsed && finalOf(parsed);
  const served = (final ? findRelease(changelog, final.normalized) : void 0) ?? (parsed ? seriesTitled(changelog.releases, final ?? parsed) : void 0);
  return served ? { section: served, version: served.version, fallback: true } : { version: found.version, fallback: false };
}
async function loadNotesFile(reader, pattern, options) {
  const version = options.version?.trim() || void 0;
  let found;
  if (version) {
    const names = await fileNames(reader, pattern.dir);
    if (names) {
      found = findNotesFile(pattern, names, version);
    } else {
      const exact = renderPattern(pattern, version);
      if (exact && await reader.read(exact, READ_LIMITS.large) !== void 0) {
        found = { file: exact, version, fallback: false };
      }
    }
  }
  const parsedVersion = version === void 0 ? null : parsePep440(version);
  const named = parsedVersion ? (finalOf(parsedVersion) ?? parsedVersion).normalized : version;
  const file = found?.file ?? (named && renderPattern(pattern, named)) ?? patternPath(pattern);
  const text2 = found ? await readStrict(reader, found.file) ?? "" : "";
  const format = changelogFormat(file, text2);
  if (found && pattern.series) found = { ...found, ...seriesSection(text2, format, found, options) };
  const release = found?.section ? found.section : found && !pattern.series ? readNotesFile(text2, { format, version: found.version, projectName: options.projectName }) : void 0;
  const parsed = singleReleaseChangelog(format, release, found?.fallback ? version : void 0);
  const kept = pattern.series ? `one file per release series: ${patternPath(pattern)}, ${pattern.source}` : `one file per version: ${patternPath(pattern)}, ${pattern.source}`;
  options.notes?.push(
    found ? `Release notes: ${found.file} (${kept}).` : `Release notes are ${kept}.`
  );
  return {
    file,
    text: text2,
    parsed,
    discovered: !options.changelog.trim(),
    perVersion: {
      pattern: patternPath(pattern),
      source: pattern.source,
      exists: found !== void 0,
      ...found?.fallback ? { servedBy: found.version } : {},
      fileFor: (wanted) => renderPattern(pattern, wanted)
    }
  };
}

// src/changelog/find-changelog.ts
async function discoverChangelog(reader, options, pyproject, tree) {
  const { dir, projectName } = options;
  const urls = pyproject?.project?.urls;
  const input = { dir, files: tree.files, urls, repository: options.repository, name: projectName };
  options.notes?.push(...urlNotes(input, options.pyprojectText));
  const candidates = changelogCandidates(input);
  let found = await firstExisting(reader, candidates);
  if (!found) {
    const page = await docsPageSource(reader, dir, docsPagePaths(urls));
    if (page) found = await firstExisting(reader, [page]);
  }
  const followed = found && await followFound(reader, found, options);
  const parsed = followed?.found.parsed;
  if (!parsed || parsed.releases.length === 0 && !parsed.unreleased) {
    const pattern = await notesFolderPattern(reader, dir, tree, options.version);
    if (pattern) return { kind: "notes", loaded: await loadNotesFile(reader, pattern, options) };
  }
  const taken = followed ?? await rootChangelog(reader, options, tree);
  if (!taken) {
    options.notes?.push(noChangelogNote(dir, projectName, tree));
    return void 0;
  }
  options.notes?.push(...taken.notes);
  return { kind: "file", found: taken.found };
}
async function rootChangelog(reader, options, tree) {
  const { dir, projectName } = options;
  if (!dir || !projectName) return void 0;
  const candidates = changelogCandidates({ dir: "", files: tree.files, urls: void 0 });
  const found = await firstExisting(reader, candidates);
  if (!found) return void 0;
  const followed = await followFound(reader, found, options);
  const { file } = followed.found;
  const why = await rootChangelogReason(reader, options, followed.found);
  if (why === void 0) {
    options.notes?.push(
      `${file} at the repository root is not taken for ${projectName} in ${dir}: no heading in it names ${projectName}, and the repository holds other packages. If it is this package's changelog, name it with ${theOption("changelog")}.`
    );
    return void 0;
  }
  const way = file === found.file ? "" : `${found.file} points to it; `;
  const note = `Changelog: ${file}, the repository's, for ${projectName} in ${dir}, which has none of its own (${way}${why}; found without ${theOption("changelog")}).`;
  return { found: followed.found, notes: [note, ...followed.notes.slice(1)] };
}
async function rootChangelogReason(reader, options, found) {
  const { dir, projectName, version } = options;
  const line = headingNaming(found.file, found.text, projectName);
  if (line !== void 0) return `its heading at ${found.file}:${line} names ${projectName}`;
  const list = reader.list;
  if (list && await onlyPackage({ list, read: (path2) => reader.read(path2) }, dir)) {
    return "the repository holds no other package";
  }
  if (!version || !isWorkspaceRoot(await reader.read("pyproject.toml"))) return void 0;
  const parsed = found.parsed ?? parseChangelog(found.text, { format: changelogFormat(found.file, found.text), projectName });
  const release = findRelease(parsed, version);
  return release ? `the repository's root is a workspace with no project of its own, and ${found.file}:${release.line} is ${version}'s release` : void 0;
}
function isWorkspaceRoot(text2) {
  return text2 !== void 0 && /^\[tool\.uv\.workspace\]/m.test(text2) && !/^\[build-system\]/m.test(text2);
}
async function followFound(reader, found, options) {
  const parsed = /* @__PURE__ */ new Map();
  const parse = (file, text2) => {
    let changelog = parsed.get(file);
    if (!changelog) {
      const format = changelogFormat(file, text2);
      changelog = parseChangelog(text2, { format, projectName: options.projectName });
      parsed.set(file, changelog);
    }
    return changelog;
  };
  const followed = await followPointers(found, {
    read: (path2) => readStrict(reader, path2).catch(() => void 0),
    pageSource: (page) => docsPageSource(reader, options.dir, [page]),
    hasReleases: ({ file, text: text2 }) => {
      const changelog = parse(file, text2);
      return changelog.releases.length > 0 || changelog.unreleased !== void 0;
    },
    repository: options.repository
  });
  if (followed.kind === "followed") {
    const { file, text: text2 } = followed.target;
    const way = describeWay(followed.via, file);
    return {
      found: { file, text: text2, discovered: true, parsed: parse(file, text2) },
      notes: [`Changelog: ${file} (${way}; found without ${theOption("changelog")}).`]
    };
  }
  const notes = [`Changelog: ${found.file} (found without ${theOption("changelog")}).`];
  const unresolved = followed.kind === "unresolved" && unresolvedNote(found.file, followed.pointers);
  if (unresolved) notes.push(unresolved);
  return { found: { ...found, parsed: parse(found.file, found.text) }, notes };
}
function urlNotes(input, pyprojectText) {
  const file = repoPath(input.dir, "pyproject.toml");
  return changelogUrlProblems(input).map(({ key, url, problem }) => {
    const index = pyprojectText.split("\n").findIndex((line) => line.includes(url));
    const where2 = index === -1 ? `${file} [project.urls]` : `${file}:${index + 1}`;
    const why = problem === "malformed" ? "has a malformed %-escape (a % not followed by two hex digits of UTF-8), so it names no file" : "points outside the repository (its path climbs above the root with ..), so it is not read";
    return `${where2}: the ${key} link ${why}. Link the changelog's file in this repository, such as https://github.com/${input.repository ?? "OWNER/REPO"}/blob/main/CHANGELOG.md.`;
  });
}
function noChangelogNote(dir, projectName, tree) {
  const reno = tree.files?.includes(repoPath(dir, "reno.yaml")) || tree.folders.includes(repoPath(dir, "releasenotes"));
  const folders = changelogFolders(dir, tree.folders);
  const folder = folders.length === 0 ? "" : ` ${folders.join(", ")} ${folders.length === 1 ? "is a folder" : "are folders"}, not a file: a changelog is one file.`;
  return `No changelog found (CHANGELOG, CHANGES, HISTORY, NEWS or RELEASE_NOTES as .md, .rst or .txt, in ${dir || "the project root"}, docs/ or doc/${projectName ? `, nor one named after ${projectName} there or in a folder above` : ""}); name it with ${theOption("changelog")} to check it.${reno ? ` ${repoPath(dir, "releasenotes")} holds reno notes, which reno renders from git history when the docs build: pyrelease does not read them, so the release notes are not checked.` : ""}${folder}`;
}
var DOCS_DEPTH = 4;
var DOCS_FOLDERS = 200;
async function docsPageSource(reader, dir, pages) {
  if (pages.length === 0 || !reader.list) return void 0;
  let level = [repoPath(dir, "docs"), repoPath(dir, "doc")];
  let listed = 0;
  for (let depth = 0; depth < DOCS_DEPTH && level.length > 0; depth++) {
    const next = [];
    const files = [];
    for (const folder of level) {
      if (++listed > DOCS_FOLDERS) return void 0;
      for (const entry of await reader.list(folder) ?? []) {
        if (entry.endsWith("/")) next.push(entry.slice(0, -1));
        else files.push(entry);
      }
    }
    for (const page of pages) {
      const found = files.filter((file) => isPageSource(file, page));
      if (found.length === 1) return found[0];
      if (found.length > 1) return void 0;
    }
    level = next.filter((folder) => !basename(folder).startsWith("."));
  }
  return void 0;
}

// src/changelog/load.ts
function parseTomlQuietly(text2) {
  if (text2 === void 0) return void 0;
  try {
    return (0, import_parse_string.default)(stripBom(text2).replace(/\r\n/g, "\n"));
  } catch {
    return void 0;
  }
}
async function listProjectTree(reader, dir, projectName) {
  const folderNames = (entries2) => (entries2 ?? []).filter((entry) => entry.endsWith("/")).map((entry) => entry.slice(0, -1));
  const listed = await listing(reader, listedFolders(dir));
  const entries = listed && [
    ...listed,
    ...await listing(reader, namedFolders(folderNames(listed), projectName)) ?? []
  ];
  return {
    files: entries?.filter((entry) => !entry.endsWith("/")),
    folders: folderNames(entries)
  };
}
async function readTowncrierSetup(reader, dir, pyproject, tree) {
  const towncrierToml = tree.files?.includes(repoPath(dir, "towncrier.toml")) ? parseTomlQuietly(await reader.read(repoPath(dir, "towncrier.toml"))) : void 0;
  return towncrierSetup({ dir, pyproject, towncrierToml, folders: tree.folders });
}
async function notesPatternFor(reader, wanted, dir, setup) {
  if (wanted.includes("{version}")) return patternOfInput(repoPath(dir, wanted));
  if (!wanted && setup?.filename && !setup.singleFile) return towncrierPattern(reader, setup);
  return void 0;
}
async function readNamedChangelog(reader, file) {
  const text2 = await readStrict(reader, file);
  if (text2 === void 0) {
    throw new UserError(
      `No changelog at ${file}. Create it (## [Unreleased], then ## [X.Y.Z] - YYYY-MM-DD headings), point ${theOption("changelog")} at it, leave it out to find it, or set ${setting("changelog", NO_CHANGELOG)} to release without one.`,
      "Changelog not found",
      { file }
    );
  }
  return { file, text: text2, discovered: false };
}
async function loadChangelog(reader, options) {
  const wanted = options.changelog.trim();
  if (wanted.toLowerCase() === NO_CHANGELOG) return void 0;
  const { dir } = options;
  const pyprojectFile = { file: repoPath(dir, "pyproject.toml"), text: options.pyprojectText };
  reader = namingReader(reader, () => [pyprojectFile], dir);
  const pyproject = parseTomlQuietly(options.pyprojectText);
  const tree = await listProjectTree(reader, dir, options.projectName);
  const setup = await readTowncrierSetup(reader, dir, pyproject, tree);
  const pattern = await notesPatternFor(reader, wanted, dir, setup);
  if (pattern) {
    const loaded = await loadNotesFile(reader, pattern, options);
    return setup ? { ...loaded, towncrier: await withFragments(reader, setup) } : loaded;
  }
  let found;
  if (wanted) found = await readNamedChangelog(reader, repoPath(dir, wanted));
  else if (setup?.filename) {
    const text3 = await readStrict(reader, setup.filename) ?? "";
    found = { file: setup.filename, text: text3, discovered: false };
  } else {
    const discovered2 = await discoverChangelog(reader, options, pyproject, tree);
    if (discovered2?.kind === "notes") return discovered2.loaded;
    found = discovered2?.found;
  }
  if (!found) return void 0;
  const { file, text: text2, discovered } = found;
  const parsed = found.parsed ?? parseChangelog(text2, { format: changelogFormat(file, text2), projectName: options.projectName });
  const towncrier = setup ? await withFragments(reader, setup) : void 0;
  return { file, text: text2, parsed, discovered, ...towncrier ? { towncrier } : {} };
}
async function withFragments(reader, setup) {
  const inFolder = await reader.list?.(setup.directory) ?? [];
  const fragments = inFolder.filter((entry) => !entry.endsWith("/")).filter((entry) => isFragment(basename(entry), setup.types));
  return { ...setup, fragments };
}

// src/project/pyproject.ts
var import_parse_string2 = __toESM(require_parse_string(), 1);
function table2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function dig(root, path2) {
  let current = root;
  for (const key of path2) current = table2(current)?.[key];
  return current;
}
function parseToml(text2, file) {
  try {
    return (0, import_parse_string2.default)(stripBom(text2).replace(/\r\n/g, "\n"));
  } catch (error) {
    const tomlError = error;
    const reason = String(tomlError.message ?? error).split("\n")[0].replace(/\s*at row \d+, col \d+, pos \d+:?\s*$/, "");
    const line = typeof tomlError.line === "number" ? tomlError.line + 1 : void 0;
    const column = typeof tomlError.col === "number" ? tomlError.col + 1 : void 0;
    const place2 = line === void 0 ? "" : ` at line ${line}${column ? `, column ${column}` : ""}`;
    throw new UserError(
      `${file} is not valid TOML: ${reason}${place2}. Fix the syntax there (tomllib or \`uv build\` report the same problem).`,
      `Invalid ${file.split("/").pop() ?? file}`,
      { file, line, column }
    );
  }
}
function tableHeader(line) {
  const text2 = line.trim();
  if (!text2.startsWith("[")) return void 0;
  const open = text2.startsWith("[[") ? 2 : 1;
  const close = text2.indexOf("]", open);
  if (close < 0) return void 0;
  const name = text2.slice(open, close).trim();
  if (name === "" || name.includes("[")) return void 0;
  let rest = text2.slice(close + 1);
  if (rest.startsWith("]")) rest = rest.slice(1);
  rest = rest.trimStart();
  return rest === "" || rest.startsWith("#") ? name : void 0;
}
function multilineOpener(line) {
  const stop = line.search(/[#=]/);
  if (stop < 0 || line[stop] !== "=") return void 0;
  const value = line.slice(stop + 1).trimStart();
  const quote = value.slice(0, 3);
  return quote === '"""' || quote === "'''" ? { quote, rest: value.slice(3) } : void 0;
}
function tableLines(text2) {
  const result = [];
  let current = "";
  let openString;
  for (const [index, line] of splitText(text2).lines.entries()) {
    if (openString !== void 0) {
      if (line.includes(openString)) openString = void 0;
      continue;
    }
    const header = tableHeader(line);
    if (header !== void 0) {
      current = header.split(".").map((part) => part.trim()).join(".").replace(/["']/g, "");
      result.push({ index, line, table: current, header: true });
      continue;
    }
    result.push({ index, line, table: current, header: false });
    const opener = multilineOpener(line);
    if (opener !== void 0 && !opener.rest.includes(opener.quote)) openString = opener.quote;
  }
  return result;
}
function locateTomlString(text2, tableName, key) {
  const keyPattern = new RegExp(`^(\\s*${key}\\s*=\\s*)(["'])(.*?)\\2`);
  for (const { index, line, table: table3, header } of tableLines(text2)) {
    if (header || table3 !== tableName) continue;
    const match = keyPattern.exec(line);
    if (match?.[1] !== void 0 && match[3] !== void 0) {
      return { value: match[3], line: index + 1, column: match[1].length + 2 };
    }
  }
  return void 0;
}
function parsePyproject(text2, file) {
  const data = parseToml(text2, file);
  const project = table2(data.project);
  const poetry = table2(dig(data, ["tool", "poetry"]));
  const dynamic = project?.dynamic;
  const dynamicVersion = Array.isArray(dynamic) && dynamic.includes("version");
  let version;
  const versionTable = project?.version !== void 0 ? "project" : poetry?.version !== void 0 ? "tool.poetry" : "";
  if (versionTable) {
    const value = (versionTable === "project" ? project : poetry)?.version;
    if (typeof value !== "string") {
      throw new UserError(
        `${file}: [${versionTable}].version must be a string such as "1.2.3", found ${JSON.stringify(value)}.`,
        "Invalid version",
        { file, line: locateKeyLine(text2, versionTable, "version") }
      );
    }
    const located = locateTomlString(text2, versionTable, "version");
    version = {
      table: versionTable,
      value,
      line: located?.line ?? locateKeyLine(text2, versionTable, "version") ?? 1,
      column: located?.column ?? 1
    };
  }
  const hatchVersion = table2(dig(data, ["tool", "hatch", "version"]));
  const path2 = hatchVersion?.path;
  const source = hatchVersion?.source;
  const packages = dig(data, ["tool", "hatch", "build", "targets", "wheel", "packages"]);
  const name = project?.name ?? poetry?.name;
  const backend = dig(data, ["build-system", "build-backend"]);
  const requires2 = dig(data, ["build-system", "requires"]);
  return {
    name: typeof name === "string" ? name : void 0,
    version,
    dynamicVersion,
    hatchVersionPath: typeof path2 === "string" ? path2 : void 0,
    hatchVersionSource: typeof source === "string" && source !== "regex" ? source : void 0,
    wheelPackages: Array.isArray(packages) ? packages.filter((p) => typeof p === "string") : [],
    buildBackend: typeof backend === "string" ? backend : void 0,
    buildRequires: Array.isArray(requires2) ? requires2.filter((r) => typeof r === "string") : [],
    data
  };
}
function noPyproject(name) {
  return {
    name,
    version: void 0,
    dynamicVersion: false,
    hatchVersionPath: void 0,
    hatchVersionSource: void 0,
    wheelPackages: [],
    buildBackend: void 0,
    buildRequires: [],
    data: {}
  };
}
function locateKeyLine(text2, tableName, key) {
  let headerLine;
  for (const { index, line, table: table3, header } of tableLines(text2)) {
    if (table3 !== tableName) continue;
    if (header) headerLine = index + 1;
    else if (key !== void 0 && new RegExp(`^\\s*${key}\\s*=`).test(line)) {
      return index + 1;
    }
  }
  return headerLine;
}

// src/project/version-files/python-version.ts
var patterns = /* @__PURE__ */ new Map();
function assignmentPatterns(name) {
  let found = patterns.get(name);
  if (!found) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    found = {
      // The annotation is one word or a bracketed type (no spaces to backtrack over).
      literal: new RegExp(
        `^(${escaped}[ \\t]*(?::[ \\t]*[A-Za-z_][\\w.[\\],]*[ \\t]*)?=[ \\t]*(?:[A-Za-z_]\\w*[ \\t]*=[ \\t]*)*[uU]?)(["'])([^"'\\\\\\n]*)\\2[ \\t]*(?:#.*)?$`
      ),
      any: new RegExp(`^\\s*${escaped}\\s*(?::[^=]*)?=(?!=)`)
    };
    patterns.set(name, found);
  }
  return found;
}
function findVersionAssignments(text2, name = "__version__") {
  const { literal, any } = assignmentPatterns(name);
  const literals = [];
  const computedLines = [];
  for (const [index, line] of splitText(text2).lines.entries()) {
    if (!line.includes(name)) continue;
    const match = literal.exec(line);
    if (match?.[1] !== void 0 && match[3] !== void 0) {
      literals.push({ value: match[3], line: index + 1, column: match[1].length + 2 });
    } else if (any.test(line)) {
      computedLines.push(index + 1);
    }
  }
  return { literals, computedLines };
}
function readPythonVersion(text2, file, name = "__version__") {
  const { literals } = findVersionAssignments(text2, name);
  const [first, ...rest] = literals;
  if (!first) return void 0;
  const other = rest.find((candidate) => candidate.value !== first.value);
  if (other) {
    throw new UserError(
      `${file} assigns ${name} twice with different values: "${first.value}" on line ${first.line} and "${other.value}" on line ${other.line}. Keep one assignment.`,
      `Conflicting ${name}`,
      { file, line: other.line, column: other.column }
    );
  }
  return first;
}

// src/project/version-files/python-tokens.ts
var NAME_START = /[A-Za-z_]/;
var NAME_PART = /\w/;
function stringEnd(text2, open) {
  const quote = text2[open];
  const triple = text2.startsWith(quote.repeat(3), open);
  const delimiter = triple ? quote.repeat(3) : quote;
  const bodyStart = open + delimiter.length;
  let index = bodyStart;
  while (index < text2.length) {
    const char = text2[index];
    if (char === "\\") {
      index += 2;
      continue;
    }
    if (!triple && char === "\n") return { bodyStart, bodyEnd: index, end: index };
    if (text2.startsWith(delimiter, index)) {
      return { bodyStart, bodyEnd: index, end: index + delimiter.length };
    }
    index++;
  }
  return { bodyStart, bodyEnd: text2.length, end: text2.length };
}
function stringToken(text2, start, prefix) {
  const span = stringEnd(text2, start + prefix.length);
  const body = text2.slice(span.bodyStart, span.bodyEnd);
  const raw = /r/i.test(prefix);
  const plain = !/f/i.test(prefix) && (raw || !body.includes("\\"));
  return {
    kind: "string",
    text: text2.slice(start, span.end),
    value: plain ? body : void 0,
    bodyStart: span.bodyStart,
    bodyEnd: span.bodyEnd,
    start,
    end: span.end
  };
}
function* pythonTokens(text2, from = 0) {
  let index = from;
  let depth = 0;
  while (index < text2.length) {
    const char = text2[index];
    if (char === "#") {
      const newline = text2.indexOf("\n", index);
      index = newline === -1 ? text2.length : newline;
    } else if (char === "\n") {
      if (depth === 0) yield { kind: "newline", text: "\n", start: index, end: index + 1 };
      index++;
    } else if (char === " " || char === "	" || char === "\r" || char === "\f" || char === "\\") {
      index++;
    } else if (char === '"' || char === "'") {
      const token = stringToken(text2, index, "");
      index = token.end;
      yield token;
    } else if (NAME_START.test(char)) {
      let end = index + 1;
      while (end < text2.length && NAME_PART.test(text2[end])) end++;
      const word = text2.slice(index, end);
      if (word.length <= 2 && /^[rRuUbBfF]+$/.test(word) && /["']/.test(text2[end] ?? "")) {
        const token = stringToken(text2, index, word);
        index = token.end;
        yield token;
      } else {
        yield { kind: "name", text: word, start: index, end };
        index = end;
      }
    } else if (/\d/.test(char)) {
      let end = index + 1;
      while (end < text2.length && /[\w.]/.test(text2[end])) end++;
      yield { kind: "number", text: text2.slice(index, end), start: index, end };
      index = end;
    } else {
      if ("([{".includes(char)) depth++;
      else if (")]}".includes(char) && depth > 0) depth--;
      yield { kind: "op", text: char, start: index, end: index + 1 };
      index++;
    }
  }
}

// src/project/version-files/regex-version.ts
var LOOKAROUND = {
  "(?=": "a lookahead (?=\u2026)",
  "(?!": "a negative lookahead (?!\u2026)",
  "(?<=": "a lookbehind (?<=\u2026)",
  "(?<!": "a negative lookbehind (?<!\u2026)"
};
function unsupportedAt(pattern, index) {
  for (const [opener, what] of Object.entries(LOOKAROUND)) {
    if (pattern.startsWith(opener, index)) return `it uses ${what}`;
  }
  if (pattern.startsWith("(?P=", index)) return "it uses a backreference (?P=name)";
  const flags = /^\(\?([a-zA-Z-]+)[:)]/.exec(pattern.slice(index, index + 16))?.[1];
  if (flags?.includes("x")) return "it uses the verbose flag (?x)";
  if (flags?.includes("L")) return "it uses the locale flag (?L)";
  return void 0;
}
function toRe2(pattern) {
  let source = "";
  let inClass = false;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === "\\") {
      const next = pattern[index + 1] ?? "";
      if (!inClass && /[1-9]/.test(next)) return { reason: `it uses a backreference (\\${next})` };
      source += next === "Z" && !inClass ? "\\z" : char + next;
      index++;
      continue;
    }
    if (inClass) {
      if (char === "]") inClass = false;
      source += char;
      continue;
    }
    if (char === "[") {
      inClass = true;
      source += char;
      const literal = /^\^?\]/.exec(pattern.slice(index + 1))?.[0] ?? "";
      source += literal;
      index += literal.length;
      continue;
    }
    const unsupported = char === "(" ? unsupportedAt(pattern, index) : void 0;
    if (unsupported) return { reason: unsupported };
    const flags = char === "(" ? /^\(\?([a-zA-Z-]+)([:)])/.exec(pattern.slice(index, index + 16)) : null;
    if (flags) {
      const kept = flags[1].replace(/[au]/g, "");
      source += kept === "" || kept === "-" ? flags[2] === ":" ? "(?:" : "" : `(?${kept}${flags[2]}`;
      index += flags[0].length - 1;
      continue;
    }
    source += char;
  }
  return { source };
}
function pythonRegex(pattern) {
  const translated = toRe2(pattern);
  if ("reason" in translated) return { ok: false, reason: translated.reason };
  try {
    return { ok: true, regex: RE2JS.compile(translated.source, RE2JS.MULTILINE) };
  } catch (error) {
    const reason = error.message.replace(/^error parsing regexp: /, "");
    return { ok: false, reason: `RE2 cannot compile it (${reason})` };
  }
}
function positionOf(text2, offset) {
  const start = text2.startsWith("\uFEFF") ? 1 : 0;
  let line = 1;
  let lineStart = start;
  for (let index = text2.indexOf("\n", start); index !== -1 && index < offset; ) {
    line++;
    lineStart = index + 1;
    index = text2.indexOf("\n", lineStart);
  }
  return { line, column: offset - lineStart + 1 };
}
function unusable(pattern, reason, setting2) {
  return new UserError(
    `${setting2.describe} is ${JSON.stringify(pattern)}, which pyrelease cannot run: ${reason}. pyrelease runs the patterns a repository gives with a linear-time engine (RE2), which has no backreferences, lookaround, or verbose and locale flags: match the quote with ['"] instead of a backreference, and write the version's surroundings literally instead of lookaround.`,
    "Unusable version pattern",
    setting2.location
  );
}
function readRegexVersion(text2, file, pattern, group, setting2) {
  const compiled = pythonRegex(pattern);
  if (!compiled.ok) throw unusable(pattern, compiled.reason, setting2);
  const hasGroup = Object.hasOwn(compiled.regex.namedGroups(), group);
  const matcher2 = compiled.regex.matcher(text2.startsWith("\uFEFF") ? ` ${text2.slice(1)}` : text2);
  const found = matcher2.find();
  const value = found && hasGroup ? matcher2.group(group) : null;
  if (!found || value === null) {
    throw new UserError(
      `${setting2.describe} ${JSON.stringify(pattern)} matches nothing in ${file}${found && !hasGroup ? ` (it has no group named "${group}")` : ""}, so the build cannot read the version either. Fix the pattern or the file.`,
      "Version pattern matches nothing",
      setting2.location
    );
  }
  const at = positionOf(text2, matcher2.start(group));
  if (!parsePep440(value)) {
    throw new UserError(
      `${setting2.describe} matches ${file} at line ${at.line}, but its group "${group}" holds text that is not a PEP 440 version there (not shown: a pattern can match any text of the file). Fix the pattern so the group holds only the version, such as 1.2.3, or write the version there.`,
      "Invalid version",
      { file, ...at }
    );
  }
  return { value, ...at };
}

// src/project/version-files/version-tuple.ts
var LEVELS = {
  alpha: "a",
  a: "a",
  beta: "b",
  b: "b",
  rc: "rc",
  c: "rc",
  candidate: "rc",
  final: "",
  dev: ".dev"
};
var MAX_TUPLES = 8;
var MAX_ELEMENTS = 8;
var WELL_KNOWN = ["VERSION", "version_info", "__version_info__", "VERSION_INFO"];
var NUMBER = /^(?:0|[1-9]\d{0,14})$/;
function element(token) {
  if (token.kind === "number" && NUMBER.test(token.text)) {
    return { kind: "number", value: token.text, start: token.start, end: token.end };
  }
  if (token.kind === "string" && token.value !== void 0 && !token.text.startsWith('"""')) {
    return { kind: "string", value: token.value, start: token.bodyStart, end: token.bodyEnd };
  }
  return void 0;
}
function tupleElements(text2, open) {
  const tokens = pythonTokens(text2, open + 1);
  const found = [];
  for (; ; ) {
    const token = tokens.next().value;
    if (!token || token.kind === "newline") return void 0;
    if (token.kind === "op" && token.text === ")") return found;
    const value = element(token);
    if (!value || found.length >= MAX_ELEMENTS) return void 0;
    found.push(value);
    const after = tokens.next().value;
    if (after?.kind !== "op") return void 0;
    if (after.text === ")") return found;
    if (after.text !== ",") return void 0;
  }
}
function suffixText(suffix) {
  return suffix === "" || /^[.+_-]/.test(suffix) || !/^\d/.test(suffix) ? suffix : `.${suffix}`;
}
function spell(numbers, rest) {
  const release = numbers.map((part) => part.value).filter((part) => part !== "");
  if (release.length === 0 || numbers.some((part) => part.kind === "string" && part.value !== "")) {
    return void 0;
  }
  let value = release.join(".");
  if (rest.level) {
    const level = LEVELS[rest.level.name.value.toLowerCase()];
    if (level === void 0) return void 0;
    if (level !== "") value += `${level}${rest.level.serial.value}`;
  } else if (rest.suffix) {
    value += suffixText(rest.suffix.value);
  }
  return parsePep440(value) ? value : void 0;
}
function fromElements(text2, name, elements) {
  const count = elements.findIndex((part) => part.kind !== "number");
  const numbers = count === -1 ? elements : elements.slice(0, count);
  const rest = count === -1 ? [] : elements.slice(count);
  let shape = {};
  if (rest.length === 2 && rest[1].kind === "number") {
    shape = { level: { name: rest[0], serial: rest[1] } };
  } else if (rest.length === 1) {
    shape = { suffix: rest[0] };
  } else if (rest.length > 0) {
    return void 0;
  }
  const value = spell(numbers, shape);
  const first = numbers[0];
  if (value === void 0 || !first) return void 0;
  return { name, value, ...positionOf(text2, first.start), numbers, ...shape };
}
function* linesAt(text2) {
  let offset = text2.startsWith("\uFEFF") ? 1 : 0;
  while (offset <= text2.length) {
    const newline = text2.indexOf("\n", offset);
    const end = newline === -1 ? text2.length : newline;
    const line = text2.slice(offset, text2[end - 1] === "\r" ? end - 1 : end);
    yield { line, offset };
    if (newline === -1) return;
    offset = newline + 1;
  }
}
function tupleOpenings(text2) {
  const openings = /* @__PURE__ */ new Map();
  const pattern = /^([A-Za-z_]\w*)[ \t]*(?::[ \t]*[\w.[\], ]*)?=[ \t]*\(/;
  for (const { line, offset } of linesAt(text2)) {
    const match = line.includes("(") ? pattern.exec(line) : null;
    if (match?.[1] && (openings.has(match[1]) || openings.size < MAX_TUPLES)) {
      openings.set(match[1], offset + match[0].length - 1);
    }
  }
  return openings;
}
function namedTuple(text2, name) {
  const open = tupleOpenings(text2).get(name);
  const elements = open === void 0 ? void 0 : tupleElements(text2, open);
  return elements && fromElements(text2, name, elements);
}
var FAMILY = ["major", "minor", "patch", "micro", "extra"];
function versionFamily(text2) {
  const parts = /* @__PURE__ */ new Map();
  const pattern = /^_version_(major|minor|patch|micro|extra)[ \t]*=[ \t]*/;
  for (const { line, offset } of linesAt(text2)) {
    const match = line.startsWith("_version_") ? pattern.exec(line) : null;
    if (match?.[1]) {
      const tokens = pythonTokens(line, match[0].length);
      const value2 = tokens.next().value;
      const part = value2 && element(value2);
      if (!part || tokens.next().value) return void 0;
      parts.set(match[1], { ...part, start: part.start + offset, end: part.end + offset });
    }
  }
  const major = parts.get("major");
  const minor = parts.get("minor");
  const micro = parts.get("patch") ?? parts.get("micro");
  if (major?.kind !== "number" || minor?.kind !== "number") return void 0;
  if (parts.has("patch") && parts.has("micro")) return void 0;
  const numbers = micro ? [major, minor, micro] : [major, minor];
  const suffix = parts.get("extra");
  if (suffix?.kind === "number") return void 0;
  const value = spell(numbers, suffix ? { suffix } : {});
  if (value === void 0) return void 0;
  const name = FAMILY.filter((part) => parts.has(part)).map((part) => `_version_${part}`).join(", ");
  return { name, value, ...positionOf(text2, major.start), numbers, ...suffix ? { suffix } : {} };
}
function computedFrom(text2, name) {
  const { lines } = splitText(text2);
  const names = /* @__PURE__ */ new Set();
  let getVersion = false;
  for (const line of findVersionAssignments(text2, name).computedLines) {
    for (const token of pythonTokens(lines[line - 1] ?? "")) {
      if (token.kind === "name") names.add(token.text);
    }
    if (/\bget_version\s*\(/.test(lines[line - 1] ?? "")) getVersion = true;
  }
  return { names, getVersion };
}
function readVersionTuple(text2, name = "__version__") {
  const own = namedTuple(text2, name);
  if (own) return own;
  const { names, getVersion } = computedFrom(text2, name);
  if (names.size === 0) return void 0;
  const candidates = [...tupleOpenings(text2).keys()].filter(
    (candidate) => names.has(candidate) || getVersion && WELL_KNOWN.includes(candidate)
  );
  for (const candidate of candidates) {
    const found = namedTuple(text2, candidate);
    if (found) return found;
  }
  return versionFamily(text2);
}

// src/project/version-files/module-version.ts
function readModuleVersion(file, text2, name = "__version__", label = (what) => `${file} ${what}`) {
  const literal = readPythonVersion(text2, file, name);
  if (literal) {
    return { kind: "source", source: { kind: "python", label: label(name), file, ...literal } };
  }
  const computed = findVersionAssignments(text2, name).computedLines[0];
  if (computed === void 0) return { kind: "none" };
  const tuple = readVersionTuple(text2, name);
  if (!tuple) return { kind: "computed", line: computed };
  const { value, line, column } = tuple;
  return {
    kind: "source",
    source: {
      kind: "tuple",
      label: label(tuple.name),
      file,
      value,
      line,
      column,
      ...name === "__version__" ? {} : { attribute: name }
    }
  };
}

// src/project/version-origin.ts
function fileOrigin(backend, sources) {
  return { origin: { kind: "file", backend }, sources };
}
function tagOrigin(backend, how, location) {
  return { origin: { kind: "tag", backend, how, location }, sources: [] };
}
function computedOrigin(backend, how, location) {
  return { origin: { kind: "computed", backend, how, location }, sources: [] };
}

// src/project/backends/python-module.ts
async function findModule(context, dotted2, roots = ["", "src"]) {
  const parts = dotted2.split(".");
  for (const root of roots) {
    const base = [root, ...parts].filter(Boolean).join("/");
    for (const candidate of [`${base}/__init__.py`, `${base}.py`]) {
      context.looked(context.path(candidate));
      const found = await context.read(candidate);
      if (found) return found;
    }
  }
  return void 0;
}
function relativeDir(context, file) {
  const relative = context.dir ? file.slice(context.dir.length + 1) : file;
  return relative.split("/").slice(0, -1).join("/");
}
async function reexportedVersionModule(context, dotted2, init) {
  if (!init.file.endsWith("/__init__.py")) return void 0;
  const pattern = /^from[ \t]+(\.{1,2}[\w.]{0,200}|[A-Za-z_][\w.]{0,200})[ \t]+import\b/;
  const lines = init.text.split("\n");
  for (const [index, line] of lines.entries()) {
    if (!line.startsWith("from") || !/\b__version__\b/.test(line)) continue;
    const source = pattern.exec(line)?.[1];
    const inner = source?.startsWith(".") ? /^\.(\w+)$/.exec(source)?.[1] : source?.startsWith(`${dotted2}.`) ? /^(\w+)$/.exec(source.slice(dotted2.length + 1))?.[1] : void 0;
    if (!inner) continue;
    const packageDir = relativeDir(context, init.file);
    let found;
    for (const candidate of [`${packageDir}/${inner}.py`, `${packageDir}/${inner}/__init__.py`]) {
      found ??= await context.read(candidate);
    }
    if (found) return { ...found, line: index + 1 };
  }
  return void 0;
}

// src/project/backends/setup-cfg.ts
function setupCfgValue(text2, wanted, key) {
  let section = "";
  const pattern = key && new RegExp(`^(${key}[ \\t]*[=:][ \\t]*)(\\S(?:.*\\S)?)[ \\t]*$`);
  for (const [index, line] of splitText(text2).lines.entries()) {
    const header = /^\s*\[([^\]]+)\]/.exec(line);
    if (header?.[1]) {
      section = header[1].trim();
      if (!pattern && section === wanted) return { value: section, line: index + 1, column: 1 };
      continue;
    }
    if (section !== wanted || !pattern) continue;
    const match = pattern.exec(line);
    if (match?.[1] && match[2])
      return { value: match[2], line: index + 1, column: match[1].length + 1 };
  }
  return void 0;
}
function setupCfgMetadata(text2, key) {
  return setupCfgValue(text2, "metadata", key);
}
function setupCfgVersion(text2) {
  return setupCfgMetadata(text2, "version");
}
function packageRoots(context, setupCfg) {
  const roots = [];
  const dirs = table2(dig(context.pyproject.data, ["tool", "setuptools", "package-dir"]));
  if (typeof dirs?.[""] === "string") roots.push(dirs[""]);
  const cfg = setupCfg ? /^\s*package_dir\s*=\s*(?:\n\s+)?=\s*(\S+)/m.exec(setupCfg) : null;
  if (cfg?.[1]) roots.push(cfg[1]);
  return [.../* @__PURE__ */ new Set([...roots, "", "src"])];
}
async function fromAttr(context, directive, setupCfg) {
  const parts = directive.attr.trim().split(".");
  const name = parts.pop() ?? "";
  const moduleName = parts.join(".");
  if (!moduleName || !/^[A-Za-z_]\w*$/.test(name)) {
    throw new UserError(
      `${directive.describe} names ${JSON.stringify(directive.attr)}; an attr is a module and a name in it, such as "my_package.__version__".`,
      "Invalid version attr",
      directive.location
    );
  }
  const module2 = await findModule(context, moduleName, packageRoots(context, setupCfg));
  if (!module2) {
    throw new UserError(
      `${directive.describe} names the module ${moduleName}, which pyrelease cannot find (looked for ${moduleName.replace(/\./g, "/")}.py and ${moduleName.replace(/\./g, "/")}/__init__.py at the project root and under src/). Fix the attr, or set package-dir.`,
      "Version module not found",
      directive.location
    );
  }
  const read = readModuleVersion(module2.file, module2.text, name);
  if (read.kind === "source") return fileOrigin("setuptools", [read.source]);
  if (read.kind === "computed") {
    return computedOrigin(
      "setuptools",
      `${module2.file} computes ${name} (line ${read.line}); setuptools evaluates it when the package builds`,
      { file: module2.file, line: read.line }
    );
  }
  throw new UserError(
    `${directive.describe} reads ${name} from ${module2.file}, which does not assign it. Add ${name} = "X.Y.Z" there, or fix the attr.`,
    "No version found",
    { file: module2.file }
  );
}
async function fromFile(context, directive) {
  const found = await context.read(directive.file);
  context.looked(context.path(directive.file));
  if (!found) {
    throw new UserError(
      `${directive.describe} reads the version from ${directive.file}, which does not exist.`,
      "Version file not found",
      directive.location
    );
  }
  const { lines } = splitText(found.text);
  const index = lines.findIndex((line2) => line2.trim() !== "");
  const line = lines[index] ?? "";
  const value = line.trim();
  if (index < 0 || !value) {
    throw new UserError(
      `${found.file} is empty; it should hold the version, such as 1.2.3.`,
      "No version found",
      {
        file: found.file,
        line: 1
      }
    );
  }
  return fileOrigin("setuptools", [
    {
      kind: "text",
      label: found.file,
      file: found.file,
      line: index + 1,
      column: line.indexOf(value) + 1,
      value
    }
  ]);
}
async function fromSetupCfg(context, cfg) {
  context.looked(`${cfg.file} [metadata] version`);
  const written = setupCfgVersion(cfg.text);
  if (!written) return void 0;
  const location = { file: cfg.file, line: written.line };
  const describe3 = `${cfg.file} [metadata] version`;
  const directive = /^(attr|file):\s*(.+)$/.exec(written.value);
  if (directive?.[1] === "attr" && directive[2]) {
    return fromAttr(context, { attr: directive[2], describe: describe3, location }, cfg.text);
  }
  if (directive?.[1] === "file" && directive[2]) {
    const first = directive[2].split(",")[0].trim();
    return fromFile(context, { file: first, describe: describe3, location });
  }
  return fileOrigin("setuptools", [
    { kind: "setup-cfg", label: describe3, file: cfg.file, ...written }
  ]);
}

// src/project/version-files/setup-py-call.ts
function skipString(cursor) {
  const span = stringEnd(cursor.text, cursor.index);
  cursor.index = span.end;
  return { start: span.bodyStart, end: span.bodyEnd };
}
function* code(text2) {
  const cursor = { text: text2, index: 0 };
  while (cursor.index < text2.length) {
    const char = text2[cursor.index];
    if (char === "#") {
      const newline = text2.indexOf("\n", cursor.index);
      cursor.index = newline === -1 ? text2.length : newline;
      continue;
    }
    if (char === '"' || char === "'") {
      skipString(cursor);
      continue;
    }
    yield cursor.index;
    cursor.index++;
  }
}
function literalAt(text2, start) {
  let index = start;
  while (/[ \t\r\n]/.test(text2[index] ?? "")) index++;
  const prefix = /^[uU]?/.exec(text2.slice(index, index + 1))?.[0] ?? "";
  index += prefix.length;
  const quote = text2[index];
  if (quote !== '"' && quote !== "'") return void 0;
  if (text2.startsWith(quote.repeat(3), index)) return void 0;
  const cursor = { text: text2, index };
  const body = skipString(cursor);
  const value = text2.slice(body.start, body.end);
  if (/[\\\n]/.test(value) || text2[body.end] !== quote) return void 0;
  let after = cursor.index;
  for (; ; ) {
    while (/[ \t\r\n]/.test(text2[after] ?? "")) after++;
    if (text2[after] !== "#") break;
    const newline = text2.indexOf("\n", after);
    after = newline === -1 ? text2.length : newline;
  }
  if (text2[after] !== "," && text2[after] !== ")") return void 0;
  return { value, ...positionOf(text2, body.start) };
}
function nameAt(text2, start) {
  const match = /^[ \t\r\n]*([A-Za-z_]\w{0,99})[ \t\r\n]*[,)]/.exec(text2.slice(start, start + 300));
  return match?.[1];
}
function callArguments(text2, positions, open) {
  const found = { keywords: /* @__PURE__ */ new Map(), unpacked: [], unpacks: 0 };
  let depth = 0;
  for (let scan = open; scan < positions.length; scan++) {
    const offset = positions[scan];
    const char = text2[offset];
    if ("([{".includes(char)) depth++;
    else if (")]}".includes(char)) {
      depth--;
      if (depth === 0) break;
    } else if (depth === 1 && char === "*" && text2[offset + 1] === "*") {
      found.unpacks++;
      const name = /^\*\*\s*([A-Za-z_]\w{0,99})\s*[,)]/.exec(text2.slice(offset, offset + 120));
      if (name) found.unpacked.push(name[1]);
    } else if (depth === 1 && /[A-Za-z_]/.test(char) && !/[\w.]/.test(text2[offset - 1])) {
      const word = /^[A-Za-z_]\w*/.exec(text2.slice(offset, offset + 100))[0];
      const rest = /^\s*=(?!=)/.exec(text2.slice(offset + word.length, offset + word.length + 40));
      if (rest && !found.keywords.has(word)) {
        const valueStart = offset + word.length + rest[0].length;
        const literal = literalAt(text2, valueStart);
        const name = literal ? void 0 : nameAt(text2, valueStart);
        found.keywords.set(word, {
          literal,
          line: positionOf(text2, offset).line,
          ...name !== void 0 && { name }
        });
      }
      while (scan + 1 < positions.length && positions[scan + 1] < offset + word.length) scan++;
    }
  }
  return found;
}
function callOpening(text2, positions, at, callee) {
  const index = positions[at];
  if (!text2.startsWith(callee, index) || /[\w]/.test(text2[index - 1] ?? "")) return void 0;
  if (/[\w]/.test(text2[index + callee.length] ?? "")) return void 0;
  let next = at + callee.length;
  while (next < positions.length && /\s/.test(text2[positions[next]])) next++;
  return text2[positions[next] ?? -1] === "(" ? next : void 0;
}
function dictAssigned(text2, positions, name) {
  const assignment = new RegExp(`^[ 	]*${name}[ 	]*=[ 	]*dict[ 	]*\\(`, "m");
  const match = assignment.exec(text2);
  if (!match) return void 0;
  const open = match.index + match[0].length - 1;
  const at = positions.indexOf(open);
  return at === -1 ? void 0 : callArguments(text2, positions, at);
}
function readSetupCall(source) {
  const text2 = stripBom(source);
  const positions = [...code(text2)];
  for (let at = 0; at < positions.length; at++) {
    const open = callOpening(text2, positions, at, "setup");
    if (open === void 0) continue;
    const index = positions[at];
    if (/\bdef\s+$/.test(text2.slice(Math.max(0, index - 10), index))) continue;
    const call = callArguments(text2, positions, open);
    let unpacks = call.unpacks > 0;
    const [unpacked] = call.unpacked;
    if (call.unpacks === 1 && unpacked !== void 0) {
      const spelled = dictAssigned(text2, positions, unpacked);
      const changed = new RegExp(`\\b${unpacked}(?:\\.update\\b|\\s*\\[)`).test(text2);
      if (spelled) {
        for (const [word, keyword] of spelled.keywords)
          if (!call.keywords.has(word)) call.keywords.set(word, keyword);
        unpacks = spelled.unpacks > 0 || changed;
      }
    }
    return { line: positionOf(text2, index).line, keywords: call.keywords, unpacks };
  }
  return void 0;
}

// src/project/version-files/uv-lock.ts
function lockedProjects(text2) {
  const { lines } = splitText(text2);
  const found = [];
  let inPackage = false;
  let name;
  let source;
  let version;
  const finish = () => {
    if (inPackage && name !== void 0 && source !== void 0)
      found.push({ name, path: source, version });
    inPackage = false;
  };
  for (const [index, line] of lines.entries()) {
    if (/^\s*\[/.test(line)) {
      finish();
      inPackage = /^\s*\[\[\s*package\s*\]\]/.test(line);
      name = source = version = void 0;
      continue;
    }
    if (!inPackage) continue;
    const named = /^\s*name\s*=\s*"([^"]*)"/.exec(line);
    if (named?.[1] !== void 0) name = named[1];
    const local = /^\s*source\s*=\s*\{[^}]*\b(?:editable|virtual)\s*=\s*"([^"]*)"/.exec(line);
    if (local?.[1] !== void 0) source = normalPath(local[1]);
    const value = /^(\s*version\s*=\s*")([^"]*)"/.exec(line);
    if (value?.[1] !== void 0 && value[2] !== void 0) {
      version = { value: value[2], line: index + 1, column: value[1].length + 1 };
    }
  }
  finish();
  return found;
}
function normalPath(text2) {
  const trimmed = text2.replace(/\\/g, "/").replace(/^\.\/(?=.)/, "").replace(/\/+$/, "");
  return trimmed === "" ? "." : trimmed;
}
function readLockedVersion(text2, projectName, path2 = ".") {
  const wanted = canonicalProjectName(projectName);
  const folder = normalPath(path2);
  return lockedProjects(text2).find(
    (locked) => locked.path === folder && canonicalProjectName(locked.name) === wanted
  )?.version;
}

// src/project/backends/flit.ts
var flit = {
  async detect(context) {
    const backend = context.pyproject.buildBackend ?? "";
    if (!backend.startsWith("flit_core") && !backend.startsWith("flit.")) return void 0;
    if (!context.pyproject.dynamicVersion) return void 0;
    const configured = dig(context.pyproject.data, ["tool", "flit", "module", "name"]);
    const module2 = typeof configured === "string" ? configured : canonicalProjectName(context.pyproject.name ?? "").replace(/-/g, "_");
    const found = module2 ? await findModule(context, module2) : void 0;
    if (!found) {
      throw new UserError(
        `flit reads the version from the module ${module2 || "(no project name)"}, which pyrelease cannot find (looked for ${module2.replace(/\./g, "/")}/__init__.py and ${module2.replace(/\./g, "/")}.py at the project root and under src/). Name the module in [tool.flit.module] name.`,
        "Version module not found",
        {
          file: context.pyprojectFile,
          line: locateKeyLine(
            context.pyprojectText,
            typeof configured === "string" ? "tool.flit.module" : "project",
            "name"
          )
        }
      );
    }
    const read = readModuleVersion(found.file, found.text);
    if (read.kind === "source") return fileOrigin("flit", [read.source]);
    const reexported = read.kind === "none" ? await reexportedVersionModule(context, module2, found) : void 0;
    const imported = reexported && readModuleVersion(
      reexported.file,
      reexported.text,
      "__version__",
      (what) => `${reexported.file} ${what} (${found.file} imports it)`
    );
    if (imported?.kind === "source") return fileOrigin("flit", [imported.source]);
    if (read.kind === "none") {
      throw new UserError(
        `${found.file} has no __version__, which flit reads as the version. Add __version__ = "X.Y.Z" there.`,
        "No version found",
        { file: found.file }
      );
    }
    const computed = read.line;
    return computedOrigin(
      "flit",
      `${found.file} computes __version__ (line ${computed}); flit imports the module to read it when the package builds`,
      { file: found.file, line: computed }
    );
  }
};

// src/project/backends/hatch.ts
var SETTING = "[tool.hatch.version]";
var hatch = {
  async detect(context) {
    const config = table2(dig(context.pyproject.data, ["tool", "hatch", "version"]));
    if (!config || !context.pyproject.dynamicVersion) return void 0;
    const at = (key) => ({
      file: context.pyprojectFile,
      line: locateKeyLine(context.pyprojectText, "tool.hatch.version", key)
    });
    const source = typeof config.source === "string" ? config.source : "regex";
    if (source === "vcs" || source === "uv-dynamic-versioning") return void 0;
    if (source === "code") return codeSource(context, config, at);
    if (source !== "regex") {
      return computedOrigin(
        "hatchling",
        `${SETTING} source = "${source}" computes the version when the package builds`,
        at("source")
      );
    }
    const path2 = config.path;
    if (typeof path2 !== "string") {
      throw new UserError(
        `${context.pyprojectFile}: ${SETTING} reads the version from a file but names none. Add path = "src/<package>/__about__.py" (the file with __version__ = "X.Y.Z").`,
        "No version file",
        at()
      );
    }
    const found = await context.read(path2);
    context.looked(`${context.path(path2)} (${SETTING} path)`);
    if (!found) {
      throw new UserError(
        `${context.pyprojectFile} reads the version from ${path2} (${SETTING} path), which does not exist.`,
        "Version file not found",
        at("path")
      );
    }
    const label = `${found.file} (hatch version path)`;
    if (typeof config.pattern === "string") {
      const located = readRegexVersion(found.text, found.file, config.pattern, "version", {
        describe: `${SETTING} pattern`,
        location: at("pattern")
      });
      const source2 = { kind: "regex", label, file: found.file, ...located };
      return fileOrigin("hatchling", [source2]);
    }
    for (const name of ["__version__", "VERSION"]) {
      const located = readPythonVersion(found.text, found.file, name);
      if (located)
        return fileOrigin("hatchling", [{ kind: "python", label, file: found.file, ...located }]);
    }
    const computed = findVersionAssignments(found.text).computedLines[0];
    throw new UserError(
      `${found.file} has no \`__version__ = "X.Y.Z"\` assignment, which ${SETTING} path reads${computed ? ` (line ${computed} computes it, which hatchling cannot read)` : ""}. Write the version there as a string literal, or set ${SETTING} pattern.`,
      "No version found",
      { file: found.file, line: computed }
    );
  }
};
async function codeSource(context, config, at) {
  const expression = typeof config.expression === "string" ? config.expression : "__version__";
  const found = typeof config.path === "string" ? await context.read(config.path) : void 0;
  if (found && /^[A-Za-z_]\w*$/.test(expression)) {
    const read = readModuleVersion(found.file, found.text, expression);
    if (read.kind === "source") return fileOrigin("hatchling", [read.source]);
    if (read.kind === "computed") {
      return computedOrigin(
        "hatchling",
        `${SETTING} source = "code" evaluates ${expression}, which ${found.file} computes (line ${read.line}) when the package builds`,
        { file: found.file, line: read.line }
      );
    }
  }
  return computedOrigin(
    "hatchling",
    `${SETTING} source = "code" evaluates ${JSON.stringify(expression)} when the package builds`,
    found ? { file: found.file } : at("source")
  );
}

// src/project/version-files/incremental-version.ts
var INCREMENTAL_FIELDS = [
  "package",
  "major",
  "minor",
  "micro",
  "release_candidate",
  "prerelease",
  "post",
  "dev"
];
function tokenize(text2, from) {
  const tokens = [];
  const pattern = /\s+|#[^\n]*|(?<string>"[^"\\\n]*"|'[^'\\\n]*')|(?<number>\d+)(?![\w.])|(?<name>[A-Za-z_]\w*)|(?<punct>[=,)])/y;
  pattern.lastIndex = from;
  while (pattern.lastIndex < text2.length) {
    const start = pattern.lastIndex;
    const match = pattern.exec(text2);
    if (!match) return void 0;
    const groups = match.groups ?? {};
    const kind = ["string", "number", "name", "punct"].find(
      (name) => groups[name] !== void 0
    );
    if (!kind) continue;
    const token = { kind, text: match[0], start, end: start + match[0].length };
    tokens.push(token);
    if (token.text === ")") return tokens;
  }
  return void 0;
}
function wholeNumber(argument) {
  if (!argument || !/^(?:0|[1-9]\d{0,14})$/.test(argument.text)) return void 0;
  return Number(argument.text);
}
function parseArguments(text2, open) {
  const tokens = tokenize(text2, open + 1);
  if (!tokens) return void 0;
  const found = /* @__PURE__ */ new Map();
  let positional = 0;
  let keywords = false;
  let index = 0;
  let commaBefore;
  for (; ; ) {
    const token = tokens[index];
    if (!token) return void 0;
    if (token.text === ")") return { arguments: found, positional, close: token.start };
    let field;
    let keywordStart;
    let value = token;
    if (token.kind === "name" && tokens[index + 1]?.text === "=") {
      field = INCREMENTAL_FIELDS.find((name) => name === token.text);
      keywordStart = token.start;
      value = tokens[index + 2];
      index += 2;
      keywords = true;
      if (!field || !value) return void 0;
    } else {
      if (keywords) return void 0;
      field = INCREMENTAL_FIELDS[positional++];
      if (!field) return void 0;
    }
    if (found.has(field)) return void 0;
    const wanted = field === "package" ? "string" : "number";
    const next = field === "major" && value.kind === "string" && /^["']NEXT["']$/.test(value.text);
    if (value.kind !== wanted && !next) return void 0;
    found.set(field, {
      text: value.text,
      start: value.start,
      end: value.end,
      ...keywordStart === void 0 ? {} : { keywordStart },
      ...commaBefore === void 0 ? {} : { commaBefore }
    });
    index++;
    const after = tokens[index];
    if (after?.text === ",") {
      commaBefore = after.start;
      index++;
    } else if (after?.text !== ")") {
      return void 0;
    }
  }
}
function releaseCandidate(found) {
  const rc = wholeNumber(found.get("release_candidate"));
  const pre = wholeNumber(found.get("prerelease"));
  if (rc && pre) return "conflict";
  return pre && !rc ? pre : rc;
}
function publicVersion(found) {
  const major = found.get("major");
  if (major && /^["']NEXT["']$/.test(major.text)) return "NEXT";
  const release = ["major", "minor", "micro"].map(
    (name) => wholeNumber(found.get(name))
  );
  if (release.some((part) => part === void 0)) return void 0;
  for (const name of ["release_candidate", "prerelease", "post", "dev"]) {
    if (found.has(name) && wholeNumber(found.get(name)) === void 0) return void 0;
  }
  const rc = releaseCandidate(found);
  if (rc === "conflict") return void 0;
  const post = wholeNumber(found.get("post"));
  const dev = wholeNumber(found.get("dev"));
  return release.join(".") + (rc === void 0 ? "" : `rc${rc}`) + (post === void 0 ? "" : `.post${post}`) + (dev === void 0 ? "" : `.dev${dev}`);
}
var ASSIGNMENT = /^__version__[ \t]*(?::[ \t]*[A-Za-z_][\w.]*[ \t]*)?=[ \t]*(?:incremental[ \t]*\.[ \t]*)?Version[ \t]*\(/gm;
function callOpenings(text2) {
  const openings = [];
  for (const match of text2.matchAll(ASSIGNMENT)) {
    openings.push((match.index ?? 0) + match[0].length - 1);
  }
  return openings;
}
function readIncrementalVersion(text2) {
  const body = text2.startsWith("\uFEFF") ? ` ${text2.slice(1)}` : text2;
  const calls = [];
  for (const open of callOpenings(body)) {
    const parsed = parseArguments(body, open);
    const value = parsed && publicVersion(parsed.arguments);
    if (!parsed || value === void 0) {
      return { kind: "unreadable", line: positionOf(text2, open).line };
    }
    const major = parsed.arguments.get("major");
    calls.push({ value, ...positionOf(text2, major.start), ...parsed });
  }
  const [first, ...rest] = calls;
  if (!first) {
    const other2 = /^__version__[ \t]*(?::[^=\n]*)?=(?!=)/m.exec(body);
    return other2 ? { kind: "unreadable", line: positionOf(text2, other2.index).line } : { kind: "none" };
  }
  const other = rest.find((call) => call.value !== first.value);
  return other ? { kind: "conflict", first, other } : { kind: "call", call: first, count: calls.length };
}

// src/project/backends/incremental.ts
function setuptoolsBuilds(context) {
  const backend = context.pyproject.buildBackend;
  return backend === void 0 || backend.startsWith("setuptools");
}
function lineOf(text2, pattern) {
  const index = splitText(text2).lines.findIndex((line) => pattern.test(line));
  return index < 0 ? void 0 : index + 1;
}
async function findSetting(context) {
  const { pyproject, pyprojectFile, pyprojectText } = context;
  const hatchVersion = table2(dig(pyproject.data, ["tool", "hatch", "version"]));
  if (pyproject.dynamicVersion && hatchVersion?.source === "incremental") {
    return {
      backend: "hatchling",
      describe: '[tool.hatch.version] source = "incremental"',
      location: {
        file: pyprojectFile,
        line: locateKeyLine(pyprojectText, "tool.hatch.version", "source")
      }
    };
  }
  if (!setuptoolsBuilds(context)) return void 0;
  const setuptoolsDynamic = dig(pyproject.data, ["tool", "setuptools", "dynamic", "version"]);
  if (pyproject.dynamicVersion && setuptoolsDynamic === void 0 && table2(dig(pyproject.data, ["tool", "incremental"]))) {
    return {
      backend: "setuptools",
      describe: "[tool.incremental]",
      location: { file: pyprojectFile, line: locateKeyLine(pyprojectText, "tool.incremental") }
    };
  }
  if (pyproject.dynamicVersion || pyproject.data.project === void 0) {
    const setupPy = await context.read("setup.py");
    const on = /\buse_incremental\s*=\s*True\b/;
    if (setupPy && on.test(setupPy.text)) {
      const name = /\bname\s*=\s*(["'])([A-Za-z0-9._-]+)\1/.exec(setupPy.text)?.[2];
      return {
        backend: "setuptools",
        describe: "use_incremental=True in setup.py",
        location: { file: setupPy.file, line: lineOf(setupPy.text, on) },
        ...name ? { setupName: name } : {}
      };
    }
  }
  return void 0;
}
function packageName(context, setting2) {
  const configured = dig(context.pyproject.data, ["tool", "incremental", "name"]);
  if (typeof configured === "string") return configured;
  return context.pyproject.name ?? setting2.setupName;
}
async function versionFile(context, folder) {
  const inSrc = `src/${folder}/_version.py`;
  const atRoot = `${folder}/_version.py`;
  const listed = await context.reader.list?.(context.path("src"));
  const srcFolder = listed?.includes(`${context.path(`src/${folder}`)}/`);
  const candidates = srcFolder === true ? [inSrc] : srcFolder === false ? [atRoot] : [inSrc, atRoot];
  for (const candidate of candidates) {
    context.looked(context.path(candidate));
    const found = await context.read(candidate);
    if (found) return { candidates, found };
  }
  return { candidates };
}
var incremental = {
  async detect(context) {
    const setting2 = await findSetting(context);
    if (!setting2) return void 0;
    const name = packageName(context, setting2);
    if (!name) {
      throw new UserError(
        `${setting2.location.file}: incremental (${setting2.describe}) takes the project name from [tool.incremental] name or [project].name, and neither is set. Add name = "<project>" under [project].`,
        "No project name",
        setting2.location
      );
    }
    const folder = name.toLowerCase();
    const { candidates, found } = await versionFile(context, folder);
    if (!found) {
      const paths = candidates.map((candidate) => context.path(candidate)).join(" or ");
      if (setting2.setupName !== void 0 || context.pyproject.data.project === void 0) {
        return computedOrigin(
          setting2.backend,
          `${setting2.describe}: incremental reads a _version.py that is not at ${paths}`,
          setting2.location
        );
      }
      throw new UserError(
        `incremental (${setting2.describe}) reads the version of ${name} from ${paths}, which does not exist. Create it with \`incremental update ${name} --create\`, or set [tool.incremental] name to the package's name.`,
        "Version file not found",
        setting2.location
      );
    }
    const reading = readIncrementalVersion(found.text);
    if (reading.kind === "conflict") {
      throw new UserError(
        `${found.file} assigns __version__ twice with different versions: ${reading.first.value} on line ${reading.first.line} and ${reading.other.value} on line ${reading.other.line}. Keep one assignment.`,
        "Conflicting __version__",
        { file: found.file, line: reading.other.line }
      );
    }
    if (reading.kind === "call") {
      const { call } = reading;
      return fileOrigin(setting2.backend, [
        {
          kind: "incremental",
          label: `${found.file} (incremental)`,
          file: found.file,
          line: call.line,
          column: call.column,
          value: call.value
        }
      ]);
    }
    if (reading.kind === "unreadable") {
      return computedOrigin(
        setting2.backend,
        `${found.file} line ${reading.line} builds __version__ with more than numbers, and incremental evaluates it when the package builds`,
        { file: found.file, line: reading.line }
      );
    }
    throw new UserError(
      `${found.file} has no __version__ = Version("${name}", X, Y, Z), which incremental (${setting2.describe}) reads. Write it there, or create it with \`incremental update ${name} --create\`.`,
      "No version found",
      { file: found.file }
    );
  }
};

// src/project/backends/maturin.ts
function parentDirs(file) {
  const parts = file.split("/").slice(0, -1);
  const dirs = [];
  while (parts.length > 0) {
    parts.pop();
    dirs.push(parts.join("/"));
  }
  return dirs;
}
async function workspaceVersion(context, member) {
  for (const dir of parentDirs(member)) {
    const file = dir ? `${dir}/Cargo.toml` : "Cargo.toml";
    context.looked(`${file} [workspace.package].version`);
    const text2 = await context.reader.read(file);
    if (text2 === void 0) continue;
    const data = parseToml(text2, file);
    if (!table2(data.workspace)) continue;
    const version = dig(data, ["workspace", "package", "version"]);
    const located = locateTomlString(text2, "workspace.package", "version");
    if (typeof version !== "string" || !located) {
      throw new UserError(
        `${member} takes its version from the workspace (version.workspace = true), but the workspace root ${file} has no [workspace.package] version = "X.Y.Z".`,
        "No version found",
        { file, line: locateKeyLine(text2, "workspace") }
      );
    }
    return fileOrigin("maturin", [
      {
        kind: "cargo",
        label: `${file} [workspace.package].version`,
        file,
        ...located,
        spelling: "semver"
      }
    ]);
  }
  throw new UserError(
    `${member} takes its version from the workspace (version.workspace = true), but no Cargo.toml above it has a [workspace] table. Write version = "X.Y.Z" under [package], or check out the whole workspace.`,
    "No workspace root",
    { file: member }
  );
}
var maturin = {
  async detect(context) {
    if (context.pyproject.buildBackend !== "maturin" || context.pyproject.version) return void 0;
    const configured = dig(context.pyproject.data, ["tool", "maturin", "manifest-path"]);
    const relative = typeof configured === "string" ? configured : "Cargo.toml";
    context.looked(`${context.path(relative)} [package].version`);
    const found = await context.read(relative);
    if (!found) {
      throw new UserError(
        `maturin reads the version from ${relative}, which does not exist. Set [tool.maturin] manifest-path, or write version under [project].`,
        "Version file not found",
        {
          file: context.pyprojectFile,
          line: locateKeyLine(context.pyprojectText, "tool.maturin", "manifest-path")
        }
      );
    }
    const data = parseToml(found.text, found.file);
    const version = dig(data, ["package", "version"]);
    if (table2(version)?.workspace === true) return workspaceVersion(context, found.file);
    const located = locateTomlString(found.text, "package", "version");
    if (typeof version !== "string" || !located) {
      throw new UserError(
        `${found.file} has no [package] version = "X.Y.Z", which maturin uses as the version.`,
        "No version found",
        { file: found.file, line: locateKeyLine(found.text, "package") }
      );
    }
    return fileOrigin("maturin", [
      {
        kind: "cargo",
        label: `${found.file} [package].version`,
        file: found.file,
        ...located,
        spelling: "semver"
      }
    ]);
  }
};

// src/project/backends/meson.ts
function projectCall(text2) {
  const opener = /^[ \t]*project[ \t]*\(/m.exec(text2);
  if (!opener) return void 0;
  const start = opener.index + opener[0].length;
  let depth = 1;
  let quote = false;
  for (let index = start; index < text2.length; index++) {
    const char = text2[index];
    if (quote) {
      if (char === "\\") index++;
      else if (char === "'") quote = false;
      continue;
    }
    if (char === "'") quote = true;
    else if (char === "#")
      index = text2.indexOf("\n", index) === -1 ? text2.length : text2.indexOf("\n", index);
    else if (char === "(" || char === "[") depth++;
    else if (char === ")" || char === "]") {
      depth--;
      if (depth === 0) return { start, body: text2.slice(start, index) };
    }
  }
  return void 0;
}
var meson = {
  async detect(context) {
    if (context.pyproject.buildBackend !== "mesonpy" || !context.pyproject.dynamicVersion)
      return void 0;
    context.looked(`${context.path("meson.build")} project(version: \u2026)`);
    const found = await context.read("meson.build");
    if (!found) {
      throw new UserError(
        `meson-python reads the version from meson.build, which does not exist in ${context.dir || "the repository root"}.`,
        "Version file not found",
        { file: context.pyprojectFile }
      );
    }
    const call = projectCall(found.text);
    const keyword = call ? /\bversion[ \t]*:[ \t]*/.exec(call.body) : null;
    if (!call || !keyword) {
      throw new UserError(
        `${found.file} has no project(\u2026, version: 'X.Y.Z'), which meson-python uses as the version.`,
        "No version found",
        { file: found.file }
      );
    }
    const valueStart = call.start + keyword.index + keyword[0].length;
    const rest = found.text.slice(valueStart);
    const literal = /^'([^'\\\n]*)'/.exec(rest);
    if (literal?.[1] !== void 0) {
      const { line: line2, column } = positionOf(found.text, valueStart + 1);
      return fileOrigin("meson-python", [
        {
          kind: "meson",
          label: `${found.file} project(version)`,
          file: found.file,
          line: line2,
          column,
          value: literal[1]
        }
      ]);
    }
    const fromFile2 = /^files[ \t]*\([ \t]*'([^'\n]+)'[ \t]*\)/.exec(rest);
    if (fromFile2?.[1]) {
      const versionFile2 = await context.read(fromFile2[1]);
      if (!versionFile2) {
        throw new UserError(
          `${found.file} reads the version from ${fromFile2[1]}, which does not exist.`,
          "Version file not found",
          { file: found.file, line: positionOf(found.text, valueStart).line }
        );
      }
      const first = splitText(versionFile2.text).lines[0] ?? "";
      return fileOrigin("meson-python", [
        {
          kind: "text",
          label: versionFile2.file,
          file: versionFile2.file,
          line: 1,
          column: first.indexOf(first.trim()) + 1,
          value: first.trim()
        }
      ]);
    }
    const { line } = positionOf(found.text, valueStart);
    return computedOrigin(
      "meson-python",
      `${found.file} computes project(version) when meson configures the build`,
      {
        file: found.file,
        line
      }
    );
  }
};

// src/project/backends/pbr.ts
var pbr = {
  async detect(context) {
    const { pyproject } = context;
    if (!pyproject.dynamicVersion && pyproject.data.project !== void 0) return void 0;
    const cfg = await context.read("setup.cfg");
    if (cfg && setupCfgVersion(cfg.text)) return void 0;
    const backend = pyproject.buildBackend ?? "";
    if (backend === "pbr.build" || backend.startsWith("pbr.build:")) {
      return tagOrigin("pbr", `build-backend = "${backend}"`, {
        file: context.pyprojectFile,
        line: locateKeyLine(context.pyprojectText, "build-system", "build-backend")
      });
    }
    const setupPy = await context.read("setup.py");
    const call = setupPy ? readSetupCall(setupPy.text) : void 0;
    const keyword = call?.keywords.get("pbr");
    if (!setupPy || !keyword || call?.keywords.has("version")) return void 0;
    return tagOrigin("pbr", `pbr=True in ${setupPy.file} (line ${keyword.line})`, {
      file: setupPy.file,
      line: keyword.line
    });
  }
};

// src/project/backends/pdm.ts
var SETTING2 = "[tool.pdm.version]";
var pdm = {
  async detect(context) {
    const config = table2(dig(context.pyproject.data, ["tool", "pdm", "version"]));
    if (!config || !context.pyproject.dynamicVersion) return void 0;
    const at = (key) => ({
      file: context.pyprojectFile,
      line: locateKeyLine(context.pyprojectText, "tool.pdm.version", key)
    });
    if (config.source === "call") {
      const getter = typeof config.getter === "string" ? config.getter : "";
      const moduleName = getter.split(":")[0].trim();
      const module2 = /^[\w.]+$/.test(moduleName) ? await findModule(context, moduleName) : void 0;
      return computedOrigin(
        "pdm-backend",
        `${SETTING2} source = "call" runs ${getter || "a function"} when the package builds`,
        module2 ? { file: module2.file } : at("source")
      );
    }
    if (config.source !== "file") return void 0;
    const path2 = config.path;
    if (typeof path2 !== "string") {
      throw new UserError(
        `${context.pyprojectFile}: ${SETTING2} source = "file" needs path = "src/<package>/__init__.py".`,
        "No version file",
        at()
      );
    }
    context.looked(`${context.path(path2)} (${SETTING2} path)`);
    const found = await context.read(path2);
    if (!found) {
      throw new UserError(
        `${context.pyprojectFile} reads the version from ${path2} (${SETTING2} path), which does not exist.`,
        "Version file not found",
        at("path")
      );
    }
    const located = readPythonVersion(found.text, found.file);
    if (!located) {
      throw new UserError(
        `${found.file} has no \`__version__ = "X.Y.Z"\` assignment, which ${SETTING2} path reads.`,
        "No version found",
        { file: found.file }
      );
    }
    return fileOrigin("pdm-backend", [
      { kind: "python", label: `${found.file} (pdm version path)`, file: found.file, ...located }
    ]);
  }
};

// src/project/backends/scikit-build.ts
var REGEX_PROVIDER = "scikit_build_core.metadata.regex";
var DEFAULT_REGEX = `(?i)^(?:__version__|VERSION)(?: ?: ?str)? *= *['"]v?(?P<value>[^'"\\n]+?)['"]`;
var scikitBuild = {
  async detect(context) {
    if (!context.pyproject.dynamicVersion) return void 0;
    const config = table2(
      dig(context.pyproject.data, ["tool", "scikit-build", "metadata", "version"])
    );
    const provider = config?.provider;
    if (!config || typeof provider !== "string") return void 0;
    const location = {
      file: context.pyprojectFile,
      line: locateKeyLine(context.pyprojectText, "tool.scikit-build.metadata.version", "provider") ?? locateKeyLine(context.pyprojectText, "tool.scikit-build")
    };
    if (provider !== REGEX_PROVIDER) {
      if (provider.includes("setuptools_scm")) return void 0;
      return computedOrigin(
        "scikit-build-core",
        `the version provider ${provider} computes it when the package builds`,
        location
      );
    }
    const input = config.input;
    if (typeof input !== "string") {
      throw new UserError(
        `${context.pyprojectFile}: the ${REGEX_PROVIDER} provider needs input = "src/<package>/__init__.py".`,
        "No version file",
        location
      );
    }
    context.looked(`${context.path(input)} (scikit-build regex input)`);
    const found = await context.read(input);
    if (!found) {
      throw new UserError(
        `${context.pyprojectFile} reads the version from ${input} (scikit-build metadata.version input), which does not exist.`,
        "Version file not found",
        location
      );
    }
    const located = readRegexVersion(
      found.text,
      found.file,
      typeof config.regex === "string" ? config.regex : DEFAULT_REGEX,
      "value",
      { describe: "[tool.scikit-build] metadata.version regex", location }
    );
    return fileOrigin("scikit-build-core", [
      { kind: "regex", label: `${found.file} (scikit-build regex)`, file: found.file, ...located }
    ]);
  }
};

// src/project/version-files/setup-py-reads.ts
var MAX_PATHS = 10;
function projectPath(pieces) {
  const parts = pieces.join("/").split("/").filter((part) => part !== "" && part !== ".");
  const joined = parts.join("/");
  if (pieces[0]?.startsWith("/") || parts.includes("..")) return void 0;
  if (!/^[\w./-]+\.py$/.test(joined) || /(^|\/)setup\.py$/.test(joined)) return void 0;
  return joined;
}
function versionModule(line, readFrom) {
  if (line.startsWith("from") && /\b__version__\b/.test(line)) {
    return /^from[ \t]+([A-Za-z_][\w.]{0,200})[ \t]+import\b/.exec(line)?.[1];
  }
  const imported = /^import[ \t]+([A-Za-z_][\w.]{0,200})[ \t]*(?:#.*)?$/.exec(line)?.[1];
  return imported && readFrom.has(imported) ? imported : void 0;
}
function importedFrom(text2) {
  const found = [];
  const readFrom = new Set(
    [...text2.matchAll(/\b([A-Za-z_][\w.]{0,200})\.__version__\b/g)].map((match) => match[1])
  );
  for (const [index, line] of text2.split("\n").entries()) {
    const module2 = versionModule(line.replace(/\r$/, ""), readFrom);
    if (!module2 || module2.startsWith(".") || module2.endsWith(".")) continue;
    const base = module2.replace(/\./g, "/");
    for (const root of ["", "src/"]) {
      for (const path2 of [`${root}${base}/__init__.py`, `${root}${base}.py`]) {
        found.push({ path: path2, line: index + 1 });
      }
    }
    if (found.length >= MAX_PATHS) break;
  }
  return found;
}
function setupPyReadPaths(source) {
  const text2 = stripBom(source);
  const found = [];
  let run = [];
  let afterComma = false;
  for (const token of pythonTokens(text2)) {
    if (token.kind === "string" && token.value !== void 0) {
      run = afterComma ? [...run.slice(-4), token.value] : [token.value];
      afterComma = false;
      const path2 = token.value.endsWith(".py") ? projectPath(run) : void 0;
      if (path2 && !found.some((known) => known.path === path2)) {
        found.push({ path: path2, line: positionOf(text2, token.start).line });
        if (found.length >= MAX_PATHS) break;
      }
    } else if (token.kind === "op" && token.text === ",") {
      afterComma = run.length > 0;
    } else {
      run = [];
      afterComma = false;
    }
  }
  for (const imported of importedFrom(text2)) {
    if (!found.some((known) => known.path === imported.path)) found.push(imported);
  }
  return found;
}

// src/project/backends/setup-py.ts
async function fromReadFile(context, setupPy) {
  let computed;
  for (const named of setupPyReadPaths(setupPy.text)) {
    const found = await context.read(named.path);
    if (!found) continue;
    context.looked(`${found.file} __version__ (${setupPy.file} line ${named.line} reads it)`);
    const label = (what) => `${found.file} ${what} (${setupPy.file} reads it)`;
    const read = readModuleVersion(found.file, found.text, "__version__", label);
    if (read.kind === "source") return fileOrigin("setuptools", [read.source]);
    if (read.kind === "computed")
      computed ??= { file: found.file, line: read.line, from: named.line };
  }
  if (!computed) return void 0;
  return computedOrigin(
    "setuptools",
    `${setupPy.file} (line ${computed.from}) reads __version__ from ${computed.file}, which computes it (line ${computed.line}) when it runs`,
    { file: computed.file, line: computed.line }
  );
}
async function detectSetupPyVersion(context, setupPy, call, cfg) {
  const at = (line) => ({ file: setupPy.file, line });
  const scm = call?.keywords.get("use_scm_version");
  if (scm) {
    return tagOrigin(
      "setuptools-scm",
      `use_scm_version in ${setupPy.file} (line ${scm.line})`,
      at(scm.line)
    );
  }
  const keyword = call?.keywords.get("version");
  const fromCfg = cfg ? await fromSetupCfg(context, cfg) : void 0;
  context.looked(`${setupPy.file} setup(version=\u2026)`);
  const named = keyword?.name === void 0 ? void 0 : readPythonVersion(setupPy.text, setupPy.file, keyword.name);
  const literal = keyword?.literal ?? named;
  if (literal) {
    const written = {
      kind: "setup-py",
      label: `${setupPy.file} ${named ? `${keyword?.name} (setup(version=${keyword?.name}))` : "setup(version=\u2026)"}`,
      file: setupPy.file,
      ...literal
    };
    return fileOrigin("setuptools", [written, ...fromCfg?.sources ?? []]);
  }
  if (keyword) {
    return await fromReadFile(context, setupPy) ?? computedOrigin(
      "setuptools",
      `${setupPy.file} computes setup(version=\u2026) (line ${keyword.line}) when it runs`,
      at(keyword.line)
    );
  }
  if (fromCfg) return fromCfg;
  if (!call || call.unpacks) {
    return await fromReadFile(context, setupPy) ?? computedOrigin(
      "setuptools",
      `${setupPy.file} sets the version when it runs`,
      at(call?.line ?? 1)
    );
  }
  if (context.pyprojectText !== "") {
    return computedOrigin(
      "setuptools",
      `${setupPy.file} calls setup() without a version (line ${call.line}), and nothing pyrelease reads states one; a plugin of the build may set it`,
      at(call.line)
    );
  }
  throw new UserError(
    `${setupPy.file} calls setup() without a version${cfg ? `, and ${cfg.file} has no [metadata] version` : ""}: setuptools would build version 0.0.0. Write version = X.Y.Z under [metadata] in setup.cfg, or version="X.Y.Z" in setup().`,
    "No version found",
    cfg ? { file: cfg.file } : at(call.line)
  );
}

// src/project/backends/setuptools.ts
async function setuptoolsBuilds2(context) {
  const backend = context.pyproject.buildBackend;
  return backend === void 0 || backend.startsWith("setuptools") || await wrapsSetuptools(context, backend);
}
function leftToSetup(context) {
  return context.pyproject.dynamicVersion || context.pyproject.data.project === void 0;
}
var setuptools = {
  async detect(context) {
    const cfg = await context.read("setup.cfg");
    const dynamic = dig(context.pyproject.data, ["tool", "setuptools", "dynamic", "version"]);
    const dynamicTable = table2(dynamic);
    if (context.pyproject.dynamicVersion && dynamicTable) {
      const location = {
        file: context.pyprojectFile,
        line: locateKeyLine(context.pyprojectText, "tool.setuptools.dynamic", "version")
      };
      const describe3 = `${context.pyprojectFile} [tool.setuptools.dynamic] version`;
      if (typeof dynamicTable.attr === "string") {
        return fromAttr(context, { attr: dynamicTable.attr, describe: describe3, location }, cfg?.text);
      }
      const file = Array.isArray(dynamicTable.file) ? dynamicTable.file[0] : dynamicTable.file;
      if (typeof file === "string") return fromFile(context, { file, describe: describe3, location });
    }
    if (!leftToSetup(context)) return void 0;
    if (await setuptoolsBuilds2(context)) {
      const setupPy = await context.read("setup.py");
      context.looked(context.path("setup.py"));
      if (setupPy) return detectSetupPyVersion(context, setupPy, readSetupCall(setupPy.text), cfg);
    }
    return cfg ? fromSetupCfg(context, cfg) : void 0;
  }
};
async function wrapsSetuptools(context, backend) {
  const paths = dig(context.pyproject.data, ["build-system", "backend-path"]);
  if (!Array.isArray(paths)) return false;
  const module2 = backend.split(":")[0].trim().split(".").join("/");
  if (!/^[\w/]+$/.test(module2)) return false;
  for (const entry of paths) {
    if (typeof entry !== "string") continue;
    const folder = entry.replace(/\\/g, "/").replace(/^(\.\/)+|\/+$/g, "");
    if (folder.split("/").includes("..")) continue;
    const base = folder === "" || folder === "." ? module2 : `${folder}/${module2}`;
    for (const candidate of [`${base}.py`, `${base}/__init__.py`]) {
      const found = await context.read(candidate);
      if (found && /^[ \t]*(from\s+setuptools\.build_meta\s+import|import\s+setuptools\.build_meta|from\s+setuptools\s+import\s+build_meta)\b/m.test(
        found.text
      )) {
        return true;
      }
    }
  }
  return false;
}

// src/project/backends/static.ts
var staticPyproject = {
  async detect(context) {
    const version = context.pyproject.version;
    if (!version) return void 0;
    return fileOrigin(context.pyproject.buildBackend ?? "setuptools", [
      {
        kind: "pyproject",
        label: `${context.pyprojectFile} [${version.table}].version`,
        file: context.pyprojectFile,
        line: version.line,
        column: version.column,
        value: version.value
      }
    ]);
  }
};

// src/project/backends/vcs.ts
function requires(context, name) {
  return context.pyproject.buildRequires.some((requirement) => name.test(requirement.trim()));
}
function tagSettings(context) {
  const data = context.pyproject.data;
  const text2 = context.pyprojectText;
  const at = (tableName, key) => ({
    file: context.pyprojectFile,
    line: locateKeyLine(text2, tableName, key)
  });
  const found = [];
  const hatchSource = dig(data, ["tool", "hatch", "version", "source"]);
  if (hatchSource === "vcs" || hatchSource === "uv-dynamic-versioning") {
    found.push({
      tool: hatchSource === "vcs" ? "hatch-vcs" : "uv-dynamic-versioning",
      how: `[tool.hatch.version] source = "${hatchSource}"`,
      location: at("tool.hatch.version", "source")
    });
  }
  const scmTable = table2(dig(data, ["tool", "setuptools_scm"])) ?? table2(dig(data, ["tool", "setuptools-scm"]));
  if (scmTable) {
    const name = dig(data, ["tool", "setuptools_scm"]) ? "tool.setuptools_scm" : "tool.setuptools-scm";
    found.push({ tool: "setuptools-scm", how: `[${name}]`, location: at(name) });
  }
  if (dig(data, ["tool", "pdm", "version", "source"]) === "scm") {
    found.push({
      tool: "pdm-backend",
      how: '[tool.pdm.version] source = "scm"',
      location: at("tool.pdm.version", "source")
    });
  }
  if (table2(dig(data, ["tool", "versioningit"]))) {
    found.push({
      tool: "versioningit",
      how: "[tool.versioningit]",
      location: at("tool.versioningit")
    });
  }
  if (dig(data, ["tool", "poetry-dynamic-versioning", "enable"]) === true) {
    found.push({
      tool: "poetry-dynamic-versioning",
      how: "[tool.poetry-dynamic-versioning] enable = true",
      location: at("tool.poetry-dynamic-versioning", "enable")
    });
  }
  const skbuildProvider = dig(data, ["tool", "scikit-build", "metadata", "version", "provider"]);
  if (skbuildProvider === "scikit_build_core.metadata.setuptools_scm") {
    found.push({
      tool: "setuptools-scm",
      how: '[tool.scikit-build] metadata.version.provider = "scikit_build_core.metadata.setuptools_scm"',
      location: at("tool.scikit-build")
    });
  }
  return found;
}
var vcs = {
  async detect(context) {
    if (!context.pyproject.dynamicVersion && context.pyproject.data.project !== void 0) {
      return void 0;
    }
    const [setting2] = tagSettings(context);
    if (setting2) return tagOrigin(setting2.tool, setting2.how, setting2.location);
    const backend = context.pyproject.buildBackend ?? "";
    if (backend.startsWith("flit_scm")) {
      return tagOrigin("flit_scm", `build-backend = "${backend}"`, {
        file: context.pyprojectFile,
        line: locateKeyLine(context.pyprojectText, "build-system", "build-backend")
      });
    }
    const setuptoolsDynamic = dig(context.pyproject.data, [
      "tool",
      "setuptools",
      "dynamic",
      "version"
    ]);
    if (context.pyproject.dynamicVersion && setuptoolsDynamic === void 0 && requires(context, /^setuptools[_-]scm\b/i)) {
      return tagOrigin("setuptools-scm", "setuptools-scm in [build-system] requires", {
        file: context.pyprojectFile,
        line: locateKeyLine(context.pyprojectText, "build-system", "requires")
      });
    }
    return void 0;
  }
};

// src/project/backends/versioneer.ts
async function findSetting2(context) {
  const config = table2(dig(context.pyproject.data, ["tool", "versioneer"]));
  if (config) {
    const source = config.versionfile_source;
    return {
      how: "[tool.versioneer]",
      location: {
        file: context.pyprojectFile,
        line: locateKeyLine(context.pyprojectText, "tool.versioneer")
      },
      versionFile: typeof source === "string" ? source : void 0
    };
  }
  const cfg = await context.read("setup.cfg");
  const section = cfg && setupCfgValue(cfg.text, "versioneer");
  if (cfg && section) {
    return {
      how: `[versioneer] in ${cfg.file}`,
      location: { file: cfg.file, line: section.line },
      versionFile: setupCfgValue(cfg.text, "versioneer", "versionfile_source")?.value
    };
  }
  const setupPy = await context.read("setup.py");
  const call = /\bversioneer\.get_version\s*\(/;
  if (!setupPy || !call.test(setupPy.text) || !await context.read("versioneer.py")) {
    return void 0;
  }
  const index = splitText(setupPy.text).lines.findIndex((line) => call.test(line));
  return {
    how: `versioneer.get_version() in ${setupPy.file} (line ${index + 1})`,
    location: { file: setupPy.file, line: index + 1 },
    versionFile: void 0
  };
}
var versioneer = {
  async detect(context) {
    const { pyproject } = context;
    if (!pyproject.dynamicVersion && pyproject.data.project !== void 0) return void 0;
    const setting2 = await findSetting2(context);
    if (!setting2) return void 0;
    const versionFile2 = setting2.versionFile && await context.read(setting2.versionFile);
    const keywords = versionFile2 && /^[ \t]*git_refnames[ \t]*=[ \t]*["']\$Format:%d\$["']/m.test(versionFile2.text);
    const how = keywords ? `${setting2.how}; ${versionFile2.file} holds its git-archive keywords` : setting2.how;
    return tagOrigin("versioneer", how, setting2.location);
  }
};

// src/project/backends/registry.ts
var BACKENDS = [
  vcs,
  staticPyproject,
  incremental,
  pbr,
  versioneer,
  hatch,
  pdm,
  flit,
  maturin,
  meson,
  scikitBuild,
  setuptools
];
function backendContext(input, looked) {
  const path2 = (relative) => repoPath(input.dir, relative);
  const read = [{ file: input.pyprojectFile, text: input.pyprojectText }];
  return {
    ...input,
    path: path2,
    async read(relative) {
      const file = path2(relative);
      const text2 = await input.reader.read(file).catch((error) => {
        throw namedWhere(error, [relative, file], read);
      });
      if (text2 === void 0) return void 0;
      read.push({ file, text: text2 });
      return { file, text: text2 };
    },
    looked(place2) {
      if (!looked.includes(place2)) looked.push(place2);
    }
  };
}
function refuseMixedSources(context) {
  const { pyproject, pyprojectFile } = context;
  const version = pyproject.version;
  if (!version || version.table !== "project") return;
  if (pyproject.dynamicVersion) {
    throw new UserError(
      `${pyprojectFile} gives [project].version = "${version.value}" and also lists "version" in [project].dynamic; a version is one or the other. Remove one of them.`,
      "Conflicting version sources",
      { file: pyprojectFile, line: version.line, column: version.column }
    );
  }
  const [setting2] = tagSettings(context);
  if (setting2) {
    throw new UserError(
      `${pyprojectFile} writes [project].version = "${version.value}" (line ${version.line}) and also takes the version from git tags with ${setting2.tool} (${setting2.how}). The build uses one of them and ignores the other: remove the static version and add "version" to [project].dynamic, or remove the ${setting2.tool} setting.`,
      "Conflicting version sources",
      setting2.location
    );
  }
}
async function detectVersionOrigin(input) {
  const looked = [];
  const context = backendContext(input, looked);
  refuseMixedSources(context);
  for (const backend of BACKENDS) {
    const found = await backend.detect(context);
    if (found) return found;
  }
  const { pyproject, pyprojectFile } = input;
  const places = [`${pyprojectFile} [project].version`, ...looked];
  const seen = pyproject.buildBackend ? `the build backend ${pyproject.buildBackend}` : "no [build-system] build-backend";
  throw new UserError(
    `pyrelease saw ${seen}${pyproject.dynamicVersion ? " and a dynamic version" : ""}, and looked in ${places.join(", ")}. Write version = "X.Y.Z" under [project], or configure where the backend reads it (for hatchling: [tool.hatch.version] path; for setuptools: [tool.setuptools.dynamic] version).`,
    "No version found",
    {
      file: pyprojectFile,
      line: locateKeyLine(
        input.pyprojectText,
        "project",
        pyproject.dynamicVersion ? "dynamic" : void 0
      ) ?? 1
    }
  );
}

// src/project/project.ts
async function packageInit(reader, dir, pyproject) {
  const candidates = [];
  for (const pkg of pyproject.wheelPackages)
    candidates.push(`${pkg.replace(/\/+$/, "")}/__init__.py`);
  if (pyproject.name) {
    const importName = distFilenamePrefix(pyproject.name);
    candidates.push(`src/${importName}/__init__.py`, `${importName}/__init__.py`);
  }
  for (const candidate of candidates) {
    const file = repoPath(dir, candidate);
    const text2 = await reader.read(file);
    if (text2 !== void 0) return { file, text: text2 };
  }
  return void 0;
}
async function findLockedVersion(reader, dir, name) {
  const parts = dir === "" ? [] : dir.split("/");
  for (let depth = parts.length; depth >= 0; depth--) {
    const root = parts.slice(0, depth).join("/");
    const file = repoPath(root, "uv.lock");
    const text2 = await reader.read(file, READ_LIMITS.large);
    if (text2 === void 0) continue;
    const member = parts.slice(depth).join("/") || ".";
    const locked = readLockedVersion(text2, name, member);
    if (!locked) return void 0;
    const label = member === "." ? "uv.lock (this project)" : `${file} (workspace member ${name})`;
    return { kind: "uv-lock", label, file, ...locked };
  }
  return void 0;
}
async function readSetupFiles(reader, dir) {
  const read = async (name2) => {
    const file = repoPath(dir, name2);
    const text2 = await reader.read(file);
    return text2 === void 0 ? void 0 : { file, text: text2 };
  };
  const setupPy = await read("setup.py");
  const cfg = await read("setup.cfg");
  const call = setupPy ? readSetupCall(setupPy.text) : void 0;
  const nameKeyword = call?.keywords.get("name");
  const named = setupPy && nameKeyword?.name !== void 0 ? readPythonVersion(setupPy.text, setupPy.file, nameKeyword.name)?.value : void 0;
  const name = nameKeyword ? nameKeyword.literal?.value ?? named : cfg && setupCfgMetadata(cfg.text, "name")?.value;
  const files = [setupPy?.file, cfg?.file].filter((file) => file !== void 0);
  return { setupPy, cfg, name: name || void 0, files };
}
async function describeSetupPy(reader, dir, pyprojectFile) {
  const where2 = dir || "the repository root";
  const setup = await readSetupFiles(reader, dir);
  if (setup.setupPy === void 0) {
    const message = setup.cfg !== void 0 ? `No pyproject.toml or setup.py in ${where2}, only setup.cfg: python -m build, uv build and pip build a folder that has one of them. Add a setup.py that calls setup() (from setuptools import setup; setup()), or a pyproject.toml that names the build backend ([build-system] requires = ["setuptools"], build-backend = "setuptools.build_meta"); the version can stay in setup.cfg [metadata] version.` : `No pyproject.toml in ${where2}. pyrelease releases projects described by pyproject.toml; set ${option("working-directory")} to the folder that holds it.`;
    throw new UserError(message, "pyproject.toml not found", { file: pyprojectFile });
  }
  const pyproject = noPyproject(setup.name);
  return {
    pyprojectFile,
    pyprojectText: "",
    pyproject,
    detected: await detectVersionOrigin({
      reader,
      dir,
      pyprojectFile,
      pyprojectText: "",
      pyproject
    }),
    buildFiles: setup.files,
    legacySetuptools: true,
    setupFiles: setup.files
  };
}
async function describe2(reader, dir) {
  const pyprojectFile = repoPath(dir, "pyproject.toml");
  const pyprojectText = await reader.read(pyprojectFile);
  if (pyprojectText === void 0) return describeSetupPy(reader, dir, pyprojectFile);
  const parsed = parsePyproject(pyprojectText, pyprojectFile);
  const setup = parsed.data.project === void 0 && parsed.name === void 0 ? await readSetupFiles(reader, dir) : void 0;
  const pyproject = setup?.name ? { ...parsed, name: setup.name } : parsed;
  const detected = await detectVersionOrigin({
    reader,
    dir,
    pyprojectFile,
    pyprojectText,
    pyproject
  });
  const setupFiles = setup?.files ?? [];
  return {
    pyprojectFile,
    pyprojectText,
    pyproject,
    detected,
    buildFiles: [pyprojectFile, ...setupFiles],
    legacySetuptools: false,
    setupFiles
  };
}
async function readVersionFiles(reader, options, pyproject, known) {
  const sources = [];
  const notes = [];
  const seen = new Set(known.map((source) => source.file));
  const addPython = (file, text2, required) => {
    if (seen.has(file)) return;
    seen.add(file);
    const read = readModuleVersion(file, text2);
    if (read.kind === "source") {
      sources.push(read.source);
    } else if (required) {
      throw new UserError(
        `${file} has no \`__version__ = "X.Y.Z"\` assignment. Add one, or remove the file from ${option("version-files")}.`,
        "No version found",
        { file, line: read.kind === "computed" ? read.line : void 0 }
      );
    } else if (read.kind === "computed") {
      notes.push(
        `${file} computes __version__ at run time; it is checked in the wheel test instead.`
      );
    }
  };
  const init = await packageInit(reader, options.dir, pyproject);
  if (init) addPython(init.file, init.text, false);
  for (const extra of options.versionFiles) {
    const file = repoPath(options.dir, extra);
    const text2 = await reader.read(file).catch((error) => {
      throw error instanceof RefusedRead ? new RefusedRead(
        `version-files names ${extra}: ${error.message}`,
        error.title,
        error.location
      ) : error;
    });
    if (text2 === void 0) {
      throw new UserError(
        `${option("version-files")} names ${file}, which does not exist. Fix the path (relative to ${option("working-directory")}).`,
        "Version file not found",
        { file }
      );
    }
    addPython(file, text2, true);
  }
  return { sources, notes };
}
function legacyNote({ legacySetuptools, buildFiles }) {
  if (!legacySetuptools) return void 0;
  return `No pyproject.toml: ${buildFiles.join(" and ")} describe${buildFiles.length === 1 ? "s" : ""} a setuptools project, which python -m build and uv build build with setuptools.build_meta:__legacy__ (PEP 517's fallback). setup.py is read as text, never run.`;
}
function setupNote({
  legacySetuptools,
  setupFiles,
  pyprojectFile
}) {
  if (legacySetuptools || setupFiles.length === 0) return void 0;
  return `${pyprojectFile} has no [project] table: ${setupFiles.join(" and ")} describe${setupFiles.length === 1 ? "s" : ""} the project (its name, and its version where they state one), as setuptools reads them; setup.py is read as text, never run.`;
}
function originNote(origin) {
  if (origin.kind === "tag") {
    return `The version comes from the git tag (${origin.backend}: ${origin.how}); the tag is checked as the version, and the release proves it on the built METADATA.`;
  }
  if (origin.kind === "computed") {
    const edit = origin.location ? `${origin.location.file}${origin.location.line ? ` (line ${origin.location.line})` : ""}` : void 0;
    return `The version is only known after the build (${origin.backend}: ${origin.how})${edit ? `; to change it, edit ${edit}` : ""}. The release proves it on the built METADATA.`;
  }
  return void 0;
}
async function loadProject(reader, options) {
  const description = await describe2(reader, options.dir);
  const {
    pyprojectFile,
    pyprojectText,
    pyproject,
    detected,
    buildFiles,
    legacySetuptools,
    setupFiles
  } = description;
  const version = typeof options.version === "function" ? options.version(pyproject.name) : options.version;
  const named = namingReader(
    reader,
    () => [{ file: pyprojectFile, text: pyprojectText }],
    options.dir
  );
  const files = await readVersionFiles(named, options, pyproject, detected.sources);
  const sources = [...detected.sources, ...files.sources];
  const origin = detected.origin;
  const primary = origin.kind === "file" ? sources[0] : void 0;
  const locked = pyproject.name && origin.kind === "file" ? await findLockedVersion(reader, options.dir, pyproject.name) : void 0;
  if (locked) sources.push(locked);
  const notes = [
    legacyNote(description),
    setupNote(description),
    ...files.notes,
    originNote(origin)
  ].filter((note) => note !== void 0);
  const changelog = await loadChangelog(reader, {
    dir: options.dir,
    changelog: options.changelog,
    pyprojectText,
    projectName: pyproject.name,
    repository: options.repository,
    notes,
    version: version ?? primary?.value
  });
  return {
    dir: options.dir,
    pyprojectFile,
    pyproject,
    buildFiles,
    legacySetuptools,
    setupFiles,
    name: pyproject.name,
    origin,
    primary,
    sources,
    changelog,
    notes
  };
}

// src/tools/git.ts
import { execFile } from "node:child_process";
import { devNull } from "node:os";
var HARDENED = ["-c", `core.hooksPath=${devNull}`, "-c", "core.fsmonitor=false"];
var NETWORK_DEADLINE_MS = {
  fetch: 3e5,
  "ls-remote": 6e4,
  push: 3e5
};
function gitWithDeadline(cwd, args, deadlineMs, env) {
  return new Promise((resolve) => {
    execFile(
      "git",
      [...HARDENED, ...args],
      {
        cwd,
        timeout: deadlineMs,
        killSignal: "SIGKILL",
        maxBuffer: 64 * 1024 * 1024,
        env: childEnvironment(process.env, env)
      },
      (error, stdout, stderr) => {
        const timedOut = error !== null && error.killed === true;
        const exitCode = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({
          exitCode,
          stdout,
          stderr: timedOut ? `${stderr}git ${args[0]} was stopped after ${deadlineMs / 1e3} s without finishing.
` : stderr
        });
      }
    );
  });
}
async function git(cwd, args, env) {
  const deadline = NETWORK_DEADLINE_MS[args[0] ?? ""];
  if (deadline !== void 0) return gitWithDeadline(cwd, args, deadline, env);
  const result = await getExecOutput("git", [...HARDENED, ...args], {
    cwd,
    silent: true,
    ignoreReturnCode: true,
    env: childEnvironment(process.env, env)
  });
  return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}
async function showFile(cwd, commit, path2) {
  const result = await git(cwd, ["show", "--end-of-options", `${commit}:${path2}`]);
  return result.exitCode === 0 ? result.stdout : void 0;
}
async function treeEntry(cwd, commit, path2) {
  const result = await git(cwd, ["ls-tree", "-l", "-z", commit, "--", path2]);
  const [info, name] = result.stdout.split("\0")[0]?.split("	", 2) ?? [];
  if (result.exitCode !== 0 || name !== path2 || info === void 0) return void 0;
  const [, type, , size2] = info.split(/ +/);
  return { type: type ?? "", size: Number(size2) || 0 };
}
async function listTree(cwd, commit, dir) {
  const result = await git(cwd, ["ls-tree", "-z", commit, "--", dir ? `${dir}/` : "."]);
  if (result.exitCode !== 0) return void 0;
  return result.stdout.split("\0").filter(Boolean).map((line) => {
    const [info, file] = line.split("	", 2);
    return info.split(" ")[1] === "tree" ? `${file}/` : file;
  });
}
async function hasCommit(cwd, commit) {
  return (await git(cwd, ["cat-file", "-e", "--end-of-options", `${commit}^{commit}`])).exitCode === 0;
}
async function listTags(cwd) {
  const result = await git(cwd, ["tag", "--list"]);
  return result.exitCode === 0 ? result.stdout.split("\n").filter(Boolean) : [];
}
async function tagCommit(cwd, tag) {
  const result = await git(cwd, [
    "rev-parse",
    "--verify",
    "--quiet",
    "--end-of-options",
    `refs/tags/${tag}^{commit}`
  ]);
  return result.exitCode === 0 ? result.stdout.trim() : void 0;
}
async function remoteBranches(cwd) {
  const result = await git(cwd, ["ls-remote", "--symref", "origin", "HEAD", "refs/heads/*"]);
  if (result.exitCode !== 0) return { branches: [], head: void 0 };
  const branches = [];
  let head;
  for (const line of result.stdout.split("\n")) {
    const symref = /^ref: refs\/heads\/(\S+)\s+HEAD$/.exec(line);
    if (symref) head = symref[1];
    const ref = /^([0-9a-f]+)\s+refs\/heads\/(\S+)$/.exec(line);
    if (ref?.[2]) branches.push({ name: ref[2], tip: ref[1] });
  }
  return { branches, head };
}
async function isOnRemoteBranch(cwd, commit, branch) {
  const ref = `refs/remotes/origin/${branch}`;
  await git(cwd, [
    "fetch",
    "--quiet",
    "--no-tags",
    "--end-of-options",
    "origin",
    `+refs/heads/${branch}:${ref}`
  ]);
  return (await git(cwd, ["merge-base", "--is-ancestor", "--end-of-options", commit, ref])).exitCode === 0;
}
async function tagsMergedInto(cwd, ref) {
  const result = await git(cwd, ["tag", "--list", `--merged=${ref}`]);
  return result.exitCode === 0 ? result.stdout.split("\n").filter(Boolean) : [];
}
async function headCommit(cwd) {
  const result = await git(cwd, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  return result.exitCode === 0 ? result.stdout.trim() : void 0;
}
async function currentBranch(cwd) {
  const result = await git(cwd, ["symbolic-ref", "--quiet", "--short", "HEAD"]);
  return result.exitCode === 0 ? result.stdout.trim() : void 0;
}
async function statusOf(cwd, dir) {
  const result = await git(cwd, [
    "status",
    "--porcelain=v1",
    "-z",
    "--untracked-files=all",
    "--",
    dir === "" ? "." : `:(top,literal)${dir}`
  ]);
  if (result.exitCode !== 0) throw new Error(`git status failed: ${result.stderr.trim()}`);
  return result.stdout;
}
async function changedFiles(cwd, from, to) {
  const result = await git(cwd, ["diff", "--no-renames", "--name-only", "-z", from, to, "--"]);
  return result.exitCode === 0 ? result.stdout.split("\0").filter(Boolean) : void 0;
}
async function changedLines(cwd, from, to, file) {
  const result = await git(cwd, ["diff", "--no-renames", "-U0", from, to, "--", file]);
  if (result.exitCode !== 0) return void 0;
  const lines = /* @__PURE__ */ new Set();
  for (const hunk of result.stdout.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(hunk[1]);
    const count = hunk[2] === void 0 ? 1 : Number(hunk[2]);
    for (let line = start; line < start + count; line++) lines.add(line);
  }
  return lines;
}
async function remoteTags(cwd) {
  const result = await git(cwd, ["ls-remote", "--tags", "--refs", "origin"]);
  if (result.exitCode !== 0) return void 0;
  return result.stdout.split("\n").map((line) => /^[0-9a-f]+\trefs\/tags\/(.+)$/.exec(line)?.[1]).filter((name) => name !== void 0);
}

// src/version/tag.ts
var SEGMENT = "[A-Za-z0-9][A-Za-z0-9._+-]*";
var SAFE_TAG = new RegExp(`^${SEGMENT}(?:/${SEGMENT})*(?:==[0-9][A-Za-z0-9._+-]*)?$`);
var NAME_SEPARATORS2 = ["==", "-", "_", "/"];
var UNDERSCORED = /^\d{1,20}(?:_\d{1,20}){1,4}$/;
function versionAfter(name, prefix) {
  if (!name.startsWith(prefix)) return void 0;
  const written = name.slice(prefix.length);
  if (!/^\d/.test(written)) return void 0;
  const versionText = UNDERSCORED.test(written) ? written.replace(/_/g, ".") : written;
  const version = parsePep440(versionText);
  return version ? { name, prefix, versionText, version } : void 0;
}
var RELEASE_WORDS2 = ["rel_", "rel-", "release_", "release-", "release/"];
function versionAfterName(name, projectNames) {
  for (const projectName of projectNames) {
    const end = projectNameEnd(name, projectName);
    if (end === void 0) continue;
    const separator = NAME_SEPARATORS2.find((candidate) => name.startsWith(candidate, end));
    if (!separator) continue;
    const prefix = name.slice(0, end + separator.length);
    const found = versionAfter(name, prefix) ?? (separator === "==" ? void 0 : versionAfter(name, `${prefix}v`));
    if (found) return found;
  }
  return void 0;
}
function tagVersion(name, prefix, projectNames = []) {
  if (!SAFE_TAG.test(name)) return void 0;
  if (prefix) return versionAfter(name, prefix);
  return versionAfter(name, "v") ?? versionAfter(name, "") ?? versionAfterName(name, projectNames) ?? RELEASE_WORDS2.reduce(
    (found, word) => found ?? versionAfter(name, word),
    void 0
  );
}
function apparentPrefix(name) {
  for (let index = 0; index < name.length; index++) {
    const startsVersion = /\d/.test(name[index]) && (index === 0 || /[-_/v=]/.test(name[index - 1]));
    const prefix = name.slice(0, index);
    if (startsVersion && !/\d[._-]$/.test(prefix) && parsePep440(name.slice(index))) return prefix;
  }
  return void 0;
}
function expectedForms(prefix, projectNames) {
  if (prefix) {
    return `"${prefix}" followed by a PEP 440 version, such as ${prefix}1.2.3 or ${prefix}1.2.3rc1`;
  }
  const name = projectNames[0] ?? "<name>";
  const named = ["-", "-v", "/v", "/", "_", "=="].map((separator) => `${name}${separator}1.2.3`);
  return `a PEP 440 version, with or without "v" (1.2.3, v1.2.3), or the project's name${projectNames[0] ? ` (${projectNames.join(", ")})` : ""} before it: ${named.join(", ")}`;
}
function notTheProjectName(projectNames) {
  return projectNames.length > 0 ? `, which is not the project's name (${projectNames.join(", ")}) followed by -, -v, _, _v, /, /v or ==` : ", and the project names no name to compare it with";
}
function refusalHint(name, prefix, projectNames) {
  const seems = SAFE_TAG.test(name) ? apparentPrefix(name) : void 0;
  const underscored = name.length <= 255 ? /\d+(?:_\d+)+$/.exec(name)?.[0] : void 0;
  if (underscored) {
    const before = name.slice(0, name.length - underscored.length);
    return ` Its version seems written with underscores (${underscored}, read as ${underscored.replace(/_/g, ".")}): set ${theOption("tag-prefix")} to ${JSON.stringify(before)} if that is how this project names its release tags.`;
  }
  if (seems !== void 0 && seems !== prefix) {
    return ` It looks like a version with the prefix "${seems}"${prefix ? "" : notTheProjectName(projectNames)}: set ${theOption("tag-prefix")} to "${seems}" if that is how this project names its release tags.`;
  }
  return ` Release by pushing such a tag, or limit the workflow to them with \`on: push: tags: ['${prefix || "v"}*']\`; a monorepo sets ${option("tag-prefix")} (such as "pkg-v").`;
}
function notAVersionTag(name, prefix, projectNames) {
  return new UserError(
    `The tag ${JSON.stringify(name)} is not a version tag: expected ${expectedForms(prefix, projectNames)}.${refusalHint(name, prefix, projectNames)}`,
    "Not a version tag"
  );
}
function parseVersionTag(name, prefix, projectNames = []) {
  const tag = tagVersion(name, prefix, projectNames);
  if (tag) return tag;
  throw notAVersionTag(name, prefix, projectNames);
}
function refuseNonVersionTag(name, prefix) {
  if (prefix) {
    parseVersionTag(name, prefix);
    return;
  }
  if (SAFE_TAG.test(name) && /\d/.test(name)) return;
  throw notAVersionTag(name, prefix, []);
}

// src/version/tags.ts
function taggedVersions(tags, prefix, projectNames = []) {
  const found = [];
  for (const tag of tags) {
    const parsed = tagVersion(tag, prefix, projectNames);
    if (parsed) {
      found.push({
        tag,
        prefix: parsed.prefix,
        version: parsed.version.normalized,
        prerelease: parsed.version.isPrerelease
      });
    }
  }
  return found;
}
function previousTag(tags, prefix, current, projectNames = []) {
  const currentVersion = tagVersion(current, "")?.version;
  if (!currentVersion) return void 0;
  const candidates = taggedVersions(tags, prefix, projectNames).filter(
    (tagged) => comparePep440(tagged.version, currentVersion.normalized) < 0 && (currentVersion.isPrerelease || !tagged.prerelease)
  );
  candidates.sort((a, b) => comparePep440(b.version, a.version));
  return candidates[0]?.tag;
}
function latestVersionTag(tags, prefix, projectNames = []) {
  const all = taggedVersions(tags, prefix, projectNames);
  all.sort((a, b) => comparePep440(b.version, a.version));
  return all[0];
}
function prefixForNewTag(tags, prefix, projectNames = []) {
  if (prefix) return prefix;
  return latestVersionTag(tags, prefix, projectNames)?.prefix ?? "v";
}

// src/check/run-check.ts
function tagNamesFor(context, inputs, name) {
  return projectTagNames({ name, importName: inputs.importName, repository: context.repository });
}
function gitReader(workspace, commit) {
  const refuse = (file) => {
    const refusal = pathRefusal(file);
    if (refusal) throw refusedPath(file, refusal);
  };
  return {
    async read(file, limit = READ_LIMITS.text) {
      refuse(file);
      const entry = await treeEntry(workspace, commit, file);
      if (entry?.type !== "blob") return void 0;
      if (entry.size > limit) throw tooLarge(file, entry.size, limit);
      return showFile(workspace, commit, file);
    },
    list(dir) {
      refuse(dir);
      return listTree(workspace, commit, dir);
    }
  };
}
async function readChanges(cwd, baseSha, changelogFile) {
  const [files, lines] = await Promise.all([
    changedFiles(cwd, baseSha, "HEAD"),
    changelogFile === void 0 ? void 0 : changedLines(cwd, baseSha, "HEAD", changelogFile)
  ]);
  return { changedFiles: files, changedChangelogLines: lines };
}
async function readBase(context, dir, changelogFile) {
  const pr = context.pullRequest;
  if (!pr) return {};
  const cwd = context.workspace;
  if (!await hasCommit(cwd, pr.baseSha)) {
    await git(cwd, ["fetch", "--no-tags", "--depth=1", "--end-of-options", "origin", pr.baseSha]);
    if (!await hasCommit(cwd, pr.baseSha)) {
      return {
        problem: `commit ${pr.baseSha.slice(0, 12)} is not in the checkout and could not be fetched`
      };
    }
  }
  const [version, changes] = await Promise.all([
    readBaseVersion(cwd, pr.baseSha, dir),
    readChanges(cwd, pr.baseSha, changelogFile)
  ]);
  return { ...version, ...changes };
}
async function readBaseVersion(cwd, baseSha, dir) {
  try {
    const base = await loadProject(gitReader(cwd, baseSha), {
      dir,
      changelog: "none",
      versionFiles: []
    });
    if (!base.primary) return { problem: "the version is not written in its files there" };
    return { version: base.primary.value };
  } catch (error) {
    return { problem: error.message };
  }
}
async function releasedVersions(context, localTags, prefix, projectNames) {
  const versions = (tags) => tags.flatMap((tag) => tagVersion(tag, prefix, projectNames)?.version.normalized ?? []);
  const local = versions(localTags);
  if (local.length > 1 || !context.pullRequest && context.tag === void 0) return local;
  return [.../* @__PURE__ */ new Set([...local, ...versions(await remoteTags(context.workspace) ?? [])])];
}
async function runCheck(context, inputs, tagName) {
  if (tagName !== void 0) refuseNonVersionTag(tagName, inputs.tagPrefix);
  const judged = { names: [] };
  const dir = await resolveProjectDir(context.workspace, inputs.workingDirectory);
  const tagList = listTags(context.workspace);
  tagList.catch(() => void 0);
  const project = await loadProject(fileSystemReader(context.workspace), {
    dir,
    changelog: inputs.changelog,
    versionFiles: inputs.versionFiles,
    repository: context.repository,
    version: (name) => {
      judged.names = tagNamesFor(context, inputs, name);
      if (tagName === void 0) return void 0;
      judged.tag = parseVersionTag(tagName, inputs.tagPrefix, judged.names);
      return judged.tag.versionText;
    }
  });
  const { tag, names } = judged;
  const [base, tags, merged] = await Promise.all([
    readBase(context, dir, project.changelog?.file),
    tagList,
    tag && project.origin.kind === "tag" ? tagsMergedInto(context.workspace, `refs/tags/${tag.name}`) : []
  ]);
  const earlierTags = merged.filter((name) => name !== tag?.name).map((name) => tagVersion(name, inputs.tagPrefix, names)).filter((found) => found !== void 0).map((found) => ({ name: found.name, version: found.version.normalized }));
  const result = checkVersions({
    project,
    tag,
    pullRequest: context.pullRequest && {
      baseRef: context.pullRequest.baseRef,
      baseVersion: base.version,
      baseProblem: base.problem,
      changedFiles: base.changedFiles,
      changedChangelogLines: base.changedChangelogLines
    },
    releasedVersions: project.changelog ? await releasedVersions(context, tags, inputs.tagPrefix, names) : [],
    requireChangelogEntry: inputs.requireChangelogEntry,
    tagPrefix: tag?.prefix ?? prefixForNewTag(tags, inputs.tagPrefix, names),
    earlierTags
  });
  return { project, result, tagNames: names };
}

export {
  annotate,
  annotateUserError,
  setCheckOutputs,
  writeSummary,
  addCheckSummary,
  addCheckStopped,
  addBumpSummary,
  escapeHtml,
  summaryText,
  renderCheckText,
  renderFindingText,
  NOT_A_VERSION,
  adornmentChar,
  changelogMarkup,
  headingForm,
  TextLines,
  changelogFormat,
  parseChangelog,
  findRelease,
  headingMarkup,
  projectNameEnd,
  splitText,
  repoPath,
  READ_LIMITS,
  readNotesFile,
  table2 as table,
  dig,
  parseToml,
  LEVELS,
  readVersionTuple,
  lockedProjects,
  readIncrementalVersion,
  loadProject,
  git,
  listTags,
  tagCommit,
  remoteBranches,
  isOnRemoteBranch,
  tagsMergedInto,
  headCommit,
  currentBranch,
  statusOf,
  tagVersion,
  refuseNonVersionTag,
  taggedVersions,
  previousTag,
  latestVersionTag,
  prefixForNewTag,
  resolveProjectDir,
  fileSystemReader,
  runCheck
};
