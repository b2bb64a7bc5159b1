import type { Id } from '@shared/domain';
import { importSecret } from '@shared/certificates/verification';
import { pupilToken } from '@shared/qr';
import { badgesFileName, buildBadgesPdf, type BadgeData } from '@shared/qr/badges';
import { joinFio } from '@shared/text/fio';
import { RuleError } from '@shared/errors';
import { loadBadgePupils } from '../../db/queries/pupil-codes';
import { ensurePupilCodeSecret } from '../../db/repos/pupil-code-repo';
import { renderPdf } from '../../lib/pdf';
import { platform } from '../../platform';

/** The tokens of these pupils under the venue secret (made now if no code or certificate was printed yet). */
export async function pupilTokens(ids: readonly Id[]): Promise<Map<Id, string>> {
  const key = await importSecret(await ensurePupilCodeSecret());
  const tokens = await Promise.all(ids.map((id) => pupilToken(key, id)));
  return new Map(ids.map((id, i) => [id, tokens[i]!]));
}

async function badgeData(source: { groupId: Id } | { participantIds: readonly Id[] }): Promise<BadgeData[]> {
  const pupils = await loadBadgePupils(source);
  const tokens = await pupilTokens(pupils.map((p) => p.participant.id));
  return pupils.map(({ participant: p, school, group }) => ({
    fio: joinFio(p),
    school: school ? school.shortName || school.fullName : '',
    grade: p.grade === null ? '' : `${p.grade}${p.classLetter}`,
    group: group?.name ?? '',
    token: tokens.get(p.id)!,
  }));
}

/**
 * Saves the badges of a group's pupils (or of chosen pupils) as one PDF. False when the person closed the save
 * dialog; an `attendance.noBadgePupils` refusal when there is nobody to print.
 */
export async function saveBadges(
  source: { groupId: Id } | { participantIds: readonly Id[] },
  what: string,
): Promise<boolean> {
  const badges = await badgeData(source);
  if (badges.length === 0) throw new RuleError('attendance.noBadgePupils');
  const name = badgesFileName(what);
  const bytes = await renderPdf(buildBadgesPdf(badges, name.replace(/\.pdf$/, '')));
  return platform.saveFile({
    suggestedName: name,
    data: bytes,
    mimeType: 'application/pdf',
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
}
