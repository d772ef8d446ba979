// PEP 740 publish attestations as PyPI checks them: the exact statement that is signed, the
// conversion from a Sigstore bundle (v0.3, DSSE) to the Attestation object, and a check of every
// rule PyPI applies that can be checked without its trust root. Pure: no network, no files.
import { createHash, verify, X509Certificate } from 'node:crypto';

export const PUBLISH_PREDICATE_TYPE = 'https://docs.pypi.org/attestations/publish/v1';
export const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** `<dist>.publish.attestation` beside the dist is what twine and uv pick up. */
export const ATTESTATION_SUFFIX = '.publish.attestation';

/** A Rekor entry in protobuf-JSON form: camelCase keys, int64 as strings, bytes as base64. */
export interface TransparencyEntry {
  logIndex: string;
  logId: { keyId: string };
  kindVersion: { kind: string; version: string };
  integratedTime: string;
  inclusionPromise?: { signedEntryTimestamp: string };
  inclusionProof?: {
    logIndex: string;
    rootHash: string;
    treeSize: string;
    hashes: string[];
    checkpoint: { envelope: string };
  };
  canonicalizedBody: string;
}

export interface Attestation {
  version: 1;
  verification_material: {
    /** base64 of the DER leaf certificate. */
    certificate: string;
    transparency_entries: TransparencyEntry[];
  };
  envelope: {
    /** base64 of the exact statement bytes that were signed. */
    statement: string;
    signature: string;
  };
}

/** The parts of a serialized Sigstore bundle (`bundleToJSON`) the conversion reads. */
export interface BundleJson {
  mediaType?: string;
  verificationMaterial?: {
    certificate?: { rawBytes?: string };
    x509CertificateChain?: { certificates?: { rawBytes?: string }[] };
    tlogEntries?: unknown[];
  };
  dsseEnvelope?: { payload?: string; payloadType?: string; signatures?: { sig?: string }[] };
}

/** A filename PyPI can match: no directory, which would fail its subject check. */
function assertBareFilename(filename: string): void {
  if (filename === '' || /[\\/]/.test(filename)) {
    throw new Error(`an attestation subject is a bare filename, not ${JSON.stringify(filename)}`);
  }
}

/**
 * The in-toto statement for one file, byte for byte what is signed and what
 * `envelope.statement` carries. Key order follows pypi-attestations.
 */
export function publishStatement(filename: string, sha256: string): Buffer {
  assertBareFilename(filename);
  return Buffer.from(
    JSON.stringify({
      _type: STATEMENT_TYPE,
      subject: [{ name: filename, digest: { sha256: sha256.toLowerCase() } }],
      predicateType: PUBLISH_PREDICATE_TYPE,
      predicate: null,
    }),
    'utf8',
  );
}

