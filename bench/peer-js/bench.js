#!/usr/bin/env node
/**
 * The JavaScript reference of bench/signing.py: Digital Bazaar's `@digitalbazaar/vc` with an
 * eddsa-rdfc-2022 `DataIntegrityProof` signs and verifies the credentials of `credentials/`, one
 * after the other on this one thread, and prints the rates as JSON on stdout:
 *
 *   node bench/peer-js/bench.js [--seconds 2] [--rounds 3] [--warmup 1] [--only issued,joint-award]
 *   -> {"node": "v20...", "credentials": {"issued": {"sign": 123.4, "verify": 120.1,
 *                                                  "sign_cpu": 130.2, "verify_cpu": 125.0}, ...}}
 *
 * `sign` and `verify` are per wall-clock second, `*_cpu` per CPU second of the process.
 *
 * Each rate is the best of `rounds` runs of `seconds` each, after `warmup` seconds of the same
 * work (contexts cached, V8's optimising compiler done), as on the Python side. Before timing, the platform-signed copy of each credential must
 * verify here (and what this side signs must verify too): the two sides agree, so they do the
 * same work.
 *
 * Offline: the document loader serves the repository's bundled contexts (shared/vc/contexts/, the
 * files the platform itself uses) and the bench's two did:web documents from credentials/keys.json;
 * every other URL is refused.
 */
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';

import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';

const CREDENTIALS = new URL('./credentials/', import.meta.url);
const CONTEXTS = new URL('../../shared/vc/contexts/', import.meta.url);
const CREDENTIAL_NAMES = ['reference-shape', 'issued', 'joint-award'];
// URL -> file, as shared/vc/contexts.py (BUNDLED_FILES) maps them.
const CONTEXT_FILES = {
  'https://www.w3.org/ns/credentials/v2': 'credentials-v2.json',
  'https://www.w3.org/ns/credentials/examples/v2': 'credentials-examples-v2.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json': 'ob-v3p0-context-3.0.0.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json': 'ob-v3p0-context-3.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json': 'ob-v3p0-context-3.0.2.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': 'ob-v3p0-context-3.0.3.json',
  'https://purl.imsglobal.org/spec/clr/v2p0/context.json': 'clr-v2p0-context-2.0.0.json',
  'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json': 'clr-v2p0-context-2.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json': 'ob-v3p0-extensions.json',
  'https://w3id.org/security/data-integrity/v2': 'data-integrity-v2.json',
  'https://w3id.org/security/multikey/v1': 'multikey-v1.json',
  'https://www.w3.org/ns/did/v1': 'did-v1.json',
  'https://www.w3.org/2018/credentials/v1': 'credentials-v1.json',
  'https://w3id.org/security/suites/ed25519-2020/v1': 'ed25519-signature-2020-v1.json'
};

function readJson(url) {
  return JSON.parse(readFileSync(url, 'utf8'));
}

const DOCUMENTS = new Map(Object.entries(CONTEXT_FILES).map(
  ([url, file]) => [url, readJson(new URL(file, CONTEXTS))]));
const KEYS = readJson(new URL('keys.json', CREDENTIALS));
for(const didDocument of KEYS.didDocuments) {
  DOCUMENTS.set(didDocument.id, didDocument);
  for(const method of didDocument.verificationMethod) {
    const id = method.id.startsWith('#') ? `${didDocument.id}${method.id}` : method.id;
    DOCUMENTS.set(id, {'@context': didDocument['@context'], ...method, id});
  }
}

async function documentLoader(url) {
  if(!DOCUMENTS.has(url)) {
    throw new Error(`document loader refused "${url}": not bundled (the bench is offline)`);
  }
  return {contextUrl: null, documentUrl: url, document: DOCUMENTS.get(url)};
}

const CREATED = '2026-12-07T03:00:00Z';
const keyPair = await Ed25519Multikey.from({
  id: KEYS.issuer.verificationMethod,
  controller: KEYS.issuer.did,
  publicKeyMultibase: KEYS.issuer.publicKeyMultibase,
  secretKeyMultibase: KEYS.issuer.secretKeyMultibase
});

function sign(unsigned) {
  const suite = new DataIntegrityProof({
    signer: keyPair.signer(), cryptosuite: eddsaRdfc2022, date: CREATED
  });
  return vc.issue({credential: structuredClone(unsigned), suite, documentLoader});
}

// Status lists are not what is compared (the platform's proof verification does not read them).
const checkStatus = async () => ({verified: true});

async function verify(signed) {
  const result = await vc.verifyCredential({
    credential: signed,
    suite: new DataIntegrityProof({cryptosuite: eddsaRdfc2022}),
    documentLoader,
    checkStatus
  });
  if(!result.verified) {
    const errors = (result.error?.errors || [result.error]).map(e => e?.message || String(e));
    throw new Error(`did not verify: ${errors.join('; ')}`);
  }
}

/** Operations per wall-clock second and per CPU second of this process (user + system, helper
 * threads included: V8's compiler and garbage collector), each the best of `rounds`. */
async function rate(action, {seconds, rounds, warmup}) {
  // Warm-up: V8 optimises hot code after some iterations; a fresh process must not be timed cold.
  const warming = performance.now();
  do {
    await action();
  } while((performance.now() - warming) / 1000 < warmup);
  let wall = 0;
  let cpu = 0;
  for(let round = 0; round < rounds; round++) {
    let count = 0;
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    let elapsed = 0;
    while((elapsed = (performance.now() - started) / 1000) < seconds) {
      await action();
      count++;
    }
    const used = process.cpuUsage(cpuStarted);
    wall = Math.max(wall, count / elapsed);
    cpu = Math.max(cpu, count / ((used.user + used.system) / 1e6));
  }
  return {wall, cpu};
}

async function main() {
  const {values} = parseArgs({options: {
    seconds: {type: 'string', default: '2'},
    rounds: {type: 'string', default: '3'},
    warmup: {type: 'string', default: '1'},
    only: {type: 'string', default: CREDENTIAL_NAMES.join(',')}
  }});
  const timing = {
    seconds: Number(values.seconds), rounds: Number(values.rounds), warmup: Number(values.warmup)
  };
  const credentials = {};
  for(const name of values.only.split(',')) {
    const {unsigned, signed} = readJson(new URL(`${name}.json`, CREDENTIALS));
    await verify(signed);
    await verify(await sign(unsigned));
    const signing = await rate(() => sign(unsigned), timing);
    const verifying = await rate(() => verify(signed), timing);
    credentials[name] = {
      sign: signing.wall, verify: verifying.wall,
      sign_cpu: signing.cpu, verify_cpu: verifying.cpu
    };
  }
  process.stdout.write(JSON.stringify({node: process.version, credentials}) + '\n');
}

main().catch(error => {
  process.stderr.write(`bench peer failed: ${error.stack || error}\n`);
  process.exitCode = 2;
});
