import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  decideAttestations,
  isMusl,
  parseTwineVersion,
  venvExecutable
} from "./chunk-442ZXISY.js";
import {
  getProxyUrl,
  require_tunnel,
  require_undici
} from "./chunk-BGCKNJRF.js";
import {
  ATTESTATION_SUFFIX,
  STATEMENT_TYPE
} from "./chunk-SBPPDQN2.js";
import {
  Pipeline,
  addUnreleasedSection,
  outputTail,
  outsideWorkspaceDir,
  parseGitUser,
  pushBump,
  recordOutput,
  requireExactTag,
  runCommand,
  seconds,
  shouldBeLatest,
  showCommand,
  undoBump
} from "./chunk-JS7THCQH.js";
import {
  info as info2
} from "./chunk-ASCTEFUS.js";
import {
  addCheckSummary,
  adornmentChar,
  annotate,
  branchMatches,
  canonicalProjectName,
  comparePep440,
  distFilenamePrefix,
  escapeHtml,
  findRelease,
  git,
  isOnRemoteBranch,
  latestVersionTag,
  listTags,
  parsePep440,
  parseVersionTag,
  previousTag,
  releaseBranchPatterns,
  remoteBranches,
  require_picomatch,
  resolveProjectDir,
  runCheck,
  samePep440,
  setCheckOutputs,
  tagCommit,
  tagVersion,
  writeSummary
} from "./chunk-RBKZR7JX.js";
import {
  cp,
  debug,
  exec,
  getIDToken,
  info,
  isDebug,
  mkdirP,
  notice,
  rmRF,
  setOutput,
  setSecret,
  warning,
  which
} from "./chunk-XMTXAARC.js";
import {
  require_semver
} from "./chunk-IS577UVD.js";
import {
  UserError
} from "./chunk-M3OTX3ED.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-HN3VUIRH.js";

// node_modules/@actions/github/node_modules/@actions/http-client/lib/proxy.js
var require_proxy = __commonJS({
  "node_modules/@actions/github/node_modules/@actions/http-client/lib/proxy.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getProxyUrl = getProxyUrl2;
    exports2.checkBypass = checkBypass;
    function getProxyUrl2(reqUrl) {
      const usingSsl = reqUrl.protocol === "https:";
      if (checkBypass(reqUrl)) {
        return void 0;
      }
      const proxyVar = (() => {
        if (usingSsl) {
          return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
        } else {
          return process.env["http_proxy"] || process.env["HTTP_PROXY"];
        }
      })();
      if (proxyVar) {
        try {
          return new DecodedURL(proxyVar);
        } catch (_a) {
          if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
            return new DecodedURL(`http://${proxyVar}`);
        }
      } else {
        return void 0;
      }
    }
    function checkBypass(reqUrl) {
      if (!reqUrl.hostname) {
        return false;
      }
      const reqHost = reqUrl.hostname;
      if (isLoopbackAddress(reqHost)) {
        return true;
      }
      const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
      if (!noProxy) {
        return false;
      }
      let reqPort;
      if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
      } else if (reqUrl.protocol === "http:") {
        reqPort = 80;
      } else if (reqUrl.protocol === "https:") {
        reqPort = 443;
      }
      const upperReqHosts = [reqUrl.hostname.toUpperCase()];
      if (typeof reqPort === "number") {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
      }
      for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) {
        if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) {
          return true;
        }
      }
      return false;
    }
    function isLoopbackAddress(host) {
      const hostLower = host.toLowerCase();
      return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
    }
    var DecodedURL = class extends URL {
      constructor(url, base2) {
        super(url, base2);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
      }
      get username() {
        return this._decodedUsername;
      }
      get password() {
        return this._decodedPassword;
      }
    };
  }
});

