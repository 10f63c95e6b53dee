// Field and curve constants of Ed25519 (RFC 8032).
const P = 2n ** 255n - 19n;
const D = (((-121665n * modPow(121666n, P - 2n)) % P) + P) % P;

function modPow(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  let b = ((base % P) + P) % P;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % P;
    b = (b * b) % P;
    e >>= 1n;
  }
  return result;
}

function fromLittleEndianHex(hex: string): bigint {
  const bytes = Buffer.from(hex, 'hex').reverse();
  return BigInt(`0x${bytes.toString('hex')}`);
}

// y of the order-8 points (the others of order 8 have p - y); 0, 1 and p - 1 are the y of the
// points of order 4, 1 and 2.
const Y8 = fromLittleEndianHex('c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a');
const SMALL_ORDER_Y: ReadonlySet<bigint> = new Set([0n, 1n, P - 1n, Y8, P - Y8]);

/**
 * Why a 64-hex-character Ed25519 public key must not be trusted, or undefined when it is fine.
 * A small-order key (the identity `01 00…`, all zeros, …) lets anyone forge signatures that
 * verify; a non-canonical one (y ≥ p) or one off the curve is not a real key.
 */
export function ed25519KeyProblem(hex: string): string | undefined {
  const encoded = fromLittleEndianHex(hex);
  const y = encoded & (2n ** 255n - 1n);
  const xIsOdd = encoded >> 255n === 1n;
  if (y >= P) return 'is a non-canonical Ed25519 encoding (y ≥ 2^255 − 19)';
  if (SMALL_ORDER_Y.has(y))
    return 'is a small-order Ed25519 point: signatures could be forged for it';
  const y2 = (y * y) % P;
  const x2 = (((y2 - 1n + P) % P) * modPow((D * y2 + 1n) % P, P - 2n)) % P;
  if (x2 === 0n && xIsOdd) return 'is a non-canonical Ed25519 encoding (x = 0 with its sign bit)';
  if (x2 !== 0n && modPow(x2, (P - 1n) / 2n) !== 1n) return 'is not a point on the Ed25519 curve';
  return undefined;
}