/** DSSE v1 pre-authentication encoding: what the signature is over. */
export function preAuthEncoding(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `),
    type,
    Buffer.from(` ${payload.length} `),
    payload,
  ]);
}

/**
 * Sigstore bundle → PEP 740 Attestation, as pypi-attestations' `from_bundle` does. The payload
 * type is not carried over (PyPI rebuilds it as in-toto), so any other type is refused here.
 */
export function attestationFromBundle(bundle: BundleJson): Attestation {
  const material = bundle.verificationMaterial;
  const envelope = bundle.dsseEnvelope;
  if (!envelope) throw new Error('the Sigstore bundle holds no DSSE envelope');
  if (envelope.payloadType !== INTOTO_PAYLOAD_TYPE) {
    throw new Error(
      `the DSSE payload type is ${JSON.stringify(envelope.payloadType)}; PyPI verifies only ${INTOTO_PAYLOAD_TYPE}`,
    );
  }
  if (envelope.signatures?.length !== 1 || !envelope.signatures[0]?.sig) {
    throw new Error('the DSSE envelope must hold exactly one signature');
  }
  const certificate =
    material?.certificate?.rawBytes ?? material?.x509CertificateChain?.certificates?.[0]?.rawBytes;
  if (!certificate) throw new Error('the Sigstore bundle holds no signing certificate');
  const entries = material?.tlogEntries ?? [];
  if (entries.length === 0) throw new Error('the Sigstore bundle holds no transparency log entry');
  if (!envelope.payload) throw new Error('the DSSE envelope has no payload');
  return {
    version: 1,
    verification_material: {
      certificate,
      transparency_entries: entries as TransparencyEntry[],
    },
    envelope: { statement: envelope.payload, signature: envelope.signatures[0].sig },
  };
}

/** PEP 740 Attestation → Sigstore bundle v0.3, as pypi-attestations' `to_bundle` does. */
export function bundleFromAttestation(attestation: Attestation): BundleJson & {
  mediaType: string;
} {
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: {
      certificate: { rawBytes: attestation.verification_material.certificate },
      tlogEntries: [attestation.verification_material.transparency_entries[0]],
    },
    dsseEnvelope: {
      payload: attestation.envelope.statement,
      payloadType: INTOTO_PAYLOAD_TYPE,
      signatures: [{ sig: attestation.envelope.signature }],
    },
  };
}

const INT64 = /^\d+$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function decodeJson(base64: unknown): unknown {
  if (typeof base64 !== 'string') return undefined;
  try {
    return JSON.parse(Buffer.from(base64, 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** The rules of one Rekor entry that PyPI's verifier (sigstore-python) relies on. */
function entryProblems(entry: unknown): string[] {
  if (!isRecord(entry)) return ['transparency entry 0 is not an object'];
  const problems: string[] = [];
  const kind = entry.kindVersion as { kind?: unknown; version?: unknown } | undefined;
  if (kind?.kind !== 'dsse' || kind.version !== '0.0.1') {
    problems.push(
      `the log entry is ${String(kind?.kind)} ${String(kind?.version)}; PyPI needs a Rekor v1 dsse 0.0.1 entry (intoto entries are refused)`,
    );
  }
  for (const key of ['logIndex', 'integratedTime'] as const) {
    if (typeof entry[key] !== 'string' || !INT64.test(entry[key])) {
      problems.push(
        `${key} must be an int64 written as a JSON string, not ${JSON.stringify(entry[key])}`,
      );
    }
  }
  if (!isRecord(entry.logId) || typeof entry.logId.keyId !== 'string') {
    problems.push('logId.keyId is missing');
  }
  const promise = entry.inclusionPromise as { signedEntryTimestamp?: unknown } | undefined;
  if (typeof promise?.signedEntryTimestamp !== 'string' || promise.signedEntryTimestamp === '') {
    problems.push(
      'inclusionPromise.signedEntryTimestamp is missing; PyPI takes the signing time from it',
    );
  }
  const proof = entry.inclusionProof as Record<string, unknown> | undefined;
  if (!isRecord(proof)) {
    problems.push('inclusionProof is missing; PyPI requires an inclusion proof with a checkpoint');
  } else {
    for (const key of ['logIndex', 'treeSize'] as const) {
      if (typeof proof[key] !== 'string' || !INT64.test(proof[key])) {
        problems.push(`inclusionProof.${key} must be an int64 written as a JSON string`);
      }
    }
    if (typeof proof.rootHash !== 'string') problems.push('inclusionProof.rootHash is missing');
    if (proof.hashes !== undefined && !Array.isArray(proof.hashes)) {
      problems.push('inclusionProof.hashes must be a list');
    }
    const checkpoint = proof.checkpoint as { envelope?: unknown } | undefined;
    if (typeof checkpoint?.envelope !== 'string' || checkpoint.envelope === '') {
      problems.push('inclusionProof.checkpoint is missing; PyPI requires it');
    }
  }
  if (typeof entry.canonicalizedBody !== 'string') problems.push('canonicalizedBody is missing');
  return problems;
}

function certificateFrom(base64: unknown): X509Certificate | undefined {
  if (typeof base64 !== 'string' || base64 === '') return undefined;
  try {
    return new X509Certificate(Buffer.from(base64, 'base64'));
  } catch {
    return undefined;
  }
}

/** The DER bytes of a PEM certificate, however its lines are wrapped. */
function pemToDer(pem: string): Buffer {
  return Buffer.from(
    pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, ''),
    'base64',
  );
}

/** The file an attestation is for. */
interface AttestedFile {
  readonly filename: string;
  readonly sha256: string;
}

/** The statement as signed, and parsed. */
interface SignedStatement {
  readonly bytes: Buffer;
  readonly statement: Record<string, unknown>;
}

/** The body of a Rekor dsse 0.0.1 entry, as far as the rules below read it. */
interface DsseBody {
  kind?: unknown;
  apiVersion?: unknown;
  spec?: {
    payloadHash?: { algorithm?: unknown; value?: unknown };
    signatures?: { signature?: unknown; verifier?: unknown }[];
  };
}

function signedStatement(envelope: Record<string, unknown>): SignedStatement | undefined {
  const bytes =
    typeof envelope.statement === 'string' ? Buffer.from(envelope.statement, 'base64') : undefined;
  const statement = decodeJson(envelope.statement);
  return bytes && isRecord(statement) ? { bytes, statement } : undefined;
}

/** The signing certificate, and the transparency log entry PyPI verifies with. */
function materialProblems(
  material: Record<string, unknown>,
  certificate: X509Certificate | undefined,
): string[] {
  const problems: string[] = [];
  if (!certificate)
    problems.push('verification_material.certificate is not a base64 DER X.509 certificate');
  const entries = material.transparency_entries;
  if (!Array.isArray(entries) || entries.length === 0) {
    problems.push('verification_material.transparency_entries must hold at least one entry');
  } else {
    // PyPI verifies with the first entry only.
    problems.push(...entryProblems(entries[0]));
  }
  return problems;
}

/** The one subject: this file's bare name and its sha256. */
function subjectProblems(subjects: unknown[], expected: AttestedFile): string[] {
  if (subjects.length !== 1)
    return [`the statement must have exactly one subject, not ${subjects.length}`];
  // A statement read from a file may hold anything: `[null]` is a subject with nothing in it.
  if (typeof subjects[0] !== 'object' || subjects[0] === null)
    return ['the subject must be an object with a name and a sha256 digest'];
  const problems: string[] = [];
  const subject = subjects[0] as { name?: unknown; digest?: { sha256?: unknown } | null };
  const name = subject.name;
  if (typeof name === 'string' && /[\\/]/.test(name)) {
    problems.push(
      `the subject name ${JSON.stringify(name)} has a directory; PyPI matches the bare filename ${expected.filename}`,
    );
  } else if (name !== expected.filename) {
    problems.push(
      `the subject name ${JSON.stringify(name)} is not the file's name ${expected.filename}`,
    );
  }
  const digest = subject.digest?.sha256;
  if (typeof digest !== 'string' || !SHA256_HEX.test(digest)) {
    problems.push('the subject digest must hold sha256 as lowercase hex');
  } else if (digest !== expected.sha256.toLowerCase()) {
    problems.push(
      `the subject sha256 ${digest} is not the file's ${expected.sha256.toLowerCase()}`,
    );
  }
  return problems;
}

