// PEP 740 attestations signed for real: sigstore-js against local Fulcio and Rekor stand-ins,
// a GitHub-shaped OIDC token with audience `sigstore`, and the result verified offline with
// @sigstore/verify against the stand-ins' trusted root, then held to the format PyPI checks.
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attestationFromBundle,
  attestationProblems,
  bundleFromAttestation,
  INTOTO_PAYLOAD_TYPE,
  type BundleJson,
  PUBLISH_PREDICATE_TYPE,
  type Attestation,
} from '../../src/provenance/pep740-format.js';
import { makePublishAttestations, sigstoreEndpoints } from '../../src/provenance/sign.js';
import { bundleToJSON } from '@sigstore/bundle';
import { DSSEBundleBuilder, FulcioSigner, RekorWitness } from '@sigstore/sign';
import { attestor } from '../../src/provenance/pep740-attestor.js';
import { startOidcServer, type OidcServer } from '../../servers/oidc.js';
import { startSigstoreServers, type SigstoreServers } from '../../servers/sigstore.js';

const CLAIMS = {
  sub: 'repo:octo/hello-pyrelease:environment:pypi',
  repository: 'octo/hello-pyrelease',
  repository_owner: 'octo',
  workflow_ref: 'octo/hello-pyrelease/.github/workflows/release.yml@refs/tags/v0.1.15',
  job_workflow_ref: 'octo/hello-pyrelease/.github/workflows/release.yml@refs/tags/v0.1.15',
  sha: '0123456789abcdef0123456789abcdef01234567',
  ref: 'refs/tags/v0.1.15',
  environment: 'pypi',
  event_name: 'push',
};

let sigstore: SigstoreServers;
let oidc: OidcServer;
beforeAll(async () => {
  [sigstore, oidc] = await Promise.all([
    startSigstoreServers(),
    startOidcServer({ claims: CLAIMS }),
  ]);
});
afterAll(async () => {
  await Promise.all([sigstore?.close(), oidc?.close()]);
});

/** What @actions/core's getIDToken does, against the local issuer. */
async function idToken(audience: string): Promise<string> {
  const response = await fetch(`${oidc.url}&audience=${encodeURIComponent(audience)}`, {
    headers: { Authorization: `Bearer ${oidc.requestToken}` },
  });
  return ((await response.json()) as { value: string }).value;
}

async function distFiles() {
  const dir = await mkdtemp(path.join(tmpdir(), 'pyrelease-attest-'));
  const files = [];
  for (const [filename, content] of [
    ['hello_pyrelease-0.1.15.tar.gz', 'sdist bytes'],
    ['hello_pyrelease-0.1.15-py3-none-any.whl', 'wheel bytes'],
  ] as const) {
    const file = path.join(dir, filename);
    await writeFile(file, content);
    files.push({
      filename,
      path: file,
      sha256: createHash('sha256').update(content).digest('hex'),
    });
  }
  return { dir, files };
}

function verifier(): Verifier {
  const root = TrustedRoot.fromJSON(sigstore.trustedRoot());
  return new Verifier(toTrustMaterial(root), {
    tlogThreshold: 1,
    ctlogThreshold: 1,
    timestampThreshold: 1,
  });
}

/** A UTF8String extension value of the certificate, as PyPI's policy reads it. */
function extension(certificate: X509Certificate, oid: string): string | undefined {
  // Node exposes no extension parser; the OIDs' values are short DER UTF8Strings after the OID.
  const der = certificate.raw;
  const encoded = oidBytes(oid);
  const at = der.indexOf(encoded);
  if (at < 0) return undefined;
  const octets = der.subarray(at + encoded.length);
  // OCTET STRING (0x04 len) wrapping a UTF8String (0x0c len value)
  const inner = octets.subarray(2);
  return inner[0] === 0x0c ? inner.subarray(2, 2 + inner[1]!).toString('utf8') : undefined;
}

function oidBytes(oid: string): Buffer {
  const parts = oid.split('.').map(Number);
  const body: number[] = [parts[0]! * 40 + parts[1]!];
  for (const part of parts.slice(2)) {
    const chunk: number[] = [];
    let value = part;
    do {
      chunk.unshift(value & 0x7f);
      value >>= 7;
    } while (value > 0);
    for (let i = 0; i < chunk.length - 1; i++) chunk[i]! |= 0x80;
    body.push(...chunk);
  }
  return Buffer.from([0x06, body.length, ...body]);
}

