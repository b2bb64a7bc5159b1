import type { Venue } from '@shared/domain';
import { buildAttendanceSheet, sheetFileName, type SheetVariant } from '@shared/attendance/sheet';
import { pupilQrPayload } from '@shared/qr';
import type { SessionContext } from '../../db/queries/attendance';
import { sheetDataFor } from './sheet-data';
import { renderPdf } from '../../lib/pdf';
import { platform } from '../../platform';
import { pupilTokens } from '../qr/public';

async function render(ctx: SessionContext, venue: Venue | undefined, variant: SheetVariant, qr: boolean) {
  const tokens = qr ? await pupilTokens(ctx.participants.map((p) => p.id)) : null;
  const data = sheetDataFor(ctx, venue, (id) => {
    const token = tokens?.get(id);
    return token && pupilQrPayload(token);
  });
  const bytes = await renderPdf(buildAttendanceSheet(data, variant, { qr }));
  return { data, bytes };
}

export async function saveSheet(
  ctx: SessionContext,
  venue: Venue | undefined,
  variant: SheetVariant,
  qr = false,
): Promise<boolean> {
  const { data, bytes } = await render(ctx, venue, variant, qr);
  return platform.saveFile({
    suggestedName: sheetFileName(data, variant),
    data: bytes,
    mimeType: 'application/pdf',
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
}

export async function printSheet(
  ctx: SessionContext,
  venue: Venue | undefined,
  variant: SheetVariant,
  qr = false,
): Promise<void> {
  const { data, bytes } = await render(ctx, venue, variant, qr);
  await platform.printPdf(bytes, sheetFileName(data, variant).replace(/\.pdf$/, ''));
}