// node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js
var require_lib = __commonJS({
  "node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __awaiter3 = exports2 && exports2.__awaiter || function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve3) {
          resolve3(value);
        });
      }
      return new (P || (P = Promise))(function(resolve3, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.HttpClient = exports2.HttpClientResponse = exports2.HttpClientError = exports2.MediaTypes = exports2.Headers = exports2.HttpCodes = void 0;
    exports2.getProxyUrl = getProxyUrl2;
    exports2.isHttps = isHttps;
    var http = __importStar(__require("http"));
    var https = __importStar(__require("https"));
    var pm2 = __importStar(require_proxy());
    var tunnel = __importStar(require_tunnel());
    var undici_1 = require_undici();
    var HttpCodes;
    (function(HttpCodes2) {
      HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
      HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
      HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
      HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
      HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
      HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
      HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
      HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
      HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
      HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
      HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
      HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
      HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
      HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
      HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
      HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
      HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
      HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
      HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
      HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
      HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
      HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
      HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
      HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
      HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
      HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
      HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
    })(HttpCodes || (exports2.HttpCodes = HttpCodes = {}));
    var Headers;
    (function(Headers2) {
      Headers2["Accept"] = "accept";
      Headers2["ContentType"] = "content-type";
    })(Headers || (exports2.Headers = Headers = {}));
    var MediaTypes;
    (function(MediaTypes2) {
      MediaTypes2["ApplicationJson"] = "application/json";
    })(MediaTypes || (exports2.MediaTypes = MediaTypes = {}));
    function getProxyUrl2(serverUrl) {
      const proxyUrl = pm2.getProxyUrl(new URL(serverUrl));
      return proxyUrl ? proxyUrl.href : "";
    }
    var HttpRedirectCodes = [
      HttpCodes.MovedPermanently,
      HttpCodes.ResourceMoved,
      HttpCodes.SeeOther,
      HttpCodes.TemporaryRedirect,
      HttpCodes.PermanentRedirect
    ];
    var HttpResponseRetryCodes = [
      HttpCodes.BadGateway,
      HttpCodes.ServiceUnavailable,
      HttpCodes.GatewayTimeout
    ];
    var RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"];
    var ExponentialBackoffCeiling = 10;
    var ExponentialBackoffTimeSlice = 5;
    var HttpClientError = class _HttpClientError extends Error {
      constructor(message, statusCode) {
        super(message);
        this.name = "HttpClientError";
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, _HttpClientError.prototype);
      }
    };
    exports2.HttpClientError = HttpClientError;
    var HttpClientResponse = class {
      constructor(message) {
        this.message = message;
      }
      readBody() {
        return __awaiter3(this, void 0, void 0, function* () {
          return new Promise((resolve3) => __awaiter3(this, void 0, void 0, function* () {
            let output = Buffer.alloc(0);
            this.message.on("data", (chunk) => {
              output = Buffer.concat([output, chunk]);
            });
            this.message.on("end", () => {
              resolve3(output.toString());
            });
          }));
        });
      }
      readBodyBuffer() {
        return __awaiter3(this, void 0, void 0, function* () {
          return new Promise((resolve3) => __awaiter3(this, void 0, void 0, function* () {
            const chunks = [];
            this.message.on("data", (chunk) => {
              chunks.push(chunk);
            });
            this.message.on("end", () => {
              resolve3(Buffer.concat(chunks));
            });
          }));
        });
      }
    };
    exports2.HttpClientResponse = HttpClientResponse;
    function isHttps(requestUrl) {
      const parsedUrl = new URL(requestUrl);
      return parsedUrl.protocol === "https:";
    }
    var HttpClient3 = class {
      constructor(userAgent2, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent2);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
          if (requestOptions.ignoreSslError != null) {
            this._ignoreSslError = requestOptions.ignoreSslError;
          }
          this._socketTimeout = requestOptions.socketTimeout;
          if (requestOptions.allowRedirects != null) {
            this._allowRedirects = requestOptions.allowRedirects;
          }
          if (requestOptions.allowRedirectDowngrade != null) {
            this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
          }
          if (requestOptions.maxRedirects != null) {
            this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
          }
          if (requestOptions.keepAlive != null) {
            this._keepAlive = requestOptions.keepAlive;
          }
          if (requestOptions.allowRetries != null) {
            this._allowRetries = requestOptions.allowRetries;
          }
          if (requestOptions.maxRetries != null) {
            this._maxRetries = requestOptions.maxRetries;
          }
        }
      }
      options(requestUrl, additionalHeaders) {
        return __awaiter3(this, void 0, void 0, function* () {
          return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
        });
      }
      get(requestUrl, additionalHeaders) {
        return __awaiter3(this, void 0, void 0, function* () {
          return this.request("GET", requestUrl, null, additionalHeaders || {});
        });
      }
      del(requestUrl, additionalHeaders) {
        return __awaiter3(this, void 0, void 0, function* () {
          return this.request("DELETE", requestUrl, null, additionalHeaders || {});
        });
      }
      post(requestUrl, data, additionalHeaders) {
        return __awaiter3(this, void 0, void 0, function* () {
          return this.request("POST", requestUrl, data, additionalHeaders || {});
        });
      }
      patch(requestUrl, data, additionalHeaders) {
        return __awaiter3(this, void 0, void 0, function* () {
          return this.request("PATCH", requestUrl, data, additionalHeaders || {});
        });
      }
      put(requestUrl, data, additionalHeaders) {
        return __awaiter3(this, void 0, void 0, function* () {
          return this.request("PUT", requestUrl, data, additionalHeaders || {});
        });
      }
      head(requestUrl, additionalHeaders) {
        return __awaiter3(this, void 0, void 0, function* () {
          return this.request("HEAD", requestUrl, null, additionalHeaders || {});
        });
      }
      sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter3(this, void 0, void 0, function* () {
          return this.request(verb, requestUrl, stream, additionalHeaders);
        });
      }
      /**
       * Gets a typed object from an endpoint
       * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
       */
      getJson(requestUrl_1) {
        return __awaiter3(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          const res = yield this.get(requestUrl, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      postJson(requestUrl_1, obj_1) {
        return __awaiter3(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.post(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      putJson(requestUrl_1, obj_1) {
        return __awaiter3(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.put(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      patchJson(requestUrl_1, obj_1) {
        return __awaiter3(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.patch(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      /**
       * Makes a raw http request.
       * All other methods such as get, post, patch, and request ultimately call this.
       * Prefer get, del, post and patch
       */
      request(verb, requestUrl, data, headers) {
        return __awaiter3(this, void 0, void 0, function* () {
          if (this._disposed) {
            throw new Error("Client has already been disposed.");
          }
          const parsedUrl = new URL(requestUrl);
          let info3 = this._prepareRequest(verb, parsedUrl, headers);
          const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
          let numTries = 0;
          let response;
          do {
            response = yield this.requestRaw(info3, data);
            if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
              let authenticationHandler;
              for (const handler2 of this.handlers) {
                if (handler2.canHandleAuthentication(response)) {
                  authenticationHandler = handler2;
                  break;
                }
              }
              if (authenticationHandler) {
                return authenticationHandler.handleAuthentication(this, info3, data);
              } else {
                return response;
              }
            }
            let redirectsRemaining = this._maxRedirects;
            while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
              const redirectUrl = response.message.headers["location"];
              if (!redirectUrl) {
                break;
              }
              const parsedRedirectUrl = new URL(redirectUrl);
              if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) {
                throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
              }
              yield response.readBody();
              if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                for (const header in headers) {
                  if (header.toLowerCase() === "authorization") {
                    delete headers[header];
                  }
                }
              }
              info3 = this._prepareRequest(verb, parsedRedirectUrl, headers);
              response = yield this.requestRaw(info3, data);
              redirectsRemaining--;
            }
            if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) {
              return response;
            }
            numTries += 1;
            if (numTries < maxTries) {
              yield response.readBody();
              yield this._performExponentialBackoff(numTries);
            }
          } while (numTries < maxTries);
          return response;
        });
      }
      /**
       * Needs to be called if keepAlive is set to true in request options.
       */
      dispose() {
        if (this._agent) {
          this._agent.destroy();
        }
        this._disposed = true;
      }
      /**
       * Raw request.
       * @param info
       * @param data
       */
      requestRaw(info3, data) {
        return __awaiter3(this, void 0, void 0, function* () {
          return new Promise((resolve3, reject) => {
            function callbackForResult(err, res) {
              if (err) {
                reject(err);
              } else if (!res) {
                reject(new Error("Unknown error"));
              } else {
                resolve3(res);
              }
            }
            this.requestRawWithCallback(info3, data, callbackForResult);
          });
        });
      }
      /**
       * Raw request with callback.
       * @param info
       * @param data
       * @param onResult
       */
      requestRawWithCallback(info3, data, onResult) {
        if (typeof data === "string") {
          if (!info3.options.headers) {
            info3.options.headers = {};
          }
          info3.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
        }
        let callbackCalled = false;
        function handleResult(err, res) {
          if (!callbackCalled) {
            callbackCalled = true;
            onResult(err, res);
          }
        }
        const req = info3.httpModule.request(info3.options, (msg) => {
          const res = new HttpClientResponse(msg);
          handleResult(void 0, res);
        });
        let socket;
        req.on("socket", (sock) => {
          socket = sock;
        });
        req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
          if (socket) {
            socket.end();
          }
          handleResult(new Error(`Request timeout: ${info3.options.path}`));
        });
        req.on("error", function(err) {
          handleResult(err);
        });
        if (data && typeof data === "string") {
          req.write(data, "utf8");
        }
        if (data && typeof data !== "string") {
          data.on("close", function() {
            req.end();
          });
          data.pipe(req);
        } else {
          req.end();
        }
      }
      /**
       * Gets an http agent. This function is useful when you need an http agent that handles
       * routing through a proxy server - depending upon the url and proxy environment variables.
       * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
       */
      getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
      }
      getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm2.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
          return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
      }
      _prepareRequest(method, requestUrl, headers) {
        const info3 = {};
        info3.parsedUrl = requestUrl;
        const usingSsl = info3.parsedUrl.protocol === "https:";
        info3.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info3.options = {};
        info3.options.host = info3.parsedUrl.hostname;
        info3.options.port = info3.parsedUrl.port ? parseInt(info3.parsedUrl.port) : defaultPort;
        info3.options.path = (info3.parsedUrl.pathname || "") + (info3.parsedUrl.search || "");
        info3.options.method = method;
        info3.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
          info3.options.headers["user-agent"] = this.userAgent;
        }
        info3.options.agent = this._getAgent(info3.parsedUrl);
        if (this.handlers) {
          for (const handler2 of this.handlers) {
            handler2.prepareRequest(info3.options);
          }
        }
        return info3;
      }
      _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
          return Object.assign({}, lowercaseKeys2(this.requestOptions.headers), lowercaseKeys2(headers || {}));
        }
        return lowercaseKeys2(headers || {});
      }
      /**
       * Gets an existing header value or returns a default.
       * Handles converting number header values to strings since HTTP headers must be strings.
       * Note: This returns string | string[] since some headers can have multiple values.
       * For headers that must always be a single string (like Content-Type), use the
       * specialized _getExistingOrDefaultContentTypeHeader method instead.
       */
      _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
          const headerValue = lowercaseKeys2(this.requestOptions.headers)[header];
          if (headerValue) {
            clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
          }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== void 0) {
          return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
        }
        if (clientHeader !== void 0) {
          return clientHeader;
        }
        return _default;
      }
      /**
       * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
       * Always returns a single string (not an array) since Content-Type should be a single value.
       * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
       * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
       * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
       */
      _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
          const headerValue = lowercaseKeys2(this.requestOptions.headers)[Headers.ContentType];
          if (headerValue) {
            if (typeof headerValue === "number") {
              clientHeader = String(headerValue);
            } else if (Array.isArray(headerValue)) {
              clientHeader = headerValue.join(", ");
            } else {
              clientHeader = headerValue;
            }
          }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        if (additionalValue !== void 0) {
          if (typeof additionalValue === "number") {
            return String(additionalValue);
          } else if (Array.isArray(additionalValue)) {
            return additionalValue.join(", ");
          } else {
            return additionalValue;
          }
        }
        if (clientHeader !== void 0) {
          return clientHeader;
        }
        return _default;
      }
      _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm2.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
          agent = this._proxyAgent;
        }
        if (!useProxy) {
          agent = this._agent;
        }
        if (agent) {
          return agent;
        }
        const usingSsl = parsedUrl.protocol === "https:";
        let maxSockets = 100;
        if (this.requestOptions) {
          maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        }
        if (proxyUrl && proxyUrl.hostname) {
          const agentOptions = {
            maxSockets,
            keepAlive: this._keepAlive,
            proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
              proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
            }), { host: proxyUrl.hostname, port: proxyUrl.port })
          };
          let tunnelAgent;
          const overHttps = proxyUrl.protocol === "https:";
          if (usingSsl) {
            tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
          } else {
            tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
          }
          agent = tunnelAgent(agentOptions);
          this._proxyAgent = agent;
        }
        if (!agent) {
          const options2 = { keepAlive: this._keepAlive, maxSockets };
          agent = usingSsl ? new https.Agent(options2) : new http.Agent(options2);
          this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
          agent.options = Object.assign(agent.options || {}, {
            rejectUnauthorized: false
          });
        }
        return agent;
      }
      _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
          proxyAgent = this._proxyAgentDispatcher;
        }
        if (proxyAgent) {
          return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === "https:";
        proxyAgent = new undici_1.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, (proxyUrl.username || proxyUrl.password) && {
          token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
        }));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
          proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
            rejectUnauthorized: false
          });
        }
        return proxyAgent;
      }
      _getUserAgentWithOrchestrationId(userAgent2) {
        const baseUserAgent = userAgent2 || "actions/http-client";
        const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
        if (orchId) {
          const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
          return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
      }
      _performExponentialBackoff(retryNumber) {
        return __awaiter3(this, void 0, void 0, function* () {
          retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
          const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
          return new Promise((resolve3) => setTimeout(() => resolve3(), ms));
        });
      }
      _processResponse(res, options2) {
        return __awaiter3(this, void 0, void 0, function* () {
          return new Promise((resolve3, reject) => __awaiter3(this, void 0, void 0, function* () {
            const statusCode = res.message.statusCode || 0;
            const response = {
              statusCode,
              result: null,
              headers: {}
            };
            if (statusCode === HttpCodes.NotFound) {
              resolve3(response);
            }
            function dateTimeDeserializer(key, value) {
              if (typeof value === "string") {
                const a = new Date(value);
                if (!isNaN(a.valueOf())) {
                  return a;
                }
              }
              return value;
            }
            let obj;
            let contents;
            try {
              contents = yield res.readBody();
              if (contents && contents.length > 0) {
                if (options2 && options2.deserializeDates) {
                  obj = JSON.parse(contents, dateTimeDeserializer);
                } else {
                  obj = JSON.parse(contents);
                }
                response.result = obj;
              }
              response.headers = res.message.headers;
            } catch (err) {
            }
            if (statusCode > 299) {
              let msg;
              if (obj && obj.message) {
                msg = obj.message;
              } else if (contents && contents.length > 0) {
                msg = contents;
              } else {
                msg = `Failed request: (${statusCode})`;
              }
              const err = new HttpClientError(msg, statusCode);
              err.result = response.result;
              reject(err);
            } else {
              resolve3(response);
            }
          }));
        });
      }
    };
    exports2.HttpClient = HttpClient3;
    var lowercaseKeys2 = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});
  }
});

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports2, module2) {
    (function(global2, factory) {
      typeof exports2 === "object" && typeof module2 !== "undefined" ? module2.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports2, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      var load = function(received, defaults2, onto = {}) {
        var k, ref, v;
        for (k in defaults2) {
          v = defaults2[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults2, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults2[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser2 = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events2;
      Events2 = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base2;
          if ((base2 = this._events)[name] == null) {
            base2[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error) {
                e2 = error;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises)).find(function(x) {
              return x != null;
            });
          } catch (error) {
            e = error;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events2;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref, results;
            results = [];
            for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list;
          for (j = 0, len = arr.length; j < len; j++) {
            list = arr[j];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser2;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options2, jobDefaults, rejectOnDrop, Events3, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events3;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options2, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error != null ? error : new BottleneckError$1(message));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run, free) {
          var error, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error = error1;
            return this._onFailure(error, eventInfo, clearGlobalState, run, free);
          }
        }
        doExpire(clearGlobalState, run, free) {
          var error, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error, eventInfo, clearGlobalState, run, free);
        }
        async _onFailure(error, eventInfo, clearGlobalState, run, free) {
          var retry2, retryAfter2;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error, eventInfo);
            if (retry2 != null) {
              retryAfter2 = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter2} ms`, eventInfo);
              this.retryCount++;
              return run(retryAfter2);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser2;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base2;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base2 = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base2.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve3, reject) {
            return setTimeout(resolve3, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options2) {
          await this.yieldLoop();
          parser$2.overwrite(options2, options2, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error, reject, resolve3, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve: resolve3, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve3(returned);
                };
              } catch (error1) {
                error = error1;
                return function() {
                  return reject(error);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise2, reject, resolve3;
          resolve3 = reject = null;
          promise2 = new this.Promise(function(_resolve, _reject) {
            resolve3 = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve: resolve3, reject });
          this._tryToRun();
          return promise2;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser2;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref;
            return (ref = this.instances[key]) != null ? ref : (() => {
              var limiter;
              limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key);
              return limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base2;
            clearInterval(this.interval);
            return typeof (base2 = this.interval = setInterval(async () => {
              var e, k, ref, results, time, v;
              time = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error) {
                  e = error;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base2.unref() : void 0;
          }
          updateSettings(options2 = {}) {
            parser$3.overwrite(options2, this.defaults, this);
            parser$3.overwrite(options2, options2, this.limiterOptions);
            if (options2.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser2;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options2 = {}) {
            this.options = options2;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck3, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser2;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck3 = (function() {
        class Bottleneck4 {
          constructor(options2 = {}, ...invalid2) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options2, invalid2);
            parser$5.load(options2, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options2, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options2, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options2, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck4.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options2, invalid2) {
            if (!(options2 != null && typeof options2 === "object" && invalid2.length === 0)) {
              throw new Bottleneck4.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options2, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options2.weight));
              this.Events.trigger("debug", `Freed ${options2.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options2, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options: options2, args } = next = queue.first());
              if (capacity != null && options2.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options2.id}`, { args, options: options2 });
              index = this._randomIndex();
              return this._store.__register__(index, options2.weight, options2.expiration).then(({ success, wait, reservoir }) => {
                var empty2;
                this.Events.trigger("debug", `Drained ${options2.id}`, { success, args, options: options2 });
                if (success) {
                  queue.shift();
                  empty2 = this.empty();
                  if (empty2) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty2);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options2.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options2 = {}) {
            var done, waitForExecuting;
            options2 = parser$5.load(options2, this.stopDefaults);
            waitForExecuting = (at) => {
              var finished;
              finished = () => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at;
              };
              return new this.Promise((resolve3, reject) => {
                if (finished()) {
                  return resolve3();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve3();
                    }
                  });
                }
              });
            };
            done = options2.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options2.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref, v;
                ref = this._scheduled;
                for (k in ref) {
                  v = ref[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options2.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options2.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck4.prototype.BottleneckError(options2.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck4.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error, options2, reachedHWM, shifted, strategy;
            ({ args, options: options2 } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options2.weight));
            } catch (error1) {
              error = error1;
              this.Events.trigger("debug", `Could not queue ${options2.id}`, { args, options: options2, error });
              job.doDrop({ error });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck4.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options2.priority) : strategy === Bottleneck4.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options2.priority + 1) : strategy === Bottleneck4.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck4.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck4.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options2, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
              options2 = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options2, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options2 = parser$5.load(options2, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve3, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve3)(args3);
                });
              });
            };
            job = new Job$1(task, args, options2, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options2, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options2 = {};
            } else {
              [options2, task, ...args] = args;
            }
            job = new Job$1(task, args, options2, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = function(options2, ...args) {
              return schedule(options2, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options2 = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options2, this.storeDefaults));
            parser$5.overwrite(options2, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck4.default = Bottleneck4;
        Bottleneck4.Events = Events$4;
        Bottleneck4.version = Bottleneck4.prototype.version = require$$8.version;
        Bottleneck4.strategy = Bottleneck4.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck4.BottleneckError = Bottleneck4.prototype.BottleneckError = BottleneckError_1;
        Bottleneck4.Group = Bottleneck4.prototype.Group = Group_1;
        Bottleneck4.RedisConnection = Bottleneck4.prototype.RedisConnection = require$$2;
        Bottleneck4.IORedisConnection = Bottleneck4.prototype.IORedisConnection = require$$3;
        Bottleneck4.Batcher = Bottleneck4.prototype.Batcher = Batcher_1;
        Bottleneck4.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck4.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck4.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck4.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck4.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck4.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck4.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck4;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck3;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// node_modules/bottleneck/lib/parser.js
var require_parser = __commonJS({
  "node_modules/bottleneck/lib/parser.js"(exports2) {
    "use strict";
    exports2.load = function(received, defaults2, onto = {}) {
      var k, ref, v;
      for (k in defaults2) {
        v = defaults2[k];
        onto[k] = (ref = received[k]) != null ? ref : v;
      }
      return onto;
    };
    exports2.overwrite = function(received, defaults2, onto = {}) {
      var k, v;
      for (k in received) {
        v = received[k];
        if (defaults2[k] !== void 0) {
          onto[k] = v;
        }
      }
      return onto;
    };
  }
});

// node_modules/bottleneck/lib/DLList.js
var require_DLList = __commonJS({
  "node_modules/bottleneck/lib/DLList.js"(exports2, module2) {
    "use strict";
    var DLList;
    DLList = class DLList {
      constructor(incr, decr) {
        this.incr = incr;
        this.decr = decr;
        this._first = null;
        this._last = null;
        this.length = 0;
      }
      push(value) {
        var node;
        this.length++;
        if (typeof this.incr === "function") {
          this.incr();
        }
        node = {
          value,
          prev: this._last,
          next: null
        };
        if (this._last != null) {
          this._last.next = node;
          this._last = node;
        } else {
          this._first = this._last = node;
        }
        return void 0;
      }
      shift() {
        var value;
        if (this._first == null) {
          return;
        } else {
          this.length--;
          if (typeof this.decr === "function") {
            this.decr();
          }
        }
        value = this._first.value;
        if ((this._first = this._first.next) != null) {
          this._first.prev = null;
        } else {
          this._last = null;
        }
        return value;
      }
      first() {
        if (this._first != null) {
          return this._first.value;
        }
      }
      getArray() {
        var node, ref, results;
        node = this._first;
        results = [];
        while (node != null) {
          results.push((ref = node, node = node.next, ref.value));
        }
        return results;
      }
      forEachShift(cb) {
        var node;
        node = this.shift();
        while (node != null) {
          cb(node), node = this.shift();
        }
        return void 0;
      }
      debug() {
        var node, ref, ref1, ref2, results;
        node = this._first;
        results = [];
        while (node != null) {
          results.push((ref = node, node = node.next, {
            value: ref.value,
            prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
            next: (ref2 = ref.next) != null ? ref2.value : void 0
          }));
        }
        return results;
      }
    };
    module2.exports = DLList;
  }
});

// node_modules/bottleneck/lib/Events.js
var require_Events = __commonJS({
  "node_modules/bottleneck/lib/Events.js"(exports2, module2) {
    "use strict";
    function asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, key, arg) {
      try {
        var info3 = gen[key](arg);
        var value = info3.value;
      } catch (error) {
        reject(error);
        return;
      }
      if (info3.done) {
        resolve3(value);
      } else {
        Promise.resolve(value).then(_next, _throw);
      }
    }
    function _asyncToGenerator2(fn) {
      return function() {
        var self2 = this, args = arguments;
        return new Promise(function(resolve3, reject) {
          var gen = fn.apply(self2, args);
          function _next(value) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "next", value);
          }
          function _throw(err) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "throw", err);
          }
          _next(void 0);
        });
      };
    }
    var Events2;
    Events2 = class Events {
      constructor(instance) {
        this.instance = instance;
        this._events = {};
        if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
          throw new Error("An Emitter already exists for this object");
        }
        this.instance.on = (name, cb) => {
          return this._addListener(name, "many", cb);
        };
        this.instance.once = (name, cb) => {
          return this._addListener(name, "once", cb);
        };
        this.instance.removeAllListeners = (name = null) => {
          if (name != null) {
            return delete this._events[name];
          } else {
            return this._events = {};
          }
        };
      }
      _addListener(name, status, cb) {
        var base2;
        if ((base2 = this._events)[name] == null) {
          base2[name] = [];
        }
        this._events[name].push({
          cb,
          status
        });
        return this.instance;
      }
      listenerCount(name) {
        if (this._events[name] != null) {
          return this._events[name].length;
        } else {
          return 0;
        }
      }
      trigger(name, ...args) {
        var _this = this;
        return _asyncToGenerator2(function* () {
          var e, promises;
          try {
            if (name !== "debug") {
              _this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (_this._events[name] == null) {
              return;
            }
            _this._events[name] = _this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises = _this._events[name].map(
              /* @__PURE__ */ (function() {
                var _ref = _asyncToGenerator2(function* (listener) {
                  var e2, returned;
                  if (listener.status === "none") {
                    return;
                  }
                  if (listener.status === "once") {
                    listener.status = "none";
                  }
                  try {
                    returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                    if (typeof (returned != null ? returned.then : void 0) === "function") {
                      return yield returned;
                    } else {
                      return returned;
                    }
                  } catch (error) {
                    e2 = error;
                    if (true) {
                      _this.trigger("error", e2);
                    }
                    return null;
                  }
                });
                return function(_x) {
                  return _ref.apply(this, arguments);
                };
              })()
            );
            return (yield Promise.all(promises)).find(function(x) {
              return x != null;
            });
          } catch (error) {
            e = error;
            if (true) {
              _this.trigger("error", e);
            }
            return null;
          }
        })();
      }
    };
    module2.exports = Events2;
  }
});

// node_modules/bottleneck/lib/Queues.js
var require_Queues = __commonJS({
  "node_modules/bottleneck/lib/Queues.js"(exports2, module2) {
    "use strict";
    var DLList;
    var Events2;
    var Queues;
    DLList = require_DLList();
    Events2 = require_Events();
    Queues = class Queues {
      constructor(num_priorities) {
        var i;
        this.Events = new Events2(this);
        this._length = 0;
        this._lists = function() {
          var j, ref, results;
          results = [];
          for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
            results.push(new DLList(() => {
              return this.incr();
            }, () => {
              return this.decr();
            }));
          }
          return results;
        }.call(this);
      }
      incr() {
        if (this._length++ === 0) {
          return this.Events.trigger("leftzero");
        }
      }
      decr() {
        if (--this._length === 0) {
          return this.Events.trigger("zero");
        }
      }
      push(job) {
        return this._lists[job.options.priority].push(job);
      }
      queued(priority) {
        if (priority != null) {
          return this._lists[priority].length;
        } else {
          return this._length;
        }
      }
      shiftAll(fn) {
        return this._lists.forEach(function(list) {
          return list.forEachShift(fn);
        });
      }
      getFirst(arr = this._lists) {
        var j, len, list;
        for (j = 0, len = arr.length; j < len; j++) {
          list = arr[j];
          if (list.length > 0) {
            return list;
          }
        }
        return [];
      }
      shiftLastFrom(priority) {
        return this.getFirst(this._lists.slice(priority).reverse()).shift();
      }
    };
    module2.exports = Queues;
  }
});

// node_modules/bottleneck/lib/BottleneckError.js
var require_BottleneckError = __commonJS({
  "node_modules/bottleneck/lib/BottleneckError.js"(exports2, module2) {
    "use strict";
    var BottleneckError;
    BottleneckError = class BottleneckError extends Error {
    };
    module2.exports = BottleneckError;
  }
});

// node_modules/bottleneck/lib/Job.js
var require_Job = __commonJS({
  "node_modules/bottleneck/lib/Job.js"(exports2, module2) {
    "use strict";
    function asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, key, arg) {
      try {
        var info3 = gen[key](arg);
        var value = info3.value;
      } catch (error) {
        reject(error);
        return;
      }
      if (info3.done) {
        resolve3(value);
      } else {
        Promise.resolve(value).then(_next, _throw);
      }
    }
    function _asyncToGenerator2(fn) {
      return function() {
        var self2 = this, args = arguments;
        return new Promise(function(resolve3, reject) {
          var gen = fn.apply(self2, args);
          function _next(value) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "next", value);
          }
          function _throw(err) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "throw", err);
          }
          _next(void 0);
        });
      };
    }
    var BottleneckError;
    var DEFAULT_PRIORITY;
    var Job;
    var NUM_PRIORITIES;
    var parser2;
    NUM_PRIORITIES = 10;
    DEFAULT_PRIORITY = 5;
    parser2 = require_parser();
    BottleneckError = require_BottleneckError();
    Job = class Job {
      constructor(task, args, options2, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
        this.task = task;
        this.args = args;
        this.rejectOnDrop = rejectOnDrop;
        this.Events = Events2;
        this._states = _states;
        this.Promise = Promise2;
        this.options = parser2.load(options2, jobDefaults);
        this.options.priority = this._sanitizePriority(this.options.priority);
        if (this.options.id === jobDefaults.id) {
          this.options.id = `${this.options.id}-${this._randomIndex()}`;
        }
        this.promise = new this.Promise((_resolve, _reject) => {
          this._resolve = _resolve;
          this._reject = _reject;
        });
        this.retryCount = 0;
      }
      _sanitizePriority(priority) {
        var sProperty;
        sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
        if (sProperty < 0) {
          return 0;
        } else if (sProperty > NUM_PRIORITIES - 1) {
          return NUM_PRIORITIES - 1;
        } else {
          return sProperty;
        }
      }
      _randomIndex() {
        return Math.random().toString(36).slice(2);
      }
      doDrop({
        error,
        message = "This job has been dropped by Bottleneck"
      } = {}) {
        if (this._states.remove(this.options.id)) {
          if (this.rejectOnDrop) {
            this._reject(error != null ? error : new BottleneckError(message));
          }
          this.Events.trigger("dropped", {
            args: this.args,
            options: this.options,
            task: this.task,
            promise: this.promise
          });
          return true;
        } else {
          return false;
        }
      }
      _assertStatus(expected) {
        var status;
        status = this._states.jobStatus(this.options.id);
        if (!(status === expected || expected === "DONE" && status === null)) {
          throw new BottleneckError(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
        }
      }
      doReceive() {
        this._states.start(this.options.id);
        return this.Events.trigger("received", {
          args: this.args,
          options: this.options
        });
      }
      doQueue(reachedHWM, blocked) {
        this._assertStatus("RECEIVED");
        this._states.next(this.options.id);
        return this.Events.trigger("queued", {
          args: this.args,
          options: this.options,
          reachedHWM,
          blocked
        });
      }
      doRun() {
        if (this.retryCount === 0) {
          this._assertStatus("QUEUED");
          this._states.next(this.options.id);
        } else {
          this._assertStatus("EXECUTING");
        }
        return this.Events.trigger("scheduled", {
          args: this.args,
          options: this.options
        });
      }
      doExecute(chained, clearGlobalState, run, free) {
        var _this = this;
        return _asyncToGenerator2(function* () {
          var error, eventInfo, passed;
          if (_this.retryCount === 0) {
            _this._assertStatus("RUNNING");
            _this._states.next(_this.options.id);
          } else {
            _this._assertStatus("EXECUTING");
          }
          eventInfo = {
            args: _this.args,
            options: _this.options,
            retryCount: _this.retryCount
          };
          _this.Events.trigger("executing", eventInfo);
          try {
            passed = yield chained != null ? chained.schedule(_this.options, _this.task, ..._this.args) : _this.task(..._this.args);
            if (clearGlobalState()) {
              _this.doDone(eventInfo);
              yield free(_this.options, eventInfo);
              _this._assertStatus("DONE");
              return _this._resolve(passed);
            }
          } catch (error1) {
            error = error1;
            return _this._onFailure(error, eventInfo, clearGlobalState, run, free);
          }
        })();
      }
      doExpire(clearGlobalState, run, free) {
        var error, eventInfo;
        if (this._states.jobStatus(this.options.id === "RUNNING")) {
          this._states.next(this.options.id);
        }
        this._assertStatus("EXECUTING");
        eventInfo = {
          args: this.args,
          options: this.options,
          retryCount: this.retryCount
        };
        error = new BottleneckError(`This job timed out after ${this.options.expiration} ms.`);
        return this._onFailure(error, eventInfo, clearGlobalState, run, free);
      }
      _onFailure(error, eventInfo, clearGlobalState, run, free) {
        var _this2 = this;
        return _asyncToGenerator2(function* () {
          var retry2, retryAfter2;
          if (clearGlobalState()) {
            retry2 = yield _this2.Events.trigger("failed", error, eventInfo);
            if (retry2 != null) {
              retryAfter2 = ~~retry2;
              _this2.Events.trigger("retry", `Retrying ${_this2.options.id} after ${retryAfter2} ms`, eventInfo);
              _this2.retryCount++;
              return run(retryAfter2);
            } else {
              _this2.doDone(eventInfo);
              yield free(_this2.options, eventInfo);
              _this2._assertStatus("DONE");
              return _this2._reject(error);
            }
          }
        })();
      }
      doDone(eventInfo) {
        this._assertStatus("EXECUTING");
        this._states.next(this.options.id);
        return this.Events.trigger("done", eventInfo);
      }
    };
    module2.exports = Job;
  }
});

// node_modules/bottleneck/lib/LocalDatastore.js
var require_LocalDatastore = __commonJS({
  "node_modules/bottleneck/lib/LocalDatastore.js"(exports2, module2) {
    "use strict";
    function asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, key, arg) {
      try {
        var info3 = gen[key](arg);
        var value = info3.value;
      } catch (error) {
        reject(error);
        return;
      }
      if (info3.done) {
        resolve3(value);
      } else {
        Promise.resolve(value).then(_next, _throw);
      }
    }
    function _asyncToGenerator2(fn) {
      return function() {
        var self2 = this, args = arguments;
        return new Promise(function(resolve3, reject) {
          var gen = fn.apply(self2, args);
          function _next(value) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "next", value);
          }
          function _throw(err) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "throw", err);
          }
          _next(void 0);
        });
      };
    }
    var BottleneckError;
    var LocalDatastore;
    var parser2;
    parser2 = require_parser();
    BottleneckError = require_BottleneckError();
    LocalDatastore = class LocalDatastore {
      constructor(instance, storeOptions, storeInstanceOptions) {
        this.instance = instance;
        this.storeOptions = storeOptions;
        this.clientId = this.instance._randomIndex();
        parser2.load(storeInstanceOptions, storeInstanceOptions, this);
        this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
        this._running = 0;
        this._done = 0;
        this._unblockTime = 0;
        this.ready = this.Promise.resolve();
        this.clients = {};
        this._startHeartbeat();
      }
      _startHeartbeat() {
        var base2;
        if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
          return typeof (base2 = this.heartbeat = setInterval(() => {
            var amount, incr, maximum, now, reservoir;
            now = Date.now();
            if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
              this._lastReservoirRefresh = now;
              this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
              this.instance._drainAll(this.computeCapacity());
            }
            if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
              var _this$storeOptions = this.storeOptions;
              amount = _this$storeOptions.reservoirIncreaseAmount;
              maximum = _this$storeOptions.reservoirIncreaseMaximum;
              reservoir = _this$storeOptions.reservoir;
              this._lastReservoirIncrease = now;
              incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
              if (incr > 0) {
                this.storeOptions.reservoir += incr;
                return this.instance._drainAll(this.computeCapacity());
              }
            }
          }, this.heartbeatInterval)).unref === "function" ? base2.unref() : void 0;
        } else {
          return clearInterval(this.heartbeat);
        }
      }
      __publish__(message) {
        var _this = this;
        return _asyncToGenerator2(function* () {
          yield _this.yieldLoop();
          return _this.instance.Events.trigger("message", message.toString());
        })();
      }
      __disconnect__(flush) {
        var _this2 = this;
        return _asyncToGenerator2(function* () {
          yield _this2.yieldLoop();
          clearInterval(_this2.heartbeat);
          return _this2.Promise.resolve();
        })();
      }
      yieldLoop(t = 0) {
        return new this.Promise(function(resolve3, reject) {
          return setTimeout(resolve3, t);
        });
      }
      computePenalty() {
        var ref;
        return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
      }
      __updateSettings__(options2) {
        var _this3 = this;
        return _asyncToGenerator2(function* () {
          yield _this3.yieldLoop();
          parser2.overwrite(options2, options2, _this3.storeOptions);
          _this3._startHeartbeat();
          _this3.instance._drainAll(_this3.computeCapacity());
          return true;
        })();
      }
      __running__() {
        var _this4 = this;
        return _asyncToGenerator2(function* () {
          yield _this4.yieldLoop();
          return _this4._running;
        })();
      }
      __queued__() {
        var _this5 = this;
        return _asyncToGenerator2(function* () {
          yield _this5.yieldLoop();
          return _this5.instance.queued();
        })();
      }
      __done__() {
        var _this6 = this;
        return _asyncToGenerator2(function* () {
          yield _this6.yieldLoop();
          return _this6._done;
        })();
      }
      __groupCheck__(time) {
        var _this7 = this;
        return _asyncToGenerator2(function* () {
          yield _this7.yieldLoop();
          return _this7._nextRequest + _this7.timeout < time;
        })();
      }
      computeCapacity() {
        var maxConcurrent, reservoir;
        var _this$storeOptions2 = this.storeOptions;
        maxConcurrent = _this$storeOptions2.maxConcurrent;
        reservoir = _this$storeOptions2.reservoir;
        if (maxConcurrent != null && reservoir != null) {
          return Math.min(maxConcurrent - this._running, reservoir);
        } else if (maxConcurrent != null) {
          return maxConcurrent - this._running;
        } else if (reservoir != null) {
          return reservoir;
        } else {
          return null;
        }
      }
      conditionsCheck(weight) {
        var capacity;
        capacity = this.computeCapacity();
        return capacity == null || weight <= capacity;
      }
      __incrementReservoir__(incr) {
        var _this8 = this;
        return _asyncToGenerator2(function* () {
          var reservoir;
          yield _this8.yieldLoop();
          reservoir = _this8.storeOptions.reservoir += incr;
          _this8.instance._drainAll(_this8.computeCapacity());
          return reservoir;
        })();
      }
      __currentReservoir__() {
        var _this9 = this;
        return _asyncToGenerator2(function* () {
          yield _this9.yieldLoop();
          return _this9.storeOptions.reservoir;
        })();
      }
      isBlocked(now) {
        return this._unblockTime >= now;
      }
      check(weight, now) {
        return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
      }
      __check__(weight) {
        var _this10 = this;
        return _asyncToGenerator2(function* () {
          var now;
          yield _this10.yieldLoop();
          now = Date.now();
          return _this10.check(weight, now);
        })();
      }
      __register__(index, weight, expiration) {
        var _this11 = this;
        return _asyncToGenerator2(function* () {
          var now, wait;
          yield _this11.yieldLoop();
          now = Date.now();
          if (_this11.conditionsCheck(weight)) {
            _this11._running += weight;
            if (_this11.storeOptions.reservoir != null) {
              _this11.storeOptions.reservoir -= weight;
            }
            wait = Math.max(_this11._nextRequest - now, 0);
            _this11._nextRequest = now + wait + _this11.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: _this11.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        })();
      }
      strategyIsBlock() {
        return this.storeOptions.strategy === 3;
      }
      __submit__(queueLength, weight) {
        var _this12 = this;
        return _asyncToGenerator2(function* () {
          var blocked, now, reachedHWM;
          yield _this12.yieldLoop();
          if (_this12.storeOptions.maxConcurrent != null && weight > _this12.storeOptions.maxConcurrent) {
            throw new BottleneckError(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${_this12.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = _this12.storeOptions.highWater != null && queueLength === _this12.storeOptions.highWater && !_this12.check(weight, now);
          blocked = _this12.strategyIsBlock() && (reachedHWM || _this12.isBlocked(now));
          if (blocked) {
            _this12._unblockTime = now + _this12.computePenalty();
            _this12._nextRequest = _this12._unblockTime + _this12.storeOptions.minTime;
            _this12.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: _this12.storeOptions.strategy
          };
        })();
      }
      __free__(index, weight) {
        var _this13 = this;
        return _asyncToGenerator2(function* () {
          yield _this13.yieldLoop();
          _this13._running -= weight;
          _this13._done += weight;
          _this13.instance._drainAll(_this13.computeCapacity());
          return {
            running: _this13._running
          };
        })();
      }
    };
    module2.exports = LocalDatastore;
  }
});

// node_modules/bottleneck/lib/lua.json
var require_lua = __commonJS({
  "node_modules/bottleneck/lib/lua.json"(exports2, module2) {
    module2.exports = {
      "blacklist_client.lua": "local blacklist = ARGV[num_static_argv + 1]\n\nif redis.call('zscore', client_last_seen_key, blacklist) then\n  redis.call('zadd', client_last_seen_key, 0, blacklist)\nend\n\n\nreturn {}\n",
      "check.lua": "local weight = tonumber(ARGV[num_static_argv + 1])\n\nlocal capacity = process_tick(now, false)['capacity']\nlocal nextRequest = tonumber(redis.call('hget', settings_key, 'nextRequest'))\n\nreturn conditions_check(capacity, weight) and nextRequest - now <= 0\n",
      "conditions_check.lua": "local conditions_check = function (capacity, weight)\n  return capacity == nil or weight <= capacity\nend\n",
      "current_reservoir.lua": "return process_tick(now, false)['reservoir']\n",
      "done.lua": "process_tick(now, false)\n\nreturn tonumber(redis.call('hget', settings_key, 'done'))\n",
      "free.lua": "local index = ARGV[num_static_argv + 1]\n\nredis.call('zadd', job_expirations_key, 0, index)\n\nreturn process_tick(now, false)['running']\n",
      "get_time.lua": "redis.replicate_commands()\n\nlocal get_time = function ()\n  local time = redis.call('time')\n\n  return tonumber(time[1]..string.sub(time[2], 1, 3))\nend\n",
      "group_check.lua": "return not (redis.call('exists', settings_key) == 1)\n",
      "heartbeat.lua": "process_tick(now, true)\n",
      "increment_reservoir.lua": "local incr = tonumber(ARGV[num_static_argv + 1])\n\nredis.call('hincrby', settings_key, 'reservoir', incr)\n\nlocal reservoir = process_tick(now, true)['reservoir']\n\nlocal groupTimeout = tonumber(redis.call('hget', settings_key, 'groupTimeout'))\nrefresh_expiration(0, 0, groupTimeout)\n\nreturn reservoir\n",
      "init.lua": `local clear = tonumber(ARGV[num_static_argv + 1])
local limiter_version = ARGV[num_static_argv + 2]
local num_local_argv = num_static_argv + 2

if clear == 1 then
  redis.call('del', unpack(KEYS))
end

if redis.call('exists', settings_key) == 0 then
  -- Create
  local args = {'hmset', settings_key}

  for i = num_local_argv + 1, #ARGV do
    table.insert(args, ARGV[i])
  end

  redis.call(unpack(args))
  redis.call('hmset', settings_key,
    'nextRequest', now,
    'lastReservoirRefresh', now,
    'lastReservoirIncrease', now,
    'running', 0,
    'done', 0,
    'unblockTime', 0,
    'capacityPriorityCounter', 0
  )

else
  -- Apply migrations
  local settings = redis.call('hmget', settings_key,
    'id',
    'version'
  )
  local id = settings[1]
  local current_version = settings[2]

  if current_version ~= limiter_version then
    local version_digits = {}
    for k, v in string.gmatch(current_version, "([^.]+)") do
      table.insert(version_digits, tonumber(k))
    end

    -- 2.10.0
    if version_digits[2] < 10 then
      redis.call('hsetnx', settings_key, 'reservoirRefreshInterval', '')
      redis.call('hsetnx', settings_key, 'reservoirRefreshAmount', '')
      redis.call('hsetnx', settings_key, 'lastReservoirRefresh', '')
      redis.call('hsetnx', settings_key, 'done', 0)
      redis.call('hset', settings_key, 'version', '2.10.0')
    end

    -- 2.11.1
    if version_digits[2] < 11 or (version_digits[2] == 11 and version_digits[3] < 1) then
      if redis.call('hstrlen', settings_key, 'lastReservoirRefresh') == 0 then
        redis.call('hmset', settings_key,
          'lastReservoirRefresh', now,
          'version', '2.11.1'
        )
      end
    end

    -- 2.14.0
    if version_digits[2] < 14 then
      local old_running_key = 'b_'..id..'_running'
      local old_executing_key = 'b_'..id..'_executing'

      if redis.call('exists', old_running_key) == 1 then
        redis.call('rename', old_running_key, job_weights_key)
      end
      if redis.call('exists', old_executing_key) == 1 then
        redis.call('rename', old_executing_key, job_expirations_key)
      end
      redis.call('hset', settings_key, 'version', '2.14.0')
    end

    -- 2.15.2
    if version_digits[2] < 15 or (version_digits[2] == 15 and version_digits[3] < 2) then
      redis.call('hsetnx', settings_key, 'capacityPriorityCounter', 0)
      redis.call('hset', settings_key, 'version', '2.15.2')
    end

    -- 2.17.0
    if version_digits[2] < 17 then
      redis.call('hsetnx', settings_key, 'clientTimeout', 10000)
      redis.call('hset', settings_key, 'version', '2.17.0')
    end

    -- 2.18.0
    if version_digits[2] < 18 then
      redis.call('hsetnx', settings_key, 'reservoirIncreaseInterval', '')
      redis.call('hsetnx', settings_key, 'reservoirIncreaseAmount', '')
      redis.call('hsetnx', settings_key, 'reservoirIncreaseMaximum', '')
      redis.call('hsetnx', settings_key, 'lastReservoirIncrease', now)
      redis.call('hset', settings_key, 'version', '2.18.0')
    end

  end

  process_tick(now, false)
end

local groupTimeout = tonumber(redis.call('hget', settings_key, 'groupTimeout'))
refresh_expiration(0, 0, groupTimeout)

return {}
`,
      "process_tick.lua": "local process_tick = function (now, always_publish)\n\n  local compute_capacity = function (maxConcurrent, running, reservoir)\n    if maxConcurrent ~= nil and reservoir ~= nil then\n      return math.min((maxConcurrent - running), reservoir)\n    elseif maxConcurrent ~= nil then\n      return maxConcurrent - running\n    elseif reservoir ~= nil then\n      return reservoir\n    else\n      return nil\n    end\n  end\n\n  local settings = redis.call('hmget', settings_key,\n    'id',\n    'maxConcurrent',\n    'running',\n    'reservoir',\n    'reservoirRefreshInterval',\n    'reservoirRefreshAmount',\n    'lastReservoirRefresh',\n    'reservoirIncreaseInterval',\n    'reservoirIncreaseAmount',\n    'reservoirIncreaseMaximum',\n    'lastReservoirIncrease',\n    'capacityPriorityCounter',\n    'clientTimeout'\n  )\n  local id = settings[1]\n  local maxConcurrent = tonumber(settings[2])\n  local running = tonumber(settings[3])\n  local reservoir = tonumber(settings[4])\n  local reservoirRefreshInterval = tonumber(settings[5])\n  local reservoirRefreshAmount = tonumber(settings[6])\n  local lastReservoirRefresh = tonumber(settings[7])\n  local reservoirIncreaseInterval = tonumber(settings[8])\n  local reservoirIncreaseAmount = tonumber(settings[9])\n  local reservoirIncreaseMaximum = tonumber(settings[10])\n  local lastReservoirIncrease = tonumber(settings[11])\n  local capacityPriorityCounter = tonumber(settings[12])\n  local clientTimeout = tonumber(settings[13])\n\n  local initial_capacity = compute_capacity(maxConcurrent, running, reservoir)\n\n  --\n  -- Process 'running' changes\n  --\n  local expired = redis.call('zrangebyscore', job_expirations_key, '-inf', '('..now)\n\n  if #expired > 0 then\n    redis.call('zremrangebyscore', job_expirations_key, '-inf', '('..now)\n\n    local flush_batch = function (batch, acc)\n      local weights = redis.call('hmget', job_weights_key, unpack(batch))\n                      redis.call('hdel',  job_weights_key, unpack(batch))\n      local clients = redis.call('hmget', job_clients_key, unpack(batch))\n                      redis.call('hdel',  job_clients_key, unpack(batch))\n\n      -- Calculate sum of removed weights\n      for i = 1, #weights do\n        acc['total'] = acc['total'] + (tonumber(weights[i]) or 0)\n      end\n\n      -- Calculate sum of removed weights by client\n      local client_weights = {}\n      for i = 1, #clients do\n        local removed = tonumber(weights[i]) or 0\n        if removed > 0 then\n          acc['client_weights'][clients[i]] = (acc['client_weights'][clients[i]] or 0) + removed\n        end\n      end\n    end\n\n    local acc = {\n      ['total'] = 0,\n      ['client_weights'] = {}\n    }\n    local batch_size = 1000\n\n    -- Compute changes to Zsets and apply changes to Hashes\n    for i = 1, #expired, batch_size do\n      local batch = {}\n      for j = i, math.min(i + batch_size - 1, #expired) do\n        table.insert(batch, expired[j])\n      end\n\n      flush_batch(batch, acc)\n    end\n\n    -- Apply changes to Zsets\n    if acc['total'] > 0 then\n      redis.call('hincrby', settings_key, 'done', acc['total'])\n      running = tonumber(redis.call('hincrby', settings_key, 'running', -acc['total']))\n    end\n\n    for client, weight in pairs(acc['client_weights']) do\n      redis.call('zincrby', client_running_key, -weight, client)\n    end\n  end\n\n  --\n  -- Process 'reservoir' changes\n  --\n  local reservoirRefreshActive = reservoirRefreshInterval ~= nil and reservoirRefreshAmount ~= nil\n  if reservoirRefreshActive and now >= lastReservoirRefresh + reservoirRefreshInterval then\n    reservoir = reservoirRefreshAmount\n    redis.call('hmset', settings_key,\n      'reservoir', reservoir,\n      'lastReservoirRefresh', now\n    )\n  end\n\n  local reservoirIncreaseActive = reservoirIncreaseInterval ~= nil and reservoirIncreaseAmount ~= nil\n  if reservoirIncreaseActive and now >= lastReservoirIncrease + reservoirIncreaseInterval then\n    local num_intervals = math.floor((now - lastReservoirIncrease) / reservoirIncreaseInterval)\n    local incr = reservoirIncreaseAmount * num_intervals\n    if reservoirIncreaseMaximum ~= nil then\n      incr = math.min(incr, reservoirIncreaseMaximum - (reservoir or 0))\n    end\n    if incr > 0 then\n      reservoir = (reservoir or 0) + incr\n    end\n    redis.call('hmset', settings_key,\n      'reservoir', reservoir,\n      'lastReservoirIncrease', lastReservoirIncrease + (num_intervals * reservoirIncreaseInterval)\n    )\n  end\n\n  --\n  -- Clear unresponsive clients\n  --\n  local unresponsive = redis.call('zrangebyscore', client_last_seen_key, '-inf', (now - clientTimeout))\n  local unresponsive_lookup = {}\n  local terminated_clients = {}\n  for i = 1, #unresponsive do\n    unresponsive_lookup[unresponsive[i]] = true\n    if tonumber(redis.call('zscore', client_running_key, unresponsive[i])) == 0 then\n      table.insert(terminated_clients, unresponsive[i])\n    end\n  end\n  if #terminated_clients > 0 then\n    redis.call('zrem', client_running_key,         unpack(terminated_clients))\n    redis.call('hdel', client_num_queued_key,      unpack(terminated_clients))\n    redis.call('zrem', client_last_registered_key, unpack(terminated_clients))\n    redis.call('zrem', client_last_seen_key,       unpack(terminated_clients))\n  end\n\n  --\n  -- Broadcast capacity changes\n  --\n  local final_capacity = compute_capacity(maxConcurrent, running, reservoir)\n\n  if always_publish or (initial_capacity ~= nil and final_capacity == nil) then\n    -- always_publish or was not unlimited, now unlimited\n    redis.call('publish', 'b_'..id, 'capacity:'..(final_capacity or ''))\n\n  elseif initial_capacity ~= nil and final_capacity ~= nil and final_capacity > initial_capacity then\n    -- capacity was increased\n    -- send the capacity message to the limiter having the lowest number of running jobs\n    -- the tiebreaker is the limiter having not registered a job in the longest time\n\n    local lowest_concurrency_value = nil\n    local lowest_concurrency_clients = {}\n    local lowest_concurrency_last_registered = {}\n    local client_concurrencies = redis.call('zrange', client_running_key, 0, -1, 'withscores')\n\n    for i = 1, #client_concurrencies, 2 do\n      local client = client_concurrencies[i]\n      local concurrency = tonumber(client_concurrencies[i+1])\n\n      if (\n        lowest_concurrency_value == nil or lowest_concurrency_value == concurrency\n      ) and (\n        not unresponsive_lookup[client]\n      ) and (\n        tonumber(redis.call('hget', client_num_queued_key, client)) > 0\n      ) then\n        lowest_concurrency_value = concurrency\n        table.insert(lowest_concurrency_clients, client)\n        local last_registered = tonumber(redis.call('zscore', client_last_registered_key, client))\n        table.insert(lowest_concurrency_last_registered, last_registered)\n      end\n    end\n\n    if #lowest_concurrency_clients > 0 then\n      local position = 1\n      local earliest = lowest_concurrency_last_registered[1]\n\n      for i,v in ipairs(lowest_concurrency_last_registered) do\n        if v < earliest then\n          position = i\n          earliest = v\n        end\n      end\n\n      local next_client = lowest_concurrency_clients[position]\n      redis.call('publish', 'b_'..id,\n        'capacity-priority:'..(final_capacity or '')..\n        ':'..next_client..\n        ':'..capacityPriorityCounter\n      )\n      redis.call('hincrby', settings_key, 'capacityPriorityCounter', '1')\n    else\n      redis.call('publish', 'b_'..id, 'capacity:'..(final_capacity or ''))\n    end\n  end\n\n  return {\n    ['capacity'] = final_capacity,\n    ['running'] = running,\n    ['reservoir'] = reservoir\n  }\nend\n",
      "queued.lua": "local clientTimeout = tonumber(redis.call('hget', settings_key, 'clientTimeout'))\nlocal valid_clients = redis.call('zrangebyscore', client_last_seen_key, (now - clientTimeout), 'inf')\nlocal client_queued = redis.call('hmget', client_num_queued_key, unpack(valid_clients))\n\nlocal sum = 0\nfor i = 1, #client_queued do\n  sum = sum + tonumber(client_queued[i])\nend\n\nreturn sum\n",
      "refresh_expiration.lua": "local refresh_expiration = function (now, nextRequest, groupTimeout)\n\n  if groupTimeout ~= nil then\n    local ttl = (nextRequest + groupTimeout) - now\n\n    for i = 1, #KEYS do\n      redis.call('pexpire', KEYS[i], ttl)\n    end\n  end\n\nend\n",
      "refs.lua": "local settings_key = KEYS[1]\nlocal job_weights_key = KEYS[2]\nlocal job_expirations_key = KEYS[3]\nlocal job_clients_key = KEYS[4]\nlocal client_running_key = KEYS[5]\nlocal client_num_queued_key = KEYS[6]\nlocal client_last_registered_key = KEYS[7]\nlocal client_last_seen_key = KEYS[8]\n\nlocal now = tonumber(ARGV[1])\nlocal client = ARGV[2]\n\nlocal num_static_argv = 2\n",
      "register.lua": "local index = ARGV[num_static_argv + 1]\nlocal weight = tonumber(ARGV[num_static_argv + 2])\nlocal expiration = tonumber(ARGV[num_static_argv + 3])\n\nlocal state = process_tick(now, false)\nlocal capacity = state['capacity']\nlocal reservoir = state['reservoir']\n\nlocal settings = redis.call('hmget', settings_key,\n  'nextRequest',\n  'minTime',\n  'groupTimeout'\n)\nlocal nextRequest = tonumber(settings[1])\nlocal minTime = tonumber(settings[2])\nlocal groupTimeout = tonumber(settings[3])\n\nif conditions_check(capacity, weight) then\n\n  redis.call('hincrby', settings_key, 'running', weight)\n  redis.call('hset', job_weights_key, index, weight)\n  if expiration ~= nil then\n    redis.call('zadd', job_expirations_key, now + expiration, index)\n  end\n  redis.call('hset', job_clients_key, index, client)\n  redis.call('zincrby', client_running_key, weight, client)\n  redis.call('hincrby', client_num_queued_key, client, -1)\n  redis.call('zadd', client_last_registered_key, now, client)\n\n  local wait = math.max(nextRequest - now, 0)\n  local newNextRequest = now + wait + minTime\n\n  if reservoir == nil then\n    redis.call('hset', settings_key,\n      'nextRequest', newNextRequest\n    )\n  else\n    reservoir = reservoir - weight\n    redis.call('hmset', settings_key,\n      'reservoir', reservoir,\n      'nextRequest', newNextRequest\n    )\n  end\n\n  refresh_expiration(now, newNextRequest, groupTimeout)\n\n  return {true, wait, reservoir}\n\nelse\n  return {false}\nend\n",
      "register_client.lua": "local queued = tonumber(ARGV[num_static_argv + 1])\n\n-- Could have been re-registered concurrently\nif not redis.call('zscore', client_last_seen_key, client) then\n  redis.call('zadd', client_running_key, 0, client)\n  redis.call('hset', client_num_queued_key, client, queued)\n  redis.call('zadd', client_last_registered_key, 0, client)\nend\n\nredis.call('zadd', client_last_seen_key, now, client)\n\nreturn {}\n",
      "running.lua": "return process_tick(now, false)['running']\n",
      "submit.lua": "local queueLength = tonumber(ARGV[num_static_argv + 1])\nlocal weight = tonumber(ARGV[num_static_argv + 2])\n\nlocal capacity = process_tick(now, false)['capacity']\n\nlocal settings = redis.call('hmget', settings_key,\n  'id',\n  'maxConcurrent',\n  'highWater',\n  'nextRequest',\n  'strategy',\n  'unblockTime',\n  'penalty',\n  'minTime',\n  'groupTimeout'\n)\nlocal id = settings[1]\nlocal maxConcurrent = tonumber(settings[2])\nlocal highWater = tonumber(settings[3])\nlocal nextRequest = tonumber(settings[4])\nlocal strategy = tonumber(settings[5])\nlocal unblockTime = tonumber(settings[6])\nlocal penalty = tonumber(settings[7])\nlocal minTime = tonumber(settings[8])\nlocal groupTimeout = tonumber(settings[9])\n\nif maxConcurrent ~= nil and weight > maxConcurrent then\n  return redis.error_reply('OVERWEIGHT:'..weight..':'..maxConcurrent)\nend\n\nlocal reachedHWM = (highWater ~= nil and queueLength == highWater\n  and not (\n    conditions_check(capacity, weight)\n    and nextRequest - now <= 0\n  )\n)\n\nlocal blocked = strategy == 3 and (reachedHWM or unblockTime >= now)\n\nif blocked then\n  local computedPenalty = penalty\n  if computedPenalty == nil then\n    if minTime == 0 then\n      computedPenalty = 5000\n    else\n      computedPenalty = 15 * minTime\n    end\n  end\n\n  local newNextRequest = now + computedPenalty + minTime\n\n  redis.call('hmset', settings_key,\n    'unblockTime', now + computedPenalty,\n    'nextRequest', newNextRequest\n  )\n\n  local clients_queued_reset = redis.call('hkeys', client_num_queued_key)\n  local queued_reset = {}\n  for i = 1, #clients_queued_reset do\n    table.insert(queued_reset, clients_queued_reset[i])\n    table.insert(queued_reset, 0)\n  end\n  redis.call('hmset', client_num_queued_key, unpack(queued_reset))\n\n  redis.call('publish', 'b_'..id, 'blocked:')\n\n  refresh_expiration(now, newNextRequest, groupTimeout)\nend\n\nif not blocked and not reachedHWM then\n  redis.call('hincrby', client_num_queued_key, client, 1)\nend\n\nreturn {reachedHWM, blocked, strategy}\n",
      "update_settings.lua": "local args = {'hmset', settings_key}\n\nfor i = num_static_argv + 1, #ARGV do\n  table.insert(args, ARGV[i])\nend\n\nredis.call(unpack(args))\n\nprocess_tick(now, true)\n\nlocal groupTimeout = tonumber(redis.call('hget', settings_key, 'groupTimeout'))\nrefresh_expiration(0, 0, groupTimeout)\n\nreturn {}\n",
      "validate_client.lua": "if not redis.call('zscore', client_last_seen_key, client) then\n  return redis.error_reply('UNKNOWN_CLIENT')\nend\n\nredis.call('zadd', client_last_seen_key, now, client)\n",
      "validate_keys.lua": "if not (redis.call('exists', settings_key) == 1) then\n  return redis.error_reply('SETTINGS_KEY_NOT_FOUND')\nend\n"
    };
  }
});

// node_modules/bottleneck/lib/Scripts.js
var require_Scripts = __commonJS({
  "node_modules/bottleneck/lib/Scripts.js"(exports2) {
    "use strict";
    var headers;
    var lua;
    var templates;
    lua = require_lua();
    headers = {
      refs: lua["refs.lua"],
      validate_keys: lua["validate_keys.lua"],
      validate_client: lua["validate_client.lua"],
      refresh_expiration: lua["refresh_expiration.lua"],
      process_tick: lua["process_tick.lua"],
      conditions_check: lua["conditions_check.lua"],
      get_time: lua["get_time.lua"]
    };
    exports2.allKeys = function(id) {
      return [
        /*
        HASH
        */
        `b_${id}_settings`,
        /*
        HASH
        job index -> weight
        */
        `b_${id}_job_weights`,
        /*
        ZSET
        job index -> expiration
        */
        `b_${id}_job_expirations`,
        /*
        HASH
        job index -> client
        */
        `b_${id}_job_clients`,
        /*
        ZSET
        client -> sum running
        */
        `b_${id}_client_running`,
        /*
        HASH
        client -> num queued
        */
        `b_${id}_client_num_queued`,
        /*
        ZSET
        client -> last job registered
        */
        `b_${id}_client_last_registered`,
        /*
        ZSET
        client -> last seen
        */
        `b_${id}_client_last_seen`
      ];
    };
    templates = {
      init: {
        keys: exports2.allKeys,
        headers: ["process_tick"],
        refresh_expiration: true,
        code: lua["init.lua"]
      },
      group_check: {
        keys: exports2.allKeys,
        headers: [],
        refresh_expiration: false,
        code: lua["group_check.lua"]
      },
      register_client: {
        keys: exports2.allKeys,
        headers: ["validate_keys"],
        refresh_expiration: false,
        code: lua["register_client.lua"]
      },
      blacklist_client: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client"],
        refresh_expiration: false,
        code: lua["blacklist_client.lua"]
      },
      heartbeat: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client", "process_tick"],
        refresh_expiration: false,
        code: lua["heartbeat.lua"]
      },
      update_settings: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client", "process_tick"],
        refresh_expiration: true,
        code: lua["update_settings.lua"]
      },
      running: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client", "process_tick"],
        refresh_expiration: false,
        code: lua["running.lua"]
      },
      queued: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client"],
        refresh_expiration: false,
        code: lua["queued.lua"]
      },
      done: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client", "process_tick"],
        refresh_expiration: false,
        code: lua["done.lua"]
      },
      check: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client", "process_tick", "conditions_check"],
        refresh_expiration: false,
        code: lua["check.lua"]
      },
      submit: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client", "process_tick", "conditions_check"],
        refresh_expiration: true,
        code: lua["submit.lua"]
      },
      register: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client", "process_tick", "conditions_check"],
        refresh_expiration: true,
        code: lua["register.lua"]
      },
      free: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client", "process_tick"],
        refresh_expiration: true,
        code: lua["free.lua"]
      },
      current_reservoir: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client", "process_tick"],
        refresh_expiration: false,
        code: lua["current_reservoir.lua"]
      },
      increment_reservoir: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client", "process_tick"],
        refresh_expiration: true,
        code: lua["increment_reservoir.lua"]
      }
    };
    exports2.names = Object.keys(templates);
    exports2.keys = function(name, id) {
      return templates[name].keys(id);
    };
    exports2.payload = function(name) {
      var template;
      template = templates[name];
      return Array.prototype.concat(headers.refs, template.headers.map(function(h) {
        return headers[h];
      }), template.refresh_expiration ? headers.refresh_expiration : "", template.code).join("\n");
    };
  }
});

// node_modules/bottleneck/lib/RedisConnection.js
var require_RedisConnection = __commonJS({
  "node_modules/bottleneck/lib/RedisConnection.js"(exports, module) {
    "use strict";
    function asyncGeneratorStep(gen, resolve3, reject, _next, _throw, key, arg) {
      try {
        var info3 = gen[key](arg);
        var value = info3.value;
      } catch (error) {
        reject(error);
        return;
      }
      if (info3.done) {
        resolve3(value);
      } else {
        Promise.resolve(value).then(_next, _throw);
      }
    }
    function _asyncToGenerator(fn) {
      return function() {
        var self2 = this, args = arguments;
        return new Promise(function(resolve3, reject) {
          var gen = fn.apply(self2, args);
          function _next(value) {
            asyncGeneratorStep(gen, resolve3, reject, _next, _throw, "next", value);
          }
          function _throw(err) {
            asyncGeneratorStep(gen, resolve3, reject, _next, _throw, "throw", err);
          }
          _next(void 0);
        });
      };
    }
    var Events;
    var RedisConnection;
    var Scripts;
    var parser;
    parser = require_parser();
    Events = require_Events();
    Scripts = require_Scripts();
    RedisConnection = function() {
      class RedisConnection {
        constructor(options = {}) {
          parser.load(options, this.defaults, this);
          if (this.Redis == null) {
            this.Redis = eval("require")("redis");
          }
          if (this.Events == null) {
            this.Events = new Events(this);
          }
          this.terminated = false;
          if (this.client == null) {
            this.client = this.Redis.createClient(this.clientOptions);
          }
          this.subscriber = this.client.duplicate();
          this.limiters = {};
          this.shas = {};
          this.ready = this.Promise.all([this._setup(this.client, false), this._setup(this.subscriber, true)]).then(() => {
            return this._loadScripts();
          }).then(() => {
            return {
              client: this.client,
              subscriber: this.subscriber
            };
          });
        }
        _setup(client, sub) {
          client.setMaxListeners(0);
          return new this.Promise((resolve3, reject) => {
            client.on("error", (e) => {
              return this.Events.trigger("error", e);
            });
            if (sub) {
              client.on("message", (channel, message) => {
                var ref;
                return (ref = this.limiters[channel]) != null ? ref._store.onMessage(channel, message) : void 0;
              });
            }
            if (client.ready) {
              return resolve3();
            } else {
              return client.once("ready", resolve3);
            }
          });
        }
        _loadScript(name) {
          return new this.Promise((resolve3, reject) => {
            var payload;
            payload = Scripts.payload(name);
            return this.client.multi([["script", "load", payload]]).exec((err, replies) => {
              if (err != null) {
                return reject(err);
              }
              this.shas[name] = replies[0];
              return resolve3(replies[0]);
            });
          });
        }
        _loadScripts() {
          return this.Promise.all(Scripts.names.map((k) => {
            return this._loadScript(k);
          }));
        }
        __runCommand__(cmd) {
          var _this = this;
          return _asyncToGenerator(function* () {
            yield _this.ready;
            return new _this.Promise((resolve3, reject) => {
              return _this.client.multi([cmd]).exec_atomic(function(err, replies) {
                if (err != null) {
                  return reject(err);
                } else {
                  return resolve3(replies[0]);
                }
              });
            });
          })();
        }
        __addLimiter__(instance) {
          return this.Promise.all([instance.channel(), instance.channel_client()].map((channel) => {
            return new this.Promise((resolve3, reject) => {
              var handler2;
              handler2 = (chan) => {
                if (chan === channel) {
                  this.subscriber.removeListener("subscribe", handler2);
                  this.limiters[channel] = instance;
                  return resolve3();
                }
              };
              this.subscriber.on("subscribe", handler2);
              return this.subscriber.subscribe(channel);
            });
          }));
        }
        __removeLimiter__(instance) {
          var _this2 = this;
          return this.Promise.all([instance.channel(), instance.channel_client()].map(
            /* @__PURE__ */ (function() {
              var _ref = _asyncToGenerator(function* (channel) {
                if (!_this2.terminated) {
                  yield new _this2.Promise((resolve3, reject) => {
                    return _this2.subscriber.unsubscribe(channel, function(err, chan) {
                      if (err != null) {
                        return reject(err);
                      }
                      if (chan === channel) {
                        return resolve3();
                      }
                    });
                  });
                }
                return delete _this2.limiters[channel];
              });
              return function(_x) {
                return _ref.apply(this, arguments);
              };
            })()
          ));
        }
        __scriptArgs__(name, id, args, cb) {
          var keys;
          keys = Scripts.keys(name, id);
          return [this.shas[name], keys.length].concat(keys, args, cb);
        }
        __scriptFn__(name) {
          return this.client.evalsha.bind(this.client);
        }
        disconnect(flush = true) {
          var i, k, len, ref;
          ref = Object.keys(this.limiters);
          for (i = 0, len = ref.length; i < len; i++) {
            k = ref[i];
            clearInterval(this.limiters[k]._store.heartbeat);
          }
          this.limiters = {};
          this.terminated = true;
          this.client.end(flush);
          this.subscriber.end(flush);
          return this.Promise.resolve();
        }
      }
      ;
      RedisConnection.prototype.datastore = "redis";
      RedisConnection.prototype.defaults = {
        Redis: null,
        clientOptions: {},
        client: null,
        Promise,
        Events: null
      };
      return RedisConnection;
    }.call(void 0);
    module.exports = RedisConnection;
  }
});

// node_modules/bottleneck/lib/IORedisConnection.js
var require_IORedisConnection = __commonJS({
  "node_modules/bottleneck/lib/IORedisConnection.js"(exports, module) {
    "use strict";
    function _slicedToArray(arr, i) {
      return _arrayWithHoles(arr) || _iterableToArrayLimit(arr, i) || _nonIterableRest();
    }
    function _nonIterableRest() {
      throw new TypeError("Invalid attempt to destructure non-iterable instance");
    }
    function _iterableToArrayLimit(arr, i) {
      var _arr = [];
      var _n = true;
      var _d = false;
      var _e = void 0;
      try {
        for (var _i = arr[Symbol.iterator](), _s; !(_n = (_s = _i.next()).done); _n = true) {
          _arr.push(_s.value);
          if (i && _arr.length === i) break;
        }
      } catch (err) {
        _d = true;
        _e = err;
      } finally {
        try {
          if (!_n && _i["return"] != null) _i["return"]();
        } finally {
          if (_d) throw _e;
        }
      }
      return _arr;
    }
    function _arrayWithHoles(arr) {
      if (Array.isArray(arr)) return arr;
    }
    function asyncGeneratorStep(gen, resolve3, reject, _next, _throw, key, arg) {
      try {
        var info3 = gen[key](arg);
        var value = info3.value;
      } catch (error) {
        reject(error);
        return;
      }
      if (info3.done) {
        resolve3(value);
      } else {
        Promise.resolve(value).then(_next, _throw);
      }
    }
    function _asyncToGenerator(fn) {
      return function() {
        var self2 = this, args = arguments;
        return new Promise(function(resolve3, reject) {
          var gen = fn.apply(self2, args);
          function _next(value) {
            asyncGeneratorStep(gen, resolve3, reject, _next, _throw, "next", value);
          }
          function _throw(err) {
            asyncGeneratorStep(gen, resolve3, reject, _next, _throw, "throw", err);
          }
          _next(void 0);
        });
      };
    }
    var Events;
    var IORedisConnection;
    var Scripts;
    var parser;
    parser = require_parser();
    Events = require_Events();
    Scripts = require_Scripts();
    IORedisConnection = function() {
      class IORedisConnection {
        constructor(options = {}) {
          parser.load(options, this.defaults, this);
          if (this.Redis == null) {
            this.Redis = eval("require")("ioredis");
          }
          if (this.Events == null) {
            this.Events = new Events(this);
          }
          this.terminated = false;
          if (this.clusterNodes != null) {
            this.client = new this.Redis.Cluster(this.clusterNodes, this.clientOptions);
            this.subscriber = new this.Redis.Cluster(this.clusterNodes, this.clientOptions);
          } else if (this.client != null && this.client.duplicate == null) {
            this.subscriber = new this.Redis.Cluster(this.client.startupNodes, this.client.options);
          } else {
            if (this.client == null) {
              this.client = new this.Redis(this.clientOptions);
            }
            this.subscriber = this.client.duplicate();
          }
          this.limiters = {};
          this.ready = this.Promise.all([this._setup(this.client, false), this._setup(this.subscriber, true)]).then(() => {
            this._loadScripts();
            return {
              client: this.client,
              subscriber: this.subscriber
            };
          });
        }
        _setup(client, sub) {
          client.setMaxListeners(0);
          return new this.Promise((resolve3, reject) => {
            client.on("error", (e) => {
              return this.Events.trigger("error", e);
            });
            if (sub) {
              client.on("message", (channel, message) => {
                var ref;
                return (ref = this.limiters[channel]) != null ? ref._store.onMessage(channel, message) : void 0;
              });
            }
            if (client.status === "ready") {
              return resolve3();
            } else {
              return client.once("ready", resolve3);
            }
          });
        }
        _loadScripts() {
          return Scripts.names.forEach((name) => {
            return this.client.defineCommand(name, {
              lua: Scripts.payload(name)
            });
          });
        }
        __runCommand__(cmd) {
          var _this = this;
          return _asyncToGenerator(function* () {
            var _, deleted;
            yield _this.ready;
            var _ref = yield _this.client.pipeline([cmd]).exec();
            var _ref2 = _slicedToArray(_ref, 1);
            var _ref2$ = _slicedToArray(_ref2[0], 2);
            _ = _ref2$[0];
            deleted = _ref2$[1];
            return deleted;
          })();
        }
        __addLimiter__(instance) {
          return this.Promise.all([instance.channel(), instance.channel_client()].map((channel) => {
            return new this.Promise((resolve3, reject) => {
              return this.subscriber.subscribe(channel, () => {
                this.limiters[channel] = instance;
                return resolve3();
              });
            });
          }));
        }
        __removeLimiter__(instance) {
          var _this2 = this;
          return [instance.channel(), instance.channel_client()].forEach(
            /* @__PURE__ */ (function() {
              var _ref3 = _asyncToGenerator(function* (channel) {
                if (!_this2.terminated) {
                  yield _this2.subscriber.unsubscribe(channel);
                }
                return delete _this2.limiters[channel];
              });
              return function(_x) {
                return _ref3.apply(this, arguments);
              };
            })()
          );
        }
        __scriptArgs__(name, id, args, cb) {
          var keys;
          keys = Scripts.keys(name, id);
          return [keys.length].concat(keys, args, cb);
        }
        __scriptFn__(name) {
          return this.client[name].bind(this.client);
        }
        disconnect(flush = true) {
          var i, k, len, ref;
          ref = Object.keys(this.limiters);
          for (i = 0, len = ref.length; i < len; i++) {
            k = ref[i];
            clearInterval(this.limiters[k]._store.heartbeat);
          }
          this.limiters = {};
          this.terminated = true;
          if (flush) {
            return this.Promise.all([this.client.quit(), this.subscriber.quit()]);
          } else {
            this.client.disconnect();
            this.subscriber.disconnect();
            return this.Promise.resolve();
          }
        }
      }
      ;
      IORedisConnection.prototype.datastore = "ioredis";
      IORedisConnection.prototype.defaults = {
        Redis: null,
        clientOptions: {},
        clusterNodes: null,
        client: null,
        Promise,
        Events: null
      };
      return IORedisConnection;
    }.call(void 0);
    module.exports = IORedisConnection;
  }
});

// node_modules/bottleneck/lib/RedisDatastore.js
var require_RedisDatastore = __commonJS({
  "node_modules/bottleneck/lib/RedisDatastore.js"(exports2, module2) {
    "use strict";
    function _slicedToArray2(arr, i) {
      return _arrayWithHoles2(arr) || _iterableToArrayLimit2(arr, i) || _nonIterableRest2();
    }
    function _nonIterableRest2() {
      throw new TypeError("Invalid attempt to destructure non-iterable instance");
    }
    function _iterableToArrayLimit2(arr, i) {
      var _arr = [];
      var _n = true;
      var _d = false;
      var _e = void 0;
      try {
        for (var _i = arr[Symbol.iterator](), _s; !(_n = (_s = _i.next()).done); _n = true) {
          _arr.push(_s.value);
          if (i && _arr.length === i) break;
        }
      } catch (err) {
        _d = true;
        _e = err;
      } finally {
        try {
          if (!_n && _i["return"] != null) _i["return"]();
        } finally {
          if (_d) throw _e;
        }
      }
      return _arr;
    }
    function _arrayWithHoles2(arr) {
      if (Array.isArray(arr)) return arr;
    }
    function asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, key, arg) {
      try {
        var info3 = gen[key](arg);
        var value = info3.value;
      } catch (error) {
        reject(error);
        return;
      }
      if (info3.done) {
        resolve3(value);
      } else {
        Promise.resolve(value).then(_next, _throw);
      }
    }
    function _asyncToGenerator2(fn) {
      return function() {
        var self2 = this, args = arguments;
        return new Promise(function(resolve3, reject) {
          var gen = fn.apply(self2, args);
          function _next(value) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "next", value);
          }
          function _throw(err) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "throw", err);
          }
          _next(void 0);
        });
      };
    }
    var BottleneckError;
    var IORedisConnection2;
    var RedisConnection2;
    var RedisDatastore;
    var parser2;
    parser2 = require_parser();
    BottleneckError = require_BottleneckError();
    RedisConnection2 = require_RedisConnection();
    IORedisConnection2 = require_IORedisConnection();
    RedisDatastore = class RedisDatastore {
      constructor(instance, storeOptions, storeInstanceOptions) {
        this.instance = instance;
        this.storeOptions = storeOptions;
        this.originalId = this.instance.id;
        this.clientId = this.instance._randomIndex();
        parser2.load(storeInstanceOptions, storeInstanceOptions, this);
        this.clients = {};
        this.capacityPriorityCounters = {};
        this.sharedConnection = this.connection != null;
        if (this.connection == null) {
          this.connection = this.instance.datastore === "redis" ? new RedisConnection2({
            Redis: this.Redis,
            clientOptions: this.clientOptions,
            Promise: this.Promise,
            Events: this.instance.Events
          }) : this.instance.datastore === "ioredis" ? new IORedisConnection2({
            Redis: this.Redis,
            clientOptions: this.clientOptions,
            clusterNodes: this.clusterNodes,
            Promise: this.Promise,
            Events: this.instance.Events
          }) : void 0;
        }
        this.instance.connection = this.connection;
        this.instance.datastore = this.connection.datastore;
        this.ready = this.connection.ready.then((clients) => {
          this.clients = clients;
          return this.runScript("init", this.prepareInitSettings(this.clearDatastore));
        }).then(() => {
          return this.connection.__addLimiter__(this.instance);
        }).then(() => {
          return this.runScript("register_client", [this.instance.queued()]);
        }).then(() => {
          var base2;
          if (typeof (base2 = this.heartbeat = setInterval(() => {
            return this.runScript("heartbeat", []).catch((e) => {
              return this.instance.Events.trigger("error", e);
            });
          }, this.heartbeatInterval)).unref === "function") {
            base2.unref();
          }
          return this.clients;
        });
      }
      __publish__(message) {
        var _this = this;
        return _asyncToGenerator2(function* () {
          var client;
          var _ref = yield _this.ready;
          client = _ref.client;
          return client.publish(_this.instance.channel(), `message:${message.toString()}`);
        })();
      }
      onMessage(channel, message) {
        var _this2 = this;
        return _asyncToGenerator2(function* () {
          var capacity, counter, data, drained, e, newCapacity, pos, priorityClient, rawCapacity, type;
          try {
            pos = message.indexOf(":");
            var _ref2 = [message.slice(0, pos), message.slice(pos + 1)];
            type = _ref2[0];
            data = _ref2[1];
            if (type === "capacity") {
              return yield _this2.instance._drainAll(data.length > 0 ? ~~data : void 0);
            } else if (type === "capacity-priority") {
              var _data$split = data.split(":");
              var _data$split2 = _slicedToArray2(_data$split, 3);
              rawCapacity = _data$split2[0];
              priorityClient = _data$split2[1];
              counter = _data$split2[2];
              capacity = rawCapacity.length > 0 ? ~~rawCapacity : void 0;
              if (priorityClient === _this2.clientId) {
                drained = yield _this2.instance._drainAll(capacity);
                newCapacity = capacity != null ? capacity - (drained || 0) : "";
                return yield _this2.clients.client.publish(_this2.instance.channel(), `capacity-priority:${newCapacity}::${counter}`);
              } else if (priorityClient === "") {
                clearTimeout(_this2.capacityPriorityCounters[counter]);
                delete _this2.capacityPriorityCounters[counter];
                return _this2.instance._drainAll(capacity);
              } else {
                return _this2.capacityPriorityCounters[counter] = setTimeout(
                  /* @__PURE__ */ _asyncToGenerator2(function* () {
                    var e2;
                    try {
                      delete _this2.capacityPriorityCounters[counter];
                      yield _this2.runScript("blacklist_client", [priorityClient]);
                      return yield _this2.instance._drainAll(capacity);
                    } catch (error) {
                      e2 = error;
                      return _this2.instance.Events.trigger("error", e2);
                    }
                  }),
                  1e3
                );
              }
            } else if (type === "message") {
              return _this2.instance.Events.trigger("message", data);
            } else if (type === "blocked") {
              return yield _this2.instance._dropAllQueued();
            }
          } catch (error) {
            e = error;
            return _this2.instance.Events.trigger("error", e);
          }
        })();
      }
      __disconnect__(flush) {
        clearInterval(this.heartbeat);
        if (this.sharedConnection) {
          return this.connection.__removeLimiter__(this.instance);
        } else {
          return this.connection.disconnect(flush);
        }
      }
      runScript(name, args) {
        var _this3 = this;
        return _asyncToGenerator2(function* () {
          if (!(name === "init" || name === "register_client")) {
            yield _this3.ready;
          }
          return new _this3.Promise((resolve3, reject) => {
            var all_args, arr;
            all_args = [Date.now(), _this3.clientId].concat(args);
            _this3.instance.Events.trigger("debug", `Calling Redis script: ${name}.lua`, all_args);
            arr = _this3.connection.__scriptArgs__(name, _this3.originalId, all_args, function(err, replies) {
              if (err != null) {
                return reject(err);
              }
              return resolve3(replies);
            });
            return _this3.connection.__scriptFn__(name)(...arr);
          }).catch((e) => {
            if (e.message === "SETTINGS_KEY_NOT_FOUND") {
              if (name === "heartbeat") {
                return _this3.Promise.resolve();
              } else {
                return _this3.runScript("init", _this3.prepareInitSettings(false)).then(() => {
                  return _this3.runScript(name, args);
                });
              }
            } else if (e.message === "UNKNOWN_CLIENT") {
              return _this3.runScript("register_client", [_this3.instance.queued()]).then(() => {
                return _this3.runScript(name, args);
              });
            } else {
              return _this3.Promise.reject(e);
            }
          });
        })();
      }
      prepareArray(arr) {
        var i, len, results, x;
        results = [];
        for (i = 0, len = arr.length; i < len; i++) {
          x = arr[i];
          results.push(x != null ? x.toString() : "");
        }
        return results;
      }
      prepareObject(obj) {
        var arr, k, v;
        arr = [];
        for (k in obj) {
          v = obj[k];
          arr.push(k, v != null ? v.toString() : "");
        }
        return arr;
      }
      prepareInitSettings(clear) {
        var args;
        args = this.prepareObject(Object.assign({}, this.storeOptions, {
          id: this.originalId,
          version: this.instance.version,
          groupTimeout: this.timeout,
          clientTimeout: this.clientTimeout
        }));
        args.unshift(clear ? 1 : 0, this.instance.version);
        return args;
      }
      convertBool(b) {
        return !!b;
      }
      __updateSettings__(options2) {
        var _this4 = this;
        return _asyncToGenerator2(function* () {
          yield _this4.runScript("update_settings", _this4.prepareObject(options2));
          return parser2.overwrite(options2, options2, _this4.storeOptions);
        })();
      }
      __running__() {
        return this.runScript("running", []);
      }
      __queued__() {
        return this.runScript("queued", []);
      }
      __done__() {
        return this.runScript("done", []);
      }
      __groupCheck__() {
        var _this5 = this;
        return _asyncToGenerator2(function* () {
          return _this5.convertBool(yield _this5.runScript("group_check", []));
        })();
      }
      __incrementReservoir__(incr) {
        return this.runScript("increment_reservoir", [incr]);
      }
      __currentReservoir__() {
        return this.runScript("current_reservoir", []);
      }
      __check__(weight) {
        var _this6 = this;
        return _asyncToGenerator2(function* () {
          return _this6.convertBool(yield _this6.runScript("check", _this6.prepareArray([weight])));
        })();
      }
      __register__(index, weight, expiration) {
        var _this7 = this;
        return _asyncToGenerator2(function* () {
          var reservoir, success, wait;
          var _ref4 = yield _this7.runScript("register", _this7.prepareArray([index, weight, expiration]));
          var _ref5 = _slicedToArray2(_ref4, 3);
          success = _ref5[0];
          wait = _ref5[1];
          reservoir = _ref5[2];
          return {
            success: _this7.convertBool(success),
            wait,
            reservoir
          };
        })();
      }
      __submit__(queueLength, weight) {
        var _this8 = this;
        return _asyncToGenerator2(function* () {
          var blocked, e, maxConcurrent, overweight, reachedHWM, strategy;
          try {
            var _ref6 = yield _this8.runScript("submit", _this8.prepareArray([queueLength, weight]));
            var _ref7 = _slicedToArray2(_ref6, 3);
            reachedHWM = _ref7[0];
            blocked = _ref7[1];
            strategy = _ref7[2];
            return {
              reachedHWM: _this8.convertBool(reachedHWM),
              blocked: _this8.convertBool(blocked),
              strategy
            };
          } catch (error) {
            e = error;
            if (e.message.indexOf("OVERWEIGHT") === 0) {
              var _e$message$split = e.message.split(":");
              var _e$message$split2 = _slicedToArray2(_e$message$split, 3);
              overweight = _e$message$split2[0];
              weight = _e$message$split2[1];
              maxConcurrent = _e$message$split2[2];
              throw new BottleneckError(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${maxConcurrent}`);
            } else {
              throw e;
            }
          }
        })();
      }
      __free__(index, weight) {
        var _this9 = this;
        return _asyncToGenerator2(function* () {
          var running;
          running = yield _this9.runScript("free", _this9.prepareArray([index]));
          return {
            running
          };
        })();
      }
    };
    module2.exports = RedisDatastore;
  }
});