describe('publish attestations signed with sigstore-js against local Fulcio and Rekor', () => {
  it('writes one attestation per file that verifies offline and has the shape PyPI checks', async () => {
    const { files } = await distFiles();
    const made = await makePublishAttestations(files, {
      endpoints: { fulcioUrl: sigstore.fulcioUrl, rekorUrl: sigstore.rekorUrl },
      identityToken: () => idToken('sigstore'),
    });
    expect(made.map((entry) => entry.reused)).toEqual([false, false]);
    expect(made.map((entry) => path.basename(entry.path))).toEqual([
      'hello_pyrelease-0.1.15.tar.gz.publish.attestation',
      'hello_pyrelease-0.1.15-py3-none-any.whl.publish.attestation',
    ]);
    // Fulcio saw tokens for sigstore only; Rekor logged one dsse entry per file.
    expect(sigstore.tokenAudiences.every((aud) => aud === 'sigstore')).toBe(true);
    expect(sigstore.entries.map((entry) => entry.kind)).toEqual(['dsse', 'dsse']);

    for (const [i, file] of files.entries()) {
      const attestation = JSON.parse(await readFile(made[i]!.path, 'utf8')) as Attestation;
      expect(attestationProblems(attestation, file)).toEqual([]);
      expect(Object.keys(attestation).sort()).toEqual([
        'envelope',
        'verification_material',
        'version',
      ]);
      expect(attestation.version).toBe(1);

      // The exact statement: one subject, the bare filename, its sha256, a null predicate.
      const statement = Buffer.from(attestation.envelope.statement, 'base64').toString('utf8');
      expect(statement).toBe(
        `{"_type":"https://in-toto.io/Statement/v1","subject":[{"name":"${file.filename}","digest":{"sha256":"${file.sha256}"}}],"predicateType":"${PUBLISH_PREDICATE_TYPE}","predicate":null}`,
      );

      // The entry as protobuf-JSON: camelCase, int64 as strings, a proof with checkpoint and a SET.
      const [entry, ...more] = attestation.verification_material.transparency_entries;
      expect(more).toEqual([]);
      expect(entry!.kindVersion).toEqual({ kind: 'dsse', version: '0.0.1' });
      expect(Object.keys(entry!).sort()).toEqual([
        'canonicalizedBody',
        'inclusionPromise',
        'inclusionProof',
        'integratedTime',
        'kindVersion',
        'logId',
        'logIndex',
      ]);
      expect(entry!.logIndex).toMatch(/^[1-9]\d*$/);
      expect(entry!.integratedTime).toMatch(/^\d+$/);
      expect(entry!.inclusionProof!.treeSize).toMatch(/^\d+$/);
      expect(entry!.inclusionProof!.hashes.length).toBeGreaterThan(0);
      expect(entry!.inclusionProof!.checkpoint.envelope).toContain('\n\n\u2014 127.0.0.1:');
      expect(entry!.inclusionPromise!.signedEntryTimestamp).not.toBe('');

      // The leaf is the job's identity, with the claims PyPI's policy matches.
      const leaf = new X509Certificate(
        Buffer.from(attestation.verification_material.certificate, 'base64'),
      );
      expect(leaf.subjectAltName).toBe(`URI:https://github.com/${CLAIMS.job_workflow_ref}`);
      expect(extension(leaf, '1.3.6.1.4.1.57264.1.8')).toBe(
        'https://token.actions.githubusercontent.com',
      );
      expect(extension(leaf, '1.3.6.1.4.1.57264.1.12')).toBe(
        'https://github.com/octo/hello-pyrelease',
      );
      expect(extension(leaf, '1.3.6.1.4.1.57264.1.18')).toBe(
        `https://github.com/${CLAIMS.workflow_ref}`,
      );

      // Offline: chain to the stand-in CA, SCT, Rekor SET and inclusion proof, DSSE signature
      // over the in-toto payload type (rebuilt as PyPI does), and the identity.
      const signer = verifier().verify(
        toSignedEntity(bundleFromJSON(bundleFromAttestation(attestation))),
        {
          subjectAlternativeName: `https://github.com/${CLAIMS.job_workflow_ref}`,
          extensions: { issuer: 'https://token.actions.githubusercontent.com' },
        },
      );
      expect(signer.identity?.subjectAlternativeName).toBe(
        `https://github.com/${CLAIMS.job_workflow_ref}`,
      );
    }
  });

  it('refuses what a changed file or another identity would be', async () => {
    const { files } = await distFiles();
    const [made] = await makePublishAttestations(files.slice(0, 1), {
      endpoints: { fulcioUrl: sigstore.fulcioUrl, rekorUrl: sigstore.rekorUrl },
      identityToken: () => idToken('sigstore'),
    });
    const attestation = JSON.parse(await readFile(made!.path, 'utf8')) as Attestation;
    expect(attestationProblems(attestation, { ...files[0]!, sha256: 'ab'.repeat(32) })).toEqual([
      expect.stringContaining("is not the file's"),
    ]);
    const verifies = (changed: Attestation) => () =>
      verifier().verify(toSignedEntity(bundleFromJSON(bundleFromAttestation(changed))));
    expect(verifies(attestation)).not.toThrow();
    // The verifier really checks the log's proof: a changed audit path or checkpoint fails.
    const copy = () => JSON.parse(JSON.stringify(attestation)) as Attestation;
    const badPath = copy();
    const proof = badPath.verification_material.transparency_entries[0]!.inclusionProof!;
    proof.hashes[0] = Buffer.alloc(32, 1).toString('base64');
    expect(verifies(badPath)).toThrow();
    const badCheckpoint = copy();
    const checkpoint =
      badCheckpoint.verification_material.transparency_entries[0]!.inclusionProof!.checkpoint;
    checkpoint.envelope = checkpoint.envelope.replace(/\n\d+\n/, '\n999\n');
    expect(verifies(badCheckpoint)).toThrow();
    expect(() =>
      verifier().verify(toSignedEntity(bundleFromJSON(bundleFromAttestation(attestation))), {
        subjectAlternativeName:
          'https://github.com/octo/other/.github/workflows/release.yml@refs/tags/v0.1.15',
      }),
    ).toThrow();
  });

  it('makes each attestation once and reuses it for a second index and a re-run', async () => {
    const { files } = await distFiles();
    const before = sigstore.entries.length;
    const previous = process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const audiences: string[] = [];
    const attest = attestor(
      async (audience) => {
        audiences.push(audience);
        return idToken(audience);
      },
      {
        PYRELEASE_SIGSTORE_FULCIO_URL: sigstore.fulcioUrl,
        PYRELEASE_SIGSTORE_REKOR_URL: sigstore.rekorUrl,
      },
    );
    try {
      const first = await attest(files);
      const second = await attest(files);
      expect(second).toEqual(first);
      expect(sigstore.entries.length - before).toBe(2);
      // One token for the batch, with the audience Fulcio requires.
      expect(audiences).toEqual(['sigstore']);
      const signed = await Promise.all(first.map((file) => readFile(file, 'utf8')));

      // A re-run (a new attestor) finds the files, checks them against the bytes and reuses them.
      const rerun = await makePublishAttestations(files, {
        endpoints: { fulcioUrl: sigstore.fulcioUrl, rekorUrl: sigstore.rekorUrl },
        identityToken: () => idToken('sigstore'),
      });
      expect(rerun.map((entry) => entry.reused)).toEqual([true, true]);
      expect(sigstore.entries.length - before).toBe(2);
      expect(await Promise.all(first.map((file) => readFile(file, 'utf8')))).toEqual(signed);

      // Other bytes under the same name: the stale attestation is replaced, not reused.
      await writeFile(files[0]!.path, 'rebuilt sdist bytes');
      const rebuilt = {
        ...files[0]!,
        sha256: createHash('sha256').update('rebuilt sdist bytes').digest('hex'),
      };
      const [replaced] = await makePublishAttestations([rebuilt], {
        endpoints: { fulcioUrl: sigstore.fulcioUrl, rekorUrl: sigstore.rekorUrl },
        identityToken: () => idToken('sigstore'),
      });
      expect(replaced!.reused).toBe(false);
      const fresh = JSON.parse(await readFile(replaced!.path, 'utf8')) as Attestation;
      expect(attestationProblems(fresh, rebuilt)).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
      else process.env.ACTIONS_ID_TOKEN_REQUEST_URL = previous;
    }
  });

  it('stops with a clear error when Fulcio refuses the token', async () => {
    const { files } = await distFiles();
    await expect(
      makePublishAttestations(files.slice(0, 1), {
        endpoints: { fulcioUrl: sigstore.fulcioUrl, rekorUrl: sigstore.rekorUrl },
        // A token for the index, not for Sigstore: real Fulcio refuses it.
        identityToken: () => idToken('pypi'),
        timeoutMs: 5_000,
      }),
    ).rejects.toThrow(/Signing the attestation of hello_pyrelease-0\.1\.15\.tar\.gz with Sigstore/);
  });

  it('points at public-good Sigstore unless told otherwise', () => {
    expect(sigstoreEndpoints({})).toEqual({
      fulcioUrl: 'https://fulcio.sigstore.dev',
      rekorUrl: 'https://rekor.sigstore.dev',
    });
  });
});

