/**
 * An issuer and a holder that are not the platform: each has a fresh Ed25519 did:key (Multikey)
 * and signs with Digital Bazaar's eddsa-rdfc-2022 `DataIntegrityProof`, as a wallet or another
 * institution's issuer would. What they make is for the platform's verifier to check.
 */
import {randomUUID} from 'node:crypto';

import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import * as didKey from '@digitalbazaar/did-method-key';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';

import {documentLoader} from './document-loader.js';

const CREDENTIALS_V2 = 'https://www.w3.org/ns/credentials/v2';
const OPEN_BADGES_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/** A new did:key controller: its DID and the key pair (id `did:key:z6Mk...#z6Mk...`). */
export async function newDidKey() {
  const keyPair = await Ed25519Multikey.generate();
  const driver = didKey.driver();
  driver.use({multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from});
  const {didDocument} = await driver.fromKeyPair({verificationKeyPair: keyPair});
  keyPair.controller = didDocument.id;
  keyPair.id = `${didDocument.id}#${keyPair.publicKeyMultibase}`;
  return {did: didDocument.id, keyPair};
}

function signingSuite(keyPair) {
  return new DataIntegrityProof({signer: keyPair.signer(), cryptosuite: eddsaRdfc2022});
}

function nowSeconds() {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * An Open Badges 3.0 `OpenBadgeCredential` for a micro-credential of another provider, issued
 * (VC Data Model 2.0, eddsa-rdfc-2022) by a fresh did:key; `subjectId` names the learner.
 */
export async function issueCredential({subjectId} = {}) {
  const {did, keyPair} = await newDidKey();
  const credential = {
    '@context': [CREDENTIALS_V2, OPEN_BADGES_V3],
    id: `urn:uuid:${randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: {id: did, type: ['Profile'], name: 'Interop Test Academy'},
    validFrom: nowSeconds(),
    name: 'Forklift safety refresher',
    credentialSubject: {
      ...(subjectId ? {id: subjectId} : {}),
      type: ['AchievementSubject'],
      achievement: {
        id: `urn:uuid:${randomUUID()}`,
        type: ['Achievement'],
        achievementType: 'MicroCredential',
        name: 'Forklift safety refresher',
        description: 'Safe operation of counterbalance forklifts in a warehouse.',
        criteria: {narrative: 'Pass the practical assessment and the written test.'}
      }
    }
  };
  const verifiableCredential = await vc.issue({
    credential, suite: signingSuite(keyPair), documentLoader
  });
  return {issuer: did, verifiableCredential};
}

/**
 * A VC 2.0 `VerifiablePresentation` of `credentials` by a fresh did:key holder, its proof made
 * for authentication with `challenge` and `domain`.
 */
export async function signPresentation({credentials = [], challenge, domain}) {
  const {did, keyPair} = await newDidKey();
  const presentation = vc.createPresentation({
    verifiableCredential: credentials, holder: did, id: `urn:uuid:${randomUUID()}`
  });
  const verifiablePresentation = await vc.signPresentation({
    presentation, suite: signingSuite(keyPair), challenge, domain, documentLoader
  });
  return {holder: did, verifiablePresentation};
}
