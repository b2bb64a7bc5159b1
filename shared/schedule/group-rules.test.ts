import { describe, expect, it } from 'vitest';
import {
  defaultGroupName,
  nextPosition,
  planEnrollment,
  promotionsFromWaitingList,
  waitingListOrder,
} from './group-rules';

describe('defaultGroupName', () => {
  it('is «<programme> — <ДД.ММ.ГГГГ>»', () => {
    expect(defaultGroupName('Портной: пошив простого изделия', '2026-03-12')).toBe(
      'Портной: пошив простого изделия — 12.03.2026',
    );
  });
  it('is the programme title alone while there is no date', () => {
    expect(defaultGroupName('  Эколог  ', null)).toBe('Эколог');
  });
});

const e = (
  id: string,
  status: 'enrolled' | 'waiting',
  position: number,
  createdAt = '2026-03-01T10:00:00.000Z',
) => ({
  id,
  status,
  position,
  createdAt,
});

describe('waiting list', () => {
  it('orders by position, then by time, then by id', () => {
    const list = [
      e('c', 'waiting', 5),
      e('a', 'waiting', 3, '2026-03-02T10:00:00.000Z'),
      e('b', 'waiting', 3, '2026-03-01T10:00:00.000Z'),
      e('x', 'enrolled', 0),
      e('d', 'waiting', 5),
    ];
    expect(waitingListOrder(list).map((x) => x.id)).toEqual(['b', 'a', 'c', 'd']);
  });
  it('promotes the first in line, as many as there are free places', () => {
    const list = [
      e('p1', 'enrolled', 0),
      e('w2', 'waiting', 3),
      e('w1', 'waiting', 2),
      e('w3', 'waiting', 4),
    ];
    expect(promotionsFromWaitingList(list, 3)).toEqual(['w1', 'w2']);
    expect(promotionsFromWaitingList(list, 2)).toEqual(['w1']);
  });
  it('promotes nobody when the group is full or over capacity', () => {
    const list = [e('p1', 'enrolled', 0), e('p2', 'enrolled', 1), e('w1', 'waiting', 2)];
    expect(promotionsFromWaitingList(list, 2)).toEqual([]);
    expect(promotionsFromWaitingList(list, 1)).toEqual([]);
  });
  it('promotes everyone when there is room for all', () => {
    expect(promotionsFromWaitingList([e('w1', 'waiting', 0), e('w2', 'waiting', 1)], 10)).toEqual([
      'w1',
      'w2',
    ]);
  });
  it('nextPosition continues after the highest position', () => {
    expect(nextPosition([])).toBe(0);
    expect(nextPosition([{ position: 4 }, { position: 1 }])).toBe(5);
  });
});

describe('planEnrollment', () => {
  it('fills free places in order and returns the rest as overflow', () => {
    expect(planEnrollment(['a', 'b', 'c'], 8, 10)).toEqual({ enrolled: ['a', 'b'], overflow: ['c'] });
  });
  it('everything overflows when the group is full', () => {
    expect(planEnrollment(['a'], 10, 10)).toEqual({ enrolled: [], overflow: ['a'] });
  });
  it('nothing overflows when there is room', () => {
    expect(planEnrollment(['a', 'b'], 0, 10)).toEqual({ enrolled: ['a', 'b'], overflow: [] });
  });
});
