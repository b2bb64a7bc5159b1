import { z } from 'zod';
import {
  FORMATS,
  LEVELS,
  NOSOLOGIES,
  PROGRAM_STATUSES,
  SPHERES,
  type CompletionRule,
  type Program,
} from '../domain/program';
import { intInRange, optionalText, requiredText } from '../schemas/common';

/** Limits of the programme form, shared by the schema, the inputs and the tests. */
export const PROGRAM_LIMITS = {
  gradeMin: 6,
  gradeMax: 11,
  durationMin: 15,
  durationMax: 600,
  groupMin: 1,
  groupMax: 100,
  percentMin: 1,
  percentMax: 100,
  equipmentMax: 100,
  quantityMax: 10_000,
} as const;

const L = PROGRAM_LIMITS;

export const equipmentItemSchema = z.object({
  name: requiredText('наименование', 200),
  specs: optionalText(500),
  quantity: intInRange(1, L.quantityMax, 'количество'),
  per: z.enum(['person', 'group'], { error: 'Выберите: на человека или на группу' }),
  required: z.boolean(),
});

export const programFormSchema = z
  .object({
    title: requiredText('название программы', 300),
    profession: requiredText('профессию', 200),
    sphere: z.enum(SPHERES, { error: 'Выберите профессиональную среду' }),
    level: z.enum(LEVELS, { error: 'Выберите уровень' }),
    format: z.enum(FORMATS, { error: 'Выберите формат' }),
    durationMinutes: z
      .number({ error: 'Укажите продолжительность в минутах' })
      .int('Продолжительность: целое число минут')
      .min(L.durationMin, `Не меньше ${L.durationMin} минут`)
      .max(L.durationMax, `Не больше ${L.durationMax} минут`),
    gradeMin: z
      .number({ error: 'Укажите класс «с»' })
      .int('Класс: целое число')
      .min(L.gradeMin, `Классы — с ${L.gradeMin} по ${L.gradeMax}`)
      .max(L.gradeMax, `Классы — с ${L.gradeMin} по ${L.gradeMax}`),
    gradeMax: z
      .number({ error: 'Укажите класс «по»' })
      .int('Класс: целое число')
      .min(L.gradeMin, `Классы — с ${L.gradeMin} по ${L.gradeMax}`)
      .max(L.gradeMax, `Классы — с ${L.gradeMin} по ${L.gradeMax}`),
    maxGroupSize: z
      .number({ error: 'Укажите размер группы числом' })
      .int('Размер группы: целое число')
      .min(L.groupMin, `Не меньше ${L.groupMin} человека`)
      .max(L.groupMax, `Не больше ${L.groupMax} человек`),
    ovzAdapted: z.boolean(),
    nosologies: z.array(z.enum(NOSOLOGIES)),
    author: optionalText(300),
    mentorIds: z.array(z.string()),
    description: optionalText(5000),
    task: optionalText(5000),
    assessmentCriteria: optionalText(5000),
    mentorNotes: optionalText(5000),
    equipment: z
      .array(equipmentItemSchema)
      .max(L.equipmentMax, `Не больше ${L.equipmentMax} позиций оборудования`),
    status: z.enum(PROGRAM_STATUSES, { error: 'Выберите статус' }),
    completionMode: z.enum(['all', 'share'], { error: 'Выберите порог прохождения' }),
    /** Kept while the mode is «all» so switching back and forth does not lose the typed value. */
    completionPercent: z.number().nullable(),
  })
  .superRefine((v, ctx) => {
    if (Number.isInteger(v.gradeMin) && Number.isInteger(v.gradeMax) && v.gradeMin > v.gradeMax) {
      ctx.addIssue({
        code: 'custom',
        path: ['gradeMax'],
        message: 'Класс «по» не может быть меньше класса «с»',
      });
    }
    if (v.ovzAdapted && v.nosologies.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['nosologies'],
        message: 'Отметьте, для каких нозологий адаптирована программа',
      });
    }
    if (v.completionMode === 'share') {
      const p = v.completionPercent;
      let message: string | null = null;
      if (p === null || Number.isNaN(p)) message = 'Укажите долю занятий в процентах';
      else if (!Number.isInteger(p)) message = 'Доля занятий: целое число процентов';
      else if (p < L.percentMin || p > L.percentMax)
        message = `Доля занятий — от ${L.percentMin} до ${L.percentMax} %`;
      if (message) ctx.addIssue({ code: 'custom', path: ['completionPercent'], message });
    }
  });

export type ProgramFormValues = z.infer<typeof programFormSchema>;
export type EquipmentFormItem = z.infer<typeof equipmentItemSchema>;

export const EMPTY_EQUIPMENT_ITEM: EquipmentFormItem = {
  name: '',
  specs: '',
  quantity: 1,
  per: 'person',
  required: true,
};

export const EMPTY_PROGRAM_FORM: ProgramFormValues = {
  title: '',
  profession: '',
  sphere: 'industrial',
  level: 'intro',
  format: 'in-person',
  durationMinutes: 90,
  gradeMin: 8,
  gradeMax: 9,
  maxGroupSize: 15,
  ovzAdapted: false,
  nosologies: [],
  author: '',
  mentorIds: [],
  description: '',
  task: '',
  assessmentCriteria: '',
  mentorNotes: '',
  equipment: [],
  status: 'draft',
  completionMode: 'all',
  completionPercent: 80,
};

export function completionRuleOf(
  values: Pick<ProgramFormValues, 'completionMode' | 'completionPercent'>,
): CompletionRule {
  return values.completionMode === 'share'
    ? { mode: 'share', percent: values.completionPercent ?? 100 }
    : { mode: 'all' };
}

/** The stored programme as form values (for editing). */
export function programToForm(p: Program): ProgramFormValues {
  return {
    title: p.title,
    profession: p.profession,
    sphere: p.sphere,
    level: p.level,
    format: p.format,
    durationMinutes: p.durationMinutes,
    gradeMin: p.gradeMin,
    gradeMax: p.gradeMax,
    maxGroupSize: p.maxGroupSize,
    ovzAdapted: p.ovzAdapted,
    nosologies: [...p.nosologies],
    author: p.author,
    mentorIds: [...p.mentorIds],
    description: p.description,
    task: p.task,
    assessmentCriteria: p.assessmentCriteria,
    mentorNotes: p.mentorNotes,
    equipment: p.equipment.map((e) => ({ ...e })),
    status: p.status,
    completionMode: p.completion.mode,
    completionPercent: p.completion.mode === 'share' ? p.completion.percent : 80,
  };
}