// node_modules/bottleneck/lib/States.js
var require_States = __commonJS({
  "node_modules/bottleneck/lib/States.js"(exports2, module2) {
    "use strict";
    var BottleneckError;
    var States;
    BottleneckError = require_BottleneckError();
    States = class States {
      constructor(status1) {
        this.status = status1;
        this._jobs = {};
        this.counts = this.status.map(function() {
          return 0;
        });
      }
      next(id) {
        var current, next;
        current = this._jobs[id];
        next = current + 1;
        if (current != null && next < this.status.length) {
          this.counts[current]--;
          this.counts[next]++;
          return this._jobs[id]++;
        } else if (current != null) {
          this.counts[current]--;
          return delete this._jobs[id];
        }
      }
      start(id) {
        var initial;
        initial = 0;
        this._jobs[id] = initial;
        return this.counts[initial]++;
      }
      remove(id) {
        var current;
        current = this._jobs[id];
        if (current != null) {
          this.counts[current]--;
          delete this._jobs[id];
        }
        return current != null;
      }
      jobStatus(id) {
        var ref;
        return (ref = this.status[this._jobs[id]]) != null ? ref : null;
      }
      statusJobs(status) {
        var k, pos, ref, results, v;
        if (status != null) {
          pos = this.status.indexOf(status);
          if (pos < 0) {
            throw new BottleneckError(`status must be one of ${this.status.join(", ")}`);
          }
          ref = this._jobs;
          results = [];
          for (k in ref) {
            v = ref[k];
            if (v === pos) {
              results.push(k);
            }
          }
          return results;
        } else {
          return Object.keys(this._jobs);
        }
      }
      statusCounts() {
        return this.counts.reduce((acc, v, i) => {
          acc[this.status[i]] = v;
          return acc;
        }, {});
      }
    };
    module2.exports = States;
  }
});

// node_modules/bottleneck/lib/Sync.js
var require_Sync = __commonJS({
  "node_modules/bottleneck/lib/Sync.js"(exports2, module2) {
    "use strict";
    function asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, key, arg) {
      try {
        var info3 = gen[key](arg);
        var value = info3.value;
      } catch (error) {
        reject(error);
        return;
      }
      if (info3.done) {
        resolve3(value);
      } else {
        Promise.resolve(value).then(_next, _throw);
      }
    }
    function _asyncToGenerator2(fn) {
      return function() {
        var self2 = this, args = arguments;
        return new Promise(function(resolve3, reject) {
          var gen = fn.apply(self2, args);
          function _next(value) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "next", value);
          }
          function _throw(err) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "throw", err);
          }
          _next(void 0);
        });
      };
    }
    var DLList;
    var Sync;
    DLList = require_DLList();
    Sync = class Sync {
      constructor(name, Promise2) {
        this.schedule = this.schedule.bind(this);
        this.name = name;
        this.Promise = Promise2;
        this._running = 0;
        this._queue = new DLList();
      }
      isEmpty() {
        return this._queue.length === 0;
      }
      _tryToRun() {
        var _this = this;
        return _asyncToGenerator2(function* () {
          var args, cb, error, reject, resolve3, returned, task;
          if (_this._running < 1 && _this._queue.length > 0) {
            _this._running++;
            var _this$_queue$shift = _this._queue.shift();
            task = _this$_queue$shift.task;
            args = _this$_queue$shift.args;
            resolve3 = _this$_queue$shift.resolve;
            reject = _this$_queue$shift.reject;
            cb = yield _asyncToGenerator2(function* () {
              try {
                returned = yield task(...args);
                return function() {
                  return resolve3(returned);
                };
              } catch (error1) {
                error = error1;
                return function() {
                  return reject(error);
                };
              }
            })();
            _this._running--;
            _this._tryToRun();
            return cb();
          }
        })();
      }
      schedule(task, ...args) {
        var promise2, reject, resolve3;
        resolve3 = reject = null;
        promise2 = new this.Promise(function(_resolve, _reject) {
          resolve3 = _resolve;
          return reject = _reject;
        });
        this._queue.push({
          task,
          args,
          resolve: resolve3,
          reject
        });
        this._tryToRun();
        return promise2;
      }
    };
    module2.exports = Sync;
  }
});

// node_modules/bottleneck/lib/version.json
var require_version = __commonJS({
  "node_modules/bottleneck/lib/version.json"(exports2, module2) {
    module2.exports = { version: "2.19.5" };
  }
});

