import { describe, expect, it } from 'vitest';
import { keysTouch, strayLetter } from '../src/search/slips.ts';

describe('keys that touch', () => {
  it('holds neighbours on a row and across rows, both ways, on QWERTY and QWERTZ', () => {
    for (const [a, b] of [
      ['e', 'r'],
      ['r', 'e'],
      ['a', 'q'],
      ['a', 'w'],
      ['w', 'a'],
      ['g', 't'],
      ['g', 'b'],
      ['m', 'k'],
      ['t', 'y'],
      ['t', 'z'],
    ])
      expect(keysTouch(a as string, b as string), `${a as string}${b as string}`).toBe(true);
    for (const [a, b] of [
      ['u', 't'],
      ['u', 'r'],
      ['a', 'l'],
      ['q', 's'],
      ['e', 'e'],
    ])
      expect(keysTouch(a as string, b as string), `${a as string}${b as string}`).toBe(false);
  });
});

describe('a stray letter', () => {
  it('is an extra letter that neither doubles a neighbour nor sits by one', () => {
    expect(strayLetter('tures', 'tres')).toBe(true);
    expect(strayLetter('heroine', 'heroin')).toBe(true);
    expect(strayLetter('xbelgrade', 'belgrade')).toBe(true);
  });

  it('is not a doubled letter, a neighbouring key, or any other edit', () => {
    expect(strayLetter('arrestts', 'arrests')).toBe(false);
    expect(strayLetter('cocainne', 'cocaine')).toBe(false);
    expect(strayLetter('europoll', 'europol')).toBe(false);
    // e sits by r: a finger caught both keys.
    expect(strayLetter('montenegero', 'montenegro')).toBe(false);
    // Left out, replaced, swapped, or two edits.
    expect(strayLetter('tres', 'tures')).toBe(false);
    expect(strayLetter('europl', 'europe')).toBe(false);
    expect(strayLetter('thesues', 'theseus')).toBe(false);
    expect(strayLetter('tuxres', 'tres')).toBe(false);
  });
});
