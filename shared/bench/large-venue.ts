import type { AttendanceMark, Certificate, CertificateCounter, Program } from '../domain';
import { ATTENDED_STATUSES, FORMATS, LEVELS, SPHERES, attendanceMarkId } from '../domain';
import { addDays, toIsoDate } from '../dates';
import { buildDemoVenue, type VenueDataset } from '../demo/demo-venue';
import {
  FEMALE_FIRST,
  FEMALE_MIDDLE,
  MALE_FIRST,
  MALE_MIDDLE,
  SURNAMES,
  feminineSurname,
} from '../demo/names';
import { pick, seededId, seededRandom } from '../random';
import { fioKey, joinFio, searchWordsFor } from '../text/fio';
import { normalizeKey } from '../text/normalize';

export interface LargeVenueSize {
  participants: number;
  schools: number;
  programs: number;
  sessions: number;
  /** Participants per group; every session of a group gets one mark per member. */
  groupSize: number;
  sessionsPerGroup: number;
  certificates: number;
}

/** The busy venue-year of the benchmark: 20 000 participants, 60 schools, 100 programmes, 3 000 sessions, 60 000 marks, 15 000 certificates. */
export const LARGE_VENUE: LargeVenueSize = {
  participants: 20_000,
  schools: 60,
  programs: 100,
  sessions: 3_000,
  groupSize: 20,
  sessionsPerGroup: 3,
  certificates: 15_000,
};

/** A small variant for CI: the same shape, a hundredth of the size. */
export const SMALL_VENUE: LargeVenueSize = {
  participants: 400,
  schools: 6,
  programs: 10,
  sessions: 60,
  groupSize: 20,
  sessionsPerGroup: 3,
  certificates: 300,
};

/**
 * The busy venue-year grown `factor` times, for the growth figures (`npm run bench -- --scale 1,2.5,5`): a centre
 * that keeps five years, or a municipality that imports all its venues. Pupils, sessions (so groups, enrolments
 * and marks) and certificates grow alike; the schools and programmes of a region stay as they are.
 */
export function scaledVenue(factor: number): LargeVenueSize {
  if (!(factor > 0)) throw new Error(`scale factor must be positive: ${factor}`);
  // Whole groups, so every pupil is enrolled once and the marks grow exactly with the sessions.
  const sessions =
    Math.round((LARGE_VENUE.sessions * factor) / LARGE_VENUE.sessionsPerGroup) * LARGE_VENUE.sessionsPerGroup;
  return {
    ...LARGE_VENUE,
    participants: Math.round(LARGE_VENUE.participants * factor),
    sessions,
    certificates: Math.round(LARGE_VENUE.certificates * factor),
  };
}

export interface LargeDataset extends VenueDataset {
  certificates: Certificate[];
  certificateCounters: CertificateCounter[];
}

const PROFESSIONS = [
  'Оператор лазерного станка',
  'Оператор станков с ЧПУ',
  'Портной',
  'Специалист по кибербезопасности',
  'Эколог',
  'Повар',
  'Электромонтажник',
  'Программист',
  'Медицинская сестра',
  'Агроном',
  'Сварщик',
  'Дизайнер',
  'Логист',
  'Ветеринар',
  'Архитектор',
];

/**
 * A seeded, deterministic venue-year for the benchmark. Starts from the demo venue's profile, mentors and places
 * and scales everything else. Sessions run from January to December of `year`; every group's sessions are
 * marked, and the first `certificates` completions hold a certificate.
 */