/** Signs any bytes with any payload type through sigstore-js, bypassing pyrelease's own rules. */
async function signRaw(statement: Buffer, payloadType: string): Promise<BundleJson> {
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({
      fulcioBaseURL: sigstore.fulcioUrl,
      identityProvider: { getToken: () => idToken('sigstore') },
    }),
    witnesses: [new RekorWitness({ rekorBaseURL: sigstore.rekorUrl, entryType: 'dsse' })],
  });
  return bundleToJSON(await builder.create({ data: statement, type: payloadType })) as BundleJson;
}

/** The attestation a careless converter would make: the bundle's parts, payload type dropped. */
function convertCarelessly(bundle: BundleJson): Attestation {
  return {
    version: 1,
    verification_material: {
      certificate: bundle.verificationMaterial!.certificate!.rawBytes!,
      transparency_entries: bundle.verificationMaterial!
        .tlogEntries as Attestation['verification_material']['transparency_entries'],
    },
    envelope: {
      statement: bundle.dsseEnvelope!.payload!,
      signature: bundle.dsseEnvelope!.signatures![0]!.sig!,
    },
  };
}

const WHEEL = 'hello_pyrelease-0.1.15-py3-none-any.whl';
const SHA = createHash('sha256').update('wheel bytes').digest('hex');
const statementOf = (subject: unknown) =>
  Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject,
      predicateType: PUBLISH_PREDICATE_TYPE,
      predicate: null,
    }),
  );

