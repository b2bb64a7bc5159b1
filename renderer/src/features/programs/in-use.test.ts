// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { RuleError } from '@shared/errors';
import { mentorDeleteRefusal, placeDeleteRefusal, programDeleteRefusal } from '@shared/programs';
import i18n from '../../i18n';
import { programsErrorMessage } from './in-use';

describe('the words of a delete refusal', () => {
  it('list what refers to the record, with plurals, skipping what is not there', async () => {
    await i18n.changeLanguage('ru');
    expect(programsErrorMessage(programDeleteRefusal({ groups: 1, sessions: 2, certificates: 5 }))).toMatch(
      /^Программу нельзя удалить: на неё ссылаются 1 группа, 2 занятия, 5 сертификатов\. /,
    );
    expect(programsErrorMessage(programDeleteRefusal({ groups: 0, sessions: 0, certificates: 1 }))).toMatch(
      /ссылаются 1 сертификат\. /,
    );
    expect(programsErrorMessage(mentorDeleteRefusal({ programs: 1, sessions: 3 }))).toMatch(
      /^Наставника нельзя удалить: он указан в 1 программе и 3 занятиях\. /,
    );
    expect(programsErrorMessage(placeDeleteRefusal({ sessions: 21 }))).toMatch(/указано в 21 занятии\. /);
  });

  it('in English too; any other error gets its usual words', async () => {
    await i18n.changeLanguage('en');
    expect(programsErrorMessage(programDeleteRefusal({ groups: 2, sessions: 1, certificates: 0 }))).toMatch(
      /^The programme cannot be deleted: 2 groups, 1 session refer to it\. /,
    );
    expect(programsErrorMessage(new RuleError('programs.programNotFound'))).toBe(
      'Programme not found: it may have been deleted.',
    );
    await i18n.changeLanguage('ru');
  });
});
