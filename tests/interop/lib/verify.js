/**
 * Verifying as Digital Bazaar's reference libraries do: `@digitalbazaar/vc` with an
 * eddsa-rdfc-2022 `DataIntegrityProof` suite, and the Bitstring Status List checked by
 * `@digitalbazaar/vc-bitstring-status-list`. The results are flattened into plain JSON (each
 * proof's outcome, each status entry's bit, and every error message the libraries reported), so
 * that the Python tests can require an empty error list rather than only `verified: true` (a
 * proof set passes when any one of its proofs does).
 */
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import {checkStatus as checkBitstringStatus} from '@digitalbazaar/vc-bitstring-status-list';

import {documentLoader} from './document-loader.js';

export function verificationSuite() {
  return new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
}

/**
 * The `checkStatus` given to `@digitalbazaar/vc`: the library reads each `BitstringStatusListEntry`
 * (verifying the status list credential and that its issuer is the credential's); a set bit, for
 * any purpose the credential carries (revocation, suspension), means the credential is not verified.
 */
export async function checkStatus(options) {
  const result = await checkBitstringStatus(options);
  if(!result.verified) {
    return result;
  }
  const set = result.results.filter(entry => entry.status);
  if(set.length === 0) {
    return result;
  }
  const purposes = set.map(entry => entry.credentialStatus.statusPurpose).join(', ');
  return {
    ...result,
    verified: false,
    error: new Error(`the status list bit is set for: ${purposes}`)
  };
}

function messages(error) {
  if(!error) {
    return [];
  }
  // jsonld-signatures wraps the proofs' errors in a VerificationError with `errors`
  if(Array.isArray(error.errors) && error.errors.length > 0) {
    return error.errors.flatMap(messages);
  }
  const text = error.message || String(error);
  // jsonld.js keeps the document loader's own error in `details.cause`
  const cause = error.cause || error.details?.cause;
  return cause ? [text, ...messages(cause)] : [text];
}

function unique(values) {
  return [...new Set(values)];
}

function proofReport(proofResult) {
  const proof = proofResult.proof || {};
  return {
    verificationMethod: proof.verificationMethod ?? null,
    cryptosuite: proof.cryptosuite ?? null,
    verified: proofResult.verified === true,
    errors: unique(messages(proofResult.error))
  };
}

function statusReport(statusResult) {
  if(!statusResult) {
    return null;
  }
  return {
    verified: statusResult.verified === true,
    entries: (statusResult.results || []).map(entry => ({
      statusPurpose: entry.credentialStatus.statusPurpose,
      statusListCredential: entry.credentialStatus.statusListCredential,
      statusListIndex: entry.credentialStatus.statusListIndex,
      set: entry.status === true
    })),
    errors: unique(messages(statusResult.error))
  };
}

function endorsementsOf(credential) {
  const subject = credential.credentialSubject;
  const subjects = Array.isArray(subject) ? subject : [subject];
  const found = [];
  for(const item of subjects) {
    for(const holder of [item, item?.achievement]) {
      const endorsements = holder?.endorsement;
      if(endorsements) {
        found.push(...(Array.isArray(endorsements) ? endorsements : [endorsements]));
      }
    }
  }
  return found;
}

/**
 * `{verified, errors, proofs, status, endorsements}` for one credential. `errors` holds every
 * message of every proof and of the status check; `endorsements` reports each Open Badges
 * `EndorsementCredential` embedded in the subject or its achievement, verified the same way.
 */
export async function verifyCredential(credential) {
  const result = await vc.verifyCredential({
    credential,
    suite: verificationSuite(),
    documentLoader,
    checkStatus
  });
  const proofs = (result.results || []).map(proofReport);
  const status = statusReport(result.statusResult);
  const errors = unique([
    ...messages(result.error),
    ...proofs.flatMap(proof => proof.errors),
    ...(status ? status.errors : [])
  ]);
  const endorsements = [];
  for(const endorsement of endorsementsOf(credential)) {
    const report = await verifyCredential(endorsement);
    const issuer = endorsement.issuer;
    endorsements.push({
      id: endorsement.id ?? null,
      issuer: typeof issuer === 'object' ? issuer?.id ?? null : issuer ?? null,
      type: endorsement.type ?? null,
      ...report
    });
  }
  return {verified: result.verified === true, errors, proofs, status, endorsements};
}

/** `{verified, errors, presentation, credentials}` for a presentation signed for challenge/domain. */
export async function verifyPresentation(presentation, {challenge, domain}) {
  const result = await vc.verify({
    presentation,
    suite: verificationSuite(),
    documentLoader,
    checkStatus,
    challenge,
    domain
  });
  const presentationProofs = (result.presentationResult?.results || []).map(proofReport);
  const credentials = (result.credentialResults || []).map(credentialResult => ({
    id: credentialResult.credentialId ?? null,
    verified: credentialResult.verified === true,
    errors: unique([
      ...messages(credentialResult.error),
      ...(credentialResult.results || []).flatMap(item => messages(item.error)),
      ...messages(credentialResult.statusResult?.error)
    ])
  }));
  const errors = unique([
    ...messages(result.error),
    ...presentationProofs.flatMap(proof => proof.errors),
    ...credentials.flatMap(item => item.errors)
  ]);
  return {verified: result.verified === true, errors, presentation: presentationProofs, credentials};
}