describe('the format check catches what PyPI would refuse, on attestations really signed', () => {
  it('the payload type trap: signed as application/json', async () => {
    const bundle = await signRaw(
      statementOf([{ name: WHEEL, digest: { sha256: SHA } }]),
      'application/json',
    );
    expect(() => attestationFromBundle(bundle)).toThrow(
      `the DSSE payload type is "application/json"; PyPI verifies only ${INTOTO_PAYLOAD_TYPE}`,
    );
    // Converted without that guard, the attestation cannot verify as PyPI rebuilds it.
    const careless = convertCarelessly(bundle);
    expect(attestationProblems(careless, { filename: WHEEL, sha256: SHA })).toEqual([
      expect.stringContaining(
        `does not verify over the statement with payload type ${INTOTO_PAYLOAD_TYPE}`,
      ),
    ]);
    expect(() =>
      verifier().verify(toSignedEntity(bundleFromJSON(bundleFromAttestation(careless)))),
    ).toThrow();
  });

  it('a subject named with its directory', async () => {
    const bundle = await signRaw(
      statementOf([{ name: `dist/${WHEEL}`, digest: { sha256: SHA } }]),
      INTOTO_PAYLOAD_TYPE,
    );
    const attestation = attestationFromBundle(bundle);
    // Cryptographically sound, and still refused: PyPI matches the bare filename.
    expect(() =>
      verifier().verify(toSignedEntity(bundleFromJSON(bundleFromAttestation(attestation)))),
    ).not.toThrow();
    expect(attestationProblems(attestation, { filename: WHEEL, sha256: SHA })).toEqual([
      `the subject name "dist/${WHEEL}" has a directory; PyPI matches the bare filename ${WHEEL}`,
    ]);
  });

  it('a subject that is no object, or whose digest is null', async () => {
    for (const [subject, problem] of [
      [[null], 'the subject must be an object with a name and a sha256 digest'],
      [['x'], 'the subject must be an object with a name and a sha256 digest'],
      [[{ name: WHEEL, digest: null }], 'the subject digest must hold sha256 as lowercase hex'],
    ] as const) {
      const attestation = attestationFromBundle(
        await signRaw(statementOf(subject), INTOTO_PAYLOAD_TYPE),
      );
      expect(attestationProblems(attestation, { filename: WHEEL, sha256: SHA })).toEqual([problem]);
    }
  });

  it('two subjects, an upper-case digest, another predicate', async () => {
    const two = attestationFromBundle(
      await signRaw(
        statementOf([
          { name: WHEEL, digest: { sha256: SHA } },
          { name: 'hello_pyrelease-0.1.15.tar.gz', digest: { sha256: SHA } },
        ]),
        INTOTO_PAYLOAD_TYPE,
      ),
    );
    expect(attestationProblems(two, { filename: WHEEL, sha256: SHA })).toEqual([
      'the statement must have exactly one subject, not 2',
    ]);
    const upper = attestationFromBundle(
      await signRaw(
        statementOf([{ name: WHEEL, digest: { sha256: SHA.toUpperCase() } }]),
        INTOTO_PAYLOAD_TYPE,
      ),
    );
    expect(attestationProblems(upper, { filename: WHEEL, sha256: SHA })).toEqual([
      'the subject digest must hold sha256 as lowercase hex',
    ]);
    const slsa = attestationFromBundle(
      await signRaw(
        Buffer.from(
          JSON.stringify({
            _type: 'https://in-toto.io/Statement/v1',
            subject: [{ name: WHEEL, digest: { sha256: SHA } }],
            predicateType: 'https://slsa.dev/provenance/v1',
            predicate: { buildDefinition: {} },
          }),
        ),
        INTOTO_PAYLOAD_TYPE,
      ),
    );
    expect(attestationProblems(slsa, { filename: WHEEL, sha256: SHA })).toEqual([
      `predicateType is "https://slsa.dev/provenance/v1", not ${PUBLISH_PREDICATE_TYPE}`,
      'the publish predicate must be null or {}',
    ]);
  });

  it('an intoto entry, numbers for int64, no checkpoint, no SET, another log body', async () => {
    const good = attestationFromBundle(
      await signRaw(statementOf([{ name: WHEEL, digest: { sha256: SHA } }]), INTOTO_PAYLOAD_TYPE),
    );
    expect(attestationProblems(good, { filename: WHEEL, sha256: SHA })).toEqual([]);
    const changed = (change: (entry: Record<string, unknown>) => void) => {
      const copy = JSON.parse(JSON.stringify(good)) as Attestation;
      change(
        copy.verification_material.transparency_entries[0] as unknown as Record<string, unknown>,
      );
      return attestationProblems(copy, { filename: WHEEL, sha256: SHA });
    };
    expect(changed((entry) => (entry.kindVersion = { kind: 'intoto', version: '0.0.2' }))).toEqual([
      'the log entry is intoto 0.0.2; PyPI needs a Rekor v1 dsse 0.0.1 entry (intoto entries are refused)',
    ]);
    expect(changed((entry) => (entry.logIndex = Number(entry.logIndex)))).toEqual([
      expect.stringMatching(/^logIndex must be an int64 written as a JSON string/),
    ]);
    expect(
      changed((entry) => delete (entry.inclusionProof as Record<string, unknown>).checkpoint),
    ).toEqual(['inclusionProof.checkpoint is missing; PyPI requires it']);
    expect(changed((entry) => delete entry.inclusionPromise)).toEqual([
      'inclusionPromise.signedEntryTimestamp is missing; PyPI takes the signing time from it',
    ]);
    const other = attestationFromBundle(
      await signRaw(statementOf([{ name: WHEEL, digest: { sha256: SHA } }]), INTOTO_PAYLOAD_TYPE),
    );
    expect(
      changed((entry) => {
        entry.canonicalizedBody =
          other.verification_material.transparency_entries[0]!.canonicalizedBody;
      }),
    ).toEqual([
      // Same statement, so the same payload hash; another signing.
      'the log entry records another signature than the envelope',
    ]);
  });
});