export function buildLargeVenue(size: LargeVenueSize = LARGE_VENUE, year = 2026, seed = 7): LargeDataset {
  const rnd = seededRandom(seed);
  const id = () => seededId(rnd);
  const base = buildDemoVenue(`${year}-06-01`, seed);
  const stamp = `${year}-01-10T08:00:00.000Z`;

  const programs: Program[] = Array.from({ length: size.programs }, (_, i) => {
    const profession = PROFESSIONS[i % PROFESSIONS.length]!;
    const title = `${profession}: проба № ${i + 1}`;
    const gradeMin = 6 + (i % 4);
    return {
      ...base.programs[i % base.programs.length]!,
      id: id(),
      title,
      titleKey: normalizeKey(title),
      profession,
      sphere: SPHERES[i % SPHERES.length]!,
      level: LEVELS[i % LEVELS.length]!,
      format: FORMATS[i % FORMATS.length]!,
      gradeMin,
      gradeMax: Math.min(11, gradeMin + 2),
      maxGroupSize: 25,
      mentorIds: [base.mentors[i % base.mentors.length]!.id],
      createdAt: stamp,
      updatedAt: stamp,
    };
  });

  const schools = Array.from({ length: size.schools }, (_, i) => {
    const fullName = `Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № ${i + 1}»`;
    return {
      ...base.schools[0]!,
      id: id(),
      fullName,
      shortName: `МБОУ СОШ № ${i + 1}`,
      nameKey: normalizeKey(fullName),
      municipality: `Муниципальный округ ${1 + (i % 12)}`,
    };
  });

  const participants = Array.from({ length: size.participants }, (_, i) => {
    const female = rnd() < 0.5;
    const stem = pick(rnd, SURNAMES);
    const parts = {
      lastName: female ? feminineSurname(stem) : stem,
      firstName: female ? pick(rnd, FEMALE_FIRST) : pick(rnd, MALE_FIRST),
      middleName: female ? pick(rnd, FEMALE_MIDDLE) : pick(rnd, MALE_MIDDLE),
    };
    const grade = 6 + (i % 6);
    const platformId = String(10_000_000 + i);
    return {
      ...base.participants[0]!,
      id: id(),
      ...parts,
      fioKey: fioKey(parts),
      searchWords: searchWordsFor(parts, platformId),
      birthDate: toIsoDate(year - grade - 7, 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)),
      sex: female ? ('F' as const) : ('M' as const),
      schoolId: schools[i % schools.length]!.id,
      grade,
      classLetter: pick(rnd, ['А', 'Б', 'В', 'Г']),
      hasDisability: false,
      nosology: '',
      platformId,
      verification: 'verified' as const,
      source: 'platform-import' as const,
      createdAt: stamp,
      updatedAt: stamp,
    };
  });
  const consents = participants.map((p) => ({ ...base.consents[0]!, id: id(), participantId: p.id }));

  const groupCount = Math.ceil(size.sessions / size.sessionsPerGroup);
  const groups: LargeDataset['groups'] = [];
  const sessions: LargeDataset['sessions'] = [];
  const enrollments: LargeDataset['enrollments'] = [];
  const attendance: AttendanceMark[] = [];
  const certificates: Certificate[] = [];
  let seq = 0;
  for (let g = 0; g < groupCount; g++) {
    const program = programs[g % programs.length]!;
    const first = addDays(`${year}-01-12`, Math.floor((g / groupCount) * 330));
    const group = {
      id: id(),
      programId: program.id,
      name: `${program.profession} — группа ${g + 1}`,
      capacity: 25,
      note: '',
      createdAt: stamp,
      updatedAt: stamp,
    };
    groups.push(group);
    const members = Array.from(
      { length: size.groupSize },
      (_, k) => participants[(g * size.groupSize + k) % participants.length]!,
    );
    members.forEach((p, position) =>
      enrollments.push({
        id: id(),
        groupId: group.id,
        participantId: p.id,
        status: 'enrolled',
        position,
        createdAt: stamp,
      }),
    );
    const groupSessions = Array.from({ length: size.sessionsPerGroup }, (_, n) => ({
      ...base.sessions[0]!,
      id: id(),
      groupId: group.id,
      programId: program.id,
      date: addDays(first, n * 7),
      start: `${String(9 + (g % 8)).padStart(2, '0')}:00`,
      end: `${String(10 + (g % 8)).padStart(2, '0')}:30`,
      placeId: base.places[g % base.places.length]!.id,
      mentorIds: [...program.mentorIds],
      platformConfirmedOn: null,
      createdAt: stamp,
      updatedAt: stamp,
    }));
    // The last group may be cut short so the session count is exact.
    const kept = groupSessions.slice(0, Math.max(0, size.sessions - sessions.length));
    sessions.push(...kept);
    if (kept.length === 0) continue;
    for (const p of members) {
      let attended = 0;
      for (const s of kept) {
        const r = rnd();
        const status = r < 0.85 ? 'present' : r < 0.92 ? 'late' : r < 0.97 ? 'absent' : 'excused';
        if (ATTENDED_STATUSES.includes(status)) attended += 1;
        attendance.push({
          id: attendanceMarkId(s.id, p.id),
          sessionId: s.id,
          participantId: p.id,
          groupId: group.id,
          status,
          note: '',
          updatedAt: stamp,
        });
      }
      const last = kept[kept.length - 1]!;
      if (attended === kept.length && certificates.length < size.certificates) {
        seq += 1;
        certificates.push({
          id: id(),
          number: `${base.venue.certificatePrefix}-${year}-${String(seq).padStart(4, '0')}`,
          year,
          seq,
          participantId: p.id,
          programId: program.id,
          groupId: group.id,
          issuedOn: last.date,
          status: 'issued',
          cancelReason: '',
          replacedById: null,
          replacesId: null,
          verificationCode: 'BENCH-0000',
          snapshot: {
            fio: joinFio(p),
            schoolName: schools.find((s) => s.id === p.schoolId)?.shortName ?? '',
            grade: `${p.grade}${p.classLetter}`,
            programTitle: program.title,
            profession: program.profession,
            level: program.level,
            format: program.format,
            durationMinutes: program.durationMinutes,
            completionDate: last.date,
            mentorName: '',
          },
          createdAt: stamp,
          updatedAt: stamp,
        });
      }
    }
  }

  return {
    venue: { ...base.venue, isDemo: false, shortName: 'Большая площадка (бенчмарк)' },
    programs,
    mentors: base.mentors,
    places: base.places,
    schools,
    participants,
    consents,
    groups,
    sessions,
    enrollments,
    attendance,
    certificates,
    certificateCounters: [{ year, lastSeq: seq }],
  };
}
