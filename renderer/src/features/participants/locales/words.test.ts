import { describe, expect, it } from 'vitest';
import { RuleError } from '@shared/errors';
import { wordsOf } from '../../../i18n/test-words';

// The Russian words of codes that used to be written into `shared/` as sentences: they read exactly as before.
describe('participants error words', () => {
  it.each([
    ['participants.cellGradeRange', { grade: 12 }, 'Класс 12 вне диапазона 1–11'],
    ['participants.cellDateImpossible', { text: '31.02.2012' }, 'Несуществующая дата «31.02.2012»'],
    ['participants.cellBirthFuture', { date: '01.01.2030' }, 'Дата рождения 01.01.2030 ещё не наступила'],
    ['participants.cellSex', { text: 'x' }, 'Пол «x»: ожидается М или Ж'],
    ['participants.cellFioShort', { text: 'Сидоров' }, 'ФИО «Сидоров»: нужны хотя бы фамилия и имя'],
    ['participants.lastNameRequired', {}, 'Укажите фамилию'],
    ['participants.gradeRange', {}, 'Класс от 1 до 11'],
    ['participants.fileZeroBytes', { file: 'empty.csv' }, 'Файл «empty.csv» пустой (0 байт).'],
    [
      'participants.schoolHasPupils',
      { count: 3 },
      'В школе 3 участника: удалить её нельзя, можно объединить с другой.',
    ],
    [
      'participants.schoolHasPupils',
      { count: 5 },
      'В школе 5 участников: удалить её нельзя, можно объединить с другой.',
    ],
  ] as const)('%s', (code, params, words) => {
    expect(wordsOf(new RuleError(code, params))).toBe(words);
  });
});
