import type { Id, IsoDateTime, Labels } from './common';

export const SPHERES = [
  'safe',
  'smart',
  'social',
  'healthy',
  'comfortable',
  'industrial',
  'creative',
  'business',
  'agrarian',
] as const;
export type Sphere = (typeof SPHERES)[number];
/** The nine professional environments («среды») of the federal model. */
export const SPHERE_LABELS: Labels<Sphere> = {
  safe: 'Безопасная среда',
  smart: 'Умная среда',
  social: 'Социальная среда',
  healthy: 'Здоровая среда',
  comfortable: 'Комфортная среда',
  industrial: 'Индустриальная среда',
  creative: 'Креативная среда',
  business: 'Деловая среда',
  agrarian: 'Аграрная среда',
};

export const LEVELS = ['intro', 'basic', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Labels<Level> = {
  intro: 'Ознакомительный',
  basic: 'Базовый',
  advanced: 'Продвинутый',
};

export const FORMATS = ['in-person', 'online', 'blended'] as const;
export type Format = (typeof FORMATS)[number];
export const FORMAT_LABELS: Labels<Format> = {
  'in-person': 'Очный',
  online: 'Онлайн',
  blended: 'Смешанный',
};

export const PROGRAM_STATUSES = ['draft', 'active', 'archived'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];
export const PROGRAM_STATUS_LABELS: Labels<ProgramStatus> = {
  draft: 'Черновик',
  active: 'Активна',
  archived: 'Архив',
};

export const NOSOLOGIES = [
  'hearing',
  'vision',
  'musculoskeletal',
  'speech',
  'intellectual',
  'asd',
  'other',
] as const;
export type Nosology = (typeof NOSOLOGIES)[number];
export const NOSOLOGY_LABELS: Labels<Nosology> = {
  hearing: 'Нарушения слуха',
  vision: 'Нарушения зрения',
  musculoskeletal: 'Нарушения опорно-двигательного аппарата',
  speech: 'Тяжёлые нарушения речи',
  intellectual: 'Интеллектуальные нарушения',
  asd: 'Расстройства аутистического спектра',
  other: 'Другое',
};

export interface EquipmentItem {
  name: string;
  specs: string;
  quantity: number;
  per: 'person' | 'group';
  required: boolean;
}

/**
 * When a participant counts as having completed the trial: every (not cancelled) session of the group,
 * or at least `percent` % of them.
 */
export type CompletionRule = { mode: 'all' } | { mode: 'share'; percent: number };

/** A profession trial programme (программа профессиональной пробы). */
export interface Program {
  id: Id;
  title: string;
  /** Normalised title (case, spaces, ё→е) for the uniqueness rule among active programmes. */
  titleKey: string;
  profession: string;
  /**
   * The title as the venue registered the programme on the federal platform, when it differs from `title`
   * (Сверка с платформой matches the platform's trial names to it); absent or empty when the same.
   */
  platformName?: string;
  sphere: Sphere;
  level: Level;
  format: Format;
  durationMinutes: number;
  gradeMin: number;
  gradeMax: number;
  maxGroupSize: number;
  ovzAdapted: boolean;
  nosologies: Nosology[];
  author: string;
  mentorIds: Id[];
  description: string;
  task: string;
  assessmentCriteria: string;
  mentorNotes: string;
  equipment: EquipmentItem[];
  status: ProgramStatus;
  completion: CompletionRule;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** 45 minutes make one academic hour. */
export function academicHours(durationMinutes: number): number {
  return Math.round((durationMinutes / 45) * 10) / 10;
}
