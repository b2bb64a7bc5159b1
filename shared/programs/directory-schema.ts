import { z } from 'zod';
import { PLACE_KINDS, type Mentor, type Place } from '../domain/directory';
import { emailField, optionalText, requiredText } from '../schemas/common';

/** The mentor form (Программы → Наставники). */
export const mentorFormSchema = z.object({
  lastName: requiredText('programs.lastNameRequired', 100),
  firstName: requiredText('programs.firstNameRequired', 100),
  middleName: optionalText(100),
  position: optionalText(200),
  organization: optionalText(300),
  profession: optionalText(200),
  phone: optionalText(50).refine((v) => v === '' || /^[\d\s()+\-–]{5,}$/.test(v), 'programs.phoneFormat'),
  email: emailField,
});
export type MentorFormValues = z.infer<typeof mentorFormSchema>;

export const EMPTY_MENTOR_FORM: MentorFormValues = {
  lastName: '',
  firstName: '',
  middleName: '',
  position: '',
  organization: '',
  profession: '',
  phone: '',
  email: '',
};

export function mentorToForm(m: Mentor): MentorFormValues {
  return {
    lastName: m.lastName,
    firstName: m.firstName,
    middleName: m.middleName,
    position: m.position,
    organization: m.organization,
    profession: m.profession,
    phone: m.phone,
    email: m.email,
  };
}

export const PLACE_CAPACITY_MAX = 1000;

/** The place form (Программы → Места проведения): an online room needs a link, a room may have an address. */
export const placeFormSchema = z
  .object({
    name: requiredText('programs.placeNameRequired', 200),
    kind: z.enum(PLACE_KINDS, { error: 'programs.placeKindRequired' }),
    capacity: z
      .number({ error: 'programs.capacityNumber' })
      .int('programs.capacityWhole')
      .min(1, 'programs.capacityMin')
      .max(PLACE_CAPACITY_MAX, 'programs.capacityMax')
      .nullable(),
    address: optionalText(500),
    link: optionalText(500).refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), 'programs.linkFormat'),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'online' && v.link === '') {
      ctx.addIssue({ code: 'custom', path: ['link'], message: 'programs.linkRequired' });
    }
  });
export type PlaceFormValues = z.infer<typeof placeFormSchema>;

export const EMPTY_PLACE_FORM: PlaceFormValues = {
  name: '',
  kind: 'classroom',
  capacity: null,
  address: '',
  link: '',
};

export function placeToForm(p: Place): PlaceFormValues {
  return { name: p.name, kind: p.kind, capacity: p.capacity, address: p.address, link: p.link };
}
