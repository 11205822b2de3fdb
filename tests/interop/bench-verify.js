#!/usr/bin/env node
/**
 * The anchor of `bench/verify.py`: how many credentials per second Digital Bazaar's reference
 * libraries verify on one thread (`@digitalbazaar/vc` `verifyCredential` with the eddsa-rdfc-2022
 * `DataIntegrityProof` suite: the proof only, no status check), on the credential the benchmark
 * gives it. Kept here to use this directory's locked node_modules.
 *
 * stdin: {credential, didDocuments: [...], seconds, rounds}. The DID documents the proofs name are
 * given (read once from the running issuer) and served from memory with the bundled contexts, as a
 * verifier with a warm cache would: nothing is fetched while timing.
 * stdout: {verified, errors, rate} with rate the best of `rounds` runs of `seconds` each.
 */
import * as vc from '@digitalbazaar/vc';

import {BUNDLED_CONTEXTS} from './lib/document-loader.js';
import {verificationSuite} from './lib/verify.js';

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function memoryLoader(didDocuments) {
  const documents = new Map(BUNDLED_CONTEXTS);
  for(const did of didDocuments) {
    documents.set(did.id, did);
    for(const method of did.verificationMethod || []) {
      documents.set(method.id, {'@context': did['@context'], ...method});
    }
  }
  return async url => {
    const document = documents.get(url);
    if(document === undefined) {
      throw new Error(`not in memory: ${url}`);
    }
    return {contextUrl: null, documentUrl: url, document};
  };
}

// The anchor is the proof's cost: the status entry is accepted unread (the library refuses a
// credential with `credentialStatus` unless it is given a checkStatus).
const statusNotRead = async () => ({verified: true});

async function verifyOnce(credential, documentLoader) {
  return vc.verifyCredential({
    credential, suite: verificationSuite(), documentLoader, checkStatus: statusNotRead
  });
}

async function main() {
  const {credential, didDocuments, seconds = 3, rounds = 3} = await readStdin();
  const documentLoader = memoryLoader(didDocuments || []);
  const first = await verifyOnce(credential, documentLoader);
  const errors = (first.results || []).map(item => item.error?.message).filter(Boolean);
  if(first.error) {
    errors.push(first.error.message || String(first.error));
  }
  if(!first.verified) {
    process.stdout.write(JSON.stringify({verified: false, errors, rate: 0}));
    return;
  }
  for(let warm = 0; warm < 20; warm++) {
    await verifyOnce(credential, documentLoader);
  }
  let best = 0;
  for(let round = 0; round < rounds; round++) {
    let count = 0;
    const started = process.hrtime.bigint();
    let elapsed = 0;
    while(elapsed < seconds) {
      const result = await verifyOnce(credential, documentLoader);
      if(!result.verified) {
        throw new Error('the credential stopped verifying');
      }
      count++;
      elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    }
    best = Math.max(best, count / elapsed);
  }
  process.stdout.write(JSON.stringify({verified: first.verified === true, errors, rate: best}));
}

main().catch(error => {
  process.stderr.write(`bench-verify failed: ${error.stack || error}\n`);
  process.exitCode = 2;
});
