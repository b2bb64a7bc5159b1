import { isIsoDate, isLocalTime, timeToMinutes } from '../dates';

export interface SessionFields {
  date: string | null;
  start: string;
  end: string;
  placeId: string | null;
  onlineLink: string;
}

/** Field → Russian message for what is wrong with a session's fields; empty when it can be saved. */
export function validateSessionFields(s: SessionFields): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!s.date || !isIsoDate(s.date)) errors.date = 'Укажите дату в формате ДД.ММ.ГГГГ';
  if (!isLocalTime(s.start)) errors.start = 'Время начала в формате ЧЧ:ММ';
  if (!isLocalTime(s.end)) errors.end = 'Время окончания в формате ЧЧ:ММ';
  if (!errors.start && !errors.end && timeToMinutes(s.end) <= timeToMinutes(s.start))
    errors.end = 'Занятие должно заканчиваться позже, чем начинается';
  const link = s.onlineLink.trim();
  if (!s.placeId && !link) errors.placeId = 'Выберите место проведения или укажите ссылку на онлайн-занятие';
  if (link && !/^https?:\/\/\S+$/i.test(link)) errors.onlineLink = 'Ссылка вида https://…';
  return errors;
}