/** An in-toto statement of the publish predicate about this very file. */
function statementProblems(statement: Record<string, unknown>, expected: AttestedFile): string[] {
  const problems: string[] = [];
  if (statement._type !== STATEMENT_TYPE) {
    problems.push(
      `the statement _type is ${JSON.stringify(statement._type)}, not ${STATEMENT_TYPE}`,
    );
  }
  problems.push(
    ...subjectProblems(Array.isArray(statement.subject) ? statement.subject : [], expected),
  );
  if (statement.predicateType !== PUBLISH_PREDICATE_TYPE) {
    problems.push(
      `predicateType is ${JSON.stringify(statement.predicateType)}, not ${PUBLISH_PREDICATE_TYPE}`,
    );
  }
  const predicate = statement.predicate;
  if (!(
    predicate === null ||
    predicate === undefined ||
    (isRecord(predicate) && Object.keys(predicate).length === 0)
  )) {
    problems.push('the publish predicate must be null or {}');
  }
  return problems;
}

/** A signature by the certificate's key over the statement, with the in-toto payload type. */
function signatureProblems(
  envelope: Record<string, unknown>,
  statementBytes: Buffer,
  certificate: X509Certificate | undefined,
): string[] {
  const signature =
    typeof envelope.signature === 'string' ? Buffer.from(envelope.signature, 'base64') : undefined;
  if (!signature || signature.length === 0) return ['envelope.signature is missing'];
  if (!certificate) return [];
  // PyPI rebuilds the envelope with the in-toto payload type: a signature made over any other
  // type is checked here the way it will be there.
  const signed = verify(
    'sha256',
    preAuthEncoding(INTOTO_PAYLOAD_TYPE, statementBytes),
    certificate.publicKey,
    signature,
  );
  return signed
    ? []
    : [
        `the signature does not verify over the statement with payload type ${INTOTO_PAYLOAD_TYPE} (signed with another payload type, or another key)`,
      ];
}

