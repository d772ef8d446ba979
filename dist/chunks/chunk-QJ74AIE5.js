import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);

// src/log.ts
import { randomBytes } from "node:crypto";
import { EOL } from "node:os";
var LINE_BREAK = /\r\n|\r|\n/;
var LEADING_SPACE = /^[\s\u0085\u180e]+/u;
var IGNORABLE = new RegExp("\\p{Default_Ignorable_Code_Point}", "gu");
function looksLikeCommand(text) {
  return text.split(LINE_BREAK).some((raw) => {
    const line = raw.replace(IGNORABLE, "");
    return line.replace(LEADING_SPACE, "").startsWith("::") || line.includes("##[");
  });
}
function inert(text, token = randomBytes(16).toString("hex")) {
  if (!looksLikeCommand(text)) return text;
  return `::stop-commands::${token}${EOL}${text}${EOL}::${token}::`;
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function commandLine(name, properties, data) {
  const pairs = Object.entries(properties).filter((entry) => entry[1] !== void 0).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${name}${pairs.length > 0 ? ` ${pairs.join(",")}` : ""}::${escapeData(data)}`;
}
function printable(what) {
  if ("text" in what) return inert(what.text);
  return commandLine(what.command, what.properties ?? {}, what.data);
}
function out(line) {
  process.stdout.write(`${line}${EOL}`);
}
function info(text) {
  out(printable({ text }));
}
function write(text, stream = "stdout") {
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  const safe = inert(body);
  process[stream].write(safe === body ? text : `${safe}
`);
}
function debug(text) {
  out(printable({ command: "debug", data: text }));
}
function annotation(level, message, properties = {}) {
  const { title, file, startLine, startColumn } = properties;
  out(
    printable({
      command: level,
      properties: { title, file, line: startLine, col: startColumn },
      data: message
    })
  );
}
function startGroup(title) {
  out(printable({ command: "group", data: title }));
}
function endGroup() {
  out(printable({ command: "endgroup", data: "" }));
}
function setFailed(message, properties = {}) {
  process.exitCode = 1;
  annotation("error", message, properties);
}
function shown(value) {
  if (!/[\u0000-\u001f\u007f\u0085\u2028\u2029]/.test(value)) return value;
  return JSON.stringify(value).replace(
    /[\u007f\u0085\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}

export {
  info,
  write,
  debug,
  annotation,
  startGroup,
  endGroup,
  setFailed,
  shown
};
