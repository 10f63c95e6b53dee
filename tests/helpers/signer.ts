import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** Discord's side of the HTTP interactions protocol: an Ed25519 key that signs requests. */
export class DiscordSigner {
  readonly publicKeyHex: string;
  private readonly privateKey: KeyObject;

  constructor() {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const jwk = publicKey.export({ format: 'jwk' });
    this.publicKeyHex = Buffer.from(jwk.x ?? '', 'base64url').toString('hex');
    this.privateKey = privateKey;
  }

  /** The headers Discord sends: signature over timestamp + body. */
  headers(body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
    const signature = sign(
      null,
      Buffer.from(`${timestamp}${body}`, 'utf8'),
      this.privateKey,
    ).toString('hex');
    return {
      'content-type': 'application/json',
      'x-signature-ed25519': signature,
      'x-signature-timestamp': String(timestamp),
    };
  }
}