// node_modules/bottleneck/lib/Group.js
var require_Group = __commonJS({
  "node_modules/bottleneck/lib/Group.js"(exports2, module2) {
    "use strict";
    function _slicedToArray2(arr, i) {
      return _arrayWithHoles2(arr) || _iterableToArrayLimit2(arr, i) || _nonIterableRest2();
    }
    function _nonIterableRest2() {
      throw new TypeError("Invalid attempt to destructure non-iterable instance");
    }
    function _iterableToArrayLimit2(arr, i) {
      var _arr = [];
      var _n = true;
      var _d = false;
      var _e = void 0;
      try {
        for (var _i = arr[Symbol.iterator](), _s; !(_n = (_s = _i.next()).done); _n = true) {
          _arr.push(_s.value);
          if (i && _arr.length === i) break;
        }
      } catch (err) {
        _d = true;
        _e = err;
      } finally {
        try {
          if (!_n && _i["return"] != null) _i["return"]();
        } finally {
          if (_d) throw _e;
        }
      }
      return _arr;
    }
    function _arrayWithHoles2(arr) {
      if (Array.isArray(arr)) return arr;
    }
    function asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, key, arg) {
      try {
        var info3 = gen[key](arg);
        var value = info3.value;
      } catch (error) {
        reject(error);
        return;
      }
      if (info3.done) {
        resolve3(value);
      } else {
        Promise.resolve(value).then(_next, _throw);
      }
    }
    function _asyncToGenerator2(fn) {
      return function() {
        var self2 = this, args = arguments;
        return new Promise(function(resolve3, reject) {
          var gen = fn.apply(self2, args);
          function _next(value) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "next", value);
          }
          function _throw(err) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "throw", err);
          }
          _next(void 0);
        });
      };
    }
    var Events2;
    var Group;
    var IORedisConnection2;
    var RedisConnection2;
    var Scripts2;
    var parser2;
    parser2 = require_parser();
    Events2 = require_Events();
    RedisConnection2 = require_RedisConnection();
    IORedisConnection2 = require_IORedisConnection();
    Scripts2 = require_Scripts();
    Group = function() {
      class Group2 {
        constructor(limiterOptions = {}) {
          this.deleteKey = this.deleteKey.bind(this);
          this.limiterOptions = limiterOptions;
          parser2.load(this.limiterOptions, this.defaults, this);
          this.Events = new Events2(this);
          this.instances = {};
          this.Bottleneck = require_Bottleneck();
          this._startAutoCleanup();
          this.sharedConnection = this.connection != null;
          if (this.connection == null) {
            if (this.limiterOptions.datastore === "redis") {
              this.connection = new RedisConnection2(Object.assign({}, this.limiterOptions, {
                Events: this.Events
              }));
            } else if (this.limiterOptions.datastore === "ioredis") {
              this.connection = new IORedisConnection2(Object.assign({}, this.limiterOptions, {
                Events: this.Events
              }));
            }
          }
        }
        key(key = "") {
          var ref;
          return (ref = this.instances[key]) != null ? ref : (() => {
            var limiter;
            limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
              id: `${this.id}-${key}`,
              timeout: this.timeout,
              connection: this.connection
            }));
            this.Events.trigger("created", limiter, key);
            return limiter;
          })();
        }
        deleteKey(key = "") {
          var _this = this;
          return _asyncToGenerator2(function* () {
            var deleted, instance;
            instance = _this.instances[key];
            if (_this.connection) {
              deleted = yield _this.connection.__runCommand__(["del", ...Scripts2.allKeys(`${_this.id}-${key}`)]);
            }
            if (instance != null) {
              delete _this.instances[key];
              yield instance.disconnect();
            }
            return instance != null || deleted > 0;
          })();
        }
        limiters() {
          var k, ref, results, v;
          ref = this.instances;
          results = [];
          for (k in ref) {
            v = ref[k];
            results.push({
              key: k,
              limiter: v
            });
          }
          return results;
        }
        keys() {
          return Object.keys(this.instances);
        }
        clusterKeys() {
          var _this2 = this;
          return _asyncToGenerator2(function* () {
            var cursor, end, found, i, k, keys, len, next, start;
            if (_this2.connection == null) {
              return _this2.Promise.resolve(_this2.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${_this2.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              var _ref = yield _this2.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${_this2.id}-*_settings`, "count", 1e4]);
              var _ref2 = _slicedToArray2(_ref, 2);
              next = _ref2[0];
              found = _ref2[1];
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          })();
        }
        _startAutoCleanup() {
          var _this3 = this;
          var base2;
          clearInterval(this.interval);
          return typeof (base2 = this.interval = setInterval(
            /* @__PURE__ */ _asyncToGenerator2(function* () {
              var e, k, ref, results, time, v;
              time = Date.now();
              ref = _this3.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (yield v._store.__groupCheck__(time)) {
                    results.push(_this3.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error) {
                  e = error;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }),
            this.timeout / 2
          )).unref === "function" ? base2.unref() : void 0;
        }
        updateSettings(options2 = {}) {
          parser2.overwrite(options2, this.defaults, this);
          parser2.overwrite(options2, options2, this.limiterOptions);
          if (options2.timeout != null) {
            return this._startAutoCleanup();
          }
        }
        disconnect(flush = true) {
          var ref;
          if (!this.sharedConnection) {
            return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
          }
        }
      }
      ;
      Group2.prototype.defaults = {
        timeout: 1e3 * 60 * 5,
        connection: null,
        Promise,
        id: "group-key"
      };
      return Group2;
    }.call(void 0);
    module2.exports = Group;
  }
});

// node_modules/bottleneck/lib/Batcher.js
var require_Batcher = __commonJS({
  "node_modules/bottleneck/lib/Batcher.js"(exports2, module2) {
    "use strict";
    var Batcher;
    var Events2;
    var parser2;
    parser2 = require_parser();
    Events2 = require_Events();
    Batcher = function() {
      class Batcher2 {
        constructor(options2 = {}) {
          this.options = options2;
          parser2.load(this.options, this.defaults, this);
          this.Events = new Events2(this);
          this._arr = [];
          this._resetPromise();
          this._lastFlush = Date.now();
        }
        _resetPromise() {
          return this._promise = new this.Promise((res, rej) => {
            return this._resolve = res;
          });
        }
        _flush() {
          clearTimeout(this._timeout);
          this._lastFlush = Date.now();
          this._resolve();
          this.Events.trigger("batch", this._arr);
          this._arr = [];
          return this._resetPromise();
        }
        add(data) {
          var ret;
          this._arr.push(data);
          ret = this._promise;
          if (this._arr.length === this.maxSize) {
            this._flush();
          } else if (this.maxTime != null && this._arr.length === 1) {
            this._timeout = setTimeout(() => {
              return this._flush();
            }, this.maxTime);
          }
          return ret;
        }
      }
      ;
      Batcher2.prototype.defaults = {
        maxTime: null,
        maxSize: null,
        Promise
      };
      return Batcher2;
    }.call(void 0);
    module2.exports = Batcher;
  }
});

// node_modules/bottleneck/lib/Bottleneck.js
var require_Bottleneck = __commonJS({
  "node_modules/bottleneck/lib/Bottleneck.js"(exports2, module2) {
    "use strict";
    function _slicedToArray2(arr, i) {
      return _arrayWithHoles2(arr) || _iterableToArrayLimit2(arr, i) || _nonIterableRest2();
    }
    function _iterableToArrayLimit2(arr, i) {
      var _arr = [];
      var _n = true;
      var _d = false;
      var _e = void 0;
      try {
        for (var _i = arr[Symbol.iterator](), _s; !(_n = (_s = _i.next()).done); _n = true) {
          _arr.push(_s.value);
          if (i && _arr.length === i) break;
        }
      } catch (err) {
        _d = true;
        _e = err;
      } finally {
        try {
          if (!_n && _i["return"] != null) _i["return"]();
        } finally {
          if (_d) throw _e;
        }
      }
      return _arr;
    }
    function _toArray(arr) {
      return _arrayWithHoles2(arr) || _iterableToArray(arr) || _nonIterableRest2();
    }
    function _nonIterableRest2() {
      throw new TypeError("Invalid attempt to destructure non-iterable instance");
    }
    function _iterableToArray(iter) {
      if (Symbol.iterator in Object(iter) || Object.prototype.toString.call(iter) === "[object Arguments]") return Array.from(iter);
    }
    function _arrayWithHoles2(arr) {
      if (Array.isArray(arr)) return arr;
    }
    function asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, key, arg) {
      try {
        var info3 = gen[key](arg);
        var value = info3.value;
      } catch (error) {
        reject(error);
        return;
      }
      if (info3.done) {
        resolve3(value);
      } else {
        Promise.resolve(value).then(_next, _throw);
      }
    }
    function _asyncToGenerator2(fn) {
      return function() {
        var self2 = this, args = arguments;
        return new Promise(function(resolve3, reject) {
          var gen = fn.apply(self2, args);
          function _next(value) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "next", value);
          }
          function _throw(err) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "throw", err);
          }
          _next(void 0);
        });
      };
    }
    var Bottleneck3;
    var DEFAULT_PRIORITY;
    var Events2;
    var Job;
    var LocalDatastore;
    var NUM_PRIORITIES;
    var Queues;
    var RedisDatastore;
    var States;
    var Sync;
    var parser2;
    var splice = [].splice;
    NUM_PRIORITIES = 10;
    DEFAULT_PRIORITY = 5;
    parser2 = require_parser();
    Queues = require_Queues();
    Job = require_Job();
    LocalDatastore = require_LocalDatastore();
    RedisDatastore = require_RedisDatastore();
    Events2 = require_Events();
    States = require_States();
    Sync = require_Sync();
    Bottleneck3 = function() {
      class Bottleneck4 {
        constructor(options2 = {}, ...invalid2) {
          var storeInstanceOptions, storeOptions;
          this._addToQueue = this._addToQueue.bind(this);
          this._validateOptions(options2, invalid2);
          parser2.load(options2, this.instanceDefaults, this);
          this._queues = new Queues(NUM_PRIORITIES);
          this._scheduled = {};
          this._states = new States(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
          this._limiter = null;
          this.Events = new Events2(this);
          this._submitLock = new Sync("submit", this.Promise);
          this._registerLock = new Sync("register", this.Promise);
          storeOptions = parser2.load(options2, this.storeDefaults, {});
          this._store = function() {
            if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
              storeInstanceOptions = parser2.load(options2, this.redisStoreDefaults, {});
              return new RedisDatastore(this, storeOptions, storeInstanceOptions);
            } else if (this.datastore === "local") {
              storeInstanceOptions = parser2.load(options2, this.localStoreDefaults, {});
              return new LocalDatastore(this, storeOptions, storeInstanceOptions);
            } else {
              throw new Bottleneck4.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
            }
          }.call(this);
          this._queues.on("leftzero", () => {
            var ref;
            return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
          });
          this._queues.on("zero", () => {
            var ref;
            return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
          });
        }
        _validateOptions(options2, invalid2) {
          if (!(options2 != null && typeof options2 === "object" && invalid2.length === 0)) {
            throw new Bottleneck4.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
          }
        }
        ready() {
          return this._store.ready;
        }
        clients() {
          return this._store.clients;
        }
        channel() {
          return `b_${this.id}`;
        }
        channel_client() {
          return `b_${this.id}_${this._store.clientId}`;
        }
        publish(message) {
          return this._store.__publish__(message);
        }
        disconnect(flush = true) {
          return this._store.__disconnect__(flush);
        }
        chain(_limiter) {
          this._limiter = _limiter;
          return this;
        }
        queued(priority) {
          return this._queues.queued(priority);
        }
        clusterQueued() {
          return this._store.__queued__();
        }
        empty() {
          return this.queued() === 0 && this._submitLock.isEmpty();
        }
        running() {
          return this._store.__running__();
        }
        done() {
          return this._store.__done__();
        }
        jobStatus(id) {
          return this._states.jobStatus(id);
        }
        jobs(status) {
          return this._states.statusJobs(status);
        }
        counts() {
          return this._states.statusCounts();
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        check(weight = 1) {
          return this._store.__check__(weight);
        }
        _clearGlobalState(index) {
          if (this._scheduled[index] != null) {
            clearTimeout(this._scheduled[index].expiration);
            delete this._scheduled[index];
            return true;
          } else {
            return false;
          }
        }
        _free(index, job, options2, eventInfo) {
          var _this = this;
          return _asyncToGenerator2(function* () {
            var e, running;
            try {
              var _ref = yield _this._store.__free__(index, options2.weight);
              running = _ref.running;
              _this.Events.trigger("debug", `Freed ${options2.id}`, eventInfo);
              if (running === 0 && _this.empty()) {
                return _this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return _this.Events.trigger("error", e);
            }
          })();
        }
        _run(index, job, wait) {
          var clearGlobalState, free, run;
          job.doRun();
          clearGlobalState = this._clearGlobalState.bind(this, index);
          run = this._run.bind(this, index, job);
          free = this._free.bind(this, index, job);
          return this._scheduled[index] = {
            timeout: setTimeout(() => {
              return job.doExecute(this._limiter, clearGlobalState, run, free);
            }, wait),
            expiration: job.options.expiration != null ? setTimeout(function() {
              return job.doExpire(clearGlobalState, run, free);
            }, wait + job.options.expiration) : void 0,
            job
          };
        }
        _drainOne(capacity) {
          return this._registerLock.schedule(() => {
            var args, index, next, options2, queue;
            if (this.queued() === 0) {
              return this.Promise.resolve(null);
            }
            queue = this._queues.getFirst();
            var _next2 = next = queue.first();
            options2 = _next2.options;
            args = _next2.args;
            if (capacity != null && options2.weight > capacity) {
              return this.Promise.resolve(null);
            }
            this.Events.trigger("debug", `Draining ${options2.id}`, {
              args,
              options: options2
            });
            index = this._randomIndex();
            return this._store.__register__(index, options2.weight, options2.expiration).then(({
              success,
              wait,
              reservoir
            }) => {
              var empty2;
              this.Events.trigger("debug", `Drained ${options2.id}`, {
                success,
                args,
                options: options2
              });
              if (success) {
                queue.shift();
                empty2 = this.empty();
                if (empty2) {
                  this.Events.trigger("empty");
                }
                if (reservoir === 0) {
                  this.Events.trigger("depleted", empty2);
                }
                this._run(index, next, wait);
                return this.Promise.resolve(options2.weight);
              } else {
                return this.Promise.resolve(null);
              }
            });
          });
        }
        _drainAll(capacity, total = 0) {
          return this._drainOne(capacity).then((drained) => {
            var newCapacity;
            if (drained != null) {
              newCapacity = capacity != null ? capacity - drained : capacity;
              return this._drainAll(newCapacity, total + drained);
            } else {
              return this.Promise.resolve(total);
            }
          }).catch((e) => {
            return this.Events.trigger("error", e);
          });
        }
        _dropAllQueued(message) {
          return this._queues.shiftAll(function(job) {
            return job.doDrop({
              message
            });
          });
        }
        stop(options2 = {}) {
          var done, waitForExecuting;
          options2 = parser2.load(options2, this.stopDefaults);
          waitForExecuting = (at) => {
            var finished;
            finished = () => {
              var counts;
              counts = this._states.counts;
              return counts[0] + counts[1] + counts[2] + counts[3] === at;
            };
            return new this.Promise((resolve3, reject) => {
              if (finished()) {
                return resolve3();
              } else {
                return this.on("done", () => {
                  if (finished()) {
                    this.removeAllListeners("done");
                    return resolve3();
                  }
                });
              }
            });
          };
          done = options2.dropWaitingJobs ? (this._run = function(index, next) {
            return next.doDrop({
              message: options2.dropErrorMessage
            });
          }, this._drainOne = () => {
            return this.Promise.resolve(null);
          }, this._registerLock.schedule(() => {
            return this._submitLock.schedule(() => {
              var k, ref, v;
              ref = this._scheduled;
              for (k in ref) {
                v = ref[k];
                if (this.jobStatus(v.job.options.id) === "RUNNING") {
                  clearTimeout(v.timeout);
                  clearTimeout(v.expiration);
                  v.job.doDrop({
                    message: options2.dropErrorMessage
                  });
                }
              }
              this._dropAllQueued(options2.dropErrorMessage);
              return waitForExecuting(0);
            });
          })) : this.schedule({
            priority: NUM_PRIORITIES - 1,
            weight: 0
          }, () => {
            return waitForExecuting(1);
          });
          this._receive = function(job) {
            return job._reject(new Bottleneck4.prototype.BottleneckError(options2.enqueueErrorMessage));
          };
          this.stop = () => {
            return this.Promise.reject(new Bottleneck4.prototype.BottleneckError("stop() has already been called"));
          };
          return done;
        }
        _addToQueue(job) {
          var _this2 = this;
          return _asyncToGenerator2(function* () {
            var args, blocked, error, options2, reachedHWM, shifted, strategy;
            args = job.args;
            options2 = job.options;
            try {
              var _ref2 = yield _this2._store.__submit__(_this2.queued(), options2.weight);
              reachedHWM = _ref2.reachedHWM;
              blocked = _ref2.blocked;
              strategy = _ref2.strategy;
            } catch (error1) {
              error = error1;
              _this2.Events.trigger("debug", `Could not queue ${options2.id}`, {
                args,
                options: options2,
                error
              });
              job.doDrop({
                error
              });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck4.prototype.strategy.LEAK ? _this2._queues.shiftLastFrom(options2.priority) : strategy === Bottleneck4.prototype.strategy.OVERFLOW_PRIORITY ? _this2._queues.shiftLastFrom(options2.priority + 1) : strategy === Bottleneck4.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck4.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            _this2._queues.push(job);
            yield _this2._drainAll();
            return reachedHWM;
          })();
        }
        _receive(job) {
          if (this._states.jobStatus(job.options.id) != null) {
            job._reject(new Bottleneck4.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
            return false;
          } else {
            job.doReceive();
            return this._submitLock.schedule(this._addToQueue, job);
          }
        }
        submit(...args) {
          var cb, fn, job, options2, ref, ref1, task;
          if (typeof args[0] === "function") {
            var _ref3, _ref4, _splice$call, _splice$call2;
            ref = args, _ref3 = ref, _ref4 = _toArray(_ref3), fn = _ref4[0], args = _ref4.slice(1), _ref3, _splice$call = splice.call(args, -1), _splice$call2 = _slicedToArray2(_splice$call, 1), cb = _splice$call2[0], _splice$call;
            options2 = parser2.load({}, this.jobDefaults);
          } else {
            var _ref5, _ref6, _splice$call3, _splice$call4;
            ref1 = args, _ref5 = ref1, _ref6 = _toArray(_ref5), options2 = _ref6[0], fn = _ref6[1], args = _ref6.slice(2), _ref5, _splice$call3 = splice.call(args, -1), _splice$call4 = _slicedToArray2(_splice$call3, 1), cb = _splice$call4[0], _splice$call3;
            options2 = parser2.load(options2, this.jobDefaults);
          }
          task = (...args2) => {
            return new this.Promise(function(resolve3, reject) {
              return fn(...args2, function(...args3) {
                return (args3[0] != null ? reject : resolve3)(args3);
              });
            });
          };
          job = new Job(task, args, options2, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
          job.promise.then(function(args2) {
            return typeof cb === "function" ? cb(...args2) : void 0;
          }).catch(function(args2) {
            if (Array.isArray(args2)) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            } else {
              return typeof cb === "function" ? cb(args2) : void 0;
            }
          });
          return this._receive(job);
        }
        schedule(...args) {
          var job, options2, task;
          if (typeof args[0] === "function") {
            var _args = args;
            var _args2 = _toArray(_args);
            task = _args2[0];
            args = _args2.slice(1);
            options2 = {};
          } else {
            var _args3 = args;
            var _args4 = _toArray(_args3);
            options2 = _args4[0];
            task = _args4[1];
            args = _args4.slice(2);
          }
          job = new Job(task, args, options2, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
          this._receive(job);
          return job.promise;
        }
        wrap(fn) {
          var schedule, wrapped;
          schedule = this.schedule.bind(this);
          wrapped = function wrapped2(...args) {
            return schedule(fn.bind(this), ...args);
          };
          wrapped.withOptions = function(options2, ...args) {
            return schedule(options2, fn, ...args);
          };
          return wrapped;
        }
        updateSettings(options2 = {}) {
          var _this3 = this;
          return _asyncToGenerator2(function* () {
            yield _this3._store.__updateSettings__(parser2.overwrite(options2, _this3.storeDefaults));
            parser2.overwrite(options2, _this3.instanceDefaults, _this3);
            return _this3;
          })();
        }
        currentReservoir() {
          return this._store.__currentReservoir__();
        }
        incrementReservoir(incr = 0) {
          return this._store.__incrementReservoir__(incr);
        }
      }
      ;
      Bottleneck4.default = Bottleneck4;
      Bottleneck4.Events = Events2;
      Bottleneck4.version = Bottleneck4.prototype.version = require_version().version;
      Bottleneck4.strategy = Bottleneck4.prototype.strategy = {
        LEAK: 1,
        OVERFLOW: 2,
        OVERFLOW_PRIORITY: 4,
        BLOCK: 3
      };
      Bottleneck4.BottleneckError = Bottleneck4.prototype.BottleneckError = require_BottleneckError();
      Bottleneck4.Group = Bottleneck4.prototype.Group = require_Group();
      Bottleneck4.RedisConnection = Bottleneck4.prototype.RedisConnection = require_RedisConnection();
      Bottleneck4.IORedisConnection = Bottleneck4.prototype.IORedisConnection = require_IORedisConnection();
      Bottleneck4.Batcher = Bottleneck4.prototype.Batcher = require_Batcher();
      Bottleneck4.prototype.jobDefaults = {
        priority: DEFAULT_PRIORITY,
        weight: 1,
        expiration: null,
        id: "<no-id>"
      };
      Bottleneck4.prototype.storeDefaults = {
        maxConcurrent: null,
        minTime: 0,
        highWater: null,
        strategy: Bottleneck4.prototype.strategy.LEAK,
        penalty: null,
        reservoir: null,
        reservoirRefreshInterval: null,
        reservoirRefreshAmount: null,
        reservoirIncreaseInterval: null,
        reservoirIncreaseAmount: null,
        reservoirIncreaseMaximum: null
      };
      Bottleneck4.prototype.localStoreDefaults = {
        Promise,
        timeout: null,
        heartbeatInterval: 250
      };
      Bottleneck4.prototype.redisStoreDefaults = {
        Promise,
        timeout: null,
        heartbeatInterval: 5e3,
        clientTimeout: 1e4,
        Redis: null,
        clientOptions: {},
        clusterNodes: null,
        clearDatastore: false,
        connection: null
      };
      Bottleneck4.prototype.instanceDefaults = {
        datastore: "local",
        connection: null,
        id: "<no-id>",
        rejectOnDrop: true,
        trackDoneStatus: false,
        Promise
      };
      Bottleneck4.prototype.stopDefaults = {
        enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
        dropWaitingJobs: true,
        dropErrorMessage: "This limiter has been stopped."
      };
      return Bottleneck4;
    }.call(void 0);
    module2.exports = Bottleneck3;
  }
});

// node_modules/bottleneck/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/bottleneck/lib/index.js"(exports2, module2) {
    "use strict";
    module2.exports = require_Bottleneck();
  }
});

// src/release-report.ts
import path17 from "node:path";

// src/steps/release.ts
import { mkdtemp as mkdtemp5 } from "node:fs/promises";
import { tmpdir as tmpdir5 } from "node:os";
import path16 from "node:path";

// node_modules/@actions/github/lib/context.js
import { readFileSync, existsSync } from "fs";
import { EOL } from "os";
var Context = class {
  /**
   * Hydrate the context from the environment
   */
  constructor() {
    var _a, _b, _c;
    this.payload = {};
    if (process.env.GITHUB_EVENT_PATH) {
      if (existsSync(process.env.GITHUB_EVENT_PATH)) {
        this.payload = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, { encoding: "utf8" }));
      } else {
        const path18 = process.env.GITHUB_EVENT_PATH;
        process.stdout.write(`GITHUB_EVENT_PATH ${path18} does not exist${EOL}`);
      }
    }
    this.eventName = process.env.GITHUB_EVENT_NAME;
    this.sha = process.env.GITHUB_SHA;
    this.ref = process.env.GITHUB_REF;
    this.workflow = process.env.GITHUB_WORKFLOW;
    this.action = process.env.GITHUB_ACTION;
    this.actor = process.env.GITHUB_ACTOR;
    this.job = process.env.GITHUB_JOB;
    this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
    this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
    this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
    this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
    this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
    this.graphqlUrl = (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
  }
  get issue() {
    const payload = this.payload;
    return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
  }
  get repo() {
    if (process.env.GITHUB_REPOSITORY) {
      const [owner, repo] = process.env.GITHUB_REPOSITORY.split("/");
      return { owner, repo };
    }
    if (this.payload.repository) {
      return {
        owner: this.payload.repository.owner.login,
        repo: this.payload.repository.name
      };
    }
    throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
  }
};

// node_modules/@actions/github/lib/internal/utils.js
var httpClient = __toESM(require_lib(), 1);
var import_undici = __toESM(require_undici(), 1);
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function getAuthString(token, options2) {
  if (!token && !options2.auth) {
    throw new Error("Parameter token or opts.auth is required");
  } else if (token && options2.auth) {
    throw new Error("Parameters token and opts.auth may not both be specified");
  }
  return typeof options2.auth === "string" ? options2.auth : `token ${token}`;
}
function getProxyAgent(destinationUrl) {
  const hc = new httpClient.HttpClient();
  return hc.getAgent(destinationUrl);
}
function getProxyAgentDispatcher(destinationUrl) {
  const hc = new httpClient.HttpClient();
  return hc.getAgentDispatcher(destinationUrl);
}
function getProxyFetch(destinationUrl) {
  const httpDispatcher = getProxyAgentDispatcher(destinationUrl);
  const proxyFetch = (url, opts) => __awaiter(this, void 0, void 0, function* () {
    return (0, import_undici.fetch)(url, Object.assign(Object.assign({}, opts), { dispatcher: httpDispatcher }));
  });
  return proxyFetch;
}
function getApiBaseUrl() {
  return process.env["GITHUB_API_URL"] || "https://api.github.com";
}
function getUserAgentWithOrchestrationId(baseUserAgent) {
  var _a;
  const orchId = (_a = process.env["ACTIONS_ORCHESTRATION_ID"]) === null || _a === void 0 ? void 0 : _a.trim();
  if (orchId) {
    const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
    const tag = `actions_orchestration_id/${sanitizedId}`;
    if (baseUserAgent === null || baseUserAgent === void 0 ? void 0 : baseUserAgent.includes(tag))
      return baseUserAgent;
    const ua = baseUserAgent ? `${baseUserAgent} ` : "";
    return `${ua}${tag}`;
  }
  return baseUserAgent;
}

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options2) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options2) {
    options2 = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback2, name2) => {
      return register.bind(null, state, name2, callback2, options2);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options2);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options2);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind2, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind2 === "before") {
    hook2 = (method, options2) => {
      return Promise.resolve().then(orig.bind(null, options2)).then(method.bind(null, options2));
    };
  }
  if (kind2 === "after") {
    hook2 = (method, options2) => {
      let result;
      return Promise.resolve().then(method.bind(null, options2)).then((result_) => {
        result = result_;
        return orig(result, options2);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind2 === "error") {
    hook2 = (method, options2) => {
      return Promise.resolve().then(method.bind(null, options2)).catch((error) => {
        return orig(error, options2);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind2) => {
    const args = name ? [state, kind2, name] : [state, kind2];
    hook2[kind2] = hook2.api[kind2] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults2, options2) {
  const result = Object.assign({}, defaults2);
  Object.keys(options2).forEach((key) => {
    if (isPlainObject(options2[key])) {
      if (!(key in defaults2)) Object.assign(result, { [key]: options2[key] });
      else result[key] = mergeDeep(defaults2[key], options2[key]);
    } else {
      Object.assign(result, { [key]: options2[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults2, route, options2) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options2 = Object.assign(url ? { method, url } : { url: method }, options2);
  } else {
    options2 = Object.assign({}, route);
  }
  options2.headers = lowercaseKeys(options2.headers);
  removeUndefinedProperties(options2);
  removeUndefinedProperties(options2.headers);
  const mergedOptions = mergeDeep(defaults2 || {}, options2);
  if (options2.url === "/graphql") {
    if (defaults2 && defaults2.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults2.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names2 = Object.keys(parameters);
  if (names2.length === 0) {
    return url;
  }
  return url + separator + names2.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context3, operator, key, modifier) {
  var value = context3[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context3) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context3, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse(options2) {
  let method = options2.method.toUpperCase();
  let url = (options2.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options2.headers);
  let body;
  let parameters = omit(options2, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options2.baseUrl + url;
  }
  const omittedParameters = Object.keys(options2).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options2.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options2.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options2.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options2.mediaType.previews).map((preview) => {
          const format = options2.mediaType.format ? `.${options2.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options2.request ? { request: options2.request } : null
  );
}
function endpointWithDefaults(defaults2, route, options2) {
  return parse(merge(defaults2, route, options2));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/content-type/dist/index.js
var SP = 32;
var HTAB = 9;
var SEMI = 59;
var EQ = 61;
var DQUOTE = 34;
var BSLASH = 92;
var COMMA = 44;
var LOWER_CASE = 1;
var OWS = 2;
var SEMI_FLAG = 4;
var COMMA_FLAG = 8;
var TOKEN_FLAG = 16;
var NON_ASCII = 65280;
var CASE_FLAGS = LOWER_CASE | NON_ASCII;
var CHAR_MAP = new Uint8Array(256);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 128; code <= 255; code++) {
  CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
  CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 48; code <= 57; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 65; code <= 90; code++) {
  CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 97; code <= 122; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
var NullObject = /* @__PURE__ */ (() => {
  const C = function() {
  };
  C.prototype = /* @__PURE__ */ Object.create(null);
  return C;
})();
function parse2(header, options2) {
  const stopFlags = SEMI_FLAG | (options2?.comma === true ? COMMA_FLAG : 0);
  const len = header.length;
  let valueStart = options2?.start ?? 0;
  while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options2?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code = header.charCodeAt(index);
    const flags = CHAR_MAP[code];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= code & NON_ASCII | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value = header.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index === len || stop !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header, type, index, len, stopFlags);
}
function parseParameters(header, type, index, len, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code = header.charCodeAt(index);
      const flags = CHAR_MAP[code];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code === EQ) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value = header.slice(keyStart, keyEnd);
        const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index++;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code2 = header.charCodeAt(index);
            if (code2 === DQUOTE) {
              if (parameters[key] === void 0) {
                parameters[key] = escaped ? unescapeQuotedPairs(header, quotedStart, index) : header.slice(quotedStart, index);
              }
              index++;
              let stop2 = 0;
              while (index < len) {
                const code3 = header.charCodeAt(index);
                const flags2 = CHAR_MAP[code3];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code2 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code2 = header.charCodeAt(index);
          const flags2 = CHAR_MAP[code2];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters[key] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters[key] = header.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code & NON_ASCII | flags;
      index++;
    }
  }
  return { type, index, parameters };
}
function unescapeQuotedPairs(str, start, end) {
  let result = "";
  for (let index = start; index < end; index++) {
    if (str.charCodeAt(index) === BSLASH) {
      result += str.slice(start, index);
      start = ++index;
    }
  }
  return result + str.slice(start, end);
}

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context3) => !!context3?.source && context3.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context3, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context3);
};
var JSONParseV2 = (text2, reviver) => {
  return JSON.parse(text2, (key, value, context3) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context3 && intRegex.test(context3.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context3.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context3);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text2) => {
  return text2.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text2, reviver) => {
  if (!text2) return originalParse(text2, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text2, reviver);
    const serializedData = serializeBigInts(text2);
    return originalParse(
      serializedData,
      (key, value, context3) => convertMarkedBigIntsReviver(key, value, context3, reviver)
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text2);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options2) {
    super(message, { cause: options2.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options2) {
      this.response = options2.response;
    }
    const requestCopy = Object.assign({}, options2.request);
    if (options2.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options2.request.headers, {
        authorization: options2.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION2 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION2} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch3 = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch3) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log2 = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch3(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log2.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = parse2(contentType);
  if (isJSONResponse(mimetype)) {
    let text2 = "";
    try {
      text2 = await response.text();
      return JSONParse(text2);
    } catch (err) {
      return text2;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request22 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request22, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request22, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request22, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request22;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request22, query, options2) {
  if (options2) {
    if (typeof query === "string" && "query" in options2) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options2) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options2) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl2 = parsedOptions.baseUrl || request22.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl2)) {
    requestOptions.url = baseUrl2.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request22(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request22, newDefaults) {
  const newRequest = request22.defaults(newDefaults);
  const newApi = (query, options2) => {
    return graphql(newRequest, query, options2);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION3} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request3, route, parameters) {
  const endpoint2 = request3.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request3(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION4 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION4} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION4;
  static defaults(defaults2) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options2 = args[0] || {};
        if (typeof defaults2 === "function") {
          super(defaults2(options2));
          return;
        }
        super(
          Object.assign(
            {},
            defaults2,
            options2,
            options2.userAgent && defaults2.userAgent ? {
              userAgent: `${options2.userAgent} ${defaults2.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options2 = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options2.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options2.userAgent ? `${options2.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options2.baseUrl) {
      requestDefaults.baseUrl = options2.baseUrl;
    }
    if (options2.previews) {
      requestDefaults.mediaType.previews = options2.previews;
    }
    if (options2.timeZone) {
      requestDefaults.headers["time-zone"] = options2.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options2.log);
    this.hook = hook2;
    if (!options2.authStrategy) {
      if (!options2.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options2.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options2;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options2.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options2));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION5 = "17.0.0";

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
var endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint2] of Object.entries(endpoints)) {
    const [route, defaults2, decorations] = endpoint2;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults2
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
var handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults2, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults2);
  function withDecorations(...args) {
    let options2 = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options2 = Object.assign({}, options2, {
        data: options2[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options2);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options22 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options22) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options22)) {
            options22[alias] = options22[name];
          }
          delete options22[name];
        }
      }
      return requestWithDefaults(options22);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION5;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = VERSION5;

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION6 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options2 = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options2.method;
  const headers = options2.headers;
  let url = options2.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION6;

// node_modules/@actions/github/lib/utils.js
var context = new Context();
var baseUrl = getApiBaseUrl();
var defaults = {
  baseUrl,
  request: {
    agent: getProxyAgent(baseUrl),
    fetch: getProxyFetch(baseUrl)
  }
};
var GitHub = Octokit.plugin(restEndpointMethods, paginateRest).defaults(defaults);
function getOctokitOptions(token, options2) {
  const opts = Object.assign({}, options2 || {});
  const auth2 = getAuthString(token, opts);
  if (auth2) {
    opts.auth = auth2;
  }
  const userAgent2 = getUserAgentWithOrchestrationId(opts.userAgent);
  if (userAgent2) {
    opts.userAgent = userAgent2;
  }
  return opts;
}

// node_modules/@actions/github/lib/github.js
var context2 = new Context();
function getOctokit(token, options2, ...additionalPlugins) {
  const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
  return new GitHubWithPlugins(getOctokitOptions(token, options2));
}

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION7 = "0.0.0-development";
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options2) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options2.request.retries != null ? options2.request.retries : state.retries;
    const retryAfter2 = Math.pow((options2.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter2);
  }
  throw error;
}
async function wrapRequest(state, octokit, request3, options2) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error, info3) {
    const maxRetries = ~~error.request.request?.retries;
    const after2 = ~~error.request.request?.retryAfter;
    options2.request.retryCount = info3.retryCount + 1;
    if (maxRetries > info3.retryCount) {
      return after2 * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request3),
    options2
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request3, options2) {
  const response = await request3(options2);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options2,
      response
    });
    return errorRequest(state, octokit, error, options2);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter2) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter: retryAfter2
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION7;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION8 = "0.0.0-development";
var noop3 = () => Promise.resolve();
function wrapRequest2(state, request3, options2) {
  return state.retryLimiter.schedule(doRequest, state, request3, options2);
}
async function doRequest(state, request3, options2) {
  const { pathname } = new URL(options2.url, "http://github.test");
  const isAuth = isAuthRequest(options2.method, pathname);
  const isWrite = !isAuth && options2.method !== "GET" && options2.method !== "HEAD";
  const isSearch = options2.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request3.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop3);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop3);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop3);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request3, options2);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path18) => path18.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck3, common) {
  groups.global = new Bottleneck3.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck3.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck3.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck3.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck3.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck3 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck3, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck3();
    const events = {};
    const emitter = new Bottleneck3.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info3) {
      const [state2, request3, options2] = info3.args;
      const { pathname } = new URL(options2.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request3.retryCount;
      request3.retryCount = retryCount;
      options2.request.retryCount = retryCount;
      const { wantRetry, retryAfter: retryAfter2 = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter22 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter22,
            options2,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter22 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter22 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter22,
            options2,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter22 };
        }
        return {};
      })();
      if (wantRetry) {
        request3.retryCount++;
        return retryAfter2 * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request3, options2) => {
    initializeBottleneck();
    return wrapRequest2(state, request3, options2);
  });
  return {};
}
throttling.VERSION = VERSION8;
throttling.triggersNotification = triggersNotification;

// src/github.ts
var import_bottleneck = __toESM(require_lib2(), 1);

// src/github-errors.ts
var TITLES = {
  unavailable: "GitHub unavailable",
  "rate-limited": "GitHub rate limit",
  token: "GitHub token refused",
  permission: "GitHub permission missing",
  "not-found": "GitHub repository not found",
  refused: "GitHub refused the request"
};
var RERUN = "Run the job again once GitHub answers (https://www.githubstatus.com): a re-run completes the release and duplicates nothing.";
var GithubError = class _GithubError extends UserError {
  constructor(what, advice, kind2, call2, status, retryAfterSeconds) {
    super(`${what} ${advice}`, TITLES[kind2]);
    this.what = what;
    this.advice = advice;
    this.kind = kind2;
    this.call = call2;
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
    this.name = "GithubError";
  }
  what;
  advice;
  kind;
  call;
  status;
  retryAfterSeconds;
  /** The request may have been applied: look before doing it again. */
  get outcomeUnknown() {
    return this.kind === "unavailable";
  }
  get retryable() {
    return this.kind === "unavailable" || this.kind === "rate-limited";
  }
  /** The same failure after several attempts. */
  afterAttempts(attempts) {
    if (attempts < 2) return this;
    return new _GithubError(
      `${this.what.replace(/\.$/, "")} (${attempts} attempts, each retry after looking whether the last one had worked).`,
      this.advice,
      this.kind,
      this.call,
      this.status,
      this.retryAfterSeconds
    );
  }
};
function githubMessage(thrown) {
  const data = thrown.response?.data;
  if (data && typeof data === "object" && "message" in data) {
    const { message, errors } = data;
    const details = Array.isArray(errors) ? errors.map(
      (item) => [item.field, item.code, item.message].filter(Boolean).join(" ")
    ).filter(Boolean) : [];
    return [String(message), ...details].join("; ");
  }
  if (typeof data === "string" && data.trim() !== "") {
    const text2 = data.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
    return text2.length > 120 ? `${text2.slice(0, 117)}...` : text2;
  }
  return thrown.message ?? "";
}
function retryAfter(thrown) {
  const headers = thrown.response?.headers ?? {};
  const after2 = Number(headers["retry-after"]);
  if (Number.isFinite(after2) && after2 > 0) return after2;
  const reset = Number(headers["x-ratelimit-reset"]);
  if (headers["x-ratelimit-remaining"] === "0" && Number.isFinite(reset)) {
    return Math.max(Math.ceil(reset - Date.now() / 1e3), 1);
  }
  return void 0;
}
function isRateLimit(thrown) {
  const headers = thrown.response?.headers ?? {};
  return thrown.status === 429 || thrown.status === 403 && (headers["x-ratelimit-remaining"] === "0" || headers["retry-after"] !== void 0 || /rate limit/i.test(githubMessage(thrown)));
}
function githubError(call2, thrown) {
  if (thrown instanceof GithubError) return thrown;
  const error = thrown ?? {};
  const request3 = `${call2.method} ${call2.route} (${call2.what})`;
  const status = typeof error.status === "number" ? error.status : void 0;
  const make = (kind2, what, advice, after2) => new GithubError(what, advice, kind2, call2, status, after2);
  if (error.cause?.name === "GithubTimeout") {
    return make(
      "unavailable",
      `GitHub did not answer ${request3} within ${error.cause.seconds} s.`,
      RERUN
    );
  }
  if (status === void 0 || status === 500 && error.response === void 0) {
    const why = error.cause?.message ?? error.message ?? String(thrown);
    return make("unavailable", `The connection to GitHub broke during ${request3}: ${why}.`, RERUN);
  }
  const said = githubMessage(error);
  if (isRateLimit(error)) {
    const after2 = retryAfter(error);
    return make(
      "rate-limited",
      `GitHub's rate limit stopped ${request3}: ${status} ${said}.`,
      `Wait${after2 ? ` ${after2} s` : " a few minutes"} and run the job again: a re-run completes the release and duplicates nothing.`,
      after2
    );
  }
  if (status >= 500) {
    return make("unavailable", `GitHub answered ${status} to ${request3}: ${said}.`, RERUN);
  }
  if (status === 401) {
    return make(
      "token",
      `GitHub refused the token (401 ${said}) on ${request3}.`,
      `Give github-token a valid token: leave it at its default \${{ github.token }}, or replace an expired or revoked personal access token in the repository's secrets.`
    );
  }
  if (status === 403) {
    return make(
      "permission",
      `GitHub refused ${request3}: 403 ${said}.`,
      `The token needs \`${call2.permission}\`: add it under the job's \`permissions:\`, or pass a github-token that has it.`
    );
  }
  if (status === 404) {
    const release = /\/releases\/\d+/.test(call2.route) ? " or the release was deleted while pyrelease ran (run the job again)" : "";
    return make(
      "not-found",
      `GitHub answered 404 Not Found to ${request3}: the repository ${call2.repository} does not exist, or github-token cannot see it${release}.`,
      `Check GITHUB_REPOSITORY, and that github-token belongs to this repository (a fine-grained token must list it).`
    );
  }
  return make(
    "refused",
    `GitHub refused ${request3}: ${status} ${said}.`,
    "Nothing was changed by this call; the message above says what GitHub objects to."
  );
}

