import type { Id, IsoDateTime, Labels } from './common';

/** A mentor (наставник): a teacher of the venue or an employer's specialist. */
export interface Mentor {
  id: Id;
  lastName: string;
  firstName: string;
  middleName: string;
  position: string;
  organization: string;
  profession: string;
  phone: string;
  email: string;
  archived: boolean;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export const PLACE_KINDS = ['classroom', 'workshop', 'online'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const PLACE_KIND_LABELS: Labels<PlaceKind> = {
  classroom: 'Кабинет',
  workshop: 'Мастерская',
  online: 'Онлайн',
};

/** A place (место проведения): a classroom, a workshop or an online room. */
export interface Place {
  id: Id;
  name: string;
  kind: PlaceKind;
  capacity: number | null;
  address: string;
  link: string;
  archived: boolean;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}
