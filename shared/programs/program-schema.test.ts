import { describe, expect, it } from 'vitest';
import { issuesByField } from '../schemas/common';
import {
  completionRuleOf,
  EMPTY_PROGRAM_FORM,
  programFormSchema,
  programToForm,
  type ProgramFormValues,
} from './program-schema';
import { EMPTY_MENTOR_FORM, EMPTY_PLACE_FORM, mentorFormSchema, placeFormSchema } from './directory-schema';
import type { Program } from '../domain/program';

const valid: ProgramFormValues = {
  ...EMPTY_PROGRAM_FORM,
  title: 'Лазерная резка',
  profession: 'Оператор лазерного станка',
  equipment: [{ name: 'Станок', specs: '', quantity: 1, per: 'group', required: true }],
};

function errorsOf(values: Partial<ProgramFormValues> | Record<string, unknown>): Record<string, string> {
  const result = programFormSchema.safeParse({ ...valid, ...values });
  return result.success ? {} : issuesByField(result.error);
}

describe('programme form: edges', () => {
  it('accepts a complete programme and trims text', () => {
    const result = programFormSchema.safeParse({ ...valid, title: '  Лазерная резка  ' });
    expect(result.success).toBe(true);
    expect(result.data?.title).toBe('Лазерная резка');
  });

  it('requires a title and a profession', () => {
    const e = errorsOf({ title: '   ', profession: '' });
    expect(e.title).toBe('programs.titleRequired');
    expect(e.profession).toBe('programs.professionRequired');
  });

  it('duration: 15 and 600 minutes pass, 14 and 601 do not', () => {
    expect(errorsOf({ durationMinutes: 15 }).durationMinutes).toBeUndefined();
    expect(errorsOf({ durationMinutes: 600 }).durationMinutes).toBeUndefined();
    expect(errorsOf({ durationMinutes: 14 }).durationMinutes).toBe('programs.durationMin');
    expect(errorsOf({ durationMinutes: 601 }).durationMinutes).toBe('programs.durationMax');
    expect(errorsOf({ durationMinutes: 90.5 }).durationMinutes).toBe('programs.durationWhole');
    expect(errorsOf({ durationMinutes: null }).durationMinutes).toBe('programs.durationRequired');
  });

  it('grades within 6–11, min ≤ max; equal is fine', () => {
    expect(errorsOf({ gradeMin: 6, gradeMax: 11 })).toEqual({});
    expect(errorsOf({ gradeMin: 9, gradeMax: 9 })).toEqual({});
    expect(errorsOf({ gradeMin: 5 }).gradeMin).toBe('programs.gradeRange');
    expect(errorsOf({ gradeMax: 12 }).gradeMax).toBe('programs.gradeRange');
    expect(errorsOf({ gradeMin: 10, gradeMax: 9 }).gradeMax).toBe('programs.gradeOrder');
  });

  it('group size 1–100', () => {
    expect(errorsOf({ maxGroupSize: 1 })).toEqual({});
    expect(errorsOf({ maxGroupSize: 100 })).toEqual({});
    expect(errorsOf({ maxGroupSize: 0 }).maxGroupSize).toBe('programs.groupSizeMin');
    expect(errorsOf({ maxGroupSize: 101 }).maxGroupSize).toBe('programs.groupSizeMax');
  });

  it('an ОВЗ-adapted programme names its nosologies', () => {
    expect(errorsOf({ ovzAdapted: true, nosologies: [] }).nosologies).toBe('programs.nosologiesRequired');
    expect(errorsOf({ ovzAdapted: true, nosologies: ['hearing'] })).toEqual({});
  });

  it('completion share: 1–100 %, only checked in share mode', () => {
    expect(errorsOf({ completionMode: 'all', completionPercent: null })).toEqual({});
    expect(errorsOf({ completionMode: 'share', completionPercent: 1 })).toEqual({});
    expect(errorsOf({ completionMode: 'share', completionPercent: 100 })).toEqual({});
    expect(errorsOf({ completionMode: 'share', completionPercent: 0 }).completionPercent).toBe(
      'programs.percentRange',
    );
    expect(errorsOf({ completionMode: 'share', completionPercent: null }).completionPercent).toBe(
      'programs.percentRequired',
    );
    expect(completionRuleOf({ completionMode: 'share', completionPercent: 75 })).toEqual({
      mode: 'share',
      percent: 75,
    });
    expect(completionRuleOf({ completionMode: 'all', completionPercent: 75 })).toEqual({ mode: 'all' });
  });

  it('equipment rows: a name and a whole quantity of at least 1, messages per row', () => {
    const e = errorsOf({
      equipment: [
        { name: 'Станок', specs: '', quantity: 1, per: 'group', required: true },
        { name: ' ', specs: '', quantity: 0, per: 'person', required: false },
      ],
    });
    expect(e['equipment.1.name']).toBe('programs.equipmentNameRequired');
    expect(e['equipment.1.quantity']).toBe('common.tooSmall|{"min":1}');
    expect(e['equipment.0.name']).toBeUndefined();
  });

  it('refuses unknown enumeration values', () => {
    const e = errorsOf({ sphere: 'space', level: 'expert', format: 'radio', status: 'gone' });
    expect(e.sphere).toBe('programs.sphereRequired');
    expect(e.level).toBe('programs.levelRequired');
    expect(e.format).toBe('programs.formatRequired');
    expect(e.status).toBe('programs.statusRequired');
  });

  it('round-trips a stored programme through the form values', () => {
    const program = {
      id: 'p1',
      titleKey: 'x',
      createdAt: '',
      updatedAt: '',
      ...valid,
      completion: { mode: 'share', percent: 60 },
    } as unknown as Program;
    const form = programToForm(program);
    expect(form.completionMode).toBe('share');
    expect(form.completionPercent).toBe(60);
    expect(programFormSchema.safeParse(form).success).toBe(true);
  });
});

