import { describe, expect, it } from 'vitest';
import { formatAmount, formatRate } from '../formatAmount';

describe('formatAmount in full', () => {
  it('groups thousands and keeps two decimals by default, in both languages', () => {
    expect(formatAmount('12345678.9', 'en')).toBe('12,345,678.90');
    expect(formatAmount('12345678.9', 'zh-CN')).toBe('12,345,678.90');
    expect(formatAmount('0', 'en')).toBe('0.00');
    expect(formatAmount('999', 'en')).toBe('999.00');
    expect(formatAmount('1000', 'en', { decimals: 0 })).toBe('1,000');
  });

  it('rounds half up from the digits of the string, where a float would not', () => {
    // 1.005 is 1.00499999999999989… as a float, so toFixed(2) gives "1.00".
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(formatAmount('1.005', 'en')).toBe('1.01');
    expect(formatAmount('2.675', 'en')).toBe('2.68');
    expect(formatAmount('1234.5', 'en', { decimals: 0 })).toBe('1,235');
    expect(formatAmount('1234.49', 'en', { decimals: 0 })).toBe('1,234');
  });

  it('keeps every cent of figures beyond a float’s 15–16 significant digits', () => {
    expect(formatAmount('987654321098765.43', 'en')).toBe('987,654,321,098,765.43');
    expect(Number('987654321098765.43').toFixed(2)).not.toBe('987654321098765.43');
    expect(formatAmount('-123456789012345678.99', 'en')).toBe('-123,456,789,012,345,678.99');
  });

  it('writes negatives with a minus before the currency, and never “-0.00”', () => {
    expect(formatAmount('-80.00', 'en')).toBe('-80.00');
    expect(formatAmount('-1234.5', 'en', { currency: 'USD' })).toBe('-$1,234.50');
    expect(formatAmount('-0.001', 'en')).toBe('0.00');
    expect(formatAmount('-0.00', 'zh-CN', { currency: 'CNY' })).toBe('¥0.00');
  });

  it('puts the currency symbol the language uses in front', () => {
    expect(formatAmount('1234.5', 'zh-CN', { currency: 'CNY' })).toBe('¥1,234.50');
    expect(formatAmount('1234.5', 'en', { currency: 'CNY' })).toBe('CN¥1,234.50');
    expect(formatAmount('1234.5', 'en', { currency: 'EUR' })).toBe('€1,234.50');
  });

  it('leaves text that is not a number as it is', () => {
    expect(formatAmount('', 'en')).toBe('');
    expect(formatAmount('n/a', 'en')).toBe('n/a');
    expect(formatAmount('1e9', 'en')).toBe('1e9');
  });
});

describe('formatAmount compact', () => {
  it('counts in 万 and 亿 in Chinese', () => {
    expect(formatAmount('12345678', 'zh-CN', { compact: true })).toBe('1234.57万');
    expect(formatAmount('123000000', 'zh-CN', { compact: true })).toBe('1.23亿');
    expect(formatAmount('15000', 'zh-CN', { compact: true })).toBe('1.5万');
    expect(formatAmount('100000000', 'zh-CN', { compact: true })).toBe('1亿');
    expect(formatAmount('2500000000000', 'zh-CN', { compact: true })).toBe('2.5万亿');
    expect(formatAmount('9999.5', 'zh-CN', { compact: true })).toBe('9,999.5');
  });

  it('counts in K, M and B in English', () => {
    expect(formatAmount('12345678', 'en', { compact: true })).toBe('12.35M');
    expect(formatAmount('1500', 'en', { compact: true })).toBe('1.5K');
    expect(formatAmount('123000000', 'en', { compact: true })).toBe('123M');
    expect(formatAmount('4560000000', 'en', { compact: true })).toBe('4.56B');
    expect(formatAmount('999.99', 'en', { compact: true })).toBe('999.99');
  });

  it('moves up a unit when rounding reaches it', () => {
    expect(formatAmount('999999.999', 'en', { compact: true })).toBe('1M');
    expect(formatAmount('99999999.999', 'zh-CN', { compact: true })).toBe('1亿');
    expect(formatAmount('9999.999', 'zh-CN', { compact: true })).toBe('1万');
  });

  it('handles negatives, currency and the number of decimals', () => {
    expect(formatAmount('-12345678', 'zh-CN', { compact: true, currency: 'CNY' })).toBe('-¥1234.57万');
    expect(formatAmount('-12345678', 'en', { compact: true, currency: 'USD' })).toBe('-$12.35M');
    expect(formatAmount('12345678', 'en', { compact: true, decimals: 1 })).toBe('12.3M');
    expect(formatAmount('12345678', 'zh-CN', { compact: true, decimals: 0 })).toBe('1235万');
    expect(formatAmount('1234567890000000', 'en', { compact: true })).toBe('1,234.57T');
  });
});

describe('formatRate', () => {
  it('shows a fraction as a percentage, exactly from the string', () => {
    expect(formatRate('0.640000')).toBe('64.0%');
    expect(formatRate('0.3599')).toBe('36.0%');
    expect(formatRate('-0.125')).toBe('-12.5%');
    expect(formatRate('1.5', 0)).toBe('150%');
    expect(formatRate('0.00049', 1)).toBe('0.0%');
    expect(formatRate('-0.0004', 1)).toBe('0.0%');
  });
});
