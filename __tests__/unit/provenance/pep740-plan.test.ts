// The pure parts of PEP 740 attestations: the statement bytes, the bundle conversion, which
// uploads carry attestations, and the command lines of twine and uv publish.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readInputs } from '../../../src/run/inputs.js';
import {
  attestationFromBundle,
  bundleFromAttestation,
  preAuthEncoding,
  publishStatement,
  type BundleJson,
} from '../../../src/provenance/pep740-format.js';
import {
  decideAttestations,
  parseTwineVersion,
  twineSupportsAttestations,
  type AttestationFacts,
} from '../../../src/provenance/pep740-plan.js';
import { twineUploadArgs } from '../../../src/tools/twine.js';
import { uvPublishArgs } from '../../../src/publish/uv-publish.js';

const SHA = 'a'.repeat(64);
const WHEEL = 'hello_pyrelease-0.1.15-py3-none-any.whl';

describe('the publish statement', () => {
  it('is exactly what pypi-attestations signs: one subject, bare name, sha256, null predicate', () => {
    expect(publishStatement(WHEEL, SHA.toUpperCase()).toString('utf8')).toBe(
      `{"_type":"https://in-toto.io/Statement/v1","subject":[{"name":"${WHEEL}","digest":{"sha256":"${SHA}"}}],"predicateType":"https://docs.pypi.org/attestations/publish/v1","predicate":null}`,
    );
  });

  it('refuses a name with a directory', () => {
    expect(() => publishStatement(`dist/${WHEEL}`, SHA)).toThrow('bare filename');
    expect(() => publishStatement(`dist\\${WHEEL}`, SHA)).toThrow('bare filename');
  });

  it('is signed through the DSSE v1 pre-authentication encoding', () => {
    expect(preAuthEncoding('application/vnd.in-toto+json', Buffer.from('{}')).toString()).toBe(
      'DSSEv1 28 application/vnd.in-toto+json 2 {}',
    );
  });
});

describe('Sigstore bundle → PEP 740 attestation', () => {
  const entry = { logIndex: '7', kindVersion: { kind: 'dsse', version: '0.0.1' } };
  const bundle: BundleJson = {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { certificate: { rawBytes: 'Q0VSVA==' }, tlogEntries: [entry] },
    dsseEnvelope: {
      payload: 'U1RBVEVNRU5U',
      payloadType: 'application/vnd.in-toto+json',
      signatures: [{ sig: 'U0lH' }],
    },
  };

  it('maps the fields as the fact sheet’s table does, and back', () => {
    const attestation = attestationFromBundle(bundle);
    expect(attestation).toEqual({
      version: 1,
      verification_material: { certificate: 'Q0VSVA==', transparency_entries: [entry] },
      envelope: { statement: 'U1RBVEVNRU5U', signature: 'U0lH' },
    });
    expect(bundleFromAttestation(attestation)).toEqual(bundle);
  });

  it('takes the leaf of a v0.2 certificate chain', () => {
    const v02 = {
      ...bundle,
      verificationMaterial: {
        x509CertificateChain: {
          certificates: [{ rawBytes: 'TEVBRg==' }, { rawBytes: 'Uk9PVA==' }],
        },
        tlogEntries: [entry],
      },
    };
    expect(attestationFromBundle(v02).verification_material.certificate).toBe('TEVBRg==');
  });

  it('refuses the payload type trap, a message signature, two signatures, no log entry', () => {
    const envelope = bundle.dsseEnvelope!;
    expect(() =>
      attestationFromBundle({
        ...bundle,
        dsseEnvelope: { ...envelope, payloadType: 'application/json' },
      }),
    ).toThrow('PyPI verifies only application/vnd.in-toto+json');
    expect(() => attestationFromBundle({ ...bundle, dsseEnvelope: undefined })).toThrow(
      'no DSSE envelope',
    );
    expect(() =>
      attestationFromBundle({
        ...bundle,
        dsseEnvelope: { ...envelope, signatures: [{ sig: 'QQ==' }, { sig: 'Qg==' }] },
      }),
    ).toThrow('exactly one signature');
    expect(() =>
      attestationFromBundle({
        ...bundle,
        verificationMaterial: { ...bundle.verificationMaterial, tlogEntries: [] },
      }),
    ).toThrow('no transparency log entry');
  });
});

