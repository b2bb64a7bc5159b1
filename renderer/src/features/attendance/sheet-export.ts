import type { Venue } from '@shared/domain';
import { buildAttendanceSheet, sheetFileName, type SheetVariant } from '@shared/attendance/sheet';
import type { SessionContext } from '../../db/queries/attendance';
import { sheetDataFor } from './sheet-data';
import { renderPdf } from '../../lib/pdf';
import { platform } from '../../platform';

async function render(ctx: SessionContext, venue: Venue | undefined, variant: SheetVariant) {
  const data = sheetDataFor(ctx, venue);
  const bytes = await renderPdf(buildAttendanceSheet(data, variant));
  return { data, bytes };
}

export async function saveSheet(
  ctx: SessionContext,
  venue: Venue | undefined,
  variant: SheetVariant,
): Promise<boolean> {
  const { data, bytes } = await render(ctx, venue, variant);
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
): Promise<void> {
  const { data, bytes } = await render(ctx, venue, variant);
  await platform.printPdf(bytes, sheetFileName(data, variant).replace(/\.pdf$/, ''));
}
