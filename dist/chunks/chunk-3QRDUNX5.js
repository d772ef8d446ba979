import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);

// src/publish/simple-api.ts
var SIMPLE_ACCEPT = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01";
var HEX64 = /^[0-9a-f]{64}$/i;
function sha(value) {
  return typeof value === "string" && HEX64.test(value) ? value.toLowerCase() : void 0;
}
function withUrl(url) {
  return typeof url === "string" && url !== "" ? { url } : {};
}
function parseSimpleJson(text) {
  let answer;
  try {
    answer = JSON.parse(text);
  } catch {
    return { ok: false, problem: "its JSON answer does not parse" };
  }
  if (!Array.isArray(answer?.files)) {
    return { ok: false, problem: 'its JSON answer has no "files" list (PEP 691)' };
  }
  const files = [];
  for (const entry of answer.files) {
    if (typeof entry?.filename !== "string") continue;
    files.push({
      filename: entry.filename,
      sha256: sha(entry.hashes?.sha256),
      ...withUrl(entry.url)
    });
  }
  return { ok: true, files };
}
function parseJsonApi(text) {
  let answer;
  try {
    answer = JSON.parse(text);
  } catch {
    return { ok: false, problem: "its JSON API answer does not parse" };
  }
  if (!Array.isArray(answer?.urls))
    return { ok: false, problem: 'its JSON API answer has no "urls"' };
  const files = [];
  for (const entry of answer.urls) {
    if (typeof entry?.filename !== "string") continue;
    files.push({
      filename: entry.filename,
      sha256: sha(entry.digests?.sha256),
      ...withUrl(entry.url)
    });
  }
  return { ok: true, files };
}
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function codePointText(code) {
  const valid = Number.isInteger(code) && code > 0 && code <= 1114111 && (code < 55296 || code > 57343);
  return valid ? String.fromCodePoint(code) : "\uFFFD";
}
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === "#") {
      const hex = name[1] === "x" || name[1] === "X";
      return codePointText(hex ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
function closingTag(lower, from) {
  for (let at = lower.indexOf("</a", from); at >= 0; at = lower.indexOf("</a", at + 3)) {
    let end = at + 3;
    while (end < lower.length && /\s/.test(lower[end])) end++;
    if (lower[end] === ">") return { start: at, end: end + 1 };
  }
  return void 0;
}
function anchors(html) {
  const lower = html.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
  const found = [];
  let from = 0;
  for (; ; ) {
    const open = lower.indexOf("<a", from);
    if (open < 0) break;
    if (!/\s/.test(lower[open + 2] ?? "")) {
      from = open + 2;
      continue;
    }
    const close = lower.indexOf(">", open + 3);
    if (close < 0) break;
    const end = closingTag(lower, close + 1);
    if (!end) break;
    found.push({
      attributes: html.slice(open + 3, close),
      inner: html.slice(close + 1, end.start)
    });
    from = end.end;
  }
  return found;
}
function withoutTags(markup) {
  let text = "";
  let from = 0;
  for (; ; ) {
    const open = markup.indexOf("<", from);
    const close = open < 0 ? -1 : markup.indexOf(">", open + 1);
    if (close < 0) return text + markup.slice(from);
    text += markup.slice(from, open);
    from = close + 1;
  }
}
function lastSegment(location) {
  const segment = location.split("?")[0].split("/").pop() ?? "";
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
function parseSimpleHtml(html) {
  const files = [];
  for (const anchor of anchors(html)) {
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(anchor.attributes);
    if (!href) continue;
    const link = decodeEntities(href[1] ?? href[2] ?? href[3] ?? "");
    const text = decodeEntities(withoutTags(anchor.inner)).trim();
    const [location, fragment = ""] = link.split("#", 2);
    const filename = text || lastSegment(location);
    if (!filename) continue;
    const hash = /(?:^|&)sha256=([0-9a-f]{64})(?:&|$)/i.exec(fragment);
    files.push({ filename, sha256: hash?.[1]?.toLowerCase(), ...withUrl(location) });
  }
  if (files.length === 0 && !/name=["']?pypi:repository-version/i.test(html)) {
    return {
      ok: false,
      problem: "its HTML page holds no file links (it is not a PEP 503 simple index page)"
    };
  }
  return { ok: true, files };
}
function parseSimpleAnswer(contentType, text) {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (type === "application/vnd.pypi.simple.v1+json" || type === "application/json") {
    return parseSimpleJson(text);
  }
  if (type === "text/html" || type === "application/vnd.pypi.simple.v1+html" || /^\s*</.test(text)) {
    return parseSimpleHtml(text);
  }
  return {
    ok: false,
    problem: `it answered ${type || "without a content type"}, neither the JSON (PEP 691) nor the HTML (PEP 503) simple API`
  };
}

export {
  SIMPLE_ACCEPT,
  parseJsonApi,
  parseSimpleAnswer
};
