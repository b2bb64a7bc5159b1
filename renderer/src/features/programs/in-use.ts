import { isRuleError, type ErrorParams } from '@shared/errors';
import i18n from '../../i18n';
import { errorMessage } from '../../ui';

/** The counts each refusal lists, in order, with the key of their words and how they are joined. */
const LISTS: Record<string, { parts: [param: string, words: string][]; join: 'comma' | 'and' }> = {
  'programs.programInUse': {
    parts: [
      ['groups', 'groups'],
      ['sessions', 'sessions'],
      ['certificates', 'certificates'],
    ],
    join: 'comma',
  },
  'programs.mentorInUse': {
    parts: [
      ['programs', 'inPrograms'],
      ['sessions', 'inSessions'],
    ],
    join: 'and',
  },
  'programs.placeInUse': { parts: [['sessions', 'inSessions']], join: 'and' },
};

/**
 * The words of an error, where a delete refusal lists what refers to the record («1 группа, 2 занятия»): the
 * data layer gives only the counts, and a list with plurals and joiners is beyond a single i18next string.
 * Any other error gets its usual words.
 */
export function programsErrorMessage(error: unknown): string {
  const list = isRuleError(error) ? LISTS[error.code] : undefined;
  if (!isRuleError(error) || !list) return errorMessage(error);
  const t = i18n.getFixedT(null, 'programs');
  const params: ErrorParams = error.params;
  const parts = list.parts
    .filter(([param]) => Number(params[param] ?? 0) > 0)
    .map(([param, words]) => t(`refs.${words}`, { count: Number(params[param]) }));
  const key = error.code.slice(error.code.indexOf('.') + 1);
  return t(`errors.${key}`, { ...params, list: parts.join(t(`refs.${list.join}`)) });
}
