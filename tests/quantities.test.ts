import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../src/corpus/quantities.ts';
import { compactKey, foldText, tokenize } from '../src/text/normalize.ts';

describe('parseQuantities', () => {
  it.each([
    ['2,7 ton cocaïne', 'nl', { value: 2700, unit: 'kg' }],
    ['meer dan 550.000 euro in contanten', 'nl', { value: 550000, unit: 'EUR' }],
    ['twee luxe voertuigen', 'nl', { value: 2, unit: 'count' }],
    ['as much as €7 000 ($7,732) each', 'en', { value: 7000, unit: 'EUR' }],
    ['as much as €7 000 ($7,732) each', 'en', { value: 7732, unit: 'USD' }],
    ['2.5 million passenger checks', 'en', { value: 2500000, unit: 'count' }],
    ['about EUR 5 million', 'en', { value: 5000000, unit: 'EUR' }],
    ['nearly a ton of drugs', 'en', { value: 1000, unit: 'kg' }],
    ['60kgs of drugs', 'en', { value: 60, unit: 'kg' }],
    ['9.11 metric tonnes', 'en', { value: 9110, unit: 'kg' }],
    ['1.2 tonnes of cocaine', 'en', { value: 1200, unit: 'kg' }],
    ['700 kilos of cocaine', 'en', { value: 700, unit: 'kg' }],
    ['a 300% increase', 'en', { value: 300, unit: 'percent' }],
    ['at least seven tonnes', 'en', { value: 7000, unit: 'kg' }],
    ['more than 22,400 officers', 'en', { value: 22400, unit: 'count' }],
  ])('reads %s (%s)', (quote, language, expected) => {
    expect(parseQuantities(quote, language)).toContainEqual(expected);
  });

  it('reads a decimal comma only in Dutch', () => {
    expect(parseQuantities('2,700 kg', 'en')).toContainEqual({ value: 2700, unit: 'kg' });
    expect(parseQuantities('2,7 ton', 'nl')).not.toContainEqual({ value: 27000, unit: 'kg' });
  });

  it('does not count an article as one unless a unit follows', () => {
    expect(parseQuantities('an international operation', 'en')).toEqual([]);
  });
});

describe('the shared normalisation', () => {
  it('folds case, diacritics and Cyrillic', () => {
    expect(foldText('Cocaïne SERVIË')).toBe('cocaine servie');
    expect(foldText('Србија')).toBe('srbija');
    expect(foldText('Đakovo')).toBe('djakovo');
  });

  it('folds number formats to one term', () => {
    expect(tokenize('550.000 euro')).toEqual(tokenize('550,000 euro'));
    expect(tokenize('€7 000')).toEqual(['7000']);
    expect(tokenize('2,7 ton')).toEqual(tokenize('2.7 ton'));
  });

  it('makes spaced and hyphenated names one key', () => {
    expect(compactKey('Sky-ECC')).toBe(compactKey('sky ecc'));
    expect(compactKey('SkyECC')).toBe('skyecc');
  });
});
