import { describe, expect, it } from 'vitest';
import { cleanDecimal, fractionToPercent, percentToFraction } from '../decimalText';

describe('typed and pasted numbers', () => {
  it.each([
    ['1,234.50', '1234.50'],
    [' 18 000 ', '18000'],
    ['¥12,800', '12800'],
    ['CN¥3,000.5', '3000.5'],
    ['１２３４．５', '1234.5'],
    ['(1,200)', '-1200'],
    ['007', '7'],
    ['.5', '0.5'],
    ['12.', '12'],
  ])('reads %s as %s', (typed, decimal) => {
    expect(cleanDecimal(typed)).toBe(decimal);
  });

  it('keeps what is not a number as typed, for validation to point at', () => {
    expect(cleanDecimal('1e309')).toBe('1e309');
    expect(cleanDecimal('NaN')).toBe('NaN');
    expect(cleanDecimal(' about 30 ')).toBe('about 30');
    expect(cleanDecimal('')).toBe('');
  });
});

describe('rates shown as percentages', () => {
  it('shifts the point exactly, without floats', () => {
    expect(fractionToPercent('0.35')).toBe('35');
    expect(fractionToPercent('0.045')).toBe('4.5');
    expect(fractionToPercent('0.00125')).toBe('0.125');
    expect(fractionToPercent('1.2')).toBe('120');
    expect(fractionToPercent('-0.02')).toBe('-2');
    expect(fractionToPercent('0.07')).toBe('7'); // 0.07 × 100 is 7.000000000000001 in floats
  });

  it('reads a typed percentage back as the fraction', () => {
    expect(percentToFraction('35')).toBe('0.35');
    expect(percentToFraction('4.5%')).toBe('0.045');
    expect(percentToFraction('35 ％')).toBe('0.35');
    expect(percentToFraction('120')).toBe('1.2');
    expect(percentToFraction('-2')).toBe('-0.02');
    expect(percentToFraction('0')).toBe('0');
    expect(percentToFraction('')).toBe('');
    expect(percentToFraction('lots')).toBe('lots');
  });
});
