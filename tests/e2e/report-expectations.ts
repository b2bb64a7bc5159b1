import { buildDemoVenue, type VenueDataset } from '../../shared/demo/demo-venue';

/**
 * The figures the demo venue must produce, worked out here straight from the demo dataset with plain
 * loops — deliberately not through shared/reports — so the E2E tests check the app against an independent
 * count. The demo programmes all use the rule «every session», there are no cancelled sessions and no
 * certificates.
 */

/** Today in the browser's time zone (playwright.config.ts: Europe/Moscow). */
export function browserToday(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Moscow',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

export function currentQuarter(today: string): { from: string; to: string; label: string } {
  const year = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const lastMonth = q * 3 + 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return {
    from: `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`,
    to: `${year}-${String(lastMonth).padStart(2, '0')}-${lastDay}`,
    label: `${['I', 'II', 'III', 'IV'][q]} квартал ${year}`,
  };
}

export interface ProgramFigures {
  title: string;
  held: number;
  enrolled: number;
  completed: number;
  ovz: number;
}

export interface DemoExpectations {
  demo: VenueDataset;
  today: string;
  quarter: { from: string; to: string; label: string };
  held: number;
  confirmed: number;
  /** Distinct participants enrolled in groups with a session in the quarter. */
  participants: number;
  /** Sum over programmes of distinct enrolled. */
  enrolledSum: number;
  completions: number;
  completers: number;
  ovzCompletions: number;
  sessionsInQuarter: number;
  /** Present or late marks of the quarter's sessions: the «Итого» of «Присутствовали». */
  attendedInQuarter: number;
  programs: ProgramFigures[];
  weekSessions: number;
  todaySessions: number;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function demoExpectations(): DemoExpectations {
  const today = browserToday();
  const demo = buildDemoVenue(today);
  const quarter = currentQuarter(today);
  const inQ = (d: string) => d >= quarter.from && d <= quarter.to;
  const marked = new Set(demo.attendance.map((m) => m.sessionId));
  const heldSessions = demo.sessions.filter(
    (s) => s.status !== 'cancelled' && inQ(s.date) && marked.has(s.id),
  );

  // Completion by «every session of the group»: attended (present or late) all of them; the date is the
  // last session's date.
  const firstCompletion = new Map<string, string>();
  const participantsInQ = new Set<string>();
  const programs: ProgramFigures[] = [];
  for (const program of demo.programs) {
    const enrolled = new Set<string>();
    const completedIds = new Set<string>();
    for (const group of demo.groups.filter((g) => g.programId === program.id)) {
      const sessions = demo.sessions.filter((s) => s.groupId === group.id && s.status !== 'cancelled');
      const members = demo.enrollments.filter((e) => e.groupId === group.id).map((e) => e.participantId);
      if (sessions.some((s) => inQ(s.date)))
        for (const m of members) {
          enrolled.add(m);
          participantsInQ.add(m);
        }
      const lastDate = sessions
        .map((s) => s.date)
        .sort()
        .at(-1)!;
      for (const pid of members) {
        const all = sessions.every((s) =>
          demo.attendance.some(
            (m) =>
              m.sessionId === s.id &&
              m.participantId === pid &&
              (m.status === 'present' || m.status === 'late'),
          ),
        );
        if (!all) continue;
        const key = `${pid}|${program.id}`;
        const prev = firstCompletion.get(key);
        if (!prev || lastDate < prev) firstCompletion.set(key, lastDate);
      }
    }
    for (const [key, date] of firstCompletion)
      if (key.endsWith(`|${program.id}`) && inQ(date)) completedIds.add(key.split('|')[0]!);
    const disabled = new Set(demo.participants.filter((p) => p.hasDisability).map((p) => p.id));
    const hasSession = demo.sessions.some((s) => s.programId === program.id && inQ(s.date));
    if (hasSession)
      programs.push({
        title: program.title,
        held: heldSessions.filter((s) => s.programId === program.id).length,
        enrolled: enrolled.size,
        completed: completedIds.size,
        ovz: [...completedIds].filter((id) => disabled.has(id)).length,
      });
  }
  const completersSet = new Set(
    [...firstCompletion.entries()].filter(([, d]) => inQ(d)).map(([k]) => k.split('|')[0]!),
  );
  const monday = (() => {
    const d = new Date(`${today}T00:00:00Z`);
    return addDays(today, -((d.getUTCDay() + 6) % 7));
  })();
  const sunday = addDays(monday, 6);
  return {
    demo,
    today,
    quarter,
    held: heldSessions.length,
    confirmed: heldSessions.filter((s) => s.platformConfirmedOn).length,
    participants: participantsInQ.size,
    enrolledSum: programs.reduce((s, p) => s + p.enrolled, 0),
    completions: programs.reduce((s, p) => s + p.completed, 0),
    completers: completersSet.size,
    ovzCompletions: programs.reduce((s, p) => s + p.ovz, 0),
    sessionsInQuarter: demo.sessions.filter((s) => inQ(s.date)).length,
    attendedInQuarter: demo.attendance.filter(
      (m) =>
        (m.status === 'present' || m.status === 'late') &&
        inQ(demo.sessions.find((s) => s.id === m.sessionId)!.date),
    ).length,
    programs,
    weekSessions: demo.sessions.filter((s) => s.date >= monday && s.date <= sunday).length,
    todaySessions: demo.sessions.filter((s) => s.date === today).length,
  };
}
