#!/usr/bin/env node
/**
 * The interop harness the Python tests drive (`tests/test_interop.py`): one command per run, a
 * JSON request on stdin, a JSON answer on stdout.
 *
 *   verify-credential     {credential}                    -> {verified, errors, proofs, status, endorsements}
 *   verify-presentation   {presentation, challenge, domain} -> {verified, errors, presentation, credentials}
 *   issue-credential      {subjectId?}                    -> {issuer, verifiableCredential}
 *   sign-presentation     {credentials, challenge, domain} -> {holder, verifiablePresentation}
 *
 * Exit 0 when the command ran (a credential that does not verify is an answer, not a failure);
 * exit 2 with a message on stderr when it could not run (bad request, unknown command, a bug).
 */
import {issueCredential, signPresentation} from './lib/sign.js';
import {verifyCredential, verifyPresentation} from './lib/verify.js';

const COMMANDS = {
  'verify-credential': ({credential}) => verifyCredential(credential),
  'verify-presentation': ({presentation, challenge, domain}) =>
    verifyPresentation(presentation, {challenge, domain}),
  'issue-credential': ({subjectId}) => issueCredential({subjectId}),
  'sign-presentation': ({credentials, challenge, domain}) =>
    signPresentation({credentials, challenge, domain})
};

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function main() {
  const [command] = process.argv.slice(2);
  const run = COMMANDS[command];
  if(!run) {
    throw new Error(
      `unknown command "${command}"; one of: ${Object.keys(COMMANDS).join(', ')}`);
  }
  const text = await readStdin();
  const request = text.trim() ? JSON.parse(text) : {};
  const answer = await run(request);
  process.stdout.write(JSON.stringify(answer));
}

main().catch(error => {
  process.stderr.write(`interop harness failed: ${error.stack || error}\n`);
  process.exitCode = 2;
});
