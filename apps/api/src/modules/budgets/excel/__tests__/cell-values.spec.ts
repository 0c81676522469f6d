import { cellContent, decimalCell, excelNumberToDecimal, readDecimal, readInteger, readMonth } from '../cell-values.util';

const number = (value: number) => cellContent(value);
const text = (value: string) => cellContent(value);

describe('reading money and rates from cells without float artefacts', () => {
  it('writes a double back as the decimal Excel shows (15 significant digits)', () => {
    expect(excelNumberToDecimal(1234.56)).toBe('1234.56');
    expect(excelNumberToDecimal(0.1 + 0.2)).toBe('0.3');
    expect(excelNumberToDecimal(1234.56 * 3)).toBe('3703.68');
    expect(excelNumberToDecimal(999999999999.99)).toBe('999999999999.99');
    expect(excelNumberToDecimal(-0)).toBe('0');
    expect(excelNumberToDecimal(1e21)).toBe('1000000000000000000000');
    expect(excelNumberToDecimal(0.0000001)).toBe('0.0000001');
    expect(() => excelNumberToDecimal(Number.NaN)).toThrow();
  });

  it('refuses what is not a plain decimal, negatives and a third decimal of money', () => {
    expect(readDecimal(number(12000), { money: true })).toEqual({ ok: true, value: '12000' });
    expect(readDecimal(number(1234.565), { money: true })).toEqual({ ok: false, reason: { code: 'moneyDecimals' } });
    expect(readDecimal(text('12.345'), { money: true })).toEqual({ ok: false, reason: { code: 'moneyDecimals' } });
    expect(readDecimal(text('1e309'))).toEqual({ ok: false, reason: { code: 'notANumber', text: '1e309' } });
    expect(readDecimal(text('NaN'))).toEqual({ ok: false, reason: { code: 'notANumber', text: 'NaN' } });
    expect(readDecimal(text('Infinity'))).toEqual({ ok: false, reason: { code: 'notANumber', text: 'Infinity' } });
    expect(readDecimal(number(Number.POSITIVE_INFINITY))).toEqual({ ok: false, reason: { code: 'notFinite' } });
    expect(readDecimal(number(-3))).toEqual({ ok: false, reason: { code: 'negative' } });
    expect(readDecimal(text('-0.02'), { signed: true, percent: true })).toEqual({ ok: true, value: '-0.02' });
    expect(readDecimal(text('-2%'), { signed: true, percent: true })).toEqual({ ok: true, value: '-0.02' });
    expect(readDecimal(text('25%'))).toEqual({ ok: false, reason: { code: 'notANumber', text: '25%' } });
    expect(readDecimal(text('12,000.50'), { money: true })).toEqual({ ok: true, value: '12000.5' });
    expect(readDecimal(text('12,00'))).toEqual({ ok: false, reason: { code: 'notANumber', text: '12,00' } });
    expect(readDecimal(cellContent({ error: '#N/A' }))).toEqual({ ok: false, reason: { code: 'errorValue', text: '#N/A' } });
    expect(readDecimal(cellContent(true))).toEqual({ ok: false, reason: { code: 'notANumber', text: 'true' } });
    expect(readDecimal(cellContent({ formula: 'A1', result: 0.1 + 0.7 }), { money: true })).toEqual({ ok: true, value: '0.8' });
    expect(readDecimal(cellContent(null))).toEqual({ ok: false, reason: { code: 'required' } });
  });

  it('reads whole numbers and months', () => {
    expect(readInteger(number(36))).toEqual({ ok: true, value: 36 });
    expect(readInteger(number(12.5))).toEqual({ ok: false, reason: { code: 'notAWholeNumber' } });
    expect(readMonth(text('2026-03'))).toEqual({ ok: true, value: '2026-03' });
    expect(readMonth(text('2026年3月'))).toEqual({ ok: true, value: '2026-03' });
    expect(readMonth(text('2026-13'))).toEqual({ ok: false, reason: { code: 'notAMonth', text: '2026-13' } });
    expect(readMonth(cellContent(new Date(Date.UTC(2027, 0, 1))))).toEqual({ ok: true, value: '2027-01' });
    expect(readMonth(number(46174))).toEqual({ ok: false, reason: { code: 'notAMonth', text: '46174' } });
  });

  it('writes a decimal as a number only when the double gives it back unchanged', () => {
    expect(decimalCell('1234.56')).toBe(1234.56);
    expect(decimalCell('0.0435')).toBe(0.0435);
    expect(decimalCell('123456789012.123456')).toBe('123456789012.123456');
  });
});