// src/github-fetch.ts
var DEFAULT_TIMEOUT = { baseMs: 6e4, bytesPerSecond: 256 * 1024 };
function timeoutFromEnvironment(env = process.env) {
  const raw = env.PYRELEASE_GITHUB_TIMEOUT?.trim();
  if (!raw) return DEFAULT_TIMEOUT;
  const seconds2 = Number(raw);
  if (!Number.isFinite(seconds2) || seconds2 <= 0) {
    throw new UserError(
      `PYRELEASE_GITHUB_TIMEOUT must be a number of seconds greater than 0, not ${JSON.stringify(raw)}; unset it for the default of ${DEFAULT_TIMEOUT.baseMs / 1e3} s.`,
      "Invalid environment"
    );
  }
  return { ...DEFAULT_TIMEOUT, baseMs: seconds2 * 1e3 };
}
var GithubTimeout = class extends Error {
  constructor(seconds2) {
    super(`no answer within ${seconds2} s`);
    this.seconds = seconds2;
  }
  seconds;
  name = "GithubTimeout";
};
function bodyBytes(body) {
  if (typeof body === "string") return Buffer.byteLength(body);
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return body.byteLength;
  return 0;
}
function timeoutFor(policy, bytes) {
  return policy.baseMs + Math.ceil(bytes / policy.bytesPerSecond * 1e3);
}
var NO_BODY = /* @__PURE__ */ new Set([101, 204, 205, 304]);
function timedFetch(inner, policy) {
  return async (input, init) => {
    const ms = timeoutFor(policy, bodyBytes(init?.body));
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ms);
    init?.signal?.addEventListener("abort", () => controller.abort());
    try {
      const response = await inner(input, { ...init, signal: controller.signal });
      const body = NO_BODY.has(response.status) ? null : await response.arrayBuffer();
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers
      });
    } catch (error) {
      if (controller.signal.aborted && !init?.signal?.aborted) {
        throw new GithubTimeout(Math.round(ms / 100) / 10);
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
}

// src/github.ts
function toAsset(asset) {
  return {
    id: asset.id,
    name: asset.name,
    size: asset.size,
    digest: asset.digest ?? null,
    ...asset.state && { state: asset.state }
  };
}
function toRelease(data) {
  return {
    id: data.id,
    tagName: data.tag_name,
    name: data.name,
    body: data.body ?? null,
    draft: data.draft,
    immutable: data.immutable ?? false,
    prerelease: data.prerelease,
    htmlUrl: data.html_url,
    uploadUrl: data.upload_url,
    assets: data.assets.map(toAsset)
  };
}
function apiFields(fields) {
  return {
    tag_name: fields.tagName,
    name: fields.name,
    body: fields.body,
    draft: fields.draft,
    prerelease: fields.prerelease,
    target_commitish: fields.targetCommitish,
    make_latest: fields.makeLatest
  };
}
function retryLimited(kind2) {
  return (retryAfter2, request3, _octokit, retryCount) => {
    warning(
      `GitHub ${kind2} on ${request3.method} ${request3.url}; retrying in ${retryAfter2} s.`
    );
    return retryCount < 2;
  };
}
var ONCE = { retries: 0 };
function octokitReleaser(options2) {
  const [owner, repo] = options2.repository.split("/");
  const base2 = `/repos/${owner}/${repo}`;
  const octokit = getOctokit(
    options2.token,
    {
      baseUrl: options2.apiUrl,
      request: {
        ...defaults.request,
        fetch: timedFetch(
          defaults.request?.fetch ?? fetch,
          options2.timeout ?? DEFAULT_TIMEOUT
        )
      },
      throttle: {
        // The default spaces every write a second apart, which made a release's two asset
        // uploads take two seconds. A handful of writes per run stays far below GitHub's
        // secondary limits, and a 403/429 from them is still waited out and retried below.
        write: new import_bottleneck.default.Group({ id: "pyrelease-write", maxConcurrent: 2, minTime: 100 }),
        // Creating a release notifies watchers; the default waits 3 s between two of them, which
        // a create retried after looking (github-once.ts) need not.
        notifications: new import_bottleneck.default.Group({
          id: "pyrelease-notifications",
          maxConcurrent: 1,
          minTime: 1e3
        }),
        onRateLimit: retryLimited("rate limit"),
        onSecondaryRateLimit: retryLimited("secondary rate limit")
      }
    },
    retry,
    throttling
  );
  const call2 = async (what, method, route, permission, run) => {
    const described = {
      what,
      method,
      route,
      permission,
      repository: options2.repository
    };
    try {
      return await run();
    } catch (thrown) {
      throw githubError(described, thrown);
    }
  };
  const contents = "contents: write";
  return {
    listReleases: () => call2("list the releases", "GET", `${base2}/releases`, "contents: read", async () => {
      const all = await octokit.paginate(octokit.rest.repos.listReleases, {
        owner,
        repo,
        per_page: 100
      });
      return all.map(toRelease);
    }),
    listTags: () => call2("list the tags", "GET", `${base2}/tags`, "contents: read", async () => {
      const all = await octokit.paginate(octokit.rest.repos.listTags, {
        owner,
        repo,
        per_page: 100
      });
      return all.map((tag) => tag.name);
    }),
    createRelease: (fields) => call2(
      `create the release ${fields.tagName}`,
      "POST",
      `${base2}/releases`,
      contents,
      async () => {
        const { data } = await octokit.rest.repos.createRelease({
          owner,
          repo,
          ...apiFields(fields),
          tag_name: fields.tagName,
          request: ONCE
        });
        return toRelease(data);
      }
    ),
    // Setting the same fields twice changes nothing, so Octokit may retry an edit.
    updateRelease: (id, fields) => call2(`edit the release ${id}`, "PATCH", `${base2}/releases/${id}`, contents, async () => {
      const { data } = await octokit.rest.repos.updateRelease({
        owner,
        repo,
        release_id: id,
        ...apiFields(fields)
      });
      return toRelease(data);
    }),
    listAssets: (releaseId) => call2(
      `list the assets of the release ${releaseId}`,
      "GET",
      `${base2}/releases/${releaseId}/assets`,
      "contents: read",
      async () => {
        const all = await octokit.paginate(octokit.rest.repos.listReleaseAssets, {
          owner,
          repo,
          release_id: releaseId,
          per_page: 100
        });
        return all.map(toAsset);
      }
    ),
    deleteAsset: (id) => call2(
      `delete the asset ${id}`,
      "DELETE",
      `${base2}/releases/assets/${id}`,
      contents,
      async () => {
        await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: id, request: ONCE });
      }
    ),
    uploadAsset: (release, name, data, contentType) => {
      const url = release.uploadUrl.replace(/\{[^}]*\}$/, "");
      return call2(
        `upload ${name}`,
        "POST",
        `${new URL(url).pathname}?name=${encodeURIComponent(name)}`,
        contents,
        async () => {
          const response = await octokit.request({
            method: "POST",
            url: `${url}?name=${encodeURIComponent(name)}`,
            headers: { "content-type": contentType, "content-length": data.length },
            data,
            request: ONCE
          });
          return toAsset(response.data);
        }
      );
    },
    openMilestones: () => call2("list the open milestones", "GET", `${base2}/milestones`, "issues: read", async () => {
      const all = await octokit.paginate(octokit.rest.issues.listMilestones, {
        owner,
        repo,
        state: "open",
        per_page: 100
      });
      return all.map((milestone) => ({ number: milestone.number, title: milestone.title }));
    }),
    closeMilestone: (number2) => call2(
      `close the milestone ${number2}`,
      "PATCH",
      `${base2}/milestones/${number2}`,
      "issues: write",
      async () => {
        await octokit.rest.issues.updateMilestone({
          owner,
          repo,
          milestone_number: number2,
          state: "closed"
        });
      }
    ),
    openPullRequest: (fields) => call2(
      `open the pull request ${fields.head}`,
      "POST",
      `${base2}/pulls`,
      "pull-requests: write",
      async () => {
        const { data } = await octokit.rest.pulls.create({
          owner,
          repo,
          ...fields,
          request: ONCE
        });
        return data.html_url;
      }
    )
  };
}

// src/step-graph.ts
function validateGraph(steps) {
  const declared = /* @__PURE__ */ new Set();
  for (const step of steps) {
    if (declared.has(step.name)) throw new Error(`Step graph: "${step.name}" is declared twice`);
    for (const need2 of step.needs) {
      if (!declared.has(need2))
        throw new Error(
          `Step graph: "${step.name}" needs "${need2}", which is not declared before it`
        );
    }
    declared.add(step.name);
  }
}
function dueSteps(steps, status) {
  if ([...status.values()].includes("failed")) return [];
  const checksPassed = steps.every((step) => step.sideEffect || status.get(step.name) === "passed");
  return steps.filter(
    (step) => status.get(step.name) === "waiting" && step.needs.every((need2) => status.get(need2) === "passed") && (!step.sideEffect || checksPassed)
  );
}
async function runGraph(steps, state, pipeline2) {
  validateGraph(steps);
  const status = new Map(steps.map((step) => [step.name, "waiting"]));
  const failures = /* @__PURE__ */ new Map();
  const running = /* @__PURE__ */ new Set();
  const start = (step) => {
    status.set(step.name, "running");
    const note = step.note?.(state);
    if (note) {
      pipeline2.note(step.name, note.status, note.detail);
      status.set(step.name, "passed");
      return;
    }
    const done = pipeline2.step(
      step.name,
      () => step.run(state),
      (detail) => detail
    ).then(
      () => void status.set(step.name, "passed"),
      (error) => {
        status.set(step.name, "failed");
        failures.set(step.name, error);
      }
    ).finally(() => running.delete(done));
    running.add(done);
  };
  for (; ; ) {
    for (let due = dueSteps(steps, status); due.length > 0; due = dueSteps(steps, status))
      due.forEach(start);
    if (running.size === 0) break;
    await Promise.race(running);
  }
  const failed2 = steps.find((step) => failures.has(step.name));
  if (failed2) throw failures.get(failed2.name);
  const stuck = steps.filter((step) => status.get(step.name) !== "passed");
  if (stuck.length > 0)
    throw new Error(`Step graph: ${stuck.map((step) => step.name).join(", ")} never became due`);
}

// src/http/client.ts
var import_undici2 = __toESM(require_undici(), 1);
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";

// src/http/retry.ts
var DEFAULT_RETRY = { attempts: 4, baseDelayMs: 1e3, maxDelayMs: 3e4 };
var TRANSIENT_ERRORS = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_CLOSED"
]);
function isTransientError(code) {
  return TRANSIENT_ERRORS.has(code);
}
function isRetryableStatus(status) {
  return status === 408 || status === 429 || status >= 500 && status !== 501;
}
function parseRetryAfter(value, now) {
  if (value === void 0) return void 0;
  const text2 = value.trim();
  if (/^\d+$/.test(text2)) return Number(text2) * 1e3;
  if (!/[a-z]/i.test(text2)) return void 0;
  const date = Date.parse(text2);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function backoffDelay(attempt, policy, random) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * ceiling / 2);
}
function retryDecision(result, attempt, options2) {
  const { policy } = options2;
  if (attempt >= policy.attempts) return { retry: false };
  if ("errorCode" in result) {
    if (!isTransientError(result.errorCode)) return { retry: false };
    const neverSent = result.errorCode === "ECONNREFUSED" || result.errorCode === "UND_ERR_CONNECT_TIMEOUT";
    if (!options2.idempotent && !neverSent) return { retry: false };
    return {
      retry: true,
      delayMs: backoffDelay(attempt, policy, options2.random),
      reason: result.errorCode
    };
  }
  if (!isRetryableStatus(result.status)) return { retry: false };
  if (!options2.idempotent && result.status !== 429 && result.status !== 503)
    return { retry: false };
  const asked = parseRetryAfter(result.retryAfter, options2.now);
  const delayMs2 = asked === void 0 ? backoffDelay(attempt, policy, options2.random) : Math.min(asked, policy.maxDelayMs);
  return { retry: true, delayMs: delayMs2, reason: `HTTP ${result.status}` };
}

// src/http/url.ts
function displayUrl(url) {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = "";
    parsed.password = "";
    return parsed.href;
  } catch {
    return url;
  }
}
function splitCredentials(url) {
  const parsed = new URL(url);
  const username = decodeURIComponent(parsed.username);
  const password = decodeURIComponent(parsed.password);
  parsed.username = "";
  parsed.password = "";
  return { url: parsed.href, username, password };
}

// src/http/client.ts
var HttpFailure = class extends Error {
  constructor(message, url, code, attempts) {
    super(message);
    this.url = url;
    this.code = code;
    this.attempts = attempts;
    this.name = "HttpFailure";
  }
  url;
  code;
  attempts;
};
var DEFAULT_TIMEOUT_MS = 3e4;
var MAX_REDIRECTS = 5;
function envNumber(name) {
  const value = Number(process.env[name]);
  return process.env[name] && Number.isFinite(value) && value >= 0 ? value : void 0;
}
function retryPolicy(req = {}) {
  return {
    attempts: envNumber("PYRELEASE_HTTP_ATTEMPTS") ?? req.retry?.attempts ?? DEFAULT_RETRY.attempts,
    baseDelayMs: envNumber("PYRELEASE_HTTP_RETRY_BASE_MS") ?? req.retry?.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
    maxDelayMs: envNumber("PYRELEASE_HTTP_RETRY_MAX_MS") ?? req.retry?.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs
  };
}
function settings(req) {
  const timeoutMs = envNumber("PYRELEASE_HTTP_TIMEOUT_MS") ?? req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const policy = retryPolicy(req);
  const bodyTimeoutMs = envNumber("PYRELEASE_HTTP_TIMEOUT_MS") ?? req.bodyTimeoutMs ?? timeoutMs;
  return { timeoutMs, bodyTimeoutMs, policy };
}
var dispatchers = /* @__PURE__ */ new Map();
function dispatcherFor(url, timeoutMs, bodyTimeoutMs) {
  const proxy = getProxyUrl(url.href);
  const key = `${proxy}|${timeoutMs}|${bodyTimeoutMs}`;
  let dispatcher = dispatchers.get(key);
  if (!dispatcher) {
    const options2 = {
      connect: { timeout: timeoutMs },
      headersTimeout: timeoutMs,
      bodyTimeout: bodyTimeoutMs,
      keepAliveTimeout: 1e3
    };
    dispatcher = proxy ? new import_undici2.ProxyAgent({ ...options2, uri: proxy }) : new import_undici2.Agent(options2);
    dispatchers.set(key, dispatcher);
  }
  return dispatcher;
}
function errorCode(error) {
  const seen = error;
  if (typeof seen?.code === "string") return seen.code;
  if (typeof seen?.cause?.code === "string") return seen.cause.code;
  return "UNKNOWN";
}
function describeError(code, error, timeoutMs, bodyMs) {
  const seconds2 = (ms) => `${Math.round(ms / 100) / 10} s`;
  switch (code) {
    case "UND_ERR_CONNECT_TIMEOUT":
      return `could not connect within ${seconds2(timeoutMs)}`;
    case "UND_ERR_HEADERS_TIMEOUT":
      return `no answer within ${seconds2(timeoutMs)}`;
    case "UND_ERR_BODY_TIMEOUT":
      return `the answer stopped arriving for ${seconds2(bodyMs)}`;
    case "ECONNREFUSED":
      return "the connection was refused (nothing listens there)";
    case "ECONNRESET":
    case "UND_ERR_SOCKET":
    case "EPIPE":
      return "the connection was closed before the answer was complete";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "the host name could not be resolved";
    default:
      return error?.message ?? String(error);
  }
}
function flatHeaders(headers) {
  const flat = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== void 0)
      flat[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
var sleep = (ms) => new Promise((resolve3) => setTimeout(resolve3, ms));
async function send(url, req, sink) {
  const method = req.method ?? "GET";
  const idempotent = req.idempotent ?? method === "GET";
  const { timeoutMs, bodyTimeoutMs, policy } = settings(req);
  let target = new URL(url);
  const headers = { "user-agent": "pyrelease", ...req.headers };
  let redirects = 0;
  for (let attempt = 1; ; attempt++) {
    let result;
    let failure;
    try {
      const answer = await (0, import_undici2.request)(target, {
        method,
        headers,
        body: req.body,
        dispatcher: dispatcherFor(target, timeoutMs, bodyTimeoutMs)
      });
      const answerHeaders = flatHeaders(answer.headers);
      const location = answerHeaders.location;
      if (method === "GET" && location && [301, 302, 303, 307, 308].includes(answer.statusCode)) {
        await answer.body.dump();
        if (++redirects > MAX_REDIRECTS) {
          throw new HttpFailure(
            `${method} ${displayUrl(url)}: more than ${MAX_REDIRECTS} redirects.`,
            url,
            "TOO_MANY_REDIRECTS",
            attempt
          );
        }
        const next = new URL(location, target);
        if (next.origin !== target.origin) delete headers.authorization;
        target = next;
        attempt--;
        continue;
      }
      const ok2 = answer.statusCode >= 200 && answer.statusCode < 300;
      if (ok2 && sink) {
        await sink(answer.body);
        return {
          url: target.href,
          status: answer.statusCode,
          headers: answerHeaders,
          body: Buffer.alloc(0)
        };
      }
      const body = Buffer.from(await answer.body.arrayBuffer());
      const response = {
        url: target.href,
        status: answer.statusCode,
        headers: answerHeaders,
        body
      };
      result = { status: answer.statusCode, retryAfter: answerHeaders["retry-after"] };
      const decision2 = retryDecision(result, attempt, {
        policy,
        idempotent,
        now: Date.now(),
        random: Math.random
      });
      if (!decision2.retry) return response;
      info(
        `${method} ${displayUrl(target.href)} answered ${answer.statusCode}; trying again in ${(decision2.delayMs / 1e3).toFixed(1)} s (attempt ${attempt + 1} of ${policy.attempts}).`
      );
      await sleep(decision2.delayMs);
      continue;
    } catch (error) {
      if (error instanceof HttpFailure) throw error;
      failure = error;
      result = { errorCode: errorCode(error) };
    }
    const code = result.errorCode;
    const decision = retryDecision(result, attempt, {
      policy,
      idempotent,
      now: Date.now(),
      random: Math.random
    });
    const what = describeError(code, failure, timeoutMs, bodyTimeoutMs);
    if (!decision.retry) {
      throw new HttpFailure(
        `${method} ${displayUrl(target.href)}: ${what}${attempt > 1 ? ` (${attempt} attempts)` : ""}`,
        target.href,
        code,
        attempt
      );
    }
    info(
      `${method} ${displayUrl(target.href)}: ${what}; trying again in ${(decision.delayMs / 1e3).toFixed(1)} s (attempt ${attempt + 1} of ${policy.attempts}).`
    );
    await sleep(decision.delayMs);
  }
}
function httpRequest(url, req = {}) {
  return send(url, req);
}
function httpDownload(url, dest, req = {}) {
  return send(
    url,
    { bodyTimeoutMs: 12e4, ...req },
    (body) => pipeline(body, createWriteStream(dest))
  );
}

// src/publish/indexes.ts
var PYPI_UPLOAD_URL = "https://upload.pypi.org/legacy/";
var TESTPYPI_UPLOAD_URL = "https://test.pypi.org/legacy/";
function deriveSimpleUrl(uploadUrl) {
  const url = new URL(uploadUrl);
  if (url.host === "upload.pypi.org") return "https://pypi.org/simple/";
  url.search = "";
  url.hash = "";
  const dir = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  url.pathname = dir.endsWith("/legacy/") ? `${dir.slice(0, -"legacy/".length)}simple/` : `${dir}simple/`;
  return url.href;
}
function packageIndex(rawUploadUrl, label, indexUrl = "") {
  const { url: uploadUrl, username, password } = splitCredentials(rawUploadUrl);
  const url = new URL(uploadUrl);
  const host = url.host === "upload.pypi.org" ? "pypi.org" : url.host;
  const given = indexUrl ? splitCredentials(indexUrl) : void 0;
  const simple = given ? given.url : deriveSimpleUrl(uploadUrl);
  const credentials = username || password ? { username, password } : void 0;
  const simpleCredentials = given && (given.username || given.password) ? { username: given.username, password: given.password } : new URL(simple).origin === url.origin ? credentials : void 0;
  return {
    label,
    uploadUrl,
    webOrigin: `${url.protocol}//${host}`,
    simpleUrl: simple.endsWith("/") ? simple : `${simple}/`,
    warehouse: url.pathname.endsWith("/legacy/") && !indexUrl,
    ...credentials && { credentials },
    ...simpleCredentials && { simpleCredentials }
  };
}
function jsonApiUrl(index, project, version) {
  return `${index.webOrigin}/pypi/${encodeURIComponent(project)}/${encodeURIComponent(version)}/json`;
}
function simpleProjectUrl(index, project) {
  return `${index.simpleUrl}${canonicalProjectName(project)}/`;
}
function simpleIndexUrl(index) {
  return index.simpleUrl;
}
function projectPageUrl(index, project, version) {
  return `${index.webOrigin}/project/${encodeURIComponent(project)}/${encodeURIComponent(version)}/`;
}

// src/publish/simple-api.ts
var SIMPLE_ACCEPT = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01";
var HEX64 = /^[0-9a-f]{64}$/i;
function sha(value) {
  return typeof value === "string" && HEX64.test(value) ? value.toLowerCase() : void 0;
}
function parseSimpleJson(text2) {
  let answer;
  try {
    answer = JSON.parse(text2);
  } catch {
    return { ok: false, problem: "its JSON answer does not parse" };
  }
  if (!Array.isArray(answer?.files)) {
    return { ok: false, problem: 'its JSON answer has no "files" list (PEP 691)' };
  }
  const files = [];
  for (const entry of answer.files) {
    if (typeof entry?.filename !== "string") continue;
    files.push({ filename: entry.filename, sha256: sha(entry.hashes?.sha256) });
  }
  return { ok: true, files };
}
function parseJsonApi(text2) {
  let answer;
  try {
    answer = JSON.parse(text2);
  } catch {
    return { ok: false, problem: "its JSON API answer does not parse" };
  }
  if (!Array.isArray(answer?.urls))
    return { ok: false, problem: 'its JSON API answer has no "urls"' };
  const files = [];
  for (const entry of answer.urls) {
    if (typeof entry?.filename !== "string") continue;
    files.push({ filename: entry.filename, sha256: sha(entry.digests?.sha256) });
  }
  return { ok: true, files };
}
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decodeEntities(text2) {
  return text2.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
function parseSimpleHtml(html) {
  const files = [];
  const anchor = /<a\s([^>]*)>([\s\S]*?)<\/a\s*>/gi;
  for (const match of html.matchAll(anchor)) {
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(match[1]);
    if (!href) continue;
    const link = decodeEntities(href[1] ?? href[2] ?? href[3] ?? "");
    const text2 = decodeEntities(match[2].replace(/<[^>]*>/g, "")).trim();
    const [location, fragment = ""] = link.split("#", 2);
    const fromPath = decodeURIComponent(location.split("?")[0].split("/").pop() ?? "");
    const filename = text2 || fromPath;
    if (!filename) continue;
    const hash = /(?:^|&)sha256=([0-9a-f]{64})(?:&|$)/i.exec(fragment);
    files.push({ filename, sha256: hash?.[1]?.toLowerCase() });
  }
  if (files.length === 0 && !/name=["']?pypi:repository-version/i.test(html)) {
    return {
      ok: false,
      problem: "its HTML page holds no file links (it is not a PEP 503 simple index page)"
    };
  }
  return { ok: true, files };
}
function parseSimpleAnswer(contentType, text2) {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (type === "application/vnd.pypi.simple.v1+json" || type === "application/json") {
    return parseSimpleJson(text2);
  }
  if (type === "text/html" || type === "application/vnd.pypi.simple.v1+html" || /^\s*</.test(text2)) {
    return parseSimpleHtml(text2);
  }
  return {
    ok: false,
    problem: `it answered ${type || "without a content type"}, neither the JSON (PEP 691) nor the HTML (PEP 503) simple API`
  };
}

// src/publish/existing.ts
function planUploads(indexLabel, local, remote) {
  const upload = [];
  const skip = [];
  for (const file of local) {
    const existing = remote.find((candidate) => candidate.filename === file.filename);
    if (!existing) upload.push(file);
    else if (existing.sha256 === void 0) {
      throw new UserError(
        `${indexLabel} already lists ${file.filename}, but without a sha256, so whether it is this build's file (sha256 ${file.sha256}) cannot be told. Nothing was uploaded. Compare the file on the index with dist/ by hand, or set index-url to the index's simple API that gives hashes (#sha256= links, or PEP 691 JSON).`,
        "Existing file has no hash"
      );
    } else if (existing.sha256.toLowerCase() === file.sha256.toLowerCase()) skip.push(file);
    else {
      throw new UserError(
        `${indexLabel} already has ${file.filename} with different content (sha256 ${existing.sha256} there, ${file.sha256} here). An index never lets a file be replaced: release a new version (for example a .post1), or rebuild exactly the files that were uploaded.`,
        "File already exists with other content"
      );
    }
  }
  return { upload, skip };
}
function authorization(credentials) {
  if (!credentials) return {};
  const pair = `${credentials.username}:${credentials.password}`;
  return { authorization: `Basic ${Buffer.from(pair).toString("base64")}` };
}
async function get(url, headers) {
  try {
    return await httpRequest(url, { headers });
  } catch (error) {
    if (!(error instanceof HttpFailure)) throw error;
    throw new UserError(
      `Could not ask ${displayUrl(url)} which files exist: ${error.message}. Nothing was uploaded; run the release again when the index answers (a re-run skips what is already there).`,
      "Index unreachable"
    );
  }
}
function failed(index, url, response) {
  return new UserError(
    `${displayUrl(url)} answered ${response.status} when asked which files ${index.label} has. Nothing was uploaded; run the release again later${response.status === 401 || response.status === 403 ? ", or give the index credentials (https://user:password@\u2026 in repository-url or index-url)" : ""}.`,
    "Index error"
  );
}
async function fetchRemoteFiles(index, project, version) {
  if (index.warehouse) {
    const url2 = jsonApiUrl(index, project, version);
    const response2 = await get(url2, {
      accept: "application/json",
      ...authorization(index.simpleCredentials)
    });
    if (response2.status === 200) {
      const listing4 = parseJsonApi(response2.body.toString("utf8"));
      if (listing4.ok) return [...listing4.files];
    }
  }
  const url = simpleProjectUrl(index, project);
  const response = await get(url, {
    accept: SIMPLE_ACCEPT,
    ...authorization(index.simpleCredentials)
  });
  if (response.status === 404 || response.status === 410) return [];
  if (response.status !== 200) throw failed(index, url, response);
  const listing3 = parseSimpleAnswer(
    response.headers["content-type"],
    response.body.toString("utf8")
  );
  if (!listing3.ok) {
    throw new UserError(
      `${displayUrl(url)} cannot tell which files ${index.label} has: ${listing3.problem}. Nothing was uploaded. Set index-url to the index's simple API (the URL pip's --index-url takes, such as https://host/root/pypi/+simple/ for devpi).`,
      "Index answer unreadable"
    );
  }
  return [...listing3.files];
}

// src/publish/oidc-claims.ts
function decodeClaims(jwt) {
  const payload = jwt.split(".")[1];
  if (!payload) return {};
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return {};
  }
}
function workflowFile(ref) {
  return ref?.split("@")[0];
}
function isReusableWorkflow(claims) {
  const caller = workflowFile(claims.workflow_ref);
  const job = workflowFile(claims.job_workflow_ref);
  return caller !== void 0 && job !== void 0 && caller !== job;
}
function describeClaims(claims) {
  return [
    `repository: ${claims.repository ?? "(none)"}`,
    `workflow: ${claims.workflow_ref ?? "(none)"}`,
    `job workflow: ${claims.job_workflow_ref ?? "(none)"}`,
    `environment: ${claims.environment ?? "(none)"}`,
    `ref: ${claims.ref ?? "(none)"}`
  ];
}

// src/publish/trusted.ts
async function call(url, req = {}) {
  try {
    return await httpRequest(url, req);
  } catch (error) {
    if (!(error instanceof HttpFailure)) throw error;
    throw new UserError(`Could not reach ${url}: ${error.message}.`, "Trusted publishing failed");
  }
}
function json(response) {
  try {
    return JSON.parse(response.body.toString("utf8"));
  } catch {
    return void 0;
  }
}
async function audienceOf(index) {
  const url = `${index.webOrigin}/_/oidc/audience`;
  const response = await call(url);
  if (response.status !== 200) {
    throw new UserError(
      `${index.label} does not offer trusted publishing (${url} answered ${response.status}). Give pypi-token instead.`,
      "Trusted publishing failed"
    );
  }
  const audience = json(response)?.audience;
  if (!audience) throw new UserError(`${url} gave no audience.`, "Trusted publishing failed");
  return audience;
}
async function idToken(audience, source) {
  if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    throw new UserError(
      "No pypi-token was given, so trusted publishing was tried, but this job may not request an OIDC token. Add `permissions: id-token: write` to the job (and configure this workflow as a trusted publisher on the index), or pass pypi-token. Pull requests from forks never get an OIDC token.",
      "Trusted publishing failed"
    );
  }
  try {
    return await source(audience);
  } catch (error) {
    throw new UserError(
      `The runner refused an OIDC token (${error.message}). Check that the job has \`permissions: id-token: write\`; runs for pull requests from forks cannot get one.`,
      "Trusted publishing failed"
    );
  }
}
var MINTED_TOKEN_LIFETIME_MS = 15 * 6e4;
function tokenExpiry(expires, token, now) {
  if (typeof expires === "number" && Number.isFinite(expires)) return expires * 1e3;
  const exp = decodeClaims(token).exp;
  if (typeof exp === "number" && Number.isFinite(exp)) return exp * 1e3;
  return now + MINTED_TOKEN_LIFETIME_MS;
}
async function mintUploadToken(index, source = getIDToken) {
  const audience = await audienceOf(index);
  const oidc = await idToken(audience, source);
  setSecret(oidc);
  const claims = decodeClaims(oidc);
  info(`Trusted publishing to ${index.label} as:
  ${describeClaims(claims).join("\n  ")}`);
  if (isReusableWorkflow(claims)) {
    warning(
      `This job runs in a reusable workflow (${claims.job_workflow_ref}); ${index.label} matches trusted publishers on the calling workflow (${claims.workflow_ref}) and refuses reusable ones. Publish from the calling workflow, or use pypi-token.`,
      { title: "Reusable workflow" }
    );
  }
  const url = `${index.webOrigin}/_/oidc/mint-token`;
  const response = await call(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token: oidc }),
    idempotent: true
  });
  const answer = json(response) ?? {};
  if (response.status !== 200 || !answer.token) {
    const reasons = (answer.errors ?? []).map((e) => `${e.code ?? "error"}: ${e.description ?? ""}`).join("; ");
    const hint = reasons.includes("invalid-publisher") ? ` No trusted publisher on ${index.label} matches this run. Add one for repository ${claims.repository ?? "?"}, workflow ${claims.workflow_ref?.split("@")[0]?.split("/").pop() ?? "?"}${claims.environment ? `, environment ${claims.environment}` : " (no environment)"} in the project's publishing settings, or pass pypi-token.` : "";
    throw new UserError(
      `${index.label} refused the token exchange (${response.status}${reasons ? `: ${reasons}` : answer.message ? `: ${answer.message}` : ""}).${hint}`,
      "Trusted publishing failed"
    );
  }
  setSecret(answer.token);
  return { value: answer.token, expiresAt: tokenExpiry(answer.expires, answer.token, Date.now()) };
}

// src/publish/upload-auth.ts
var REFRESH_MARGIN_MS = 2 * 6e4;
function needsFreshToken(token, now, marginMs = REFRESH_MARGIN_MS) {
  return token === void 0 || token.expiresAt - now < marginMs;
}
function uploadAuth(index, token, mint) {
  if (token) {
    const fixed = { username: "__token__", password: token };
    return { minted: false, current: async () => fixed, refresh: async () => fixed };
  }
  if (index.credentials) {
    const fixed = index.credentials;
    return { minted: false, current: async () => fixed, refresh: async () => fixed };
  }
  let held;
  const fresh = async () => {
    held = await mint(index);
    return { username: "__token__", password: held.value };
  };
  return {
    minted: true,
    async current() {
      if (held && needsFreshToken(held, Date.now())) {
        info(
          `The upload token for ${index.label} expires in ${Math.max(0, Math.round((held.expiresAt - Date.now()) / 1e3))} s; minting a fresh one for the next file.`
        );
      }
      return needsFreshToken(held, Date.now()) ? fresh() : { username: "__token__", password: held.value };
    },
    refresh: fresh
  };
}

// src/tools/twine.ts
import { spawn } from "node:child_process";
function twineCheckArgs(files) {
  return ["check", "--strict", ...files];
}
function twineUploadArgs(uploadUrl, files, attestations = []) {
  return [
    "upload",
    "--non-interactive",
    "--disable-progress-bar",
    ...attestations.length > 0 ? ["--attestations"] : [],
    "--repository-url",
    uploadUrl,
    ...files,
    ...attestations
  ];
}
function twineEnvironment(username, password) {
  return { TWINE_USERNAME: username, TWINE_PASSWORD: password, TWINE_NON_INTERACTIVE: "1" };
}
async function twineCheck(twine, files) {
  const args = [...twine.baseArgs, ...twineCheckArgs(files)];
  const result = await runCommand(twine.command, args, { outsideWorkspace: true });
  if (result.exitCode !== 0) {
    throw new UserError(
      `twine check --strict found problems in the package metadata (the long description is what PyPI renders):
${outputTail(result)}
Fix the metadata (readme, content type) and tag again.`,
      "twine check failed"
    );
  }
  return showCommand(twine.command, args);
}
async function twineVersionOutput(twine) {
  const result = await runCommand(twine.command, [...twine.baseArgs, "--version"], {
    outsideWorkspace: true
  });
  return result.exitCode === 0 ? `${result.stdout}
${result.stderr}` : "";
}
var UPLOAD_TIMEOUT_MS = 15 * 6e4;
function uploadTimeout() {
  const fromEnv = Number(process.env.PYRELEASE_UPLOAD_TIMEOUT_MS);
  return fromEnv > 0 ? fromEnv : UPLOAD_TIMEOUT_MS;
}
async function twineUploadFile(twine, uploadUrl, file, credentials, attestations = []) {
  const args = [...twine.baseArgs, ...twineUploadArgs(uploadUrl, [file], attestations)];
  const timeoutMs = uploadTimeout();
  debug(`run: ${showCommand(twine.command, args)}`);
  const cwd = await outsideWorkspaceDir();
  const env = {
    ...process.env,
    ...twineEnvironment(credentials.username, credentials.password),
    PYTHONSAFEPATH: "1"
  };
  delete env.PYTHONPATH;
  return new Promise((resolve3) => {
    const child = spawn(twine.command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => output += chunk.toString());
    child.stderr.on("data", (chunk) => output += chunk.toString());
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    const finish = (ok2, extra = "") => {
      clearTimeout(timer);
      const tail = `${output}${extra}`.trim().split("\n").slice(-25).join("\n");
      resolve3({
        ok: ok2 && !timedOut,
        output: timedOut ? `${tail}
twine was stopped: no answer within ${Math.round(timeoutMs / 1e3)} s.`.trim() : tail,
        timedOut
      });
    };
    child.on("error", (error) => finish(false, `
${error.message}`));
    child.on("close", (code) => finish(code === 0));
  });
}
function describeUploadFailure(indexLabel, output) {
  const hint = /\b403\b|invalid or non-existent authentication|Invalid API Token/i.test(output) ? " The token was refused: check that pypi-token is an API token for this project (or that trusted publishing is configured)." : /File already exists|\b409\b/i.test(output) ? " A file of that name already exists on the index with other content; release a new version." : "";
  return `Upload to ${indexLabel} failed:
${output}
${hint}`.trim();
}
function isTransientUploadFailure(output, timedOut) {
  return timedOut || /\b(?:5\d\d|429) [A-Z]|ConnectionError|Connection aborted|RemoteDisconnected|ConnectionResetError|Read timed out|Max retries exceeded|BrokenPipe/i.test(
    output
  );
}
function isExpiredTokenRefusal(output) {
  return /\b403\b/.test(output) && /expired|invalid (?:api )?token/i.test(output);
}

