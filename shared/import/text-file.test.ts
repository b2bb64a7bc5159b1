import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, detectEncoding, parseCsv } from './text-file';
import { RuleError } from '../errors';
import { sniffFile } from './errors';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url)));

describe('encoding detection', () => {
  it('recognises the fixtures: Windows-1251 and UTF-8 with BOM', () => {
    expect(detectEncoding(fixture('school-list-cp1251.csv'))).toBe('windows-1251');
    expect(detectEncoding(fixture('school-list-utf8.csv'))).toBe('utf-8-bom');
  });

  it('tells UTF-8 without BOM from Windows-1251 and reads UTF-16', () => {
    const text = 'Фамилия;Имя\r\nЁлкина;Алёна\r\n';
    const utf8 = new TextEncoder().encode(text);
    expect(detectEncoding(utf8)).toBe('utf-8');
    expect(decodeText(utf8, 'utf-8')).toBe(text);
    const cp1251 = new Uint8Array([0xc5, 0xeb, 0xea, 0xe8, 0xed, 0xe0, 0x3b, 0xa8]); // «Елкина;Ё»
    expect(detectEncoding(cp1251)).toBe('windows-1251');
    expect(decodeText(cp1251, 'windows-1251')).toBe('Елкина;Ё');
    const utf16 = new Uint8Array([0xff, 0xfe, 0x2f, 0x04, 0x3b, 0x00]);
    expect(detectEncoding(utf16)).toBe('utf-16le');
    expect(decodeText(utf16, 'utf-16le')).toBe('Я;');
  });
});

describe('delimiter detection', () => {
  it('finds ; , and tab', () => {
    expect(detectDelimiter('а;б;в\n1;2;3\n')).toBe(';');
    expect(detectDelimiter('а,б,в\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('а\tб\tв\n1\t2\t3\n')).toBe('\t');
  });
  it('is not fooled by commas inside values or quotes', () => {
    expect(detectDelimiter('ФИО;Пробы\nИванов Иван;"Лазер, ЧПУ, Швея"\nПетров Пётр;Лазер, ЧПУ\n')).toBe(';');
    expect(detectDelimiter('ФИО,Пробы\n"Иванов; Иван","a"\n"Петров; Пётр","b"\n')).toBe(',');
  });
  it('recognises the fixtures', () => {
    expect(parseCsv(fixture('school-list-cp1251.csv'), 'a.csv').delimiter).toBe(';');
    expect(parseCsv(fixture('school-list-utf8.csv'), 'b.csv').delimiter).toBe(',');
  });
});

describe('CSV parsing of the fixtures', () => {
  it('reads the Windows-1251 school list', () => {
    const { rows, encoding } = parseCsv(fixture('school-list-cp1251.csv'), 'a.csv');
    expect(encoding).toBe('windows-1251');
    expect(rows[0]).toEqual(['Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Класс', 'Школа']);
    expect(rows).toHaveLength(16);
    expect(rows[2]).toEqual([
      'Воробьёв',
      'Дмитрий',
      'Сергеевич',
      '09.10.2014',
      '6Г',
      'МОУ СОШ № 1 г. Кыштыма',
    ]);
  });
  it('reads the UTF-8 school list without the BOM in the first header', () => {
    const { rows } = parseCsv(fixture('school-list-utf8.csv'), 'b.csv');
    expect(rows[0]![0]).toBe('Школа');
    expect(rows).toHaveLength(16);
  });
  it('lets the person override a wrong guess', () => {
    const { rows } = parseCsv(fixture('school-list-cp1251.csv'), 'a.csv', {
      encoding: 'windows-1251',
      delimiter: ',',
    });
    expect(rows[0]).toEqual(['Фамилия;Имя;Отчество;Дата рождения;Класс;Школа']);
  });
  it('refuses an empty file with its name', () => {
    // The words are in the participants locale (`errors.fileZeroBytes`); the code carries the file's name.
    expect(() => sniffFile(fixture('empty.csv'), 'empty.csv')).toThrow(
      'participants.fileZeroBytes {"file":"empty.csv"}',
    );
    expect(() => parseCsv(new TextEncoder().encode('  \r\n'), 'x.csv')).toThrow(RuleError);
  });
});

describe('file sniffing', () => {
  it('knows XLSX, a password-protected workbook, old .xls and a PDF', () => {
    expect(sniffFile(fixture('platform-export-sample.xlsx'), 'p.xlsx')).toBe('xlsx');
    expect(() => sniffFile(fixture('password-protected.xlsx'), 'secret.xlsx')).toThrow(
      'participants.filePasswordProtected {"file":"secret.xlsx"}',
    );
    expect(() => sniffFile(fixture('old-format.xls'), 'old.xls')).toThrow('participants.fileOldExcel');
    expect(() => sniffFile(fixture('not-a-table.pdf'), 'scan.pdf')).toThrow(
      'participants.fileNotTable {"file":"scan.pdf"}',
    );
    expect(sniffFile(fixture('school-list-utf8.csv'), 'b.csv')).toBe('csv');
  });
});
