// Local Fulcio and Rekor on 127.0.0.1 that answer the way the real services do where sigstore-js
// and PyPI's verifier look, so the action (also as a subprocess) signs for real against them:
//
// - Fulcio `POST /api/v2/signingCert`: refuses a token whose audience is not `sigstore` and a
//   proof of possession that does not verify; issues a leaf (SAN = the job workflow's URL, the
//   GitHub OID extensions from the token's claims, an embedded SCT) chained to its own root.
//   The certificate authority and CT log are @sigstore/mock's.
// - Rekor `POST /api/v1/log/entries` (v1, `dsse` 0.0.1): checks the DSSE signature against the
//   certificate, stores the canonical body real Rekor stores (payload and envelope hashes, the
//   re-encoded PEM), appends it to an RFC 6962 Merkle tree that already holds other entries, and
//   answers 201 with `verification.inclusionProof` (with a signed checkpoint) and a
//   `signedEntryTimestamp`.
//
// `trustedRoot()` is the Sigstore trusted root of these stand-ins, for offline verification.
import { fulcioHandler, initializeCA, initializeCTLog } from '@sigstore/mock';
import {
  createHash,
  generateKeyPairSync,
  randomBytes,
  sign,
  verify,
  X509Certificate,
  type KeyObject,
} from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RekorEntryRecord {
  uuid: string;
  logIndex: number;
  kind: string;
  body: Record<string, unknown>;
}

export interface SigstoreServers {
  fulcioUrl: string;
  rekorUrl: string;
  /** Requests to each service, in order: `POST /api/v2/signingCert 201`. */
  requests: string[];
  /** Entries appended by signers (not the seed entries the log starts with). */
  entries: RekorEntryRecord[];
  /** The audiences of the OIDC tokens Fulcio was shown. */
  tokenAudiences: unknown[];
  trustedRoot(): Record<string, unknown>;
  close(): Promise<void>;
}

const bytes = (view: ArrayBufferView): Buffer =>
  Buffer.from(view.buffer, view.byteOffset, view.byteLength);

function ecKeyPair(): { publicKey: KeyObject; privateKey: KeyObject } {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' });
}

/** RFC 8785 (JCS) for the plain objects Rekor canonicalizes: sorted keys, JSON scalars. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const sha256 = (...parts: Buffer[]): Buffer => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};
const leafHash = (data: Buffer): Buffer => sha256(Buffer.from([0]), data);
const nodeHash = (left: Buffer, right: Buffer): Buffer => sha256(Buffer.from([1]), left, right);

/** The largest power of two smaller than n (n ≥ 2), RFC 6962 §2.1. */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function merkleRoot(leaves: Buffer[]): Buffer {
  if (leaves.length === 1) return leaves[0]!;
  const k = split(leaves.length);
  return nodeHash(merkleRoot(leaves.slice(0, k)), merkleRoot(leaves.slice(k)));
}

/** The audit path of leaf m, RFC 6962 §2.1.1, leaf-to-root order. */
function auditPath(m: number, leaves: Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  const k = split(leaves.length);
  return m < k
    ? [...auditPath(m, leaves.slice(0, k)), merkleRoot(leaves.slice(k))]
    : [...auditPath(m - k, leaves.slice(k)), merkleRoot(leaves.slice(0, k))];
}

