import { describe, expect, it } from 'vitest';
import type { Program } from '../domain/program';
import { EMPTY_PROGRAM_FORM, completionRuleOf } from './program-schema';
import {
  academicHoursLabel,
  canScheduleProgram,
  copyTitle,
  durationLabel,
  filterPrograms,
  findTitleConflict,
  NO_PROGRAM_FILTERS,
  scheduleRefusal,
  titleKey,
} from './program-rules';

function program(over: Partial<Program>): Program {
  const { completionMode: _m, completionPercent: _p, ...rest } = EMPTY_PROGRAM_FORM;
  const base: Program = {
    ...rest,
    id: 'p',
    title: 'Программа',
    titleKey: '',
    profession: 'Профессия',
    completion: completionRuleOf(EMPTY_PROGRAM_FORM),
    createdAt: '',
    updatedAt: '',
  };
  const p = { ...base, ...over };
  return { ...p, titleKey: titleKey(p.title) };
}

describe('title uniqueness', () => {
  const existing = [
    program({ id: 'a', title: 'Лазерная резка: от эскиза до изделия', status: 'active' }),
    program({ id: 'b', title: 'Старая программа', status: 'archived' }),
    program({ id: 'c', title: 'Черновик ёлки', status: 'draft' }),
  ];

  it('ignores case, spaces and ё/е', () => {
    expect(titleKey('  ЛАЗЕРНАЯ   резка: ОТ эскиза до изделия ')).toBe(existing[0]!.titleKey);
    expect(findTitleConflict('лазерная резка:  от эскиза до изделия', 'active', existing)?.id).toBe('a');
    expect(findTitleConflict('Черновик елки', 'active', existing)?.id).toBe('c');
  });

  it('does not clash with itself, with archived programmes, or when saving into the archive', () => {
    expect(findTitleConflict('Лазерная резка: от эскиза до изделия', 'active', existing, 'a')).toBeNull();
    expect(findTitleConflict('Старая программа', 'active', existing)).toBeNull();
    expect(findTitleConflict('Лазерная резка: от эскиза до изделия', 'archived', existing)).toBeNull();
  });

  it('names copies so they never clash', () => {
    const taken = new Set(existing.map((p) => p.titleKey));
    expect(copyTitle('Лазерная  резка', taken)).toBe('Копия — Лазерная резка');
    taken.add(titleKey('Копия — Лазерная резка'));
    expect(copyTitle('Лазерная резка', taken)).toBe('Копия 2 — Лазерная резка');
  });
});

describe('scheduling and labels', () => {
  it('archived programmes cannot get new groups; drafts and active ones can', () => {
    expect(canScheduleProgram({ status: 'active' })).toBe(true);
    expect(canScheduleProgram({ status: 'draft' })).toBe(true);
    expect(canScheduleProgram({ status: 'archived' })).toBe(false);
    expect(scheduleRefusal({ status: 'archived', title: 'Эколог' })).toMatchObject({
      code: 'programs.archivedNoGroups',
      params: { title: 'Эколог' },
    });
    expect(scheduleRefusal({ status: 'active', title: 'Эколог' })).toBeNull();
  });

  it('shows academic hours (45 min = 1 ак. ч.)', () => {
    expect(academicHoursLabel(45)).toBe('1 ак. ч.');
    expect(academicHoursLabel(90)).toBe('2 ак. ч.');
    expect(academicHoursLabel(60)).toBe('1,3 ак. ч.');
    expect(durationLabel(135)).toBe('135 мин · 3 ак. ч.');
  });
});

describe('list search and filters', () => {
  const list = [
    program({
      id: '1',
      title: 'Ёлочные игрушки',
      profession: 'Стеклодув',
      sphere: 'creative',
      gradeMin: 6,
      gradeMax: 7,
    }),
    program({
      id: '2',
      title: 'Станки с ЧПУ',
      profession: 'Оператор',
      sphere: 'industrial',
      level: 'basic',
      status: 'active',
    }),
    program({
      id: '3',
      title: 'Эколог',
      profession: 'Эколог',
      sphere: 'agrarian',
      format: 'online',
      status: 'archived',
      gradeMin: 10,
      gradeMax: 11,
    }),
  ];
  const ids = (f: Partial<typeof NO_PROGRAM_FILTERS>) =>
    filterPrograms(list, { ...NO_PROGRAM_FILTERS, ...f }).map((p) => p.id);

  it('searches ё/е- and case-insensitively by word prefixes', () => {
    expect(ids({ query: 'елочн' })).toEqual(['1']);
    expect(ids({ query: 'ЁЛОЧНЫЕ иг' })).toEqual(['1']);
    expect(ids({ query: 'опера' })).toEqual(['2']);
    expect(ids({ query: '' })).toEqual(['1', '2', '3']);
  });

  it('filters by sphere, level, format, status and grade', () => {
    expect(ids({ spheres: ['industrial', 'agrarian'] })).toEqual(['2', '3']);
    expect(ids({ levels: ['basic'] })).toEqual(['2']);
    expect(ids({ formats: ['online'] })).toEqual(['3']);
    expect(ids({ statuses: ['draft', 'active'] })).toEqual(['1', '2']);
    expect(ids({ grades: [6] })).toEqual(['1']);
    expect(ids({ grades: [9, 11] })).toEqual(['2', '3']);
  });
});
