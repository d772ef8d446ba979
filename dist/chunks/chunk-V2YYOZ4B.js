import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);

// src/provenance/pep740-format.ts
import { createHash, verify, X509Certificate } from "node:crypto";
var PUBLISH_PREDICATE_TYPE = "https://docs.pypi.org/attestations/publish/v1";
var INTOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
var STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
var ATTESTATION_SUFFIX = ".publish.attestation";
function assertBareFilename(filename) {
  if (filename === "" || /[\\/]/.test(filename)) {
    throw new Error(`an attestation subject is a bare filename, not ${JSON.stringify(filename)}`);
  }
}
function publishStatement(filename, sha256) {
  assertBareFilename(filename);
  return Buffer.from(
    JSON.stringify({
      _type: STATEMENT_TYPE,
      subject: [{ name: filename, digest: { sha256: sha256.toLowerCase() } }],
      predicateType: PUBLISH_PREDICATE_TYPE,
      predicate: null
    }),
    "utf8"
  );
}
function preAuthEncoding(payloadType, payload) {
  const type = Buffer.from(payloadType, "utf8");
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `),
    type,
    Buffer.from(` ${payload.length} `),
    payload
  ]);
}
function attestationFromBundle(bundle) {
  const material = bundle.verificationMaterial;
  const envelope = bundle.dsseEnvelope;
  if (!envelope) throw new Error("the Sigstore bundle holds no DSSE envelope");
  if (envelope.payloadType !== INTOTO_PAYLOAD_TYPE) {
    throw new Error(
      `the DSSE payload type is ${JSON.stringify(envelope.payloadType)}; PyPI verifies only ${INTOTO_PAYLOAD_TYPE}`
    );
  }
  if (envelope.signatures?.length !== 1 || !envelope.signatures[0]?.sig) {
    throw new Error("the DSSE envelope must hold exactly one signature");
  }
  const certificate = material?.certificate?.rawBytes ?? material?.x509CertificateChain?.certificates?.[0]?.rawBytes;
  if (!certificate) throw new Error("the Sigstore bundle holds no signing certificate");
  const entries = material?.tlogEntries ?? [];
  if (entries.length === 0) throw new Error("the Sigstore bundle holds no transparency log entry");
  if (!envelope.payload) throw new Error("the DSSE envelope has no payload");
  return {
    version: 1,
    verification_material: {
      certificate,
      transparency_entries: entries
    },
    envelope: { statement: envelope.payload, signature: envelope.signatures[0].sig }
  };
}
var INT64 = /^\d+$/;
var SHA256_HEX = /^[0-9a-f]{64}$/;
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function decodeJson(base64) {
  if (typeof base64 !== "string") return void 0;
  try {
    return JSON.parse(Buffer.from(base64, "base64").toString("utf8"));
  } catch {
    return void 0;
  }
}
function entryProblems(entry) {
  if (!isRecord(entry)) return ["transparency entry 0 is not an object"];
  const problems = [];
  const kind = entry.kindVersion;
  if (kind?.kind !== "dsse" || kind.version !== "0.0.1") {
    problems.push(
      `the log entry is ${String(kind?.kind)} ${String(kind?.version)}; PyPI needs a Rekor v1 dsse 0.0.1 entry (intoto entries are refused)`
    );
  }
  for (const key of ["logIndex", "integratedTime"]) {
    if (typeof entry[key] !== "string" || !INT64.test(entry[key])) {
      problems.push(
        `${key} must be an int64 written as a JSON string, not ${JSON.stringify(entry[key])}`
      );
    }
  }
  if (!isRecord(entry.logId) || typeof entry.logId.keyId !== "string") {
    problems.push("logId.keyId is missing");
  }
  const promise = entry.inclusionPromise;
  if (typeof promise?.signedEntryTimestamp !== "string" || promise.signedEntryTimestamp === "") {
    problems.push(
      "inclusionPromise.signedEntryTimestamp is missing; PyPI takes the signing time from it"
    );
  }
  const proof = entry.inclusionProof;
  if (!isRecord(proof)) {
    problems.push("inclusionProof is missing; PyPI requires an inclusion proof with a checkpoint");
  } else {
    for (const key of ["logIndex", "treeSize"]) {
      if (typeof proof[key] !== "string" || !INT64.test(proof[key])) {
        problems.push(`inclusionProof.${key} must be an int64 written as a JSON string`);
      }
    }
    if (typeof proof.rootHash !== "string") problems.push("inclusionProof.rootHash is missing");
    if (proof.hashes !== void 0 && !Array.isArray(proof.hashes)) {
      problems.push("inclusionProof.hashes must be a list");
    }
    const checkpoint = proof.checkpoint;
    if (typeof checkpoint?.envelope !== "string" || checkpoint.envelope === "") {
      problems.push("inclusionProof.checkpoint is missing; PyPI requires it");
    }
  }
  if (typeof entry.canonicalizedBody !== "string") problems.push("canonicalizedBody is missing");
  return problems;
}
function certificateFrom(base64) {
  if (typeof base64 !== "string" || base64 === "") return void 0;
  try {
    return new X509Certificate(Buffer.from(base64, "base64"));
  } catch {
    return void 0;
  }
}
function pemToDer(pem) {
  return Buffer.from(
    pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, "").replace(/\s+/g, ""),
    "base64"
  );
}
function signedStatement(envelope) {
  const bytes = typeof envelope.statement === "string" ? Buffer.from(envelope.statement, "base64") : void 0;
  const statement = decodeJson(envelope.statement);
  return bytes && isRecord(statement) ? { bytes, statement } : void 0;
}
function materialProblems(material, certificate) {
  const problems = [];
  if (!certificate)
    problems.push("verification_material.certificate is not a base64 DER X.509 certificate");
  const entries = material.transparency_entries;
  if (!Array.isArray(entries) || entries.length === 0) {
    problems.push("verification_material.transparency_entries must hold at least one entry");
  } else {
    problems.push(...entryProblems(entries[0]));
  }
  return problems;
}
function subjectProblems(subjects, expected) {
  if (subjects.length !== 1)
    return [`the statement must have exactly one subject, not ${subjects.length}`];
  if (typeof subjects[0] !== "object" || subjects[0] === null)
    return ["the subject must be an object with a name and a sha256 digest"];
  const problems = [];
  const subject = subjects[0];
  const name = subject.name;
  if (typeof name === "string" && /[\\/]/.test(name)) {
    problems.push(
      `the subject name ${JSON.stringify(name)} has a directory; PyPI matches the bare filename ${expected.filename}`
    );
  } else if (name !== expected.filename) {
    problems.push(
      `the subject name ${JSON.stringify(name)} is not the file's name ${expected.filename}`
    );
  }
  const digest = subject.digest?.sha256;
  if (typeof digest !== "string" || !SHA256_HEX.test(digest)) {
    problems.push("the subject digest must hold sha256 as lowercase hex");
  } else if (digest !== expected.sha256.toLowerCase()) {
    problems.push(
      `the subject sha256 ${digest} is not the file's ${expected.sha256.toLowerCase()}`
    );
  }
  return problems;
}
function statementProblems(statement, expected) {
  const problems = [];
  if (statement._type !== STATEMENT_TYPE) {
    problems.push(
      `the statement _type is ${JSON.stringify(statement._type)}, not ${STATEMENT_TYPE}`
    );
  }
  problems.push(
    ...subjectProblems(Array.isArray(statement.subject) ? statement.subject : [], expected)
  );
  if (statement.predicateType !== PUBLISH_PREDICATE_TYPE) {
    problems.push(
      `predicateType is ${JSON.stringify(statement.predicateType)}, not ${PUBLISH_PREDICATE_TYPE}`
    );
  }
  const predicate = statement.predicate;
  if (!(predicate === null || predicate === void 0 || isRecord(predicate) && Object.keys(predicate).length === 0)) {
    problems.push("the publish predicate must be null or {}");
  }
  return problems;
}
function signatureProblems(envelope, statementBytes, certificate) {
  const signature = typeof envelope.signature === "string" ? Buffer.from(envelope.signature, "base64") : void 0;
  if (!signature || signature.length === 0) return ["envelope.signature is missing"];
  if (!certificate) return [];
  const signed = verify(
    "sha256",
    preAuthEncoding(INTOTO_PAYLOAD_TYPE, statementBytes),
    certificate.publicKey,
    signature
  );
  return signed ? [] : [
    `the signature does not verify over the statement with payload type ${INTOTO_PAYLOAD_TYPE} (signed with another payload type, or another key)`
  ];
}
function logBodyProblems(first, envelope, statementBytes, certificate) {
  const body = decodeJson(first?.canonicalizedBody);
  if (first && body === void 0) return ["canonicalizedBody is not base64 of a JSON log entry"];
  if (!first || !body || body.kind !== "dsse" || body.apiVersion !== "0.0.1") return [];
  const problems = [];
  const payloadHash = createHash("sha256").update(statementBytes).digest("hex");
  if (body.spec?.payloadHash?.algorithm !== "sha256" || body.spec.payloadHash.value !== payloadHash) {
    problems.push("the log entry records another payload hash than the statement");
  }
  const signatures = body.spec?.signatures ?? [];
  const recorded = signatures[0];
  if (signatures.length !== 1 || !recorded || recorded.signature !== envelope.signature) {
    problems.push("the log entry records another signature than the envelope");
  } else if (certificate && (typeof recorded.verifier !== "string" || !pemToDer(Buffer.from(recorded.verifier, "base64").toString("utf8")).equals(certificate.raw))) {
    problems.push("the log entry records another certificate than the attestation");
  }
  return problems;
}
function attestationProblems(value, expected) {
  if (!isRecord(value)) return ["the attestation is not a JSON object"];
  const problems = [];
  if (value.version !== 1)
    problems.push(`version must be the integer 1, not ${JSON.stringify(value.version)}`);
  const material = value.verification_material;
  const envelope = value.envelope;
  if (!isRecord(material)) return [...problems, "verification_material is missing"];
  if (!isRecord(envelope)) return [...problems, "envelope is missing"];
  const certificate = certificateFrom(material.certificate);
  problems.push(...materialProblems(material, certificate));
  const signed = signedStatement(envelope);
  if (!signed) return [...problems, "envelope.statement is not base64 of a JSON statement"];
  const entries = material.transparency_entries;
  const first = Array.isArray(entries) ? entries[0] : void 0;
  return [
    ...problems,
    ...statementProblems(signed.statement, expected),
    ...signatureProblems(envelope, signed.bytes, certificate),
    ...logBodyProblems(first, envelope, signed.bytes, certificate)
  ];
}

export {
  INTOTO_PAYLOAD_TYPE,
  STATEMENT_TYPE,
  ATTESTATION_SUFFIX,
  publishStatement,
  attestationFromBundle,
  attestationProblems
};