// src/steps/attest.ts
async function preflightAttestations(inputs, targets, twine) {
  const facts = {
    mode: inputs.publish ? inputs.attestations : "false",
    targets: targets.map((target) => ({ label: target.index.label, trusted: !target.token })),
    canRequestIdToken: Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL),
    dryRun: inputs.dryRun
  };
  const needsTwine = facts.mode !== "false" && facts.targets.some((target) => target.trusted);
  const decision = decideAttestations({
    ...facts,
    twineVersion: needsTwine ? parseTwineVersion(await twineVersionOutput(twine)) : void 0
  });
  for (const warning2 of decision.warnings) warning(warning2, { title: "No attestations" });
  return decision;
}
function attestationFile(file) {
  return `${file.path}${ATTESTATION_SUFFIX}`;
}
function attestor(getIdToken = getIDToken, env = process.env) {
  const done = /* @__PURE__ */ new Map();
  return async (files) => {
    const missing = files.filter((file) => !done.has(file.path));
    if (missing.length > 0) {
      const { makePublishAttestations, sigstoreEndpoints } = await import("./sign-BNXLBULU.js");
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

// src/steps/publish.ts
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
  const auth2 = target.token ? "TWINE_USERNAME=__token__ TWINE_PASSWORD=*** (from the environment)" : target.index.credentials ? "TWINE_USERNAME and TWINE_PASSWORD from repository-url (from the environment)" : "a token minted by trusted publishing";
  return `${showCommand(twine.command, [
    ...twine.baseArgs,
    ...twineUploadArgs(
      target.index.uploadUrl,
      files.map((file) => file.path),
      attest ? files.map(attestationFile) : []
    )
  ])}  [${auth2}]`;
}
var UPLOAD_ATTEMPTS = 3;
function failureSummary(output) {
  const text2 = output.replace(/\s+/g, " ").trim();
  const http = /HTTPError: (\d{3}\b.*?)(?: from |$)/.exec(text2);
  if (http) return `HTTP ${http[1]}`;
  const stopped = /twine was stopped[^.]*\./.exec(text2);
  if (stopped) return stopped[0];
  const connection = /\w*(?:ConnectionError|Disconnected|ConnectionReset\w*|Connection aborted)\b/.exec(text2);
  if (connection) return `connection error: ${connection[0]}`;
  return text2.split(" ").slice(-12).join(" ") || "no output";
}
function retryDelayMs(attempt) {
  return backoffDelay(attempt, retryPolicy(), Math.random);
}
async function uploadOne(twine, index, project, file, auth2, attestations) {
  const upload = async (credentials) => twineUploadFile(twine, index.uploadUrl, file.path, credentials, attestations);
  for (let attempt = 1; ; attempt++) {
    let result = await upload(await auth2.current());
    if (!result.ok && auth2.minted && isExpiredTokenRefusal(result.output)) {
      info(
        `${index.label} refused the upload token as expired; minting a fresh one and uploading ${file.filename} again.`
      );
      result = await upload(await auth2.refresh());
    }
    if (result.ok) return;
    const remote = await fetchRemoteFiles(index, project.name, project.version).catch(
      (error) => {
        throw new UserError(
          `${describeUploadFailure(index.label, result.output)}
Asking the index whether ${file.filename} arrived failed too: ${error.message}`,
          "Upload failed"
        );
      }
    );
    const there = remote.find((candidate) => candidate.filename === file.filename);
    if (there) {
      planUploads(index.label, [file], [there]);
      notice(
        `twine reported a failure uploading ${file.filename}, but ${index.label} has the identical file (sha256 ${file.sha256}): it arrived.`,
        { title: "Uploaded despite an error" }
      );
      return;
    }
    if (attempt >= UPLOAD_ATTEMPTS || !isTransientUploadFailure(result.output, result.timedOut)) {
      throw new UserError(
        `${describeUploadFailure(index.label, result.output)}
The index does not have ${file.filename}. Run the release again: a re-run skips the files the index has.`,
        "Upload failed"
      );
    }
    const delay = retryDelayMs(attempt);
    info(
      `Uploading ${file.filename} to ${index.label} failed (${failureSummary(result.output)}) and the index does not have it; trying again in ${(delay / 1e3).toFixed(1)} s (attempt ${attempt + 1} of ${UPLOAD_ATTEMPTS}).`
    );
    await new Promise((resolve3) => setTimeout(resolve3, delay));
  }
}
async function publishTo(twine, target, project, files, attest, mint = mintUploadToken) {
  const { index } = target;
  const remote = await fetchRemoteFiles(index, project.name, project.version);
  const plan = planUploads(index.label, files, remote);
  for (const file of plan.skip) {
    notice(
      `${index.label} already has ${file.filename} with the same sha256 (${file.sha256}); not uploaded again.`,
      {
        title: "Already uploaded"
      }
    );
  }
  if (attest && plan.skip.length > 0) {
    info(
      `${index.label} keeps the files it already has as they are: attestations cannot be added to them afterwards.`
    );
  }
  const auth2 = uploadAuth(index, target.token, mint);
  let attestations = [];
  if (attest && plan.upload.length > 0) {
    await auth2.current();
    attestations = await attest(plan.upload);
  }
  for (const file of plan.upload) {
    const own = attestations.filter((attestation) => attestation.startsWith(`${file.path}.`));
    await uploadOne(twine, index, project, file, auth2, own);
  }
  return {
    index,
    uploaded: plan.upload.map((file) => file.filename),
    skipped: plan.skip.map((file) => file.filename)
  };
}

// src/tools/build.ts
import { readdir, rm as rm2 } from "node:fs/promises";
import path3 from "node:path";

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

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as crypto from "crypto";
import * as fs from "fs";

// node_modules/@actions/tool-cache/lib/manifest.js
var semver = __toESM(require_semver(), 1);

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as os from "os";
import * as path from "path";
var semver2 = __toESM(require_semver(), 1);
import { ok } from "assert";
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var IS_WINDOWS = process.platform === "win32";
var IS_MAC = process.platform === "darwin";
function extractTar(file_1, dest_1) {
  return __awaiter2(this, arguments, void 0, function* (file, dest, flags = "xz") {
    if (!file) {
      throw new Error("parameter 'file' is required");
    }
    dest = yield _createExtractFolder(dest);
    debug("Checking tar --version");
    let versionOutput = "";
    yield exec("tar --version", [], {
      ignoreReturnCode: true,
      silent: true,
      listeners: {
        stdout: (data) => versionOutput += data.toString(),
        stderr: (data) => versionOutput += data.toString()
      }
    });
    debug(versionOutput.trim());
    const isGnuTar = versionOutput.toUpperCase().includes("GNU TAR");
    let args;
    if (flags instanceof Array) {
      args = flags;
    } else {
      args = [flags];
    }
    if (isDebug() && !flags.includes("v")) {
      args.push("-v");
    }
    let destArg = dest;
    let fileArg = file;
    if (IS_WINDOWS && isGnuTar) {
      args.push("--force-local");
      destArg = dest.replace(/\\/g, "/");
      fileArg = file.replace(/\\/g, "/");
    }
    if (isGnuTar) {
      args.push("--warning=no-unknown-keyword");
      args.push("--overwrite");
    }
    args.push("-C", destArg, "-f", fileArg);
    yield exec(`tar`, args);
    return dest;
  });
}
function extractZip(file, dest) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (!file) {
      throw new Error("parameter 'file' is required");
    }
    dest = yield _createExtractFolder(dest);
    if (IS_WINDOWS) {
      yield extractZipWin(file, dest);
    } else {
      yield extractZipNix(file, dest);
    }
    return dest;
  });
}
function extractZipWin(file, dest) {
  return __awaiter2(this, void 0, void 0, function* () {
    const escapedFile = file.replace(/'/g, "''").replace(/"|\n|\r/g, "");
    const escapedDest = dest.replace(/'/g, "''").replace(/"|\n|\r/g, "");
    const pwshPath = yield which("pwsh", false);
    if (pwshPath) {
      const pwshCommand = [
        `$ErrorActionPreference = 'Stop' ;`,
        `try { Add-Type -AssemblyName System.IO.Compression.ZipFile } catch { } ;`,
        `try { [System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`,
        `catch { if (($_.Exception.GetType().FullName -eq 'System.Management.Automation.MethodException') -or ($_.Exception.GetType().FullName -eq 'System.Management.Automation.RuntimeException') ){ Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force } else { throw $_ } } ;`
      ].join(" ");
      const args = [
        "-NoLogo",
        "-NoProfile",
        "-NonInteractive",
        "-ExecutionPolicy",
        "Unrestricted",
        "-Command",
        pwshCommand
      ];
      debug(`Using pwsh at path: ${pwshPath}`);
      yield exec(`"${pwshPath}"`, args);
    } else {
      const powershellCommand = [
        `$ErrorActionPreference = 'Stop' ;`,
        `try { Add-Type -AssemblyName System.IO.Compression.FileSystem } catch { } ;`,
        `if ((Get-Command -Name Expand-Archive -Module Microsoft.PowerShell.Archive -ErrorAction Ignore)) { Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force }`,
        `else {[System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`
      ].join(" ");
      const args = [
        "-NoLogo",
        "-Sta",
        "-NoProfile",
        "-NonInteractive",
        "-ExecutionPolicy",
        "Unrestricted",
        "-Command",
        powershellCommand
      ];
      const powershellPath = yield which("powershell", true);
      debug(`Using powershell at path: ${powershellPath}`);
      yield exec(`"${powershellPath}"`, args);
    }
  });
}
function extractZipNix(file, dest) {
  return __awaiter2(this, void 0, void 0, function* () {
    const unzipPath = yield which("unzip", true);
    const args = [file];
    if (!isDebug()) {
      args.unshift("-q");
    }
    args.unshift("-o");
    yield exec(`"${unzipPath}"`, args, { cwd: dest });
  });
}
function cacheDir(sourceDir, tool, version, arch2) {
  return __awaiter2(this, void 0, void 0, function* () {
    version = semver2.clean(version) || version;
    arch2 = arch2 || os.arch();
    debug(`Caching tool ${tool} ${version} ${arch2}`);
    debug(`source dir: ${sourceDir}`);
    if (!fs.statSync(sourceDir).isDirectory()) {
      throw new Error("sourceDir is not a directory");
    }
    const destPath = yield _createToolPath(tool, version, arch2);
    for (const itemName of fs.readdirSync(sourceDir)) {
      const s = path.join(sourceDir, itemName);
      yield cp(s, destPath, { recursive: true });
    }
    _completeToolPath(tool, version, arch2);
    return destPath;
  });
}
function find(toolName, versionSpec, arch2) {
  if (!toolName) {
    throw new Error("toolName parameter is required");
  }
  if (!versionSpec) {
    throw new Error("versionSpec parameter is required");
  }
  arch2 = arch2 || os.arch();
  if (!isExplicitVersion(versionSpec)) {
    const localVersions = findAllVersions(toolName, arch2);
    const match = evaluateVersions(localVersions, versionSpec);
    versionSpec = match;
  }
  let toolPath = "";
  if (versionSpec) {
    versionSpec = semver2.clean(versionSpec) || "";
    const cachePath = path.join(_getCacheDirectory(), toolName, versionSpec, arch2);
    debug(`checking cache: ${cachePath}`);
    if (fs.existsSync(cachePath) && fs.existsSync(`${cachePath}.complete`)) {
      debug(`Found tool in cache ${toolName} ${versionSpec} ${arch2}`);
      toolPath = cachePath;
    } else {
      debug("not found");
    }
  }
  return toolPath;
}
function findAllVersions(toolName, arch2) {
  const versions = [];
  arch2 = arch2 || os.arch();
  const toolPath = path.join(_getCacheDirectory(), toolName);
  if (fs.existsSync(toolPath)) {
    const children = fs.readdirSync(toolPath);
    for (const child of children) {
      if (isExplicitVersion(child)) {
        const fullPath = path.join(toolPath, child, arch2 || "");
        if (fs.existsSync(fullPath) && fs.existsSync(`${fullPath}.complete`)) {
          versions.push(child);
        }
      }
    }
  }
  return versions;
}
function _createExtractFolder(dest) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (!dest) {
      dest = path.join(_getTempDirectory(), crypto.randomUUID());
    }
    yield mkdirP(dest);
    return dest;
  });
}
function _createToolPath(tool, version, arch2) {
  return __awaiter2(this, void 0, void 0, function* () {
    const folderPath = path.join(_getCacheDirectory(), tool, semver2.clean(version) || version, arch2 || "");
    debug(`destination ${folderPath}`);
    const markerPath = `${folderPath}.complete`;
    yield rmRF(folderPath);
    yield rmRF(markerPath);
    yield mkdirP(folderPath);
    return folderPath;
  });
}
function _completeToolPath(tool, version, arch2) {
  const folderPath = path.join(_getCacheDirectory(), tool, semver2.clean(version) || version, arch2 || "");
  const markerPath = `${folderPath}.complete`;
  fs.writeFileSync(markerPath, "");
  debug("finished caching tool");
}
function isExplicitVersion(versionSpec) {
  const c = semver2.clean(versionSpec) || "";
  debug(`isExplicit: ${c}`);
  const valid2 = semver2.valid(c) != null;
  debug(`explicit? ${valid2}`);
  return valid2;
}
function evaluateVersions(versions, versionSpec) {
  let version = "";
  debug(`evaluating ${versions.length} versions`);
  versions = versions.sort((a, b) => {
    if (semver2.gt(a, b)) {
      return 1;
    }
    return -1;
  });
  for (let i = versions.length - 1; i >= 0; i--) {
    const potential = versions[i];
    const satisfied = semver2.satisfies(potential, versionSpec);
    if (satisfied) {
      version = potential;
      break;
    }
  }
  if (version) {
    debug(`matched: ${version}`);
  } else {
    debug("match not found");
  }
  return version;
}
function _getCacheDirectory() {
  const cacheDirectory = process.env["RUNNER_TOOL_CACHE"] || "";
  ok(cacheDirectory, "Expected RUNNER_TOOL_CACHE to be defined");
  return cacheDirectory;
}
function _getTempDirectory() {
  const tempDirectory = process.env["RUNNER_TEMP"] || "";
  ok(tempDirectory, "Expected RUNNER_TEMP to be defined");
  return tempDirectory;
}

// src/tools/uv.ts
import { createHash, randomUUID as randomUUID2 } from "node:crypto";
import { createReadStream, existsSync as existsSync3 } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import path2 from "node:path";
var DEFAULT_UV_VERSION = "0.12.16";
var UV_DOWNLOAD_BASE = "https://github.com/astral-sh/uv/releases/download";
var KNOWN_UV_SHA256 = {
  "uv-x86_64-unknown-linux-gnu.tar.gz@0.12.16": "8e5c6e5523dffc2dcf615bd995554c84c9feb4e577808a3fb8698a639d3f8d9c",
  "uv-aarch64-unknown-linux-gnu.tar.gz@0.12.16": "36d913ee9c647481d64f1a0a0485f85ff2feaee605c341fc22e73398f9212c26",
  "uv-x86_64-unknown-linux-musl.tar.gz@0.12.16": "a01206ffbd60f3a7ee30949be1863527986f5307494a064042c69ce7e6d44799",
  "uv-aarch64-unknown-linux-musl.tar.gz@0.12.16": "5beba1f35c0922fd086cce850ce919e55bc4e873c4fcda891343526afdb4c5b3",
  "uv-x86_64-apple-darwin.tar.gz@0.12.16": "a42bcc9ce97eb8b364d7f162233a9c6b8c0ee25388e551d362809795127e0c31",
  "uv-aarch64-apple-darwin.tar.gz@0.12.16": "b6e03fae61704b1aa622f12b792a69483e837b83068e44f4fd34f8a07a8f74a3",
  "uv-x86_64-pc-windows-msvc.zip@0.12.16": "f730454bf09019754e5e5abd71a8aa18683cb739cba0d9c720bac2e7c901160f",
  "uv-aarch64-pc-windows-msvc.zip@0.12.16": "9977129f89c4036edfcb200d2484755571e51fa74517f02e478c1d7bcc353b2e"
};
var TRIPLES = {
  "linux-x64": "x86_64-unknown-linux-gnu",
  "linux-arm64": "aarch64-unknown-linux-gnu",
  "linux-x64-musl": "x86_64-unknown-linux-musl",
  "linux-arm64-musl": "aarch64-unknown-linux-musl",
  "darwin-x64": "x86_64-apple-darwin",
  "darwin-arm64": "aarch64-apple-darwin",
  "win32-x64": "x86_64-pc-windows-msvc",
  "win32-arm64": "aarch64-pc-windows-msvc"
};
function uvTarget(platform = process.platform, arch2 = process.arch, musl = isMusl(platform)) {
  const triple = TRIPLES[`${platform}-${arch2}${platform === "linux" && musl ? "-musl" : ""}`];
  if (!triple) {
    throw new UserError(
      `pyrelease downloads uv for Linux, macOS and Windows on x64 or arm64, not ${platform}/${arch2}. Install uv before this step (astral-sh/setup-uv), or use builder: build.`,
      "Unsupported platform"
    );
  }
  const windows = platform === "win32";
  const extension = windows ? "zip" : "tar.gz";
  return {
    triple,
    extension,
    asset: `uv-${triple}.${extension}`,
    binaryInArchive: windows ? "uv.exe" : `uv-${triple}/uv`
  };
}
function uvArchiveUrl(version, target, base2 = UV_DOWNLOAD_BASE) {
  return `${base2.replace(/\/+$/, "")}/${version}/${target.asset}`;
}
function parseChecksumFile(text2, asset) {
  for (const line of text2.split(/\r?\n/)) {
    const match = /^\s*([0-9a-fA-F]{64})(?:\s+\*?(.+?))?\s*$/.exec(line);
    if (!match) continue;
    const name = match[2];
    if (name === void 0 || path2.posix.basename(name) === asset) return match[1].toLowerCase();
  }
  return void 0;
}
async function sha256File(file) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest("hex");
}
function authFor(url, token) {
  if (!token) return void 0;
  const host = new URL(url).hostname;
  return host === "github.com" ? `token ${token}` : void 0;
}
async function versionOnPath(uv) {
  const reported = await runCommand(uv, ["--version"]);
  const version = /^uv\s+(\S+)/m.exec(reported.stdout)?.[1];
  if (reported.exitCode !== 0 || !version) {
    throw new UserError(
      `${uv} (found on PATH) did not report a version: \`uv --version\` exited ${reported.exitCode} with ${JSON.stringify((reported.stdout + reported.stderr).trim().slice(0, 200))}. Fix or remove that uv, or use builder: build.`,
      "uv does not run"
    );
  }
  return version;
}
async function download(url, name, auth2) {
  const dest = path2.join(process.env.RUNNER_TEMP, `pyrelease-${randomUUID2()}`, name);
  await mkdir(path2.dirname(dest), { recursive: true });
  let problem;
  try {
    const response = await httpDownload(url, dest, {
      headers: auth2 ? { authorization: auth2 } : {}
    });
    if (response.status >= 200 && response.status < 300) return dest;
    problem = `HTTP ${response.status}`;
  } catch (error) {
    if (!(error instanceof HttpFailure)) throw error;
    problem = error.message;
  }
  await rm(path2.dirname(dest), { recursive: true, force: true });
  throw new UserError(
    `Downloading ${url} failed (${problem}). Check uv-version (a release of astral-sh/uv), install uv before this step (astral-sh/setup-uv), or set builder: build.`,
    "uv download failed"
  );
}
async function resolveUv(options2) {
  const onPath = await which("uv", false);
  if (onPath) return { path: onPath, version: await versionOnPath(onPath), source: "path" };
  const version = options2.version.trim().replace(/^v/, "");
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    throw new UserError(
      `Input uv-version must be a uv release such as ${DEFAULT_UV_VERSION}, not ${JSON.stringify(options2.version)}.`,
      "Invalid input"
    );
  }
  if (!process.env.RUNNER_TOOL_CACHE && !process.env.RUNNER_TEMP) {
    throw new UserError(
      "uv is not on PATH. Install uv (https://docs.astral.sh/uv/getting-started/installation/), or pass --builder build to build with python -m build.",
      "uv missing"
    );
  }
  for (const name of ["RUNNER_TOOL_CACHE", "RUNNER_TEMP"]) {
    if (!process.env[name]) {
      throw new UserError(
        `uv is not on PATH, and ${name} is not set, so there is nowhere to install uv ${version}. Install uv first, or set RUNNER_TOOL_CACHE and RUNNER_TEMP to folders.`,
        "uv missing"
      );
    }
  }
  const target = uvTarget();
  const binary = path2.basename(target.binaryInArchive);
  const cached = find("uv", version, process.arch);
  if (cached && existsSync3(path2.join(cached, binary))) {
    return { path: path2.join(cached, binary), version, source: "cache" };
  }
  const url = uvArchiveUrl(version, target, options2.downloadBaseUrl);
  const auth2 = authFor(url, options2.githubToken);
  const known = KNOWN_UV_SHA256[`${target.asset}@${version}`];
  let expected = known;
  if (!expected) {
    const checksumFile = await download(`${url}.sha256`, `${target.asset}.sha256`, auth2);
    const text2 = await readFile(checksumFile, "utf8");
    await rm(path2.dirname(checksumFile), { recursive: true, force: true });
    expected = parseChecksumFile(text2, target.asset);
    if (!expected) {
      throw new UserError(
        `${url}.sha256 should hold the archive's sha256 ("<hex> *${target.asset}"), but it holds ${JSON.stringify(text2.trim().slice(0, 200))}. uv was not downloaded.`,
        "uv checksum missing"
      );
    }
  }
  info(`Downloading uv ${version} from ${url}`);
  const archive = await download(url, target.asset, auth2);
  const scratch = path2.dirname(archive);
  try {
    const actual = await sha256File(archive);
    if (actual !== expected) {
      throw new UserError(
        `The uv archive ${url} has sha256 ${actual}, but ${known ? `pyrelease expects ${expected} for uv ${version}` : `its published checksum is ${expected}`}. It was deleted without being extracted or run. Try again; if it persists, the download is not the uv release: install uv with astral-sh/setup-uv.`,
        "uv checksum mismatch"
      );
    }
    const extracted = path2.join(scratch, "extracted");
    if (target.extension === "zip") await extractZip(archive, extracted);
    else await extractTar(archive, extracted);
    const folder2 = path2.dirname(path2.join(extracted, target.binaryInArchive));
    if (!existsSync3(path2.join(folder2, binary))) {
      throw new UserError(
        `The uv archive ${url} has no ${target.binaryInArchive}; its layout is not a uv release's.`,
        "uv archive unexpected"
      );
    }
    const cachedDir = await cacheDir(folder2, "uv", version, process.arch);
    return { path: path2.join(cachedDir, binary), version, source: "download" };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
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
    rm2(outDir, { recursive: true, force: true }),
    rm2(path3.join(projectDir, "build"), { recursive: true, force: true }),
    ...names2.filter((name) => name.endsWith(".egg-info")).map((name) => rm2(path3.join(projectDir, name), { recursive: true, force: true }))
  ]);
}
var SECRET_NAMES = /* @__PURE__ */ new Set([
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_URL",
  "ACTIONS_RUNTIME_TOKEN",
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "TWINE_PASSWORD",
  "UV_PUBLISH_TOKEN",
  "UV_PUBLISH_PASSWORD"
]);
function buildEnvironment(parent, extra = {}) {
  const env = {};
  for (const [name, value] of Object.entries(parent)) {
    const upper = name.toUpperCase();
    if (value === void 0 || upper.startsWith("INPUT_") || SECRET_NAMES.has(upper)) continue;
    env[name] = value;
  }
  return { ...env, ...extra };
}
function buildCommand(options2) {
  const where = {
    outDir: options2.outDir,
    isolation: options2.isolation,
    projectDir: options2.projectDir
  };
  if (options2.builder === "uv") {
    if (!options2.uvPath)
      throw new UserError("builder: uv needs uv; it was not found or installed.", "uv missing");
    return [options2.uvPath, ...uvBuildArgs({ ...where, python: options2.python })];
  }
  return [options2.python, ...pythonBuildArgs(where)];
}
async function buildDist(options2) {
  const [command, ...args] = buildCommand(options2);
  if (options2.clean !== false) await cleanBuildOutputs(options2.projectDir, options2.outDir);
  const result = await runCommand(command, args, {
    cwd: options2.projectDir,
    env: buildEnvironment(process.env, options2.env),
    inheritEnv: false
  });
  if (result.exitCode !== 0) {
    const tail = outputTail(result);
    const hint = /No module named build\b/.test(tail) ? `${options2.python} has no \`build\` module: install it (pip install build), or use builder: uv.` : options2.isolation ? "Run the same command locally to see the whole output." : "With build-isolation: false the build backend must already be installed in that Python.";
    throw new UserError(
      `${showCommand(command, args)} exited ${result.exitCode}; the last lines of its output:
${tail}
${hint}`,
      "Build failed"
    );
  }
  return { command: [command, ...args], durationMs: result.durationMs };
}

// src/steps/release/state.ts
import path4 from "node:path";
function buildDir(state) {
  return state.dryRunBuildDir ?? path4.join(need(state.projectDir, "the project folder"), "dist");
}
function need(value, what) {
  if (value === void 0)
    throw new Error(`The release step graph ran a step before ${what} was known (a missing need)`);
  return value;
}

// src/steps/release/build.ts
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
var build = {
  name: "Build",
  needs: [],
  sideEffect: false,
  async run(state) {
    const { context: context3, inputs } = state;
    const epoch = await sourceDateEpoch(context3.workspace, state.requestedTag);
    await buildDist({
      builder: inputs.builder,
      python: inputs.python,
      uvPath: state.uv?.path,
      projectDir: need(state.projectDir, "the project folder"),
      outDir: buildDir(state),
      clean: !inputs.dryRun,
      isolation: inputs.buildIsolation,
      env: epoch ? { SOURCE_DATE_EPOCH: epoch } : {}
    });
    return inputs.builder === "uv" ? "uv build" : "python -m build";
  }
};

