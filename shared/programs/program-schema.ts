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
  name: requiredText('programs.equipmentNameRequired', 200),
  specs: optionalText(500),
  quantity: intInRange(1, L.quantityMax, 'programs.quantityRequired'),
  per: z.enum(['person', 'group'], { error: 'programs.perRequired' }),
  required: z.boolean(),
});

export const programFormSchema = z
  .object({
    title: requiredText('programs.titleRequired', 300),
    profession: requiredText('programs.professionRequired', 200),
    /** «Название на платформе» (optional: older callers and stored forms have none). */
    platformName: optionalText(300).optional(),
    sphere: z.enum(SPHERES, { error: 'programs.sphereRequired' }),
    level: z.enum(LEVELS, { error: 'programs.levelRequired' }),
    format: z.enum(FORMATS, { error: 'programs.formatRequired' }),
    durationMinutes: z
      .number({ error: 'programs.durationRequired' })
      .int('programs.durationWhole')
      .min(L.durationMin, 'programs.durationMin')
      .max(L.durationMax, 'programs.durationMax'),
    gradeMin: z
      .number({ error: 'programs.gradeMinRequired' })
      .int('programs.gradeWhole')
      .min(L.gradeMin, 'programs.gradeRange')
      .max(L.gradeMax, 'programs.gradeRange'),
    gradeMax: z
      .number({ error: 'programs.gradeMaxRequired' })
      .int('programs.gradeWhole')
      .min(L.gradeMin, 'programs.gradeRange')
      .max(L.gradeMax, 'programs.gradeRange'),
    maxGroupSize: z
      .number({ error: 'programs.groupSizeRequired' })
      .int('programs.groupSizeWhole')
      .min(L.groupMin, 'programs.groupSizeMin')
      .max(L.groupMax, 'programs.groupSizeMax'),
    ovzAdapted: z.boolean(),
    nosologies: z.array(z.enum(NOSOLOGIES)),
    author: optionalText(300),
    mentorIds: z.array(z.string()),
    description: optionalText(5000),
    task: optionalText(5000),
    assessmentCriteria: optionalText(5000),
    mentorNotes: optionalText(5000),
    equipment: z.array(equipmentItemSchema).max(L.equipmentMax, 'programs.equipmentTooMany'),
    status: z.enum(PROGRAM_STATUSES, { error: 'programs.statusRequired' }),
    completionMode: z.enum(['all', 'share'], { error: 'programs.completionModeRequired' }),
    /** Kept while the mode is «all» so switching back and forth does not lose the typed value. */
    completionPercent: z.number().nullable(),
  })
  .superRefine((v, ctx) => {
    if (Number.isInteger(v.gradeMin) && Number.isInteger(v.gradeMax) && v.gradeMin > v.gradeMax) {
      ctx.addIssue({
        code: 'custom',
        path: ['gradeMax'],
        message: 'programs.gradeOrder',
      });
    }
    if (v.ovzAdapted && v.nosologies.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['nosologies'],
        message: 'programs.nosologiesRequired',
      });
    }
    if (v.completionMode === 'share') {
      const p = v.completionPercent;
      let message: string | null = null;
      if (p === null || Number.isNaN(p)) message = 'programs.percentRequired';
      else if (!Number.isInteger(p)) message = 'programs.percentWhole';
      else if (p < L.percentMin || p > L.percentMax) message = 'programs.percentRange';
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
  platformName: '',
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
    platformName: p.platformName ?? '',
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