/** The log entry's dsse 0.0.1 body describes this very statement, signature and certificate. */
function logBodyProblems(
  first: Record<string, unknown> | undefined,
  envelope: Record<string, unknown>,
  statementBytes: Buffer,
  certificate: X509Certificate | undefined,
): string[] {
  const body = decodeJson(first?.canonicalizedBody) as DsseBody | undefined;
  if (first && body === undefined) return ['canonicalizedBody is not base64 of a JSON log entry'];
  if (!first || !body || body.kind !== 'dsse' || body.apiVersion !== '0.0.1') return [];
  const problems: string[] = [];
  const payloadHash = createHash('sha256').update(statementBytes).digest('hex');
  if (
    body.spec?.payloadHash?.algorithm !== 'sha256' ||
    body.spec.payloadHash.value !== payloadHash
  ) {
    problems.push('the log entry records another payload hash than the statement');
  }
  const signatures = body.spec?.signatures ?? [];
  const recorded = signatures[0];
  if (signatures.length !== 1 || !recorded || recorded.signature !== envelope.signature) {
    problems.push('the log entry records another signature than the envelope');
  } else if (
    certificate &&
    (typeof recorded.verifier !== 'string' ||
      !pemToDer(Buffer.from(recorded.verifier, 'base64').toString('utf8')).equals(certificate.raw))
  ) {
    problems.push('the log entry records another certificate than the attestation');
  }
  return problems;
}

/**
 * Every problem PyPI would find with this attestation for the file `filename` with `sha256`,
 * short of the certificate chain, SCT, log signatures and identity (which need a trust root).
 * Empty when it is fit to upload.
 */
export function attestationProblems(value: unknown, expected: AttestedFile): string[] {
  if (!isRecord(value)) return ['the attestation is not a JSON object'];
  const problems: string[] = [];
  if (value.version !== 1)
    problems.push(`version must be the integer 1, not ${JSON.stringify(value.version)}`);
  const material = value.verification_material as Record<string, unknown> | undefined;
  const envelope = value.envelope as Record<string, unknown> | undefined;
  if (!isRecord(material)) return [...problems, 'verification_material is missing'];
  if (!isRecord(envelope)) return [...problems, 'envelope is missing'];

  const certificate = certificateFrom(material.certificate);
  problems.push(...materialProblems(material, certificate));
  const signed = signedStatement(envelope);
  if (!signed) return [...problems, 'envelope.statement is not base64 of a JSON statement'];
  const entries = material.transparency_entries;
  const first = Array.isArray(entries)
    ? (entries[0] as Record<string, unknown> | undefined)
    : undefined;
  return [
    ...problems,
    ...statementProblems(signed.statement, expected),
    ...signatureProblems(envelope, signed.bytes, certificate),
    ...logBodyProblems(first, envelope, signed.bytes, certificate),
  ];
}