// src/steps/test-wheel.ts
import { mkdtemp as mkdtemp2, rm as rm4 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import path6 from "node:path";

// src/tools/python-script.ts
import { mkdtemp, rm as rm3, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path5 from "node:path";
async function runPythonScript(python, program, args, options2 = {}) {
  const dir = await mkdtemp(path5.join(process.env.RUNNER_TEMP || tmpdir(), "pyrelease-py-"));
  const file = path5.join(dir, "pyrelease_program.py");
  try {
    await writeFile(file, program, "utf8");
    return await runCommand(python, [file, ...args], options2);
  } finally {
    await rm3(dir, { recursive: true, force: true });
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
  const parts = filename.slice(0, -".whl".length).split("-");
  if (parts.length !== 5 && parts.length !== 6) return void 0;
  if (!parts.every((part) => PART.test(part))) return void 0;
  const [distribution, version] = parts;
  const build3 = parts.length === 6 ? parts[2] : void 0;
  if (build3 !== void 0 && !/^\d/.test(build3)) return void 0;
  const [python, abi, platform] = parts.slice(-3);
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

// src/artifacts/platform-tags.ts
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
    const [, major, minor, arch2] = match;
    if (!MACOS_ARCHES.has(arch2)) return false;
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
var IGNORED = /* @__PURE__ */ new Set([".gitignore"]);
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
    message: `${options2.distDir} holds no sdist (.tar.gz), so installers on platforms without a wheel have nothing to build from. Add a job that builds it (pipx run build --sdist, or maturin sdist) and download its artifact with the wheels${options2.requireSdist ? "" : "; require-sdist: true makes this an error"}.`
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
    const refused = [...new Set(parsed.platformTags.filter((tag) => !pypiAcceptsPlatform(tag)))];
    for (const tag of refused) {
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
function shownValue(values) {
  if (values.length === 0) return "(absent)";
  const text2 = values.join(" | ");
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

// src/steps/test-wheel.ts
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
  for (const module2 of probe.modules) {
    if (module2.error !== void 0) {
      problems.push(
        `import ${module2.name} failed in the fresh environment:
${module2.error}
A dependency missing from [project].dependencies, or a file the wheel lacks, are the usual causes; if ${module2.name} is not meant to be imported on its own, name the package to test in import-name.`
      );
    } else if (module2.version && !samePep440(module2.version, version)) {
      problems.push(
        `${module2.name}.__version__ is ${module2.version}; expected ${version}. Make the version in the package's code the release's (or read it with importlib.metadata.version("${projectName}")) and rebuild.`
      );
    }
  }
  if (probe.installed !== null && !samePep440(probe.installed, version)) {
    problems.push(
      `The installed distribution ${projectName} says version ${probe.installed}; expected ${version}. Install the wheel of this release, built from the tagged commit.`
    );
  }
  const imported = probe.modules.filter((module2) => module2.error === void 0);
  if (problems.length === 0 && probe.installed === null && !imported.some((m) => m.version)) {
    problems.push(
      `Neither the installed distribution ${projectName} nor ${imported.map((m) => `${m.name}.__version__`).join(", ") || "any imported module"} gave a version; expected ${version}. Check that the wheel's METADATA names ${projectName}.`
    );
  }
  return problems;
}
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
async function testWheel(options2) {
  const venv = await mkdtemp2(
    path6.join(process.env.RUNNER_TEMP || tmpdir2(), "pyrelease-wheel-test-")
  );
  const python = venvPython(venv);
  const commands = [];
  const env = {
    PYTHONSAFEPATH: "1",
    PYTHONPATH: "",
    PIP_DISABLE_PIP_VERSION_CHECK: "1",
    PIP_NO_INPUT: "1"
  };
  const run = async (what, command, args, program) => {
    commands.push(showCommand(command, program === void 0 ? args : ["<program>", ...args]));
    const options3 = {
      cwd: venv,
      env: buildEnvironment(process.env, env),
      inheritEnv: false
    };
    const result = program === void 0 ? await runCommand(command, args, options3) : await runPythonScript(command, program, args, options3);
    if (result.exitCode !== 0) {
      throw new UserError(
        `${what} failed (${showCommand(command, args)}):
${outputTail(result)}`,
        "Wheel test failed"
      );
    }
    return result;
  };
  try {
    const target = options2.fromIndex ? `${options2.projectName}==${options2.version}` : options2.wheel;
    const what = options2.fromIndex ? `Installing ${target} from ${options2.fromIndex}` : `Installing ${path6.basename(target)}`;
    const pipArgs = pipInstallArgs(
      target,
      options2.fromIndex ? { noDeps: true, indexUrl: options2.fromIndex } : {}
    );
    const install = (command, args, wrap) => options2.fromFolders ? installFromFolders({
      run,
      command,
      wrap,
      release: options2.fromFolders,
      requirement: `${options2.projectName}==${options2.version}`,
      python: options2.python
    }) : run(what, command, args);
    if (options2.builder === "uv" && options2.uvPath && !options2.fromIndex) {
      await run("Creating the test environment", options2.uvPath, uvVenvArgs(venv, options2.python));
      await install(options2.uvPath, uvPipInstallArgs(python, target), (pip) => [
        ...pip.slice(0, 2),
        "--quiet",
        "--python",
        python,
        ...pip.slice(2)
      ]);
    } else if (await pipCanTargetOtherPython(options2.python)) {
      await run("Creating the test environment", options2.python, [
        ...venvArgs(venv),
        "--without-pip"
      ]);
      const wrap = (pip) => ["-m", "pip", "--python", python, ...pip.slice(1)];
      await install(options2.python, wrap(pipArgs), wrap);
    } else {
      await run("Creating the test environment", options2.python, venvArgs(venv));
      await install(python, ["-m", ...pipArgs], (pip) => ["-m", ...pip]);
    }
    if (options2.importNames.length === 0) {
      throw new UserError(
        `Nothing to import from ${path6.basename(options2.wheel)}: the inspection found no package or module in it. Name the package in import-name.`,
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
    const problems = probeProblems(probe, options2.projectName, options2.version);
    if (problems.length > 0) throw new UserError(problems.join("\n"), "Wheel test failed");
    const seen = probe.installed ?? probe.modules.find((module2) => module2.version).version;
    if (options2.smokeTest.trim()) {
      await run("The smoke test", python, [], options2.smokeTest);
    }
    return { installedVersion: seen, imported: probe.modules, commands };
  } finally {
    await rm4(venv, { recursive: true, force: true });
  }
}

// src/steps/release/checks.ts
var twineCheckStep = {
  name: "twine check",
  needs: [],
  sideEffect: false,
  async run(state) {
    const { files } = need(state.inspection, "the artifacts");
    await twineCheck(
      need(state.twine, "twine"),
      files.map((file) => file.path)
    );
    return `twine check --strict: ${files.length} files`;
  }
};
var testTheWheel = {
  name: "Test the wheel",
  needs: [],
  sideEffect: false,
  async run(state) {
    const { inputs } = state;
    const inspection = need(state.inspection, "the artifacts");
    const tested = await testWheel({
      builder: inputs.builder,
      python: inputs.python,
      uvPath: state.uv?.path,
      wheel: inspection.wheel.path,
      projectName: need(state.validated, "the version").name,
      importNames: inspection.importNames,
      version: inspection.builtVersion,
      smokeTest: inputs.smokeTest,
      fromFolders: inspection.fromFolders
    });
    return `import ${inspection.importNames.join(", ")} \u2192 ${tested.installedVersion}`;
  }
};

// src/steps/release/dry-run.ts
var publishPlan = {
  name: "Publish",
  needs: [],
  sideEffect: true,
  note(state) {
    const { inputs, targets, plan } = state;
    const files = need(state.inspection, "the artifacts").files;
    const attest = need(state.attestations, "the attestation plan").attest;
    const validated = need(state.validated, "the version");
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
      plan.push(describeUpload(need(state.twine, "twine"), target, files, attest[i]));
    if (state.githubAttest?.dryRunPlan) plan.push(state.githubAttest.dryRunPlan);
    return {
      status: "dry run",
      detail: inputs.publish ? targets.map((target) => target.index.label).join(", ") : "publish: false"
    };
  },
  run: () => Promise.reject(new Error("A dry run records its plan and runs nothing"))
};
var githubReleasePlan = {
  name: "GitHub release",
  needs: [],
  sideEffect: true,
  note(state) {
    const { inputs, plan } = state;
    const { check, tag, version, fromBuild } = need(state.validated, "the version");
    if (fromBuild) return { status: "dry run", detail: "not tagged" };
    const files = need(state.inspection, "the artifacts").files;
    plan.push(
      `GitHub release ${tag}: ${inputs.draft ? "draft" : "published"}${check.prerelease ? ", pre-release" : ""}, assets ${files.map((file) => file.filename).join(", ")}`
    );
    if (inputs.closeMilestone) plan.push(`close the milestone ${tag} or ${version}, if open`);
    return { status: "dry run", detail: tag };
  },
  run: () => Promise.reject(new Error("A dry run records its plan and runs nothing"))
};

// src/steps/release/exact-tag.ts
var exactTag = {
  name: "Exact tag",
  needs: [],
  sideEffect: false,
  async run({ context: context3, inputs, requestedTag }) {
    const tag = requestedTag;
    const commit = await requireExactTag(
      context3.workspace,
      await resolveProjectDir(context3.workspace, inputs.workingDirectory),
      tag,
      !inputs.distDir
    );
    return `HEAD is ${tag} (${commit.slice(0, 12)})${inputs.distDir ? "" : ", no uncommitted files"}`;
  }
};

// src/steps/release/github.ts
import { readFile as readFile2 } from "node:fs/promises";
import path8 from "node:path";

// src/previous-tag.ts
async function choosePreviousTag(version, prefix, sources, warn = (message) => warning(message, { title: "Compare link" })) {
  const local = previousTag(sources.local, prefix, version);
  if (local !== void 0) return local;
  if (sources.api) {
    try {
      const fromApi = previousTag(await sources.api(), prefix, version);
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
    version
  );
}

// src/release-event.ts
import { readFileSync as readFileSync2 } from "node:fs";
function parseEventRelease(payload) {
  const release = payload?.release;
  if (!release || typeof release.id !== "number" || typeof release.tag_name !== "string") {
    return void 0;
  }
  return { id: release.id, tagName: release.tag_name, draft: release.draft === true };
}
function readEventRelease(env = process.env) {
  if (env.GITHUB_EVENT_NAME !== "release" || !env.GITHUB_EVENT_PATH) return void 0;
  try {
    return parseEventRelease(JSON.parse(readFileSync2(env.GITHUB_EVENT_PATH, "utf8")));
  } catch {
    return void 0;
  }
}

// src/rst-to-markdown.ts
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
  const parts = line.split("``");
  if (parts.length < 3) return inlineText(line);
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const isCode = i % 2 === 1 && i < parts.length - 1;
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
function rstToMarkdown(rst) {
  const lines = rst.replace(/\r\n/g, "\n").split("\n");
  const out = [];
  const levels = /* @__PURE__ */ new Map();
  const fence = (indent, language, block) => {
    out.push(`${indent}\`\`\`${language}`, ...block.map((line) => line ? indent + line : ""));
    out.push(`${indent}\`\`\``);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    const over = adornmentChar(line);
    if (over && next?.trim() && adornmentChar(lines[i + 2]) === over && !adornmentChar(next)) {
      const key = `over${over}`;
      if (!levels.has(key)) levels.set(key, levels.size);
      out.push(`${"#".repeat(Math.min(3 + levels.get(key), 6))} ${inlineRst(next.trim())}`);
      i += 2;
      continue;
    }
    const under = adornmentChar(next);
    if (under && line.trim() && indentOf(line) === 0 && !adornmentChar(line)) {
      const key = `under${under}`;
      if (!levels.has(key)) levels.set(key, levels.size);
      out.push(`${"#".repeat(Math.min(3 + levels.get(key), 6))} ${inlineRst(line.trim())}`);
      i += 1;
      continue;
    }
    if (over && line.trim().length >= 4 && !next?.trim()) {
      out.push("---");
      continue;
    }
    const code = CODE_DIRECTIVE.exec(line);
    if (code) {
      const base2 = code[1].length;
      let start = i + 1;
      while (start < lines.length && (OPTION.test(lines[start]) || !lines[start].trim())) start++;
      const { block, end } = indentedBlock(lines, start, base2);
      fence(code[1], code[2] ?? "", block);
      i = end - 1;
      continue;
    }
    const directive = DIRECTIVE.exec(line);
    if (directive) {
      const base2 = directive[1].length;
      let start = i + 1;
      while (start < lines.length && OPTION.test(lines[start])) start++;
      const { block, end } = indentedBlock(lines, start, base2);
      const name = directive[2].replace(/^\w+:/, "");
      const title = name.charAt(0).toUpperCase() + name.slice(1).replace(/[-_]/g, " ");
      out.push(`${directive[1]}**${title}**${directive[3] ? ` ${inlineRst(directive[3])}` : ""}`);
      for (const content of block) out.push(content ? directive[1] + inlineRst(content) : "");
      i = end - 1;
      continue;
    }
    const comment = COMMENT.exec(line);
    if (comment) {
      i = indentedBlock(lines, i + 1, comment[1].length).end - 1;
      continue;
    }
    if (line.trimEnd().endsWith("::")) {
      const base2 = indentOf(line);
      const text2 = line.trimEnd().slice(0, -2).trimEnd();
      if (text2.trim()) out.push(inlineRst(text2.endsWith(" ") ? text2.trimEnd() : `${text2}:`));
      let start = i + 1;
      while (start < lines.length && !lines[start].trim()) start++;
      const { block, end } = indentedBlock(lines, start, base2);
      if (block.length > 0) {
        const item = /^\s*(?:[-*+•]|\d+[.)]|#\.)\s+/.exec(line);
        out.push("");
        fence(" ".repeat(item ? item[0].length : base2), "", block);
        i = end - 1;
      }
      continue;
    }
    out.push(inlineRst(line));
  }
  while (out.length > 0 && (out[out.length - 1] === "---" || !out[out.length - 1].trim())) {
    out.pop();
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

// src/release-notes.ts
var FENCE = "```";
function releaseNotes(input) {
  const { projectName: name, version, repositoryUrl: repo } = input;
  const parts = [];
  const section = input.changelogFormat === "rst" && input.changelogSection ? rstToMarkdown(input.changelogSection) : input.changelogSection;
  parts.push(section?.trim() || `Release ${version} of ${name}.`);
  parts.push(
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
  parts.push(
    [
      "## Upgrade",
      "",
      `${FENCE}bash`,
      `pip install --upgrade ${input.prerelease ? "--pre " : ""}${name}`,
      FENCE
    ].join("\n")
  );
  if (input.verification?.trim()) parts.push(input.verification.trim());
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
    parts.push(lines.join("\n"));
  }
  return `${parts.join("\n\n")}
`;
}

// src/steps/github-release-plan.ts
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
function planRelease(existing, request3) {
  if (!existing) {
    return {
      create: true,
      keepsNotes: false,
      assets: planAssets([], request3.assets, true)
    };
  }
  const frozen = existing.draft ? void 0 : existing.immutable ? "immutable" : request3.updatePublished ? void 0 : "published";
  const keepsNotes = !isOwnNotes(existing) && (existing.body ?? "").trim() !== "";
  const mayEdit = existing.draft || request3.updatePublished && frozen !== "immutable";
  let update;
  if (mayEdit && !keepsNotes) {
    const fields = {
      ...existing.name !== request3.title && { name: request3.title },
      ...existing.body !== request3.body && { body: request3.body },
      ...existing.prerelease !== request3.prerelease && { prerelease: request3.prerelease }
    };
    if (Object.keys(fields).length > 0) update = fields;
  }
  return {
    create: false,
    ...update && { update },
    keepsNotes,
    ...frozen && { frozen },
    assets: planAssets(existing.assets, request3.assets, frozen === void 0)
  };
}
function blockedAssetsWarning(tag, frozen, blocked, paths) {
  const files = blocked.join(", ");
  if (frozen === "immutable") {
    return `The release ${tag} is published and immutable, so ${files} cannot be attached. To ship them with the next release, let pyrelease attach them while it is a draft: publish it with draft: false, or by hand after pyrelease has run.`;
  }
  return `The release ${tag} is published, and pyrelease does not change a published release, so ${files} ${blocked.length === 1 ? "is" : "are"} not attached. Attach ${blocked.length === 1 ? "it" : "them"} with \`gh release upload ${tag} ${paths.join(" ")} --clobber\`, or set update-published-release: true (while the repository's releases are not immutable). For next time: let pyrelease attach the files while the release is a draft.`;
}

// src/github-once.ts
var sleep2 = (ms) => new Promise((resolve3) => setTimeout(resolve3, ms));
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
      await (options2.wait ?? sleep2)(delayMs(thrown, attempt));
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

// src/steps/github-release.ts
function existingRelease(releases, tag, eventReleaseId) {
  const fromEvent = releases.find((release) => release.id === eventReleaseId);
  return fromEvent ?? releaseOfTag(releases, tag);
}
async function publishGithubRelease(releaser, request3, releases, options2 = {}) {
  const existing = existingRelease(
    releases ?? await releaser.listReleases(),
    request3.tag,
    request3.eventReleaseId
  );
  const body = withMarker(request3.body);
  const plan = planRelease(existing, {
    title: request3.title,
    body,
    prerelease: request3.prerelease,
    updatePublished: request3.updatePublished,
    assets: request3.assets.map((file) => ({
      name: file.name,
      size: file.data.length,
      sha256: file.sha256
    }))
  });
  let release;
  if (!existing) {
    release = await createReleaseOnce(
      releaser,
      {
        tagName: request3.tag,
        name: request3.title,
        body,
        prerelease: request3.prerelease,
        draft: true,
        targetCommitish: request3.targetCommitish
      },
      options2
    );
  } else {
    release = plan.update ? await releaser.updateRelease(existing.id, plan.update) : existing;
  }
  const byName2 = new Map(request3.assets.map((file) => [file.name, file]));
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
    created: !existing,
    plan,
    uploaded,
    ...plan.frozen && blocked.length > 0 && {
      warning: blockedAssetsWarning(
        request3.tag,
        plan.frozen,
        blocked,
        blocked.map((name) => byName2.get(name).path)
      )
    }
  };
}
async function closeReleaseMilestone(releaser, tag, version) {
  const names2 = /* @__PURE__ */ new Set([tag, version, `v${version}`]);
  const milestone = (await releaser.openMilestones()).find(
    (candidate) => names2.has(candidate.title.trim())
  );
  if (!milestone) return void 0;
  await releaser.closeMilestone(milestone.number);
  return milestone.title;
}

// src/steps/next-cycle.ts
import { mkdtemp as mkdtemp3, rm as rm5, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir as tmpdir3 } from "node:os";
import path7 from "node:path";
async function openNextCyclePullRequest(options2) {
  const changelog = options2.project.changelog;
  if (!changelog || changelog.parsed.unreleased || changelog.towncrier) return void 0;
  const cwd = options2.workspace;
  const branch = `pyrelease/next-cycle-after-${options2.tag}`;
  const identity = [
    "-c",
    `user.name=${options2.user.name}`,
    "-c",
    `user.email=${options2.user.email}`
  ];
  const scratch = await mkdtemp3(path7.join(process.env.RUNNER_TEMP || tmpdir3(), "pyrelease-next-"));
  const worktree = path7.join(scratch, "tree");
  try {
    const must = async (args, where = cwd) => {
      const run = await git(where, args);
      if (run.exitCode !== 0) {
        throw new UserError(
          `git ${args[0]} failed while opening the next-cycle pull request: ${run.stderr.trim()}`,
          "Next cycle failed"
        );
      }
    };
    await must([
      "worktree",
      "add",
      "--quiet",
      "-b",
      branch,
      worktree,
      `refs/tags/${options2.tag}^{commit}`
    ]);
    await writeFile2(
      path7.join(worktree, changelog.file),
      addUnreleasedSection(changelog.text, {
        file: changelog.file,
        format: changelog.parsed.format
      })
    );
    await must(["add", "--", changelog.file], worktree);
    await must(
      [
        ...identity,
        "commit",
        "--quiet",
        "-m",
        `chore: start the development cycle after ${options2.tag}`
      ],
      worktree
    );
    await must(["push", "--quiet", "origin", `${branch}:refs/heads/${branch}`], worktree);
    return await options2.releaser.openPullRequest({
      title: `Start the development cycle after ${options2.tag}`,
      head: branch,
      base: options2.baseBranch,
      body: `${options2.tag} is released. This adds an empty \`## [Unreleased]\` section to ${changelog.file} for the changes that come next.`
    });
  } finally {
    await git(cwd, ["worktree", "remove", "--force", worktree]);
    await rm5(scratch, { recursive: true, force: true });
  }
}

// src/steps/release/github.ts
var githubAccess = {
  name: "GitHub access",
  needs: [],
  sideEffect: false,
  async run(state) {
    const found = await need(state.releaser, "the GitHub client").listReleases();
    state.releases = found;
    return `${state.context.repository}: ${found.length} release${found.length === 1 ? "" : "s"}`;
  }
};
async function releaseAssets(state) {
  if (!state.inputs.attachDist) return [];
  return Promise.all(
    need(state.inspection, "the artifacts").files.map(async (artifact) => ({
      name: artifact.filename,
      data: await readFile2(artifact.path),
      contentType: artifact.filename.endsWith(".whl") ? "application/zip" : "application/gzip",
      sha256: artifact.sha256,
      path: path8.relative(state.context.workspace, artifact.path)
    }))
  );
}
var draftRelease = {
  name: "GitHub release (draft)",
  needs: [],
  sideEffect: true,
  async run(state) {
    const { context: context3, inputs } = state;
    const releaser = need(state.releaser, "the GitHub client");
    const releases = need(state.releases, "the releases");
    const { check, project, tag, version, name } = need(state.validated, "the version");
    const tags = await listTags(context3.workspace);
    const eventRelease = readEventRelease();
    const section = project.changelog ? findRelease(project.changelog.parsed, version)?.body : void 0;
    const released = releases.filter((existing) => !existing.draft && existing.tagName !== tag).map((existing) => tagVersion(existing.tagName, inputs.tagPrefix)?.version.normalized).filter((existing) => existing !== void 0);
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
          // A shallow checkout (actions/checkout's default) has no other tags: GitHub's list
          // of the repository's tags names them then, or else its published releases.
          previousTag: await choosePreviousTag(version, inputs.tagPrefix, {
            local: tags,
            api: () => releaser.listTags(),
            releases
          }),
          changelogSection: section,
          repositoryUrl: `${context3.serverUrl}/${context3.repository}`,
          changelogFile: project.changelog?.file,
          changelogFormat: project.changelog?.parsed.format,
          verification: state.githubAttest?.notes
        }),
        prerelease: check.prerelease,
        assets: await releaseAssets(state),
        updatePublished: inputs.updatePublishedRelease,
        ...eventRelease?.tagName === tag && { eventReleaseId: eventRelease.id }
      },
      releases,
      { say: (message) => warning(message, { title: "GitHub retry" }) }
    );
    if (result.warning) warning(result.warning, { title: "Assets not attached" });
    state.draft = { ...result, makeLatest: shouldBeLatest(version, released) };
    state.release = result.release;
    const what = result.created ? "created" : result.plan.update ? "updated" : "kept";
    const notes = result.plan.keepsNotes ? ", the maintainer's notes kept" : "";
    const files = result.uploaded.length ? `, attached ${result.uploaded.length}` : "";
    const missing = result.plan.assets.blocked.length ? `, not attached: ${result.plan.assets.blocked.join(", ")}` : "";
    return `${what} ${result.release.draft ? "draft " : ""}${result.release.htmlUrl}${notes}${files}${missing}`;
  }
};
var publishRelease = {
  name: "Publish GitHub release",
  needs: [],
  sideEffect: true,
  note: ({ inputs, draft }) => {
    if (inputs.draft) return { status: "skipped", detail: "draft: true keeps it a draft" };
    if (draft && !draft.release.draft) return { status: "skipped", detail: "already published" };
    return void 0;
  },
  async run(state) {
    const draft = need(state.draft, "the draft release");
    const makeLatest = draft.makeLatest;
    const release = await need(state.releaser, "the GitHub client").updateRelease(
      draft.release.id,
      { draft: false, makeLatest: makeLatest ? "true" : "false" }
    );
    state.release = release;
    return `${release.htmlUrl}${makeLatest ? ", latest" : ", not latest"}`;
  }
};
var closeMilestone = {
  name: "Close milestone",
  needs: [],
  sideEffect: true,
  async run(state) {
    const { tag, version } = need(state.validated, "the version");
    const closed = await closeReleaseMilestone(
      need(state.releaser, "the GitHub client"),
      tag,
      version
    );
    return closed ? `closed ${closed}` : "no open milestone for this version";
  }
};
var nextCyclePullRequest = {
  name: "Next cycle pull request",
  needs: [],
  sideEffect: true,
  async run(state) {
    const url = await openNextCyclePullRequest({
      workspace: state.context.workspace,
      project: need(state.validated, "the version").project,
      releaser: need(state.releaser, "the GitHub client"),
      baseBranch: need(state.releaseBranch, "the release branch"),
      tag: need(state.validated, "the version").tag,
      user: parseGitUser(state.inputs.gitUser)
    });
    return url ?? "the changelog already has [Unreleased]";
  }
};

// src/steps/release/inspect.ts
import { readdir as readdir5 } from "node:fs/promises";
import path13 from "node:path";

// src/artifacts/inspect.ts
import { createHash as createHash2 } from "node:crypto";
import { createReadStream as createReadStream2 } from "node:fs";
import { readdir as readdir2, readFile as readFile3, stat } from "node:fs/promises";
import path10 from "node:path";

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
    const parts = entry.replace(/^\.\//, "").split("/");
    const file = parts.pop();
    let at = root;
    for (const part of parts) {
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
      const path18 = dotted.replace(/\./g, "/");
      found.push({
        name: dotted,
        kind: "package",
        sourceFile: child.files.has("__init__.py") ? `${path18}/__init__.py` : void 0
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
    const module2 = file.endsWith(".py") ? file.slice(0, -".py".length) : EXTENSION.test(file) ? file.slice(0, file.indexOf(".")) : void 0;
    if (module2 === void 0 || !IDENTIFIER.test(module2) || NOT_AN_API.has(module2)) continue;
    if (module2.startsWith("__")) continue;
    const extension = !file.endsWith(".py");
    found.push({
      name: module2,
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
function findImportables(entries, topLevelTxt) {
  const root = tree(entries);
  let found = topLevel(root);
  const listed = topLevelTxt === void 0 ? [] : parseTopLevelTxt(topLevelTxt);
  if (listed.length > 0) {
    const wanted = listed.filter((name) => !NOT_AN_API.has(name));
    found = wanted.flatMap((name) => {
      const inListing = found.filter(
        (item) => item.name === name || item.name.startsWith(`${name}.`)
      );
      if (inListing.length > 0) return inListing;
      if (!name.split(".").every((part) => IDENTIFIER.test(part))) return [];
      const kind2 = root.folders.has(name) ? "namespace" : "module";
      return [{ name, kind: kind2, sourceFile: void 0 }];
    });
  }
  const unique = [...new Map(found.map((item) => [item.name, item])).values()];
  const visible = unique.filter((item) => !isPrivate(item.name));
  return (visible.length > 0 ? visible : unique).sort(byName);
}
function wheelProvides(entries, name) {
  const path18 = name.replace(/\./g, "/");
  const files = entries.filter((entry) => !entry.endsWith("/"));
  if (files.includes(`${path18}/__init__.py`)) {
    return { name, kind: "package", sourceFile: `${path18}/__init__.py` };
  }
  if (files.includes(`${path18}.py`)) return { name, kind: "module", sourceFile: `${path18}.py` };
  const slash = path18.lastIndexOf("/");
  const base2 = path18.slice(slash + 1);
  const dir = path18.slice(0, slash + 1);
  const extension = files.find(
    (file) => file.startsWith(dir) && !file.slice(dir.length).includes("/") && file.slice(dir.length).split(".")[0] === base2 && EXTENSION.test(file)
  );
  if (extension) return { name, kind: "extension", sourceFile: void 0 };
  if (files.some((file) => file.startsWith(`${path18}/`))) {
    const packaged = files.some((file) => isPackageInit(file.slice(path18.length + 1)));
    return { name, kind: packaged ? "package" : "namespace", sourceFile: void 0 };
  }
  return void 0;
}

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
    const values = fields.get(key) ?? [];
    values.push(match[2].trimEnd());
    fields.set(key, values);
    last = { values, index: values.length - 1 };
  }
  const single = (field) => {
    const values = fields.get(field.toLowerCase()) ?? [];
    if (values.length !== 1 || values[0] === "") {
      const found = values.length === 0 ? "none" : values.map((v) => JSON.stringify(v)).join(", ");
      throw invalid(label, `expected one ${field} field, found ${found}`);
    }
    return values[0];
  };
  const metadataVersion = single("Metadata-Version");
  const name = single("Name");
  const version = single("Version");
  let body;
  if (bodyStart !== void 0) body = lines.slice(bodyStart).join("\n");
  return { metadataVersion, name, version, fields, body };
}

// src/artifacts/paths.ts
import path9 from "node:path";
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
  const base2 = kind2 === "symlink" ? path9.posix.dirname(name) : ".";
  const resolved = path9.posix.normalize(path9.posix.join(base2, target));
  if (resolved === ".." || resolved.startsWith("../"))
    return `points outside the archive (${target})`;
  return void 0;
}

// src/artifacts/tar.ts
import { gunzipSync } from "node:zlib";
var BLOCK = 512;
function unreadable(label, found) {
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
      throw unreadable(label, `a pax extended header is malformed at byte ${at}`);
    }
    const record = data.toString("utf8", space + 1, at + length - 1);
    const equals = record.indexOf("=");
    if (equals === -1)
      throw unreadable(label, `a pax record has no "=": ${JSON.stringify(record)}`);
    records.set(record.slice(0, equals), record.slice(equals + 1));
    at += length;
  }
  return records;
}
var TYPES = {
  "0": "file",
  "\0": "file",
  "7": "file",
  "1": "hardlink",
  "2": "symlink",
  "5": "directory"
};
function readTarGz(compressed, label = "The archive") {
  let data;
  try {
    data = gunzipSync(compressed);
  } catch (error) {
    throw unreadable(label, `gunzip fails (${error.message})`);
  }
  return { data, entries: listTarEntries(data, label) };
}
function listTarEntries(data, label = "The archive") {
  const entries = [];
  let longName;
  let longLink;
  let pax = /* @__PURE__ */ new Map();
  let at = 0;
  for (; ; ) {
    if (at + BLOCK > data.length) {
      if (at === data.length && longName === void 0 && pax.size === 0) break;
      throw unreadable(label, `it ends inside a header at byte ${at}`);
    }
    const block = data.subarray(at, at + BLOCK);
    if (block.every((byte) => byte === 0)) break;
    if (!checksumMatches(block))
      throw unreadable(label, `the header at byte ${at} fails its checksum`);
    const typeFlag = String.fromCharCode(block[156]);
    const headerSize = number(block, 124, 12);
    const paxSize = pax.get("size");
    const size = paxSize !== void 0 ? Number(paxSize) : headerSize;
    if (size === void 0 || !Number.isSafeInteger(size) || size < 0) {
      throw unreadable(label, `the header at byte ${at} has an invalid size`);
    }
    const dataOffset = at + BLOCK;
    if (dataOffset + size > data.length) {
      throw unreadable(label, `the content of the entry at byte ${at} is truncated`);
    }
    const content = data.subarray(dataOffset, dataOffset + size);
    at = dataOffset + Math.ceil(size / BLOCK) * BLOCK;
    if (typeFlag === "L" || typeFlag === "K") {
      const value = content.toString("utf8").replace(/\0+$/, "");
      if (typeFlag === "L") longName = value;
      else longLink = value;
      continue;
    }
    if (typeFlag === "x") {
      pax = parsePax(content, label);
      continue;
    }
    if (typeFlag === "g") continue;
    const magic = block.toString("latin1", 257, 263);
    const prefix = magic === "ustar\0" ? text(block, 345, 155) : "";
    const headerName = prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100);
    const type = TYPES[typeFlag] ?? "other";
    const linkName = pax.get("linkpath") ?? longLink ?? text(block, 157, 100);
    entries.push({
      name: pax.get("path") ?? longName ?? headerName,
      type,
      size: type === "file" ? size : 0,
      linkName: type === "symlink" || type === "hardlink" ? linkName : void 0,
      dataOffset
    });
    longName = void 0;
    longLink = void 0;
    pax = /* @__PURE__ */ new Map();
  }
  return entries;
}
function readTarEntry(archive, entry) {
  return archive.data.subarray(entry.dataOffset, entry.dataOffset + entry.size);
}

// src/artifacts/zip.ts
import { inflateRawSync } from "node:zlib";

// src/artifacts/crc32.ts
var TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();
function crc32(data) {
  let crc = 4294967295;
  for (const byte of data) crc = TABLE[(crc ^ byte) & 255] ^ crc >>> 8;
  return (crc ^ 4294967295) >>> 0;
}

// src/artifacts/zip.ts
var EOCD_SIGNATURE = 101010256;
var ZIP64_LOCATOR_SIGNATURE = 117853008;
var CENTRAL_SIGNATURE = 33639248;
var LOCAL_SIGNATURE = 67324752;
var EOCD_SIZE = 22;
var CENTRAL_SIZE = 46;
var LOCAL_SIZE = 30;
var MAX_COMMENT = 65535;
function unreadable2(label, found) {
  return new UserError(
    `${label} is not a readable zip file: ${found}. Rebuild the wheel (python -m build --wheel) and check that nothing truncated or rewrote it.`,
    "Unreadable wheel"
  );
}
function zip64(label) {
  return new UserError(
    `${label} is a zip64 archive, which this reader does not handle: expected a plain zip as build backends write for wheels under 4 GiB and 65535 files. Check that the wheel was not repacked by another tool.`,
    "Unsupported wheel format"
  );
}
function findEndOfCentralDirectory(data, label) {
  if (data.length < EOCD_SIZE) {
    throw unreadable2(label, `it is ${data.length} bytes long, shorter than a zip's end record`);
  }
  const lowest = Math.max(0, data.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = data.length - EOCD_SIZE; at >= lowest; at--) {
    if (data.readUInt32LE(at) === EOCD_SIGNATURE && at + EOCD_SIZE + data.readUInt16LE(at + 20) === data.length) {
      return at;
    }
  }
  throw unreadable2(
    label,
    "no end of central directory record (the file is truncated or not a zip)"
  );
}
function listZipEntries(data, label = "The archive") {
  const eocd = findEndOfCentralDirectory(data, label);
  if (eocd >= 20 && data.readUInt32LE(eocd - 20) === ZIP64_LOCATOR_SIGNATURE) throw zip64(label);
  const disk = data.readUInt16LE(eocd + 4);
  const centralDisk = data.readUInt16LE(eocd + 6);
  const diskEntries = data.readUInt16LE(eocd + 8);
  const count = data.readUInt16LE(eocd + 10);
  const centralSize = data.readUInt32LE(eocd + 12);
  const centralOffset = data.readUInt32LE(eocd + 16);
  if (count === 65535 || centralSize === 4294967295 || centralOffset === 4294967295) {
    throw zip64(label);
  }
  if (disk !== 0 || centralDisk !== 0 || diskEntries !== count) {
    throw unreadable2(label, "it is one part of a multi-disk archive");
  }
  if (centralOffset + centralSize > eocd) {
    throw unreadable2(
      label,
      `the central directory (${centralSize} bytes at ${centralOffset}) runs past the end record at ${eocd}`
    );
  }
  const entries = [];
  let at = centralOffset;
  for (let index = 0; index < count; index++) {
    if (at + CENTRAL_SIZE > eocd || data.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      throw unreadable2(
        label,
        `central directory entry ${index + 1} of ${count} is missing or damaged`
      );
    }
    const flags = data.readUInt16LE(at + 8);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const end = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (end > eocd) {
      throw unreadable2(label, `central directory entry ${index + 1} runs past the end record`);
    }
    const compressedSize = data.readUInt32LE(at + 20);
    const size = data.readUInt32LE(at + 24);
    const localHeaderOffset = data.readUInt32LE(at + 42);
    if (compressedSize === 4294967295 || size === 4294967295 || localHeaderOffset === 4294967295) {
      throw zip64(label);
    }
    const name = data.toString("utf8", at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    entries.push({
      name,
      method: data.readUInt16LE(at + 10),
      compressedSize,
      size,
      crc32: data.readUInt32LE(at + 16),
      localHeaderOffset,
      encrypted: (flags & 1) !== 0,
      isDirectory: name.endsWith("/")
    });
    at = end;
  }
  return entries;
}
function readZipEntry(data, entry, label = "The archive") {
  const where = `entry ${JSON.stringify(entry.name)}`;
  if (entry.encrypted) throw unreadable2(label, `${where} is encrypted`);
  const at = entry.localHeaderOffset;
  if (at + LOCAL_SIZE > data.length || data.readUInt32LE(at) !== LOCAL_SIGNATURE) {
    throw unreadable2(label, `the local header of ${where} is missing or damaged`);
  }
  const start = at + LOCAL_SIZE + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > data.length) throw unreadable2(label, `the data of ${where} is truncated`);
  const raw = data.subarray(start, end);
  let content;
  if (entry.method === 0) {
    content = raw;
  } else if (entry.method === 8) {
    try {
      content = inflateRawSync(raw, { maxOutputLength: Math.max(entry.size, 1) });
    } catch (error) {
      throw unreadable2(label, `${where} does not inflate (${error.message})`);
    }
  } else {
    throw unreadable2(label, `${where} uses compression method ${entry.method}; expected 0 or 8`);
  }
  if (content.length !== entry.size) {
    throw unreadable2(
      label,
      `${where} holds ${content.length} bytes; its header says ${entry.size}`
    );
  }
  if (crc32(content) !== entry.crc32) throw unreadable2(label, `${where} fails its CRC check`);
  return content;
}

// src/artifacts/inspect.ts
var IGNORED2 = /* @__PURE__ */ new Set([".gitignore"]);
var LISTED2 = 10;
function listing2(names2) {
  const shown = names2.slice(0, LISTED2).join(", ");
  return names2.length > LISTED2 ? `${shown} and ${names2.length - LISTED2} more` : shown;
}
async function sha256File2(file) {
  const hash = createHash2("sha256");
  for await (const chunk of createReadStream2(file)) hash.update(chunk);
  return hash.digest("hex");
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
    const reason = unsafeMemberReason(name);
    return reason ? [`${JSON.stringify(name)} ${reason}`] : [];
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
  const [stats, sha256] = await Promise.all([stat(file), sha256File2(file)]);
  return { path: file, filename: path10.basename(file), size: stats.size, sha256 };
}
async function inspectSdist(file, options2, sources) {
  const base2 = await baseInfo(file);
  const problems = [];
  const versions = [];
  const { filename } = base2;
  const parsed = parseSdistFilename(filename);
  if (parsed) {
    versions.push({
      where: `the file name ${filename}`,
      version: parsed.version,
      inMetadata: false
    });
    for (const message of filenameProblems(parsed, options2.projectName, options2.version)) {
      problems.push({ title: "Wrong sdist file name", message });
    }
  } else {
    problems.push({
      title: "Wrong sdist file name",
      message: `${filename} is not named {name}-{version}.tar.gz; expected ${expectedSdistFilename(options2.projectName, options2.version)}. Rebuild with a current build backend.`
    });
  }
  let archive;
  try {
    archive = readTarGz(await readFile3(file), filename);
  } catch (error) {
    return {
      info: { ...base2, metadataVersion: void 0 },
      problems: [...problems, asProblem(error)],
      versions
    };
  }
  const entries = archive.entries;
  problems.push(
    ...unsafeNameProblems(
      filename,
      entries.map((entry) => entry.name)
    )
  );
  const badLinks = entries.flatMap((entry) => {
    if (entry.type !== "symlink" && entry.type !== "hardlink") return [];
    const reason = unsafeLinkReason(entry.name, entry.linkName ?? "", entry.type);
    return reason ? [`${JSON.stringify(entry.name)} ${reason}`] : [];
  });
  if (badLinks.length > 0) {
    problems.push({
      title: "Unsafe link in archive",
      message: `${filename} holds links that lead outside the folder it is unpacked into: ${listing2(badLinks)}. Expected links (if any) to stay inside the project; remove them from the build and rebuild.`
    });
  }
  const expectedTop = parsed ? `${parsed.distribution}-${parsed.version}` : distStem(options2.projectName, options2.version);
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
    if (entry.type === "file") files.set(name.slice(top.length + 1), entry);
  }
  if (outside.length > 0 && tops.includes(expectedTop)) {
    problems.push({
      title: "Files outside the sdist folder",
      message: `${filename} holds entries outside ${top}/: ${listing2(outside)}. Expected every file under ${top}/; rebuild the sdist with the project's build backend.`
    });
  }
  let metadataVersion;
  let metadata;
  const pkgInfo = files.get("PKG-INFO");
  if (!pkgInfo) {
    problems.push({
      title: "Missing metadata",
      message: `${filename} has no ${top}/PKG-INFO; expected the core metadata there, as every build backend writes it. Rebuild the sdist (python -m build --sdist).`
    });
  } else {
    const where = `${filename}:${top}/PKG-INFO`;
    try {
      metadata = parseCoreMetadata(readTarEntry(archive, pkgInfo).toString("utf8"), where);
      metadataVersion = metadata.metadataVersion;
      versions.push({ where, version: metadata.version, inMetadata: true });
      problems.push(...metadataProblems2(metadata, where, options2));
    } catch (error) {
      problems.push(asProblem(error));
    }
  }
  const missing = [];
  const relative2 = [...files.keys()];
  const topLevel2 = relative2.map((name) => name.split("/")[0]);
  for (const wanted of options2.buildFiles ?? ["pyproject.toml"])
    if (!files.has(wanted)) missing.push(wanted);
  if (options2.readme !== void 0) {
    const readme = path10.posix.normalize(options2.readme.replace(/\\/g, "/"));
    if (!files.has(readme)) missing.push(`${readme} (the readme pyproject.toml names)`);
  } else if (!topLevel2.some((name) => /^readme/i.test(name))) {
    missing.push("a README file");
  }
  if (options2.expectLicense && !topLevel2.some((name) => /^licen[cs]e/i.test(name))) {
    missing.push("a LICENSE file");
  }
  for (const source of sources) {
    const wanted = source.sourceFile;
    if (wanted === void 0) continue;
    if (!relative2.some((name) => name === wanted || name.endsWith(`/${wanted}`))) {
      missing.push(`the sources of ${source.name} (${wanted})`);
    }
  }
  if (missing.length > 0) {
    problems.push({
      title: "Missing file in sdist",
      message: `${filename} lacks ${missing.join(", ")} under ${top}/. Expected the sources to build the wheel from, with their readme and licence; include them in the sdist (for hatchling, [tool.hatch.build.targets.sdist] include; for setuptools, MANIFEST.in) and rebuild.`
    });
  }
  return { info: { ...base2, metadataVersion }, problems, versions, metadata };
}
function importProblems(filename, names2, topLevelTxt, importName) {
  const files = names2.filter((name) => !name.endsWith("/"));
  const found = findImportables(files, topLevelTxt);
  const topLevel2 = [...new Set(files.map((name) => name.split("/")[0]))];
  const holds = found.length ? `it holds ${listing2(found.map((item) => item.name))}` : `it holds nothing importable; its top level is ${listing2(topLevel2)}`;
  if (importName) {
    const provided = wheelProvides(files, importName);
    if (provided) return { importables: [provided], problems: [] };
    const at = importName.replace(/\./g, "/");
    return {
      importables: [],
      problems: [
        {
          title: "Missing package in wheel",
          message: `${filename} has no ${importName}, the import-name input (no ${at}/__init__.py, ${at}.py or compiled ${at} module); ${holds}. Set import-name to the name the package is imported by, or leave it empty to import what the wheel holds; if ${importName} belongs in the wheel, point the build backend at it (for hatchling, [tool.hatch.build.targets.wheel] packages) and rebuild.`
        }
      ]
    };
  }
  if (found.length > 0) return { importables: found, problems: [] };
  return {
    importables: [],
    problems: [
      {
        title: "Nothing to import in wheel",
        message: `${filename} holds no package or module to import (a folder with __init__.py, a .py file or a compiled module); its top level is ${listing2(topLevel2)}. Expected the project's code: point the build backend at it (for hatchling, [tool.hatch.build.targets.wheel] packages; for setuptools, [tool.setuptools] packages) and rebuild.`
      }
    ]
  };
}
async function inspectWheel(file, options2) {
  const base2 = await baseInfo(file);
  const problems = [];
  const versions = [];
  const { filename } = base2;
  const parsed = parseWheelFilename(filename);
  if (parsed) {
    versions.push({
      where: `the file name ${filename}`,
      version: parsed.version,
      inMetadata: false
    });
    for (const message of filenameProblems(parsed, options2.projectName, options2.version)) {
      problems.push({ title: "Wrong wheel file name", message });
    }
  } else {
    problems.push({
      title: "Wrong wheel file name",
      message: `${filename} is not named {name}-{version}(-{build})?-{python}-{abi}-{platform}.whl; expected it to start with ${distStem(options2.projectName, options2.version)}-. Rebuild with a current build backend.`
    });
  }
  let data;
  let entries;
  try {
    data = await readFile3(file);
    entries = listZipEntries(data, filename);
  } catch (error) {
    return {
      info: { ...base2, metadataVersion: void 0 },
      problems: [...problems, asProblem(error)],
      versions,
      importables: []
    };
  }
  const names2 = entries.map((entry) => entry.name);
  problems.push(...unsafeNameProblems(filename, names2));
  const duplicates = [...new Set(names2.filter((name, index) => names2.indexOf(name) !== index))];
  if (duplicates.length > 0) {
    problems.push({
      title: "Duplicate entry in wheel",
      message: `${filename} holds several entries named ${listing2(duplicates)}; installers may pick either. Expected each path once; rebuild the wheel into an empty folder.`
    });
  }
  let metadataVersion;
  let metadata;
  const stem = parsed ? `${parsed.distribution}-${parsed.version}` : distStem(options2.projectName, options2.version);
  const expected = `${stem}.dist-info/METADATA`;
  const others = names2.filter((name) => /^[^/]+\.dist-info\/METADATA$/.test(name));
  const metadataName = names2.includes(expected) ? expected : others[0];
  if (metadataName !== expected) {
    problems.push({
      title: "Missing metadata",
      message: `${filename} has no ${expected}; found ${others.length ? listing2(others) : "no .dist-info/METADATA at all"}. Rebuild the wheel for this project and version (python -m build --wheel).`
    });
  }
  if (metadataName !== void 0) {
    const where = `${filename}:${metadataName}`;
    try {
      const entry = entries.find((candidate) => candidate.name === metadataName);
      metadata = parseCoreMetadata(readZipEntry(data, entry, filename).toString("utf8"), where);
      metadataVersion = metadata.metadataVersion;
      versions.push({ where, version: metadata.version, inMetadata: true });
      problems.push(...metadataProblems2(metadata, where, options2));
    } catch (error) {
      problems.push(asProblem(error));
    }
  }
  const topLevelEntry = metadataName === void 0 ? void 0 : entries.find((entry) => entry.name === metadataName.replace(/METADATA$/, "top_level.txt"));
  let topLevelTxt;
  if (topLevelEntry) {
    try {
      topLevelTxt = readZipEntry(data, topLevelEntry, filename).toString("utf8");
    } catch (error) {
      problems.push(asProblem(error));
    }
  }
  const imports = importProblems(filename, names2, topLevelTxt, options2.importName);
  problems.push(...imports.problems);
  return {
    info: { ...base2, metadataVersion },
    problems,
    versions,
    metadata,
    importables: imports.importables
  };
}
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
async function inspectDist(options2) {
  const problems = [];
  let names2;
  try {
    names2 = (await readdir2(options2.distDir)).sort();
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
    problems.push({
      title: "Missing dist folder",
      message: `${options2.distDir} does not exist; expected the build to write the sdist and wheel there. Check the build step's output folder.`
    });
    return {
      sdist: void 0,
      wheel: void 0,
      wheels: [],
      version: void 0,
      importNames: [],
      problems
    };
  }
  const sdists = [];
  const wheels = [];
  const stray = [];
  const seen = [];
  for (const name of names2) {
    if (IGNORED2.has(name)) continue;
    const isFile = await stat(path10.join(options2.distDir, name)).then(
      (stats) => stats.isFile(),
      () => false
    );
    seen.push(isFile ? name : `${name}/`);
    if (isFile && name.endsWith(".tar.gz")) sdists.push(name);
    else if (isFile && name.endsWith(".whl")) wheels.push(name);
    else stray.push(isFile ? name : `${name}/`);
  }
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
  const wheelResults = [];
  for (const name of wheels)
    wheelResults.push(await inspectWheel(path10.join(options2.distDir, name), options2));
  const importables = wheelResults[0]?.importables ?? [];
  const sdistResults = [];
  for (const name of sdists)
    sdistResults.push(await inspectSdist(path10.join(options2.distDir, name), options2, importables));
  for (const result of [...sdistResults, ...wheelResults]) problems.push(...result.problems);
  const agreed = agreedVersion([...sdistResults, ...wheelResults], options2.version === void 0);
  problems.push(...agreed.problems);
  return {
    sdist: sdistResults.length === 1 ? sdistResults[0].info : void 0,
    wheel: manyWheels ? void 0 : wheelResults[0]?.info,
    wheels: wheelResults.map((result) => result.info),
    version: agreed.version,
    importNames: importables.map((item) => item.name),
    problems
  };
}

// src/artifacts/release-files.ts
import path12 from "node:path";

// src/artifacts/dist-dir.ts
import { readdir as readdir4, stat as stat3 } from "node:fs/promises";
import path11 from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir as readdir3, readdirSync as readdirSync2, realpath, realpathSync, stat as stat2, statSync as statSync2 } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname as dirname2, normalize, relative, resolve, sep as sep2 } from "path";
import * as nativeFs from "fs";
var __require2 = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path18) {
  let normalized = normalize(path18);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep2) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path18, separator) {
  return path18.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path18) {
  return path18 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path18);
}
function normalizePath(path18, options2) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options2;
  const pathNeedsCleaning = process.platform === "win32" && path18.includes("/") || path18.startsWith(".");
  if (resolvePaths) path18 = resolve(path18);
  if (normalizePath$1 || pathNeedsCleaning) path18 = cleanPath(path18);
  if (path18 === ".") return "";
  const needsSeperator = path18[path18.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path18 + pathSeparator : path18, pathSeparator);
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
  const path18 = directoryPath || ".";
  if (filters.every((filter) => filter(path18, true))) paths.push(path18);
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
var groupFiles = (groups2, directory, files) => {
  groups2.push({
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
var resolveSymlinksAsync = function(path18, state, callback$1) {
  const { queue, fs: fs2, options: { suppressErrors } } = state;
  queue.enqueue();
  fs2.realpath(path18, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs2.stat(resolvedPath, (error$1, stat4) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat4.isDirectory() && isRecursive(path18, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat4, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path18, state, callback$1) {
  const { queue, fs: fs2, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs2.realpathSync(path18);
    const stat4 = fs2.statSync(resolvedPath);
    if (stat4.isDirectory() && isRecursive(path18, resolvedPath, state)) return;
    callback$1(stat4, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options2, isSynchronous) {
  if (!options2.resolveSymlinks || options2.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path18, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname2(path18);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname2(parent);
  }
  state.symlinks.set(path18, resolved);
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
  const { fs: fs2 } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs2.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs: fs2 } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs2.readdirSync(crawlPath || ".", readdirOpts);
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
        let path18 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path18)) continue;
        this.pushDirectory(path18, paths, filters);
        this.walkDirectory(this.state, path18, path18, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path18 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path18, this.state, (stat4, resolvedPath) => {
          if (stat4.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path18 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path18 + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path18;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname2(resolvedPath), this.state.options);
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
    pathSeparator: sep2,
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
    this.options.filters.push((path18) => isMatch(path18));
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
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options2);
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
function ensureNonDriveRelativePath(path18) {
  return path18.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path18) {
  var _result$parts;
  const result = import_picomatch.default.scan(path18, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path18];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path18) => path18.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path18) => path18.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
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
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
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
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
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
  const { absolute, caseSensitiveMatch, debug: debug2, dot, followSymbolicLinks, onlyDirectories } = options2;
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
    filters: [debug2 ? (p, isDirectory) => {
      const path18 = format(p, isDirectory);
      const matches = matcher(path18) && !ignore(path18);
      if (matches) log(`matched ${path18}`);
      return matches;
    } : (p, isDirectory) => {
      const path18 = format(p, isDirectory);
      return matcher(path18) && !ignore(path18);
    }],
    exclude: debug2 ? (_, p) => {
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
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir3,
    readdirSync: opts.fs.readdirSync || readdirSync2,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat2,
    statSync: opts.fs.statSync || statSync2
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

// src/artifacts/dist-dir.ts
function shownPath(workspace, file) {
  const relative2 = path11.relative(workspace, file);
  return (relative2.startsWith("..") || path11.isAbsolute(relative2) ? file : relative2).split(path11.sep).join("/");
}
async function kind(file) {
  const stats = await stat3(file).catch(() => void 0);
  if (!stats) return void 0;
  return stats.isDirectory() ? "folder" : "file";
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
  const dirs = /* @__PURE__ */ new Set();
  for (const match of matches.map((item) => path11.resolve(item)).sort()) {
    const found = await kind(match);
    if (found === "file") {
      files.push(match);
      dirs.add(path11.dirname(match));
    } else if (found === "folder") {
      dirs.add(match);
      for (const entry of (await readdir4(match)).sort()) {
        const inside = path11.join(match, entry);
        if (await kind(inside) === "file") files.push(inside);
        else folders.push(`${shownPath(workspace, inside)}/`);
      }
    }
  }
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
  const hashed = await Promise.all(
    files.map(async (file) => ({
      shown: shownPath(workspace, file),
      path: file,
      filename: path11.basename(file),
      sha256: await sha256File2(file)
    }))
  );
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
  const member = (result) => ({
    filename: result.info.filename,
    metadata: result.metadata
  });
  const set = wheelSetProblems(wheels.map(member), sdists.map(member), {
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
    problems,
    warnings: [...sorted.warnings, ...set.warnings]
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
    buildFiles: options2.buildFiles,
    requireSdist: options2.requireSdist
  });
  for (const warning2 of found.warnings)
    annotate({ level: "warning", title: warning2.title, message: warning2.message });
  const wheel = found.wheels[0];
  if (found.problems.length > 0 || !wheel) {
    for (const problem of found.problems)
      annotate({ level: "error", title: problem.title, message: problem.message });
    throw new UserError(
      `the files in dist-dir ${options2.distDir} are not fit to publish (${[...new Set(found.problems.map((problem) => problem.title))].join(", ")}); see the annotations. Nothing was published.`,
      "Artifacts refused"
    );
  }
  return {
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
}

// src/steps/release/inspect.ts
async function hasLicense(projectDir) {
  const names2 = await readdir5(projectDir).catch(() => []);
  return names2.some((name) => /^(LICEN[CS]E|COPYING)/i.test(name));
}
async function inspect(state) {
  const { context: context3, inputs } = state;
  const validated = need(state.validated, "the version");
  const { name } = validated;
  const version = validated.fromBuild ? void 0 : validated.version;
  const projectDir = need(state.projectDir, "the project folder");
  const importName = inputs.importName || void 0;
  const expectLicense = await hasLicense(projectDir);
  const buildFiles = validated.project.buildFiles.map((file) => path13.posix.basename(file));
  if (inputs.distDir) {
    return inspectReleaseFiles({
      distDir: inputs.distDir,
      projectDir,
      workspace: context3.workspace,
      projectName: name,
      // Prebuilt files are never released untagged (Validate refuses that).
      version: validated.version,
      importName,
      expectLicense,
      buildFiles,
      requireSdist: inputs.requireSdist
    });
  }
  const found = await inspectDist({
    distDir: buildDir(state),
    projectName: name,
    version,
    importName,
    expectLicense,
    buildFiles
  });
  if (found.problems.length > 0 || !found.wheel || !found.sdist) {
    for (const problem of found.problems)
      annotate({ level: "error", title: problem.title, message: problem.message });
    throw new UserError(
      `the built artifacts are not fit to publish (${found.problems.map((problem) => problem.title).join(", ")}); see the annotations. Nothing was published.`,
      "Artifacts refused"
    );
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
var inspectArtifacts = {
  name: "Inspect artifacts",
  needs: [],
  sideEffect: false,
  async run(state) {
    const found = await inspect(state);
    state.inspection = found;
    const validated = need(state.validated, "the version");
    if (validated.fromBuild) state.validated = { ...validated, version: found.builtVersion };
    return found.files.map((artifact) => artifact.filename).join(", ");
  }
};

// src/steps/github-attest.ts
import { readFileSync as readFileSync3 } from "node:fs";

// src/publish/github-attestation-plan.ts
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
      `github-attestations: true, but ${problems.join("; and ")}. Nothing was uploaded. Or set github-attestations: false to release without the attestation.`,
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

// src/publish/github-attestation-store.ts
var STORAGE = "GitHub stores attestations only for public repositories and for repositories of a GitHub Enterprise Cloud account; elsewhere set github-attestations: false.";
function parsedBody(response) {
  const text2 = response.body.toString("utf8");
  try {
    return JSON.parse(text2);
  } catch {
    return text2;
  }
}
function withStorageRule(error) {
  if (!["permission", "not-found", "refused"].includes(error.kind)) return error;
  return new GithubError(
    error.what,
    `${error.advice} ${STORAGE}`,
    error.kind,
    error.call,
    error.status,
    error.retryAfterSeconds
  );
}
async function storeAttestation(bundle, store) {
  const route = `/repos/${store.repository}/attestations`;
  const call2 = {
    what: "store the build-provenance attestation",
    method: "POST",
    route,
    permission: "attestations: write",
    repository: store.repository
  };
  let response;
  try {
    response = await httpRequest(`${store.apiUrl.replace(/\/+$/, "")}${route}`, {
      method: "POST",
      headers: {
        accept: "application/vnd.github+json",
        authorization: `Bearer ${store.token}`,
        "content-type": "application/json",
        "x-github-api-version": "2022-11-28"
      },
      body: JSON.stringify({ bundle }),
      // Storing the same signed bundle twice adds nothing a verifier could tell apart, so an
      // attempt whose answer was lost may be repeated.
      idempotent: true,
      timeoutMs: timeoutFromEnvironment().baseMs
    });
  } catch (thrown) {
    if (!(thrown instanceof HttpFailure)) throw thrown;
    throw githubError(call2, { message: thrown.message });
  }
  const data = parsedBody(response);
  if (response.status !== 201 && response.status !== 200) {
    throw withStorageRule(
      githubError(call2, {
        status: response.status,
        message: `HTTP ${response.status}`,
        response: { headers: response.headers, data }
      })
    );
  }
  const id = data?.id;
  if (typeof id !== "number" || !Number.isSafeInteger(id) || id <= 0) {
    throw new UserError(
      `GitHub answered ${response.status} to POST ${route} but named no attestation id: ${JSON.stringify(data).slice(0, 200)}.`,
      "GitHub attestation not confirmed"
    );
  }
  return { id };
}

// src/publish/github-provenance.ts
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

// src/steps/github-attest.ts
function payloadVisibility(env = process.env) {
  if (!env.GITHUB_EVENT_PATH) return void 0;
  try {
    const payload = JSON.parse(readFileSync3(env.GITHUB_EVENT_PATH, "utf8"));
    const repository = payload?.repository;
    if (typeof repository?.visibility === "string") return repository.visibility;
    if (typeof repository?.private === "boolean") return repository.private ? "private" : "public";
  } catch {
  }
  return void 0;
}
function preflightGithubAttestations(inputs, context3, files, env = process.env) {
  const decision = decideGithubAttestations({
    enabled: inputs.githubAttestations,
    dryRun: inputs.dryRun,
    onRunner: env.GITHUB_ACTIONS === "true",
    canRequestIdToken: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL),
    hasToken: inputs.githubToken !== "",
    repository: context3.repository || void 0,
    visibility: payloadVisibility(env),
    missingEnv: missingProvenanceEnv(env)
  });
  if (!decision.attest) return { options: void 0, dryRunPlan: void 0, notes: void 0 };
  const filenames = files.map((file) => file.filename);
  const notes = context3.repository ? githubAttestationNotes(filenames, context3.repository) : void 0;
  if (inputs.dryRun) {
    return {
      options: void 0,
      dryRunPlan: describeGithubAttestation(filenames, context3.repository, decision.problems),
      notes
    };
  }
  return {
    options: {
      repository: context3.repository,
      apiUrl: context3.apiUrl,
      serverUrl: context3.serverUrl,
      token: inputs.githubToken,
      env
    },
    dryRunPlan: void 0,
    notes
  };
}
async function runGithubAttestation(files, options2) {
  const env = options2.env ?? process.env;
  const getIdToken = options2.getIdToken ?? getIDToken;
  const { signInTotoStatement, sigstoreEndpoints } = await import("./sign-BNXLBULU.js");
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
      `Signing the GitHub build-provenance attestation of ${files.map((file) => file.filename).join(", ")} with Sigstore (${endpoints.fulcioUrl}, ${endpoints.rekorUrl}) failed: ${error.message}. Nothing was stored; run the job again, or set github-attestations: false.`,
      "GitHub attestation failed"
    );
  }
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

// src/steps/release/publish.ts
var attestationPlan = {
  name: "Attestations",
  needs: [],
  sideEffect: false,
  async run(state) {
    const { inputs, targets, context: context3 } = state;
    const decision = await preflightAttestations(inputs, targets, need(state.twine, "twine"));
    state.attestations = decision;
    if (decision.attest.some(Boolean)) state.attest = attestor();
    const github = preflightGithubAttestations(
      inputs,
      context3,
      need(state.inspection, "the artifacts").files
    );
    state.githubAttest = github;
    const pep740 = inputs.publish ? targets.map((target, i) => `${target.index.label}: ${decision.attest[i] ? "PEP 740" : "none"}`).join(", ") : "none: publish is false";
    return github.options || github.dryRunPlan ? `${pep740}; GitHub provenance` : pep740;
  }
};
var githubAttestation = {
  name: "GitHub attestation",
  needs: [],
  sideEffect: true,
  note: ({ githubAttest }) => githubAttest?.options ? void 0 : { status: "skipped", detail: "github-attestations: false" },
  async run(state) {
    const options2 = need(state.githubAttest?.options, "the GitHub attestation plan");
    const made = await runGithubAttestation(need(state.inspection, "the artifacts").files, options2);
    return made.url ?? `attestation ${made.id}`;
  }
};
function publishToIndex(target, position) {
  return {
    name: `Publish to ${target.index.label}`,
    needs: [],
    sideEffect: true,
    async run(state) {
      const { name, version } = need(state.validated, "the version");
      const files = need(state.inspection, "the artifacts").files.map((artifact) => ({
        filename: artifact.filename,
        path: artifact.path,
        sha256: artifact.sha256
      }));
      const attest = need(state.attestations, "the attestation plan").attest[position];
      const done = await publishTo(
        need(state.twine, "twine"),
        target,
        { name, version },
        files,
        attest ? state.attest : void 0
      );
      state.published.set(target.index.label, done);
      if (position === state.targets.length - 1)
        state.pypiUrl = projectPageUrl(target.index, name, version);
      return [
        done.uploaded.length ? `uploaded ${done.uploaded.join(", ")}` : "",
        done.skipped.length ? `already there: ${done.skipped.join(", ")}` : ""
      ].filter(Boolean).join("; ");
    }
  };
}
function installFromIndex(target) {
  return {
    name: `Install from ${target.index.label}`,
    needs: [],
    sideEffect: true,
    async run(state) {
      const { name, version } = need(state.validated, "the version");
      const inspection = need(state.inspection, "the artifacts");
      const uploaded = need(state.published.get(target.index.label), "the upload");
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
  };
}

// src/steps/release/push.ts
var pushBumpStep = {
  name: "Push",
  needs: [],
  sideEffect: true,
  async run(state) {
    const pushed = await pushBump(state.context.workspace, need(state.landing, "the bump"));
    state.pushed = true;
    return `pushed ${pushed}`;
  }
};

// src/steps/release/release-branch.ts
var releaseBranch = {
  name: "Release branch",
  needs: [],
  sideEffect: false,
  async run(state) {
    const { context: context3, inputs } = state;
    const tag = need(state.requestedTag, "the tag");
    const cwd = context3.workspace;
    const commit = await tagCommit(cwd, tag);
    if (!commit) {
      throw new UserError(
        `The tag ${tag} is not in the checkout; check out the tag (actions/checkout does on a tag push).`,
        "Tag not found"
      );
    }
    const remote = await remoteBranches(cwd);
    const defaultBranch = context3.defaultBranch ?? remote.head;
    const patterns = releaseBranchPatterns(inputs.releaseBranches, defaultBranch);
    const candidates = remote.branches.filter((branch) => branchMatches(branch, patterns));
    for (const branch of candidates) {
      if (await isOnRemoteBranch(cwd, commit, branch)) {
        state.releaseBranch = branch;
        return `${tag} is on ${branch}`;
      }
    }
    throw new UserError(
      `The tag ${tag} points at ${commit.slice(0, 12)}, which is on none of the release branches (${patterns.join(", ")}). Tag a commit that is on one of them, or list the branch in release-branches.`,
      "Tag not on a release branch"
    );
  }
};

// src/tools/find-twine.ts
import { mkdtemp as mkdtemp4 } from "node:fs/promises";
import { tmpdir as tmpdir4 } from "node:os";
import path14 from "node:path";
var TWINE_REQUIREMENT = "twine>=6.1,<7";
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
  const venv = await mkdtemp4(path14.join(process.env.RUNNER_TEMP || tmpdir4(), "pyrelease-twine-"));
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
Install it before this step (pip install twine), put it on PATH, or set the python input to a Python that has it.`,
      "twine not available"
    );
  }
  return {
    command: venvExecutable(venv, "twine"),
    baseArgs: [],
    how: `${TWINE_REQUIREMENT} installed in a venv of its own`
  };
}

// src/steps/release/setup-tools.ts
var setupUv = {
  name: "Set up uv",
  needs: [],
  sideEffect: false,
  async run(state) {
    const { inputs } = state;
    const found = await resolveUv({
      version: inputs.uvVersion || DEFAULT_UV_VERSION,
      githubToken: inputs.githubToken || void 0
    });
    state.uv = found;
    return `uv ${found.version} (${found.source})`;
  }
};
var setupTwine = {
  name: "Set up twine",
  needs: [],
  sideEffect: false,
  async run(state) {
    const twine = await findTwine(state.inputs.python, state.uv?.path);
    state.twine = twine;
    return twine.how ?? twine.command;
  }
};

// src/steps/release/validate.ts
import path15 from "node:path";
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
async function versionTagAtHead(cwd, prefix) {
  const result = await git(cwd, ["tag", "--points-at", "HEAD"]);
  if (result.exitCode !== 0) return void 0;
  const tags = result.stdout.split("\n").filter(Boolean);
  return latestVersionTag(tags, prefix)?.tag;
}
var validate = {
  name: "Validate",
  needs: [],
  sideEffect: false,
  async run(state) {
    const { context: context3, inputs, requestedTag } = state;
    let run = await runCheck(context3, inputs, requestedTag);
    if (requestedTag === void 0 && run.project.origin.kind !== "file") {
      const headTag = await versionTagAtHead(context3.workspace, inputs.tagPrefix);
      if (headTag) run = await runCheck(context3, inputs, headTag);
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
      const [describer] = project.buildFiles.slice(-1);
      throw new UserError(
        project.legacySetuptools ? `${project.buildFiles.join(" and ")} ${project.buildFiles.length === 1 ? "names" : "name"} no project (setup.cfg [metadata] name, or a literal name="\u2026" in setup()); a release needs the name the index knows it by. Add name = your-package under [metadata] in setup.cfg, or name="your-package" in setup(), and commit. Nothing was built or published.` : `${project.pyprojectFile} names no project ([project].name, or [tool.poetry].name for Poetry 1); a release needs the name the index knows it by. Add name = "your-package" to its [project] table and commit. Nothing was built or published.`,
        "No project name",
        { file: describer ?? project.pyprojectFile }
      );
    }
    state.projectDir = path15.join(context3.workspace, project.dir);
    if (check.tag === void 0 || check.pep440 === void 0) {
      if (requestedTag === void 0 && inputs.dryRun && !inputs.distDir && project.origin.kind !== "file") {
        state.validated = {
          check,
          project,
          tag: "",
          version: "",
          name: project.name,
          fromBuild: true
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
      fromBuild: false
    };
    return `${check.tag} = ${check.pep440}${requestedTag ? "" : ", not tagged (local dry run)"}`;
  }
};

// src/steps/release.ts
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
    note: () => ({ status: "skipped", detail }),
    run: () => Promise.reject(new Error(`${name} is skipped`))
  };
}
function releaseMode(inputs, landing) {
  if (inputs.dryRun) return "dry run";
  if (landing) return "bump";
  return inputs.distDir ? "prebuilt" : "tag";
}
function checkSteps(mode, state) {
  const { inputs, requestedTag } = state;
  const tagged = requestedTag !== void 0 ? exactTag : void 0;
  const validated = after(validate, tagged);
  const uv = inputs.builder === "uv" ? after(setupUv, validated) : void 0;
  const built = inputs.distDir ? skipped("Build", `dist-dir: ${inputs.distDir}`, false, validated) : after(build, validated, uv);
  const twine = after(setupTwine, uv ?? validated);
  const inspected = after(inspectArtifacts, built);
  return [
    ...tagged ? [tagged] : [],
    validated,
    // A bump checked its branch before committing; its commit reaches origin with the push.
    ...tagged && mode !== "bump" ? [after(releaseBranch, validated)] : [],
    ...uv ? [uv] : [],
    built,
    twine,
    inspected,
    after(twineCheckStep, inspected, twine),
    after(testTheWheel, inspected),
    after(attestationPlan, twine, inspected)
  ];
}
function sideEffectSteps(mode, state) {
  const { inputs, context: context3 } = state;
  const pushed = mode === "bump" ? pushBumpStep : void 0;
  const steps = pushed ? [pushed] : [];
  let last = pushed;
  if (!inputs.publish) {
    last = skipped("Publish", "publish: false", true, pushed);
    steps.push(last);
  } else {
    for (const [i, target] of state.targets.entries()) {
      last = after(publishToIndex(target, i), last);
      steps.push(last);
      if (target.verifyInstall) {
        last = after(installFromIndex(target), last);
        steps.push(last);
      }
    }
  }
  const provenance = inputs.githubAttestations ? after(githubAttestation, pushed) : void 0;
  if (provenance) steps.push(provenance);
  if (!state.releaser) {
    steps.push(skipped("GitHub release", "no github-token or repository", true, pushed));
    return steps;
  }
  const drafted = after(draftRelease, githubAccess, pushed);
  const released = after(publishRelease, drafted, last, provenance);
  steps.push(drafted, released);
  let latest = released;
  if (inputs.closeMilestone) {
    latest = after(closeMilestone, released);
    steps.push(latest);
  }
  if (inputs.openNextCyclePr && state.requestedTag && context3.eventName === "push")
    steps.push(after(nextCyclePullRequest, latest));
  return steps;
}
function releaseGraph(mode, state) {
  const checks = checkSteps(mode, state);
  if (mode === "dry run") {
    const plan = after(
      publishPlan,
      checks.find((step) => step.name === attestationPlan.name)
    );
    return [...checks, plan, after(githubReleasePlan, plan)];
  }
  const access = state.releaser ? [after(githubAccess, ...checks)] : [];
  return [...checks, ...access, ...sideEffectSteps(mode, state)];
}
async function runRelease(context3, inputs, requestedTag, pipeline2 = new Pipeline(), observed = {}, landing) {
  if (requestedTag !== void 0) parseVersionTag(requestedTag, inputs.tagPrefix);
  const mode = releaseMode(inputs, landing);
  const state = {
    context: context3,
    inputs,
    requestedTag,
    // A dry run is often on a maintainer's machine.
    dryRunBuildDir: inputs.dryRun ? await mkdtemp5(path16.join(process.env.RUNNER_TEMP || tmpdir5(), "pyrelease-dist-")) : void 0,
    targets: publishTargets(inputs),
    releaser: mode !== "dry run" && inputs.githubToken && context3.repository ? octokitReleaser({
      token: inputs.githubToken,
      repository: context3.repository,
      apiUrl: context3.apiUrl,
      timeout: timeoutFromEnvironment()
    }) : void 0,
    landing,
    plan: [],
    observed,
    published: /* @__PURE__ */ new Map()
  };
  if (inputs.builder === "build") void pipCanTargetOtherPython(inputs.python);
  try {
    await runGraph(releaseGraph(mode, state), state, pipeline2);
  } catch (error) {
    if (landing && !state.pushed) await undoBump(context3.workspace, landing);
    throw error;
  }
  const { check, project } = state.validated;
  const inspection = state.inspection;
  if (mode === "dry run") {
    info2(
      `Dry run: nothing was uploaded, tagged or released. The rest would be:
  ${state.plan.join("\n  ")}`
    );
  }
  return {
    check,
    project,
    wheel: inspection.wheel,
    sdist: inspection.sdist,
    files: inspection.files,
    releaseUrl: state.release?.htmlUrl,
    releaseId: state.release?.id,
    pypiUrl: state.pypiUrl,
    plan: state.plan,
    pipeline: pipeline2
  };
}

// src/release-report.ts
var STATUS = {
  passed: "\u2713 passed",
  failed: "\u2717 failed",
  skipped: "\u2013 skipped",
  "dry run": "\u25CB dry run"
};
function summaryDetail(text2, limit = 120) {
  const line = text2.split("\n")[0];
  const short = line.length > limit ? `${line.slice(0, limit - 1)}\u2026` : line;
  return linkUrls(escapeHtml(short));
}
function linkUrls(escaped) {
  return escaped.replace(
    /https?:\/\/[^\s<>"]+[^\s<>".,;:)]/g,
    (url) => `<a href="${url}">${url}</a>`
  );
}
function relativeToWorkspace(text2, workspace) {
  const root = workspace.replace(/[\\/]+$/, "");
  return root ? text2.split(`${root}${path17.sep}`).join("").split(root).join(".") : text2;
}
function addSteps(summary, pipeline2, workspace) {
  const relative2 = (text2) => relativeToWorkspace(text2, workspace);
  summary.addHeading("Release steps", 3);
  summary.addTable([
    [
      { data: "Step", header: true },
      { data: "Result", header: true },
      { data: "Time", header: true },
      { data: "Detail", header: true }
    ],
    ...pipeline2.records.map((record) => [
      record.name,
      STATUS[record.status],
      seconds(record.durationMs),
      summaryDetail(relative2(record.detail)) || "\u2014"
      // an empty cell would be left unclosed
    ])
  ]);
  const failed2 = pipeline2.records.find((record) => record.status === "failed");
  if (failed2?.reason) {
    summary.addHeading(`Stopped at ${escapeHtml(failed2.name)}`, 3).addRaw(`<pre>${linkUrls(escapeHtml(relative2(failed2.reason)))}</pre>`, true);
  }
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
      artifact.filename,
      `${artifact.size.toLocaleString("en-US")} bytes`,
      `<code>${artifact.sha256}</code>`
    ])
  ]);
  const links = [];
  if (outcome.pypiUrl) links.push(`<a href="${outcome.pypiUrl}">${outcome.pypiUrl}</a>`);
  if (outcome.releaseUrl) links.push(`<a href="${outcome.releaseUrl}">GitHub release</a>`);
  if (links.length > 0) summary.addHeading("Links", 3).addList(links);
  if (dryRun)
    summary.addHeading("Dry run: what would happen", 3).addCodeBlock(outcome.plan.join("\n"), "text");
}
async function runReleaseAndReport(context3, inputs, tag, landing) {
  const pipeline2 = new Pipeline();
  const observed = {};
  let outcome;
  try {
    outcome = await runRelease(context3, inputs, tag, pipeline2, observed, landing);
  } finally {
    await writeSummary((summary) => {
      summary.addHeading(
        `pyrelease ${outcome?.check.tag ?? tag ?? ""}${inputs.dryRun ? " (dry run)" : ""}: ${outcome ? "\u2713" : "\u2717"}`,
        2
      );
      addSteps(summary, pipeline2, context3.workspace);
      const check = outcome?.check ?? observed.check;
      if (check) addCheckSummary(summary, check);
      if (outcome) addOutcome(summary, outcome, inputs.dryRun);
    });
  }
  setCheckOutputs(outcome.check);
  const relative2 = (file) => {
    const inside = path17.relative(context3.workspace, file);
    return inside.startsWith("..") || path17.isAbsolute(inside) ? file : inside.split(path17.sep).join("/");
  };
  setOutput("wheel", relative2(outcome.wheel.path));
  setOutput("sdist", outcome.sdist ? relative2(outcome.sdist.path) : "");
  setOutput("release-url", outcome.releaseUrl ?? "");
  setOutput("release-id", outcome.releaseId === void 0 ? "" : String(outcome.releaseId));
  setOutput("pypi-url", outcome.pypiUrl ?? "");
  return outcome;
}
export {
  linkUrls,
  relativeToWorkspace,
  runReleaseAndReport,
  summaryDetail
};
