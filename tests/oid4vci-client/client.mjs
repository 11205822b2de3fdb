// An independent OpenID4VCI client: the OpenWallet Foundation's @openid4vc/openid4vci (oid4vc-ts)
// takes a credential offer from the platform with the pre-authorized code flow and a transaction
// code. Called by tests/test_oid4vci_client_library.py: a JSON request on stdin
// ({offer_link, tx_code}), a JSON answer on stdout ({holder_jwk, credentials: {configuration: ...}}).
import { generateKeyPairSync, createHash, randomBytes, sign } from 'node:crypto'
import { Openid4vciClient } from '@openid4vc/openid4vci'
import { clientAuthenticationAnonymous, setGlobalConfig } from '@openid4vc/oauth2'

// The test platform speaks plain HTTP on loopback.
setGlobalConfig({ allowInsecureUrls: true })

const request = JSON.parse(await new Promise((resolve) => {
  let text = ''
  process.stdin.on('data', (chunk) => { text += chunk })
  process.stdin.on('end', () => resolve(text))
}))

const { privateKey, publicKey } = generateKeyPairSync('ed25519')
const publicJwk = publicKey.export({ format: 'jwk' })
const base64url = (value) => Buffer.from(value).toString('base64url')

const callbacks = {
  fetch,
  generateRandom: (length) => randomBytes(length),
  hash: (data, alg) => createHash(alg.replace('-', '').toLowerCase()).update(data).digest(),
  clientAuthentication: clientAuthenticationAnonymous(),
  signJwt: async (signer, { header, payload }) => {
    const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`
    const signature = sign(null, Buffer.from(input), privateKey)
    return { jwt: `${input}.${base64url(signature)}`, signerJwk: publicJwk }
  },
}

const client = new Openid4vciClient({ callbacks })
const credentialOffer = await client.resolveCredentialOffer(request.offer_link)
const issuerMetadata = await client.resolveIssuerMetadata(credentialOffer.credential_issuer)
const { accessTokenResponse } = await client.retrievePreAuthorizedCodeAccessTokenFromOffer({
  credentialOffer,
  issuerMetadata,
  txCode: request.tx_code,
})
const credentials = {}
for (const credentialConfigurationId of credentialOffer.credential_configuration_ids) {
  const { c_nonce: nonce } = await client.requestNonce({ issuerMetadata })
  const { jwt } = await client.createCredentialRequestJwtProof({
    issuerMetadata,
    credentialConfigurationId,
    nonce,
    signer: { method: 'jwk', publicJwk, alg: 'EdDSA' },
  })
  const response = await client.retrieveCredentials({
    issuerMetadata,
    accessToken: accessTokenResponse.access_token,
    credentialConfigurationId,
    proofs: { jwt: [jwt] },
  })
  credentials[credentialConfigurationId] = response.credentialResponse.credentials[0].credential
}
process.stdout.write(JSON.stringify({ holder_jwk: publicJwk, credentials }))
