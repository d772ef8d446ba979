import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  canonicalProjectName,
  comparePep440,
  distFilenamePrefix,
  parsePep440,
  samePep440
} from "./chunk-CGYPN3IW.js";
import {
  getExecOutput,
  setOutput,
  summary
} from "./chunk-KGWCHQFJ.js";
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
    var Parser = class {
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
    Parser.END = ParserEND;
    Parser.Error = ParserError;
    module2.exports = Parser;
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
    function makeParserClass(Parser) {
      class TOMLParser extends Parser {
        constructor() {
          super();
          this.ctx = this.obj = Table();
        }
        /* MATCH HELPER */
        atEndOfWord() {
          return this.char === CHAR_NUM || this.char === CTRL_I || this.char === CHAR_SP || this.atEndOfLine();
        }
        atEndOfLine() {
          return this.char === Parser.END || this.char === CTRL_J || this.char === CTRL_M;
        }
        parseStart() {
          if (this.char === Parser.END) {
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
          } else if (this.char === Parser.END || this.char === CTRL_J) {
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
            if (this.char === Parser.END || this.char === CTRL_J) {
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
          if (this.char === Parser.END) {
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
            if (this.char === Parser.END) {
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
            } else if (this.char === Parser.END) {
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
            } else if (this.char === Parser.END) {
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
          } else if (this.char === Parser.END) {
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
          } else if (this.char === Parser.END || this.char === CHAR_NUM || this.char === CTRL_J || this.char === CTRL_M) {
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
          } else if (this.char === Parser.END || this.char === CHAR_NUM || this.char === CTRL_J || this.char === CTRL_M) {
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
          } else if (this.char === Parser.END || this.char === CHAR_NUM || this.char === CTRL_J || this.char === CTRL_M) {
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
function renderCheckText(result) {
  const header = ["source", "value", "file", ""];
  const body = result.rows.map((row) => [row.source, row.value, place(row), MARK[`${row.ok}`]]);
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
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
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
      `working-directory "${workingDirectory}" does not exist in the repository (${wanted}).`,
      "Working directory not found"
    );
  });
  const relative = path.relative(root, resolved);
  if (relative.startsWith("..") || path.isAbsolute(relative)) {
    throw new UserError(
      `working-directory "${workingDirectory}" is outside the repository (${root}). Give a path inside it, relative to its root.`,
      "Working directory outside the workspace"
    );
  }
  return relative.split(path.sep).join("/");
}
function unreadable(file, error) {
  const code2 = error.code;
  return new UserError(
    `${file} could not be read (${code2 ?? error.message}). Check that it is a readable file.`,
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
function fileSystemReader(workspace) {
  let root;
  const resolve = async (file) => {
    const wanted = path.join(workspace, file);
    try {
      const real = realpathSync.native(wanted);
      root ??= realpathSync.native(workspace);
      const relative = path.relative(root, real);
      if (relative.startsWith("..") || path.isAbsolute(relative)) {
        throw new UserError(
          `${file} is a symbolic link to ${real}, outside the repository. pyrelease reads only the repository's own files: replace the link with the file itself.`,
          "File outside the workspace",
          { file }
        );
      }
      const kind = statSync(real);
      if (!kind.isFile()) {
        throw new UserError(
          `${file} could not be read (${kind.isDirectory() ? "EISDIR: it is a directory" : "it is not a regular file"}). Make it a file with the text pyrelease should read.`,
          "Unreadable file",
          { file }
        );
      }
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
  const readResolved = async (file) => {
    const real = await resolve(file);
    if (real === void 0) return void 0;
    try {
      return readFileSync(real);
    } catch (error) {
      throw unreadable(file, error);
    }
  };
  return {
    async read(file) {
      const bytes = await readResolved(file);
      return bytes && (file.endsWith(".toml") ? tomlText(file, bytes) : bytes.toString("utf8"));
    },
    readBytes: readResolved,
    async list(dir) {
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
  const words2 = prefix.replace(/[[\]()*_`#:]/g, " ").split(/\s+/).filter((word2) => word2 !== "" && !/^[-–—]+$/.test(word2)).map((word2) => word2.toLowerCase());
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
  strong: strongTitles
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
function titlesWhenNoRelease(lines, headings, isRelease) {
  const found = Object.values(HEADING_FORMS).flatMap(
    (form) => form.titlesWhenNoRelease?.(lines, headings, isRelease) ?? []
  );
  return found.sort((a, b) => a.line - b.line);
}

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
function groupHeadings(headings, meanings) {
  const group = new Array(headings.length).fill(false);
  walkOpen(headings, (position, open) => {
    const version = normalizedOf(meanings[position]);
    if (version === void 0) return;
    for (const outer of open) {
      const outerVersion = normalizedOf(meanings[outer]);
      if (outerVersion !== void 0 && outerVersion !== version) group[outer] = true;
    }
  });
  return group;
}
function releaseHeadings(headings, meanings, group, releaseLevel) {
  const release = new Array(headings.length).fill(false);
  const holds = (outer) => release[outer] || meanings[outer].kind === "unreleased" && headings[outer].level === releaseLevel;
  walkOpen(headings, (position, open) => {
    if (meanings[position].kind !== "release" || group[position]) return;
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
      const code2 = this.body.charCodeAt(at);
      if (code2 !== 32 && code2 !== 9) break;
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
  const meanings = meaningsOf(scanned);
  if (meanings.some((meaning) => meaning.kind === "release"))
    return { headings: scanned, meanings };
  const titles = titlesWhenNoRelease(
    lines,
    scanned,
    (title) => classifyHeading(title, projectName).kind === "release"
  );
  if (titles.length === 0) return { headings: scanned, meanings };
  const headings = [...scanned, ...titles].sort((a, b) => a.line - b.line);
  return { headings, meanings: meaningsOf(headings) };
}
function sectionBody(lines, headings, position, isLinkLine) {
  const level = headings[position].level;
  const start = headings[position].lastLine + 1;
  let end = lines.count;
  for (let next = position + 1; next < headings.length; next++) {
    if (headings[next].level <= level) {
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
  const body = sectionBody(lines, document.headings, position, document.isLinkLine);
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
        message: `${source.label} is ${JSON.stringify(source.value)}, which holds a line break or a control character and is not a PEP 440 version. Write the version alone, such as "1.2.3".`,
        location: where(source)
      });
    } else if (!parsePep440(source.value)) {
      invalid.add(source);
      findings.push({
        level: "error",
        title: "Invalid version",
        message: `${source.label} is "${source.value}", which is not a PEP 440 version (pip and PyPI would refuse it). Write it as X.Y.Z, X.Y.ZrcN, X.Y.Z.postN or X.Y.Z.devN.`,
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
    rows.push({ source: source.label, value: source.value, location: where(source), ok });
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
function changelogWarnings(changelog, version, editedLines) {
  const findings = [];
  const older = [];
  const place2 = (warning) => ({ file: changelog.file, line: warning.line });
  for (const warning of changelog.parsed.warnings) {
    const current = version !== void 0 && aboutVersion(warning, versionKey(version), version);
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
  if (context.releasedVersions.includes(version.normalized)) return row("(already released)", file);
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
        message: `${changelog.file} has no heading pyrelease reads as a release, so it is not checked, and the GitHub release takes the notes GitHub generates instead. Write each release as a heading (such as ${sectionExample(parsed, "1.2.3")}), or set the changelog input to the file that has them, or changelog: none.`,
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
        message: `${changelog.file} stops at ${newest.version} (line ${newest.line}), older than the release ${behind} and those after it, so it is taken for a changelog this project no longer writes: ${version.raw} needs no section in it. The GitHub release takes the notes GitHub generates from the pull requests merged since the previous tag. Set the changelog input to the file you keep, or changelog: none to stop this notice.`,
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
  const standIn = unreadable2(changelog) ?? (context.tagged ? stoppedWriting(changelog, version, context) : beforeTheTag(changelog, version, context));
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
  return `${changelog.file} has no heading for ${reference}. Add ${sectionExample(changelog.parsed, version.normalized)} with the release notes (rename the Unreleased heading when it holds them), or set changelog: none for a project without a changelog.`;
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
  const verdicts = [
    projectNotes(project.notes),
    valid,
    sourcesAgree(project, tag, reference, valid.invalid),
    tagIsNewer(tag, project.origin, facts.earlierTags),
    ...changelog ? [
      changelogWarnings(changelog, parsedReference, pullRequest?.changedChangelogLines),
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
  const version = primary?.value ?? tag?.versionText;
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
function namedRank(path2, wanted) {
  const parts = path2.split("/");
  const file = parts.pop();
  const folder = parts.pop() ?? "";
  const extension = EXTENSIONS.find((e) => e !== "" && file.toLowerCase().endsWith(e)) ?? "";
  const stem = file.slice(0, file.length - extension.length);
  if (extension === "" && stem.includes(".")) return void 0;
  if (CHANGELOG_FOLDERS.has(folder.toLowerCase()) && normalName(stem) === wanted) return 0;
  const named = WORD_FIRST.exec(stem)?.[1] ?? WORD_LAST.exec(stem)?.[1];
  if (named !== void 0 && normalName(named) === wanted) return 1;
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
function pathFromUrl(url, dir, repository) {
  const trimmed = url.trim().split(/[?#]/)[0];
  const match = BLOB.exec(trimmed) ?? RAW.exec(trimmed);
  if (match) {
    const [, owner, name, path2] = match;
    const repo = `${owner}/${name.replace(/\.git$/, "")}`.toLowerCase();
    if (repository && repo !== repository.toLowerCase()) return void 0;
    return decodedUrlPart(path2)?.replace(/\/+$/, "");
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith("//") || trimmed === "") {
    return void 0;
  }
  const parts = [];
  for (const part of join(dir, trimmed).split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return void 0;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length > 0 ? parts.join("/") : void 0;
}
function changelogCandidates(input) {
  const candidates = [];
  for (const [key, value] of Object.entries(input.urls ?? {})) {
    if (typeof value !== "string" || !URL_KEYS.has(key.toLowerCase().replace(/[\s_'-]/g, "")))
      continue;
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
    const wanted = normalName(input.name);
    for (const folder of foldersUp(input.dir)) {
      const prefix = folder ? `${folder}/` : "";
      const here = input.files.filter((file) => file.startsWith(prefix)).map((file) => ({ file, rank: namedRank(file, wanted) })).filter((entry) => entry.rank !== void 0).sort((a, b) => a.rank - b.rank || (a.file < b.file ? -1 : 1));
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
  for (const [key, value] of Object.entries(urls ?? {})) {
    if (typeof value !== "string" || !URL_KEYS.has(key.toLowerCase().replace(/[\s_'-]/g, "")))
      continue;
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

// src/files/repo-path.ts
function repoPath(...parts) {
  const out = [];
  for (const part of parts.join("/").split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
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
  const text2 = await reader.read(file);
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
  return `${file} holds no release heading and points to ${named}, where no changelog with a release heading is in this repository. Name the changelog with the changelog input (a path in the repository), or write the release headings in ${file}.`;
}

// src/changelog/notes-files.ts
var PLACEHOLDER = /\{(version|name|project_date)\}/g;
var VERSION_IN_NAME = /^(.*?)(\d+(?:\.\d+)+(?:[-_.]?(?:a|b|rc|alpha|beta)\d*)?(?:\.post\d+)?(?:\.dev\d+)?)(.*)$/i;
var NOTES_EXTENSIONS = /\.(?:rst|md|markdown|txt)$/i;
function escape(text2) {
  return text2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function patternPath(pattern) {
  const series = pattern.series === 1 ? "{major}" : "{major}.{minor}";
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
  for (const match of pattern.name.matchAll(PLACEHOLDER)) {
    source += escape(pattern.name.slice(last, match.index));
    source += match[1] === "version" ? "(?<version>\\d[0-9A-Za-z.!+_-]*?)" : ".*?";
    last = match.index + match[0].length;
  }
  source += escape(pattern.name.slice(last));
  return new RegExp(`^${source}$`, "i");
}
function renderPattern(pattern, version) {
  const parsed = pattern.series ? parsePep440(version) : null;
  const named = parsed ? seriesOf(parsed.release, pattern.series) : version;
  const name = pattern.name.replace(/\{version\}/g, named);
  if (/\{(?:name|project_date)\}/.test(name)) return void 0;
  return [pattern.dir, name].filter(Boolean).join("/");
}
function seriesOf(release, size) {
  return Array.from({ length: size }, (_, index) => release[index] ?? 0).join(".");
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
    const written = regex.exec(name)?.groups?.version;
    const parsed = written === void 0 ? null : parsePep440(written);
    if (!parsed || byKey.has(versionKey(parsed))) continue;
    byKey.set(versionKey(parsed), { name, version: written });
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
var BASES = ["", "docs", "doc", "docs/source", "doc/source", "docs/src", "doc/src"];
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
    const group = groups.get(key) ?? { count: 0, longest: 0, newest: [], years: true };
    group.count++;
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
  return { dir, name, source, series: Math.min(group.newest.length, 2) };
}
function patternServes(pattern, names, version) {
  if (findNotesFile(pattern, names, version)) return true;
  const wanted = parsePep440(version);
  if (!wanted) return false;
  const group = groupNames(names).get(pattern.name);
  return group !== void 0 && newer(wanted.release, group.newest);
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
      `The changelog input ${path2} has {version} outside its file name. Name the notes files after the version in one folder (docs/release-notes/{version}.rst).`,
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
      if (exact && await reader.read(exact) !== void 0) {
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
  const candidates = changelogCandidates({
    dir,
    files: tree.files,
    urls,
    repository: options.repository,
    name: projectName
  });
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
      `${file} at the repository root is not taken for ${projectName} in ${dir}: no heading in it names ${projectName}, and the repository holds other packages. If it is this package's changelog, name it with the changelog input.`
    );
    return void 0;
  }
  const way = file === found.file ? "" : `${found.file} points to it; `;
  const note = `Changelog: ${file}, the repository's, for ${projectName} in ${dir}, which has none of its own (${way}${why}; found without the changelog input).`;
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
      notes: [`Changelog: ${file} (${way}; found without the changelog input).`]
    };
  }
  const notes = [`Changelog: ${found.file} (found without the changelog input).`];
  const unresolved = followed.kind === "unresolved" && unresolvedNote(found.file, followed.pointers);
  if (unresolved) notes.push(unresolved);
  return { found: { ...found, parsed: parse(found.file, found.text) }, notes };
}
function noChangelogNote(dir, projectName, tree) {
  const reno = tree.files?.includes(repoPath(dir, "reno.yaml")) || tree.folders.includes(repoPath(dir, "releasenotes"));
  return `No changelog found (CHANGELOG, CHANGES, HISTORY, NEWS or RELEASE_NOTES as .md, .rst or .txt, in ${dir || "the project root"}, docs/ or doc/${projectName ? `, nor one named after ${projectName} there or in a folder above` : ""}); name it with the changelog input to check it.${reno ? ` ${repoPath(dir, "releasenotes")} holds reno notes, which reno renders from git history when the docs build: pyrelease does not read them, so the release notes are not checked.` : ""}`;
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
      `No changelog at ${file}. Create it (## [Unreleased], then ## [X.Y.Z] - YYYY-MM-DD headings), point the changelog input at it, leave the input empty to find it, or set changelog: ${NO_CHANGELOG} to release without one.`,
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
function pythonRegex(pattern) {
  let body = pattern;
  let flags = "dm";
  const inline = /^\(\?([aiLmsux]+)\)/.exec(body);
  if (inline?.[1]) {
    if (/[xL]/.test(inline[1])) return void 0;
    if (inline[1].includes("i")) flags += "i";
    if (inline[1].includes("s")) flags += "s";
    body = body.slice(inline[0].length);
  }
  body = body.replace(/\(\?P<(\w+)>/g, "(?<$1>").replace(/\(\?P=(\w+)\)/g, "\\k<$1>").replace(/\\A/g, "^").replace(/\\Z/g, "$");
  try {
    return new RegExp(body, flags);
  } catch {
    return void 0;
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
function readRegexVersion(text2, file, pattern, group, setting) {
  const regex = pythonRegex(pattern);
  if (!regex) {
    throw new UserError(
      `${setting.describe} is ${JSON.stringify(pattern)}, which is not a regular expression pyrelease can run. Simplify it (no verbose or locale flags).`,
      "Unusable version pattern",
      setting.location
    );
  }
  const match = regex.exec(text2.startsWith("\uFEFF") ? ` ${text2.slice(1)}` : text2);
  const indices = match?.indices?.groups?.[group];
  const value = match?.groups?.[group];
  if (!match || value === void 0 || !indices) {
    throw new UserError(
      `${setting.describe} ${JSON.stringify(pattern)} matches nothing in ${file}${match && value === void 0 ? ` (it has no group named "${group}")` : ""}, so the build cannot read the version either. Fix the pattern or the file.`,
      "Version pattern matches nothing",
      setting.location
    );
  }
  return { value, ...positionOf(text2, indices[0]) };
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
async function findModule(context, dotted, roots = ["", "src"]) {
  const parts = dotted.split(".");
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
async function reexportedVersionModule(context, dotted, init) {
  if (!init.file.endsWith("/__init__.py")) return void 0;
  const pattern = /^from[ \t]+(\.{1,2}[\w.]{0,200}|[A-Za-z_][\w.]{0,200})[ \t]+import\b/;
  const lines = init.text.split("\n");
  for (const [index, line] of lines.entries()) {
    if (!line.startsWith("from") || !/\b__version__\b/.test(line)) continue;
    const source = pattern.exec(line)?.[1];
    const inner = source?.startsWith(".") ? /^\.(\w+)$/.exec(source)?.[1] : source?.startsWith(`${dotted}.`) ? /^(\w+)$/.exec(source.slice(dotted.length + 1))?.[1] : void 0;
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
function readSetupCall(source) {
  const text2 = stripBom(source);
  const positions = [...code(text2)];
  for (let at = 0; at < positions.length; at++) {
    const index = positions[at];
    if (!text2.startsWith("setup", index) || /[\w]/.test(text2[index - 1] ?? "")) continue;
    if (/[\w]/.test(text2[index + 5] ?? "")) continue;
    let next = at + 5;
    while (next < positions.length && /\s/.test(text2[positions[next]])) next++;
    if (text2[positions[next] ?? -1] !== "(") continue;
    if (/\bdef\s+$/.test(text2.slice(Math.max(0, index - 10), index))) continue;
    const keywords = /* @__PURE__ */ new Map();
    let unpacks = false;
    let depth = 0;
    for (let scan = next; scan < positions.length; scan++) {
      const offset = positions[scan];
      const char = text2[offset];
      if ("([{".includes(char)) depth++;
      else if (")]}".includes(char)) {
        depth--;
        if (depth === 0) break;
      } else if (depth === 1 && char === "*" && text2[offset + 1] === "*") {
        unpacks = true;
      } else if (depth === 1 && /[A-Za-z_]/.test(char) && !/[\w.]/.test(text2[offset - 1])) {
        const word = /^[A-Za-z_]\w*/.exec(text2.slice(offset, offset + 100))[0];
        const rest = /^\s*=(?!=)/.exec(text2.slice(offset + word.length, offset + word.length + 40));
        if (rest) {
          const valueStart = offset + word.length + rest[0].length;
          if (!keywords.has(word)) {
            const literal = literalAt(text2, valueStart);
            const name = literal ? void 0 : nameAt(text2, valueStart);
            keywords.set(word, {
              literal,
              line: positionOf(text2, offset).line,
              ...name !== void 0 && { name }
            });
          }
        }
        while (scan + 1 < positions.length && positions[scan + 1] < offset + word.length) scan++;
      }
    }
    return { line: positionOf(text2, index).line, keywords, unpacks };
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
function packageName(context, setting) {
  const configured = dig(context.pyproject.data, ["tool", "incremental", "name"]);
  if (typeof configured === "string") return configured;
  return context.pyproject.name ?? setting.setupName;
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
    const setting = await findSetting(context);
    if (!setting) return void 0;
    const name = packageName(context, setting);
    if (!name) {
      throw new UserError(
        `${setting.location.file}: incremental (${setting.describe}) takes the project name from [tool.incremental] name or [project].name, and neither is set. Add name = "<project>" under [project].`,
        "No project name",
        setting.location
      );
    }
    const folder = name.toLowerCase();
    const { candidates, found } = await versionFile(context, folder);
    if (!found) {
      const paths = candidates.map((candidate) => context.path(candidate)).join(" or ");
      if (setting.setupName !== void 0 || context.pyproject.data.project === void 0) {
        return computedOrigin(
          setting.backend,
          `${setting.describe}: incremental reads a _version.py that is not at ${paths}`,
          setting.location
        );
      }
      throw new UserError(
        `incremental (${setting.describe}) reads the version of ${name} from ${paths}, which does not exist. Create it with \`incremental update ${name} --create\`, or set [tool.incremental] name to the package's name.`,
        "Version file not found",
        setting.location
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
      return fileOrigin(setting.backend, [
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
        setting.backend,
        `${found.file} line ${reading.line} builds __version__ with more than numbers, and incremental evaluates it when the package builds`,
        { file: found.file, line: reading.line }
      );
    }
    throw new UserError(
      `${found.file} has no __version__ = Version("${name}", X, Y, Z), which incremental (${setting.describe}) reads. Write it there, or create it with \`incremental update ${name} --create\`.`,
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
var DEFAULT_REGEX = `(?i)^(__version__|VERSION)(?: ?\\: ?str)? *= *(['"])v?(?P<value>.+?)\\2`;
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
    const [setting] = tagSettings(context);
    if (setting) return tagOrigin(setting.tool, setting.how, setting.location);
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
    const setting = await findSetting2(context);
    if (!setting) return void 0;
    const versionFile2 = setting.versionFile && await context.read(setting.versionFile);
    const keywords = versionFile2 && /^[ \t]*git_refnames[ \t]*=[ \t]*["']\$Format:%d\$["']/m.test(versionFile2.text);
    const how = keywords ? `${setting.how}; ${versionFile2.file} holds its git-archive keywords` : setting.how;
    return tagOrigin("versioneer", how, setting.location);
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
  return {
    ...input,
    path: path2,
    async read(relative) {
      const file = path2(relative);
      const text2 = await input.reader.read(file);
      return text2 === void 0 ? void 0 : { file, text: text2 };
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
  const [setting] = tagSettings(context);
  if (setting) {
    throw new UserError(
      `${pyprojectFile} writes [project].version = "${version.value}" (line ${version.line}) and also takes the version from git tags with ${setting.tool} (${setting.how}). The build uses one of them and ignores the other: remove the static version and add "version" to [project].dynamic, or remove the ${setting.tool} setting.`,
      "Conflicting version sources",
      setting.location
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
    const text2 = await reader.read(file);
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
    const message = setup.cfg !== void 0 ? `No pyproject.toml or setup.py in ${where2}, only setup.cfg: python -m build, uv build and pip build a folder that has one of them. Add a setup.py that calls setup() (from setuptools import setup; setup()), or a pyproject.toml that names the build backend ([build-system] requires = ["setuptools"], build-backend = "setuptools.build_meta"); the version can stay in setup.cfg [metadata] version.` : `No pyproject.toml in ${where2}. pyrelease releases projects described by pyproject.toml; set working-directory to the folder that holds it.`;
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
        `${file} has no \`__version__ = "X.Y.Z"\` assignment. Add one, or remove the file from version-files.`,
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
    const text2 = await reader.read(file);
    if (text2 === void 0) {
      throw new UserError(
        `version-files names ${file}, which does not exist. Fix the path (relative to working-directory).`,
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
  const files = await readVersionFiles(reader, options, pyproject, detected.sources);
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
        env: env ? { ...process.env, ...env } : process.env
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
    env: env ? { ...process.env, ...env } : void 0
  });
  return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}
async function showFile(cwd, commit, path2) {
  const result = await git(cwd, ["show", "--end-of-options", `${commit}:${path2}`]);
  return result.exitCode === 0 ? result.stdout : void 0;
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

// src/version/tag-names.ts
var CANONICAL = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
function bareName(name) {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "").replace(/^(?:python|py)(?=.)/, "").replace(/(?<=.)(?:python|py)$/, "");
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
    return ` Its version seems written with underscores (${underscored}, read as ${underscored.replace(/_/g, ".")}): set the tag-prefix input to ${JSON.stringify(before)} if that is how this project names its release tags.`;
  }
  if (seems !== void 0 && seems !== prefix) {
    return ` It looks like a version with the prefix "${seems}"${prefix ? "" : notTheProjectName(projectNames)}: set the tag-prefix input to "${seems}" if that is how this project names its release tags.`;
  }
  return ` Release by pushing such a tag, or limit the workflow to them with \`on: push: tags: ['${prefix || "v"}*']\`; a monorepo sets tag-prefix (such as "pkg-v").`;
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
  return {
    read: (file) => showFile(workspace, commit, file),
    list: (dir) => listTree(workspace, commit, dir)
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
  adornmentChar,
  changelogMarkup,
  headingForm,
  TextLines,
  changelogFormat,
  parseChangelog,
  findRelease,
  headingMarkup,
  splitText,
  repoPath,
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
  projectNameEnd,
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
