import { describe, expect, it } from 'vitest';
import { attendanceWord, genderize, sexFromPatronymic, sexOf, signatureName } from './gender';

describe('sexFromPatronymic', () => {
  it.each([
    ['Николаевна', 'F'],
    ['Ильинична', 'F'],
    ['Никитична', 'F'],
    ['Сергеевич', 'M'],
    ['Ильич', 'M'],
    ['Кузьмич', 'M'],
    ['Рашид оглы', 'M'],
    ['Рашид кызы', 'F'],
    ['Бахтиёр угли', 'M'],
    ['', null],
    ['Smith', null],
  ] as const)('%s → %s', (middle, sex) => {
    expect(sexFromPatronymic(middle)).toBe(sex);
  });
});

describe('sexOf', () => {
  it('takes the stored sex before the patronymic', () => {
    expect(sexOf({ sex: 'F', middleName: 'Сергеевич' })).toBe('F');
    expect(sexOf({ sex: 'M', fio: 'Власова Полина Николаевна' })).toBe('M');
  });
  it('falls back to the patronymic of the parts or of the whole ФИО', () => {
    expect(sexOf({ sex: null, lastName: 'Власова', firstName: 'Полина', middleName: 'Николаевна' })).toBe(
      'F',
    );
    expect(sexOf({ fio: 'Иванов Пётр Ильич' })).toBe('M');
    expect(sexOf({ sex: null, fio: 'Ким Алина' })).toBeNull();
    expect(sexOf({})).toBeNull();
  });
});

describe('genderize', () => {
  it('resolves «(а)» and «(ла)» markers for one person', () => {
    expect(genderize('успешно прошёл(а) профессиональную пробу', 'F')).toBe(
      'успешно прошла профессиональную пробу',
    );
    expect(genderize('успешно прошёл(а) профессиональную пробу', 'M')).toBe(
      'успешно прошёл профессиональную пробу',
    );
    expect(genderize('Прошёл(ла) пробу', 'F')).toBe('Прошла пробу');
    expect(genderize('Присутствовал(а), записан(а)', 'F')).toBe('Присутствовала, записана');
    expect(genderize('Присутствовал(а), записан(а)', 'M')).toBe('Присутствовал, записан');
    expect(genderize('Аня будет исключён(а) из группы', 'F')).toBe('Аня будет исключена из группы');
    expect(genderize('Исключён(а) из группы', 'M')).toBe('Исключён из группы');
    expect(genderize('Аня записан(а) в группу и отмечен(а)', 'F')).toBe('Аня записана в группу и отмечена');
  });
  it('keeps both forms when the sex is unknown, and leaves other brackets alone', () => {
    expect(genderize('прошёл(а) пробу', null)).toBe('прошёл(а) пробу');
    expect(genderize('проба (вводный уровень)', 'F')).toBe('проба (вводный уровень)');
  });
});

describe('attendanceWord', () => {
  it('agrees with the pupil, neutral when unknown', () => {
    expect(attendanceWord('present', 'F')).toBe('Присутствовала');
    expect(attendanceWord('present', 'M')).toBe('Присутствовал');
    expect(attendanceWord('absent', 'F')).toBe('Отсутствовала');
    expect(attendanceWord('late', 'F')).toBe('Опоздала');
    expect(attendanceWord('present', null)).toBe('Присутствие');
    expect(attendanceWord('excused', 'F')).toBe('Уважительная причина');
  });
});

describe('signatureName', () => {
  it('puts the initials before the surname (ГОСТ Р 7.0.97)', () => {
    expect(signatureName('Соколова Марина Андреевна')).toBe('М.\u00a0А.\u00a0Соколова');
    expect(signatureName({ lastName: 'Кравцов', firstName: 'Олег', middleName: '' })).toBe('О.\u00a0Кравцов');
    expect(signatureName('Алиев Рашид Тофик оглы')).toBe('Р.\u00a0Т.\u00a0Алиев');
  });
  it('returns a name it cannot split as typed', () => {
    expect(signatureName('Директор')).toBe('Директор');
    expect(signatureName('')).toBe('');
  });
});
