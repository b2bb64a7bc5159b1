import { SPHERE_LABELS, type Venue } from '@shared/domain';
import { hasValidConsent, type SheetData } from '@shared/attendance/sheet';
import { joinFio, shortFio } from '@shared/text/fio';
import { sexOf, signatureName } from '@shared/text/gender';
import type { SessionContext } from '../../db/queries/attendance';

/**
 * The rows and header of a session's attendance sheet, from what the session page already loaded; `qrOf` gives
 * a pupil's QR payload when the sheet is printed with codes.
 */
export function sheetDataFor(
  ctx: SessionContext,
  venue: Venue | undefined,
  qrOf?: (participantId: string) => string | undefined,
): SheetData {
  const { session, program, group, place } = ctx;
  return {
    venueName: venue?.fullName || venue?.shortName || '',
    programTitle: program?.title ?? '',
    profession: program?.profession ?? '',
    sphere: program ? SPHERE_LABELS[program.sphere] : '',
    date: session.date,
    start: session.start,
    end: session.end,
    place: place?.name ?? (session.onlineLink ? `Онлайн: ${session.onlineLink}` : ''),
    mentors: ctx.mentors.map((m) => shortFio(m)).join(', '),
    mentorSignature: ctx.mentors[0]
      ? signatureName({
          lastName: ctx.mentors[0].lastName,
          firstName: ctx.mentors[0].firstName,
          middleName: ctx.mentors[0].middleName ?? '',
        })
      : undefined,
    group: group?.name ?? '',
    rows: ctx.participants.map((p) => {
      const mark = ctx.marks.get(p.id);
      const school = p.schoolId ? ctx.schools.get(p.schoolId) : undefined;
      return {
        qr: qrOf?.(p.id),
        fio: joinFio(p),
        school: school ? school.shortName || school.fullName : '',
        grade: p.grade === null ? '' : `${p.grade}${p.classLetter}`,
        platformId: p.platformId ?? '',
        consent: hasValidConsent(ctx.consents.get(p.id) ?? [], session.date),
        status: mark?.status ?? null,
        sex: sexOf(p),
        note: mark?.note ?? '',
      };
    }),
  };
}