describe('mentor and place forms', () => {
  it('a mentor needs a surname and a name; phone and e-mail are checked when given', () => {
    const r = mentorFormSchema.safeParse({ ...EMPTY_MENTOR_FORM, phone: 'звоните', email: 'нет' });
    const e = issuesByField(r.error!);
    expect(e.lastName).toBe('programs.lastNameRequired');
    expect(e.firstName).toBe('programs.firstNameRequired');
    expect(e.phone).toBe('programs.phoneFormat');
    expect(e.email).toBe('common.email');
    expect(
      mentorFormSchema.safeParse({
        ...EMPTY_MENTOR_FORM,
        lastName: 'Ёлкин',
        firstName: 'Пётр',
        phone: '+7 (900) 123-45-67',
      }).success,
    ).toBe(true);
  });

  it('a place: capacity 1–1000 or empty; an online room needs a link', () => {
    const ok = { ...EMPTY_PLACE_FORM, name: 'Ауд. 104' };
    expect(placeFormSchema.safeParse(ok).success).toBe(true);
    expect(placeFormSchema.safeParse({ ...ok, capacity: 1000 }).success).toBe(true);
    expect(issuesByField(placeFormSchema.safeParse({ ...ok, capacity: 0 }).error!).capacity).toBe(
      'programs.capacityMin',
    );
    expect(issuesByField(placeFormSchema.safeParse({ ...ok, capacity: 1001 }).error!).capacity).toBe(
      'programs.capacityMax',
    );
    expect(issuesByField(placeFormSchema.safeParse({ ...ok, kind: 'online' }).error!).link).toBe(
      'programs.linkRequired',
    );
    expect(issuesByField(placeFormSchema.safeParse({ ...ok, link: 'zoom' }).error!).link).toBe(
      'programs.linkFormat',
    );
    expect(
      placeFormSchema.safeParse({ ...ok, kind: 'online', link: 'https://meet.example.ru/room' }).success,
    ).toBe(true);
  });
});
