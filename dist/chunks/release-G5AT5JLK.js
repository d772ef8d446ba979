import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  describeDigests,
  firstDisagreement,
  githubSha256,
  pollScheduleFromEnvironment
} from "./chunk-6RPR27YO.js";
import {
  openNextCyclePullRequest
} from "./chunk-FKC25ONW.js";
import {
  describeReleaseBranches,
  nextVersion,
  parseGitUser,
  pushBump,
  releaseBranchCandidates,
  releaseBranches,
  requireExactTag,
  require_picomatch,
  shouldBeLatest,
  undoBump
} from "./chunk-KWPOWZ55.js";
import {
  readEventPayloadQuietly,
  readEventRelease
} from "./chunk-YMZL4QRV.js";
import {
  loadUvSetup
} from "./chunk-VIZIHYBP.js";
import {
  findPackages,
  refuseAttestationsWithToken
} from "./chunk-YISBBST4.js";
import {
  venvExecutable
} from "./chunk-ULP2OQNC.js";
import {
  addCheckSummary,
  adornmentChar,
  annotate,
  dig,
  escapeHtml,
  fileSystemReader,
  findRelease,
  git,
  isOnRemoteBranch,
  latestVersionTag,
  listTags,
  previousTag,
  refuseNonVersionTag,
  remoteBranches,
  resolveProjectDir,
  runCheck,
  setCheckOutputs,
  splitText,
  summaryText,
  table,
  tagCommit,
  tagVersion,
  writeSummary
} from "./chunk-TSZ2XSFJ.js";
import {
  GithubError,
  timeoutFromEnvironment
} from "./chunk-V5LYSJ7N.js";
import {
  ATTESTATION_SUFFIX,
  STATEMENT_TYPE
} from "./chunk-V2YYOZ4B.js";
import "./chunk-IS577UVD.js";
import {
  decodeClaims,
  refuse,
  twineCheck,
  twineUploadArgs,
  twineVersionOutput,
  uploadOrder
} from "./chunk-Z4TZZRYR.js";
import {
  PYPI_UPLOAD_URL,
  TESTPYPI_UPLOAD_URL,
  packageIndex,
  projectPageUrl,
  simpleIndexUrl
} from "./chunk-G6NBCSAW.js";
import {
  Pipeline,
  installTwine,
  outputTail,
  recordOutput,
  runCommand,
  seconds,
  showCommand
} from "./chunk-WNMN2RH2.js";
import {
  canonicalProjectName,
  comparePep440,
  distFilenamePrefix,
  parsePep440,
  samePep440
} from "./chunk-CGYPN3IW.js";
import {
  byAudience,
  option,
  setting,
  theOption
} from "./chunk-SINCDJQB.js";
import {
  setOutput,
  setSecret,
  which
} from "./chunk-7OOC5VYS.js";
import {
  displayUrl
} from "./chunk-4LYOQI2X.js";
import {
  annotation,
  info
} from "./chunk-QJ74AIE5.js";
import {
  UserError
} from "./chunk-M3OTX3ED.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-HN3VUIRH.js";

// node_modules/pend/index.js
var require_pend = __commonJS({
  "node_modules/pend/index.js"(exports, module) {
    module.exports = Pend;
    function Pend() {
      this.pending = 0;
      this.max = Infinity;
      this.listeners = [];
      this.waiting = [];
      this.error = null;
    }
    Pend.prototype.go = function(fn) {
      if (this.pending < this.max) {
        pendGo(this, fn);
      } else {
        this.waiting.push(fn);
      }
    };
    Pend.prototype.wait = function(cb) {
      if (this.pending === 0) {
        cb(this.error);
      } else {
        this.listeners.push(cb);
      }
    };
    Pend.prototype.hold = function() {
      return pendHold(this);
    };
    function pendHold(self) {
      self.pending += 1;
      var called = false;
      return onCb;
      function onCb(err) {
        if (called) throw new Error("callback called twice");
        called = true;
        self.error = self.error || err;
        self.pending -= 1;
        if (self.waiting.length > 0 && self.pending < self.max) {
          pendGo(self, self.waiting.shift());
        } else if (self.pending === 0) {
          var listeners = self.listeners;
          self.listeners = [];
          listeners.forEach(cbListener);
        }
      }
      function cbListener(listener) {
        listener(self.error);
      }
    }
    function pendGo(self, fn) {
      fn(pendHold(self));
    }
  }
});

// node_modules/yauzl/fd-slicer.js
var require_fd_slicer = __commonJS({
  "node_modules/yauzl/fd-slicer.js"(exports) {
    var fs = __require("fs");
    var util = __require("util");
    var stream = __require("stream");
    var Readable2 = stream.Readable;
    var PassThrough = stream.PassThrough;
    var Pend = require_pend();
    var EventEmitter = __require("events").EventEmitter;
    exports.BufferSlicer = BufferSlicer;
    exports.FdSlicer = FdSlicer;
    util.inherits(FdSlicer, EventEmitter);
    function FdSlicer(fd) {
      EventEmitter.call(this);
      this.fd = fd;
      this.pend = new Pend();
      this.pend.max = 1;
      this.refCount = 0;
    }
    FdSlicer.prototype.read = function(buffer, offset, length, position, callback2) {
      var self = this;
      self.pend.go(function(cb) {
        fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer2) {
          cb();
          callback2(err, bytesRead, buffer2);
        });
      });
    };
    FdSlicer.prototype.createReadStream = function(options2) {
      return new ReadStream(this, options2);
    };
    FdSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    FdSlicer.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount < 0) throw new Error("invalid unref");
      if (self.refCount > 0) return;
      fs.close(self.fd, onCloseDone);
      function onCloseDone(err) {
        if (err) {
          self.emit("error", err);
        } else {
          self.emit("close");
        }
      }
    };
    util.inherits(ReadStream, Readable2);
    function ReadStream(context, options2) {
      options2 = options2 || {};
      Readable2.call(this, options2);
      this.context = context;
      this.context.ref();
      this.start = options2.start || 0;
      this.endOffset = options2.end;
      this.pos = this.start;
    }
    ReadStream.prototype._read = function(n) {
      var self = this;
      var toRead = Math.min(self._readableState.highWaterMark, n);
      if (self.endOffset != null) {
        toRead = Math.min(toRead, self.endOffset - self.pos);
      }
      if (toRead <= 0) {
        self.push(null);
        this._cleanup();
        return;
      }
      self.context.pend.go(function(cb) {
        var buffer = Buffer.allocUnsafe(toRead);
        fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
          if (err) {
            self.destroy(err);
          } else if (bytesRead === 0) {
            self.push(null);
            self._cleanup();
          } else {
            self.pos += bytesRead;
            self.push(buffer.slice(0, bytesRead));
          }
          cb();
        });
      });
    };
    ReadStream.prototype._destroy = function(err, cb) {
      this._cleanup();
      cb(err);
    };
    ReadStream.prototype._cleanup = function() {
      if (this.context != null) {
        this.context.unref();
        this.context = null;
      }
    };
    util.inherits(BufferSlicer, EventEmitter);
    function BufferSlicer(buffer) {
      EventEmitter.call(this);
      this.refCount = 0;
      this.buffer = buffer;
    }
    BufferSlicer.prototype.read = function(buffer, offset, length, position, callback2) {
      if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
      if (position < 0) throw new RangeError("position is negative: " + position);
      if (offset + length > buffer.length) {
        length = buffer.length - offset;
      }
      if (position + length > this.buffer.length) {
        length = this.buffer.length - position;
      }
      if (length <= 0) {
        setImmediate(function() {
          callback2(null, 0);
        });
        return;
      }
      this.buffer.copy(buffer, offset, position, position + length);
      setImmediate(function() {
        callback2(null, length);
      });
    };
    BufferSlicer.prototype.createReadStream = function(options2) {
      options2 = options2 || {};
      var readStream = new PassThrough(options2);
      readStream.start = options2.start || 0;
      readStream.endOffset = options2.end;
      readStream.pos = readStream.endOffset || this.buffer.length;
      var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
      var maxChunkSize = 65536;
      var offset = 0;
      while (true) {
        var nextOffset = offset + maxChunkSize;
        if (nextOffset >= entireSlice.length) {
          if (offset < entireSlice.length) {
            readStream.write(entireSlice.slice(offset, entireSlice.length));
          }
          break;
        }
        readStream.write(entireSlice.slice(offset, nextOffset));
        offset = nextOffset;
      }
      readStream.end();
      return readStream;
    };
    BufferSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    BufferSlicer.prototype.unref = function() {
      this.refCount -= 1;
      if (this.refCount < 0) {
        throw new Error("invalid unref");
      }
    };
  }
});

// node_modules/yauzl/crc32.js
var require_crc32 = __commonJS({
  "node_modules/yauzl/crc32.js"(exports, module) {
    var CRC_TABLE = new Int32Array([
      0,
      1996959894,
      3993919788,
      2567524794,
      124634137,
      1886057615,
      3915621685,
      2657392035,
      249268274,
      2044508324,
      3772115230,
      2547177864,
      162941995,
      2125561021,
      3887607047,
      2428444049,
      498536548,
      1789927666,
      4089016648,
      2227061214,
      450548861,
      1843258603,
      4107580753,
      2211677639,
      325883990,
      1684777152,
      4251122042,
      2321926636,
      335633487,
      1661365465,
      4195302755,
      2366115317,
      997073096,
      1281953886,
      3579855332,
      2724688242,
      1006888145,
      1258607687,
      3524101629,
      2768942443,
      901097722,
      1119000684,
      3686517206,
      2898065728,
      853044451,
      1172266101,
      3705015759,
      2882616665,
      651767980,
      1373503546,
      3369554304,
      3218104598,
      565507253,
      1454621731,
      3485111705,
      3099436303,
      671266974,
      1594198024,
      3322730930,
      2970347812,
      795835527,
      1483230225,
      3244367275,
      3060149565,
      1994146192,
      31158534,
      2563907772,
      4023717930,
      1907459465,
      112637215,
      2680153253,
      3904427059,
      2013776290,
      251722036,
      2517215374,
      3775830040,
      2137656763,
      141376813,
      2439277719,
      3865271297,
      1802195444,
      476864866,
      2238001368,
      4066508878,
      1812370925,
      453092731,
      2181625025,
      4111451223,
      1706088902,
      314042704,
      2344532202,
      4240017532,
      1658658271,
      366619977,
      2362670323,
      4224994405,
      1303535960,
      984961486,
      2747007092,
      3569037538,
      1256170817,
      1037604311,
      2765210733,
      3554079995,
      1131014506,
      879679996,
      2909243462,
      3663771856,
      1141124467,
      855842277,
      2852801631,
      3708648649,
      1342533948,
      654459306,
      3188396048,
      3373015174,
      1466479909,
      544179635,
      3110523913,
      3462522015,
      1591671054,
      702138776,
      2966460450,
      3352799412,
      1504918807,
      783551873,
      3082640443,
      3233442989,
      3988292384,
      2596254646,
      62317068,
      1957810842,
      3939845945,
      2647816111,
      81470997,
      1943803523,
      3814918930,
      2489596804,
      225274430,
      2053790376,
      3826175755,
      2466906013,
      167816743,
      2097651377,
      4027552580,
      2265490386,
      503444072,
      1762050814,
      4150417245,
      2154129355,
      426522225,
      1852507879,
      4275313526,
      2312317920,
      282753626,
      1742555852,
      4189708143,
      2394877945,
      397917763,
      1622183637,
      3604390888,
      2714866558,
      953729732,
      1340076626,
      3518719985,
      2797360999,
      1068828381,
      1219638859,
      3624741850,
      2936675148,
      906185462,
      1090812512,
      3747672003,
      2825379669,
      829329135,
      1181335161,
      3412177804,
      3160834842,
      628085408,
      1382605366,
      3423369109,
      3138078467,
      570562233,
      1426400815,
      3317316542,
      2998733608,
      733239954,
      1555261956,
      3268935591,
      3050360625,
      752459403,
      1541320221,
      2607071920,
      3965973030,
      1969922972,
      40735498,
      2617837225,
      3943577151,
      1913087877,
      83908371,
      2512341634,
      3803740692,
      2075208622,
      213261112,
      2463272603,
      3855990285,
      2094854071,
      198958881,
      2262029012,
      4057260610,
      1759359992,
      534414190,
      2176718541,
      4139329115,
      1873836001,
      414664567,
      2282248934,
      4279200368,
      1711684554,
      285281116,
      2405801727,
      4167216745,
      1634467795,
      376229701,
      2685067896,
      3608007406,
      1308918612,
      956543938,
      2808555105,
      3495958263,
      1231636301,
      1047427035,
      2932959818,
      3654703836,
      1088359270,
      936918e3,
      2847714899,
      3736837829,
      1202900863,
      817233897,
      3183342108,
      3401237130,
      1404277552,
      615818150,
      3134207493,
      3453421203,
      1423857449,
      601450431,
      3009837614,
      3294710456,
      1567103746,
      711928724,
      3020668471,
      3272380065,
      1510334235,
      755167117
    ]);
    function crc322(buf) {
      let crc = -1;
      for (let x of buf) {
        crc = CRC_TABLE[(crc ^ x) & 255] ^ crc >>> 8;
      }
      return (crc ^ -1) >>> 0;
    }
    module.exports = crc322;
  }
});

// node_modules/yauzl/index.js
var require_yauzl = __commonJS({
  "node_modules/yauzl/index.js"(exports) {
    var fs = __require("fs");
    var zlib = __require("zlib");
    var fd_slicer = require_fd_slicer();
    var util = __require("util");
    var EventEmitter = __require("events").EventEmitter;
    var Transform = __require("stream").Transform;
    var PassThrough = __require("stream").PassThrough;
    var Writable = __require("stream").Writable;
    var crc322 = typeof zlib.crc32 === "function" ? zlib.crc32 : require_crc32();
    exports.open = open2;
    exports.fromFd = fromFd;
    exports.fromBuffer = fromBuffer;
    exports.fromRandomAccessReader = fromRandomAccessReader;
    exports.openPromise = openPromise;
    exports.fromFdPromise = fromFdPromise;
    exports.fromBufferPromise = fromBufferPromise;
    exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;
    exports.dosDateTimeToDate = dosDateTimeToDate;
    exports.getFileNameLowLevel = getFileNameLowLevel;
    exports.validateFileName = validateFileName;
    exports.parseExtraFields = parseExtraFields;
    exports.ZipFile = ZipFile;
    exports.Entry = Entry;
    exports.LocalFileHeader = LocalFileHeader;
    exports.RandomAccessReader = RandomAccessReader;
    function openPromise(path20, options2) {
      return new Promise((resolve4, reject) => {
        open2(path20, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve4(zipfile);
        });
      });
    }
    function fromFdPromise(fd, options2) {
      return new Promise((resolve4, reject) => {
        fromFd(fd, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve4(zipfile);
        });
      });
    }
    function fromBufferPromise(buffer, options2) {
      return new Promise((resolve4, reject) => {
        fromBuffer(buffer, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve4(zipfile);
        });
      });
    }
    function fromRandomAccessReaderPromise(reader, totalSize, options2) {
      return new Promise((resolve4, reject) => {
        fromRandomAccessReader(reader, totalSize, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve4(zipfile);
        });
      });
    }
    function open2(path20, options2, callback2) {
      if (typeof options2 === "function") {
        callback2 = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback2 == null) callback2 = defaultCallback;
      fs.open(path20, "r", function(err, fd) {
        if (err) return callback2(err);
        fromFd(fd, options2, function(err2, zipfile) {
          if (err2) fs.close(fd, defaultCallback);
          callback2(err2, zipfile);
        });
      });
    }
    function fromFd(fd, options2, callback2) {
      if (typeof options2 === "function") {
        callback2 = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback2 == null) callback2 = defaultCallback;
      fs.fstat(fd, function(err, stats) {
        if (err) return callback2(err);
        var reader = new fd_slicer.FdSlicer(fd);
        fromRandomAccessReader(reader, stats.size, options2, callback2);
      });
    }
    function fromBuffer(buffer, options2, callback2) {
      if (typeof options2 === "function") {
        callback2 = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      var reader = new fd_slicer.BufferSlicer(buffer);
      fromRandomAccessReader(reader, buffer.length, options2, callback2);
    }
    function fromRandomAccessReader(reader, totalSize, options2, callback2) {
      if (typeof options2 === "function") {
        callback2 = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      var decodeStrings = !!options2.decodeStrings;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback2 == null) callback2 = defaultCallback;
      if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
      if (totalSize > Number.MAX_SAFE_INTEGER) {
        throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
      }
      reader.ref();
      var eocdrWithoutCommentSize = 22;
      var zip64EocdlSize = 20;
      var maxCommentSize = 65535;
      var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
      var buffer = newBuffer(bufferSize);
      var bufferReadStart = totalSize - buffer.length;
      readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
        if (err) return callback2(err);
        for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
          if (buffer.readUInt32LE(i) !== 101010256) continue;
          var eocdrBuffer = buffer.subarray(i);
          var diskNumber = eocdrBuffer.readUInt16LE(4);
          var entryCount = eocdrBuffer.readUInt16LE(10);
          var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
          var commentLength = eocdrBuffer.readUInt16LE(20);
          var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
          if (commentLength !== expectedCommentLength) {
            return callback2(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK\u263A\u263B` in the comment?"));
          }
          var comment2 = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false) : eocdrBuffer.subarray(22);
          if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 117853008) {
            var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
            var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
            var zip64EocdrBuffer = newBuffer(56);
            return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err2) {
              if (err2) return callback2(err2);
              if (zip64EocdrBuffer.readUInt32LE(0) !== 101075792) {
                return callback2(new Error("invalid zip64 end of central directory record signature"));
              }
              diskNumber = zip64EocdrBuffer.readUInt32LE(16);
              if (diskNumber !== 0) {
                return callback2(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
              }
              entryCount = readUInt64LE(zip64EocdrBuffer, 32);
              centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
              return callback2(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment2, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
            });
          }
          if (diskNumber !== 0) {
            return callback2(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          return callback2(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment2, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
        }
        callback2(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
      });
    }
    util.inherits(ZipFile, EventEmitter);
    function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment2, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
      var self = this;
      EventEmitter.call(self);
      self.reader = reader;
      self.reader.on("error", function(err) {
        emitError(self, err);
      });
      self.reader.once("close", function() {
        self.emit("close");
      });
      self.readEntryCursor = centralDirectoryOffset;
      self.fileSize = fileSize;
      self.entryCount = entryCount;
      self.comment = comment2;
      self.entriesRead = 0;
      self.autoClose = !!autoClose;
      self.lazyEntries = !!lazyEntries;
      self.decodeStrings = !!decodeStrings;
      self.validateEntrySizes = !!validateEntrySizes;
      self.strictFileNames = !!strictFileNames;
      self.isOpen = true;
      self.emittedError = false;
      self.hasEachEntryBeenCalled = false;
      if (!self.lazyEntries) self._readEntry();
    }
    ZipFile.prototype.close = function() {
      if (!this.isOpen) return;
      this.isOpen = false;
      this.reader.unref();
    };
    function emitErrorAndAutoClose(self, err) {
      if (self.autoClose) self.close();
      emitError(self, err);
    }
    function emitError(self, err) {
      if (self.emittedError) return;
      self.emittedError = true;
      self.emit("error", err);
    }
    ZipFile.prototype.readEntry = function() {
      if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
      this._readEntry();
    };
    ZipFile.prototype._readEntry = function() {
      var self = this;
      if (self.entryCount === self.entriesRead) {
        setImmediate(function() {
          if (self.autoClose) self.close();
          if (self.emittedError) return;
          self.emit("end");
        });
        return;
      }
      if (self.emittedError) return;
      var buffer = newBuffer(46);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
        if (err) return emitErrorAndAutoClose(self, err);
        if (self.emittedError) return;
        var entry = new Entry();
        var signature = buffer.readUInt32LE(0);
        if (signature !== 33639248) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
        entry.versionMadeBy = buffer.readUInt16LE(4);
        entry.versionNeededToExtract = buffer.readUInt16LE(6);
        entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
        entry.compressionMethod = buffer.readUInt16LE(10);
        entry.lastModFileTime = buffer.readUInt16LE(12);
        entry.lastModFileDate = buffer.readUInt16LE(14);
        entry.crc32 = buffer.readUInt32LE(16);
        entry.compressedSize = buffer.readUInt32LE(20);
        entry.uncompressedSize = buffer.readUInt32LE(24);
        entry.fileNameLength = buffer.readUInt16LE(28);
        entry.extraFieldLength = buffer.readUInt16LE(30);
        entry.fileCommentLength = buffer.readUInt16LE(32);
        entry.internalFileAttributes = buffer.readUInt16LE(36);
        entry.externalFileAttributes = buffer.readUInt32LE(38);
        entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);
        if (entry.generalPurposeBitFlag & 64) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));
        self.readEntryCursor += 46;
        buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
        readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err2) {
          if (err2) return emitErrorAndAutoClose(self, err2);
          if (self.emittedError) return;
          entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
          var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
          entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
          entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);
          try {
            entry.extraFields = parseExtraFields(entry.extraFieldRaw);
          } catch (err3) {
            return emitErrorAndAutoClose(self, err3);
          }
          if (self.decodeStrings) {
            var isUtf8 = (entry.generalPurposeBitFlag & 2048) !== 0;
            entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
            entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
            var errorMessage = validateFileName(entry.fileName);
            if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
          } else {
            entry.fileComment = entry.fileCommentRaw;
            entry.fileName = entry.fileNameRaw;
          }
          entry.comment = entry.fileComment;
          self.readEntryCursor += buffer.length;
          self.entriesRead += 1;
          for (var i = 0; i < entry.extraFields.length; i++) {
            var extraField = entry.extraFields[i];
            if (extraField.id !== 1) continue;
            var zip64EiefBuffer = extraField.data;
            var index = 0;
            if (entry.uncompressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
              }
              entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.compressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
              }
              entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.relativeOffsetOfLocalHeader === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
              }
              entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            break;
          }
          if (self.validateEntrySizes && entry.compressionMethod === 0) {
            var expectedCompressedSize = entry.uncompressedSize;
            if (entry.isEncrypted()) {
              expectedCompressedSize += 12;
            }
            if (entry.compressedSize !== expectedCompressedSize) {
              var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
              return emitErrorAndAutoClose(self, new Error(msg));
            }
          }
          self.emit("entry", entry);
          if (!self.lazyEntries) self._readEntry();
        });
      });
    };
    ZipFile.prototype.eachEntry = function() {
      const self = this;
      if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
      if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
      self.hasEachEntryBeenCalled = true;
      let pendingResolveReject = null;
      self.on("entry", onEntry);
      self.on("end", onEnd);
      self.on("error", onError);
      function cleanup() {
        self.removeListener("entry", onEntry);
        self.removeListener("end", onEnd);
        self.removeListener("error", onError);
        if (self.autoClose) self.close();
      }
      function onEntry(entry) {
        let { resolve: resolve4 } = pendingResolveReject;
        pendingResolveReject = null;
        resolve4({ value: entry });
      }
      function onEnd() {
        let { resolve: resolve4 } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        resolve4({ done: true });
      }
      function onError(err) {
        let { reject } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        reject(err);
      }
      return {
        [Symbol.asyncIterator]() {
          return this;
        },
        next() {
          const promise2 = new Promise((resolve4, reject) => {
            if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
            pendingResolveReject = { resolve: resolve4, reject };
          });
          self.readEntry();
          return promise2;
        },
        return(value) {
          cleanup();
          return Promise.resolve({ done: true, value });
        },
        throw(value) {
          cleanup();
          return Promise.reject(value);
        }
      };
    };
    ZipFile.prototype.openReadStream = function(entry, options2, callback2) {
      var self = this;
      var relativeStart = 0;
      var relativeEnd = entry.compressedSize;
      if (callback2 == null) {
        callback2 = options2;
        options2 = null;
      }
      if (options2 == null) {
        options2 = {};
      } else {
        if (options2.decodeFileData === false) {
          if (options2.decrypt != null) {
            throw new Error("cannot use options.decrypt when options.decodeFileData === false");
          }
          if (options2.decompress != null) {
            throw new Error("cannot use options.decompress when options.decodeFileData === false");
          }
        } else {
          if (options2.decrypt != null) {
            if (!entry.isEncrypted()) {
              throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
            }
            if (options2.decrypt !== false) throw new Error("invalid options.decrypt value: " + options2.decrypt);
            if (entry.isCompressed()) {
              if (options2.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
            }
          }
          if (options2.decompress != null) {
            if (!entry.isCompressed()) {
              throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
            }
            if (!(options2.decompress === false || options2.decompress === true)) {
              throw new Error("invalid options.decompress value: " + options2.decompress);
            }
            decompress = options2.decompress;
          }
        }
        if (options2.start != null) {
          relativeStart = options2.start;
          if (relativeStart < 0) throw new Error("options.start < 0");
          if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
        }
        if (options2.end != null) {
          relativeEnd = options2.end;
          if (relativeEnd < 0) throw new Error("options.end < 0");
          if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
          if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
        }
      }
      var rawMode = options2.decodeFileData === false || // Explicitly requested raw.
      (entry.compressionMethod === 0 || // Naturally without compression.
      entry.compressionMethod === 8 && options2.decompress === false) && (!entry.isEncrypted() || // Naturally without encryption.
      options2.decrypt === false);
      if (options2.start != null || options2.end != null) {
        if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
      }
      if (!self.isOpen) return callback2(new Error("closed"));
      if (entry.isEncrypted() && !rawMode) {
        if (options2.decrypt !== false) return callback2(new Error("entry is encrypted, and options.decodeFileData !== false"));
      }
      var decompress;
      if (rawMode) {
        decompress = false;
      } else if (entry.compressionMethod === 8) {
        decompress = options2.decodeFileData !== true;
      } else {
        return callback2(new Error("unsupported compression method: " + entry.compressionMethod));
      }
      self.readLocalFileHeader(entry, { minimal: true }, function(err, localFileHeader) {
        if (err) return callback2(err);
        self.openReadStreamLowLevel(
          localFileHeader.fileDataStart,
          entry.compressedSize,
          relativeStart,
          relativeEnd,
          decompress,
          entry.uncompressedSize,
          callback2
        );
      });
    };
    ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback2) {
      var self = this;
      var fileDataEnd = fileDataStart + compressedSize;
      var readStream = self.reader.createReadStream({
        start: fileDataStart + relativeStart,
        end: fileDataStart + relativeEnd
      });
      var endpointStream = readStream;
      if (decompress) {
        var destroyed = false;
        var inflateFilter = zlib.createInflateRaw();
        readStream.on("error", function(err) {
          setImmediate(function() {
            if (!destroyed) inflateFilter.emit("error", err);
          });
        });
        readStream.pipe(inflateFilter);
        if (self.validateEntrySizes) {
          endpointStream = new AssertByteCountStream(uncompressedSize);
          inflateFilter.on("error", function(err) {
            setImmediate(function() {
              if (!destroyed) endpointStream.emit("error", err);
            });
          });
          inflateFilter.pipe(endpointStream);
        } else {
          endpointStream = inflateFilter;
        }
        installDestroyFn(endpointStream, function() {
          destroyed = true;
          if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
          readStream.unpipe(inflateFilter);
          readStream.destroy();
        });
      }
      callback2(null, endpointStream);
    };
    ZipFile.prototype.readLocalFileHeader = function(entry, options2, callback2) {
      var self = this;
      if (callback2 == null) {
        callback2 = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      self.reader.ref();
      var buffer = newBuffer(30);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
        try {
          if (err) return callback2(err);
          var signature = buffer.readUInt32LE(0);
          if (signature !== 67324752) {
            return callback2(new Error("invalid local file header signature: 0x" + signature.toString(16)));
          }
          var fileNameLength = buffer.readUInt16LE(26);
          var extraFieldLength = buffer.readUInt16LE(28);
          var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
          if (fileDataStart + entry.compressedSize > self.fileSize) {
            return callback2(new Error("file data overflows file bounds: " + fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
          }
          if (options2.minimal) {
            return callback2(null, { fileDataStart });
          }
          var localFileHeader = new LocalFileHeader();
          localFileHeader.fileDataStart = fileDataStart;
          localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
          localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
          localFileHeader.compressionMethod = buffer.readUInt16LE(8);
          localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
          localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
          localFileHeader.crc32 = buffer.readUInt32LE(14);
          localFileHeader.compressedSize = buffer.readUInt32LE(18);
          localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
          localFileHeader.fileNameLength = fileNameLength;
          localFileHeader.extraFieldLength = extraFieldLength;
          buffer = newBuffer(fileNameLength + extraFieldLength);
          self.reader.ref();
          readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err2) {
            try {
              if (err2) return callback2(err2);
              localFileHeader.fileName = buffer.subarray(0, fileNameLength);
              localFileHeader.extraField = buffer.subarray(fileNameLength);
              return callback2(null, localFileHeader);
            } finally {
              self.reader.unref();
            }
          });
        } finally {
          self.reader.unref();
        }
      });
    };
    ZipFile.prototype.openReadStreamPromise = function(entry, options2) {
      return new Promise((resolve4, reject) => {
        this.openReadStream(entry, options2, function(err, readStream) {
          if (err) return reject(err);
          resolve4(readStream);
        });
      });
    };
    ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
      return new Promise((resolve4, reject) => {
        this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
          if (err) return reject(err);
          resolve4(readStream);
        });
      });
    };
    ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options2) {
      return new Promise((resolve4, reject) => {
        this.readLocalFileHeader(entry, options2, function(err, localFileHeader) {
          if (err) return reject(err);
          resolve4(localFileHeader);
        });
      });
    };
    function Entry() {
    }
    Entry.prototype.getLastModDate = function(options2) {
      if (options2 == null) options2 = {};
      if (!options2.forceDosFormat) {
        for (var i = 0; i < this.extraFields.length; i++) {
          var extraField = this.extraFields[i];
          if (extraField.id === 21589) {
            var data = extraField.data;
            if (data.length < 5) continue;
            var flags = data[0];
            var HAS_MTIME = 1;
            if (!(flags & HAS_MTIME)) continue;
            var posixTimestamp = data.readInt32LE(1);
            return new Date(posixTimestamp * 1e3);
          } else if (extraField.id === 10) {
            var data = extraField.data;
            if (data.length !== 32) continue;
            if (data.readUInt16LE(4) !== 1) continue;
            if (data.readUInt16LE(6) !== 24) continue;
            var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
            var millisecondsSince1970 = hundredNanoSecondsSince1601 / 1e4 - 116444736e5;
            return new Date(millisecondsSince1970);
          }
        }
      }
      return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options2.timezone);
    };
    Entry.prototype.canDecodeFileData = function() {
      return !this.isEncrypted() && (this.compressionMethod === 0 || this.compressionMethod === 8);
    };
    Entry.prototype.isEncrypted = function() {
      return (this.generalPurposeBitFlag & 1) !== 0;
    };
    Entry.prototype.isCompressed = function() {
      return this.compressionMethod === 8;
    };
    function LocalFileHeader() {
    }
    function dosDateTimeToDate(date, time, timezone) {
      var day = date & 31;
      var month = (date >> 5 & 15) - 1;
      var year = (date >> 9 & 127) + 1980;
      var millisecond = 0;
      var second = (time & 31) * 2;
      var minute = time >> 5 & 63;
      var hour = time >> 11 & 31;
      if (timezone == null || timezone === "local") {
        return new Date(year, month, day, hour, minute, second, millisecond);
      } else if (timezone === "UTC") {
        return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
      } else {
        throw new Error("unrecognized options.timezone: " + options.timezone);
      }
    }
    function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
      var fileName = null;
      for (var i = 0; i < extraFields.length; i++) {
        var extraField = extraFields[i];
        if (extraField.id === 28789) {
          if (extraField.data.length < 6) {
            continue;
          }
          if (extraField.data.readUInt8(0) !== 1) {
            continue;
          }
          var oldNameCrc32 = extraField.data.readUInt32LE(1);
          if (crc322(fileNameBuffer) !== oldNameCrc32) {
            continue;
          }
          fileName = decodeBuffer(extraField.data.subarray(5), true);
          break;
        }
      }
      if (fileName == null) {
        var isUtf8 = (generalPurposeBitFlag & 2048) !== 0;
        fileName = decodeBuffer(fileNameBuffer, isUtf8);
      }
      if (!strictFileNames) {
        fileName = fileName.replace(/\\/g, "/");
      }
      return fileName;
    }
    function validateFileName(fileName) {
      if (fileName.indexOf("\\") !== -1) {
        return "invalid characters in fileName: " + fileName;
      }
      if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
        return "absolute path: " + fileName;
      }
      if (fileName.split("/").indexOf("..") !== -1) {
        return "invalid relative path: " + fileName;
      }
      return null;
    }
    function parseExtraFields(extraFieldBuffer) {
      var extraFields = [];
      var i = 0;
      while (i < extraFieldBuffer.length - 3) {
        var headerId = extraFieldBuffer.readUInt16LE(i + 0);
        var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
        var dataStart = i + 4;
        var dataEnd = dataStart + dataSize;
        if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
        var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
        extraFields.push({
          id: headerId,
          data: dataBuffer
        });
        i = dataEnd;
      }
      return extraFields;
    }
    function readAndAssertNoEof(reader, buffer, offset, length, position, callback2) {
      if (length === 0) {
        return setImmediate(function() {
          callback2(null, newBuffer(0));
        });
      }
      reader.read(buffer, offset, length, position, function(err, bytesRead) {
        if (err) return callback2(err);
        if (bytesRead < length) {
          return callback2(new Error("unexpected EOF"));
        }
        callback2();
      });
    }
    util.inherits(AssertByteCountStream, Transform);
    function AssertByteCountStream(byteCount) {
      Transform.call(this);
      this.actualByteCount = 0;
      this.expectedByteCount = byteCount;
    }
    AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
      this.actualByteCount += chunk.length;
      if (this.actualByteCount > this.expectedByteCount) {
        var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb(null, chunk);
    };
    AssertByteCountStream.prototype._flush = function(cb) {
      if (this.actualByteCount < this.expectedByteCount) {
        var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb();
    };
    util.inherits(RandomAccessReader, EventEmitter);
    function RandomAccessReader() {
      EventEmitter.call(this);
      this.refCount = 0;
    }
    RandomAccessReader.prototype.ref = function() {
      this.refCount += 1;
    };
    RandomAccessReader.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount > 0) return;
      if (self.refCount < 0) throw new Error("invalid unref");
      self.close(onCloseDone);
      function onCloseDone(err) {
        if (err) return self.emit("error", err);
        self.emit("close");
      }
    };
    RandomAccessReader.prototype.createReadStream = function(options2) {
      if (options2 == null) options2 = {};
      var start = options2.start;
      var end = options2.end;
      if (start === end) {
        var emptyStream = new PassThrough();
        setImmediate(function() {
          emptyStream.end();
        });
        return emptyStream;
      }
      var stream = this._readStreamForRange(start, end);
      var destroyed = false;
      var refUnrefFilter = new RefUnrefFilter(this);
      stream.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) refUnrefFilter.emit("error", err);
        });
      });
      installDestroyFn(refUnrefFilter, function() {
        stream.unpipe(refUnrefFilter);
        refUnrefFilter.unref();
        stream.destroy();
      });
      var byteCounter = new AssertByteCountStream(end - start);
      refUnrefFilter.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) byteCounter.emit("error", err);
        });
      });
      installDestroyFn(byteCounter, function() {
        destroyed = true;
        refUnrefFilter.unpipe(byteCounter);
        refUnrefFilter.destroy();
      });
      return stream.pipe(refUnrefFilter).pipe(byteCounter);
    };
    RandomAccessReader.prototype._readStreamForRange = function(start, end) {
      throw new Error("not implemented");
    };
    RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback2) {
      var readStream = this.createReadStream({ start: position, end: position + length });
      var writeStream = new Writable();
      var written = 0;
      writeStream._write = function(chunk, encoding, cb) {
        chunk.copy(buffer, offset + written, 0, chunk.length);
        written += chunk.length;
        cb();
      };
      writeStream.on("finish", callback2);
      readStream.on("error", function(error) {
        callback2(error);
      });
      readStream.pipe(writeStream);
    };
    RandomAccessReader.prototype.close = function(callback2) {
      setImmediate(callback2);
    };
    util.inherits(RefUnrefFilter, PassThrough);
    function RefUnrefFilter(context) {
      PassThrough.call(this);
      this.context = context;
      this.context.ref();
      this.unreffedYet = false;
    }
    RefUnrefFilter.prototype._flush = function(cb) {
      this.unref();
      cb();
    };
    RefUnrefFilter.prototype.unref = function(cb) {
      if (this.unreffedYet) return;
      this.unreffedYet = true;
      this.context.unref();
    };
    var cp437 = "\0\u263A\u263B\u2665\u2666\u2663\u2660\u2022\u25D8\u25CB\u25D9\u2642\u2640\u266A\u266B\u263C\u25BA\u25C4\u2195\u203C\xB6\xA7\u25AC\u21A8\u2191\u2193\u2192\u2190\u221F\u2194\u25B2\u25BC !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u2302\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0";
    function decodeBuffer(buffer, isUtf8) {
      if (isUtf8) {
        return buffer.toString("utf8");
      } else {
        var result = "";
        for (var i = 0; i < buffer.length; i++) {
          result += cp437[buffer[i]];
        }
        return result;
      }
    }
    function readUInt64LE(buffer, offset) {
      var lower32 = buffer.readUInt32LE(offset);
      var upper32 = buffer.readUInt32LE(offset + 4);
      return upper32 * 4294967296 + lower32;
    }
    var newBuffer;
    if (typeof Buffer.allocUnsafe === "function") {
      newBuffer = function(len) {
        return Buffer.allocUnsafe(len);
      };
    } else {
      newBuffer = function(len) {
        return new Buffer(len);
      };
    }
    function installDestroyFn(stream, fn) {
      if (typeof stream.destroy === "function") {
        stream._destroy = function(err, cb) {
          fn();
          if (cb != null) cb(err);
        };
      } else {
        stream.destroy = fn;
      }
    }
    function defaultCallback(err) {
      if (err) throw err;
    }
  }
});

// src/release/release-report.ts
import path19 from "node:path";

// src/release/release.ts
import { mkdtemp as mkdtemp4 } from "node:fs/promises";
import { tmpdir as tmpdir4 } from "node:os";
import path18 from "node:path";

// src/github/deferred-releaser.ts
function deferredReleaser(options2) {
  const loading = import("./releaser-R5LQBZ5Y.js").then((github) => github.octokitReleaser(options2));
  loading.catch(() => void 0);
  const client = () => loading;
  return {
    listReleases: async () => (await client()).listReleases(),
    listTags: async () => (await client()).listTags(),
    generateNotes: async (tag, previousTag2) => (await client()).generateNotes(tag, previousTag2),
    createRelease: async (fields) => (await client()).createRelease(fields),
    updateRelease: async (id, fields) => (await client()).updateRelease(id, fields),
    deleteRelease: async (id) => (await client()).deleteRelease(id),
    listAssets: async (releaseId) => (await client()).listAssets(releaseId),
    deleteAsset: async (id) => (await client()).deleteAsset(id),
    uploadAsset: async (release, name, data, contentType) => (await client()).uploadAsset(release, name, data, contentType),
    openMilestones: async () => (await client()).openMilestones(),
    closeMilestone: async (number2) => (await client()).closeMilestone(number2),
    createMilestone: async (title2) => (await client()).createMilestone(title2),
    milestoneItems: async (number2) => (await client()).milestoneItems(number2),
    setMilestone: async (issueNumber, milestone) => (await client()).setMilestone(issueNumber, milestone),
    openPullRequest: async (fields) => (await client()).openPullRequest(fields)
  };
}

// src/release/step-graph.ts
function validateNeeds(steps) {
  const declared = /* @__PURE__ */ new Set();
  for (const step of steps) {
    if (declared.has(step.name)) throw new Error(`Step graph: "${step.name}" is declared twice`);
    for (const need of step.needs) {
      if (!declared.has(need))
        throw new Error(
          `Step graph: "${step.name}" needs "${need}", which is not declared before it`
        );
    }
    declared.add(step.name);
  }
}
function ancestors(steps) {
  const before = /* @__PURE__ */ new Map();
  for (const step of steps) {
    const all = /* @__PURE__ */ new Set();
    for (const need of step.needs) {
      all.add(need);
      for (const earlier of before.get(need)) all.add(earlier);
    }
    before.set(step.name, all);
  }
  const checks = steps.filter((step) => !step.sideEffect).map((step) => step.name);
  for (const step of steps) {
    if (!step.sideEffect) continue;
    const all = before.get(step.name);
    for (const check of checks) {
      all.add(check);
      for (const earlier of before.get(check)) all.add(earlier);
    }
  }
  return before;
}
function validateResults(steps) {
  const writers = /* @__PURE__ */ new Map();
  for (const step of steps)
    for (const result of step.writes ?? [])
      writers.set(result, [...writers.get(result) ?? [], step.name]);
  const before = ancestors(steps);
  for (const step of steps) {
    const needed = before.get(step.name);
    const others = (result) => (writers.get(result) ?? []).filter((writer) => writer !== step.name);
    for (const result of step.reads ?? []) {
      if (!others(result).some((writer) => needed.has(writer)))
        throw new Error(
          `Step graph: "${step.name}" reads ${result}, which no step it needs writes`
        );
    }
    const beside = (writer) => !needed.has(writer) && !before.get(writer).has(step.name);
    for (const result of step.mayRead ?? []) {
      const writing = others(result);
      if (writing.some(beside))
        throw new Error(
          `Step graph: "${step.name}" may read ${result}, written by ${writing.join(", ")}, which may run beside it`
        );
    }
  }
}
function validateGraph(steps) {
  validateNeeds(steps);
  validateResults(steps);
}
function guardedState(state, step, results) {
  const readable = /* @__PURE__ */ new Set([
    ...step.reads ?? [],
    ...step.mayRead ?? [],
    ...step.writes ?? []
  ]);
  const writable = new Set(step.writes ?? []);
  for (const result of step.reads ?? []) {
    if (state[result] === void 0)
      throw new Error(`Step graph: "${step.name}" started before ${result} was written`);
  }
  return new Proxy(state, {
    get(target, key, receiver) {
      if (typeof key === "string" && results.has(key) && !readable.has(key))
        throw new Error(`Step graph: "${step.name}" reads ${key}, which it does not declare`);
      return Reflect.get(target, key, receiver);
    },
    set(target, key, value, receiver) {
      if (typeof key !== "string" || !writable.has(key))
        throw new Error(
          `Step graph: "${step.name}" writes ${String(key)}, which it does not declare`
        );
      return Reflect.set(target, key, value, receiver);
    }
  });
}
function dueSteps(steps, status) {
  if ([...status.values()].includes("failed")) return [];
  const checksPassed = steps.every((step) => step.sideEffect || status.get(step.name) === "passed");
  return steps.filter(
    (step) => status.get(step.name) === "waiting" && step.needs.every((need) => status.get(need) === "passed") && (!step.sideEffect || checksPassed)
  );
}
async function runGraph(steps, state, pipeline, results = /* @__PURE__ */ new Set()) {
  validateGraph(steps);
  const status = new Map(steps.map((step) => [step.name, "waiting"]));
  const failures = /* @__PURE__ */ new Map();
  const running = /* @__PURE__ */ new Set();
  const track = (step, work) => {
    const done = pipeline.step(step.name, work, (detail) => detail).then(
      () => void status.set(step.name, "passed"),
      (error) => {
        status.set(step.name, "failed");
        failures.set(step.name, error);
      }
    ).finally(() => running.delete(done));
    running.add(done);
  };
  const start = (step) => {
    status.set(step.name, "running");
    let note;
    let view;
    try {
      view = guardedState(state, step, results);
      note = step.note?.(view);
    } catch (error) {
      track(step, () => Promise.reject(error));
      return;
    }
    if (note) {
      pipeline.note(step.name, note.status, note.detail);
      status.set(step.name, "passed");
      return;
    }
    track(
      step,
      () => step.run?.(view) ?? Promise.reject(new Error(`${step.name} made no note and has no run`))
    );
  };
  for (; ; ) {
    for (let due = dueSteps(steps, status); due.length > 0; due = dueSteps(steps, status))
      due.forEach(start);
    if (running.size === 0) break;
    await Promise.race(running);
  }
  const failed = steps.find((step) => failures.has(step.name));
  if (failed) throw failures.get(failed.name);
  const stuck = steps.filter((step) => status.get(step.name) !== "passed");
  if (stuck.length > 0)
    throw new Error(`Step graph: ${stuck.map((step) => step.name).join(", ")} never became due`);
}

// src/http/lazy-id-token.ts
var loadIdToken = () => import("./id-token-REMLJALN.js");

// src/provenance/pep740-plan.ts
var TWINE_ATTESTATIONS_SINCE = [5, 1];
function parseTwineVersion(output) {
  const match = /twine version (\d+)\.(\d+)(?:\.(\d+))?/i.exec(output);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : void 0;
}
function twineSupportsAttestations(version) {
  const [major = 0, minor = 0] = version;
  const [needMajor, needMinor] = TWINE_ATTESTATIONS_SINCE;
  return major > needMajor || major === needMajor && minor >= needMinor;
}
function decideAttestations(facts) {
  refuseAttestationsWithToken(facts.mode, facts.targets);
  const none = { attest: facts.targets.map(() => false), warnings: [] };
  if (facts.mode === "false") return none;
  const wanted = facts.targets.map((target) => target.trusted);
  if (!wanted.some(Boolean)) return none;
  const version = facts.twineVersion;
  if (!version || !twineSupportsAttestations(version)) {
    const found = version ? `twine ${version.join(".")}` : "a twine whose version could not be read";
    const fix = `${byAudience({
      action: `Install twine ${TWINE_ATTESTATIONS_SINCE.join(".")} or newer before this step (pip install -U twine)`,
      "command line": `Install twine ${TWINE_ATTESTATIONS_SINCE.join(".")} or newer (python3 -m pip install -U twine)`
    })}, or leave twine off PATH so pyrelease installs a current one`;
    if (facts.mode === "true") {
      throw new UserError(
        `attestations: true, but ${found} cannot upload attestations (its --attestations option came in ${TWINE_ATTESTATIONS_SINCE.join(".")}). ${fix}. Nothing was uploaded.`,
        "twine too old for attestations"
      );
    }
    return {
      attest: facts.targets.map(() => false),
      warnings: [
        `Uploading without PEP 740 attestations: ${found} cannot send them. ${fix}; or set ${setting("attestations", "false")} to silence this.`
      ]
    };
  }
  if (!facts.canRequestIdToken && !facts.dryRun) {
    throw new UserError(
      "PEP 740 attestations are signed with the workflow\u2019s identity, but this job may not request an OIDC token. Add `permissions: id-token: write` to the job (trusted publishing needs it too), or set attestations: false. Nothing was uploaded.",
      "Attestations need id-token: write"
    );
  }
  return { attest: wanted, warnings: [] };
}

// src/provenance/pep740-attestor.ts
async function preflightAttestations(inputs, targets, twine) {
  const facts = {
    mode: inputs.publish ? inputs.attestations : "false",
    targets,
    canRequestIdToken: Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL),
    dryRun: inputs.dryRun
  };
  const needsTwine = facts.mode !== "false" && facts.targets.some((target) => target.trusted);
  const decision = decideAttestations({
    ...facts,
    twineVersion: needsTwine ? parseTwineVersion(await twineVersionOutput(twine)) : void 0
  });
  return decision;
}
function attestationFile(file) {
  return `${file.path}${ATTESTATION_SUFFIX}`;
}
function attestor(getIdToken = async (audience) => (await loadIdToken()).requestIdToken(audience), env = process.env) {
  const done = /* @__PURE__ */ new Map();
  return async (files) => {
    const missing = files.filter((file) => !done.has(file.path));
    if (missing.length > 0) {
      const { makePublishAttestations, sigstoreEndpoints } = await import("./sign-G3D34UTD.js");
      let token;
      const identityToken = () => token ??= getIdToken("sigstore").then((value) => {
        setSecret(value);
        return value;
      });
      const made = await makePublishAttestations(missing, {
        endpoints: sigstoreEndpoints(env),
        identityToken
      });
      for (const attestation of made) {
        const file = missing.find((candidate) => candidate.filename === attestation.filename);
        done.set(file.path, attestation.path);
        info(
          `${attestation.reused ? "Reused" : "Signed"} the PEP 740 publish attestation ${attestation.path}`
        );
      }
    }
    return files.map((file) => done.get(file.path));
  };
}

// src/publish/publish-plan.ts
function publishTargets(options2) {
  const label = (url, known, name) => url === known ? name : displayUrl(url);
  const main = packageIndex(
    options2.repositoryUrl,
    label(options2.repositoryUrl, PYPI_UPLOAD_URL, "PyPI"),
    options2.indexUrl
  );
  const targets = [];
  if (options2.testpypi) {
    targets.push({
      index: packageIndex(
        options2.testpypiUrl,
        label(options2.testpypiUrl, TESTPYPI_UPLOAD_URL, "TestPyPI")
      ),
      token: options2.testpypiToken,
      verifyInstall: true
    });
  }
  targets.push({ index: main, token: options2.pypiToken, verifyInstall: false });
  return targets;
}
function describeUpload(twine, target, files, attest = false) {
  const ordered = uploadOrder(files);
  const auth = target.token ? "TWINE_USERNAME=__token__ TWINE_PASSWORD=*** (from the environment)" : target.index.credentials ? "TWINE_USERNAME and TWINE_PASSWORD from repository-url (from the environment)" : "a token minted by trusted publishing";
  return `${showCommand(twine.command, [
    ...twine.baseArgs,
    ...twineUploadArgs(
      target.index.uploadUrl,
      ordered.map((file) => file.path),
      attest ? ordered.map(attestationFile) : []
    )
  ])}  [${auth}]`;
}

// src/tools/build.ts
import { readdir, rm } from "node:fs/promises";
import path from "node:path";

// src/tools/args.ts
function pathArg(value) {
  return value.startsWith("-") ? `./${value}` : value;
}

// src/tools/python-build.ts
function pythonBuildArgs(options2) {
  return [
    "-m",
    "build",
    "--sdist",
    "--wheel",
    "--outdir",
    pathArg(options2.outDir),
    ...options2.isolation ? [] : ["--no-isolation", "--skip-dependency-check"],
    pathArg(options2.projectDir)
  ];
}
function venvArgs(dir) {
  return ["-m", "venv", pathArg(dir)];
}
function pipInstallArgs(target, options2 = {}) {
  return [
    "pip",
    "install",
    "--disable-pip-version-check",
    "--no-input",
    ...options2.noDeps ? ["--no-deps"] : [],
    ...options2.indexUrl ? ["--index-url", options2.indexUrl] : [],
    pathArg(target)
  ];
}

// src/tools/uv-args.ts
function uvBuildArgs(options2) {
  return [
    "build",
    "--sdist",
    "--wheel",
    "--no-sources",
    "--out-dir",
    pathArg(options2.outDir),
    ...options2.python ? ["--python", options2.python] : [],
    ...options2.isolation ? [] : ["--no-build-isolation"],
    pathArg(options2.projectDir)
  ];
}
function uvVenvArgs(venvDir, python) {
  return ["venv", "--quiet", ...python ? ["--python", python] : [], pathArg(venvDir)];
}
function uvPipInstallArgs(venvPython2, wheelPath, options2 = {}) {
  return [
    "pip",
    "install",
    "--quiet",
    "--python",
    venvPython2,
    ...options2.noDeps ? ["--no-deps"] : [],
    ...options2.indexUrl ? ["--default-index", options2.indexUrl] : [],
    pathArg(wheelPath)
  ];
}

// src/tools/build.ts
async function cleanBuildOutputs(projectDir, outDir) {
  const names2 = await readdir(projectDir).catch(() => []);
  await Promise.all([
    rm(outDir, { recursive: true, force: true }),
    rm(path.join(projectDir, "build"), { recursive: true, force: true }),
    ...names2.filter((name) => name.endsWith(".egg-info")).map((name) => rm(path.join(projectDir, name), { recursive: true, force: true }))
  ]);
}
function buildCommand(options2) {
  const where = {
    outDir: options2.outDir,
    isolation: options2.isolation,
    projectDir: options2.projectDir
  };
  if (options2.builder === "uv") {
    if (!options2.uvPath)
      throw new UserError(
        `${setting("builder", "uv")} needs uv; it was not found or installed.`,
        "uv missing"
      );
    return [options2.uvPath, ...uvBuildArgs({ ...where, python: options2.python })];
  }
  return [options2.python, ...pythonBuildArgs(where)];
}
async function buildDist(options2) {
  const [command, ...args] = buildCommand(options2);
  if (options2.clean !== false) await cleanBuildOutputs(options2.projectDir, options2.outDir);
  const result = await runCommand(command, args, {
    cwd: options2.projectDir,
    env: options2.env
  });
  if (result.exitCode !== 0) {
    const tail = outputTail(result);
    const hint = /No module named build\b/.test(tail) ? `${options2.python} has no \`build\` module: install it (${options2.python} -m pip install build), or use ${setting("builder", "uv")}.` : options2.isolation ? "Run the same command locally to see the whole output." : `With ${setting("build-isolation", "false")} the build backend must already be installed in that Python.`;
    throw new UserError(
      `${showCommand(command, args)} exited ${result.exitCode}; the last lines of its output:
${tail}
${hint}`,
      "Build failed"
    );
  }
  return { command: [command, ...args], durationMs: result.durationMs };
}

// src/release/release-state.ts
import path2 from "node:path";
var RESULT_NAMES = {
  projectDir: true,
  validated: true,
  pushed: true,
  releaseBranch: true,
  uv: true,
  twine: true,
  inspection: true,
  wheelTest: true,
  handover: true,
  handoverDigest: true,
  attestations: true,
  attest: true,
  githubAttest: true,
  releases: true,
  published: true,
  pypiUrl: true,
  landed: true,
  draft: true,
  release: true,
  milestone: true
};
var RESULTS = new Set(Object.keys(RESULT_NAMES));
function releaseStep(definition) {
  return { needs: [], ...definition };
}
function buildDir(state) {
  return state.dryRunBuildDir ?? path2.join(state.projectDir, "dist");
}

// src/release/steps/build-step.ts
async function sourceDateEpoch(cwd, tag) {
  const result = await git(cwd, [
    "log",
    "-1",
    "--format=%ct",
    tag ? `refs/tags/${tag}^{commit}` : "HEAD"
  ]);
  const value = result.stdout.trim();
  return result.exitCode === 0 && /^\d+$/.test(value) ? value : void 0;
}
var build = releaseStep({
  name: "Build",
  sideEffect: false,
  reads: ["projectDir"],
  mayRead: ["uv"],
  async run(state) {
    const { context, inputs } = state;
    const epoch = await sourceDateEpoch(context.workspace, state.requestedTag);
    await buildDist({
      builder: inputs.builder,
      python: inputs.python,
      uvPath: state.uv?.path,
      projectDir: state.projectDir,
      outDir: buildDir(state),
      clean: !inputs.dryRun,
      isolation: inputs.buildIsolation,
      env: epoch ? { SOURCE_DATE_EPOCH: epoch } : {}
    });
    return inputs.builder === "uv" ? "uv build" : "python -m build";
  }
});

// src/release/steps/checks-step.ts
import path5 from "node:path";

// src/artifacts/wheel-test.ts
import { mkdtemp as mkdtemp2, rm as rm3 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import path4 from "node:path";

// src/tools/python-script.ts
import { mkdtemp, rm as rm2, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path3 from "node:path";
async function runPythonScript(python, program, args, options2 = {}) {
  const dir = await mkdtemp(path3.join(process.env.RUNNER_TEMP || tmpdir(), "pyrelease-py-"));
  const file = path3.join(dir, "pyrelease_program.py");
  try {
    await writeFile(file, program, "utf8");
    return await runCommand(python, [file, ...args], options2);
  } finally {
    await rm2(dir, { recursive: true, force: true });
  }
}

// src/artifacts/interpreter-tags.ts
var SCRIPT = `
import json, sys, sysconfig
try:
    from packaging import tags
except ImportError:
    try:
        from pip._vendor.packaging import tags
    except ImportError:
        tags = None
impl = sys.implementation.name
label = "Python %d.%d (%s) on %s" % (sys.version_info[0], sys.version_info[1], impl, sysconfig.get_platform())
print(json.dumps({"label": label, "tags": [str(t) for t in tags.sys_tags()] if tags else []}))
`;
async function interpreterTags(python) {
  const result = await runPythonScript(python, SCRIPT, []);
  const line = result.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line);
  } catch {
    return { label: `the interpreter ${python}`, tags: [] };
  }
}

// src/artifacts/scm-version.ts
function base(version) {
  const epoch = version.epoch ? `${version.epoch}!` : "";
  const pre = version.pre ? `${version.pre[0]}${version.pre[1]}` : "";
  return `${epoch}${version.release.join(".")}${pre}`;
}
var FETCH_ALL = "check out the full history with its tags (actions/checkout with `fetch-depth: 0`; a shallow clone has one commit and no tags)";
function diagnoseScmVersion(expected, found) {
  const want = parsePep440(expected);
  const got = parsePep440(found);
  if (!want || !got || comparePep440(expected, found) === 0) return void 0;
  const local = got.local?.split(".") ?? [];
  const commit = local.find((part) => /^g[0-9a-f]{4,}$/.test(part));
  const dirty = local.some((part) => /^d\d{8}$/.test(part));
  const fromGit = commit !== void 0 || dirty || got.dev !== null && want.dev === null;
  if (!fromGit) return void 0;
  const causes = [];
  const why = [];
  const fixes = [];
  const order = comparePep440(base(got), base(want));
  const tagSeen = got.post !== null ? order >= 0 : got.dev !== null ? order > 0 : order === 0;
  const distance = got.dev ?? got.post ?? 0;
  const built = commit ? `, ${commit.slice(1)},` : "";
  const noTag = got.dev !== null && got.post === null && base(got) === "0.1" && base(want) !== "0.0";
  if (noTag) {
    causes.push("no-tag");
    why.push(
      `the build saw no tag at all: 0.1.dev${distance} is setuptools-scm's version for a history without tags, counting the ${distance} commit${distance === 1 ? "" : "s"} it could see`
    );
    fixes.push(`${FETCH_ALL}, and push the tag before the release runs`);
  } else if (!tagSeen) {
    causes.push("older-tag");
    why.push(
      `the newest tag the build saw is older than ${want.normalized}: the commit built${built} ${distance === 0 ? "carries an earlier tag" : `is ${distance} commit${distance === 1 ? "" : "s"} past an earlier tag`}, so the tag for ${want.normalized} was not in the checkout or is not on that commit`
    );
    fixes.push(`${FETCH_ALL}, and build the tagged commit`);
  } else if (distance > 0) {
    causes.push("past-tag");
    why.push(
      `the commit built${built} is ${distance} commit${distance === 1 ? "" : "s"} past the tag, not the tagged commit`
    );
    fixes.push(
      "build the tagged commit: on a tag push actions/checkout checks it out; a workflow that checks out a branch should check out the tag instead (`ref: ${{ github.ref }}`)"
    );
  }
  if (dirty) {
    causes.push("dirty");
    why.push(
      "tracked files had uncommitted changes when the build ran (the .dYYYYMMDD part marks a changed tree; untracked files do not count)"
    );
    fixes.push(
      "build from a clean checkout: no step before the build may edit tracked files (a version stamp, a formatter, a regenerated lock file); commit such changes or have them written to files git ignores, and check with `git status --porcelain` before building"
    );
  }
  if (causes.length === 0) return void 0;
  const pypi = got.local !== null ? " PyPI refuses any version with a local part (+\u2026)." : "";
  return {
    causes,
    message: `${got.normalized} was computed from git by the build (setuptools-scm or hatch-vcs): ${why.join("; and ")}. To release ${want.normalized}, ${fixes.join("; and ")}.${pypi}`
  };
}

// src/artifacts/filenames.ts
var PART = /^[A-Za-z0-9_.+!]+$/;
function parseWheelFilename(filename) {
  if (!filename.endsWith(".whl")) return void 0;
  const parts2 = filename.slice(0, -".whl".length).split("-");
  if (parts2.length !== 5 && parts2.length !== 6) return void 0;
  if (!parts2.every((part) => PART.test(part))) return void 0;
  const [distribution, version] = parts2;
  const build3 = parts2.length === 6 ? parts2[2] : void 0;
  if (build3 !== void 0 && !/^\d/.test(build3)) return void 0;
  const [python, abi, platform] = parts2.slice(-3);
  return {
    filename,
    distribution,
    version,
    build: build3,
    pythonTags: python.split("."),
    abiTags: abi.split("."),
    platformTags: platform.split(".")
  };
}
function parseSdistFilename(filename) {
  if (!filename.endsWith(".tar.gz")) return void 0;
  const stem = filename.slice(0, -".tar.gz".length);
  const dash = stem.indexOf("-");
  if (dash <= 0 || dash === stem.length - 1) return void 0;
  return { filename, distribution: stem.slice(0, dash), version: stem.slice(dash + 1) };
}
function distStem(projectName, version) {
  if (version === void 0) return `${distFilenamePrefix(projectName)}-{version}`;
  const normalized = parsePep440(version)?.normalized ?? version.trim();
  return `${distFilenamePrefix(projectName)}-${normalized}`;
}
function expectedSdistFilename(projectName, version) {
  return `${distStem(projectName, version)}.tar.gz`;
}
function filenameProblems(parsed, projectName, version) {
  const problems = [];
  const prefix = distFilenamePrefix(projectName);
  if (parsed.distribution !== prefix) {
    const sameProject = canonicalProjectName(parsed.distribution) === canonicalProjectName(projectName);
    problems.push(
      `${parsed.filename} starts with "${parsed.distribution}"; expected "${prefix}", the project name "${projectName}" in lower case with runs of "-", "_" and "." as "_"` + (sameProject ? ". PyPI expects normalised file names (PEP 625 and the wheel specification): upgrade the build backend (setuptools normalises them from 69.3 on) and rebuild." : ". The file belongs to another project: build from the project being released, into an empty dist folder.")
    );
  }
  const expected = version === void 0 ? void 0 : parsePep440(version);
  const found = parsePep440(parsed.version);
  if (!found) {
    problems.push(
      `${parsed.filename} has version "${parsed.version}", which is not a PEP 440 version; expected ${version === void 0 ? "a PEP 440 version" : `"${expected?.normalized ?? version}"`}. Rebuild from the release commit.`
    );
  } else if (expected && found.normalized !== expected.normalized) {
    const advice = diagnoseScmVersion(expected.normalized, found.normalized) ? "The build computed its version from git; the metadata problem says why and what to change." : `Delete the stale file from the dist folder, or set the project's version to ${expected.normalized} and rebuild.`;
    problems.push(
      `${parsed.filename} is version ${found.normalized}; expected ${expected.normalized}, the version being released. ${advice}`
    );
  } else if (parsed.version !== found.normalized) {
    problems.push(
      `${parsed.filename} writes the version as "${parsed.version}"; expected the normal form "${found.normalized}". Upgrade the build backend and rebuild.`
    );
  }
  return problems;
}

// src/artifacts/handover-manifest.ts
import { createHash } from "node:crypto";
var HANDOVER_FILE = "pyrelease-handover.json";
var HANDOVER_SCHEMA = 1;
var HANDOVER_MAX_BYTES = 1024 * 1024;
var NOT_RELEASED = /* @__PURE__ */ new Set([".gitignore", HANDOVER_FILE]);
function serializeHandover(manifest) {
  return `${JSON.stringify(manifest, null, 2)}
`;
}
function sha256Text(text2) {
  return createHash("sha256").update(text2).digest("hex");
}
var SHA256 = /^[0-9a-f]{64}$/;
function isPlainFileName(name) {
  return name !== "" && name !== "." && name !== ".." && !/[/\\\u0000-\u001f\u007f]/.test(name);
}
function stringField(data, key) {
  const value = data[key];
  return typeof value === "string" ? value : void 0;
}
function parseFiles(value) {
  if (!Array.isArray(value)) return 'its "files" is not a list';
  const files = [];
  const seen = /* @__PURE__ */ new Set();
  for (const [i, item] of value.entries()) {
    const entry = item ?? {};
    const { name, size, sha256 } = entry;
    if (typeof name !== "string" || !isPlainFileName(name))
      return `its files[${i}].name is not a file name`;
    if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0)
      return `its files[${i}].size (${name}) is not a size in bytes`;
    if (typeof sha256 !== "string" || !SHA256.test(sha256))
      return `its files[${i}].sha256 (${name}) is not a sha256 in hex`;
    if (seen.has(name)) return `it lists ${name} twice`;
    seen.add(name);
    files.push({ name, size, sha256 });
  }
  return files;
}
function parseChecks(value) {
  if (!Array.isArray(value)) return [];
  return value.map((item) => item ?? {}).filter((item) => typeof item.name === "string" && typeof item.detail === "string").map((item) => ({ name: item.name, detail: item.detail }));
}
function parseHandover(text2) {
  let data;
  try {
    data = JSON.parse(text2);
  } catch (error) {
    return { problem: `it is not JSON (${error.message})` };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data))
    return { problem: "it is not a JSON object" };
  const record = data;
  if (record.schema !== HANDOVER_SCHEMA)
    return {
      problem: `its schema is ${JSON.stringify(record.schema)}, not ${HANDOVER_SCHEMA}: it was written by another version of pyrelease; use the same version in both jobs`
    };
  const strings2 = {};
  for (const key of [
    "project",
    "version",
    "tag",
    "commit",
    "repository",
    "runId",
    "runAttempt",
    "wheelTest"
  ]) {
    const value = stringField(record, key);
    if (value === void 0) return { problem: `its "${key}" is not a string` };
    strings2[key] = value;
  }
  if (typeof record.dryRun !== "boolean") return { problem: 'its "dryRun" is not true or false' };
  const files = parseFiles(record.files);
  if (typeof files === "string") return { problem: files };
  return {
    manifest: {
      schema: HANDOVER_SCHEMA,
      project: strings2.project,
      version: strings2.version,
      tag: strings2.tag,
      commit: strings2.commit,
      repository: strings2.repository,
      runId: strings2.runId,
      runAttempt: strings2.runAttempt,
      dryRun: record.dryRun,
      files,
      checks: parseChecks(record.checks),
      wheelTest: strings2.wheelTest
    }
  };
}
function identityProblems(manifest, run) {
  const problems = [];
  const compare = (what, written, own, where) => {
    if (written === (own ?? "")) return;
    problems.push(
      own ? `the manifest is for ${what} ${written || "(none)"}, this run for ${own} (${where})` : `the manifest is for ${what} ${written}, and this run has no ${where}`
    );
  };
  compare("the repository", manifest.repository, run.repository, "GITHUB_REPOSITORY");
  compare("the tag", manifest.tag, run.tag, "GITHUB_REF");
  compare("the commit", manifest.commit, run.commit, "GITHUB_SHA");
  if (manifest.runId !== (run.runId ?? ""))
    problems.push(
      `the manifest was written in workflow run ${manifest.runId || "(none)"}, this is run ${run.runId || "(none)"} (GITHUB_RUN_ID): the hand-over is taken only from a build job of the same workflow run`
    );
  if (canonicalProjectName(manifest.project) !== canonicalProjectName(run.project))
    problems.push(
      `the manifest is for the project ${manifest.project}, the checkout's is ${run.project}`
    );
  if (manifest.version !== run.version)
    problems.push(
      `the manifest is for version ${manifest.version}, the checkout's is ${run.version}`
    );
  if (manifest.dryRun && !run.dryRun)
    problems.push(
      "the manifest was written by a dry run (dry-run: true in the build job), whose files are never released"
    );
  return problems;
}
function fileProblems(manifest, entries) {
  const problems = [];
  const present = new Map(entries.map((entry) => [entry.name, entry]));
  for (const file of manifest.files) {
    const entry = present.get(file.name);
    if (!entry) problems.push(`${file.name} is listed in the manifest but missing`);
    else if (entry.kind !== "file") problems.push(`${file.name} is not a regular file`);
    else if (entry.size !== file.size)
      problems.push(`${file.name} is ${entry.size} bytes, the manifest says ${file.size}`);
    else if (entry.sha256 !== file.sha256)
      problems.push(`${file.name} has sha256 ${entry.sha256}, the manifest says ${file.sha256}`);
  }
  const listed = new Set(manifest.files.map((file) => file.name));
  for (const entry of entries) {
    if (listed.has(entry.name) || NOT_RELEASED.has(entry.name)) continue;
    problems.push(
      `${entry.name} is there but not in the manifest (everything there would be released)`
    );
  }
  if (manifest.files.length === 0) problems.push("the manifest lists no file");
  return problems;
}
function handoverProblems(manifest, entries, run) {
  const problems = [];
  if (run.given && run.given !== run.digest)
    problems.push(
      `the manifest's sha256 is ${run.digest}, but the handover input (the build job's handover output) is ${run.given}: it is not the manifest the build job wrote`
    );
  return [...problems, ...identityProblems(manifest, run), ...fileProblems(manifest, entries)];
}

// src/pypi-rules/platform-tags.ts
var STATIC = /* @__PURE__ */ new Set([
  "any",
  "win32",
  "win_amd64",
  "win_arm64",
  "win_ia64",
  "manylinux1_x86_64",
  "manylinux1_i686",
  "manylinux2010_x86_64",
  "manylinux2010_i686",
  "manylinux2014_x86_64",
  "manylinux2014_i686",
  "manylinux2014_aarch64",
  "manylinux2014_armv7l",
  "manylinux2014_ppc64",
  "manylinux2014_ppc64le",
  "manylinux2014_s390x",
  // The only plain linux_* tags the index takes (Raspberry Pi wheels from piwheels' era).
  "linux_armv6l",
  "linux_armv7l"
]);
var MACOS_ARCHES = /* @__PURE__ */ new Set([
  "ppc",
  "ppc64",
  "i386",
  "x86_64",
  "arm64",
  "intel",
  "fat",
  "fat3",
  "fat64",
  "universal",
  "universal2"
]);
var MACOS_MAJORS = /* @__PURE__ */ new Set(["11", "12", "13", "14", "15", "26"]);
var LINUX_ARCHES = ["x86_64", "i686", "aarch64", "armv7l", "ppc64le", "s390x", "riscv64"];
var MANYLINUX_ARCHES = /* @__PURE__ */ new Set([...LINUX_ARCHES, "ppc64"]);
var MUSLLINUX_ARCHES = new Set(LINUX_ARCHES);
var IOS_ARCHES = /* @__PURE__ */ new Set(["arm64", "x86_64"]);
var ANDROID_ARCHES = /* @__PURE__ */ new Set(["armeabi_v7a", "arm64_v8a", "x86", "x86_64"]);
function pypiAcceptsPlatform(tag) {
  if (STATIC.has(tag)) return true;
  let match = /^macosx_(\d+)_(\d+)_(.+)$/.exec(tag);
  if (match) {
    const [, major, minor, arch] = match;
    if (!MACOS_ARCHES.has(arch)) return false;
    return major === "10" || MACOS_MAJORS.has(major) && minor === "0";
  }
  match = /^(many|musl)linux_\d+_\d+_(.+)$/.exec(tag);
  if (match) return (match[1] === "many" ? MANYLINUX_ARCHES : MUSLLINUX_ARCHES).has(match[2]);
  match = /^ios_\d+_\d+_(.+)_(?:iphoneos|iphonesimulator)$/.exec(tag);
  if (match) return IOS_ARCHES.has(match[1]);
  match = /^android_\d+_(.+)$/.exec(tag);
  if (match) return ANDROID_ARCHES.has(match[1]);
  return /^pyemscripten_\d+_\d+_wasm32$/.test(tag);
}
function platformAdvice(tag) {
  if (/^linux_/.test(tag)) {
    return `${tag} is what a compiler on one Linux machine names its wheel; PyPI takes only manylinux or musllinux wheels, which run on other distributions. Build in a manylinux container (cibuildwheel, maturin-action with manylinux: auto) or repair the wheel with auditwheel repair`;
  }
  if (/^macosx_/.test(tag)) {
    return `${tag} is not a macOS tag PyPI knows: it takes macosx_10_<minor>_<arch> and, from macOS 11 on, macosx_<major>_0_<arch>. Set MACOSX_DEPLOYMENT_TARGET to a supported version and rebuild (cibuildwheel does), or repair the wheel with delocate`;
  }
  return `${tag} is not a platform PyPI accepts (any, win32, win_amd64, win_arm64, manylinux, musllinux, macosx, ios, android, pyemscripten). Build the wheel with cibuildwheel or maturin-action, which tag it for the index`;
}

// src/artifacts/wheel-set.ts
var IGNORED = NOT_RELEASED;
function strayAdvice(filename) {
  if (/\.zip$/i.test(filename))
    return "a .zip sdist, which PyPI no longer accepts: sdists are .tar.gz only (PEP 625). Build the sdist with a current backend (python -m build --sdist) and leave this file out";
  if (/\.egg$/i.test(filename))
    return "an egg, which PyPI no longer accepts: release wheels instead and leave this file out";
  if (/\.(exe|msi|rpm|dmg)$/i.test(filename))
    return "an installer format PyPI no longer accepts: release wheels instead and leave this file out";
  if (/\.(tgz|tar\.bz2|tar\.xz|tar)$/i.test(filename))
    return "an sdist in a format PyPI refuses: sdists are {name}-{version}.tar.gz (PEP 625). Build it with python -m build --sdist and leave this file out";
  return "neither a wheel (.whl) nor an sdist (.tar.gz); everything in dist-dir is uploaded, so leave it out of the downloaded artifacts (upload-artifact path: ./wheelhouse/*.whl)";
}
function sortDistFiles(found, folders) {
  const problems = [];
  const warnings = [];
  for (const folder2 of folders) {
    problems.push({
      title: "Unexpected folder in dist-dir",
      message: `${folder2} is a folder inside dist-dir; expected only wheels and sdists. actions/download-artifact puts each artifact in a folder of its own unless merge-multiple: true is set: set it, or point dist-dir at the folders with a glob (dist/*/).`
    });
  }
  const byName2 = /* @__PURE__ */ new Map();
  for (const file of found) {
    if (IGNORED.has(file.filename)) continue;
    byName2.set(file.filename, [...byName2.get(file.filename) ?? [], file]);
  }
  const wheels = [];
  const sdists = [];
  for (const [filename, copies] of [...byName2].sort(([a], [b]) => a < b ? -1 : 1)) {
    const first = copies[0];
    if (copies.length > 1) {
      const shown = copies.map((copy) => copy.shown).join(", ");
      if (copies.every((copy) => copy.sha256 === first.sha256)) {
        warnings.push({
          title: "Same file twice",
          message: `${filename} is in dist-dir ${copies.length} times with the same content (${shown}); it is released once. Build each file in one matrix leg only.`
        });
      } else {
        problems.push({
          title: "Duplicate file",
          message: `${filename} is in dist-dir ${copies.length} times with different content (${copies.map((copy) => `${copy.shown} sha256 ${copy.sha256}`).join(", ")}); only one can be uploaded. Two matrix legs built the same file: build it in one leg only (a pure-Python wheel or the sdist belongs in a job of its own), then run the workflow again.`
        });
      }
    }
    if (filename.endsWith(".whl")) wheels.push(first);
    else if (filename.endsWith(".tar.gz")) sdists.push(first);
    else {
      problems.push({
        title: "Unexpected file in dist-dir",
        message: `${first.shown} is ${strayAdvice(filename)}.`
      });
    }
  }
  return { wheels, sdists, problems, warnings };
}
var LISTED = 10;
function listing(items) {
  const shown = items.slice(0, LISTED).join(", ");
  return items.length > LISTED ? `${shown} and ${items.length - LISTED} more` : shown;
}
function expandTags(parsed) {
  return parsed.pythonTags.flatMap(
    (python) => parsed.abiTags.flatMap(
      (abi) => parsed.platformTags.map((platform) => `${python}-${abi}-${platform}`)
    )
  );
}
function sdistCountProblems(sdists, options2) {
  if (sdists.length > 1) {
    return {
      problems: [
        {
          title: "Several sdists",
          message: `${options2.distDir} holds ${sdists.length} sdists (${listing(sdists.map((s) => s.filename))}); PyPI takes one sdist per release. Build the sdist in one job (python -m build --sdist) and leave the others out.`
        }
      ],
      warnings: []
    };
  }
  if (sdists.length === 1) return { problems: [], warnings: [] };
  const missing = {
    title: "Missing sdist",
    message: `${options2.distDir} holds no sdist (.tar.gz), so installers on platforms without a wheel have nothing to build from. Add a job that builds it (pipx run build --sdist, or maturin sdist) and download its artifact with the wheels.`
  };
  return options2.requireSdist ? { problems: [missing], warnings: [] } : { problems: [], warnings: [missing] };
}
function tagProblems(wheels) {
  const problems = [];
  const owner = /* @__PURE__ */ new Map();
  const clashes = /* @__PURE__ */ new Map();
  for (const wheel of wheels) {
    const parsed = parseWheelFilename(wheel.filename);
    if (!parsed) continue;
    const refused2 = [...new Set(parsed.platformTags.filter((tag) => !pypiAcceptsPlatform(tag)))];
    for (const tag of refused2) {
      problems.push({
        title: "Platform tag PyPI refuses",
        message: `${wheel.filename} has the platform tag ${tag}, which PyPI refuses on upload. ${platformAdvice(tag)}.`
      });
    }
    for (const tag of expandTags(parsed)) {
      const key = `${parsed.build ?? ""} ${tag}`;
      const first = owner.get(key);
      if (first === void 0) owner.set(key, wheel.filename);
      else if (first !== wheel.filename) {
        const pair = `${first} and ${wheel.filename}`;
        clashes.set(pair, [...clashes.get(pair) ?? [], tag]);
      }
    }
  }
  for (const [pair, tags] of clashes) {
    problems.push({
      title: "Two wheels for one tag",
      message: `${pair} are both for ${listing(tags)}, so an installer would pick either. Keep one: two matrix legs built the same wheel (or one was repaired and the original kept); remove the other from the artifacts.`
    });
  }
  return problems;
}
var NOT_COMPARED = /* @__PURE__ */ new Set(["metadata-version", "dynamic", "name", "version"]);
var DESCRIPTION = "description";
function fieldValues(metadata, field) {
  if (field === DESCRIPTION) {
    const text2 = metadata.fields.get(DESCRIPTION)?.[0] ?? metadata.body ?? "";
    return text2.trim() ? [text2.replace(/\s+$/, "")] : [];
  }
  return [...metadata.fields.get(field) ?? []].map((value) => value.trim()).sort();
}
function sameValues(a, b) {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
function shownValue(values2) {
  if (values2.length === 0) return "(absent)";
  const text2 = values2.join(" | ");
  return JSON.stringify(text2.length > 120 ? `${text2.slice(0, 117)}...` : text2);
}
var FIELD_NAMES = { description: "Description (the long description)" };
function fieldLabel(field) {
  return FIELD_NAMES[field] ?? field.replace(/(^|-)([a-z])/g, (_, dash, c) => dash + c.toUpperCase());
}
function metadataProblems(wheels, sdists) {
  const sdist = sdists.length === 1 ? sdists[0] : void 0;
  const reference = sdist?.metadata ? sdist : wheels.find((wheel) => wheel.metadata);
  if (!reference?.metadata) return [];
  const dynamic = new Set(
    (sdist?.metadata?.fields.get("dynamic") ?? []).map((field) => field.trim().toLowerCase())
  );
  const problems = [];
  for (const wheel of wheels) {
    if (wheel === reference || !wheel.metadata) continue;
    const fields = /* @__PURE__ */ new Set([
      ...reference.metadata.fields.keys(),
      ...wheel.metadata.fields.keys(),
      DESCRIPTION
    ]);
    const differences = [];
    for (const field of [...fields].sort()) {
      if (NOT_COMPARED.has(field) || dynamic.has(field)) continue;
      const theirs = fieldValues(reference.metadata, field);
      const ours = fieldValues(wheel.metadata, field);
      if (!sameValues(theirs, ours)) {
        differences.push(`${fieldLabel(field)}: ${shownValue(ours)} here, ${shownValue(theirs)}`);
      }
    }
    if (differences.length === 0) continue;
    problems.push({
      title: "Metadata differs between files",
      message: `${wheel.filename} and ${reference.filename} disagree on ${listing(differences)}. Every file of a release must say the same${sdist ? " on each field the sdist does not mark Dynamic (core metadata 2.2)" : ""}: build every wheel and the sdist from the tagged commit with the same pyproject.toml, or mark a field that is computed per platform as dynamic.`
    });
  }
  return problems;
}
function wheelSetProblems(wheels, sdists, options2) {
  const counted = sdistCountProblems(sdists, options2);
  const problems = [...counted.problems];
  if (wheels.length === 0) {
    problems.push({
      title: "Missing wheel",
      message: `${options2.distDir} holds no wheel (.whl). Download the wheel artifacts of the build matrix into it (actions/download-artifact with pattern and merge-multiple: true).`
    });
  }
  problems.push(...tagProblems(wheels), ...metadataProblems(wheels, sdists));
  return { problems, warnings: counted.warnings };
}

// src/artifacts/wheel-fit.ts
function folderInstallArgs(requirement, dirs, extra = []) {
  return [
    "pip",
    "install",
    ...extra,
    "--only-binary",
    ":all:",
    "--no-index",
    ...dirs.flatMap((dir) => ["--find-links", dir]),
    "--no-deps",
    requirement
  ];
}
function dependencyInstallArgs(requirement, dirs, extra = []) {
  return ["pip", "install", ...extra, ...dirs.flatMap((dir) => ["--find-links", dir]), requirement];
}
function fittingWheels(filenames, supported) {
  const rank = new Map(supported.map((tag, index) => [tag, index]));
  const ranked = [];
  for (const filename of filenames) {
    const parsed = parseWheelFilename(filename);
    if (!parsed) continue;
    const best = Math.min(...expandTags(parsed).map((tag) => rank.get(tag) ?? Infinity));
    if (best !== Infinity) ranked.push({ filename, best });
  }
  return ranked.sort((a, b) => a.best - b.best).map((item) => item.filename);
}
var SHOWN_TAGS = 8;
function noFittingWheelMessage(options2) {
  const has = options2.filenames.flatMap((filename) => {
    const parsed = parseWheelFilename(filename);
    return parsed ? [expandTags(parsed).join(", ")] : [];
  });
  const wants = options2.supported.slice(0, SHOWN_TAGS).join(", ");
  const more = options2.supported.length - SHOWN_TAGS;
  return `No wheel in dist-dir installs on this runner's ${options2.interpreter}, so ${options2.requirement} could not be tested. The wheels are for ${has.length ? has.join("; ") : "nothing (no wheel)"}; this interpreter takes ${options2.supported.length ? `${wants}${more > 0 ? ` and ${more} more` : ""}` : "tags it could not list"}. Run the release job with a Python a wheel was built for (actions/setup-python, and pass its python-path as python), or add a wheel for it to the build matrix; the sdist is never built here.`;
}

// src/artifacts/install-from-folders.ts
async function installFromFolders(options2) {
  const { run, command, wrap, release, requirement } = options2;
  try {
    await run(
      `Installing ${requirement} from dist-dir`,
      command,
      wrap(folderInstallArgs(requirement, release.dirs))
    );
  } catch (error) {
    const found = await interpreterTags(options2.python);
    if (found.tags.length > 0 && fittingWheels(release.wheels, found.tags).length === 0) {
      throw new UserError(
        noFittingWheelMessage({
          filenames: release.wheels,
          supported: found.tags,
          interpreter: found.label,
          requirement
        }),
        "No wheel for this runner"
      );
    }
    throw error;
  }
  await run(
    `Installing the dependencies of ${requirement}`,
    command,
    wrap(dependencyInstallArgs(requirement, release.dirs))
  );
}

// src/artifacts/python-mismatch.ts
function pythonMismatch(output) {
  const text2 = output.replace(/\s+/g, " ");
  const pip = /requires a different Python: (\S+) not in '([^']+)'/.exec(text2);
  if (pip) return { running: pip[1], wanted: pip[2] };
  const uv = /current Python version \(([^)\s]+)\) does not satisfy Python ?([^ ]+?)(?: and |,? we |$)/.exec(
    text2
  );
  if (uv) return { running: uv[1], wanted: uv[2] };
  return void 0;
}

// src/artifacts/host-packages.ts
var DISTRIBUTION_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,98}[A-Za-z0-9])?$/;
var NOT_FOUND = /ModuleNotFoundError: No module named '([A-Za-z_][\w.]{0,199})'/;
function missingModules(probe) {
  const failed = probe.modules.filter((module) => module.error !== void 0);
  const missing = /* @__PURE__ */ new Set();
  for (const module of failed) {
    const match = NOT_FOUND.exec(module.error);
    if (!match) return void 0;
    missing.add(match[1].split(".")[0]);
  }
  return [...missing];
}
async function hostsToInstall(probe, hostOf) {
  const missing = missingModules(probe);
  if (!hostOf || !missing || missing.length === 0) return [];
  const hosts = [];
  for (const module of missing) {
    const host = await hostOf(module);
    if (host === void 0 || !DISTRIBUTION_NAME.test(host)) return [];
    if (!hosts.includes(host)) hosts.push(host);
  }
  return hosts;
}

// src/artifacts/wheel-test-probe.ts
var PROBE = `
import importlib, importlib.metadata, json, sys, traceback
found = []
for name in json.loads(sys.argv[1]):
    try:
        module = importlib.import_module(name)
    except BaseException:
        found.append({"name": name, "error": traceback.format_exc(limit=-3).strip()})
        continue
    version = getattr(module, "__version__", None)
    found.append({"name": name, "file": getattr(module, "__file__", None),
                  "version": version if isinstance(version, str) else None})
try:
    installed = importlib.metadata.version(sys.argv[2])
except importlib.metadata.PackageNotFoundError:
    installed = None
print("pyrelease-probe " + json.dumps({"modules": found, "installed": installed}))
`;
function parseProbeOutput(stdout) {
  const line = stdout.split(/\r?\n/).reverse().find((text2) => text2.startsWith("pyrelease-probe "));
  return line === void 0 ? void 0 : JSON.parse(line.slice("pyrelease-probe ".length));
}
function probeProblems(probe, projectName, version) {
  const problems = [];
  for (const module of probe.modules) {
    if (module.error !== void 0) {
      problems.push(
        `import ${module.name} failed in the fresh environment:
${module.error}
A dependency missing from [project].dependencies, or a file the wheel lacks, are the usual causes; if ${module.name} is not meant to be imported on its own, name the package to test in import-name.`
      );
    } else if (module.version && !samePep440(module.version, version)) {
      problems.push(
        `${module.name}.__version__ is ${module.version}; expected ${version}. Make the version in the package's code the release's (or read it with importlib.metadata.version("${projectName}")) and rebuild.`
      );
    }
  }
  if (probe.installed !== null && !samePep440(probe.installed, version)) {
    problems.push(
      `The installed distribution ${projectName} says version ${probe.installed}; expected ${version}. Install the wheel of this release, built from the tagged commit.`
    );
  }
  const imported = probe.modules.filter((module) => module.error === void 0);
  if (problems.length === 0 && probe.installed === null && !imported.some((m) => m.version)) {
    problems.push(
      `Neither the installed distribution ${projectName} nor ${imported.map((m) => `${m.name}.__version__`).join(", ") || "any imported module"} gave a version; expected ${version}. Check that the wheel's METADATA names ${projectName}.`
    );
  }
  return problems;
}

// src/artifacts/wheel-test.ts
var pipProbes = /* @__PURE__ */ new Map();
function pipCanTargetOtherPython(python) {
  let probe = pipProbes.get(python);
  if (!probe) {
    probe = runCommand(python, ["-m", "pip", "--version"], { outsideWorkspace: true }).then(
      (result) => {
        const [major = 0, minor = 0] = (/^pip (\d+)\.(\d+)/.exec(result.stdout)?.slice(1) ?? []).map(Number);
        return result.exitCode === 0 && (major > 22 || major === 22 && minor >= 3);
      },
      // Asked ahead of time: a missing interpreter is reported by the step that needs it, and
      // this promise never rejects unobserved.
      () => false
    );
    pipProbes.set(python, probe);
  }
  return probe;
}
function venvPython(venv, platform = process.platform) {
  return venvExecutable(venv, "python", platform);
}
var ISOLATED = {
  PYTHONSAFEPATH: "1",
  PYTHONPATH: "",
  PIP_DISABLE_PIP_VERSION_CHECK: "1",
  PIP_NO_INPUT: "1"
};
function pythonMismatchError(options2, result) {
  const mismatch = pythonMismatch(`${result.stdout}
${result.stderr}`);
  if (!mismatch) return void 0;
  return new UserError(
    `${options2.projectName} ${options2.version} requires Python ${mismatch.wanted} (Requires-Python), and the wheel test's Python is ${mismatch.running} (${options2.python}). Set up a Python that fits before pyrelease runs (actions/setup-python), or name one in ${theOption("python")}.`,
    "Wheel test failed"
  );
}
function environmentRunner(venv, commands, test) {
  return async (what, command, args, program) => {
    commands.push(showCommand(command, program === void 0 ? args : ["<program>", ...args]));
    const options2 = { cwd: venv, env: ISOLATED };
    const result = program === void 0 ? await runCommand(command, args, options2) : await runPythonScript(command, program, args, options2);
    if (result.exitCode !== 0) {
      throw pythonMismatchError(test, result) ?? new UserError(
        `${what} failed (${showCommand(command, args)}):
${outputTail(result)}`,
        "Wheel test failed"
      );
    }
    return result;
  };
}
async function installerOf(options2, venv, python) {
  if (options2.builder === "uv" && options2.uvPath && !options2.fromIndex) {
    return {
      uv: true,
      create: { command: options2.uvPath, args: uvVenvArgs(venv, options2.python) },
      command: options2.uvPath,
      wrap: (pip) => [...pip.slice(0, 2), "--quiet", "--python", python, ...pip.slice(2)]
    };
  }
  if (await pipCanTargetOtherPython(options2.python)) {
    return {
      uv: false,
      create: { command: options2.python, args: [...venvArgs(venv), "--without-pip"] },
      command: options2.python,
      wrap: (pip) => ["-m", "pip", "--python", python, ...pip.slice(1)]
    };
  }
  return {
    uv: false,
    create: { command: options2.python, args: venvArgs(venv) },
    command: python,
    wrap: (pip) => ["-m", ...pip]
  };
}
async function installRelease(options2, installer, python, run) {
  const target = options2.fromIndex ? `${options2.projectName}==${options2.version}` : options2.wheel;
  const what = options2.fromIndex ? `Installing ${target} from ${options2.fromIndex}` : `Installing ${path4.basename(target)}`;
  await run("Creating the test environment", installer.create.command, installer.create.args);
  const { command, wrap } = installer;
  if (options2.fromFolders) {
    await installFromFolders({
      run,
      command,
      wrap,
      release: options2.fromFolders,
      requirement: `${options2.projectName}==${options2.version}`,
      python: options2.python
    });
    return;
  }
  const pipArgs = pipInstallArgs(
    target,
    options2.fromIndex ? { noDeps: true, indexUrl: options2.fromIndex } : {}
  );
  await run(what, command, installer.uv ? uvPipInstallArgs(python, target) : wrap(pipArgs));
}
async function probeImports(options2, python, run) {
  if (options2.importNames.length === 0) {
    throw new UserError(
      `Nothing to import from ${path4.basename(options2.wheel)}: the inspection found no package or module in it. Name the package in import-name.`,
      "Wheel test failed"
    );
  }
  const names2 = options2.importNames.join(", ");
  const output = await run(
    `Importing ${names2}`,
    python,
    [JSON.stringify(options2.importNames), options2.projectName],
    PROBE
  );
  const probe = parseProbeOutput(output.stdout);
  if (!probe) {
    throw new UserError(
      `Importing ${names2} printed no report (${outputTail(output)}); expected the probe's last line. Something in the import replaced sys.stdout or ended the process.`,
      "Wheel test failed"
    );
  }
  return probe;
}
async function installHosts(installer, run, hosts) {
  const pip = installer.uv ? ["pip", "install", ...hosts] : ["pip", "install", "--disable-pip-version-check", "--no-input", ...hosts];
  await run(
    `Installing ${hosts.join(", ")}, which the imports need`,
    installer.command,
    installer.wrap(pip)
  );
}
async function importRelease(options2, installer, python, run) {
  let probe = await probeImports(options2, python, run);
  let problems = probeProblems(probe, options2.projectName, options2.version);
  let hosts = [];
  if (problems.length > 0) hosts = await hostsToInstall(probe, options2.hostPackage);
  if (hosts.length > 0) {
    await installHosts(installer, run, hosts);
    probe = await probeImports(options2, python, run);
    problems = probeProblems(probe, options2.projectName, options2.version);
  }
  if (problems.length > 0) {
    const retried = hosts.length > 0 ? `
(This is with ${hosts.join(", ")} installed from the index, which the imports need and ${options2.projectName} does not declare.)` : "";
    throw new UserError(`${problems.join("\n")}${retried}`, "Wheel test failed");
  }
  return { probe, hosts };
}
async function testWheel(options2) {
  const venv = await mkdtemp2(
    path4.join(process.env.RUNNER_TEMP || tmpdir2(), "pyrelease-wheel-test-")
  );
  const python = venvPython(venv);
  const commands = [];
  const run = environmentRunner(venv, commands, options2);
  try {
    const installer = await installerOf(options2, venv, python);
    await installRelease(options2, installer, python, run);
    const { probe, hosts } = await importRelease(options2, installer, python, run);
    const seen = probe.installed ?? probe.modules.find((module) => module.version).version;
    if (options2.smokeTest.trim()) {
      await run("The smoke test", python, [], options2.smokeTest);
    }
    return { installedVersion: seen, imported: probe.modules, commands, hosts };
  } finally {
    await rm3(venv, { recursive: true, force: true });
  }
}

// src/project/module-owner.ts
var MODULE = /^[A-Za-z_]\w{0,99}$/;
async function exists(reader, file) {
  return await reader.read(file).catch(() => void 0) !== void 0;
}
async function packageShipping(reader, module, except) {
  if (!MODULE.test(module)) return void 0;
  for (const found of await findPackages(reader)) {
    if (found.dir === except || found.name === void 0) continue;
    const base2 = found.dir === "" ? "" : `${found.dir}/`;
    for (const file of [`${module}/__init__.py`, `src/${module}/__init__.py`, `${module}.py`]) {
      if (await exists(reader, `${base2}${file}`)) return found.name;
    }
  }
  return void 0;
}

// src/release/steps/checks-step.ts
function noteDefaultedToRst(files) {
  if (files.length === 0) return;
  const names2 = files.map((file) => path5.basename(file)).join(", ");
  annotate({
    level: "notice",
    title: "No content type for the long description",
    message: `${names2} declare no long_description_content_type (no Description-Content-Type in the metadata): PyPI renders the long description as reStructuredText, which is how twine check rendered it. To declare the type (say, Markdown), use readme = "README.md" in [project] (the file's extension sets it), long_description_content_type="text/markdown" in setup(), or long_description_content_type = text/markdown in setup.cfg's [metadata].`
  });
}
var twineCheckStep = releaseStep({
  name: "twine check",
  sideEffect: false,
  reads: ["inspection", "twine"],
  async run(state) {
    const { files } = state.inspection;
    const checked = await twineCheck(
      state.twine,
      files.map((file) => file.path)
    );
    noteDefaultedToRst(checked.defaultedToRst);
    const rst = checked.defaultedToRst.length > 0 ? " (no content type: reStructuredText)" : "";
    return `twine check --strict: ${files.length} files${rst}`;
  }
});
var testTheWheel = releaseStep({
  name: "Test the wheel",
  sideEffect: false,
  reads: ["inspection", "validated", "projectDir"],
  mayRead: ["uv"],
  writes: ["wheelTest"],
  async run(state) {
    const { inputs } = state;
    const { inspection } = state;
    const tested = await testWheel({
      builder: inputs.builder,
      python: inputs.python,
      uvPath: state.uv?.path,
      wheel: inspection.wheel.path,
      projectName: state.validated.name,
      importNames: inspection.importNames,
      version: inspection.builtVersion,
      smokeTest: inputs.smokeTest,
      fromFolders: inspection.fromFolders,
      hostPackage: (module) => packageShipping(
        fileSystemReader(state.context.workspace),
        module,
        path5.relative(state.context.workspace, state.projectDir).split(path5.sep).join("/")
      )
    });
    const hosts = tested.hosts.join(", ");
    if (hosts) {
      annotate({
        level: "notice",
        title: "Tested with its host",
        message: `${state.validated.name} imports ${hosts}, another package of this repository, and does not declare it: the wheel test installed ${hosts} from the index beside it, as a user of ${state.validated.name} has it, and the import passed.`
      });
    }
    state.wheelTest = `import ${inspection.importNames.join(", ")} \u2192 ${tested.installedVersion}${hosts ? ` (with ${hosts})` : ""}${inputs.smokeTest ? ", smoke test passed" : ""}`;
    return state.wheelTest;
  }
});

// src/release/steps/dry-run-step.ts
function notesSource(validated) {
  const { changelog } = validated.project;
  const section = changelog ? findRelease(changelog.parsed, validated.version) : void 0;
  if (changelog && section) return `notes from ${changelog.file} line ${section.line}`;
  return changelog ? `notes generated by GitHub (${changelog.file} has no section for ${validated.version})` : "notes generated by GitHub (no changelog)";
}
var publishPlan = releaseStep({
  name: "Publish",
  sideEffect: true,
  reads: ["inspection", "attestations", "validated", "twine"],
  mayRead: ["attest", "githubAttest"],
  note(state) {
    const { inputs, targets, plan } = state;
    const { files } = state.inspection;
    const { attest } = state.attestations;
    const { validated } = state;
    if (validated.fromBuild) {
      plan.push(
        `upload nothing: the commit is not tagged, and the build computed ${validated.version}; tag the commit with the version to release, written as its earlier tags are, and run again`
      );
      return { status: "dry run", detail: `not tagged (${validated.version})` };
    }
    if (state.attest) {
      plan.push(
        `sign a PEP 740 publish attestation for ${files.map((file) => file.filename).join(", ")} with Sigstore, as this workflow`
      );
    }
    for (const [i, target] of (inputs.publish ? targets : []).entries())
      plan.push(describeUpload(state.twine, target, files, attest[i]));
    if (state.githubAttest?.dryRunPlan) plan.push(state.githubAttest.dryRunPlan);
    return {
      status: "dry run",
      detail: inputs.publish ? targets.map((target) => target.index.label).join(", ") : "repository-url: none"
    };
  }
});
var githubReleasePlan = releaseStep({
  name: "GitHub release",
  sideEffect: true,
  reads: ["validated", "inspection"],
  note(state) {
    const { inputs, plan } = state;
    const { check, tag, version, fromBuild } = state.validated;
    if (fromBuild) return { status: "dry run", detail: "not tagged" };
    const { files } = state.inspection;
    plan.push(
      `GitHub release ${tag}: ${inputs.draft ? "draft" : "published"}${check.prerelease ? ", pre-release" : ""}, ${notesSource(state.validated)}, assets ${files.map((file) => file.filename).join(", ")}`
    );
    if (inputs.closeMilestone) plan.push(`close the milestone ${tag} or ${version}, if open`);
    return { status: "dry run", detail: tag };
  }
});

// src/release/steps/exact-tag-step.ts
var exactTag = releaseStep({
  name: "Exact tag",
  sideEffect: false,
  async run({ context, inputs, requestedTag }) {
    const tag = requestedTag;
    const commit = await requireExactTag(
      context.workspace,
      await resolveProjectDir(context.workspace, inputs.workingDirectory),
      tag,
      !inputs.distDir
    );
    return `HEAD is ${tag} (${commit.slice(0, 12)})${inputs.distDir ? "" : ", no uncommitted files"}`;
  }
});

// src/release/steps/github-step.ts
import { readFile } from "node:fs/promises";
import path6 from "node:path";

// src/github/previous-tag.ts
async function choosePreviousTag(version, prefix, projectNames, sources, warn = (message) => info(message)) {
  const local = previousTag(sources.local, prefix, version, projectNames);
  if (local !== void 0) return local;
  if (sources.api) {
    try {
      const fromApi = previousTag(await sources.api(), prefix, version, projectNames);
      if (fromApi !== void 0) return fromApi;
    } catch (error) {
      warn(
        `The repository's tags could not be listed (${error instanceof Error ? error.message : String(error)}); the compare link starts from the published releases.`
      );
    }
  }
  const published = sources.releases.filter((release) => !release.draft);
  return previousTag(
    published.map((release) => release.tagName),
    prefix,
    version,
    projectNames
  );
}

// src/changelog/rst-to-markdown.ts
var CODE_DIRECTIVE = /^(\s*)\.\.\s+(?:code-block|code|sourcecode)::[ \t]*(\S*)/;
var DIRECTIVE = /^(\s*)\.\.\s+([\w:-]+)::[ \t]*(.*)$/;
var COMMENT = /^(\s*)\.\.(?:\s|$)/;
var OPTION = /^\s+:[\w-]+:/;
var ISSUE_ROLES = /* @__PURE__ */ new Set(["issue", "pr", "pull", "gh", "ghissue", "ghpull", "bug"]);
function indentOf(line) {
  return line.length - line.trimStart().length;
}
function role(name, content) {
  const roleName = name.split(":").pop().toLowerCase();
  const titled = /^([^<]*)<([^>]*)>$/.exec(content);
  const shown = (titled ? titled[1].trim() || titled[2] : content).trim();
  if (ISSUE_ROLES.has(roleName)) {
    return shown.split(/\s*,\s*/).map((issue) => /^\d+$/.test(issue) ? `#${issue}` : issue).join(", ");
  }
  if (roleName === "user") return `@${shown.replace(/^@/, "")}`;
  const text2 = shown.startsWith("~") ? shown.slice(1).split(".").pop() : shown.replace(/^!/, "");
  return `\`${text2}\``;
}
function inlineText(text2) {
  return text2.replace(
    /(?<![\w:])((?::[\w-]+)+):`([^`]+)`/g,
    (_, name, content) => role(name.slice(1), content)
  ).replace(
    /`([^`<]*)<([^>`]+)>`__?/g,
    (_, label, url) => label.trim() ? `[${label.trim()}](${url})` : `<${url}>`
  ).replace(/`([^`]+)`__?(?![\w])/g, "$1");
}
function inlineRst(line) {
  const parts2 = line.split("``");
  if (parts2.length < 3) return inlineText(line);
  let out = "";
  for (let i = 0; i < parts2.length; i++) {
    const part = parts2[i];
    const isCode = i % 2 === 1 && i < parts2.length - 1;
    if (isCode) out += part.includes("`") ? `\`\` ${part} \`\`` : `\`${part}\``;
    else out += inlineText(i % 2 === 1 ? `\`\`${part}` : part);
  }
  return out;
}
function indentedBlock(lines, start, base2) {
  let end = start;
  const block = [];
  while (end < lines.length) {
    const line = lines[end];
    if (line.trim() !== "" && indentOf(line) <= base2) break;
    block.push(line);
    end++;
  }
  while (block.length > 0 && block[block.length - 1].trim() === "") {
    block.pop();
    end--;
  }
  const content = block.filter((line) => line.trim() !== "");
  const cut = content.length ? Math.min(...content.map(indentOf)) : 0;
  return { block: block.map((line) => line.slice(cut)), end };
}
function fence(out, indent, language, block) {
  out.push(`${indent}\`\`\`${language}`, ...block.map((line) => line ? indent + line : ""));
  out.push(`${indent}\`\`\``);
}
function pushTitle({ out, levels }, key, title2) {
  if (!levels.has(key)) levels.set(key, levels.size);
  out.push(`${"#".repeat(Math.min(3 + levels.get(key), 6))} ${inlineRst(title2.trim())}`);
}
var title = (conversion, i) => {
  const { lines } = conversion;
  const line = lines[i];
  const next = lines[i + 1];
  const over = adornmentChar(line);
  if (over && next?.trim() && adornmentChar(lines[i + 2]) === over && !adornmentChar(next)) {
    pushTitle(conversion, `over${over}`, next);
    return i + 2;
  }
  const under = adornmentChar(next);
  if (under && line.trim() && indentOf(line) === 0 && !adornmentChar(line)) {
    pushTitle(conversion, `under${under}`, line);
    return i + 1;
  }
  return void 0;
};
var transition = ({ lines, out }, i) => {
  const line = lines[i];
  if (!adornmentChar(line) || line.trim().length < 4 || lines[i + 1]?.trim()) return void 0;
  out.push("---");
  return i;
};
var codeBlock = ({ lines, out }, i) => {
  const code = CODE_DIRECTIVE.exec(lines[i]);
  if (!code) return void 0;
  let start = i + 1;
  while (start < lines.length && (OPTION.test(lines[start]) || !lines[start].trim())) start++;
  const { block, end } = indentedBlock(lines, start, code[1].length);
  fence(out, code[1], code[2] ?? "", block);
  return end - 1;
};
var directive = ({ lines, out }, i) => {
  const found = DIRECTIVE.exec(lines[i]);
  if (!found) return void 0;
  const indent = found[1];
  let start = i + 1;
  while (start < lines.length && OPTION.test(lines[start])) start++;
  const { block, end } = indentedBlock(lines, start, indent.length);
  const name = found[2].replace(/^\w+:/, "");
  const heading = name.charAt(0).toUpperCase() + name.slice(1).replace(/[-_]/g, " ");
  out.push(`${indent}**${heading}**${found[3] ? ` ${inlineRst(found[3])}` : ""}`);
  for (const content of block) out.push(content ? indent + inlineRst(content) : "");
  return end - 1;
};
var comment = ({ lines }, i) => {
  const found = COMMENT.exec(lines[i]);
  return found ? indentedBlock(lines, i + 1, found[1].length).end - 1 : void 0;
};
var literalBlock = ({ lines, out }, i) => {
  const line = lines[i];
  if (!line.trimEnd().endsWith("::")) return void 0;
  const base2 = indentOf(line);
  const text2 = line.trimEnd().slice(0, -2).trimEnd();
  if (text2.trim()) out.push(inlineRst(text2.endsWith(" ") ? text2.trimEnd() : `${text2}:`));
  let start = i + 1;
  while (start < lines.length && !lines[start].trim()) start++;
  const { block, end } = indentedBlock(lines, start, base2);
  if (block.length === 0) return i;
  const item = /^\s*(?:[-*+•]|\d+[.)]|#\.)\s+/.exec(line);
  out.push("");
  fence(out, " ".repeat(item ? item[0].length : base2), "", block);
  return end - 1;
};
var RULES = [title, transition, codeBlock, directive, comment, literalBlock];
function rstToMarkdown(rst) {
  const lines = rst.replace(/\r\n/g, "\n").split("\n");
  const conversion = { lines, out: [], levels: /* @__PURE__ */ new Map() };
  const { out } = conversion;
  for (let i = 0; i < lines.length; i++) {
    let last;
    for (const rule of RULES) {
      last = rule(conversion, i);
      if (last !== void 0) break;
    }
    if (last === void 0) out.push(inlineRst(lines[i]));
    else i = last;
  }
  while (out.length > 0 && (out[out.length - 1] === "---" || !out[out.length - 1].trim())) {
    out.pop();
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

// src/changelog/release-notes.ts
var FENCE = "```";
function releaseNotes(input) {
  const { projectName: name, version, repositoryUrl: repo } = input;
  const parts2 = [];
  const section = input.changelogFormat === "rst" && input.changelogSection ? rstToMarkdown(input.changelogSection) : input.changelogSection;
  parts2.push(section?.trim() || `Release ${version} of ${name}.`);
  parts2.push(
    [
      "## Installation",
      "",
      `${FENCE}bash`,
      `pip install ${name}==${version}`,
      FENCE,
      "",
      "Or with uv:",
      "",
      `${FENCE}bash`,
      `uv add ${name}==${version}`,
      FENCE
    ].join("\n")
  );
  parts2.push(
    [
      "## Upgrade",
      "",
      `${FENCE}bash`,
      `pip install --upgrade ${input.prerelease ? "--pre " : ""}${name}`,
      FENCE
    ].join("\n")
  );
  if (input.verification?.trim()) parts2.push(input.verification.trim());
  if (repo) {
    const lines = [];
    lines.push(
      input.previousTag ? `**Full Changelog**: [${input.previousTag}...${input.tag}](${repo}/compare/${input.previousTag}...${input.tag})` : `**Full Changelog**: [${input.tag}](${repo}/commits/${input.tag})`
    );
    if (input.changelogFile) {
      lines.push(
        "",
        `See [${input.changelogFile.split("/").pop()}](${repo}/blob/${input.tag}/${input.changelogFile}) for complete details.`
      );
    }
    parts2.push(lines.join("\n"));
  }
  return `${parts2.join("\n\n")}
`;
}

// src/github/next-milestone.ts
function splitTitle(title2) {
  const text2 = title2.trim();
  const space = text2.lastIndexOf(" ");
  const word = text2.slice(space + 1);
  const digit = word.search(/\d/);
  if (digit < 0) return void 0;
  const version = word.slice(digit);
  if (!parsePep440(version)) return void 0;
  return { prefix: text2.slice(0, space + 1 + digit), version };
}
function nextTitle(closing, version) {
  const naming = splitTitle(closing.title);
  const next = nextVersion(version, "patch", { style: "pep440" }).pep440;
  return `${naming ? naming.prefix : /^v/.test(closing.title.trim()) ? "v" : ""}${next}`;
}
function chooseNextMilestone(closing, version, open2) {
  const prefix = splitTitle(closing.title)?.prefix ?? "";
  const above = open2.filter((candidate) => candidate.number !== closing.number).map((candidate) => ({ candidate, split: splitTitle(candidate.title) })).filter(
    ({ split: split2 }) => split2 !== void 0 && split2.prefix === prefix && comparePep440(split2.version, version) > 0
  ).sort(
    (a, b) => comparePep440(a.split.version, b.split.version) || a.candidate.number - b.candidate.number
  );
  const lowest = above[0]?.candidate;
  return lowest ? { milestone: lowest } : { create: nextTitle(closing, version) };
}

// src/github/release-plan.ts
var NOTES_MARKER = "<!-- written by pyrelease; edit the release to make the notes yours -->";
function withMarker(body) {
  return `${body.replace(/\s+$/, "")}

${NOTES_MARKER}
`;
}
function releaseOfTag(releases, tag) {
  const matches = releases.filter((release) => release.tagName === tag);
  return matches.find((release) => !release.draft) ?? [...matches].sort((a, b) => a.id - b.id)[0];
}
function isOwnNotes(release) {
  return (release.body ?? "").includes(NOTES_MARKER);
}
function sameAsset(old, wanted, trustSize) {
  if ((old.state ?? "uploaded") !== "uploaded" || old.size !== wanted.size) return false;
  if (old.digest) return old.digest === `sha256:${wanted.sha256}`;
  return trustSize;
}
function planAssets(existing, wanted, mayChange) {
  const plan = { upload: [], replace: [] };
  const keep = [];
  const blocked = [];
  for (const asset of wanted) {
    const old = existing.find((candidate) => candidate.name === asset.name);
    if (old && sameAsset(old, asset, !mayChange)) keep.push(asset.name);
    else if (!mayChange) blocked.push(asset.name);
    else if (old) plan.replace.push({ name: asset.name, old });
    else plan.upload.push(asset.name);
  }
  return { ...plan, keep, blocked };
}
function planRelease(existing, request) {
  if (!existing) {
    return {
      create: true,
      keepsNotes: false,
      assets: planAssets([], request.assets, true)
    };
  }
  const frozen = existing.draft ? void 0 : existing.immutable ? "immutable" : request.updatePublished ? void 0 : "published";
  const keepsNotes = !isOwnNotes(existing) && (existing.body ?? "").trim() !== "";
  const mayEdit = existing.draft || request.updatePublished && frozen !== "immutable";
  let update;
  if (mayEdit && !keepsNotes) {
    const fields = {
      ...existing.name !== request.title && { name: request.title },
      ...existing.body !== request.body && { body: request.body },
      ...existing.prerelease !== request.prerelease && { prerelease: request.prerelease }
    };
    if (Object.keys(fields).length > 0) update = fields;
  }
  return {
    create: false,
    ...update && { update },
    keepsNotes,
    ...frozen && { frozen },
    assets: planAssets(existing.assets, request.assets, frozen === void 0)
  };
}
function blockedAssetsWarning(tag, frozen, blocked, paths) {
  const files = blocked.join(", ");
  if (frozen === "immutable") {
    return `The release ${tag} is published and immutable, so ${files} cannot be attached. To ship them with the next release, let pyrelease attach them while it is a draft: publish it with github-release: publish, or by hand after pyrelease has run.`;
  }
  return `The release ${tag} is published, and pyrelease does not change a published release, so ${files} ${blocked.length === 1 ? "is" : "are"} not attached. Attach ${blocked.length === 1 ? "it" : "them"} with \`gh release upload ${tag} ${paths.join(" ")} --clobber\`, or add update-published to github-release (while the repository's releases are not immutable). For next time: let pyrelease attach the files while the release is a draft.`;
}

// src/github/write-once.ts
var sleep = (ms) => new Promise((resolve4) => setTimeout(resolve4, ms));
function delayMs(error, attempt) {
  if (error.retryAfterSeconds !== void 0) return Math.min(error.retryAfterSeconds, 120) * 1e3;
  return attempt * 1e3;
}
async function once(write, look, options2) {
  const attempts = options2.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (thrown) {
      if (!(thrown instanceof GithubError) || !thrown.retryable) throw thrown;
      if (attempt >= attempts) throw thrown.afterAttempts(attempt);
      options2.say?.(`${thrown.what} Looking whether it was done before trying again.`);
      await (options2.wait ?? sleep)(delayMs(thrown, attempt));
      const found = await look(thrown);
      if (found !== void 0) return found;
    }
  }
}
function createReleaseOnce(releaser, fields, options2 = {}) {
  return once(
    () => releaser.createRelease(fields),
    async () => {
      const found = releaseOfTag(await releaser.listReleases(), fields.tagName);
      if (found)
        options2.say?.(`GitHub had created the release ${fields.tagName} (id ${found.id}).`);
      return found;
    },
    options2
  );
}
function isComplete(asset, name, data, sha256) {
  return asset.name === name && asset.size === data.length && (asset.state ?? "uploaded") === "uploaded" && (!asset.digest || asset.digest === `sha256:${sha256}`);
}
function uploadAssetOnce(releaser, release, file, options2 = {}) {
  const look = async () => {
    const same = (await releaser.listAssets(release.id)).filter((a) => a.name === file.name);
    const done = same.find((asset) => isComplete(asset, file.name, file.data, file.sha256));
    if (done) {
      options2.say?.(`GitHub had received ${file.name} (asset ${done.id}).`);
      return done;
    }
    for (const partial of same) await deleteAssetOnce(releaser, release.id, partial.id, options2);
    return void 0;
  };
  return once(
    async () => {
      try {
        return await releaser.uploadAsset(release, file.name, file.data, file.contentType);
      } catch (thrown) {
        if (thrown instanceof GithubError && thrown.status === 422 && thrown.what.includes("already_exists")) {
          const found = await look();
          if (found) return found;
          return releaser.uploadAsset(release, file.name, file.data, file.contentType);
        }
        throw thrown;
      }
    },
    look,
    options2
  );
}
async function deleteAssetOnce(releaser, releaseId, assetId, options2 = {}) {
  const gone = async () => (await releaser.listAssets(releaseId)).some((asset) => asset.id === assetId) ? void 0 : true;
  await once(
    async () => {
      try {
        await releaser.deleteAsset(assetId);
        return true;
      } catch (thrown) {
        if (thrown instanceof GithubError && thrown.status === 404 && await gone()) return true;
        throw thrown;
      }
    },
    gone,
    options2
  );
}

// src/github/github-release.ts
function existingRelease(releases, tag, eventReleaseId) {
  const fromEvent = releases.find((release) => release.id === eventReleaseId);
  return fromEvent ?? releaseOfTag(releases, tag);
}
async function keepOneRelease(releaser, created) {
  const kept2 = releaseOfTag(await releaser.listReleases(), created.tagName);
  if (!kept2 || kept2.id === created.id) return created;
  await releaser.deleteRelease(created.id);
  return kept2;
}
async function releaseToComplete(releaser, request, releases, options2) {
  const existing = existingRelease(
    releases ?? await releaser.listReleases(),
    request.tag,
    request.eventReleaseId
  );
  if (existing) return { existing };
  const made = await createReleaseOnce(
    releaser,
    {
      tagName: request.tag,
      name: request.title,
      body: withMarker(request.body),
      prerelease: request.prerelease,
      draft: true,
      targetCommitish: request.targetCommitish
    },
    options2
  );
  const kept2 = await keepOneRelease(releaser, made);
  if (kept2.id === made.id) return { created: made };
  return { existing: kept2, raced: { deleted: made.id, kept: kept2.id } };
}
async function publishGithubRelease(releaser, request, releases, options2 = {}) {
  const { existing, created, raced } = await releaseToComplete(
    releaser,
    request,
    releases,
    options2
  );
  const body = withMarker(request.body);
  const plan = planRelease(existing, {
    title: request.title,
    body,
    prerelease: request.prerelease,
    updatePublished: request.updatePublished,
    assets: request.assets.map((file) => ({
      name: file.name,
      size: file.data.length,
      sha256: file.sha256
    }))
  });
  const release = created ?? (plan.update ? await releaser.updateRelease(existing.id, plan.update) : existing);
  const byName2 = new Map(request.assets.map((file) => [file.name, file]));
  const upload = async (name, replaced) => {
    const started = Date.now();
    const asset = byName2.get(name);
    const done = await uploadAssetOnce(releaser, release, asset, options2);
    recordOutput(
      `${replaced ? "replaced" : "uploaded"} ${name} (${asset.data.length.toLocaleString("en-US")} bytes, ${seconds(Date.now() - started)})`
    );
    return done;
  };
  const uploaded = await Promise.all([
    ...plan.assets.upload.map((name) => upload(name, false)),
    ...plan.assets.replace.map(async ({ name, old }) => {
      await deleteAssetOnce(releaser, release.id, old.id, options2);
      return upload(name, true);
    })
  ]);
  const blocked = plan.assets.blocked;
  return {
    release,
    created: created !== void 0,
    ...raced && { raced },
    plan,
    uploaded,
    ...plan.frozen && blocked.length > 0 && {
      warning: blockedAssetsWarning(
        request.tag,
        plan.frozen,
        blocked,
        blocked.map((name) => byName2.get(name).path)
      )
    }
  };
}
async function nextMilestone(releaser, closing, version, open2) {
  const chosen = chooseNextMilestone(closing, version, open2);
  if ("milestone" in chosen) return { milestone: chosen.milestone, created: false };
  try {
    return { milestone: await releaser.createMilestone(chosen.create), created: true };
  } catch (error) {
    const found = (await releaser.openMilestones()).find((m) => m.title === chosen.create);
    if (found) return { milestone: found, created: false };
    throw error;
  }
}
async function closeReleaseMilestone(releaser, tag, version) {
  const names2 = /* @__PURE__ */ new Set([tag, version, `v${version}`]);
  const open2 = await releaser.openMilestones();
  const milestone = open2.find((candidate) => names2.has(candidate.title.trim()));
  if (!milestone) return void 0;
  const items = await releaser.milestoneItems(milestone.number);
  let next;
  if (items.length > 0) {
    const found = await nextMilestone(releaser, milestone, version, open2);
    for (const item of items) await releaser.setMilestone(item.number, found.milestone.number);
    next = { title: found.milestone.title, created: found.created };
  }
  await releaser.closeMilestone(milestone.number);
  return { title: milestone.title, moved: items, ...next && { next } };
}

// src/release/steps/github-step.ts
function releaserOf(state) {
  if (!state.releaser) throw new Error("Step graph: a GitHub step is declared without a client");
  return state.releaser;
}
var githubAccess = releaseStep({
  name: "GitHub access",
  sideEffect: false,
  writes: ["releases"],
  async run(state) {
    const found = await releaserOf(state).listReleases();
    state.releases = found;
    return `${state.context.repository}: ${found.length} release${found.length === 1 ? "" : "s"}`;
  }
});
async function releaseAssets(state) {
  if (!state.inputs.attachDist) return [];
  return Promise.all(
    state.inspection.files.map(async (artifact) => ({
      name: artifact.filename,
      data: await readFile(artifact.path),
      contentType: artifact.filename.endsWith(".whl") ? "application/zip" : "application/gzip",
      sha256: artifact.sha256,
      path: path6.relative(state.context.workspace, artifact.path)
    }))
  );
}
async function notesOf(state, releaser) {
  const { project, tag, version, tagNames } = state.validated;
  const previousTag2 = await choosePreviousTag(
    version,
    state.inputs.tagPrefix,
    tagNames,
    {
      local: await listTags(state.context.workspace),
      api: () => releaser.listTags(),
      releases: state.releases
    },
    (message) => annotate({ level: "warning", title: "Compare link", message })
  );
  const section = project.changelog ? findRelease(project.changelog.parsed, version)?.body : void 0;
  if (section !== void 0) return { section, previousTag: previousTag2, generated: false };
  const generated = await releaser.generateNotes(tag, previousTag2).catch((error) => {
    annotate({
      level: "warning",
      title: "Release notes",
      message: `GitHub did not generate the release notes (${error.message}); the release says how to install ${version} and links the changes instead.`
    });
    return void 0;
  });
  const body = generated?.replace(/^\*\*Full Changelog\*\*:[^\n]*$/gm, "").trim();
  return { section: body || void 0, previousTag: previousTag2, generated: Boolean(body) };
}
var draftRelease = releaseStep({
  name: "GitHub release (draft)",
  sideEffect: true,
  reads: ["validated", "releases", "inspection"],
  mayRead: ["githubAttest"],
  writes: ["draft", "release"],
  async run(state) {
    const { context, inputs } = state;
    const releaser = releaserOf(state);
    const { releases } = state;
    const { check, project, tag, version, name, tagNames } = state.validated;
    const eventRelease = readEventRelease();
    const released = releases.filter((existing) => !existing.draft && existing.tagName !== tag).map(
      (existing) => tagVersion(existing.tagName, inputs.tagPrefix, tagNames)?.version.normalized
    ).filter((existing) => existing !== void 0);
    const written = await notesOf(state, releaser);
    const result = await publishGithubRelease(
      releaser,
      {
        tag,
        title: tag,
        body: releaseNotes({
          projectName: name,
          version,
          prerelease: check.prerelease,
          tag,
          previousTag: written.previousTag,
          changelogSection: written.section,
          repositoryUrl: `${context.serverUrl}/${context.repository}`,
          changelogFile: written.generated ? void 0 : project.changelog?.file,
          changelogFormat: written.generated ? "markdown" : project.changelog?.parsed.format,
          verification: state.githubAttest?.notes
        }),
        prerelease: check.prerelease,
        assets: await releaseAssets(state),
        updatePublished: inputs.updatePublishedRelease,
        ...eventRelease?.tagName === tag && { eventReleaseId: eventRelease.id }
      },
      releases,
      { say: (message) => annotation("warning", message, { title: "GitHub retry" }) }
    );
    if (result.warning) annotation("warning", result.warning, { title: "Assets not attached" });
    if (result.raced) {
      annotate({
        level: "notice",
        title: "Release made by another run",
        message: `Another run created the release ${tag} at the same time (id ${result.raced.kept}); this run deleted the draft it had created (id ${result.raced.deleted}) and completed that one, so the tag has one release.`
      });
    }
    state.draft = { ...result, makeLatest: shouldBeLatest(version, released) };
    state.release = result.release;
    const what = result.created ? "created" : result.raced ? "kept the other run's" : result.plan.update ? "updated" : "kept";
    const notes = result.plan.keepsNotes ? ", the maintainer's notes kept" : written.generated ? ", notes generated by GitHub" : "";
    const files = result.uploaded.length ? `, attached ${result.uploaded.length}` : "";
    const missing = result.plan.assets.blocked.length ? `, not attached: ${result.plan.assets.blocked.join(", ")}` : "";
    return `${what} ${result.release.draft ? "draft " : ""}${result.release.htmlUrl}${notes}${files}${missing}`;
  }
});
var publishRelease = releaseStep({
  name: "Publish GitHub release",
  sideEffect: true,
  reads: ["draft"],
  writes: ["release"],
  note: ({ inputs, draft }) => {
    if (inputs.draft) return { status: "skipped", detail: "draft: true keeps it a draft" };
    if (!draft.release.draft) return { status: "skipped", detail: "already published" };
    return void 0;
  },
  async run(state) {
    const { draft } = state;
    const makeLatest = draft.makeLatest;
    const category = state.inputs.discussionCategory;
    const release = await releaserOf(state).updateRelease(draft.release.id, {
      draft: false,
      makeLatest: makeLatest ? "true" : "false",
      ...category && !draft.release.discussionUrl && { discussionCategoryName: category }
    });
    state.release = release;
    const discussion = release.discussionUrl ? `, discussion ${release.discussionUrl}` : "";
    return `${release.htmlUrl}${makeLatest ? ", latest" : ", not latest"}${discussion}`;
  }
});
var closeMilestone = releaseStep({
  name: "Close milestone",
  sideEffect: true,
  reads: ["validated"],
  writes: ["milestone"],
  async run(state) {
    const { tag, version } = state.validated;
    const closed = await closeReleaseMilestone(releaserOf(state), tag, version);
    if (!closed) return "no open milestone for this version";
    state.milestone = closed;
    for (const item of closed.moved) {
      recordOutput(`moved #${item.number} ${item.title} to ${closed.next.title}`);
    }
    const moved = closed.next ? `; moved ${closed.moved.length} open issue${closed.moved.length === 1 ? "" : "s"} and pull request${closed.moved.length === 1 ? "" : "s"} to ${closed.next.title}${closed.next.created ? " (created)" : ""}` : "";
    return `closed ${closed.title}${moved}`;
  }
});
var nextCyclePullRequest = releaseStep({
  name: "Next cycle pull request",
  sideEffect: true,
  reads: ["validated", "releaseBranch"],
  async run(state) {
    const url = await openNextCyclePullRequest({
      workspace: state.context.workspace,
      project: state.validated.project,
      releaser: releaserOf(state),
      baseBranch: state.releaseBranch,
      tag: state.validated.tag,
      user: parseGitUser(state.inputs.gitUser)
    });
    return url ?? "the changelog already has [Unreleased]";
  }
});

// src/release/steps/inspect-step.ts
import { readdir as readdir5, readFile as readFile2 } from "node:fs/promises";
import path13 from "node:path";

// src/artifacts/inspect.ts
import { readdir as readdir2, stat as stat2 } from "node:fs/promises";
import path10 from "node:path";

// src/artifacts/archive-checks.ts
import { createHash as createHash2 } from "node:crypto";
import { stat } from "node:fs/promises";
import path8 from "node:path";

// src/artifacts/metadata.ts
function invalid(label, found) {
  return new UserError(
    `${label} is not valid core metadata: ${found}. Expected \`Field: value\` lines with Metadata-Version, Name and Version; rebuild with a current build backend.`,
    "Invalid package metadata"
  );
}
function parseCoreMetadata(text2, label = "The metadata") {
  const lines = text2.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const fields = /* @__PURE__ */ new Map();
  let last;
  let bodyStart;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line === "") {
      bodyStart = index + 1;
      break;
    }
    if (/^[ \t]/.test(line)) {
      if (!last) throw invalid(label, `line 1 starts with whitespace`);
      last.values[last.index] += `
${line.replace(/^[ \t]+/, "")}`;
      continue;
    }
    const match = /^([!-9;-~]+):[ \t]*(.*)$/.exec(line);
    if (!match) throw invalid(label, `line ${index + 1} is not a header: ${JSON.stringify(line)}`);
    const key = match[1].toLowerCase();
    const values2 = fields.get(key) ?? [];
    values2.push(match[2].trimEnd());
    fields.set(key, values2);
    last = { values: values2, index: values2.length - 1 };
  }
  const single = (field) => {
    const values2 = fields.get(field.toLowerCase()) ?? [];
    if (values2.length !== 1 || values2[0] === "") {
      const found = values2.length === 0 ? "none" : values2.map((v) => JSON.stringify(v)).join(", ");
      throw invalid(label, `expected one ${field} field, found ${found}`);
    }
    return values2[0];
  };
  const metadataVersion = single("Metadata-Version");
  const name = single("Name");
  const version = single("Version");
  let body;
  if (bodyStart !== void 0) body = lines.slice(bodyStart).join("\n");
  return { metadataVersion, name, version, fields, body };
}

// src/artifacts/paths.ts
import path7 from "node:path";
function unsafeMemberReason(name) {
  if (name === "") return "is empty";
  if (name.includes("\0")) return "contains a NUL byte";
  if (name.includes("\\")) return "contains a backslash, a separator on Windows";
  if (name.startsWith("/")) return "is an absolute path";
  if (/^[A-Za-z]:/.test(name)) return "starts with a Windows drive letter";
  if (name.split("/").includes("..")) return 'contains a ".." segment';
  return void 0;
}
function unsafeLinkReason(name, target, kind2) {
  if (target.startsWith("/")) return `points to the absolute path ${target}`;
  const base2 = kind2 === "symlink" ? path7.posix.dirname(name) : ".";
  const resolved = path7.posix.normalize(path7.posix.join(base2, target));
  if (resolved === ".." || resolved.startsWith("../"))
    return `points outside the archive (${target})`;
  return void 0;
}

// src/artifacts/regular-file.ts
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
function fileKind(stats) {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a FIFO";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  if (stats.isSymbolicLink()) return "a symbolic link";
  return "not a regular file";
}
function notRegular(shown, stats) {
  return new UserError(
    `${shown} is ${fileKind(stats)}, not a regular file; pyrelease reads and uploads regular files only. Put the built files themselves in the dist folder (not links to devices, pipes or other special files).`,
    "Not a regular file"
  );
}
var FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
async function openRegularFile(file, shown = file) {
  const handle = await open(file, FLAGS);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw notRegular(shown, stats);
    return { handle, size: stats.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
var CHUNK = 64 * 1024;
function handleStream(handle, start = 0, end = Infinity) {
  let position = start;
  return new Readable({
    highWaterMark: CHUNK,
    read() {
      const length = Math.min(CHUNK, end - position);
      if (length <= 0) {
        this.push(null);
        return;
      }
      handle.read(Buffer.alloc(length), 0, length, position).then(
        ({ bytesRead, buffer }) => {
          position += bytesRead;
          this.push(bytesRead > 0 ? buffer.subarray(0, bytesRead) : null);
        },
        (error) => this.destroy(error)
      );
    }
  });
}

// src/artifacts/archive-checks.ts
var LISTED2 = 10;
function listing2(names2) {
  const shown = names2.slice(0, LISTED2).join(", ");
  return names2.length > LISTED2 ? `${shown} and ${names2.length - LISTED2} more` : shown;
}
async function sha256File(file, shown = file) {
  const { handle } = await openRegularFile(file, shown);
  try {
    const hash = createHash2("sha256");
    for await (const chunk of handleStream(handle)) hash.update(chunk);
    return hash.digest("hex");
  } finally {
    await handle.close();
  }
}
function asProblem(error) {
  if (error instanceof UserError) return { title: error.title, message: error.message };
  throw error;
}
function metadataProblems2(metadata, where, options2) {
  const problems = [];
  if (canonicalProjectName(metadata.name) !== canonicalProjectName(options2.projectName)) {
    problems.push({
      title: "Wrong name in metadata",
      message: `${where} says Name: ${metadata.name}; expected ${options2.projectName} (compared as PyPI does, ignoring case and "-", "_", "."). Build from the project being released, into an empty dist folder.`
    });
  }
  if (options2.version !== void 0 && !samePep440(metadata.version, options2.version)) {
    const expected = parsePep440(options2.version)?.normalized ?? options2.version;
    const fromGit = diagnoseScmVersion(expected, metadata.version);
    problems.push({
      title: "Wrong version in metadata",
      message: `${where} says Version: ${metadata.version}; expected ${expected}, the version being released. ${fromGit ? fromGit.message : `Make the project's version ${expected} (pyproject.toml or the file its dynamic version is read from) and rebuild.`}`
    });
  }
  return problems;
}
function unsafeNameProblems(filename, names2) {
  const unsafe = names2.flatMap((name) => {
    const reason2 = unsafeMemberReason(name);
    return reason2 ? [`${JSON.stringify(name)} ${reason2}`] : [];
  });
  if (unsafe.length === 0) return [];
  return [
    {
      title: "Unsafe path in archive",
      message: `${filename} holds entries that would be written outside the folder it is unpacked into: ${listing2(unsafe)}. Expected relative paths without ".." segments; remove whatever adds these files to the build and rebuild.`
    }
  ];
}
async function baseInfo(file) {
  const [stats, sha256] = await Promise.all([stat(file), sha256File(file)]);
  return { path: file, filename: path8.basename(file), size: stats.size, sha256 };
}
function fileNameFindings(parsed, filename, title2, unparsed, options2) {
  if (!parsed) return { problems: [{ title: title2, message: unparsed }], versions: [] };
  return {
    problems: filenameProblems(parsed, options2.projectName, options2.version).map((message) => ({
      title: title2,
      message
    })),
    versions: [{ where: `the file name ${filename}`, version: parsed.version, inMetadata: false }]
  };
}
function metadataFindings(where, read, options2) {
  try {
    const metadata = parseCoreMetadata(read(), where);
    return {
      metadata,
      problems: metadataProblems2(metadata, where, options2),
      versions: [{ where, version: metadata.version, inMetadata: true }]
    };
  } catch (error) {
    return { problems: [asProblem(error)], versions: [] };
  }
}

// src/artifacts/sdist-inspect.ts
import path9 from "node:path";

// src/artifacts/license-globs.ts
function charClass(segment, start) {
  let at = start + 1;
  const negated = segment[at] === "!";
  if (negated) at++;
  const first = at;
  const ranges = [];
  while (at < segment.length && (segment[at] !== "]" || at === first)) {
    const low = segment[at];
    if (segment[at + 1] === "-" && at + 2 < segment.length && segment[at + 2] !== "]") {
      ranges.push([low, segment[at + 2]]);
      at += 3;
    } else {
      ranges.push([low, low]);
      at++;
    }
  }
  if (at >= segment.length) return void 0;
  const inSet = (char) => ranges.some(([low, high]) => char >= low && char <= high);
  return { test: (char) => inSet(char) !== negated, end: at };
}
function tokens(segment) {
  const found = [];
  for (let at = 0; at < segment.length; at++) {
    const char = segment[at];
    if (char === "*") {
      if (found[found.length - 1]?.kind !== "star") found.push({ kind: "star" });
    } else if (char === "?") {
      found.push({ kind: "one" });
    } else if (char === "[" && charClass(segment, at)) {
      const set = charClass(segment, at);
      found.push({ kind: "char", test: set.test });
      at = set.end;
    } else {
      found.push({ kind: "char", test: (other) => other === char });
    }
  }
  return found;
}
function matchName(pattern, name) {
  let p = 0;
  let n = 0;
  let star = -1;
  let starAt = 0;
  while (n < name.length) {
    const token = pattern[p];
    if (token?.kind === "star") {
      star = p++;
      starAt = n;
    } else if (token && (token.kind === "one" || token.test(name[n]))) {
      p++;
      n++;
    } else if (star >= 0) {
      p = star + 1;
      n = ++starAt;
    } else {
      return false;
    }
  }
  while (pattern[p]?.kind === "star") p++;
  return p === pattern.length;
}
function compileGlob(pattern) {
  return pattern.split("/").filter((segment) => segment !== "" && segment !== ".").map((segment) => segment === "**" ? "**" : tokens(segment));
}
function globMatches(glob2, file) {
  const parts2 = file.split("/");
  let reachable = new Array(parts2.length + 1).fill(false);
  reachable[0] = true;
  for (const segment of glob2) {
    const next = new Array(parts2.length + 1).fill(false);
    for (let i = 0; i <= parts2.length; i++) {
      if (!reachable[i]) continue;
      if (segment === "**") {
        for (let j = i; j <= parts2.length; j++) next[j] = true;
        break;
      }
      if (i < parts2.length && matchName(segment, parts2[i])) next[i + 1] = true;
    }
    reachable = next;
  }
  return reachable[parts2.length] === true;
}

// src/artifacts/archive-entry.ts
var MiB = 1024 * 1024;
var MAX_MEMBER_READ = 64 * MiB;
var MAX_CENTRAL_DIRECTORY = 128 * MiB;
var MIN_GUNZIP_LIMIT = 256 * MiB;
var GUNZIP_RATIO = 100;
var MAX_GUNZIP = 4 * 1024 * MiB;
function gunzipLimit(compressedSize) {
  return Math.min(MAX_GUNZIP, Math.max(MIN_GUNZIP_LIMIT, GUNZIP_RATIO * compressedSize));
}
function mib(bytes) {
  return `${(bytes / MiB).toFixed(bytes < 10 * MiB ? 1 : 0)} MiB`;
}

// src/artifacts/tar-gz.ts
import { createGunzip } from "node:zlib";

// src/artifacts/tar.ts
var BLOCK = 512;
function unreadableTar(label, found) {
  return new UserError(
    `${label} is not a readable .tar.gz file: ${found}. Rebuild the sdist (python -m build --sdist) and check that nothing truncated or rewrote it.`,
    "Unreadable sdist"
  );
}
function text(block, start, length) {
  const field = block.subarray(start, start + length);
  const nul = field.indexOf(0);
  return field.toString("utf8", 0, nul === -1 ? length : nul);
}
function number(block, start, length) {
  const first = block[start];
  if (first & 128) {
    let value = first & 127;
    for (let i = 1; i < length; i++) value = value * 256 + block[start + i];
    return value;
  }
  const digits = text(block, start, length).trim();
  if (digits === "") return 0;
  return /^[0-7]+$/.test(digits) ? parseInt(digits, 8) : void 0;
}
function checksumMatches(block) {
  const stored = number(block, 148, 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i];
  return stored === sum;
}
function parsePax(data, label) {
  const records = /* @__PURE__ */ new Map();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(32, at);
    const length = space === -1 ? NaN : Number(data.toString("latin1", at, space));
    if (!Number.isInteger(length) || length <= 0 || at + length > data.length) {
      if (data.subarray(at).every((byte) => byte === 0)) break;
      throw unreadableTar(label, `a pax extended header is malformed at byte ${at}`);
    }
    const record = data.toString("utf8", space + 1, at + length - 1);
    const equals = record.indexOf("=");
    if (equals === -1)
      throw unreadableTar(label, `a pax record has no "=": ${JSON.stringify(record)}`);
    records.set(record.slice(0, equals), record.slice(equals + 1));
    at += length;
  }
  return records;
}
var KINDS = {
  "0": "file",
  "\0": "file",
  "7": "file",
  "1": "hardlink",
  "2": "symlink",
  "5": "dir",
  S: "sparse"
};
var NO_CONTENT = /* @__PURE__ */ new Set(["1", "2", "3", "4", "5", "6"]);
var EXTENSIONS = /* @__PURE__ */ new Set(["L", "K", "x", "g"]);
function describe(block, size, pending) {
  const typeFlag = String.fromCharCode(block[156]);
  const magic = block.toString("latin1", 257, 263);
  const prefix = magic === "ustar\0" ? text(block, 345, 155) : "";
  const headerName = prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100);
  const { pax } = pending;
  const sparse = [...pax.keys()].some((key) => key.startsWith("GNU.sparse."));
  const kind2 = sparse ? "sparse" : KINDS[typeFlag] ?? "other";
  const linkName = pax.get("linkpath") ?? pending.longLink ?? text(block, 157, 100);
  const isLink = kind2 === "symlink" || kind2 === "hardlink";
  return {
    name: pax.get("GNU.sparse.name") ?? pax.get("path") ?? pending.longName ?? headerName,
    kind: kind2,
    size: kind2 === "file" || kind2 === "sparse" ? Number(pax.get("GNU.sparse.realsize") ?? size) : 0,
    compressedSize: void 0,
    method: void 0,
    ...isLink ? { linkName } : {}
  };
}
var TarParser = class {
  constructor(label, keep = () => false, limit = MAX_MEMBER_READ) {
    this.label = label;
    this.keep = keep;
    this.limit = limit;
  }
  label;
  keep;
  limit;
  entries = [];
  contents = /* @__PURE__ */ new Map();
  oversized = /* @__PURE__ */ new Set();
  header = Buffer.alloc(BLOCK);
  headerFill = 0;
  headerAt = 0;
  position = 0;
  remaining = 0;
  padding = 0;
  chunks;
  /** What the content being read is: an extension header's type, or a member's name. */
  reading;
  pending = { pax: /* @__PURE__ */ new Map() };
  ended = false;
  push(chunk) {
    let at = 0;
    while (at < chunk.length && !this.ended) {
      const left = chunk.length - at;
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, left);
        this.chunks?.push(chunk.subarray(at, at + take));
        this.remaining -= take;
        at += take;
        if (this.remaining === 0) this.finishContent();
      } else if (this.padding > 0) {
        const take = Math.min(this.padding, left);
        this.padding -= take;
        at += take;
      } else {
        if (this.headerFill === 0) this.headerAt = this.position + at;
        const take = Math.min(BLOCK - this.headerFill, left);
        chunk.copy(this.header, this.headerFill, at, at + take);
        this.headerFill += take;
        at += take;
        if (this.headerFill === BLOCK) {
          this.headerFill = 0;
          this.onHeader(this.header);
        }
      }
    }
    this.position += chunk.length;
  }
  /** The stream ended: a tar ends with zero blocks, but some writers omit them. */
  end() {
    if (this.ended) return this;
    if (this.remaining > 0) {
      throw unreadableTar(
        this.label,
        `the content of the entry at byte ${this.headerAt} is truncated`
      );
    }
    const { longName, longLink, pax } = this.pending;
    if (this.headerFill > 0 || longName !== void 0 || longLink !== void 0 || pax.size > 0) {
      throw unreadableTar(this.label, `it ends inside a header at byte ${this.headerAt}`);
    }
    return this;
  }
  onHeader(block) {
    if (block.every((byte) => byte === 0)) {
      this.ended = true;
      return;
    }
    const at = this.headerAt;
    if (!checksumMatches(block)) {
      throw unreadableTar(this.label, `the header at byte ${at} fails its checksum`);
    }
    const typeFlag = String.fromCharCode(block[156]);
    const paxSize = this.pending.pax.get("size");
    const size = paxSize !== void 0 ? Number(paxSize) : number(block, 124, 12);
    if (size === void 0 || !Number.isSafeInteger(size) || size < 0) {
      throw unreadableTar(this.label, `the header at byte ${at} has an invalid size`);
    }
    if (EXTENSIONS.has(typeFlag)) {
      if (size > this.limit) {
        throw unreadableTar(this.label, `the extended header at byte ${at} claims ${size} bytes`);
      }
      this.startContent(size, { extension: typeFlag }, true);
      return;
    }
    const entry = describe(block, size, this.pending);
    this.pending = { pax: /* @__PURE__ */ new Map() };
    this.entries.push(entry);
    let keep = entry.kind === "file" && this.keep(entry.name);
    if (keep && size > this.limit) {
      this.oversized.add(entry.name);
      keep = false;
    }
    this.startContent(NO_CONTENT.has(typeFlag) ? 0 : size, { member: entry.name }, keep);
  }
  startContent(size, reading, keep) {
    this.reading = reading;
    this.chunks = keep ? [] : void 0;
    this.remaining = size;
    this.padding = (BLOCK - size % BLOCK) % BLOCK;
    if (size === 0) this.finishContent();
  }
  finishContent() {
    const { reading, chunks } = this;
    this.reading = void 0;
    this.chunks = void 0;
    if (!reading || !chunks) return;
    const content = Buffer.concat(chunks);
    if ("member" in reading) {
      this.contents.set(reading.member, content);
      return;
    }
    const type = reading.extension;
    if (type === "x") this.pending.pax = parsePax(content, this.label);
    else if (type === "L") this.pending.longName = content.toString("utf8").replace(/\0+$/, "");
    else if (type === "K") this.pending.longLink = content.toString("utf8").replace(/\0+$/, "");
  }
};

// src/artifacts/tar-gz.ts
function tooLarge(label, compressedSize, limit) {
  return new UserError(
    `${label} gunzips to more than ${mib(limit)} (a ${mib(compressedSize)} file may hold ${GUNZIP_RATIO} times its size, at least ${mib(MIN_GUNZIP_LIMIT)} and at most ${mib(MAX_GUNZIP)}): it is a decompression bomb or not an sdist. Rebuild the sdist (python -m build --sdist) from the project's sources.`,
    "Oversized sdist"
  );
}
async function readTarGzStream(source, compressedSize, label, keep) {
  const limit = gunzipLimit(compressedSize);
  const parser = new TarParser(label, keep);
  const gunzip = createGunzip();
  source.on("error", (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  let total = 0;
  try {
    for await (const chunk of gunzip) {
      total += chunk.length;
      if (total > limit) throw tooLarge(label, compressedSize, limit);
      parser.push(chunk);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw unreadableTar(label, `gunzip fails (${error.message})`);
  } finally {
    source.destroy();
    gunzip.destroy();
  }
  return parser.end();
}
async function readTarGzFile(file, label, keep) {
  const { handle, size } = await openRegularFile(file, label);
  try {
    return await readTarGzStream(handleStream(handle), size, label, keep);
  } finally {
    await handle.close();
  }
}

// src/artifacts/tar-links.ts
var MAX_HOPS = 40;
function segments(text2) {
  return text2.split("/").filter((part) => part !== "" && part !== ".").reverse();
}
function resolve(start, rest, links, followLast) {
  const parts2 = [...start];
  const via = [];
  const todo = segments(rest);
  let hops = 0;
  while (todo.length > 0) {
    const part = todo.pop();
    if (part === "..") {
      if (parts2.length === 0) return { outside: "climbs above the archive", via };
      parts2.pop();
      continue;
    }
    parts2.push(part);
    if (todo.length === 0 && !followLast) break;
    const target = links.get(parts2.join("/"));
    if (target === void 0) continue;
    via.push(`${parts2.join("/")} -> ${target}`);
    if (++hops > MAX_HOPS) return { outside: "goes round a loop of links", via };
    if (target.startsWith("/")) return { outside: `reaches the absolute path ${target}`, via };
    parts2.pop();
    todo.push(...segments(target));
  }
  return { parts: parts2, via };
}
function reason(result) {
  const chain = result.via.length ? ` through ${result.via.join(", ")}` : "";
  return `${result.outside}${chain}`;
}
function linkEscapes(entries) {
  const links = /* @__PURE__ */ new Map();
  const found = [];
  const symlinks = [];
  for (const entry of entries) {
    const at = resolve([], entry.name, links, false);
    if ("outside" in at) {
      if (at.via.length > 0) found.push(`${JSON.stringify(entry.name)} ${reason(at)}`);
      continue;
    }
    if (entry.kind === "symlink" && entry.linkName !== void 0) {
      links.set(at.parts.join("/"), entry.linkName);
      symlinks.push({ folder: at.parts.slice(0, -1), name: entry.name, target: entry.linkName });
    } else if (entry.kind === "hardlink" && entry.linkName !== void 0) {
      const target = resolve([], entry.linkName, links, true);
      if ("outside" in target && target.via.length > 0)
        found.push(
          `${JSON.stringify(entry.name)} links to ${entry.linkName}, which ${reason(target)}`
        );
    }
  }
  for (const link2 of symlinks) {
    if (link2.target.startsWith("/")) continue;
    const target = resolve(link2.folder, link2.target, links, true);
    if ("outside" in target && target.via.length > 0)
      found.push(`${JSON.stringify(link2.name)} ${reason(target)}`);
  }
  return found;
}

// src/pypi-rules/facts.ts
function warehouseDistInfo(filename) {
  const parts2 = filename.split("-");
  if (parts2.length < 3) return void 0;
  return `${parts2[0]}-${parts2[1]}.dist-info`;
}

// src/artifacts/pypi-facts.ts
function metadataFacts(metadata, where) {
  if (!metadata || !where) return void 0;
  const { metadataVersion, name, version, fields } = metadata;
  return { metadataVersion, name, version, fields, where };
}
function entryFacts(entry) {
  return {
    name: entry.name,
    size: entry.size,
    ...entry.compressedSize !== void 0 && { compressedSize: entry.compressedSize },
    ...entry.method !== void 0 && { method: entry.method },
    kind: entry.kind === "dir" ? "directory" : entry.kind
  };
}
async function member(archive, name) {
  const entry = archive.entries.find((candidate) => candidate.name === name);
  if (!entry || entry.kind !== "file") return void 0;
  return archive.read(entry, MAX_MEMBER_READ).catch(() => void 0);
}
async function wheelFacts(base2, archive, metadata, where) {
  const distInfo = warehouseDistInfo(base2.filename);
  const facts = {
    filename: base2.filename,
    type: "wheel",
    size: base2.size,
    entries: archive?.entries.map(entryFacts),
    metadata: metadataFacts(metadata, where)
  };
  if (!archive || distInfo === void 0) return facts;
  return {
    ...facts,
    record: await member(archive, `${distInfo}/RECORD`),
    entryPoints: await member(archive, `${distInfo}/entry_points.txt`)
  };
}
function sdistFacts(base2, entries, metadata, where) {
  return {
    filename: base2.filename,
    type: "sdist",
    size: base2.size,
    entries: entries?.map(entryFacts),
    metadata: metadataFacts(metadata, where)
  };
}

// src/artifacts/sdist-inspect.ts
var KEPT = /* @__PURE__ */ new Set(["PKG-INFO", "pyproject.toml", "setup.cfg"]);
function kept(name) {
  const parts2 = name.replace(/^\.\//, "").split("/");
  return parts2.length === 2 && KEPT.has(parts2[1]);
}
function unsafeLinkProblems(filename, entries) {
  const direct = entries.flatMap((entry) => {
    if (entry.kind !== "symlink" && entry.kind !== "hardlink") return [];
    const reason2 = unsafeLinkReason(entry.name, entry.linkName ?? "", entry.kind);
    return reason2 ? [`${JSON.stringify(entry.name)} ${reason2}`] : [];
  });
  const badLinks = [...direct, ...linkEscapes(entries)];
  if (badLinks.length === 0) return [];
  return [
    {
      title: "Unsafe link in archive",
      message: `${filename} holds links that lead outside the folder it is unpacked into: ${listing2(badLinks)}. Expected links (if any) to stay inside the project; remove them from the build and rebuild.`
    }
  ];
}
function sdistLayout(filename, entries, expectedTop) {
  const problems = [];
  const tops = [...new Set(entries.map((entry) => entry.name.replace(/^\.\//, "").split("/")[0]))];
  let top = expectedTop;
  if (!tops.includes(expectedTop)) {
    problems.push({
      title: "Wrong sdist folder",
      message: `${filename} should hold everything under ${expectedTop}/; found ${tops.length ? listing2(tops.map((t) => `${t}/`)) : "no entries"}. Rebuild the sdist with the project's build backend (python -m build --sdist).`
    });
    if (tops.length === 1) top = tops[0];
  }
  const files = /* @__PURE__ */ new Map();
  const outside = [];
  for (const entry of entries) {
    const name = entry.name.replace(/^\.\//, "");
    if (name === top || name === `${top}/`) continue;
    if (!name.startsWith(`${top}/`)) {
      if (!unsafeMemberReason(entry.name)) outside.push(name);
      continue;
    }
    if (entry.kind === "file") files.set(name.slice(top.length + 1), entry);
  }
  if (outside.length > 0 && tops.includes(expectedTop)) {
    problems.push({
      title: "Files outside the sdist folder",
      message: `${filename} holds entries outside ${top}/: ${listing2(outside)}. Expected every file under ${top}/; rebuild the sdist with the project's build backend.`
    });
  }
  return { top, files, problems };
}
function pkgInfoFindings(archive, layout, filename, options2) {
  const { top } = layout;
  const pkgInfo = layout.files.get("PKG-INFO");
  if (!pkgInfo) {
    return {
      problems: [
        {
          title: "Missing metadata",
          message: `${filename} has no ${top}/PKG-INFO; expected the core metadata there, as every build backend writes it. Rebuild the sdist (python -m build --sdist).`
        }
      ],
      versions: []
    };
  }
  const read = () => {
    const content = archive.contents.get(pkgInfo.name);
    if (content) return content.toString("utf8");
    throw new UserError(
      `${filename}: ${top}/PKG-INFO declares ${pkgInfo.size} bytes (${mib(pkgInfo.size)}); pyrelease reads at most ${mib(MAX_MEMBER_READ)} of it. Core metadata that large is a decompression bomb or a build gone wrong: rebuild the sdist and check its long description.`,
      "Oversized archive entry"
    );
  };
  return metadataFindings(`${filename}:${top}/PKG-INFO`, read, options2);
}
function missingLicenses(relative2, topLevel2, options2) {
  const declared = options2.licenseFiles;
  if (declared) {
    const missing = declared.patterns.filter((pattern) => {
      const glob2 = compileGlob(pattern);
      return !relative2.some((file) => globMatches(glob2, file));
    });
    return missing.length > 0 ? [`${missing.join(", ")} (named by ${declared.declaredIn})`] : [];
  }
  if (options2.expectLicense && !topLevel2.some((name) => /^(licen[cs]e|copying)/i.test(name))) {
    return ["a LICENSE file"];
  }
  return [];
}
function missingFromSdist(relative2, options2, sources) {
  const missing = [];
  const topLevel2 = relative2.map((name) => name.split("/")[0]);
  for (const wanted of options2.buildFiles ?? ["pyproject.toml"])
    if (!relative2.includes(wanted)) missing.push(wanted);
  if (options2.readme !== void 0) {
    const readme = path9.posix.normalize(options2.readme.replace(/\\/g, "/"));
    if (!relative2.includes(readme)) missing.push(`${readme} (the readme pyproject.toml names)`);
  } else if (options2.expectReadme !== false && !topLevel2.some((name) => /^readme/i.test(name))) {
    missing.push("a README file");
  }
  missing.push(...missingLicenses(relative2, topLevel2, options2));
  for (const source of sources) {
    const wanted = source.sourceFile;
    if (wanted === void 0) continue;
    if (!relative2.some((name) => name === wanted || name.endsWith(`/${wanted}`))) {
      missing.push(`the sources of ${source.name} (${wanted})`);
    }
  }
  return missing;
}
async function inspectSdist(file, options2, sources) {
  const base2 = await baseInfo(file);
  const { filename } = base2;
  const parsed = parseSdistFilename(filename);
  const named = fileNameFindings(
    parsed,
    filename,
    "Wrong sdist file name",
    `${filename} is not named {name}-{version}.tar.gz; expected ${expectedSdistFilename(options2.projectName, options2.version)}. Rebuild with a current build backend.`,
    options2
  );
  const problems = [...named.problems];
  const versions = [...named.versions];
  let archive;
  try {
    archive = await readTarGzFile(file, filename, kept);
  } catch (error) {
    return {
      info: {
        ...base2,
        metadataVersion: void 0,
        facts: sdistFacts(base2, void 0, void 0, void 0)
      },
      problems: [...problems, asProblem(error)],
      versions
    };
  }
  const { entries } = archive;
  problems.push(
    ...unsafeNameProblems(
      filename,
      entries.map((entry) => entry.name)
    ),
    ...unsafeLinkProblems(filename, entries)
  );
  const expectedTop = parsed ? `${parsed.distribution}-${parsed.version}` : distStem(options2.projectName, options2.version);
  const layout = sdistLayout(filename, entries, expectedTop);
  const pkgInfo = pkgInfoFindings(archive, layout, filename, options2);
  problems.push(...layout.problems, ...pkgInfo.problems);
  versions.push(...pkgInfo.versions);
  const missing = missingFromSdist([...layout.files.keys()], options2, sources);
  if (missing.length > 0) {
    problems.push({
      title: "Missing file in sdist",
      message: `${filename} lacks ${missing.join(", ")} under ${layout.top}/. Expected the sources to build the wheel from, with their readme and licence; include them in the sdist (for hatchling, [tool.hatch.build.targets.sdist] include; for setuptools, MANIFEST.in) and rebuild.`
    });
  }
  const { metadata } = pkgInfo;
  return {
    info: {
      ...base2,
      metadataVersion: metadata?.metadataVersion,
      facts: sdistFacts(base2, entries, metadata, `${filename}:${layout.top}/PKG-INFO`)
    },
    problems,
    versions,
    metadata
  };
}

// src/artifacts/importables.ts
var EXTENSION = /\.(so|pyd)$/;
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
var NOT_AN_API = /* @__PURE__ */ new Set(["tests", "test", "conftest", "setup", "__pycache__"]);
function isPrivate(name) {
  return name.split(".").some((part) => part.startsWith("_"));
}
function isPackageInit(file) {
  return file === "__init__.py" || /^__init__\.[^/]*\.(so|pyd)$/.test(file) || file === "__init__.pyc";
}
function folder() {
  return { files: /* @__PURE__ */ new Set(), folders: /* @__PURE__ */ new Map() };
}
function tree(entries) {
  const root = folder();
  for (const entry of entries) {
    const parts2 = entry.replace(/^\.\//, "").split("/");
    const file = parts2.pop();
    let at = root;
    for (const part of parts2) {
      if (part === "") continue;
      let next = at.folders.get(part);
      if (!next) at.folders.set(part, next = folder());
      at = next;
    }
    if (file !== "") at.files.add(file);
  }
  return root;
}
function isPackage(dir) {
  return [...dir.files].some(isPackageInit);
}
function namespaceMembers(prefix, dir) {
  const found = [];
  for (const [name, child] of dir.folders) {
    if (!IDENTIFIER.test(name) || NOT_AN_API.has(name)) continue;
    const dotted = `${prefix}.${name}`;
    if (isPackage(child)) {
      const path20 = dotted.replace(/\./g, "/");
      found.push({
        name: dotted,
        kind: "package",
        sourceFile: child.files.has("__init__.py") ? `${path20}/__init__.py` : void 0
      });
    } else {
      found.push(...namespaceMembers(dotted, child));
    }
  }
  return found;
}
function topLevel(root) {
  const found = [];
  for (const [name, dir] of root.folders) {
    if (!IDENTIFIER.test(name) || NOT_AN_API.has(name)) continue;
    if (isPackage(dir)) {
      found.push({
        name,
        kind: "package",
        sourceFile: dir.files.has("__init__.py") ? `${name}/__init__.py` : void 0
      });
    } else {
      found.push(...namespaceMembers(name, dir));
    }
  }
  for (const file of root.files) {
    const module = file.endsWith(".py") ? file.slice(0, -".py".length) : EXTENSION.test(file) ? file.slice(0, file.indexOf(".")) : void 0;
    if (module === void 0 || !IDENTIFIER.test(module) || NOT_AN_API.has(module)) continue;
    if (module.startsWith("__")) continue;
    const extension = !file.endsWith(".py");
    found.push({
      name: module,
      kind: extension ? "extension" : "module",
      sourceFile: extension ? void 0 : file
    });
  }
  return found;
}
function parseTopLevelTxt(text2) {
  return text2.split(/\r?\n/).map((line) => line.trim().replace(/\//g, ".")).filter((line) => line !== "");
}
function byName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
function holdsCode(dir) {
  return [...dir.files].some((file) => file.endsWith(".py") || EXTENSION.test(file)) || [...dir.folders.values()].some(holdsCode);
}
function folderAt(root, dotted) {
  let at = root;
  for (const part of dotted.split(".")) at = at?.folders.get(part);
  return at;
}
function wheelImportables(entries, topLevelTxt) {
  const root = tree(entries);
  let found = topLevel(root);
  const listed = topLevelTxt === void 0 ? [] : parseTopLevelTxt(topLevelTxt);
  const wanted = listed.filter((name) => !NOT_AN_API.has(name));
  const absent = [];
  const chosen = wanted.flatMap((name) => {
    const inListing = found.filter(
      (item) => item.name === name || item.name.startsWith(`${name}.`)
    );
    if (inListing.length > 0) return inListing;
    if (!name.split(".").every((part) => IDENTIFIER.test(part))) return [];
    const dir = folderAt(root, name);
    if (dir && holdsCode(dir)) return [{ name, kind: "namespace", sourceFile: void 0 }];
    absent.push(name);
    return [];
  });
  if (chosen.length > 0) found = chosen;
  const unique = [...new Map(found.map((item) => [item.name, item])).values()];
  const visible = unique.filter((item) => !isPrivate(item.name));
  return { importables: (visible.length > 0 ? visible : unique).sort(byName), absent };
}
function wheelProvides(entries, name) {
  const path20 = name.replace(/\./g, "/");
  const files = entries.filter((entry) => !entry.endsWith("/"));
  if (files.includes(`${path20}/__init__.py`)) {
    return { name, kind: "package", sourceFile: `${path20}/__init__.py` };
  }
  if (files.includes(`${path20}.py`)) return { name, kind: "module", sourceFile: `${path20}.py` };
  const slash = path20.lastIndexOf("/");
  const base2 = path20.slice(slash + 1);
  const dir = path20.slice(0, slash + 1);
  const extension = files.find(
    (file) => file.startsWith(dir) && !file.slice(dir.length).includes("/") && file.slice(dir.length).split(".")[0] === base2 && EXTENSION.test(file)
  );
  if (extension) return { name, kind: "extension", sourceFile: void 0 };
  if (files.some((file) => file.startsWith(`${path20}/`))) {
    const packaged = files.some((file) => isPackageInit(file.slice(path20.length + 1)));
    return { name, kind: packaged ? "package" : "namespace", sourceFile: void 0 };
  }
  return void 0;
}

// src/artifacts/zip.ts
var import_yauzl2 = __toESM(require_yauzl(), 1);

// src/artifacts/crc32.ts
var TABLE = (() => {
  const table2 = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    table2[n] = c >>> 0;
  }
  return table2;
})();
function crc32(data) {
  let crc = 4294967295;
  for (const byte of data) crc = TABLE[(crc ^ byte) & 255] ^ crc >>> 8;
  return (crc ^ 4294967295) >>> 0;
}

// src/artifacts/zip-reader.ts
var import_yauzl = __toESM(require_yauzl(), 1);
var HandleReader = class extends import_yauzl.default.RandomAccessReader {
  constructor(handle) {
    super();
    this.handle = handle;
  }
  handle;
  directory;
  directoryStart = 0;
  /** Reads `[start, end)` once, for the reads that follow to be served from memory. */
  async cache(start, end) {
    const buffer = Buffer.alloc(end - start);
    const { bytesRead } = await this.handle.read(buffer, 0, buffer.length, start);
    this.directory = buffer.subarray(0, bytesRead);
    this.directoryStart = start;
  }
  /** The entries are listed: the copy is no longer needed. */
  uncache() {
    this.directory = void 0;
  }
  read(buffer, offset, length, position, callback2) {
    const cached = this.directory;
    const from = position - this.directoryStart;
    if (cached && from >= 0 && from + length <= cached.length) {
      cached.copy(buffer, offset, from, from + length);
      process.nextTick(callback2, null, length);
      return;
    }
    this.handle.read(buffer, offset, length, position).then(
      ({ bytesRead }) => callback2(null, bytesRead),
      (error) => callback2(error)
    );
  }
  _readStreamForRange(start, end) {
    return handleStream(this.handle, start, end);
  }
  close(callback2) {
    setImmediate(callback2, null);
  }
};

// src/artifacts/zip.ts
function unreadableZip(label, found) {
  return new UserError(
    `${label} is not a readable zip file: ${found}. Rebuild the wheel (python -m build --wheel) and check that nothing truncated or rewrote it.`,
    "Unreadable wheel"
  );
}
var S_IFMT = 61440;
var UNIX_KINDS = {
  32768: "file",
  16384: "dir",
  40960: "symlink"
};
function zipEntryKind(name, versionMadeBy, attributes) {
  const mode = attributes >>> 16 & S_IFMT;
  if (versionMadeBy >> 8 === 3 && mode !== 0) return UNIX_KINDS[mode] ?? "other";
  return name.endsWith("/") || (attributes & 16) !== 0 ? "dir" : "file";
}
function yauzlEntry(entry) {
  return Object.assign(new import_yauzl2.default.Entry(), {
    relativeOffsetOfLocalHeader: entry.localHeaderOffset,
    compressedSize: entry.compressedSize,
    uncompressedSize: entry.size,
    compressionMethod: entry.method,
    generalPurposeBitFlag: entry.flags
  });
}
function toEntry(record) {
  const name = (record.fileNameRaw ?? Buffer.from(record.fileName)).toString("utf8");
  return {
    name,
    size: record.uncompressedSize,
    compressedSize: record.compressedSize,
    method: record.compressionMethod,
    kind: zipEntryKind(name, record.versionMadeBy, record.externalFileAttributes),
    crc32: record.crc32,
    encrypted: (record.generalPurposeBitFlag & 1) !== 0,
    flags: record.generalPurposeBitFlag,
    localHeaderOffset: record.relativeOffsetOfLocalHeader
  };
}
async function listEntries(zipfile) {
  const entries = [];
  await new Promise((resolve4, reject) => {
    zipfile.on("entry", (record) => {
      entries.push(toEntry(record));
      zipfile.readEntry();
    });
    zipfile.once("end", resolve4);
    zipfile.once("error", reject);
    zipfile.readEntry();
  });
  return entries;
}
async function collect(stream, limit, what) {
  const chunks = [];
  let length = 0;
  for await (const chunk of stream) {
    length += chunk.length;
    if (length > limit) throw new Error(`${what} inflates past ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, length);
}
async function readEntry(zipfile, entry, label, limit) {
  const where = `entry ${JSON.stringify(entry.name)}`;
  if (entry.encrypted) throw unreadableZip(label, `${where} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8) {
    throw unreadableZip(
      label,
      `${where} uses compression method ${entry.method}; expected 0 (stored) or 8 (deflate)`
    );
  }
  if (entry.size > limit) {
    throw new UserError(
      `${label}: ${where} declares ${entry.size} bytes (${mib(entry.size)}); pyrelease reads at most ${mib(limit)} of such a file. A metadata file that large is a decompression bomb or a build gone wrong: rebuild the wheel and check what writes ${entry.name.split("/").pop()}.`,
      "Oversized archive entry"
    );
  }
  let content;
  try {
    const stream = await zipfile.openReadStreamPromise(yauzlEntry(entry));
    content = await collect(stream, limit, where);
  } catch (error) {
    throw unreadableZip(
      label,
      `${where} does not inflate to its declared ${entry.size} bytes (${error.message})`
    );
  }
  if (crc32(content) !== entry.crc32) throw unreadableZip(label, `${where} fails its CRC check`);
  return content;
}
async function openOn(handle, size, label) {
  const reader = new HandleReader(handle);
  const zipfile = await import_yauzl2.default.fromRandomAccessReaderPromise(reader, size, {
    autoClose: false,
    decodeStrings: false,
    validateEntrySizes: true
  });
  const start = Number(zipfile.readEntryCursor);
  if (size - start > MAX_CENTRAL_DIRECTORY) {
    throw unreadableZip(
      label,
      `its central directory claims ${size - start} bytes, more than the ${mib(MAX_CENTRAL_DIRECTORY)} pyrelease reads`
    );
  }
  await reader.cache(start, size);
  const entries = await listEntries(zipfile);
  reader.uncache();
  return {
    entries,
    read: (entry, limit = MAX_MEMBER_READ) => readEntry(zipfile, entry, label, limit),
    close: () => handle.close()
  };
}
async function openZip(file, label = "The archive") {
  const { handle, size } = await openRegularFile(file, label);
  try {
    return await openOn(handle, size, label);
  } catch (error) {
    await handle.close();
    if (error instanceof UserError) throw error;
    throw unreadableZip(label, error.message);
  }
}

// src/artifacts/wheel-inspect.ts
function importProblems(filename, names2, topLevelTxt, importName) {
  const files = names2.filter((name) => !name.endsWith("/"));
  const { importables: found, absent } = wheelImportables(files, topLevelTxt);
  const topLevel2 = [...new Set(files.map((name) => name.split("/")[0]))];
  const holds = found.length ? `it holds ${listing2(found.map((item) => item.name))}` : `it holds nothing importable; its top level is ${listing2(topLevel2)}`;
  if (importName) {
    const provided = wheelProvides(files, importName);
    if (provided) return { importables: [provided], absent: [], problems: [] };
    const at = importName.replace(/\./g, "/");
    return {
      importables: [],
      absent: [],
      problems: [
        {
          title: "Missing package in wheel",
          message: `${filename} has no ${importName}, ${theOption("import-name")} (no ${at}/__init__.py, ${at}.py or compiled ${at} module); ${holds}. Set ${option("import-name")} to the name the package is imported by, or leave it empty to import what the wheel holds; if ${importName} belongs in the wheel, point the build backend at it (for hatchling, [tool.hatch.build.targets.wheel] packages) and rebuild.`
        }
      ]
    };
  }
  if (found.length > 0) return { importables: found, absent, problems: [] };
  return {
    importables: [],
    absent,
    problems: [
      {
        title: "Nothing to import in wheel",
        message: `${filename} holds no package or module to import (a folder with __init__.py, a .py file or a compiled module); its top level is ${listing2(topLevel2)}. Expected the project's code: point the build backend at it (for hatchling, [tool.hatch.build.targets.wheel] packages; for setuptools, [tool.setuptools] packages) and rebuild.`
      }
    ]
  };
}
function duplicateEntryProblems(filename, names2) {
  const seen = /* @__PURE__ */ new Set();
  const duplicates = /* @__PURE__ */ new Set();
  for (const name of names2) (seen.has(name) ? duplicates : seen).add(name);
  if (duplicates.size === 0) return [];
  return [
    {
      title: "Duplicate entry in wheel",
      message: `${filename} holds several entries named ${listing2([...duplicates])}; installers may pick either. Expected each path once; rebuild the wheel into an empty folder.`
    }
  ];
}
function locateWheelMetadata(filename, names2, stem) {
  const expected = `${stem}.dist-info/METADATA`;
  const others = names2.filter((name2) => /^[^/]+\.dist-info\/METADATA$/.test(name2));
  const name = names2.includes(expected) ? expected : others[0];
  if (name === expected) return { name, problems: [] };
  return {
    name,
    problems: [
      {
        title: "Missing metadata",
        message: `${filename} has no ${expected}; found ${others.length ? listing2(others) : "no .dist-info/METADATA at all"}. Rebuild the wheel for this project and version (python -m build --wheel).`
      }
    ]
  };
}
async function wheelMetadataFindings(archive, metadataName, filename, options2) {
  const entry = archive.entries.find((candidate) => candidate.name === metadataName);
  if (metadataName === void 0 || !entry) return { problems: [], versions: [] };
  let text2;
  try {
    text2 = (await archive.read(entry)).toString("utf8");
  } catch (error) {
    return { problems: [asProblem(error)], versions: [] };
  }
  return metadataFindings(`${filename}:${metadataName}`, () => text2, options2);
}
async function readTopLevelTxt(archive, metadataName) {
  const entry = metadataName === void 0 ? void 0 : archive.entries.find(
    (candidate) => candidate.name === metadataName.replace(/METADATA$/, "top_level.txt")
  );
  if (!entry) return { text: void 0, problems: [] };
  try {
    return { text: (await archive.read(entry)).toString("utf8"), problems: [] };
  } catch (error) {
    return { text: void 0, problems: [asProblem(error)] };
  }
}
function symlinkWarnings(filename, entries) {
  const links = entries.filter((entry) => entry.kind === "symlink").map((entry) => entry.name);
  if (links.length === 0) return [];
  return [
    {
      title: "Symbolic link in wheel",
      message: `${filename} holds symbolic links: ${listing2(links)}. Installers do not make links from a wheel (pip writes each as a small file holding the target's path), so the installed package will not have them; make them real files or leave them out of the build.`
    }
  ];
}
async function archiveFindings(archive, base2, filename, stem, options2) {
  const names2 = archive.entries.map((entry) => entry.name);
  const problems = [
    ...unsafeNameProblems(filename, names2),
    ...duplicateEntryProblems(filename, names2)
  ];
  const located = locateWheelMetadata(filename, names2, stem);
  const found = await wheelMetadataFindings(archive, located.name, filename, options2);
  const topLevelTxt = await readTopLevelTxt(archive, located.name);
  const imports = importProblems(filename, names2, topLevelTxt.text, options2.importName);
  problems.push(
    ...located.problems,
    ...found.problems,
    ...topLevelTxt.problems,
    ...imports.problems
  );
  const where = located.name === void 0 ? void 0 : `${filename}:${located.name}`;
  const facts = await wheelFacts(base2, archive, found.metadata, where);
  return { problems, found, imports, facts, warnings: symlinkWarnings(filename, archive.entries) };
}
async function inspectWheel(file, options2) {
  const base2 = await baseInfo(file);
  const { filename } = base2;
  const parsed = parseWheelFilename(filename);
  const named = fileNameFindings(
    parsed,
    filename,
    "Wrong wheel file name",
    `${filename} is not named {name}-{version}(-{build})?-{python}-{abi}-{platform}.whl; expected it to start with ${distStem(options2.projectName, options2.version)}-. Rebuild with a current build backend.`,
    options2
  );
  const problems = [...named.problems];
  const versions = [...named.versions];
  let archive;
  try {
    archive = await openZip(file, filename);
  } catch (error) {
    return {
      info: {
        ...base2,
        metadataVersion: void 0,
        facts: await wheelFacts(base2, void 0, void 0, void 0)
      },
      problems: [...problems, asProblem(error)],
      versions,
      importables: [],
      absentTopLevel: [],
      warnings: []
    };
  }
  const stem = parsed ? `${parsed.distribution}-${parsed.version}` : distStem(options2.projectName, options2.version);
  const inside = await archiveFindings(archive, base2, filename, stem, options2).finally(
    () => archive.close()
  );
  problems.push(...inside.problems);
  versions.push(...inside.found.versions);
  const { metadata } = inside.found;
  return {
    info: {
      ...base2,
      metadataVersion: metadata?.metadataVersion,
      facts: inside.facts
    },
    problems,
    versions,
    metadata,
    importables: inside.imports.importables,
    absentTopLevel: inside.imports.absent,
    warnings: inside.warnings
  };
}

// src/artifacts/inspect.ts
var IGNORED2 = /* @__PURE__ */ new Set([".gitignore"]);
function agreedVersion(results, checkAgreement) {
  const stated = results.flatMap((result) => result.versions);
  const same = (a, b) => a.trim() === b.trim() || samePep440(a, b);
  const fromMetadata = stated.filter((item) => item.inMetadata);
  const final = fromMetadata[fromMetadata.length - 1]?.version;
  const version = final !== void 0 && fromMetadata.every((item) => same(item.version, final)) ? parsePep440(final)?.normalized ?? final.trim() : void 0;
  const agree = stated.every((item) => same(item.version, stated[0].version));
  if (!checkAgreement || agree) return { version, problems: [] };
  return {
    version,
    problems: [
      {
        title: "Versions disagree",
        message: `The built archives state different versions: ${stated.map((item) => `${item.where} says ${item.version}`).join(", ")}. Expected one version throughout; delete stale files from the dist folder and rebuild both the sdist and the wheel from one commit (python -m build).`
      }
    ]
  };
}
async function sortDistFolder(distDir, names2) {
  const sdists = [];
  const wheels = [];
  const stray = [];
  const seen = [];
  for (const name of names2) {
    if (IGNORED2.has(name)) continue;
    const stats = await stat2(path10.join(distDir, name)).catch(() => void 0);
    const isFile = stats?.isFile() ?? false;
    const shown = isFile ? name : stats && !stats.isDirectory() ? `${name} (${fileKind(stats)})` : `${name}/`;
    seen.push(shown);
    if (isFile && name.endsWith(".tar.gz")) sdists.push(name);
    else if (isFile && name.endsWith(".whl")) wheels.push(name);
    else stray.push(shown);
  }
  return { sdists, wheels, stray, seen };
}
function distFolderProblems(folder2, options2) {
  const { sdists, wheels, stray, seen } = folder2;
  const problems = [];
  const found = `found ${seen.length ? listing2(seen) : "nothing"}`;
  const expectedSdist = expectedSdistFilename(options2.projectName, options2.version);
  if (stray.length > 0) {
    problems.push({
      title: "Unexpected file in dist",
      message: `${options2.distDir} holds ${listing2(stray)}, which is neither an sdist (.tar.gz) nor a wheel (.whl). Expected only the release's files, since everything there is uploaded; build into an empty folder.`
    });
  }
  if (sdists.length !== 1) {
    problems.push({
      title: sdists.length === 0 ? "Missing sdist" : "Several sdists",
      message: `${options2.distDir} should hold exactly one sdist, ${expectedSdist}; ${found}. Build into an empty folder with python -m build (which makes both the sdist and the wheel).`
    });
  }
  const manyWheels = wheels.length > 1 && !options2.allowManyWheels;
  if (wheels.length === 0 || manyWheels) {
    problems.push({
      title: wheels.length === 0 ? "Missing wheel" : "Several wheels",
      message: `${options2.distDir} should hold exactly one wheel, ${distStem(options2.projectName, options2.version)}-{tags}.whl; ${found}. Build into an empty folder${manyWheels ? ", or allow several wheels when a build matrix makes one per platform" : ""}.`
    });
  }
  return problems;
}
async function inspectDist(options2) {
  let names2;
  try {
    names2 = (await readdir2(options2.distDir)).sort();
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
    const problem = {
      title: "Missing dist folder",
      message: `${options2.distDir} does not exist; expected the build to write the sdist and wheel there. Check the build step's output folder.`
    };
    return {
      sdist: void 0,
      wheel: void 0,
      wheels: [],
      version: void 0,
      importNames: [],
      absentTopLevel: [],
      problems: [problem],
      warnings: []
    };
  }
  const folder2 = await sortDistFolder(options2.distDir, names2);
  const problems = distFolderProblems(folder2, options2);
  const wheelResults = [];
  for (const name of folder2.wheels)
    wheelResults.push(await inspectWheel(path10.join(options2.distDir, name), options2));
  const importables = wheelResults[0]?.importables ?? [];
  const sdistResults = [];
  for (const name of folder2.sdists)
    sdistResults.push(await inspectSdist(path10.join(options2.distDir, name), options2, importables));
  for (const result of [...sdistResults, ...wheelResults]) problems.push(...result.problems);
  const agreed = agreedVersion([...sdistResults, ...wheelResults], options2.version === void 0);
  problems.push(...agreed.problems);
  const manyWheels = folder2.wheels.length > 1 && !options2.allowManyWheels;
  return {
    sdist: sdistResults.length === 1 ? sdistResults[0].info : void 0,
    wheel: manyWheels ? void 0 : wheelResults[0]?.info,
    wheels: wheelResults.map((result) => result.info),
    version: agreed.version,
    importNames: importables.map((item) => item.name),
    absentTopLevel: wheelResults[0]?.absentTopLevel ?? [],
    problems,
    warnings: wheelResults.flatMap((result) => result.warnings)
  };
}

// src/artifacts/release-files.ts
import path12 from "node:path";

// src/artifacts/dist-dir.ts
import { lstat, readdir as readdir4, stat as stat4 } from "node:fs/promises";
import path11 from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir as readdir3, readdirSync, realpath, realpathSync, stat as stat3, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve3 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve as resolve2, sep } from "path";
import * as nativeFs from "fs";
var __require2 = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path20) {
  let normalized = normalize(path20);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path20, separator) {
  return path20.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path20) {
  return path20 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path20);
}
function normalizePath(path20, options2) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options2;
  const pathNeedsCleaning = process.platform === "win32" && path20.includes("/") || path20.startsWith(".");
  if (resolvePaths) path20 = resolve2(path20);
  if (normalizePath$1 || pathNeedsCleaning) path20 = cleanPath(path20);
  if (path20 === ".") return "";
  const needsSeperator = path20[path20.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path20 + pathSeparator : path20, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options2) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options2.pathSeparator) + options2.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options2) {
  const { relativePaths, includeBasePath } = options2;
  return relativePaths && root ? joinPathWithRelativePath(root, options2) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path20 = directoryPath || ".";
  if (filters.every((filter) => filter(path20, true))) paths.push(path20);
};
var empty$2 = () => {
};
function build$6(root, options2) {
  const { includeDirs, filters, relativePaths } = options2;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options2) {
  const { excludeFiles, filters, onlyCounts } = options2;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options2) {
  return options2.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options2) {
  return options2.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path20, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path20, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat5) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat5.isDirectory() && isRecursive(path20, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat5, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path20, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path20);
    const stat5 = fs.statSync(resolvedPath);
    if (stat5.isDirectory() && isRecursive(path20, resolvedPath, state)) return;
    callback$1(stat5, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options2, isSynchronous) {
  if (!options2.resolveSymlinks || options2.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path20, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path20);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path20, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options2, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options2;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build2(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options2, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options2, this.isSynchronous);
    this.root = normalizePath(root, options2);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options: options2,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options2.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options2);
    this.pushDirectory = build$6(this.root, options2);
    this.pushFile = build$5(options2);
    this.getArray = build$4(options2);
    this.groupFiles = build$3(options2);
    this.resolveSymlink = build$2(options2, this.isSynchronous);
    this.walkDirectory = build2(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path20 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path20)) continue;
        this.pushDirectory(path20, paths, filters);
        this.walkDirectory(this.state, path20, path20, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path20 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path20, this.state, (stat5, resolvedPath) => {
          if (stat5.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path20 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path20 + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path20;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options2) {
  return new Promise((resolve$1, reject) => {
    callback(root, options2, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options2, callback$1) {
  let walker = new Walker(root, options2, callback$1);
  walker.start();
}
function sync(root, options2) {
  const walker = new Walker(root, options2);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options2) {
    this.root = root;
    this.options = options2;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require2.resolve("picomatch");
  pm = __require2("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options2) {
    this.options = {
      ...this.options,
      ...options2
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options2) {
    this.options = {
      ...this.options,
      ...options2
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options2) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options2);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path20) => isMatch(path20));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options2 = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts2 = splitPattern(patterns[i]);
    patternsParts[i] = parts2;
    const partsCount = parts2.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts2[j], options2);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options2.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path20) {
  return path20.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path20) {
  var _result$parts;
  const result = import_picomatch.default.scan(path20, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path20];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path20) => path20.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path20) => path20.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options2) {
  if ((options2 === null || options2 === void 0 ? void 0 : options2.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts2 = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts2[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts2[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts2);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts2.length);
    for (let i = 0; i < length; i++) {
      const part = parts2[i];
      if (part === "**" && !parts2[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts2.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options2, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options2.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options2, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options2, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options2, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options2, patterns) {
  const cwd = options2.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options2, patterns, props);
  if (options2.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options2;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options2.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options2.extglob === false,
    noglobstar: options2.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options2.deep !== void 0) maxDepth = Math.round(options2.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path20 = format(p, isDirectory);
      const matches = matcher(path20) && !ignore(path20);
      if (matches) log(`matched ${path20}`);
      return matches;
    } : (p, isDirectory) => {
      const path20 = format(p, isDirectory);
      return matcher(path20) && !ignore(path20);
    }],
    exclude: debug ? (_, p) => {
      const skipped2 = excludePredicate(_, p);
      log(`${skipped2 ? "skipped" : "crawling"} ${p}`);
      return skipped2;
    } : excludePredicate,
    fs: options2.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options2.onlyFiles,
    maxDepth,
    signal: options2.signal
  }).crawl(root);
  if (options2.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options2) {
  const opts = Object.assign({}, options2);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve3(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir3,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat3,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options2 = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options2, patterns) : [];
}
async function glob(globInput, options2) {
  const [crawler, relative2] = getCrawler(globInput, options2);
  return crawler ? formatPaths(await crawler.withPromise(), relative2) : [];
}

// src/artifacts/map-limited.ts
var FILES_AT_ONCE = 16;
async function mapLimited(items, fn, limit = FILES_AT_ONCE) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// src/artifacts/dist-dir.ts
function shownPath(workspace, file) {
  const relative2 = path11.relative(workspace, file);
  return (relative2.startsWith("..") || path11.isAbsolute(relative2) ? file : relative2).split(path11.sep).join("/");
}
async function kind(file) {
  const own = await lstat(file).catch(() => void 0);
  const stats = own?.isSymbolicLink() ? await stat4(file).catch(() => void 0) : own;
  if (!stats) return void 0;
  if (stats.isDirectory()) return "folder";
  if (stats.isFile()) return "file";
  return { special: own.isSymbolicLink() ? `a link to ${fileKind(stats)}` : fileKind(stats) };
}
function specialFiles(where, found) {
  return new UserError(
    `${where} holds ${listing2(found)}: not regular files, which pyrelease neither reads nor uploads. Expected only the release's sdist and wheels; remove these (or point dist-dir at a folder holding the built files only).`,
    "Not a regular file"
  );
}
async function findDistFiles(pattern, projectDir, workspace) {
  const posix2 = pattern.replace(/\\/g, "/");
  const matches = isDynamicPattern(posix2) ? await glob(posix2, {
    cwd: projectDir,
    absolute: true,
    onlyFiles: false,
    expandDirectories: false
  }) : [path11.resolve(projectDir, pattern)];
  const where = `dist-dir ${JSON.stringify(pattern)} (in ${shownPath(workspace, projectDir) || "."})`;
  const files = [];
  const folders = [];
  const special = [];
  const dirs = /* @__PURE__ */ new Set();
  const sort = (file, found) => {
    if (found === "file") files.push(file);
    else if (found !== void 0 && found !== "folder")
      special.push(`${shownPath(workspace, file)} (${found.special})`);
    else folders.push(`${shownPath(workspace, file)}/`);
  };
  for (const match of matches.map((item) => path11.resolve(item)).sort()) {
    const found = await kind(match);
    if (found === "folder") {
      dirs.add(match);
      const inside = (await readdir4(match)).sort().map((entry) => path11.join(match, entry));
      const kinds = await mapLimited(inside, kind, FILES_AT_ONCE);
      inside.forEach((file, index) => sort(file, kinds[index]));
    } else if (found !== void 0) {
      if (found === "file") dirs.add(path11.dirname(match));
      sort(match, found);
    }
  }
  if (special.length > 0) throw specialFiles(where, special);
  if (matches.length === 0 || [...dirs].length === 0) {
    throw new UserError(
      `${where} ${isDynamicPattern(posix2) ? "matches nothing" : "does not exist"}. Download the artifacts of the build jobs there first (actions/download-artifact with path: ${pattern}), or point dist-dir at the folder they are in.`,
      "Missing dist-dir"
    );
  }
  if (files.length === 0 && folders.length === 0) {
    throw new UserError(
      `${where} is empty; expected the wheels and the sdist of the release. Check that the build jobs uploaded their files (upload-artifact path) and that download-artifact's pattern names their artifacts.`,
      "Empty dist-dir"
    );
  }
  const hashed = await mapLimited(files, async (file) => {
    const shown = shownPath(workspace, file);
    return {
      shown,
      path: file,
      filename: path11.basename(file),
      sha256: await sha256File(file, shown)
    };
  });
  return { files: hashed, folders, dirs: [...dirs] };
}

// src/artifacts/inspect-set.ts
async function inspectFileSet(contents, options2) {
  const sorted = sortDistFiles(contents.files, contents.folders);
  const fileOptions = { ...options2 };
  const wheels = [];
  for (const wheel of sorted.wheels) wheels.push(await inspectWheel(wheel.path, fileOptions));
  const importables = wheels[0]?.importables ?? [];
  const sdists = [];
  for (const sdist2 of sorted.sdists)
    sdists.push(await inspectSdist(sdist2.path, fileOptions, importables));
  const member2 = (result) => ({
    filename: result.info.filename,
    metadata: result.metadata
  });
  const set = wheelSetProblems(wheels.map(member2), sdists.map(member2), {
    distDir: options2.distDir,
    requireSdist: options2.requireSdist
  });
  const agreed = agreedVersion([...sdists, ...wheels], options2.version === void 0);
  const problems = [
    ...sorted.problems,
    ...[...sdists, ...wheels].flatMap((result) => result.problems),
    ...set.problems,
    ...agreed.problems
  ];
  const sdist = sdists.length === 1 ? sdists[0].info : void 0;
  return {
    wheels: wheels.map((result) => result.info),
    sdist,
    files: [...sdist ? [sdist] : [], ...wheels.map((result) => result.info)],
    version: agreed.version,
    importNames: importables.map((item) => item.name),
    absentTopLevel: wheels[0]?.absentTopLevel ?? [],
    problems,
    warnings: [...sorted.warnings, ...set.warnings, ...wheels.flatMap((result) => result.warnings)]
  };
}

// src/artifacts/release-files.ts
async function inspectReleaseFiles(options2) {
  const contents = await findDistFiles(options2.distDir, options2.projectDir, options2.workspace);
  const found = await inspectFileSet(contents, {
    distDir: options2.distDir,
    projectName: options2.projectName,
    version: options2.version,
    importName: options2.importName,
    expectLicense: options2.expectLicense,
    licenseFiles: options2.licenseFiles,
    readme: options2.readme,
    expectReadme: options2.expectReadme,
    buildFiles: options2.buildFiles,
    requireSdist: options2.requireSdist
  });
  const { problems, warnings, absentTopLevel } = found;
  const wheel = found.wheels[0];
  if (problems.length > 0 || !wheel) {
    return { release: void 0, problems, warnings, absentTopLevel };
  }
  const release = {
    wheel,
    sdist: found.sdist,
    files: found.files,
    importNames: found.importNames,
    builtVersion: found.version ?? options2.version,
    fromFolders: {
      dirs: contents.dirs,
      wheels: found.wheels.map((item) => path12.basename(item.path))
    }
  };
  return { release, problems, warnings, absentTopLevel };
}

// src/project/license-files.ts
function literalGlob(file) {
  return file.replace(/[*?[]/g, (char) => `[${char}]`);
}
function strings(value) {
  if (!Array.isArray(value)) return void 0;
  return value.filter((item) => typeof item === "string");
}
function projectLicenseFiles(value) {
  const list = strings(value);
  if (list) return list;
  const draft = table(value);
  const paths = strings(draft?.paths);
  if (paths) return paths.map(literalGlob);
  return strings(draft?.globs);
}
function setupCfgLicenseFiles(text2) {
  let section = "";
  let found;
  let collecting = false;
  for (const line of splitText(text2).lines) {
    const header = /^\[([^\]]*)\]/.exec(line);
    if (header) {
      section = header[1].trim();
      collecting = false;
      continue;
    }
    if (collecting && /^[ \t]+\S/.test(line)) {
      found.push(line.trim());
      continue;
    }
    collecting = false;
    if (section !== "metadata") continue;
    const key = /^license[-_]file(s?)[ \t]*[=:](.*)$/i.exec(line);
    if (!key || found !== void 0 && key[1] === "") continue;
    found = [key[2].trim()];
    collecting = true;
  }
  return found?.flatMap((value) => value.split(",")).map((value) => value.trim()).filter((value) => value !== "" && !/^[#;]/.test(value));
}
function declaredLicenseFiles(pyproject, setupCfg) {
  const fromProject = projectLicenseFiles(dig(pyproject, ["project", "license-files"]));
  if (fromProject) {
    return { patterns: fromProject, declaredIn: "license-files in pyproject.toml [project]" };
  }
  const fromTool = strings(dig(pyproject, ["tool", "setuptools", "license-files"]));
  if (fromTool) {
    return { patterns: fromTool, declaredIn: "license-files in pyproject.toml [tool.setuptools]" };
  }
  const fromCfg = setupCfg === void 0 ? void 0 : setupCfgLicenseFiles(setupCfg);
  if (fromCfg) return { patterns: fromCfg, declaredIn: "license_files in setup.cfg [metadata]" };
  return void 0;
}

// src/project/readme-file.ts
function firstString(value) {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.find((item) => typeof item === "string");
  return void 0;
}
function declaredReadme(pyproject) {
  const value = dig(pyproject, ["project", "readme"]);
  if (typeof value === "string") return { file: value };
  const readme = table(value);
  if (typeof readme?.file === "string") return { file: readme.file };
  if (typeof readme?.text === "string") return { inline: true };
  const poetry = firstString(dig(pyproject, ["tool", "poetry", "readme"]));
  return poetry === void 0 ? void 0 : { file: poetry };
}

// src/release/steps/inspect-step.ts
async function hasTopLevel(projectDir, pattern) {
  const names2 = await readdir5(projectDir).catch(() => []);
  return names2.some((name) => pattern.test(name));
}
async function readmeExpectation(project, projectDir) {
  const declared = declaredReadme(project.pyproject.data);
  if (declared && "file" in declared && !declared.file.startsWith(".."))
    return { readme: declared.file, expectReadme: true };
  if (declared) return { readme: void 0, expectReadme: false };
  return { readme: void 0, expectReadme: await hasTopLevel(projectDir, /^readme/i) };
}
async function licenseFiles(project, projectDir) {
  const setupCfg = await readFile2(path13.join(projectDir, "setup.cfg"), "utf8").catch(
    () => void 0
  );
  return declaredLicenseFiles(project.pyproject.data, setupCfg);
}
function noteAbsentTopLevel(absent, imported) {
  if (absent.length === 0) return;
  const names2 = absent.join(", ");
  annotate({
    level: "notice",
    title: "Not in the wheel",
    message: `The wheel's top_level.txt lists ${names2}, but the wheel holds no module or package of that name (setuptools lists every folder its package finder found, such as one of images or docs), so the wheel test imports ${imported.join(", ") || "nothing"} only. To keep ${names2} out of top_level.txt, exclude it in [tool.setuptools.packages.find] exclude (or find_packages(exclude=\u2026)).`
  });
}
function refused(what, problems, titles) {
  for (const problem of problems)
    annotate({ level: "error", title: problem.title, message: problem.message });
  return new UserError(
    `${what} are not fit to publish (${titles.join(", ")}); see the annotations. Nothing was published.`,
    "Artifacts refused"
  );
}
async function inspect(state) {
  const { context, inputs, validated, projectDir } = state;
  const { name } = validated;
  const version = validated.fromBuild ? void 0 : validated.version;
  const importName = inputs.importName || void 0;
  const expectLicense = await hasTopLevel(projectDir, /^(LICEN[CS]E|COPYING)/i);
  const readme = await readmeExpectation(validated.project, projectDir);
  const declaredLicenses = await licenseFiles(validated.project, projectDir);
  const buildFiles = validated.project.buildFiles.map((file) => path13.posix.basename(file));
  if (inputs.distDir) {
    const prebuilt = await inspectReleaseFiles({
      distDir: inputs.distDir,
      projectDir,
      workspace: context.workspace,
      projectName: name,
      // Prebuilt files are never released untagged (Validate refuses that).
      version: validated.version,
      importName,
      expectLicense,
      licenseFiles: declaredLicenses,
      ...readme,
      buildFiles,
      requireSdist: inputs.requireSdist
    });
    for (const warning of prebuilt.warnings)
      annotate({ level: "warning", title: warning.title, message: warning.message });
    noteAbsentTopLevel(prebuilt.absentTopLevel, prebuilt.release?.importNames ?? []);
    if (!prebuilt.release) {
      const titles = [...new Set(prebuilt.problems.map((problem) => problem.title))];
      throw refused(`the files in dist-dir ${inputs.distDir}`, prebuilt.problems, titles);
    }
    return prebuilt.release;
  }
  const found = await inspectDist({
    distDir: buildDir(state),
    projectName: name,
    version,
    importName,
    expectLicense,
    licenseFiles: declaredLicenses,
    ...readme,
    buildFiles
  });
  for (const warning of found.warnings)
    annotate({ level: "warning", title: warning.title, message: warning.message });
  noteAbsentTopLevel(found.absentTopLevel, found.importNames);
  if (found.problems.length > 0 || !found.wheel || !found.sdist) {
    const titles = found.problems.map((problem) => problem.title);
    throw refused("the built artifacts", found.problems, titles);
  }
  return {
    wheel: found.wheel,
    sdist: found.sdist,
    files: [found.sdist, found.wheel],
    importNames: found.importNames,
    builtVersion: found.version ?? validated.version,
    fromFolders: void 0
  };
}
var inspectArtifacts = releaseStep({
  name: "Inspect artifacts",
  sideEffect: false,
  reads: ["validated", "projectDir"],
  writes: ["inspection", "validated"],
  async run(state) {
    const found = await inspect(state);
    state.inspection = found;
    const { validated } = state;
    if (validated.fromBuild) state.validated = { ...validated, version: found.builtVersion };
    return found.files.map((artifact) => artifact.filename).join(", ");
  }
});

// src/publish/lazy-upload.ts
var loadUploader = () => import("./upload-27BKBVED.js");

// src/provenance/github-attestation-plan.ts
var PERMISSIONS = "`permissions: id-token: write` and `attestations: write`";
function problemsOf(facts) {
  const problems = [];
  if (!facts.canRequestIdToken) {
    problems.push(
      `this job may not request an OIDC token, which the signing certificate is issued for: add ${PERMISSIONS} to the job`
    );
  }
  if (!facts.hasToken) {
    problems.push(
      "there is no github-token to store the attestation with: leave github-token at its default ${{ github.token }} (with `attestations: write`), or pass a token that has it"
    );
  }
  if (!facts.repository) {
    problems.push(
      "GITHUB_REPOSITORY is not set, so there is no repository to store the attestation in"
    );
  }
  if (facts.visibility !== "public") {
    problems.push(
      facts.visibility === void 0 ? "the event payload does not say the repository is public, and pyrelease signs with public-good Sigstore, whose transparency log anyone can read" : `the repository is ${facts.visibility}, and pyrelease signs with public-good Sigstore, whose transparency log anyone can read: it would publish the repository's name, workflow and commit. For a private repository on GitHub Enterprise Cloud use actions/attest-build-provenance, which signs with GitHub's own Sigstore instance`
    );
  }
  if (facts.missingEnv.length > 0) {
    problems.push(
      `the provenance is made of runner variables, and ${facts.missingEnv.join(", ")} ${facts.missingEnv.length === 1 ? "is" : "are"} not set`
    );
  }
  return problems;
}
function decideGithubAttestations(facts) {
  if (!facts.enabled) return { attest: false, problems: [] };
  if (facts.dryRun && !facts.onRunner) return { attest: true, problems: [] };
  const problems = problemsOf(facts);
  if (facts.dryRun) return { attest: true, problems };
  if (problems.length > 0) {
    throw new UserError(
      `attestations asks for github, but ${problems.join("; and ")}. Nothing was uploaded. Or leave github out of attestations to release without the attestation.`,
      "GitHub attestation impossible"
    );
  }
  return { attest: true, problems: [] };
}
function describeGithubAttestation(filenames, repository, problems = []) {
  const where = repository ? `${repository}'s attestations` : "the repository's attestations";
  const refusal = problems.length ? ` (a real run would stop: ${problems.join("; ")})` : "";
  return `sign one GitHub build-provenance attestation (SLSA v1) for ${filenames.join(", ")} with Sigstore, as this workflow, and store it in ${where}${refusal}`;
}
var FENCE2 = "```";
function githubAttestationNotes(filenames, repository) {
  return [
    "## Verifying",
    "",
    `The files of this release have a GitHub build-provenance attestation: a signed statement that this repository's release workflow built them. Check a download with the [GitHub CLI](https://cli.github.com/):`,
    "",
    `${FENCE2}bash`,
    ...filenames.map((filename) => `gh attestation verify ${filename} --repo ${repository}`),
    FENCE2
  ].join("\n");
}

// src/provenance/slsa-statement.ts
var SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
var GITHUB_WORKFLOW_BUILD_TYPE = "https://actions.github.io/buildtypes/workflow/v1";
var PROVENANCE_ENV = [
  "GITHUB_SERVER_URL",
  "GITHUB_REPOSITORY",
  "GITHUB_REPOSITORY_ID",
  "GITHUB_REPOSITORY_OWNER_ID",
  "GITHUB_WORKFLOW_REF",
  "GITHUB_REF",
  "GITHUB_SHA",
  "GITHUB_EVENT_NAME",
  "RUNNER_ENVIRONMENT",
  "GITHUB_RUN_ID",
  "GITHUB_RUN_ATTEMPT"
];
function missingProvenanceEnv(env) {
  return PROVENANCE_ENV.filter((name) => !env[name]);
}
function provenanceFacts(env, claims = {}) {
  const missing = missingProvenanceEnv(env);
  if (missing.length > 0) {
    throw new Error(
      `the runner's ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not set`
    );
  }
  const value = (name) => env[name];
  const workflowRef = value("GITHUB_WORKFLOW_REF");
  return {
    serverUrl: value("GITHUB_SERVER_URL").replace(/\/+$/, ""),
    repository: value("GITHUB_REPOSITORY"),
    repositoryId: value("GITHUB_REPOSITORY_ID"),
    repositoryOwnerId: value("GITHUB_REPOSITORY_OWNER_ID"),
    workflowRef,
    jobWorkflowRef: typeof claims.job_workflow_ref === "string" && claims.job_workflow_ref !== "" ? claims.job_workflow_ref : workflowRef,
    ref: value("GITHUB_REF"),
    sha: value("GITHUB_SHA"),
    eventName: value("GITHUB_EVENT_NAME"),
    runnerEnvironment: value("RUNNER_ENVIRONMENT"),
    runId: value("GITHUB_RUN_ID"),
    runAttempt: value("GITHUB_RUN_ATTEMPT")
  };
}
function splitWorkflowRef(workflowRef, repository) {
  const relative2 = workflowRef.startsWith(`${repository}/`) ? workflowRef.slice(repository.length + 1) : workflowRef;
  const at = relative2.indexOf("@");
  return at < 0 ? { path: relative2, ref: "" } : { path: relative2.slice(0, at), ref: relative2.slice(at + 1) };
}
function provenancePredicate(facts) {
  const repoUrl = `${facts.serverUrl}/${facts.repository}`;
  const workflow = splitWorkflowRef(facts.workflowRef, facts.repository);
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: {
        workflow: { ref: workflow.ref, repository: repoUrl, path: workflow.path }
      },
      internalParameters: {
        github: {
          event_name: facts.eventName,
          repository_id: facts.repositoryId,
          repository_owner_id: facts.repositoryOwnerId,
          runner_environment: facts.runnerEnvironment
        }
      },
      resolvedDependencies: [
        { uri: `git+${repoUrl}@${facts.ref}`, digest: { gitCommit: facts.sha } }
      ]
    },
    runDetails: {
      builder: { id: `${facts.serverUrl}/${facts.jobWorkflowRef}` },
      metadata: {
        invocationId: `${repoUrl}/actions/runs/${facts.runId}/attempts/${facts.runAttempt}`
      }
    }
  };
}
var SHA256_HEX = /^[0-9a-f]{64}$/;
function provenanceSubjects(files) {
  const subjects = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (file.filename === "" || /[\\/]/.test(file.filename)) {
      throw new Error(`a subject is a bare filename, not ${JSON.stringify(file.filename)}`);
    }
    const sha256 = file.sha256.toLowerCase();
    if (!SHA256_HEX.test(sha256)) {
      throw new Error(`the sha256 of ${file.filename} is not 64 hex digits: ${file.sha256}`);
    }
    const seen = subjects.get(file.filename);
    if (seen !== void 0 && seen !== sha256) {
      throw new Error(`${file.filename} is given twice with different sha256 (${seen}, ${sha256})`);
    }
    subjects.set(file.filename, sha256);
  }
  if (subjects.size === 0) throw new Error("an attestation needs at least one file");
  return [...subjects].map(([name, sha256]) => ({ name, digest: { sha256 } }));
}
function provenanceStatement(files, facts) {
  return Buffer.from(
    JSON.stringify({
      _type: STATEMENT_TYPE,
      subject: provenanceSubjects(files),
      predicateType: SLSA_PROVENANCE_V1,
      predicate: provenancePredicate(facts)
    }),
    "utf8"
  );
}

// src/github/lazy-attestation-store.ts
var loadAttestationStore = () => import("./attestation-store-IHCNTKNY.js");

// src/provenance/github-attestation.ts
function payloadVisibility(env = process.env) {
  const payload = readEventPayloadQuietly(env);
  const repository = payload?.repository;
  if (typeof repository?.visibility === "string") return repository.visibility;
  if (typeof repository?.private === "boolean") return repository.private ? "private" : "public";
  return void 0;
}
function preflightGithubAttestations(inputs, context, files, env = process.env) {
  const decision = decideGithubAttestations({
    enabled: inputs.githubAttestations,
    dryRun: inputs.dryRun,
    onRunner: env.GITHUB_ACTIONS === "true",
    canRequestIdToken: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL),
    hasToken: inputs.githubToken !== "",
    repository: context.repository || void 0,
    visibility: payloadVisibility(env),
    missingEnv: missingProvenanceEnv(env)
  });
  if (!decision.attest) return { options: void 0, dryRunPlan: void 0, notes: void 0 };
  const filenames = files.map((file) => file.filename);
  const notes = context.repository ? githubAttestationNotes(filenames, context.repository) : void 0;
  if (inputs.dryRun) {
    return {
      options: void 0,
      dryRunPlan: describeGithubAttestation(filenames, context.repository, decision.problems),
      notes
    };
  }
  return {
    options: {
      repository: context.repository,
      apiUrl: context.apiUrl,
      serverUrl: context.serverUrl,
      token: inputs.githubToken,
      env
    },
    dryRunPlan: void 0,
    notes
  };
}
async function runGithubAttestation(files, options2) {
  const env = options2.env ?? process.env;
  const getIdToken = options2.getIdToken ?? (async (audience) => (await loadIdToken()).requestIdToken(audience));
  const { signInTotoStatement, sigstoreEndpoints } = await import("./sign-G3D34UTD.js");
  const endpoints = sigstoreEndpoints(env);
  let token;
  const identityToken = () => token ??= getIdToken("sigstore").then((value) => {
    setSecret(value);
    return value;
  });
  let bundle;
  try {
    const facts = provenanceFacts(env, decodeClaims(await identityToken()));
    bundle = await signInTotoStatement(provenanceStatement(files, facts), {
      endpoints,
      identityToken
    });
  } catch (error) {
    throw new UserError(
      `Signing the GitHub build-provenance attestation of ${files.map((file) => file.filename).join(", ")} with Sigstore (${endpoints.fulcioUrl}, ${endpoints.rekorUrl}) failed: ${error.message}. Nothing was stored; run the job again, or leave github out of attestations.`,
      "GitHub attestation failed"
    );
  }
  const { storeAttestation } = await loadAttestationStore();
  const { id } = await storeAttestation(bundle, {
    apiUrl: options2.apiUrl,
    repository: options2.repository,
    token: options2.token
  });
  const url = `${options2.serverUrl.replace(/\/+$/, "")}/${options2.repository}/attestations/${id}`;
  info(
    `Stored the GitHub build-provenance attestation of ${files.length} file${files.length === 1 ? "" : "s"}: ${url}`
  );
  return { id, url };
}

// src/release/steps/publish-step.ts
var attestationPlan = releaseStep({
  name: "Attestations",
  sideEffect: false,
  reads: ["twine", "inspection"],
  writes: ["attestations", "attest", "githubAttest"],
  async run(state) {
    const { inputs, targets, context } = state;
    const decision = await preflightAttestations(
      inputs,
      targets.map((target) => ({ label: target.index.label, trusted: !target.token })),
      state.twine
    );
    for (const warning of decision.warnings)
      annotate({ level: "warning", title: "No attestations", message: warning });
    state.attestations = decision;
    if (decision.attest.some(Boolean)) state.attest = attestor();
    const github = preflightGithubAttestations(inputs, context, state.inspection.files);
    state.githubAttest = github;
    const pep740 = inputs.publish ? targets.map((target, i) => `${target.index.label}: ${decision.attest[i] ? "PEP 740" : "none"}`).join(", ") : "none: publish is false";
    return github.options || github.dryRunPlan ? `${pep740}; GitHub provenance` : pep740;
  }
});
var githubAttestation = releaseStep({
  name: "GitHub attestation",
  sideEffect: true,
  reads: ["githubAttest", "inspection"],
  note: ({ githubAttest }) => githubAttest.options ? void 0 : { status: "skipped", detail: "attestations without github" },
  async run(state) {
    const { options: options2 } = state.githubAttest;
    if (!options2) throw new Error("Step graph: GitHub attestation ran without its options");
    const made = await runGithubAttestation(state.inspection.files, options2);
    return made.url ?? `attestation ${made.id}`;
  }
});
function publishToIndex(target, position) {
  return releaseStep({
    name: `Publish to ${target.index.label}`,
    sideEffect: true,
    reads: ["validated", "inspection", "attestations", "twine"],
    mayRead: ["attest", "published"],
    writes: ["published", "pypiUrl"],
    async run(state) {
      const { name, version } = state.validated;
      const files = state.inspection.files.map((artifact) => ({
        filename: artifact.filename,
        path: artifact.path,
        sha256: artifact.sha256
      }));
      const attest = state.attestations.attest[position];
      const { publishTo } = await loadUploader();
      const done = await publishTo(
        state.twine,
        target,
        { name, version },
        files,
        attest ? state.attest : void 0,
        annotate
      );
      state.published = new Map([...state.published ?? [], [target.index.label, done]]);
      if (position === state.targets.length - 1)
        state.pypiUrl = projectPageUrl(target.index, name, version);
      return [
        done.uploaded.length ? `uploaded ${done.uploaded.join(", ")}` : "",
        done.skipped.length ? `already there: ${done.skipped.join(", ")}` : ""
      ].filter(Boolean).join("; ");
    }
  });
}
function installFromIndex(target) {
  return releaseStep({
    name: `Install from ${target.index.label}`,
    sideEffect: true,
    reads: ["validated", "inspection", "published"],
    async run(state) {
      const { validated, inspection, published } = state;
      const { name, version } = validated;
      const uploaded = published.get(target.index.label);
      if (!uploaded)
        throw new Error(`Step graph: no upload to ${target.index.label} before its install`);
      const tested = await testWheel({
        builder: "build",
        python: state.inputs.python,
        uvPath: void 0,
        wheel: inspection.wheel.path,
        projectName: name,
        importNames: inspection.importNames,
        version,
        smokeTest: "",
        fromIndex: simpleIndexUrl(uploaded.index)
      });
      return `${name}==${tested.installedVersion}`;
    }
  });
}

// src/publish/lazy-landing.ts
var loadLanding = () => import("./landing-Q4LO25FK.js");

// src/release/verify-files.ts
function releaseDigests(draft) {
  const digests = /* @__PURE__ */ new Map();
  for (const asset of [...draft?.release.assets ?? [], ...draft?.uploaded ?? []])
    digests.set(asset.name, githubSha256(asset.digest));
  for (const name of draft?.plan.assets.blocked ?? []) digests.delete(name);
  return digests;
}
var RERUN = "run the release again: it skips the files the index has, checks them again";
function landingError(landing, local, github, stop) {
  const { indexLabel: label } = stop;
  if (landing.kind === "missing") {
    const seconds2 = Math.round(landing.waitedMs / 1e3);
    return new UserError(
      `${label} accepted the upload, but after ${seconds2} s it does not list and serve ${landing.missing.join(", ")} with the sha256 built here${landing.problem ? ` (last: ${landing.problem})` : ""}. ${stop.draftNote} Check ${stop.pageUrl}; once the files are there, ${RERUN} and completes the release.`,
      "Upload not visible on the index"
    );
  }
  const digests = {
    filename: landing.filename,
    local: local.get(landing.filename) ?? "?",
    index: landing.sha256,
    github: github.has(landing.filename) ? github.get(landing.filename) : void 0
  };
  const how = landing.kind === "listed" ? "lists" : `serves (${landing.url ?? "?"})`;
  return new UserError(
    `${landing.filename} is not the file built here: ${label} ${how} other content under its name.
  ${describeDigests(digests, label)}
${stop.draftNote} An index never lets a file be replaced: find out what uploaded the other file, yank ${stop.version} on ${label} (${stop.pageUrl}) and release a new version (for example ${stop.version}.post1).`,
    "Released files differ"
  );
}
function assetError(files, stop) {
  const differs = firstDisagreement(files);
  if (!differs) return void 0;
  return new UserError(
    `${differs.filename} is not the same in the three places it is kept:
  ${describeDigests(differs, stop.indexLabel)}
${stop.draftNote} The GitHub release asset differs from the file built here and on ${stop.indexLabel}: ${RERUN}, replaces the draft's asset and publishes the release.`,
    "Released files differ"
  );
}

// src/release/steps/verify-step.ts
function verifyOnIndex(target) {
  const { index } = target;
  return releaseStep({
    name: `Verify on ${index.label}`,
    sideEffect: true,
    reads: ["validated", "inspection", "published"],
    mayRead: ["draft"],
    writes: ["landed"],
    async run(state) {
      const { name, version, tag } = state.validated;
      const files = state.inspection.files.map((artifact) => ({
        filename: artifact.filename,
        path: artifact.path,
        sha256: artifact.sha256.toLowerCase(),
        size: artifact.size
      }));
      const github = state.inputs.attachDist ? releaseDigests(state.draft) : /* @__PURE__ */ new Map();
      const stop = {
        indexLabel: index.label,
        version,
        pageUrl: projectPageUrl(index, name, version),
        draftNote: !state.draft ? "No GitHub release was made." : state.draft.release.draft ? `The GitHub release ${tag} was left a draft.` : `The GitHub release ${tag} was published before this run and not changed further.`
      };
      const { awaitLanding } = await loadLanding();
      const schedule = pollScheduleFromEnvironment(process.env);
      const landing = await awaitLanding(index, { name, version }, files, schedule);
      const local = new Map(files.map((file) => [file.filename, file.sha256]));
      if (!landing.ok) throw landingError(landing, local, github, stop);
      const verified = landing.files.map((file) => ({
        filename: file.filename,
        local: local.get(file.filename),
        index: file.sha256,
        url: file.url,
        ...github.has(file.filename) && { github: github.get(file.filename) }
      }));
      const differs = assetError(verified, stop);
      if (differs) throw differs;
      state.landed = { indexLabel: index.label, files: verified };
      const compared = verified.filter((file) => typeof file.github === "string").length;
      const looks = landing.looks > 1 ? ` (listed at look ${landing.looks})` : "";
      return `${verified.length} files listed and served with the sha256 built here${looks}${compared ? `; GitHub's digests agree for ${compared}` : ""}`;
    }
  });
}

// src/run/repository-code.ts
function hasCredentials(url) {
  try {
    const parsed = new URL(url);
    return Boolean(parsed.username || parsed.password);
  } catch {
    return false;
  }
}
function publishingSecrets(inputs, env) {
  const secrets = [];
  if (inputs.pypiToken) secrets.push("pypi-token");
  if (inputs.testpypi && inputs.testpypiToken) secrets.push("testpypi-token");
  if (hasCredentials(inputs.repositoryUrl)) secrets.push("repository-url (its password)");
  if (inputs.indexUrl && hasCredentials(inputs.indexUrl)) secrets.push("index-url (its password)");
  if (inputs.testpypi && hasCredentials(inputs.testpypiUrl))
    secrets.push("testpypi-url (its password)");
  if (env.ACTIONS_ID_TOKEN_REQUEST_TOKEN || env.ACTIONS_ID_TOKEN_REQUEST_URL)
    secrets.push("the id-token (trusted publishing)");
  return secrets;
}
function mayRunRepositoryCode(given) {
  if (given.mode === "publish")
    return { allowed: false, reason: "mode: publish runs no repository code" };
  if (given.secrets.length > 0)
    return {
      allowed: false,
      reason: `this job holds ${given.secrets.join(", ")}, which the package's code could read`
    };
  return { allowed: true };
}

// src/release/steps/push-step.ts
var pushBumpStep = releaseStep({
  name: "Push",
  sideEffect: true,
  writes: ["pushed"],
  async run(state) {
    if (!state.landing) throw new Error("Step graph: Push is declared without a bump");
    const pushed = await pushBump(state.context.workspace, state.landing);
    state.pushed = true;
    return `pushed ${pushed}`;
  }
});

// src/publish/lazy-index-state.ts
var loadIndexState = () => import("./index-state-TM2BWFRQ.js");

// src/pypi-rules/entry-points.ts
function entryPointProblem(text2) {
  const parsed = parseIni(text2);
  if (typeof parsed === "string") return parsed;
  const defaults = parsed.get("DEFAULT") ?? [];
  for (const section of ["console_scripts", "gui_scripts"]) {
    const names2 = parsed.get(section);
    if (!names2) continue;
    for (const name of [...names2, ...defaults]) {
      if (!SCRIPT_NAME.test(name)) {
        return `invalid entry point name ${JSON.stringify(name)} in [${section}] (expected letters, digits, "_", "." and "-" only: a script name cannot hold a path)`;
      }
    }
  }
  return void 0;
}
var SCRIPT_NAME = /^[\p{L}\p{N}_.-]+$/u;
var COMMENT2 = /^[#;]/;
var SECTION = /^\[(.+)\]/;
function parseIni(text2) {
  const sections = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  let section;
  let option2;
  let indent = Number.MAX_SAFE_INTEGER;
  const lines = text2.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const at = `line ${index + 1}`;
    const value = line.trim();
    if (value === "" || COMMENT2.test(value)) continue;
    const lineIndent = line.length - line.trimStart().length;
    if (section !== void 0 && option2 !== void 0 && lineIndent > indent) continue;
    indent = lineIndent;
    const header = SECTION.exec(value);
    if (header) {
      const name2 = header[1];
      if (name2 !== "DEFAULT" && seen.has(`[${name2}`))
        return `${at}: section [${name2}] appears twice`;
      if (name2 !== "DEFAULT") seen.add(`[${name2}`);
      if (!sections.has(name2)) sections.set(name2, []);
      section = name2;
      option2 = void 0;
      continue;
    }
    if (section === void 0) return `${at}: ${JSON.stringify(line)} comes before any [section]`;
    const equals = value.indexOf("=");
    const name = equals < 0 ? "" : value.slice(0, equals).trimEnd();
    if (name === "") return `${at}: ${JSON.stringify(line)} is not "name = value"`;
    if (seen.has(`${section}
${name}`)) return `${at}: ${name} appears twice in [${section}]`;
    seen.add(`${section}
${name}`);
    sections.get(section).push(name);
    option2 = name;
  }
  return sections;
}

// src/pypi-rules/archive-rules.ts
var MIB = 1024 * 1024;
var COMPRESSION_RATIO_MIN_SIZE = 64 * MIB;
var COMPRESSION_RATIO_THRESHOLD = 50;
var METHOD_NAMES = {
  1: "shrink",
  6: "implode",
  9: "deflate64",
  12: "bzip2",
  14: "LZMA",
  93: "zstandard",
  95: "xz",
  98: "PPMd"
};
var SHOWN = 5;
function some(names2) {
  const shown = names2.slice(0, SHOWN).join(", ");
  return names2.length > SHOWN ? `${shown} and ${names2.length - SHOWN} more` : shown;
}
function megabytes(bytes) {
  return `${(bytes / MIB).toFixed(1)} MiB`;
}
function compressionRatioRefusal(facts, entries) {
  const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
  const ratio = unpacked / Math.max(facts.size, 1);
  if (unpacked <= COMPRESSION_RATIO_MIN_SIZE || ratio <= COMPRESSION_RATIO_THRESHOLD) {
    return void 0;
  }
  return refuse(
    "compressionRatio",
    facts.filename,
    `${facts.filename} unpacks to ${megabytes(unpacked)} from ${megabytes(facts.size)}, a ratio of ${ratio.toFixed(0)}; PyPI refuses an archive that unpacks to more than 64 MiB at a ratio above ${COMPRESSION_RATIO_THRESHOLD} as a decompression bomb ("File exceeds compression ratio of ${COMPRESSION_RATIO_THRESHOLD}"). Find what compresses so well (padding, zero-filled data, generated files) and leave it out of the wheel, or generate it at run time.`
  );
}
function compressionMethodRefusal(facts, entries) {
  const odd = entries.filter(
    (entry) => entry.method !== void 0 && entry.method !== 0 && entry.method !== 8
  );
  if (odd.length === 0) return void 0;
  const described = odd.map(
    (entry) => `${entry.name} (${METHOD_NAMES[entry.method] ?? `method ${entry.method}`})`
  );
  return refuse(
    "compressionMethod",
    facts.filename,
    `${facts.filename} holds entries compressed other than stored or deflate: ${some(described)}; PyPI refuses it ("File does not use a supported compression type"), and pip could not unpack it either. Rebuild the wheel with the build backend (python -m build --wheel), or recompress it with Python's zipfile and ZIP_DEFLATED.`
  );
}
function sparseRefusal(facts, entries) {
  const sparse = entries.filter((entry) => entry.kind === "sparse").map((entry) => entry.name);
  if (sparse.length === 0) return void 0;
  return refuse(
    "sparse",
    facts.filename,
    `${facts.filename} holds sparse members (a GNU tar extension): ${some(sparse)}; PyPI refuses them ("tar archive not accepted: Sparse members are not allowed"). Build the sdist with the build backend (python -m build --sdist), which writes plain members, rather than with GNU tar --sparse.`
  );
}
function utf8(data) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    return void 0;
  }
}
var CSV_FIELD_LIMIT = 131072;
function wheelMembersRefusals(facts, entries) {
  const { filename } = facts;
  const distInfo = warehouseDistInfo(filename);
  if (distInfo === void 0) {
    return [
      refuse(
        "wheelFile",
        filename,
        `${filename} does not split into name and version ("Unable to parse name and version from wheel filename"). Name it {name}-{version}-{python}-{abi}-{platform}.whl, as build backends do.`
      )
    ];
  }
  const names2 = new Set(entries.map((entry) => entry.name));
  const refusals = [];
  if (!names2.has(`${distInfo}/WHEEL`)) {
    refusals.push(
      refuse(
        "wheelFile",
        filename,
        `${filename} has no ${distInfo}/WHEEL ("WHEEL not found at ${distInfo}/WHEEL"); PyPI refuses it. The dist-info folder must be named like the file's first two parts; rebuild the wheel (python -m build --wheel) rather than renaming or repacking it.`
      )
    );
  }
  const record = facts.record === void 0 ? void 0 : utf8(facts.record);
  const tooLong = record?.split(/\r\n|\r|\n/).some((line) => line.length > CSV_FIELD_LIMIT);
  if (record === void 0 || tooLong) {
    const found = facts.record === void 0 ? "is missing" : tooLong ? "has a line too long to parse" : "is not UTF-8";
    refusals.push(
      refuse(
        "record",
        filename,
        `${filename}: ${distInfo}/RECORD ${found}; PyPI refuses a wheel without a readable RECORD ("Wheel '${filename}' does not contain the required RECORD file"). Rebuild the wheel with the build backend; a tool that edits a wheel must rewrite RECORD (wheel pack, auditwheel and delocate do).`
      )
    );
  }
  if (facts.entryPoints !== void 0) {
    const text2 = utf8(facts.entryPoints);
    const problem = text2 === void 0 ? "it is not UTF-8" : entryPointProblem(text2);
    if (problem) {
      refusals.push(
        refuse(
          "entryPoints",
          filename,
          `${filename}: ${distInfo}/entry_points.txt: ${problem}; PyPI refuses the wheel ("has invalid entry points defined in the entry_points.txt file"). Fix [project.scripts] / [project.gui-scripts] / [project.entry-points] (or entry_points in setup.py): names of letters, digits, "_", "." and "-" only, and rebuild.`
        )
      );
    }
  }
  return refusals;
}
function archiveRefusals(facts) {
  const { entries } = facts;
  if (!entries) return [];
  if (facts.type === "sdist") return [sparseRefusal(facts, entries)].filter(isRefusal);
  return [
    compressionRatioRefusal(facts, entries),
    compressionMethodRefusal(facts, entries),
    ...wheelMembersRefusals(facts, entries)
  ].filter(isRefusal);
}
function isRefusal(value) {
  return value !== void 0;
}

// src/pypi-rules/index-rules.ts
var MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS = 14;
var DAY_MS = 24 * 60 * 60 * 1e3;
function nextPostRelease(version) {
  const post = /^(.*)\.post(\d+)$/.exec(version);
  return post ? `${post[1]}.post${Number(post[2]) + 1}` : `${version}.post1`;
}
function ageRefusal(state, added, version, now) {
  const times = state.release.flatMap(
    (file) => file.uploadedAt === void 0 ? [] : [file.uploadedAt]
  );
  if (added.length === 0 || times.length === 0) return void 0;
  const created = Math.min(...times);
  const days = (now - created) / DAY_MS;
  if (days <= MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS) return void 0;
  return refuse(
    "releaseAge",
    added[0],
    `${state.label} has had ${version} since ${new Date(created).toISOString().slice(0, 10)} (${Math.floor(days)} days ago) and refuses new files for releases older than ${MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS} days ("Uploading new files to releases older than ${MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS} days is not allowed."); ${added.join(", ")} would be new. Nothing was uploaded. Release the same code as ${nextPostRelease(version)} (or a new version) with every file, instead of adding files to ${version}.`
  );
}
function sdistRefusal(state, added) {
  const there = state.release.find((file) => file.sdist);
  const adding = added.find((file) => file.sdist);
  if (!there || !adding) return void 0;
  return refuse(
    "oneSdist",
    adding.filename,
    `${state.label} already has the sdist ${there.filename} for this release, and takes one sdist per release ("Only one sdist may be uploaded per release."); ${adding.filename} would be a second. Upload the wheels only (leave the sdist out of the dist folder), or release a new version.`
  );
}
function statusRefusal(state, project) {
  const status = state.projectStatus;
  if (status !== "archived" && status !== "quarantined") return void 0;
  const reason2 = state.projectStatusReason ? ` (${state.projectStatusReason})` : "";
  const what = status === "archived" ? `an owner archived it, and an archived project takes no uploads. If ${project} is maintained again, an owner unarchives it in its settings on ${state.label} (https://pypi.org/help/#archived-project)` : `PyPI's administrators quarantined it, and a quarantined project takes no uploads from trusted publishers and installs nothing. Contact PyPI's administrators (https://pypi.org/help/#project_in_quarantine) to have it reviewed`;
  return refuse(
    "projectStatus",
    project,
    `${state.label} marks ${project} as ${status}${reason2} (PEP 792): ${what}. Nothing was uploaded.`
  );
}
function indexRefusals(state, files, project, version, now) {
  const there = new Set(state.release.map((file) => file.filename));
  const added = files.filter((file) => !there.has(file.filename));
  return [
    statusRefusal(state, project),
    ageRefusal(
      state,
      added.map((file) => file.filename),
      version,
      now
    ),
    sdistRefusal(state, added)
  ].filter((refusal) => refusal !== void 0);
}

// src/pypi-rules/license-file-rules.ts
function commonPath(names2) {
  const split2 = names2.map((name) => name.split("/").filter((part) => part !== "" && part !== "."));
  if (split2.length === 0) return "";
  const first = split2[0];
  let length = first.length;
  for (const parts2 of split2) {
    let same = 0;
    while (same < Math.min(length, parts2.length) && parts2[same] === first[same]) same++;
    length = same;
  }
  return first.slice(0, length).join("/");
}
function licenseFileRefusals(facts) {
  const meta = facts.metadata;
  if (!meta || !facts.entries || /^(1\.|2\.[0-3]$)/.test(meta.metadataVersion)) return [];
  const declared = meta.fields.get("license-file") ?? [];
  if (declared.length === 0) return [];
  const names2 = new Set(facts.entries.map((entry) => entry.name.replace(/^\.\//, "")));
  const folder2 = facts.type === "wheel" ? `${warehouseDistInfo(facts.filename) ?? ""}/licenses` : commonPath([...names2]);
  return declared.flatMap((file) => {
    const at = folder2 ? `${folder2}/${file}` : file;
    if (names2.has(at)) return [];
    return [
      refuse(
        "licenseFile",
        facts.filename,
        `${meta.where} names License-File: ${file}, which is not in ${facts.filename} at ${at}; PyPI refuses it ("License-File ${file} does not exist in distribution file ${facts.filename} at ${at}"). Include the file (license-files in [project] names files that exist, relative to pyproject.toml) and rebuild with a build backend that copies them (hatchling 1.27+, setuptools 77+).`
      )
    ];
  });
}

// src/pypi-rules/trove-classifiers.json
var trove_classifiers_default = {
  package: "trove-classifiers",
  version: "2026.9.21.13",
  classifiers: [
    "Development Status :: 1 - Planning",
    "Development Status :: 2 - Pre-Alpha",
    "Development Status :: 3 - Alpha",
    "Development Status :: 4 - Beta",
    "Development Status :: 5 - Production/Stable",
    "Development Status :: 6 - Mature",
    "Development Status :: 7 - Inactive",
    "Environment :: Console",
    "Environment :: Console :: Curses",
    "Environment :: Console :: Framebuffer",
    "Environment :: Console :: Newt",
    "Environment :: Console :: svgalib",
    "Environment :: Cygwin (MS Windows)",
    "Environment :: GPU",
    "Environment :: GPU :: NVIDIA CUDA",
    "Environment :: GPU :: NVIDIA CUDA :: 1.0",
    "Environment :: GPU :: NVIDIA CUDA :: 1.1",
    "Environment :: GPU :: NVIDIA CUDA :: 10.0",
    "Environment :: GPU :: NVIDIA CUDA :: 10.1",
    "Environment :: GPU :: NVIDIA CUDA :: 10.2",
    "Environment :: GPU :: NVIDIA CUDA :: 11",
    "Environment :: GPU :: NVIDIA CUDA :: 11.0",
    "Environment :: GPU :: NVIDIA CUDA :: 11.1",
    "Environment :: GPU :: NVIDIA CUDA :: 11.2",
    "Environment :: GPU :: NVIDIA CUDA :: 11.3",
    "Environment :: GPU :: NVIDIA CUDA :: 11.4",
    "Environment :: GPU :: NVIDIA CUDA :: 11.5",
    "Environment :: GPU :: NVIDIA CUDA :: 11.6",
    "Environment :: GPU :: NVIDIA CUDA :: 11.7",
    "Environment :: GPU :: NVIDIA CUDA :: 11.8",
    "Environment :: GPU :: NVIDIA CUDA :: 12",
    "Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.0",
    "Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.1",
    "Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.2",
    "Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.3",
    "Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.4",
    "Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.5",
    "Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.6",
    "Environment :: GPU :: NVIDIA CUDA :: 13",
    "Environment :: GPU :: NVIDIA CUDA :: 2.0",
    "Environment :: GPU :: NVIDIA CUDA :: 2.1",
    "Environment :: GPU :: NVIDIA CUDA :: 2.2",
    "Environment :: GPU :: NVIDIA CUDA :: 2.3",
    "Environment :: GPU :: NVIDIA CUDA :: 3.0",
    "Environment :: GPU :: NVIDIA CUDA :: 3.1",
    "Environment :: GPU :: NVIDIA CUDA :: 3.2",
    "Environment :: GPU :: NVIDIA CUDA :: 4.0",
    "Environment :: GPU :: NVIDIA CUDA :: 4.1",
    "Environment :: GPU :: NVIDIA CUDA :: 4.2",
    "Environment :: GPU :: NVIDIA CUDA :: 5.0",
    "Environment :: GPU :: NVIDIA CUDA :: 5.5",
    "Environment :: GPU :: NVIDIA CUDA :: 6.0",
    "Environment :: GPU :: NVIDIA CUDA :: 6.5",
    "Environment :: GPU :: NVIDIA CUDA :: 7.0",
    "Environment :: GPU :: NVIDIA CUDA :: 7.5",
    "Environment :: GPU :: NVIDIA CUDA :: 8.0",
    "Environment :: GPU :: NVIDIA CUDA :: 9.0",
    "Environment :: GPU :: NVIDIA CUDA :: 9.1",
    "Environment :: GPU :: NVIDIA CUDA :: 9.2",
    "Environment :: Handhelds/PDA's",
    "Environment :: MacOS X",
    "Environment :: MacOS X :: Aqua",
    "Environment :: MacOS X :: Carbon",
    "Environment :: MacOS X :: Cocoa",
    "Environment :: No Input/Output (Daemon)",
    "Environment :: OpenStack",
    "Environment :: Other Environment",
    "Environment :: Plugins",
    "Environment :: Web Environment",
    "Environment :: Web Environment :: Buffet",
    "Environment :: Web Environment :: Mozilla",
    "Environment :: Web Environment :: ToscaWidgets",
    "Environment :: WebAssembly",
    "Environment :: WebAssembly :: Emscripten",
    "Environment :: WebAssembly :: WASI",
    "Environment :: Win32 (MS Windows)",
    "Environment :: X11 Applications",
    "Environment :: X11 Applications :: GTK",
    "Environment :: X11 Applications :: Gnome",
    "Environment :: X11 Applications :: KDE",
    "Environment :: X11 Applications :: Qt",
    "Framework :: AWS CDK",
    "Framework :: AWS CDK :: 1",
    "Framework :: AWS CDK :: 2",
    "Framework :: AiiDA",
    "Framework :: Ansible",
    "Framework :: AnyIO",
    "Framework :: Apache Airflow",
    "Framework :: Apache Airflow :: Provider",
    "Framework :: AsyncIO",
    "Framework :: BEAT",
    "Framework :: BFG",
    "Framework :: Bob",
    "Framework :: Bottle",
    "Framework :: Buildout",
    "Framework :: Buildout :: Extension",
    "Framework :: Buildout :: Recipe",
    "Framework :: CastleCMS",
    "Framework :: CastleCMS :: Theme",
    "Framework :: Celery",
    "Framework :: Chandler",
    "Framework :: CherryPy",
    "Framework :: CubicWeb",
    "Framework :: Dash",
    "Framework :: Datasette",
    "Framework :: Django",
    "Framework :: Django :: 1",
    "Framework :: Django :: 1.10",
    "Framework :: Django :: 1.11",
    "Framework :: Django :: 1.4",
    "Framework :: Django :: 1.5",
    "Framework :: Django :: 1.6",
    "Framework :: Django :: 1.7",
    "Framework :: Django :: 1.8",
    "Framework :: Django :: 1.9",
    "Framework :: Django :: 2",
    "Framework :: Django :: 2.0",
    "Framework :: Django :: 2.1",
    "Framework :: Django :: 2.2",
    "Framework :: Django :: 3",
    "Framework :: Django :: 3.0",
    "Framework :: Django :: 3.1",
    "Framework :: Django :: 3.2",
    "Framework :: Django :: 4",
    "Framework :: Django :: 4.0",
    "Framework :: Django :: 4.1",
    "Framework :: Django :: 4.2",
    "Framework :: Django :: 5",
    "Framework :: Django :: 5.0",
    "Framework :: Django :: 5.1",
    "Framework :: Django :: 5.2",
    "Framework :: Django :: 6",
    "Framework :: Django :: 6.0",
    "Framework :: Django :: 6.1",
    "Framework :: Django CMS",
    "Framework :: Django CMS :: 3.10",
    "Framework :: Django CMS :: 3.11",
    "Framework :: Django CMS :: 3.4",
    "Framework :: Django CMS :: 3.5",
    "Framework :: Django CMS :: 3.6",
    "Framework :: Django CMS :: 3.7",
    "Framework :: Django CMS :: 3.8",
    "Framework :: Django CMS :: 3.9",
    "Framework :: Django CMS :: 4.0",
    "Framework :: Django CMS :: 4.1",
    "Framework :: Django CMS :: 5.0",
    "Framework :: Django CMS :: 5.1",
    "Framework :: FastAPI",
    "Framework :: Flake8",
    "Framework :: Flask",
    "Framework :: Hatch",
    "Framework :: Hypothesis",
    "Framework :: IDLE",
    "Framework :: IPython",
    "Framework :: InvenTree",
    "Framework :: Jupyter",
    "Framework :: Jupyter :: JupyterLab",
    "Framework :: Jupyter :: JupyterLab :: 1",
    "Framework :: Jupyter :: JupyterLab :: 2",
    "Framework :: Jupyter :: JupyterLab :: 3",
    "Framework :: Jupyter :: JupyterLab :: 4",
    "Framework :: Jupyter :: JupyterLab :: Extensions",
    "Framework :: Jupyter :: JupyterLab :: Extensions :: Mime Renderers",
    "Framework :: Jupyter :: JupyterLab :: Extensions :: Prebuilt",
    "Framework :: Jupyter :: JupyterLab :: Extensions :: Themes",
    "Framework :: Kedro",
    "Framework :: Lektor",
    "Framework :: Litestar",
    "Framework :: Litestar :: 1",
    "Framework :: Litestar :: 2",
    "Framework :: Litestar :: 3",
    "Framework :: Masonite",
    "Framework :: Matplotlib",
    "Framework :: MkDocs",
    "Framework :: Nengo",
    "Framework :: Odoo",
    "Framework :: Odoo :: 10.0",
    "Framework :: Odoo :: 11.0",
    "Framework :: Odoo :: 12.0",
    "Framework :: Odoo :: 13.0",
    "Framework :: Odoo :: 14.0",
    "Framework :: Odoo :: 15.0",
    "Framework :: Odoo :: 16.0",
    "Framework :: Odoo :: 17.0",
    "Framework :: Odoo :: 18.0",
    "Framework :: Odoo :: 19.0",
    "Framework :: Odoo :: 20.0",
    "Framework :: Odoo :: 8.0",
    "Framework :: Odoo :: 9.0",
    "Framework :: OpenTelemetry",
    "Framework :: OpenTelemetry :: Distros",
    "Framework :: OpenTelemetry :: Exporters",
    "Framework :: OpenTelemetry :: Instrumentations",
    "Framework :: Opps",
    "Framework :: Paste",
    "Framework :: Pelican",
    "Framework :: Pelican :: Plugins",
    "Framework :: Pelican :: Themes",
    "Framework :: Plone",
    "Framework :: Plone :: 3.2",
    "Framework :: Plone :: 3.3",
    "Framework :: Plone :: 4.0",
    "Framework :: Plone :: 4.1",
    "Framework :: Plone :: 4.2",
    "Framework :: Plone :: 4.3",
    "Framework :: Plone :: 5.0",
    "Framework :: Plone :: 5.1",
    "Framework :: Plone :: 5.2",
    "Framework :: Plone :: 5.3",
    "Framework :: Plone :: 6.0",
    "Framework :: Plone :: 6.1",
    "Framework :: Plone :: 6.2",
    "Framework :: Plone :: 6.3",
    "Framework :: Plone :: Addon",
    "Framework :: Plone :: Core",
    "Framework :: Plone :: Distribution",
    "Framework :: Plone :: Theme",
    "Framework :: PySimpleGUI",
    "Framework :: PySimpleGUI :: 4",
    "Framework :: PySimpleGUI :: 5",
    "Framework :: Pycsou",
    "Framework :: Pydantic",
    "Framework :: Pydantic :: 1",
    "Framework :: Pydantic :: 2",
    "Framework :: Pylons",
    "Framework :: Pyodide",
    "Framework :: Pyramid",
    "Framework :: Pytest",
    "Framework :: Review Board",
    "Framework :: Robot Framework",
    "Framework :: Robot Framework :: Library",
    "Framework :: Robot Framework :: Tool",
    "Framework :: Scrapy",
    "Framework :: Setuptools Plugin",
    "Framework :: Sphinx",
    "Framework :: Sphinx :: Domain",
    "Framework :: Sphinx :: Extension",
    "Framework :: Sphinx :: Theme",
    "Framework :: Trac",
    "Framework :: Trio",
    "Framework :: Tryton",
    "Framework :: TurboGears",
    "Framework :: TurboGears :: Applications",
    "Framework :: TurboGears :: Widgets",
    "Framework :: Twisted",
    "Framework :: Wagtail",
    "Framework :: Wagtail :: 1",
    "Framework :: Wagtail :: 2",
    "Framework :: Wagtail :: 3",
    "Framework :: Wagtail :: 4",
    "Framework :: Wagtail :: 5",
    "Framework :: Wagtail :: 6",
    "Framework :: Wagtail :: 7",
    "Framework :: Wagtail :: 8",
    "Framework :: ZODB",
    "Framework :: Zope",
    "Framework :: Zope :: 2",
    "Framework :: Zope :: 3",
    "Framework :: Zope :: 4",
    "Framework :: Zope :: 5",
    "Framework :: Zope :: 6",
    "Framework :: Zope2",
    "Framework :: Zope3",
    "Framework :: aiohttp",
    "Framework :: cocotb",
    "Framework :: napari",
    "Framework :: tox",
    "Intended Audience :: Customer Service",
    "Intended Audience :: Developers",
    "Intended Audience :: Education",
    "Intended Audience :: End Users/Desktop",
    "Intended Audience :: Financial and Insurance Industry",
    "Intended Audience :: Healthcare Industry",
    "Intended Audience :: Information Technology",
    "Intended Audience :: Legal Industry",
    "Intended Audience :: Manufacturing",
    "Intended Audience :: Other Audience",
    "Intended Audience :: Religion",
    "Intended Audience :: Science/Research",
    "Intended Audience :: System Administrators",
    "Intended Audience :: Telecommunications Industry",
    "License :: Aladdin Free Public License (AFPL)",
    "License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication",
    "License :: CeCILL-B Free Software License Agreement (CECILL-B)",
    "License :: CeCILL-C Free Software License Agreement (CECILL-C)",
    "License :: DFSG approved",
    "License :: Eiffel Forum License (EFL)",
    "License :: Free For Educational Use",
    "License :: Free For Home Use",
    "License :: Free To Use But Restricted",
    "License :: Free for non-commercial use",
    "License :: Freely Distributable",
    "License :: Freeware",
    "License :: GUST Font License 1.0",
    "License :: GUST Font License 2006-09-30",
    "License :: Netscape Public License (NPL)",
    "License :: Nokia Open Source License (NOKOS)",
    "License :: OSI Approved",
    "License :: OSI Approved :: Academic Free License (AFL)",
    "License :: OSI Approved :: Apache Software License",
    "License :: OSI Approved :: Apple Public Source License",
    "License :: OSI Approved :: Artistic License",
    "License :: OSI Approved :: Attribution Assurance License",
    "License :: OSI Approved :: BSD License",
    "License :: OSI Approved :: Blue Oak Model License (BlueOak-1.0.0)",
    "License :: OSI Approved :: Boost Software License 1.0 (BSL-1.0)",
    "License :: OSI Approved :: CEA CNRS Inria Logiciel Libre License, version 2.1 (CeCILL-2.1)",
    "License :: OSI Approved :: CMU License (MIT-CMU)",
    "License :: OSI Approved :: Common Development and Distribution License 1.0 (CDDL-1.0)",
    "License :: OSI Approved :: Common Public License",
    "License :: OSI Approved :: Eclipse Public License 1.0 (EPL-1.0)",
    "License :: OSI Approved :: Eclipse Public License 2.0 (EPL-2.0)",
    "License :: OSI Approved :: Educational Community License, Version 2.0 (ECL-2.0)",
    "License :: OSI Approved :: Eiffel Forum License",
    "License :: OSI Approved :: European Union Public Licence 1.0 (EUPL 1.0)",
    "License :: OSI Approved :: European Union Public Licence 1.1 (EUPL 1.1)",
    "License :: OSI Approved :: European Union Public Licence 1.2 (EUPL 1.2)",
    "License :: OSI Approved :: GNU Affero General Public License v3",
    "License :: OSI Approved :: GNU Affero General Public License v3 or later (AGPLv3+)",
    "License :: OSI Approved :: GNU Free Documentation License (FDL)",
    "License :: OSI Approved :: GNU General Public License (GPL)",
    "License :: OSI Approved :: GNU General Public License v2 (GPLv2)",
    "License :: OSI Approved :: GNU General Public License v2 or later (GPLv2+)",
    "License :: OSI Approved :: GNU General Public License v3 (GPLv3)",
    "License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)",
    "License :: OSI Approved :: GNU Lesser General Public License v2 (LGPLv2)",
    "License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)",
    "License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)",
    "License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)",
    "License :: OSI Approved :: GNU Library or Lesser General Public License (LGPL)",
    "License :: OSI Approved :: Historical Permission Notice and Disclaimer (HPND)",
    "License :: OSI Approved :: IBM Public License",
    "License :: OSI Approved :: ISC License (ISCL)",
    "License :: OSI Approved :: MIT License",
    "License :: OSI Approved :: MIT No Attribution License (MIT-0)",
    "License :: OSI Approved :: MirOS License (MirOS)",
    "License :: OSI Approved :: Motosoto License",
    "License :: OSI Approved :: Mozilla Public License 1.0 (MPL)",
    "License :: OSI Approved :: Mozilla Public License 1.1 (MPL 1.1)",
    "License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)",
    "License :: OSI Approved :: Mulan Permissive Software License v2 (MulanPSL-2.0)",
    "License :: OSI Approved :: NASA Open Source Agreement v1.3 (NASA-1.3)",
    "License :: OSI Approved :: Nethack General Public License",
    "License :: OSI Approved :: Nokia Open Source License",
    "License :: OSI Approved :: Open Group Test Suite License",
    "License :: OSI Approved :: Open Software License 3.0 (OSL-3.0)",
    "License :: OSI Approved :: PostgreSQL License",
    "License :: OSI Approved :: Python License (CNRI Python License)",
    "License :: OSI Approved :: Python Software Foundation License",
    "License :: OSI Approved :: Qt Public License (QPL)",
    "License :: OSI Approved :: Ricoh Source Code Public License",
    "License :: OSI Approved :: SIL Open Font License 1.1 (OFL-1.1)",
    "License :: OSI Approved :: Sleepycat License",
    "License :: OSI Approved :: Sun Public License",
    "License :: OSI Approved :: The Unlicense (Unlicense)",
    "License :: OSI Approved :: Universal Permissive License (UPL)",
    "License :: OSI Approved :: University of Illinois/NCSA Open Source License",
    "License :: OSI Approved :: Vovida Software License 1.0",
    "License :: OSI Approved :: W3C License",
    "License :: OSI Approved :: Zero-Clause BSD (0BSD)",
    "License :: OSI Approved :: Zope Public License",
    "License :: OSI Approved :: zlib/libpng License",
    "License :: Other/Proprietary License",
    "License :: Public Domain",
    "License :: Repoze Public License",
    "Natural Language :: Afrikaans",
    "Natural Language :: Arabic",
    "Natural Language :: Armenian",
    "Natural Language :: Basque",
    "Natural Language :: Bengali",
    "Natural Language :: Bosnian",
    "Natural Language :: Bulgarian",
    "Natural Language :: Cantonese",
    "Natural Language :: Catalan",
    "Natural Language :: Catalan (Valencian)",
    "Natural Language :: Chinese (Simplified)",
    "Natural Language :: Chinese (Traditional)",
    "Natural Language :: Croatian",
    "Natural Language :: Czech",
    "Natural Language :: Danish",
    "Natural Language :: Dutch",
    "Natural Language :: English",
    "Natural Language :: Esperanto",
    "Natural Language :: Estonian",
    "Natural Language :: Finnish",
    "Natural Language :: French",
    "Natural Language :: Galician",
    "Natural Language :: Georgian",
    "Natural Language :: German",
    "Natural Language :: Greek",
    "Natural Language :: Hebrew",
    "Natural Language :: Hindi",
    "Natural Language :: Hungarian",
    "Natural Language :: Icelandic",
    "Natural Language :: Indonesian",
    "Natural Language :: Irish",
    "Natural Language :: Italian",
    "Natural Language :: Japanese",
    "Natural Language :: Javanese",
    "Natural Language :: Korean",
    "Natural Language :: Latin",
    "Natural Language :: Latvian",
    "Natural Language :: Lithuanian",
    "Natural Language :: Macedonian",
    "Natural Language :: Malay",
    "Natural Language :: Marathi",
    "Natural Language :: Nepali",
    "Natural Language :: Norwegian",
    "Natural Language :: Panjabi",
    "Natural Language :: Persian",
    "Natural Language :: Polish",
    "Natural Language :: Portuguese",
    "Natural Language :: Portuguese (Brazilian)",
    "Natural Language :: Romanian",
    "Natural Language :: Russian",
    "Natural Language :: Serbian",
    "Natural Language :: Slovak",
    "Natural Language :: Slovenian",
    "Natural Language :: Spanish",
    "Natural Language :: Swedish",
    "Natural Language :: Tamil",
    "Natural Language :: Telugu",
    "Natural Language :: Thai",
    "Natural Language :: Tibetan",
    "Natural Language :: Turkish",
    "Natural Language :: Ukrainian",
    "Natural Language :: Urdu",
    "Natural Language :: Vietnamese",
    "Natural Language :: Yiddish",
    "Operating System :: Android",
    "Operating System :: BeOS",
    "Operating System :: MacOS",
    "Operating System :: MacOS :: MacOS 9",
    "Operating System :: MacOS :: MacOS X",
    "Operating System :: Microsoft",
    "Operating System :: Microsoft :: MS-DOS",
    "Operating System :: Microsoft :: Windows",
    "Operating System :: Microsoft :: Windows :: Windows 10",
    "Operating System :: Microsoft :: Windows :: Windows 11",
    "Operating System :: Microsoft :: Windows :: Windows 3.1 or Earlier",
    "Operating System :: Microsoft :: Windows :: Windows 7",
    "Operating System :: Microsoft :: Windows :: Windows 8",
    "Operating System :: Microsoft :: Windows :: Windows 8.1",
    "Operating System :: Microsoft :: Windows :: Windows 95/98/2000",
    "Operating System :: Microsoft :: Windows :: Windows CE",
    "Operating System :: Microsoft :: Windows :: Windows NT/2000",
    "Operating System :: Microsoft :: Windows :: Windows Server 2003",
    "Operating System :: Microsoft :: Windows :: Windows Server 2008",
    "Operating System :: Microsoft :: Windows :: Windows Vista",
    "Operating System :: Microsoft :: Windows :: Windows XP",
    "Operating System :: OS Independent",
    "Operating System :: OS/2",
    "Operating System :: Other OS",
    "Operating System :: PDA Systems",
    "Operating System :: POSIX",
    "Operating System :: POSIX :: AIX",
    "Operating System :: POSIX :: BSD",
    "Operating System :: POSIX :: BSD :: BSD/OS",
    "Operating System :: POSIX :: BSD :: FreeBSD",
    "Operating System :: POSIX :: BSD :: NetBSD",
    "Operating System :: POSIX :: BSD :: OpenBSD",
    "Operating System :: POSIX :: GNU Hurd",
    "Operating System :: POSIX :: HP-UX",
    "Operating System :: POSIX :: IRIX",
    "Operating System :: POSIX :: Linux",
    "Operating System :: POSIX :: Other",
    "Operating System :: POSIX :: SCO",
    "Operating System :: POSIX :: SunOS/Solaris",
    "Operating System :: PalmOS",
    "Operating System :: RISC OS",
    "Operating System :: Unix",
    "Operating System :: iOS",
    "Programming Language :: APL",
    "Programming Language :: ASP",
    "Programming Language :: Ada",
    "Programming Language :: Assembly",
    "Programming Language :: Awk",
    "Programming Language :: Basic",
    "Programming Language :: C",
    "Programming Language :: C#",
    "Programming Language :: C++",
    "Programming Language :: Cold Fusion",
    "Programming Language :: Cython",
    "Programming Language :: D",
    "Programming Language :: Delphi/Kylix",
    "Programming Language :: Dylan",
    "Programming Language :: Eiffel",
    "Programming Language :: Emacs-Lisp",
    "Programming Language :: Erlang",
    "Programming Language :: Euler",
    "Programming Language :: Euphoria",
    "Programming Language :: F#",
    "Programming Language :: Forth",
    "Programming Language :: Fortran",
    "Programming Language :: Go",
    "Programming Language :: Haskell",
    "Programming Language :: Hy",
    "Programming Language :: Java",
    "Programming Language :: JavaScript",
    "Programming Language :: Kotlin",
    "Programming Language :: Lisp",
    "Programming Language :: Logo",
    "Programming Language :: Lua",
    "Programming Language :: ML",
    "Programming Language :: Modula",
    "Programming Language :: OCaml",
    "Programming Language :: Object Pascal",
    "Programming Language :: Objective C",
    "Programming Language :: Other",
    "Programming Language :: Other Scripting Engines",
    "Programming Language :: PHP",
    "Programming Language :: PL/SQL",
    "Programming Language :: PROGRESS",
    "Programming Language :: Pascal",
    "Programming Language :: Perl",
    "Programming Language :: Pike",
    "Programming Language :: Pliant",
    "Programming Language :: Prolog",
    "Programming Language :: Python",
    "Programming Language :: Python :: 2",
    "Programming Language :: Python :: 2 :: Only",
    "Programming Language :: Python :: 2.3",
    "Programming Language :: Python :: 2.4",
    "Programming Language :: Python :: 2.5",
    "Programming Language :: Python :: 2.6",
    "Programming Language :: Python :: 2.7",
    "Programming Language :: Python :: 3",
    "Programming Language :: Python :: 3 :: Only",
    "Programming Language :: Python :: 3.0",
    "Programming Language :: Python :: 3.1",
    "Programming Language :: Python :: 3.10",
    "Programming Language :: Python :: 3.11",
    "Programming Language :: Python :: 3.12",
    "Programming Language :: Python :: 3.13",
    "Programming Language :: Python :: 3.14",
    "Programming Language :: Python :: 3.15",
    "Programming Language :: Python :: 3.16",
    "Programming Language :: Python :: 3.2",
    "Programming Language :: Python :: 3.3",
    "Programming Language :: Python :: 3.4",
    "Programming Language :: Python :: 3.5",
    "Programming Language :: Python :: 3.6",
    "Programming Language :: Python :: 3.7",
    "Programming Language :: Python :: 3.8",
    "Programming Language :: Python :: 3.9",
    "Programming Language :: Python :: Free Threading",
    "Programming Language :: Python :: Free Threading :: 1 - Unstable",
    "Programming Language :: Python :: Free Threading :: 2 - Beta",
    "Programming Language :: Python :: Free Threading :: 3 - Stable",
    "Programming Language :: Python :: Free Threading :: 4 - Resilient",
    "Programming Language :: Python :: Implementation",
    "Programming Language :: Python :: Implementation :: CPython",
    "Programming Language :: Python :: Implementation :: GraalPy",
    "Programming Language :: Python :: Implementation :: IronPython",
    "Programming Language :: Python :: Implementation :: Jython",
    "Programming Language :: Python :: Implementation :: MicroPython",
    "Programming Language :: Python :: Implementation :: PyPy",
    "Programming Language :: Python :: Implementation :: Stackless",
    "Programming Language :: R",
    "Programming Language :: REBOL",
    "Programming Language :: Rexx",
    "Programming Language :: Ruby",
    "Programming Language :: Rust",
    "Programming Language :: SQL",
    "Programming Language :: Scheme",
    "Programming Language :: Simula",
    "Programming Language :: Smalltalk",
    "Programming Language :: Tcl",
    "Programming Language :: Unix Shell",
    "Programming Language :: Visual Basic",
    "Programming Language :: XBasic",
    "Programming Language :: YACC",
    "Programming Language :: Zig",
    "Programming Language :: Zope",
    "Topic :: Adaptive Technologies",
    "Topic :: Artistic Software",
    "Topic :: Communications",
    "Topic :: Communications :: BBS",
    "Topic :: Communications :: Chat",
    "Topic :: Communications :: Chat :: ICQ",
    "Topic :: Communications :: Chat :: Internet Relay Chat",
    "Topic :: Communications :: Chat :: Unix Talk",
    "Topic :: Communications :: Conferencing",
    "Topic :: Communications :: Email",
    "Topic :: Communications :: Email :: Address Book",
    "Topic :: Communications :: Email :: Email Clients (MUA)",
    "Topic :: Communications :: Email :: Filters",
    "Topic :: Communications :: Email :: Mail Transport Agents",
    "Topic :: Communications :: Email :: Mailing List Servers",
    "Topic :: Communications :: Email :: Post-Office",
    "Topic :: Communications :: Email :: Post-Office :: IMAP",
    "Topic :: Communications :: Email :: Post-Office :: POP3",
    "Topic :: Communications :: FIDO",
    "Topic :: Communications :: Fax",
    "Topic :: Communications :: File Sharing",
    "Topic :: Communications :: File Sharing :: Gnutella",
    "Topic :: Communications :: File Sharing :: Napster",
    "Topic :: Communications :: Ham Radio",
    "Topic :: Communications :: Internet Phone",
    "Topic :: Communications :: Telephony",
    "Topic :: Communications :: Usenet News",
    "Topic :: Database",
    "Topic :: Database :: Database Engines/Servers",
    "Topic :: Database :: Front-Ends",
    "Topic :: Desktop Environment",
    "Topic :: Desktop Environment :: File Managers",
    "Topic :: Desktop Environment :: GNUstep",
    "Topic :: Desktop Environment :: Gnome",
    "Topic :: Desktop Environment :: K Desktop Environment (KDE)",
    "Topic :: Desktop Environment :: K Desktop Environment (KDE) :: Themes",
    "Topic :: Desktop Environment :: PicoGUI",
    "Topic :: Desktop Environment :: PicoGUI :: Applications",
    "Topic :: Desktop Environment :: PicoGUI :: Themes",
    "Topic :: Desktop Environment :: Screen Savers",
    "Topic :: Desktop Environment :: Window Managers",
    "Topic :: Desktop Environment :: Window Managers :: Afterstep",
    "Topic :: Desktop Environment :: Window Managers :: Afterstep :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: Applets",
    "Topic :: Desktop Environment :: Window Managers :: Blackbox",
    "Topic :: Desktop Environment :: Window Managers :: Blackbox :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: CTWM",
    "Topic :: Desktop Environment :: Window Managers :: CTWM :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: Enlightenment",
    "Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Epplets",
    "Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Themes DR15",
    "Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Themes DR16",
    "Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Themes DR17",
    "Topic :: Desktop Environment :: Window Managers :: FVWM",
    "Topic :: Desktop Environment :: Window Managers :: FVWM :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: Fluxbox",
    "Topic :: Desktop Environment :: Window Managers :: Fluxbox :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: IceWM",
    "Topic :: Desktop Environment :: Window Managers :: IceWM :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: MetaCity",
    "Topic :: Desktop Environment :: Window Managers :: MetaCity :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: Oroborus",
    "Topic :: Desktop Environment :: Window Managers :: Oroborus :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: Sawfish",
    "Topic :: Desktop Environment :: Window Managers :: Sawfish :: Themes 0.30",
    "Topic :: Desktop Environment :: Window Managers :: Sawfish :: Themes pre-0.30",
    "Topic :: Desktop Environment :: Window Managers :: Waimea",
    "Topic :: Desktop Environment :: Window Managers :: Waimea :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: Window Maker",
    "Topic :: Desktop Environment :: Window Managers :: Window Maker :: Applets",
    "Topic :: Desktop Environment :: Window Managers :: Window Maker :: Themes",
    "Topic :: Desktop Environment :: Window Managers :: XFCE",
    "Topic :: Desktop Environment :: Window Managers :: XFCE :: Themes",
    "Topic :: Documentation",
    "Topic :: Documentation :: Sphinx",
    "Topic :: Education",
    "Topic :: Education :: Computer Aided Instruction (CAI)",
    "Topic :: Education :: Testing",
    "Topic :: File Formats",
    "Topic :: File Formats :: JSON",
    "Topic :: File Formats :: JSON :: JSON Schema",
    "Topic :: Games/Entertainment",
    "Topic :: Games/Entertainment :: Arcade",
    "Topic :: Games/Entertainment :: Board Games",
    "Topic :: Games/Entertainment :: First Person Shooters",
    "Topic :: Games/Entertainment :: Fortune Cookies",
    "Topic :: Games/Entertainment :: Multi-User Dungeons (MUD)",
    "Topic :: Games/Entertainment :: Puzzle Games",
    "Topic :: Games/Entertainment :: Real Time Strategy",
    "Topic :: Games/Entertainment :: Role-Playing",
    "Topic :: Games/Entertainment :: Side-Scrolling/Arcade Games",
    "Topic :: Games/Entertainment :: Simulation",
    "Topic :: Games/Entertainment :: Turn Based Strategy",
    "Topic :: Home Automation",
    "Topic :: Internet",
    "Topic :: Internet :: File Transfer Protocol (FTP)",
    "Topic :: Internet :: Finger",
    "Topic :: Internet :: Log Analysis",
    "Topic :: Internet :: Name Service (DNS)",
    "Topic :: Internet :: Proxy Servers",
    "Topic :: Internet :: WAP",
    "Topic :: Internet :: WWW/HTTP",
    "Topic :: Internet :: WWW/HTTP :: Browsers",
    "Topic :: Internet :: WWW/HTTP :: Dynamic Content",
    "Topic :: Internet :: WWW/HTTP :: Dynamic Content :: CGI Tools/Libraries",
    "Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Content Management System",
    "Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Message Boards",
    "Topic :: Internet :: WWW/HTTP :: Dynamic Content :: News/Diary",
    "Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Page Counters",
    "Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Wiki",
    "Topic :: Internet :: WWW/HTTP :: HTTP Servers",
    "Topic :: Internet :: WWW/HTTP :: Indexing/Search",
    "Topic :: Internet :: WWW/HTTP :: Session",
    "Topic :: Internet :: WWW/HTTP :: Site Management",
    "Topic :: Internet :: WWW/HTTP :: Site Management :: Link Checking",
    "Topic :: Internet :: WWW/HTTP :: WSGI",
    "Topic :: Internet :: WWW/HTTP :: WSGI :: Application",
    "Topic :: Internet :: WWW/HTTP :: WSGI :: Middleware",
    "Topic :: Internet :: WWW/HTTP :: WSGI :: Server",
    "Topic :: Internet :: XMPP",
    "Topic :: Internet :: Z39.50",
    "Topic :: Multimedia",
    "Topic :: Multimedia :: Graphics",
    "Topic :: Multimedia :: Graphics :: 3D Modeling",
    "Topic :: Multimedia :: Graphics :: 3D Rendering",
    "Topic :: Multimedia :: Graphics :: Capture",
    "Topic :: Multimedia :: Graphics :: Capture :: Digital Camera",
    "Topic :: Multimedia :: Graphics :: Capture :: Scanners",
    "Topic :: Multimedia :: Graphics :: Capture :: Screen Capture",
    "Topic :: Multimedia :: Graphics :: Editors",
    "Topic :: Multimedia :: Graphics :: Editors :: Raster-Based",
    "Topic :: Multimedia :: Graphics :: Editors :: Vector-Based",
    "Topic :: Multimedia :: Graphics :: Graphics Conversion",
    "Topic :: Multimedia :: Graphics :: Presentation",
    "Topic :: Multimedia :: Graphics :: Viewers",
    "Topic :: Multimedia :: Sound/Audio",
    "Topic :: Multimedia :: Sound/Audio :: Analysis",
    "Topic :: Multimedia :: Sound/Audio :: CD Audio",
    "Topic :: Multimedia :: Sound/Audio :: CD Audio :: CD Playing",
    "Topic :: Multimedia :: Sound/Audio :: CD Audio :: CD Ripping",
    "Topic :: Multimedia :: Sound/Audio :: CD Audio :: CD Writing",
    "Topic :: Multimedia :: Sound/Audio :: Capture/Recording",
    "Topic :: Multimedia :: Sound/Audio :: Conversion",
    "Topic :: Multimedia :: Sound/Audio :: Editors",
    "Topic :: Multimedia :: Sound/Audio :: MIDI",
    "Topic :: Multimedia :: Sound/Audio :: Mixers",
    "Topic :: Multimedia :: Sound/Audio :: Players",
    "Topic :: Multimedia :: Sound/Audio :: Players :: MP3",
    "Topic :: Multimedia :: Sound/Audio :: Sound Synthesis",
    "Topic :: Multimedia :: Sound/Audio :: Speech",
    "Topic :: Multimedia :: Video",
    "Topic :: Multimedia :: Video :: Capture",
    "Topic :: Multimedia :: Video :: Conversion",
    "Topic :: Multimedia :: Video :: Display",
    "Topic :: Multimedia :: Video :: Non-Linear Editor",
    "Topic :: Office/Business",
    "Topic :: Office/Business :: Financial",
    "Topic :: Office/Business :: Financial :: Accounting",
    "Topic :: Office/Business :: Financial :: Investment",
    "Topic :: Office/Business :: Financial :: Point-Of-Sale",
    "Topic :: Office/Business :: Financial :: Spreadsheet",
    "Topic :: Office/Business :: Groupware",
    "Topic :: Office/Business :: News/Diary",
    "Topic :: Office/Business :: Office Suites",
    "Topic :: Office/Business :: Scheduling",
    "Topic :: Other/Nonlisted Topic",
    "Topic :: Printing",
    "Topic :: Religion",
    "Topic :: Scientific/Engineering",
    "Topic :: Scientific/Engineering :: Artificial Intelligence",
    "Topic :: Scientific/Engineering :: Artificial Life",
    "Topic :: Scientific/Engineering :: Astronomy",
    "Topic :: Scientific/Engineering :: Atmospheric Science",
    "Topic :: Scientific/Engineering :: Bio-Informatics",
    "Topic :: Scientific/Engineering :: Chemistry",
    "Topic :: Scientific/Engineering :: Electronic Design Automation (EDA)",
    "Topic :: Scientific/Engineering :: GIS",
    "Topic :: Scientific/Engineering :: Human Machine Interfaces",
    "Topic :: Scientific/Engineering :: Hydrology",
    "Topic :: Scientific/Engineering :: Image Processing",
    "Topic :: Scientific/Engineering :: Image Recognition",
    "Topic :: Scientific/Engineering :: Information Analysis",
    "Topic :: Scientific/Engineering :: Instrument Drivers",
    "Topic :: Scientific/Engineering :: Instrument Drivers :: IVI Conformant",
    "Topic :: Scientific/Engineering :: Interface Engine/Protocol Translator",
    "Topic :: Scientific/Engineering :: Mathematics",
    "Topic :: Scientific/Engineering :: Medical Science Apps.",
    "Topic :: Scientific/Engineering :: Oceanography",
    "Topic :: Scientific/Engineering :: Physics",
    "Topic :: Scientific/Engineering :: Quantum Computing",
    "Topic :: Scientific/Engineering :: Visualization",
    "Topic :: Security",
    "Topic :: Security :: Cryptography",
    "Topic :: Sociology",
    "Topic :: Sociology :: Genealogy",
    "Topic :: Sociology :: History",
    "Topic :: Software Development",
    "Topic :: Software Development :: Assemblers",
    "Topic :: Software Development :: Bug Tracking",
    "Topic :: Software Development :: Build Tools",
    "Topic :: Software Development :: Code Generators",
    "Topic :: Software Development :: Compilers",
    "Topic :: Software Development :: Debuggers",
    "Topic :: Software Development :: Disassemblers",
    "Topic :: Software Development :: Documentation",
    "Topic :: Software Development :: Embedded Systems",
    "Topic :: Software Development :: Embedded Systems :: Controller Area Network (CAN)",
    "Topic :: Software Development :: Embedded Systems :: Controller Area Network (CAN) :: CANopen",
    "Topic :: Software Development :: Embedded Systems :: Controller Area Network (CAN) :: J1939",
    "Topic :: Software Development :: Internationalization",
    "Topic :: Software Development :: Interpreters",
    "Topic :: Software Development :: Libraries",
    "Topic :: Software Development :: Libraries :: Application Frameworks",
    "Topic :: Software Development :: Libraries :: Java Libraries",
    "Topic :: Software Development :: Libraries :: PHP Classes",
    "Topic :: Software Development :: Libraries :: Perl Modules",
    "Topic :: Software Development :: Libraries :: Pike Modules",
    "Topic :: Software Development :: Libraries :: Python Modules",
    "Topic :: Software Development :: Libraries :: Ruby Modules",
    "Topic :: Software Development :: Libraries :: Tcl Extensions",
    "Topic :: Software Development :: Libraries :: pygame",
    "Topic :: Software Development :: Localization",
    "Topic :: Software Development :: Object Brokering",
    "Topic :: Software Development :: Object Brokering :: CORBA",
    "Topic :: Software Development :: Pre-processors",
    "Topic :: Software Development :: Quality Assurance",
    "Topic :: Software Development :: Testing",
    "Topic :: Software Development :: Testing :: Acceptance",
    "Topic :: Software Development :: Testing :: BDD",
    "Topic :: Software Development :: Testing :: Mocking",
    "Topic :: Software Development :: Testing :: Traffic Generation",
    "Topic :: Software Development :: Testing :: Unit",
    "Topic :: Software Development :: User Interfaces",
    "Topic :: Software Development :: Version Control",
    "Topic :: Software Development :: Version Control :: Bazaar",
    "Topic :: Software Development :: Version Control :: CVS",
    "Topic :: Software Development :: Version Control :: Git",
    "Topic :: Software Development :: Version Control :: Mercurial",
    "Topic :: Software Development :: Version Control :: RCS",
    "Topic :: Software Development :: Version Control :: SCCS",
    "Topic :: Software Development :: Widget Sets",
    "Topic :: System",
    "Topic :: System :: Archiving",
    "Topic :: System :: Archiving :: Backup",
    "Topic :: System :: Archiving :: Compression",
    "Topic :: System :: Archiving :: Mirroring",
    "Topic :: System :: Archiving :: Packaging",
    "Topic :: System :: Benchmark",
    "Topic :: System :: Boot",
    "Topic :: System :: Boot :: Init",
    "Topic :: System :: Clustering",
    "Topic :: System :: Console Fonts",
    "Topic :: System :: Distributed Computing",
    "Topic :: System :: Emulators",
    "Topic :: System :: Filesystems",
    "Topic :: System :: Hardware",
    "Topic :: System :: Hardware :: Hardware Drivers",
    "Topic :: System :: Hardware :: Mainframes",
    "Topic :: System :: Hardware :: Symmetric Multi-processing",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB)",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Audio",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Audio/Video (AV)",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Communications Device Class (CDC)",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Diagnostic Device",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Hub",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Human Interface Device (HID)",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Mass Storage",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Miscellaneous",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Printer",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Smart Card",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Vendor",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Video (UVC)",
    "Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Wireless Controller",
    "Topic :: System :: Installation/Setup",
    "Topic :: System :: Logging",
    "Topic :: System :: Monitoring",
    "Topic :: System :: Networking",
    "Topic :: System :: Networking :: Firewalls",
    "Topic :: System :: Networking :: Monitoring",
    "Topic :: System :: Networking :: Monitoring :: Hardware Watchdog",
    "Topic :: System :: Networking :: Time Synchronization",
    "Topic :: System :: Operating System",
    "Topic :: System :: Operating System Kernels",
    "Topic :: System :: Operating System Kernels :: BSD",
    "Topic :: System :: Operating System Kernels :: GNU Hurd",
    "Topic :: System :: Operating System Kernels :: Linux",
    "Topic :: System :: Power (UPS)",
    "Topic :: System :: Recovery Tools",
    "Topic :: System :: Shells",
    "Topic :: System :: Software Distribution",
    "Topic :: System :: System Shells",
    "Topic :: System :: Systems Administration",
    "Topic :: System :: Systems Administration :: Authentication/Directory",
    "Topic :: System :: Systems Administration :: Authentication/Directory :: LDAP",
    "Topic :: System :: Systems Administration :: Authentication/Directory :: NIS",
    "Topic :: Terminals",
    "Topic :: Terminals :: Serial",
    "Topic :: Terminals :: Telnet",
    "Topic :: Terminals :: Terminal Emulators/X Terminals",
    "Topic :: Text Editors",
    "Topic :: Text Editors :: Documentation",
    "Topic :: Text Editors :: Emacs",
    "Topic :: Text Editors :: Integrated Development Environments (IDE)",
    "Topic :: Text Editors :: Text Processing",
    "Topic :: Text Editors :: Word Processors",
    "Topic :: Text Processing",
    "Topic :: Text Processing :: Filters",
    "Topic :: Text Processing :: Fonts",
    "Topic :: Text Processing :: General",
    "Topic :: Text Processing :: Indexing",
    "Topic :: Text Processing :: Linguistic",
    "Topic :: Text Processing :: Markup",
    "Topic :: Text Processing :: Markup :: HTML",
    "Topic :: Text Processing :: Markup :: LaTeX",
    "Topic :: Text Processing :: Markup :: Markdown",
    "Topic :: Text Processing :: Markup :: SGML",
    "Topic :: Text Processing :: Markup :: VRML",
    "Topic :: Text Processing :: Markup :: XML",
    "Topic :: Text Processing :: Markup :: reStructuredText",
    "Topic :: Utilities",
    "Typing :: Stubs Only",
    "Typing :: Typed"
  ],
  deprecated: {
    "Framework :: Django CMS :: 4.2": ["Framework :: Django CMS :: 5.0"],
    "License :: OSI Approved :: Intel Open Source License": [],
    "License :: OSI Approved :: Jabber Open Source License": [],
    "License :: OSI Approved :: MITRE Collaborative Virtual Workspace License (CVW)": [],
    "License :: OSI Approved :: Sun Industry Standards Source License (SISSL)": [],
    "License :: OSI Approved :: X.Net License": [],
    "Natural Language :: Ukranian": ["Natural Language :: Ukrainian"],
    "Topic :: Communications :: Chat :: AOL Instant Messenger": []
  }
};

// src/pypi-rules/classifiers.ts
var KNOWN = new Set(trove_classifiers_default.classifiers);
var DEPRECATED = trove_classifiers_default.deprecated;
var TROVE_CLASSIFIERS_VERSION = trove_classifiers_default.version;
function classifierProblem(classifier) {
  if (Object.hasOwn(DEPRECATED, classifier)) {
    const instead = DEPRECATED[classifier];
    return `the classifier "${classifier}" is deprecated${instead.length ? `; use ${instead.map((c) => `"${c}"`).join(" or ")} instead` : ""}. PyPI refuses deprecated classifiers; update classifiers in [project] and rebuild.`;
  }
  if (KNOWN.has(classifier)) return void 0;
  return `"${classifier}" is not a valid classifier (not in trove-classifiers ${TROVE_CLASSIFIERS_VERSION}, the list PyPI checks against); PyPI refuses it. Pick one from https://pypi.org/classifiers/ (a "Private :: Do Not Upload" classifier is refused on purpose) and rebuild.`;
}

// src/pypi-rules/metadata-rules.ts
var SUPPORTED_METADATA_VERSIONS = ["1.0", "1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "2.5"];
var DYNAMIC_FIELDS = new Set(
  [
    "Platform",
    "Supported-Platform",
    "Summary",
    "Description",
    "Description-Content-Type",
    "Keywords",
    "Home-Page",
    "Download-Url",
    "Author",
    "Author-Email",
    "Maintainer",
    "Maintainer-Email",
    "License",
    "License-Expression",
    "License-File",
    "Classifier",
    "Requires-Dist",
    "Requires-Python",
    "Requires-External",
    "Project-Url",
    "Provides-Extra",
    "Provides-Dist",
    "Obsoletes-Dist",
    "Requires",
    "Provides",
    "Obsoletes",
    "Import-Name",
    "Import-Namespace"
  ].map((field) => field.toLowerCase())
);
var INTRODUCED = [
  ["Dynamic", "2.2"],
  ["License-Expression", "2.4"],
  ["Import-Name", "2.5"],
  ["Import-Namespace", "2.5"]
];
var NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
function values(meta, field) {
  return meta.fields.get(field.toLowerCase()) ?? [];
}
function versionNumber(text2) {
  return text2.split(".").map(Number);
}
function older(a, b) {
  const [x, y] = [versionNumber(a), versionNumber(b)];
  return x[0] < y[0] || x[0] === y[0] && (x[1] ?? 0) < (y[1] ?? 0);
}
function isValidUrl(url) {
  if (!/^https?:/i.test(url) || /\s/.test(url)) return false;
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}
function fieldRefusals(meta, file) {
  const refusals = [];
  const at = meta.where;
  if (!SUPPORTED_METADATA_VERSIONS.includes(meta.metadataVersion)) {
    refusals.push(
      refuse(
        "metadataVersion",
        file,
        `${at} says Metadata-Version: ${meta.metadataVersion}; PyPI takes ${SUPPORTED_METADATA_VERSIONS.join(", ")} ("'${meta.metadataVersion}' is not a valid metadata version"). Build with a current build backend.`
      )
    );
    return refusals;
  }
  for (const [field, since] of INTRODUCED) {
    if (values(meta, field).length > 0 && older(meta.metadataVersion, since)) {
      refusals.push(
        refuse(
          "fieldVersion",
          file,
          `${at} has ${field}, which Metadata-Version ${since} introduced, under Metadata-Version ${meta.metadataVersion}; PyPI refuses it ("${field.toLowerCase()} introduced in metadata version ${since}, not ${meta.metadataVersion}"). Upgrade the build backend, which then writes Metadata-Version ${since} or later.`
        )
      );
    }
  }
  if (!NAME.test(meta.name)) {
    refusals.push(
      refuse(
        "name",
        file,
        `${at} says Name: ${meta.name}, which is not a valid project name (letters, digits, "-", "_" and "." only, starting and ending with a letter or digit). Fix [project] name in pyproject.toml (or name in setup.py) and rebuild.`
      )
    );
  }
  const version = parsePep440(meta.version);
  if (!version) {
    refusals.push(
      refuse(
        "version",
        file,
        `${at} says Version: ${meta.version}, which is not a PEP 440 version; PyPI refuses it. Fix the project's version and rebuild.`
      )
    );
  } else if (version.local) {
    refusals.push(
      refuse(
        "version",
        file,
        `${at} says Version: ${meta.version}, a local version; PyPI refuses it ("The use of local versions in '${version.normalized}' is not allowed."). Release the public version ${version.normalized.split("+")[0]} (for setuptools-scm or hatch-vcs, build from the tagged commit of a clean checkout, or set local_scheme = "no-local-version").`
      )
    );
  }
  return refusals;
}
function urlRefusals(meta, file) {
  const refusals = [];
  const at = meta.where;
  const bad = (message) => refusals.push(refuse("url", file, `${at}: ${message}`));
  for (const field of ["Home-page", "Download-URL"]) {
    for (const url of values(meta, field)) {
      if (!isValidUrl(url))
        bad(
          `${field}: ${url} is not a valid http(s) URL; PyPI refuses it ("'${url}' is not a valid url."). Fix the URL in the project's metadata and rebuild.`
        );
    }
  }
  const labels = /* @__PURE__ */ new Set();
  for (const pair of values(meta, "Project-URL")) {
    const comma = pair.indexOf(",");
    const label = (comma < 0 ? pair : pair.slice(0, comma)).trim();
    const url = comma < 0 ? "" : pair.slice(comma + 1).trim();
    const problem = label === "" ? 'has no label ("Must have a label")' : label.length > 32 ? `has the label "${label}", longer than PyPI's 32 characters` : labels.has(label) ? `repeats the label "${label}"` : url === "" ? 'has no URL ("Must have a URL")' : !isValidUrl(url) ? `has ${url}, which is not a valid http(s) URL` : void 0;
    labels.add(label);
    if (problem)
      bad(
        `Project-URL: ${pair} ${problem}; PyPI refuses it. Fix [project.urls] (or project_urls in setup.py) and rebuild.`
      );
  }
  return refusals;
}
function licenceRefusals(meta, file) {
  const license = values(meta, "License");
  if (license.length === 0 || values(meta, "License-Expression").length === 0) return [];
  return [
    refuse(
      "licenseBoth",
      file,
      `${meta.where} has both License and License-Expression; PyPI refuses it ("License is deprecated when License-Expression is present. Only License-Expression should be present."). Keep only the SPDX expression: license = "MIT" in [project] (not a license table or a License :: classifier-style text in setup.py's license=) and rebuild.`
    )
  ];
}
function limitRefusals(meta, file) {
  const refusals = [];
  const at = meta.where;
  const summary = values(meta, "Summary")[0];
  if (summary !== void 0 && summary.length > 512) {
    refusals.push(
      refuse(
        "summary",
        file,
        `${at}: Summary is ${summary.length} characters; PyPI takes at most 512 ("'summary' field must be 512 characters or less."). Shorten [project] description and rebuild.`
      )
    );
  }
  for (const requirement of values(meta, "Requires-Dist")) {
    if (requirement.split(";")[0].includes("@")) {
      refusals.push(
        refuse(
          "directDependency",
          file,
          `${at}: Requires-Dist: ${requirement} names a direct URL; PyPI refuses it ("Can't have direct dependency"). Depend on a released version from the index (name>=x.y) and rebuild.`
        )
      );
    }
  }
  for (const field of values(meta, "Dynamic")) {
    if (!DYNAMIC_FIELDS.has(field.toLowerCase())) {
      refusals.push(
        refuse(
          "dynamic",
          file,
          `${at}: Dynamic: ${field} is not a field that may be dynamic; PyPI refuses it ("Dynamic field '${field}' is not a valid dynamic field."). Upgrade the build backend and rebuild.`
        )
      );
    }
  }
  return refusals;
}
function classifierRefusals(meta, file) {
  return [...new Set(values(meta, "Classifier"))].sort().flatMap((classifier) => {
    const problem = classifierProblem(classifier);
    return problem ? [refuse("classifier", file, `${meta.where}: ${problem}`)] : [];
  });
}
function metadataRefusals(meta, file) {
  const basic = fieldRefusals(meta, file);
  if (basic.some((refusal) => refusal.rule.id === "metadata-version")) return basic;
  return [
    ...basic,
    ...urlRefusals(meta, file),
    ...licenceRefusals(meta, file),
    ...limitRefusals(meta, file),
    ...classifierRefusals(meta, file)
  ];
}

// src/pypi-rules/name-rules.ts
var CONTROL = /[\x00-\x1f\x7f]/;
function filenameRefusals(filename) {
  if (!CONTROL.test(filename) && !/[/\\]/.test(filename)) return [];
  return [
    refuse(
      "filenameCharacters",
      filename,
      `${JSON.stringify(filename)} holds a control character, "/" or "\\"; PyPI refuses such file names ("Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name."). Rename it as the build backend would and rebuild.`
    )
  ];
}
function platformRefusals(filename) {
  if (!filename.endsWith(".whl")) return [];
  const parts2 = filename.slice(0, -".whl".length).split("-");
  if (parts2.length !== 5 && parts2.length !== 6) return [];
  const platforms = parts2.at(-1).split(".");
  return [...new Set(platforms.filter((tag) => !pypiAcceptsPlatform(tag)))].map(
    (tag) => refuse(
      "platformTag",
      filename,
      `${filename} has the platform tag ${tag}; PyPI refuses it ("Binary wheel '${filename}' has an unsupported platform tag '${tag}'."), after the files before it were uploaded. ${platformAdvice(tag)}.`
    )
  );
}

// src/pypi-rules/size-rules.ts
var MIB2 = 1024 * 1024;
var MAX_FILESIZE = 100 * MIB2;
var MAX_PROJECT_SIZE = 10 * 1024 * MIB2;
var FILE_HELP = "https://pypi.org/help/#file-size-limit";
var PROJECT_HELP = "https://pypi.org/help/#project-size-limit";
function fileSizeRefusals(files, project) {
  return files.filter((file) => file.size > MAX_FILESIZE).map(
    (file) => refuse(
      "fileSize",
      file.filename,
      `${file.filename} is ${(file.size / MIB2).toFixed(1)} MiB; PyPI's default limit is 100 MiB a file ("File too large. Limit for project '${project}' is 100 MB."). Unless ${project} has a higher limit, ask for one before releasing (${FILE_HELP}), or make the file smaller.`,
      "warning"
    )
  );
}
function projectSizeRefusals(files, projectSize, project) {
  const adding = files.reduce((sum, file) => sum + file.size, 0);
  if (projectSize === void 0 || projectSize + adding <= MAX_PROJECT_SIZE) return [];
  return [
    refuse(
      "projectSize",
      project,
      `${project} holds ${(projectSize / (1024 * MIB2)).toFixed(2)} GiB on the index; with these files it would exceed PyPI's default 10 GiB a project ("Project size too large."). Unless it has a higher limit, delete old pre-releases or ask for more (${PROJECT_HELP}).`,
      "warning"
    )
  ];
}

// src/pypi-rules/uploader.ts
function parts(version) {
  return version.split(".").map((part) => parseInt(part, 10) || 0);
}
function versionBelow(a, b) {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0);
  }
  return false;
}
function twineReach(versionOutput) {
  const text2 = versionOutput.replace(/\s+/g, " ");
  const twine = /twine version (\d+(?:\.\d+)*)/.exec(text2)?.[1];
  if (!twine) return void 0;
  if (!versionBelow(twine, "7")) return { name: `twine ${twine}`, version: twine, upTo: "2.5" };
  if (!versionBelow(twine, "6.1")) return { name: `twine ${twine}`, version: twine, upTo: "2.4" };
  const pkginfo = /pkginfo: (\d+(?:\.\d+)*)/.exec(text2)?.[1];
  const name = pkginfo ? `twine ${twine} (pkginfo ${pkginfo})` : `twine ${twine}`;
  if (!pkginfo) return { name, version: twine, upTo: void 0 };
  if (versionBelow(pkginfo, "1.8")) return { name, version: twine, upTo: "2.1" };
  if (versionBelow(pkginfo, "1.9")) return { name, version: twine, upTo: "2.2" };
  return { name, version: twine, upTo: void 0 };
}
function twineFor(metadataVersion) {
  return versionBelow(metadataVersion, "2.5") ? "twine 6.1 or later" : "twine 7 or later";
}
function uploaderMessage(uploader, upTo, files, how) {
  const versions = [...new Set(files.map((file) => file.metadataVersion))].sort();
  const newest = versions.reduce((a, b) => versionBelow(a, b) ? b : a);
  const where = how ? ` (${how})` : "";
  return `${uploader}${where} reads Metadata-Version up to ${upTo}; ${files.map((file) => file.filename).join(", ")} ${files.length === 1 ? "is" : "are"} ${versions.join(", ")}. The metadata is fine: the uploader is too old to read it, and would fail on upload. Upgrade it to ${twineFor(newest)} (pip install -U "twine>=7"), or take it off PATH so pyrelease installs one that reads ${newest}; nothing needs rebuilding.`;
}
function uploaderRefusal(reach, files, how) {
  if (!reach?.upTo) return void 0;
  const upTo = reach.upTo;
  const unreadable = files.flatMap(
    (file) => file.metadataVersion !== void 0 && versionBelow(upTo, file.metadataVersion) ? [{ filename: file.filename, metadataVersion: file.metadataVersion }] : []
  );
  if (unreadable.length === 0) return void 0;
  return refuse(
    "uploaderMetadata",
    unreadable[0].filename,
    uploaderMessage(reach.name, upTo, unreadable, how)
  );
}

// src/pypi-rules/preflight.ts
function fileRefusals(facts) {
  return [
    ...filenameRefusals(facts.filename),
    ...platformRefusals(facts.filename),
    ...archiveRefusals(facts),
    ...facts.metadata ? metadataRefusals(facts.metadata, facts.filename) : [],
    ...licenseFileRefusals(facts)
  ];
}
function split(all) {
  return {
    errors: all.filter((refusal) => refusal.level === "error"),
    warnings: all.filter((refusal) => refusal.level === "warning")
  };
}
function filePreflight(input) {
  const { files, project } = input;
  const all = files.flatMap(fileRefusals);
  if (input.uploader) {
    const refusal = uploaderRefusal(
      input.uploader.reach,
      files.map((file) => ({
        filename: file.filename,
        metadataVersion: file.metadata?.metadataVersion
      })),
      input.uploader.how
    );
    if (refusal) all.push(refusal);
  }
  all.push(...fileSizeRefusals(files, project));
  return split(all);
}
function indexPreflight(input) {
  const { files, project, version } = input;
  const kinds = files.map((file) => ({ filename: file.filename, sdist: file.type === "sdist" }));
  const all = input.indexes.flatMap(
    (state) => indexRefusals(state, kinds, project, version, input.now)
  );
  all.push(...projectSizeRefusals(files, input.indexes.at(-1)?.projectSize, project));
  return split(all);
}

// src/release/steps/pypi-rules-step.ts
function report2(refusal) {
  annotate({
    level: refusal.level,
    title: `PyPI's rules: ${refusal.rule.title}`,
    message: `${refusal.message} (rule ${refusal.rule.id}: ${refusal.rule.source})`
  });
}
function conclude(result, filter) {
  const errors = result.errors.filter(filter);
  const warnings = result.warnings.filter(filter);
  for (const refusal of [...warnings, ...errors]) report2(refusal);
  if (errors.length > 0) {
    const titles = [...new Set(errors.map((error) => error.rule.title))];
    throw new UserError(
      `${errors.length === 1 ? "one problem breaks" : `${errors.length} problems break`} the rules the index applies on upload (${titles.join(", ")}); see the annotations. Nothing was uploaded.`,
      "Refused by PyPI's rules"
    );
  }
  return warnings.length;
}
function factsOf(inspection) {
  return inspection.files.flatMap((file) => file.facts ? [file.facts] : []);
}
function warehouseTargets(targets) {
  return targets.filter((target) => target.index.warehouse);
}
var pypiRulesStep = releaseStep({
  name: "PyPI's rules",
  sideEffect: false,
  reads: ["inspection", "validated", "twine"],
  async run(state) {
    const { inputs, targets, validated } = state;
    if (!inputs.publish) return "not checked: publish is false";
    const files = factsOf(state.inspection);
    const warehouse = warehouseTargets(targets).length > 0;
    const result = filePreflight({
      project: validated.name,
      version: validated.version,
      files,
      uploader: { reach: twineReach(await twineVersionOutput(state.twine)), how: state.twine.how }
    });
    const judged = (refusal) => !(validated.fromBuild && refusal.rule.id === "version");
    const warnings = conclude(
      result,
      (refusal) => judged(refusal) && (warehouse || refusal.rule.id === "uploader-metadata-version")
    );
    const scope = warehouse ? "" : " (the uploader only: not a Warehouse index)";
    return `${files.length} files${scope}${warnings ? `, ${warnings} warnings` : ""}`;
  }
});
async function indexStates(targets, project, version, dryRun) {
  const { readIndexState } = await loadIndexState();
  const states = [];
  for (const { index } of targets) {
    const read = await readIndexState(index, project, version);
    if (!("unreadable" in read)) {
      states.push(read);
      continue;
    }
    const what = `Could not read what ${index.label} has of ${project} ${version}: ${read.unreadable}.`;
    if (!dryRun) {
      throw new UserError(
        `${what} Nothing was uploaded; run the release again when the index answers (a re-run skips what is already there).`,
        "Index unreachable"
      );
    }
    annotate({
      level: "notice",
      title: `PyPI's rules: ${index.label} not asked`,
      message: `${what} Its 14-day window, its sdist and the project's status were not checked.`
    });
  }
  return states;
}
var pypiStateStep = releaseStep({
  name: "PyPI's state",
  sideEffect: false,
  reads: ["inspection", "validated"],
  async run(state) {
    const { inputs, validated } = state;
    const targets = warehouseTargets(state.targets);
    if (!inputs.publish || targets.length === 0 || validated.fromBuild)
      return "not asked: nothing is uploaded to a Warehouse index";
    const states = await indexStates(targets, validated.name, validated.version, inputs.dryRun);
    const warnings = conclude(
      indexPreflight({
        project: validated.name,
        version: validated.version,
        files: factsOf(state.inspection),
        indexes: states,
        now: Date.now()
      }),
      () => true
    );
    const asked = states.map((item) => item.label).join(", ") || "no index answered";
    return `${asked}${warnings ? `, ${warnings} warnings` : ""}`;
  }
});

// src/release/steps/release-branch-step.ts
var releaseBranch = releaseStep({
  name: "Release branch",
  sideEffect: false,
  reads: ["validated"],
  writes: ["releaseBranch"],
  async run(state) {
    const { context, inputs } = state;
    const tag = state.requestedTag;
    if (tag === void 0) throw new Error("Step graph: Release branch is declared without a tag");
    const cwd = context.workspace;
    const commit = await tagCommit(cwd, tag);
    if (!commit) {
      throw new UserError(
        `The tag ${tag} is not in the checkout; check out the tag (actions/checkout does on a tag push).`,
        "Tag not found"
      );
    }
    const remote = await remoteBranches(cwd);
    const defaultBranch = context.defaultBranch ?? remote.head;
    const rule = releaseBranches(inputs.releaseBranches, defaultBranch, state.validated.tagNames);
    const candidates = releaseBranchCandidates(remote.branches, commit, rule);
    for (const branch of candidates) {
      if (await isOnRemoteBranch(cwd, commit, branch)) {
        state.releaseBranch = branch;
        return `${tag} is on ${branch}`;
      }
    }
    throw new UserError(
      `The tag ${tag} points at ${commit.slice(0, 12)}, which is on none of the release branches (${describeReleaseBranches(rule)}). Tag a commit that is on one of them, or list the branch in ${option("release-branches")}.`,
      "Tag not on a release branch"
    );
  }
});

// src/tools/find-twine.ts
import { mkdtemp as mkdtemp3 } from "node:fs/promises";
import { tmpdir as tmpdir3 } from "node:os";
import path14 from "node:path";
var TWINE_REQUIREMENT = "twine>=7,<8";
async function findTwine(python, uvPath) {
  const onPath = await which("twine", false);
  if (onPath) return { command: onPath, baseArgs: [], how: "twine on PATH" };
  const probe = await runCommand(python, ["-m", "twine", "--version"], { outsideWorkspace: true });
  if (probe.exitCode === 0)
    return { command: python, baseArgs: ["-m", "twine"], how: "python -m twine" };
  if (uvPath)
    return {
      command: uvPath,
      baseArgs: ["tool", "run", "--from", TWINE_REQUIREMENT, "twine"],
      how: `uv tool run ${TWINE_REQUIREMENT}`
    };
  info(
    `twine not found; installing ${TWINE_REQUIREMENT} into a virtual environment of its own.`
  );
  const venv = await mkdtemp3(path14.join(process.env.RUNNER_TEMP || tmpdir3(), "pyrelease-twine-"));
  const created = await runCommand(python, ["-m", "venv", venv], { outsideWorkspace: true });
  const installed = created.exitCode === 0 ? await runCommand(
    venvExecutable(venv, "python"),
    ["-m", "pip", "install", "--quiet", TWINE_REQUIREMENT],
    { outsideWorkspace: true }
  ) : created;
  if (installed.exitCode !== 0) {
    throw new UserError(
      `twine is not installed and could not be installed with ${python}:
${outputTail(installed)}
${installTwine(python)}, put it on PATH, or set ${theOption("python")} to a Python that has it.`,
      "twine not available"
    );
  }
  return {
    command: venvExecutable(venv, "twine"),
    baseArgs: [],
    how: `${TWINE_REQUIREMENT} installed in a venv of its own`
  };
}

// src/release/steps/setup-tools-step.ts
var setupUv = releaseStep({
  name: "Set up uv",
  sideEffect: false,
  writes: ["uv"],
  async run(state) {
    const { inputs } = state;
    const { DEFAULT_UV_VERSION, resolveUv } = await loadUvSetup();
    const found = await resolveUv({
      version: inputs.uvVersion || DEFAULT_UV_VERSION,
      githubToken: inputs.githubToken || void 0
    });
    state.uv = found;
    return `uv ${found.version} (${found.source})`;
  }
});
var setupTwine = releaseStep({
  name: "Set up twine",
  sideEffect: false,
  mayRead: ["uv"],
  writes: ["twine"],
  async run(state) {
    const twine = await findTwine(state.inputs.python, state.uv?.path);
    state.twine = twine;
    return twine.how ?? twine.command;
  }
});

// src/release/steps/handover-step.ts
import path16 from "node:path";

// src/artifacts/handover-folder.ts
import { lstat as lstat2, readdir as readdir6, readFile as readFile3, writeFile as writeFile2 } from "node:fs/promises";
import path15 from "node:path";
var LISTED3 = 10;
function listing3(names2) {
  const shown = names2.slice(0, LISTED3).join(", ");
  return names2.length > LISTED3 ? `${shown} and ${names2.length - LISTED3} more` : shown;
}
async function refuseFilledFolder(dir, shown) {
  const names2 = await readdir6(dir).catch(() => []);
  if (names2.length === 0) return;
  throw new UserError(
    `${shown} already holds ${listing3(names2.sort())}; mode: build writes the release's files and ${HANDOVER_FILE} into an empty ${shown}, and hands over everything in it. Remove ${names2.length === 1 ? "it" : "them"} from the checkout (they are not committed, or a step before this one made them), then run again.`,
    "Build folder not empty"
  );
}
async function listFolder(dir) {
  const entries = [];
  for (const name of (await readdir6(dir)).sort()) {
    const file = path15.join(dir, name);
    const stats = await lstat2(file);
    entries.push(
      stats.isFile() ? { name, kind: "file", size: stats.size, sha256: await sha256File(file) } : { name, kind: "other" }
    );
  }
  return entries;
}
async function writeHandover(dir, shown, released, manifest) {
  const entries = await listFolder(dir);
  const present = new Map(entries.map((entry) => [entry.name, entry]));
  const problems = [];
  for (const artifact of released) {
    const entry = present.get(artifact.filename);
    if (entry?.kind !== "file" || entry.sha256 !== artifact.sha256)
      problems.push(`${artifact.filename} changed after it was inspected`);
  }
  const names2 = new Set(released.map((artifact) => artifact.filename));
  for (const entry of entries)
    if (!names2.has(entry.name) && !NOT_RELEASED.has(entry.name))
      problems.push(`${entry.name} is not one of the release's files`);
  if (present.has(HANDOVER_FILE)) problems.push(`${HANDOVER_FILE} is there already`);
  if (problems.length > 0) {
    throw new UserError(
      `${shown} is not what was built and checked: ${problems.join("; ")}. Something in the build or the wheel test wrote there; nothing was handed over.`,
      "Hand-over refused"
    );
  }
  const files = released.map((artifact) => ({
    name: artifact.filename,
    size: artifact.size,
    sha256: artifact.sha256
  }));
  const full = { ...manifest, files };
  const text2 = serializeHandover(full);
  const file = path15.join(dir, HANDOVER_FILE);
  await writeFile2(file, text2, { flag: "wx" });
  return { digest: sha256Text(text2), file, manifest: full };
}
async function readHandover(dir, shown) {
  const file = path15.join(dir, HANDOVER_FILE);
  const where = `${shown}/${HANDOVER_FILE}`;
  const stats = await lstat2(file).catch(() => void 0);
  const fail = (problem, title2 = "Hand-over refused") => new UserError(
    `${where} ${problem}. mode: publish releases only what a build job of this workflow run (mode: build) built, checked and described there; download its artifact to ${shown}. Nothing was uploaded or released.`,
    title2
  );
  if (!stats) throw fail("does not exist", "No hand-over");
  if (!stats.isFile()) throw fail("is not a regular file");
  if (stats.size > HANDOVER_MAX_BYTES) throw fail(`is ${stats.size} bytes, more than a manifest`);
  const bytes = await readFile3(file);
  const parsed = parseHandover(bytes.toString("utf8"));
  if (parsed.problem !== void 0) throw fail(`cannot be used: ${parsed.problem}`);
  return { manifest: parsed.manifest, digest: sha256Text(bytes), entries: await listFolder(dir) };
}

// src/release/steps/handover-step.ts
function shownDir(workspace, dir) {
  const relative2 = path16.relative(workspace, dir).split(path16.sep).join("/");
  return relative2 === "" ? "." : relative2.startsWith("..") ? dir : relative2;
}
var buildFolder = releaseStep({
  name: "Build folder",
  sideEffect: false,
  reads: ["projectDir"],
  async run(state) {
    const dir = buildDir(state);
    const shown = shownDir(state.context.workspace, dir);
    await refuseFilledFolder(dir, shown);
    return `${shown} is empty`;
  }
});
var writeHandoverStep = releaseStep({
  name: "Hand-over",
  sideEffect: true,
  reads: ["validated", "inspection", "projectDir", "wheelTest"],
  writes: ["handoverDigest"],
  async run(state) {
    const { context, inputs, validated, inspection } = state;
    const dir = buildDir(state);
    const shown = shownDir(context.workspace, dir);
    const env = process.env;
    const written = await writeHandover(dir, shown, inspection.files, {
      schema: 1,
      project: validated.name,
      version: validated.version,
      tag: validated.tag,
      commit: context.sha ?? "",
      repository: context.repository ?? "",
      runId: env.GITHUB_RUN_ID ?? "",
      runAttempt: env.GITHUB_RUN_ATTEMPT ?? "",
      dryRun: inputs.dryRun,
      checks: (state.passed?.() ?? []).map(({ name, detail }) => ({ name, detail })),
      wheelTest: state.wheelTest
    });
    state.handoverDigest = written.digest;
    return `${shown}/${HANDOVER_FILE} sha256 ${written.digest}: ${inspection.files.length} files`;
  }
});
var verifyHandover = releaseStep({
  name: "Verify hand-over",
  sideEffect: false,
  reads: ["validated", "projectDir"],
  writes: ["handover"],
  async run(state) {
    const { context, inputs, validated } = state;
    const dir = path16.resolve(state.projectDir, inputs.distDir);
    const shown = shownDir(context.workspace, dir);
    const read = await readHandover(dir, shown);
    const problems = handoverProblems(read.manifest, read.entries, {
      digest: read.digest,
      given: inputs.handover,
      tag: context.tag,
      commit: context.sha,
      repository: context.repository,
      runId: process.env.GITHUB_RUN_ID,
      project: validated.name,
      version: validated.version,
      dryRun: inputs.dryRun
    });
    if (problems.length > 0) {
      throw new UserError(
        `The hand-over in ${shown} is refused: ${problems.join("; ")}. mode: publish releases only the files the build job of this workflow run built and checked, unchanged. Nothing was uploaded or released.`,
        "Hand-over refused"
      );
    }
    state.handover = read.manifest;
    const { manifest } = read;
    const bound = inputs.handover ? "the handover input" : "no handover input given";
    return `${HANDOVER_FILE} sha256 ${read.digest} (${bound}): ${manifest.files.length} files from run ${manifest.runId} attempt ${manifest.runAttempt}, commit ${manifest.commit.slice(0, 12)}`;
  }
});
var wheelTestedInBuildJob = releaseStep({
  name: "Test the wheel",
  sideEffect: false,
  reads: ["handover"],
  note: ({ handover }) => ({
    status: "skipped",
    detail: `ran in the build job (run ${handover.runId}): ${handover.wheelTest}`
  })
});

// src/release/secret-reach.ts
var TWO_JOBS_URL = "https://github.com/pyrelease/pyrelease/blob/main/docs/two-jobs.md";
function heldSecrets(inputs, env) {
  const held = [];
  if (inputs.pypiToken) held.push("pypi-token (INPUT_PYPI-TOKEN)");
  if (inputs.testpypiToken) held.push("testpypi-token (INPUT_TESTPYPI-TOKEN)");
  if (env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
    held.push(
      "the OIDC request token of id-token: write (ACTIONS_ID_TOKEN_REQUEST_TOKEN and _URL), which mints a PyPI upload token by trusted publishing"
    );
  return held;
}
function secretReachFinding(inputs, env) {
  if (inputs.mode === "publish") return void 0;
  const held = heldSecrets(inputs, env);
  if (held.length === 0) return void 0;
  const list = held.join("; ");
  if (inputs.mode === "build") {
    return {
      level: "warning",
      title: "Build job with a publishing secret",
      message: `mode: build needs no secret and runs the repository's code (the build backend, the wheel test), which can read every secret of this job; yet it holds ${list}. Give the build job no pypi-token and no id-token: write; the publish job (mode: publish) holds them. See ${TWO_JOBS_URL}.`
    };
  }
  return {
    level: "notice",
    title: "Secrets within the repository's reach",
    message: `This job holds ${list}, and runs the repository's code: the build backend, the package the wheel test imports, the smoke test. That code runs as the same user as pyrelease and can read pyrelease's environment (/proc/<pid>/environ of any process of this user), so it can reach these secrets and the github-token, whatever its own environment holds. To keep them out of its reach, release in two jobs: mode: build with no secret, then mode: publish, which verifies the hand-over and runs no code of the repository, with id-token: write. See ${TWO_JOBS_URL}.`
  };
}

// src/release/steps/validate-step.ts
import path17 from "node:path";
function refuseLocalVersion(run, tag) {
  const version = run.result.pep440 === void 0 ? null : parsePep440(run.result.pep440);
  if (!version?.local) return;
  const primary = run.project.primary;
  const where = primary ? `${primary.label} (${primary.file}:${primary.line})` : `the tag ${tag ?? run.result.tag ?? ""}`;
  throw new UserError(
    `${where} is ${version.raw}, a local version (+${version.local}); PyPI and TestPyPI refuse local versions (PEP 440). Release the public version ${version.normalized.split("+")[0]} instead, tagged without the +${version.local}. Nothing was built or published.`,
    "Local version",
    primary ? { file: primary.file, line: primary.line, column: primary.column } : void 0
  );
}
async function versionTagAtHead(cwd, prefix, projectNames) {
  const result = await git(cwd, ["tag", "--points-at", "HEAD"]);
  if (result.exitCode !== 0) return void 0;
  const tags = result.stdout.split("\n").filter(Boolean);
  return latestVersionTag(tags, prefix, projectNames)?.tag;
}
var validate = releaseStep({
  name: "Validate",
  sideEffect: false,
  writes: ["projectDir", "validated"],
  async run(state) {
    const { context, inputs, requestedTag } = state;
    let run = await runCheck(context, inputs, requestedTag);
    if (requestedTag === void 0 && run.project.origin.kind !== "file") {
      const headTag = await versionTagAtHead(context.workspace, inputs.tagPrefix, run.tagNames);
      if (headTag) run = await runCheck(context, inputs, headTag);
    }
    state.observed.check = run.result;
    for (const finding of run.result.findings) annotate(finding);
    if (!run.result.ok) {
      const errors = run.result.findings.filter((finding) => finding.level === "error");
      throw new UserError(
        `the version check found ${errors.length} problem${errors.length === 1 ? "" : "s"} (see the annotations): ${errors.map((e) => e.title).join(", ")}. Nothing was built or published.`,
        "Release refused"
      );
    }
    refuseLocalVersion(run, requestedTag);
    const { project, result: check } = run;
    if (!project.name) {
      const setup = project.setupFiles;
      const [describer] = setup.length > 0 ? setup.slice(-1) : project.buildFiles.slice(-1);
      throw new UserError(
        setup.length > 0 ? `${setup.join(" and ")} ${setup.length === 1 ? "names" : "name"} no project (setup.cfg [metadata] name, or a literal name="\u2026" in setup()); a release needs the name the index knows it by. Add name = your-package under [metadata] in setup.cfg, or name="your-package" in setup(), and commit. Nothing was built or published.` : `${project.pyprojectFile} names no project ([project].name, or [tool.poetry].name for Poetry 1); a release needs the name the index knows it by. Add name = "your-package" to its [project] table and commit. Nothing was built or published.`,
        "No project name",
        { file: describer ?? project.pyprojectFile }
      );
    }
    state.projectDir = path17.join(context.workspace, project.dir);
    if (check.tag === void 0 || check.pep440 === void 0) {
      if (requestedTag === void 0 && inputs.dryRun && !inputs.distDir && project.origin.kind !== "file") {
        state.validated = {
          check,
          project,
          tag: "",
          version: "",
          name: project.name,
          fromBuild: true,
          tagNames: run.tagNames
        };
        return `not tagged: the version is what the build computes (${project.origin.how})`;
      }
      throw new UserError(
        `The version of ${project.buildFiles.join(" and ")} is not written in its files (${project.origin.kind === "file" ? "no version" : project.origin.how}), and no tag names it. Release from a version tag: tag the commit (git tag -a v1.2.3) and run again.`,
        "No version to release",
        { file: project.buildFiles[0] ?? project.pyprojectFile }
      );
    }
    state.validated = {
      check,
      project,
      tag: check.tag,
      version: check.pep440,
      name: project.name,
      fromBuild: false,
      tagNames: run.tagNames
    };
    return `${check.tag} = ${check.pep440}${requestedTag ? "" : ", not tagged (local dry run)"}`;
  }
});

// src/release/release.ts
function names(steps) {
  return steps.filter((step) => step !== void 0).map((step) => step.name);
}
function after(step, ...needs) {
  return { ...step, needs: names(needs) };
}
function skipped(name, detail, sideEffect, ...needs) {
  return {
    name,
    needs: names(needs),
    sideEffect,
    note: () => ({ status: "skipped", detail })
  };
}
function releaseMode(inputs, landing) {
  if (inputs.mode === "build") return "build";
  if (inputs.dryRun) return "dry run";
  if (landing) return "bump";
  if (inputs.mode === "publish") return "publish";
  return inputs.distDir ? "prebuilt" : "tag";
}
function buildSteps(mode, state, validated, uv) {
  const { inputs } = state;
  if (inputs.mode === "publish") {
    const verified = after(verifyHandover, validated);
    const built2 = skipped("Build", "mode: publish: built by the build job", false, verified);
    return { steps: [verified, built2], built: built2, verified };
  }
  if (inputs.distDir) {
    const built2 = skipped("Build", `dist-dir: ${inputs.distDir}`, false, validated);
    return { steps: [built2], built: built2, verified: void 0 };
  }
  const folder2 = mode === "build" ? after(buildFolder, validated) : void 0;
  const built = after(build, validated, uv, folder2);
  return { steps: [...folder2 ? [folder2] : [], built], built, verified: void 0 };
}
function checkSteps(mode, state) {
  const { inputs, requestedTag } = state;
  const publishing = inputs.mode === "publish";
  const tagged = requestedTag !== void 0 ? exactTag : void 0;
  const validated = after(validate, tagged);
  const uv = inputs.builder === "uv" && !publishing ? after(setupUv, validated) : void 0;
  const { steps: building, built, verified } = buildSteps(mode, state, validated, uv);
  const twine = after(setupTwine, uv ?? validated);
  const inspected = after(inspectArtifacts, built);
  const rules = after(pypiRulesStep, inspected, twine);
  const twineChecked = after(twineCheckStep, inspected, twine, rules);
  return [
    ...tagged ? [tagged] : [],
    validated,
    // A bump checked its branch before committing; its commit reaches origin with the push.
    ...tagged && mode !== "bump" ? [after(releaseBranch, validated)] : [],
    ...uv ? [uv] : [],
    ...building,
    twine,
    inspected,
    rules,
    twineChecked,
    // The wheel test installs with uv when that is the builder: after uv is set up.
    verified ? after(wheelTestedInBuildJob, verified) : after(testTheWheel, inspected, uv),
    // After twine check, beside the longer wheel test: one Python process fewer at a time.
    ...mode === "build" ? [] : [after(attestationPlan, twineChecked)]
  ];
}
function uploadSteps(state, pushed) {
  if (!state.inputs.publish) return [skipped("Publish", "repository-url: none", true, pushed)];
  const steps = [];
  let last = pushed;
  for (const [i, target] of state.targets.entries()) {
    last = after(publishToIndex(target, i), last);
    steps.push(last);
    if (target.verifyInstall) {
      last = state.inputs.mode === "publish" ? skipped(
        `Install from ${target.index.label}`,
        "mode: publish runs no code of the package; the build job tested the wheel",
        true,
        last
      ) : after(installFromIndex(target), last);
      steps.push(last);
    }
  }
  return steps;
}
function verifySteps(state, uploaded, drafted) {
  const main = state.targets.at(-1);
  const verified = after(verifyOnIndex(main), uploaded, drafted);
  const code = mayRunRepositoryCode({
    mode: state.inputs.mode,
    secrets: publishingSecrets(state.inputs, process.env)
  });
  const installed = code.allowed ? after(installFromIndex(main), verified) : skipped(
    `Install from ${main.index.label}`,
    `not run: ${code.reason}; verified by sha256 instead`,
    true,
    verified
  );
  return [verified, installed];
}
function sideEffectSteps(mode, state) {
  const { inputs, context } = state;
  const pushed = mode === "bump" ? pushBumpStep : void 0;
  const uploads = uploadSteps(state, pushed);
  const steps = [...pushed ? [pushed] : [], ...uploads];
  const provenance = inputs.githubAttestations ? after(githubAttestation, pushed) : void 0;
  if (provenance) steps.push(provenance);
  const drafted = state.releaser ? after(draftRelease, githubAccess, pushed) : void 0;
  if (drafted) steps.push(drafted);
  const verified = inputs.publish ? verifySteps(state, uploads.at(-1), drafted) : [];
  steps.push(...verified);
  if (!drafted) {
    steps.push(skipped("GitHub release", "no github-token or repository", true, pushed));
    return steps;
  }
  const released = after(publishRelease, drafted, verified.at(-1) ?? uploads.at(-1), provenance);
  steps.push(released);
  let latest = released;
  if (inputs.closeMilestone) {
    latest = after(closeMilestone, released);
    steps.push(latest);
  }
  if (inputs.openNextCyclePr && state.requestedTag && context.eventName === "push")
    steps.push(after(nextCyclePullRequest, latest));
  return steps;
}
function releaseGraph(mode, state) {
  const local = checkSteps(mode, state);
  if (mode === "build") return [...local, writeHandoverStep];
  const indexState = after(pypiStateStep, ...local);
  const checks = [...local, indexState];
  if (mode === "dry run") {
    const plan = after(publishPlan, attestationPlan, indexState);
    return [...checks, plan, after(githubReleasePlan, plan)];
  }
  const access = state.releaser ? [after(githubAccess, ...checks)] : [];
  return [...checks, ...access, ...sideEffectSteps(mode, state)];
}
function logClosing(mode, state) {
  if (mode === "build") {
    const dir = buildDir({ ...state, projectDir: state.projectDir });
    info(
      `Built and checked; nothing was uploaded or released. Hand ${path18.relative(state.context.workspace, dir) || "."} (with ${HANDOVER_FILE}) to a job with mode: publish, and the handover output ${state.handoverDigest} to its handover input.`
    );
  }
  if (mode === "dry run") {
    info(
      `Dry run: nothing was uploaded, tagged or released. The rest would be:
  ${state.plan.join("\n  ")}`
    );
  }
}
async function runRelease(context, inputs, requestedTag, pipeline = new Pipeline(), observed = {}, landing) {
  if (requestedTag !== void 0) refuseNonVersionTag(requestedTag, inputs.tagPrefix);
  const mode = releaseMode(inputs, landing);
  const state = {
    context,
    inputs,
    requestedTag,
    // A dry run is often on a maintainer's machine; mode: build hands over dist/ under working-directory, in a dry run too.
    dryRunBuildDir: inputs.dryRun && mode !== "build" ? await mkdtemp4(path18.join(process.env.RUNNER_TEMP || tmpdir4(), "pyrelease-dist-")) : void 0,
    targets: publishTargets(inputs),
    releaser: mode !== "dry run" && mode !== "build" && inputs.githubToken && context.repository ? deferredReleaser({
      token: inputs.githubToken,
      repository: context.repository,
      apiUrl: context.apiUrl,
      timeout: timeoutFromEnvironment(),
      warn: (message) => annotate({ level: "warning", title: "GitHub rate limit", message })
    }) : void 0,
    landing,
    plan: [],
    observed,
    passed: () => pipeline.records.filter((record) => record.status === "passed")
  };
  const reach = secretReachFinding(inputs, process.env);
  if (reach) annotate(reach);
  if (inputs.builder === "build") void pipCanTargetOtherPython(inputs.python);
  try {
    await runGraph(releaseGraph(mode, state), state, pipeline, RESULTS);
  } catch (error) {
    if (landing && !state.pushed) await undoBump(context.workspace, landing);
    throw error;
  }
  const { check, project } = state.validated;
  const inspection = state.inspection;
  logClosing(mode, state);
  return {
    check,
    project,
    wheel: inspection.wheel,
    sdist: inspection.sdist,
    files: inspection.files,
    releaseUrl: state.release?.htmlUrl,
    releaseId: state.release?.id,
    pypiUrl: state.pypiUrl,
    landed: state.landed,
    plan: state.plan,
    handover: state.handoverDigest,
    pipeline,
    ...state.milestone && { milestone: state.milestone }
  };
}

// src/release/release-report.ts
var STATUS = {
  passed: "\u2713 passed",
  failed: "\u2717 failed",
  skipped: "\u2013 skipped",
  "dry run": "\u25CB dry run"
};
var JOB = {
  build: " (build job)",
  publish: " (publish job)"
};
function summaryDetail(text2, limit = 120) {
  const line = text2.split("\n")[0];
  const short = line.length > limit ? `${line.slice(0, limit - 1)}\u2026` : line;
  return linkUrls(summaryText(short));
}
function linkUrls(escaped) {
  return escaped.replace(
    /https?:\/\/[^\s<>"]+[^\s<>".,;:)]/g,
    (url) => `<a href="${url}">${url}</a>`
  );
}
function link(url, label) {
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${label}</a>` : label;
}
function relativeToWorkspace(text2, workspace) {
  const root = workspace.replace(/[\\/]+$/, "");
  return root ? text2.split(`${root}${path19.sep}`).join("").split(root).join(".") : text2;
}
function addSteps(summary, pipeline, workspace) {
  const relative2 = (text2) => relativeToWorkspace(text2, workspace);
  summary.addHeading("Release steps", 3);
  summary.addTable([
    [
      { data: "Step", header: true },
      { data: "Result", header: true },
      { data: "Time", header: true },
      { data: "Detail", header: true }
    ],
    ...pipeline.records.map((record) => [
      summaryText(record.name),
      STATUS[record.status],
      seconds(record.durationMs),
      summaryDetail(relative2(record.detail)) || "\u2014"
      // an empty cell would be left unclosed
    ])
  ]);
  const failed = pipeline.records.find((record) => record.status === "failed");
  if (failed?.reason) {
    summary.addHeading(`Stopped at ${summaryText(failed.name)}`, 3).addRaw(`<pre>${linkUrls(escapeHtml(relative2(failed.reason)))}</pre>`, true);
  }
}
function addMilestone(summary, outcome) {
  const closed = outcome.milestone;
  if (!closed?.next) return;
  summary.addHeading(
    `Milestone ${summaryText(closed.title)} closed; moved to ${summaryText(closed.next.title)}${closed.next.created ? " (created)" : ""}`,
    3
  ).addList(
    closed.moved.map(
      (item) => `#${item.number} ${summaryText(item.title)}${item.pullRequest ? " (pull request)" : ""}`
    )
  );
}
function filesOutput(outcome) {
  const urls = new Map(outcome.landed?.files.map((file) => [file.filename, file.url]));
  return JSON.stringify(
    outcome.files.map((artifact) => ({
      filename: artifact.filename,
      sha256: artifact.sha256,
      ...urls.has(artifact.filename) && { url: urls.get(artifact.filename) }
    }))
  );
}
function addVerified(summary, outcome) {
  const landed = outcome.landed;
  if (!landed) return;
  const page = outcome.pypiUrl ? ` (<a href="${outcome.pypiUrl}">${outcome.pypiUrl}</a>)` : "";
  summary.addHeading(`Verified on ${escapeHtml(landed.indexLabel)}`, 3).addRaw(
    `<p>${escapeHtml(landed.indexLabel)}${page} lists every file with the sha256 computed here and serves the same bytes; no repository code was run to check it.</p>`,
    true
  ).addTable([
    [
      { data: "File", header: true },
      { data: "sha256", header: true },
      { data: escapeHtml(landed.indexLabel), header: true },
      { data: "GitHub asset", header: true }
    ],
    ...landed.files.map((file) => [
      `<a href="${escapeHtml(file.url)}">${escapeHtml(file.filename)}</a>`,
      `<code>${file.local}</code>`,
      file.index === file.local ? "\u2713 same" : `<code>${file.index}</code>`,
      file.github === void 0 ? "\u2014" : file.github === null ? "no digest" : "\u2713 same"
    ])
  ]);
}
function addOutcome(summary, outcome, dryRun) {
  summary.addHeading("Artifacts", 3);
  summary.addTable([
    [
      { data: "File", header: true },
      { data: "Size", header: true },
      { data: "sha256", header: true }
    ],
    ...outcome.files.map((artifact) => [
      summaryText(artifact.filename),
      `${artifact.size.toLocaleString("en-US")} bytes`,
      `<code>${summaryText(artifact.sha256)}</code>`
    ])
  ]);
  const links = [];
  if (outcome.pypiUrl) links.push(link(outcome.pypiUrl, summaryText(outcome.pypiUrl)));
  if (outcome.releaseUrl) links.push(link(outcome.releaseUrl, "GitHub release"));
  if (links.length > 0) summary.addHeading("Links", 3).addList(links);
  addMilestone(summary, outcome);
  addVerified(summary, outcome);
  if (dryRun)
    summary.addHeading("Dry run: what would happen", 3).addRaw(`<pre lang="text"><code>${escapeHtml(outcome.plan.join("\n"))}</code></pre>`, true);
}
async function runReleaseAndReport(context, inputs, tag, landing) {
  const pipeline = new Pipeline();
  const observed = {};
  let outcome;
  try {
    outcome = await runRelease(context, inputs, tag, pipeline, observed, landing);
  } finally {
    await writeSummary((summary) => {
      summary.addHeading(
        `pyrelease ${summaryText(outcome?.check.tag ?? tag ?? "")}${JOB[inputs.mode] ?? ""}${inputs.dryRun ? " (dry run)" : ""}: ${outcome ? "\u2713" : "\u2717"}`,
        2
      );
      addSteps(summary, pipeline, context.workspace);
      const check = outcome?.check ?? observed.check;
      if (check) addCheckSummary(summary, check);
      if (outcome) addOutcome(summary, outcome, inputs.dryRun);
    });
  }
  setCheckOutputs(outcome.check);
  const relative2 = (file) => {
    const inside = path19.relative(context.workspace, file);
    return inside.startsWith("..") || path19.isAbsolute(inside) ? file : inside.split(path19.sep).join("/");
  };
  setOutput("wheel", relative2(outcome.wheel.path));
  setOutput("sdist", outcome.sdist ? relative2(outcome.sdist.path) : "");
  setOutput("release-url", outcome.releaseUrl ?? "");
  setOutput("release-id", outcome.releaseId === void 0 ? "" : String(outcome.releaseId));
  setOutput("pypi-url", outcome.pypiUrl ?? "");
  if (outcome.handover !== void 0) setOutput("handover", outcome.handover);
  setOutput("files", filesOutput(outcome));
  return outcome;
}
export {
  runReleaseAndReport
};
