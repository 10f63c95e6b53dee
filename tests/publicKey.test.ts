import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

const zeros = (bytes: number): string => '00'.repeat(bytes);

// The eight small-order points of Ed25519 as encoded, and encodings of them with the sign bit set.
const SMALL_ORDER = [
  `01${zeros(31)}`, // identity
  `ec${'ff'.repeat(30)}7f`, // order 2 (y = p - 1)
  zeros(32), // order 4 (y = 0)
  `${zeros(31)}80`, // order 4, the other x
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a', // order 8
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa',
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85',
  `01${zeros(30)}80`, // identity with x's sign bit
];

// y ≥ p: p itself (≡ 0), p + 1 (≡ 1, the identity again), and 2^255 - 1.
const NON_CANONICAL = [`ed${'ff'.repeat(30)}7f`, `ee${'ff'.repeat(30)}7f`, `${'ff'.repeat(31)}7f`];

function problemFor(key: string): string {
  try {
    loadConfig({ BOT_TRANSPORT: 'http', DISCORD_PUBLIC_KEY: key });
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return '';
}

describe('DISCORD_PUBLIC_KEY', () => {
  it.each(SMALL_ORDER)('refuses the small-order key %s at start', (key) => {
    const message = problemFor(key);
    expect(message).toContain('- DISCORD_PUBLIC_KEY:');
    expect(message).toContain('small-order');
  });

  it.each(NON_CANONICAL)('refuses the non-canonical key %s at start', (key) => {
    expect(problemFor(key)).toMatch(/- DISCORD_PUBLIC_KEY: .*non-canonical/);
  });

  it('refuses a key that is not on the curve', () => {
    expect(problemFor(`02${zeros(31)}`)).toMatch(/- DISCORD_PUBLIC_KEY: .*not a point/);
  });

  it('accepts real keys, in either case', () => {
    for (let i = 0; i < 20; i += 1) {
      const jwk = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' });
      const hex = Buffer.from(jwk.x ?? '', 'base64url').toString('hex');
      expect(loadConfig({ BOT_TRANSPORT: 'http', DISCORD_PUBLIC_KEY: hex })).toMatchObject({
        publicKey: hex,
      });
      expect(problemFor(hex.toUpperCase())).toBe('');
    }
  });
});