function pae(type: string, payload: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${payload.length} `),
    payload,
  ]);
}

function jwtClaims(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none' })}.${part(claims)}.`;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function listen(
  handler: (request: IncomingMessage, response: ServerResponse) => Promise<void>,
  log: string[],
  name: string,
) {
  const server = createServer((request, response) => {
    response.on('finish', () =>
      log.push(`${name} ${request.method} ${request.url} ${response.statusCode}`),
    );
    handler(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ code: status, message: (error as Error).message }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export async function startSigstoreServers(
  options: { seedEntries?: number } = {},
): Promise<SigstoreServers> {
  const started = new Date(Date.now() - 60 * 60 * 1000);
  const caKeys = ecKeyPair();
  const ctKeys = ecKeyPair();
  const rekorKeys = ecKeyPair();
  const ctlog = await initializeCTLog(ctKeys);
  const ca = await initializeCA(caKeys, ctlog);
  // The SAN real Fulcio gives a GitHub token: the job workflow's URL (from a claim added below).
  const issue = fulcioHandler(ca, { strict: true, subjectClaim: 'pyrelease_san' });
  const requests: string[] = [];
  const entries: RekorEntryRecord[] = [];
  const tokenAudiences: unknown[] = [];

  const fulcio = await listen(
    async (request, response) => {
      if (request.method !== 'POST' || request.url !== '/api/v2/signingCert') {
        throw new HttpError(404, 'Not Found');
      }
      const body = JSON.parse(await readBody(request)) as {
        credentials?: { oidcIdentityToken?: string };
        publicKeyRequest?: { publicKey?: { content?: string }; proofOfPossession?: string };
      };
      const token = body.credentials?.oidcIdentityToken ?? '';
      let claims: Record<string, unknown>;
      try {
        claims = jwtClaims(token);
      } catch {
        throw new HttpError(401, 'There was an error processing the identity token');
      }
      tokenAudiences.push(claims.aud);
      const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
      if (!audiences.includes('sigstore')) {
        throw new HttpError(401, 'There was an error processing the identity token');
      }
      // Proof of possession: the token's subject signed with the key to certify.
      const subject = String(claims.email_verified ? claims.email : claims.sub);
      const key = body.publicKeyRequest?.publicKey?.content ?? '';
      const proof = Buffer.from(body.publicKeyRequest?.proofOfPossession ?? '', 'base64');
      let possessed = false;
      try {
        possessed = verify('sha256', Buffer.from(subject), key, proof);
      } catch {
        possessed = false;
      }
      if (!possessed) {
        throw new HttpError(400, 'The signature supplied in the request could not be verified');
      }
      const san = claims.job_workflow_ref
        ? `https://github.com/${String(claims.job_workflow_ref)}`
        : subject;
      const result = await issue.fn(
        JSON.stringify({
          ...body,
          credentials: { oidcIdentityToken: jwt({ ...claims, pyrelease_san: san }) },
        }),
      );
      response.writeHead(result.statusCode, { 'Content-Type': 'application/json' });
      response.end(result.response);
    },
    requests,
    'fulcio',
  );

  // Rekor: one shard, a tree that starts with a few unrelated entries so that every field of
  // a proof is present (non-zero index, non-empty audit path).
  const rekorSpki = rekorKeys.publicKey.export({ format: 'der', type: 'spki' });
  const logId = sha256(rekorSpki);
  const treeId = BigInt(`0x${randomBytes(7).toString('hex')}`).toString();
  const leaves: Buffer[] = [];
  for (let i = 0; i < (options.seedEntries ?? 3); i++) leaves.push(leafHash(randomBytes(64)));
  let rekorHost = '';

  const checkpoint = (size: number, root: Buffer): string => {
    const note = `${rekorHost} - ${treeId}\n${size}\n${root.toString('base64')}\n`;
    const signature = sign('sha256', Buffer.from(note), rekorKeys.privateKey);
    const hint = Buffer.concat([logId.subarray(0, 4), signature]).toString('base64');
    return `${note}\n\u2014 ${rekorHost} ${hint}\n`;
  };

  const rekor = await listen(
    async (request, response) => {
      if (request.method !== 'POST' || request.url !== '/api/v1/log/entries') {
        throw new HttpError(404, 'Not Found');
      }
      const proposed = JSON.parse(await readBody(request)) as {
        apiVersion?: string;
        kind?: string;
        spec?: { proposedContent?: { envelope?: string; verifiers?: string[] } };
      };
      if (proposed.kind !== 'dsse' || proposed.apiVersion !== '0.0.1') {
        throw new HttpError(400, `this stand-in logs dsse 0.0.1 only, not ${proposed.kind}`);
      }
      const envelopeText = proposed.spec?.proposedContent?.envelope ?? '';
      const envelope = JSON.parse(envelopeText) as {
        payload: string;
        payloadType: string;
        signatures: { sig: string }[];
      };
      const certificates = (proposed.spec?.proposedContent?.verifiers ?? []).map(
        (verifier) => new X509Certificate(Buffer.from(verifier, 'base64').toString('utf8')),
      );
      const payload = Buffer.from(envelope.payload, 'base64');
      const signatures = envelope.signatures.map((signature) => {
        const bytes = Buffer.from(signature.sig, 'base64');
        const by = certificates.find((certificate) =>
          verify('sha256', pae(envelope.payloadType, payload), certificate.publicKey, bytes),
        );
        if (!by) throw new HttpError(400, 'the DSSE signature does not verify with any verifier');
        return {
          signature: signature.sig,
          verifier: Buffer.from(by.toString()).toString('base64'),
        };
      });
      signatures.sort((a, b) => a.signature.localeCompare(b.signature));
      const entry = {
        apiVersion: '0.0.1',
        kind: 'dsse',
        spec: {
          envelopeHash: {
            algorithm: 'sha256',
            value: sha256(Buffer.from(envelopeText)).toString('hex'),
          },
          payloadHash: { algorithm: 'sha256', value: sha256(payload).toString('hex') },
          signatures,
        },
      };
      const body = Buffer.from(canonicalJson(entry));
      const leaf = leafHash(body);
      leaves.push(leaf);
      const logIndex = leaves.length - 1;
      const integratedTime = Math.floor(Date.now() / 1000);
      const root = merkleRoot(leaves);
      const set = sign(
        'sha256',
        Buffer.from(
          canonicalJson({
            body: body.toString('base64'),
            integratedTime,
            logID: logId.toString('hex'),
            logIndex,
          }),
        ),
        rekorKeys.privateKey,
      );
      const uuid = leaf.toString('hex');
      entries.push({ uuid, logIndex, kind: entry.kind, body: entry });
      response.writeHead(201, {
        'Content-Type': 'application/json',
        Location: `/api/v1/log/entries/${uuid}`,
      });
      response.end(
        JSON.stringify({
          [uuid]: {
            body: body.toString('base64'),
            integratedTime,
            logID: logId.toString('hex'),
            logIndex,
            verification: {
              inclusionProof: {
                logIndex,
                treeSize: leaves.length,
                rootHash: root.toString('hex'),
                hashes: auditPath(logIndex, leaves).map((hash) => hash.toString('hex')),
                checkpoint: checkpoint(leaves.length, root),
              },
              signedEntryTimestamp: set.toString('base64'),
            },
          },
        }),
      );
    },
    requests,
    'rekor',
  );
  rekorHost = new URL(rekor.url).host;

  const der = (key: KeyObject) => key.export({ format: 'der', type: 'spki' }).toString('base64');
  const validFor = { start: started.toISOString() };
  return {
    fulcioUrl: fulcio.url,
    rekorUrl: rekor.url,
    requests,
    entries,
    tokenAudiences,
    trustedRoot: () => ({
      mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
      tlogs: [
        {
          baseUrl: rekor.url,
          hashAlgorithm: 'SHA2_256',
          publicKey: {
            rawBytes: der(rekorKeys.publicKey),
            keyDetails: 'PKIX_ECDSA_P256_SHA_256',
            validFor,
          },
          logId: { keyId: logId.toString('base64') },
        },
      ],
      certificateAuthorities: [
        {
          subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
          uri: fulcio.url,
          certChain: { certificates: [{ rawBytes: bytes(ca.rootCertificate).toString('base64') }] },
          validFor,
        },
      ],
      ctlogs: [
        {
          baseUrl: 'https://ctfe.invalid',
          hashAlgorithm: 'SHA2_256',
          publicKey: {
            rawBytes: der(ctKeys.publicKey),
            keyDetails: 'PKIX_ECDSA_P256_SHA_256',
            validFor,
          },
          logId: { keyId: bytes(ctlog.logID).toString('base64') },
        },
      ],
      timestampAuthorities: [],
    }),
    close: async () => {
      await Promise.all([fulcio.close(), rekor.close()]);
    },
  };
}
