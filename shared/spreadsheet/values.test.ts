import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  excelSerialToIso,
  isoToExcelSerial,
  nameKey,
  parseDate,
  parseNumber,
  parseTime,
  parseYear,
  phoneKey,
  splitName,
} from './values';

describe('dates as coordinators write them', () => {
  it.each([
    ['2024.03.05.', '2024-03-05'],
    ['2024.03.05', '2024-03-05'],
    ['2024. 03. 05.', '2024-03-05'],
    ['2024. 3. 5.', '2024-03-05'],
    ['5.3.2024', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    ['5.3.2024.', '2024-03-05'],
    ['05/03/2024', '2024-03-05'],
    ['5/3/24', '2024-03-05'],
    ['5-3-1985', '1985-03-05'],
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T10:30:00Z', '2024-03-05'],
    ['2024-03-05 10:30', '2024-03-05'],
    ['45356', '2024-03-05'],
  ])('%s is %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it('reads Excel serial numbers and Date cells', () => {
    expect(parseDate(45356)).toBe('2024-03-05');
    expect(parseDate(1)).toBe('1900-01-01');
    expect(parseDate(new Date(Date.UTC(2024, 2, 5)))).toBe('2024-03-05');
  });

  it('refuses what is not a date, and says empty for an empty cell', () => {
    for (const bad of ['2024.13.01.', '31.2.2024', 'tomorrow', '12:30', 'x', '2024', '1.2'])
      expect(parseDate(bad), bad).toBeUndefined();
    expect(parseDate(null)).toBeNull();
    expect(parseDate('  ')).toBeNull();
    expect(parseDate(true)).toBeUndefined();
  });

  it('every calendar date round-trips through every written form', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1901, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, day] = iso.split('-') as [string, string, string];
          const forms = [
            iso,
            `${y}.${m}.${day}.`,
            `${y}. ${m}. ${day}.`,
            `${Number(day)}.${Number(m)}.${y}`,
            `${day}/${m}/${y}`,
            isoToExcelSerial(iso),
            new Date(`${iso}T00:00:00Z`),
          ];
          for (const f of forms) expect(parseDate(f)).toBe(iso);
          expect(excelSerialToIso(isoToExcelSerial(iso))).toBe(iso);
        },
      ),
    );
  });
});

describe('times, numbers, years', () => {
  it('reads times', () => {
    expect(parseTime('14:30')).toBe('14:30');
    expect(parseTime('9.00')).toBe('09:00');
    expect(parseTime('9h')).toBe('09:00');
    expect(parseTime('2:30 PM')).toBe('14:30');
    expect(parseTime(0.5)).toBe('12:00');
    expect(parseTime(new Date(Date.UTC(1899, 11, 30, 16, 45)))).toBe('16:45');
    expect(parseTime('25:00')).toBeUndefined();
  });
  it('reads numbers with a decimal comma', () => {
    expect(parseNumber('1,5')).toBe(1.5);
    expect(parseNumber('1 234,5')).toBe(1234.5);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber(2)).toBe(2);
    expect(parseNumber('two')).toBeUndefined();
  });
  it('reads a year, also from a date of birth', () => {
    expect(parseYear(1985)).toBe(1985);
    expect(parseYear('1985')).toBe(1985);
    expect(parseYear('1985.03.02.')).toBe(1985);
    expect(parseYear('85')).toBeUndefined();
  });
});

describe('names in one column', () => {
  it('splits Hungarian names family first, others given first, and "Family, Given" always', () => {
    expect(splitName('Kovács Anna', 'familyFirst')).toEqual({ familyName: 'Kovács', givenName: 'Anna' });
    expect(splitName('Kovács Anna Mária', 'familyFirst')).toEqual({ familyName: 'Kovács', givenName: 'Anna Mária' });
    expect(splitName('Dr. Kovács Anna', 'familyFirst')).toEqual({ familyName: 'Dr. Kovács', givenName: 'Anna' });
    expect(splitName('Anna Virtanen', 'givenFirst')).toEqual({ familyName: 'Virtanen', givenName: 'Anna' });
    expect(splitName('Anna Maria van der Berg', 'givenFirst')).toEqual({
      familyName: 'van der Berg',
      givenName: 'Anna Maria',
    });
    expect(splitName('Virtanen, Anna', 'familyFirst')).toEqual({ familyName: 'Virtanen', givenName: 'Anna' });
    expect(splitName('Virtanen, Anna', 'givenFirst')).toEqual({ familyName: 'Virtanen', givenName: 'Anna' });
    expect(splitName('Anna', 'givenFirst')).toEqual({ familyName: 'Anna', givenName: '' });
  });

  it('a name written in its order splits back into the same two parts', () => {
    const word = fc.stringMatching(/^[A-ZÁÉŐÜ][a-záéíóöőúüű]{1,8}$/);
    fc.assert(
      fc.property(word, fc.array(word, { minLength: 1, maxLength: 2 }), (family, givens) => {
        const given = givens.join(' ');
        expect(splitName(`${family} ${given}`, 'familyFirst')).toEqual({ familyName: family, givenName: given });
        expect(splitName(`${given} ${family}`, 'givenFirst')).toEqual({ familyName: family, givenName: given });
        expect(splitName(`${family}, ${given}`, 'givenFirst')).toEqual({ familyName: family, givenName: given });
      }),
    );
  });
});

describe('duplicate keys', () => {
  it('compares phones by their last nine digits and names without accents', () => {
    expect(phoneKey('+36 20 123 4567')).toBe(phoneKey('06 20 123 4567'));
    expect(phoneKey('+36 (20) 123-4567')).toBe(phoneKey('06201234567'));
    expect(phoneKey('+358 40 123 4567')).not.toBe(phoneKey('+358 40 123 4568'));
    expect(nameKey('Kovács', 'Anna')).toBe(nameKey('KOVACS', 'anna'));
  });
});
