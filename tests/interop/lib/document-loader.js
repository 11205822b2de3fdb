/**
 * The only way the harness reads anything: a JSON-LD document loader that serves
 *
 * - contexts bundled with the npm packages (VC v1/v2, Data Integrity, Multikey, DID v1, the
 *   security vocabularies jsonld-signatures frames with) and the Open Badges 3.0 contexts the
 *   repository bundles in `shared/vc/contexts/` (no npm package has the current 3.0.3 file);
 * - did:key documents and keys, derived from the identifier by `@digitalbazaar/did-method-key`;
 * - did:web documents and keys of loopback hosts (127.0.0.1, localhost), and status list
 *   credentials at loopback URLs, fetched from the running platform.
 *
 * did:web maps to https (did:web method spec, section 3.2.1); the test platform speaks plain HTTP
 * on loopback, so loopback hosts are read over http. Every other URL is refused: a verifier that
 * fetched what a credential names would let the credential choose what it is checked against.
 */
import {readFileSync} from 'node:fs';

import {contexts as credentialsContexts} from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import * as didKey from '@digitalbazaar/did-method-key';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import multikeyContext from '@digitalbazaar/multikey-context';
import securityContext from '@digitalbazaar/security-context';
import didContext from 'did-context';

const REPOSITORY_CONTEXTS = new URL('../../../shared/vc/contexts/', import.meta.url);
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);
const FETCH_TIMEOUT_MS = 30_000;

function repositoryContext(file) {
  return JSON.parse(readFileSync(new URL(file, REPOSITORY_CONTEXTS), 'utf8'));
}

/** Context URL -> context document: every context the harness may process. */
export const BUNDLED_CONTEXTS = new Map([
  ...credentialsContexts,
  ...dataIntegrityContext.contexts,
  ...multikeyContext.contexts,
  ...didContext.contexts,
  ...securityContext.contexts,
  [
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    repositoryContext('ob-v3p0-context-3.0.3.json')
  ],
  [
    'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
    repositoryContext('ob-v3p0-extensions.json')
  ]
]);

const didKeyDriver = didKey.driver();
didKeyDriver.use({
  multibaseMultikeyHeader: 'z6Mk',
  fromMultibase: Ed25519Multikey.from
});

/** The error every refused or failed load throws: it names the URL. */
export class LoadRefused extends Error {
  constructor(url, reason) {
    super(`document loader refused "${url}": ${reason}`);
    this.name = 'LoadRefused';
  }
}

/**
 * The http(s) URL of a did:web DID on a loopback host (did:web: `:` separates path segments,
 * `%3A` encodes the port; no path means `/.well-known/did.json`), or an error for any other host.
 */
export function didWebUrl(did) {
  const segments = did.slice('did:web:'.length).split(':');
  const authority = decodeURIComponent(segments[0]);
  const host = authority.replace(/:\d+$/, '');
  if(!LOOPBACK_HOSTS.has(host)) {
    throw new LoadRefused(did, 'only did:web of loopback hosts is resolved');
  }
  const path = segments.length > 1 ?
    segments.slice(1).map(decodeURIComponent).join('/') : '.well-known';
  return `http://${authority}/${path}/did.json`;
}

async function fetchJson(url) {
  let response;
  try {
    response = await fetch(url, {
      headers: {accept: 'application/json, application/ld+json'},
      redirect: 'error',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS)
    });
  } catch(error) {
    throw new LoadRefused(url, `fetch failed: ${error.message}`);
  }
  if(!response.ok) {
    throw new LoadRefused(url, `HTTP ${response.status}`);
  }
  return response.json();
}

function loopbackHttpUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch{
    return null;
  }
  if(!['http:', 'https:'].includes(parsed.protocol) ||
    !LOOPBACK_HOSTS.has(parsed.hostname) || parsed.username || parsed.password) {
    return null;
  }
  parsed.protocol = 'http:';
  parsed.hash = '';
  return parsed.href;
}

async function loadDidWeb(url) {
  const [did, fragment] = url.split('#');
  const document = await fetchJson(didWebUrl(did));
  if(document.id !== did) {
    throw new LoadRefused(url, `the DID document's id is "${document.id}"`);
  }
  if(fragment === undefined) {
    return document;
  }
  const method = (document.verificationMethod || []).find(
    candidate => candidate.id === url || candidate.id === `#${fragment}`);
  if(!method) {
    throw new LoadRefused(url, 'no such verification method in the DID document');
  }
  return {'@context': document['@context'], ...method, id: url};
}

/** The jsonld.js document loader: `{contextUrl, documentUrl, document}` or a `LoadRefused`. */
export async function documentLoader(url) {
  if(BUNDLED_CONTEXTS.has(url)) {
    return {contextUrl: null, documentUrl: url, document: BUNDLED_CONTEXTS.get(url)};
  }
  let document;
  if(url.startsWith('did:key:')) {
    try {
      document = await didKeyDriver.get({url});
    } catch(error) {
      throw new LoadRefused(url, error.message);
    }
  } else if(url.startsWith('did:web:')) {
    document = await loadDidWeb(url);
  } else {
    const httpUrl = loopbackHttpUrl(url);
    if(httpUrl === null) {
      throw new LoadRefused(
        url, 'not a bundled context, a did:key, or a did:web or status list on loopback');
    }
    document = await fetchJson(httpUrl);
  }
  return {contextUrl: null, documentUrl: url, document};
}