describe('which uploads carry attestations', () => {
  const trusted = { label: 'PyPI', trusted: true };
  const token = { label: 'PyPI', trusted: false };
  const facts = (change: Partial<AttestationFacts>): AttestationFacts => ({
    mode: 'auto',
    targets: [trusted],
    twineVersion: [6, 1, 0],
    canRequestIdToken: true,
    dryRun: false,
    ...change,
  });

  it('auto: trusted publishing only; a token upload goes without', () => {
    expect(decideAttestations(facts({})).attest).toEqual([true]);
    expect(decideAttestations(facts({ targets: [token] })).attest).toEqual([false]);
    expect(
      decideAttestations(facts({ targets: [{ label: 'TestPyPI', trusted: false }, trusted] }))
        .attest,
    ).toEqual([false, true]);
  });

  it('false: none, and twine is not asked', () => {
    expect(decideAttestations(facts({ mode: 'false', twineVersion: undefined }))).toEqual({
      attest: [false],
      warnings: [],
    });
  });

  it('true with a token: a clear error', () => {
    expect(() => decideAttestations(facts({ mode: 'true', targets: [token] }))).toThrow(
      /attestations: true needs trusted publishing, but PyPI is given an API token/,
    );
  });

  it('twine older than 5.1: an error with true, a warning with auto', () => {
    expect(() => decideAttestations(facts({ mode: 'true', twineVersion: [4, 0, 2] }))).toThrow(
      /twine 4\.0\.2 cannot upload attestations .* Install twine 5\.1 or newer/,
    );
    const auto = decideAttestations(facts({ twineVersion: [4, 0, 2] }));
    expect(auto.attest).toEqual([false]);
    expect(auto.warnings).toEqual([
      expect.stringMatching(/^Uploading without PEP 740 attestations: twine 4\.0\.2/),
    ]);
  });

  it('no id-token: write: said plainly, unless it is a dry run', () => {
    expect(() => decideAttestations(facts({ canRequestIdToken: false }))).toThrow(
      /`permissions: id-token: write`.*Nothing was uploaded/,
    );
    expect(decideAttestations(facts({ canRequestIdToken: false, dryRun: true })).attest).toEqual([
      true,
    ]);
  });

  it('reads twine --version', () => {
    expect(
      parseTwineVersion('twine version 4.0.2 (importlib-metadata: 4.12.0, pkginfo: 1.8.2)'),
    ).toEqual([4, 0, 2]);
    expect(parseTwineVersion('twine version 6.1.0 (keyring: 25.6.0)')).toEqual([6, 1, 0]);
    expect(parseTwineVersion('command not found')).toBeUndefined();
    expect(twineSupportsAttestations([5, 0, 0])).toBe(false);
    expect(twineSupportsAttestations([5, 1, 0])).toBe(true);
    expect(twineSupportsAttestations([6, 0, 1])).toBe(true);
    expect(twineSupportsAttestations([10, 0])).toBe(true);
  });
});

describe('upload command lines', () => {
  const files = ['dist/p-1.0.tar.gz', 'dist/p-1.0-py3-none-any.whl'];
  const attestations = files.map((file) => `${file}.publish.attestation`);

  it('twine: --attestations, and the attestation files among the inputs it groups', () => {
    expect(twineUploadArgs('https://upload.pypi.org/legacy/', files, attestations)).toEqual([
      'upload',
      '--non-interactive',
      '--disable-progress-bar',
      '--attestations',
      '--repository-url',
      'https://upload.pypi.org/legacy/',
      ...files,
      ...attestations,
    ]);
    expect(twineUploadArgs('https://upload.pypi.org/legacy/', files)).not.toContain(
      '--attestations',
    );
  });

  it('uv publish: attestation files given; without them, --no-attestations', () => {
    expect(uvPublishArgs('https://upload.pypi.org/legacy/', files, attestations)).toEqual([
      'publish',
      '--publish-url',
      'https://upload.pypi.org/legacy/',
      ...files,
      ...attestations,
    ]);
    expect(uvPublishArgs('https://upload.pypi.org/legacy/', files)).toEqual([
      'publish',
      '--publish-url',
      'https://upload.pypi.org/legacy/',
      '--no-attestations',
      ...files,
    ]);
  });
});

describe('the attestations input', () => {
  const read = (given: Record<string, string>) => readInputs((name) => given[name]);

  it('defaults to auto and accepts true and false', () => {
    expect(read({}).attestations).toBe('auto');
    expect(read({ attestations: 'TRUE' }).attestations).toBe('true');
    expect(() => read({ attestations: 'yes please' })).toThrow(
      'Input attestations takes one of auto, true or false',
    );
  });

  it('true with a token fails before anything runs', () => {
    expect(() => read({ attestations: 'true', 'pypi-token': 'pypi-abc' })).toThrow(
      /needs trusted publishing, but the index \(pypi-token\) is given an API token/,
    );
    expect(() =>
      read({ attestations: 'true', testpypi: 'true', 'testpypi-token': 'pypi-abc' }),
    ).toThrow(/TestPyPI \(testpypi\) is given an API token/);
    expect(read({ attestations: 'auto', 'pypi-token': 'pypi-abc' }).attestations).toBe('auto');
  });

  it('is described identically in action.yml and docs/inputs.md', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { description: string }>;
    };
    const readme = readFileSync(path.join(root, 'docs/inputs.md'), 'utf8');
    const row = /^\| `attestations` \| `auto` \| (.*) \|$/m.exec(readme);
    expect(row?.[1]).toBe(action.inputs.attestations!.description);
  });
});
