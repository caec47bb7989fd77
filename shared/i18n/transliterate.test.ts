import { describe, expect, it } from 'vitest';
import { latinToCyrillic, transliterateTree } from './transliterate';

describe('latinToCyrillic', () => {
  it('maps every letter of the Serbian Latin alphabet, in both cases', () => {
    const latin = 'a b c č ć d dž đ e f g h i j k l lj m n nj o p r s š t u v z ž';
    const cyrillic = 'а б ц ч ћ д џ ђ е ф г х и ј к л љ м н њ о п р с ш т у в з ж';
    expect(latinToCyrillic(latin)).toBe(cyrillic);
    expect(latinToCyrillic(latin.toUpperCase())).toBe(cyrillic.toUpperCase());
  });

  it('reads lj, nj and dž as one letter, also capitalised', () => {
    expect(latinToCyrillic('ljudi, njihov, džep')).toBe('људи, њихов, џеп');
    expect(latinToCyrillic('Ljubljana Njegoš Džamija')).toBe('Љубљана Његош Џамија');
    expect(latinToCyrillic('LJUBAV NJIVA DŽEM')).toBe('ЉУБАВ ЊИВА ЏЕМ');
    expect(latinToCyrillic('prijatelj konj')).toBe('пријатељ коњ');
  });

  it('keeps two letters where a prefix meets its root', () => {
    expect(latinToCyrillic('nadživeti')).toBe('надживети');
    expect(latinToCyrillic('podžupan')).toBe('поджупан');
    expect(latinToCyrillic('injekcija')).toBe('инјекција');
  });

  it('translates the text around placeholders, nested keys and HTML, never inside them', () => {
    expect(latinToCyrillic('Zdravo, {{name}}! Imate {{count}} sesija.')).toBe(
      'Здраво, {{name}}! Имате {{count}} сесија.',
    );
    expect(latinToCyrillic('Vidi $t(common:actions.save) i <strong>sačuvaj</strong>')).toBe(
      'Види $t(common:actions.save) и <strong>сачувај</strong>',
    );
    expect(latinToCyrillic('<a href="https://example.org/a">veza</a>')).toBe(
      '<a href="https://example.org/a">веза</a>',
    );
    expect(latinToCyrillic('{{ date , datetime }}')).toBe('{{ date , datetime }}');
  });

  it('leaves digits, punctuation and file names alone', () => {
    expect(latinToCyrillic('Strana 1 od 3 — tandem-backup-2026.age (CSV)')).toBe(
      'Страна 1 од 3 — tandem-backup-2026.age (CSV)',
    );
    expect(latinToCyrillic('Tandem: 10 %')).toBe('Тандем: 10 %');
    expect(latinToCyrillic('OneDrive ili Nextcloud')).toBe('OneDrive или Nextcloud');
  });

  it('leaves acronyms and foreign product names in Latin', () => {
    expect(latinToCyrillic('PNG, JPEG, SVG ili WebP, manji od 500 KB; Excel radna sveska')).toBe(
      'PNG, JPEG, SVG или WebP, мањи од 500 KB; Excel радна свеска',
    );
    expect(latinToCyrillic('BitLocker na Windowsu, FileVault na macOS-u, LUKS na Linuxu (Linux)')).toBe(
      'BitLocker на Windowsu, FileVault на macOS-у, LUKS на Linuxu (Linux)',
    );
  });

  it('keeps the structure and keys of a translation file', () => {
    expect(transliterateTree({ title: 'Mentori', nested: { count_few: '{{count}} mentora' }, n: 3 })).toEqual({
      title: 'Ментори',
      nested: { count_few: '{{count}} ментора' },
      n: 3,
    });
  });
});
