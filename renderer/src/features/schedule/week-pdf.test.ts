import { describe, expect, it } from 'vitest';
import type { Group, Program, Session } from '@shared/domain';
import { weekScheduleDoc } from './week-pdf';

const session = (over: Partial<Session>): Session => ({
  id: 's',
  groupId: 'g',
  programId: 'p',
  date: '2027-03-02',
  start: '15:00',
  end: '16:30',
  placeId: null,
  onlineLink: 'https://meet.example.ru/1',
  mentorIds: [],
  status: 'planned',
  cancelReason: '',
  platformConfirmedOn: null,
  createdAt: '',
  updatedAt: '',
  ...over,
});

describe('weekScheduleDoc', () => {
  const base = {
    venueName: 'ЦДТТ',
    weekStart: '2027-03-01',
    groups: new Map([['g', { id: 'g', name: 'Группа 1' } as Group]]),
    programs: new Map([['p', { id: 'p', title: 'Эколог: анализ воды', profession: 'Эколог' } as Program]]),
    places: new Map(),
    mentors: new Map(),
    enrolledCount: new Map([['g', 12]]),
  };
  it('is A4 landscape, keeps only the week, orders by day and time, strikes through cancelled ones', () => {
    const doc = weekScheduleDoc({
      ...base,
      sessions: [
        session({ id: 'b', date: '2027-03-04', start: '10:00' }),
        session({ id: 'a', date: '2027-03-02', status: 'cancelled', cancelReason: 'карантин' }),
        session({ id: 'x', date: '2027-03-08' }),
      ],
    });
    expect(doc.pageSize).toBe('A4');
    expect(doc.pageOrientation).toBe('landscape');
    const json = JSON.stringify(doc.content);
    expect(json).toContain('Расписание профессиональных проб на неделю 01.03.2027 – 07.03.2027');
    expect(json).toContain('Занятие отменено: карантин');
    expect(json).toContain('lineThrough');
    expect(json).not.toContain('08.03.2027');
    expect(json.indexOf('Вторник')).toBeLessThan(json.indexOf('Четверг'));
  });
  it('says so when the week is empty', () => {
    expect(JSON.stringify(weekScheduleDoc({ ...base, sessions: [] }).content)).toContain('занятий нет');
  });
});
