import { useCallback, useMemo, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconQrcode, IconUserPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Id, Participant } from '@shared/domain';
import { joinFio } from '@shared/text/fio';
import { loadScannedPupil } from '../../db/queries/pupil-codes';
import { errorMessage } from '../../ui';
import { resolveScan } from './scan-resolver';
import { beep } from './scan-feedback';
import { useCameraScanner, type CameraState } from './use-camera-scanner';
import { usePupilCodeSecret } from './use-pupil-code-secret';
import classes from './qr.module.css';

/** What one scan came to, shown in the flash line and the list of recent scans. */
type Outcome =
  | { kind: 'marked' | 'again' | 'walkedIn'; name: string }
  | { kind: 'notEnrolled'; name: string; participantId: Id }
  | { kind: 'unknown' | 'typo' | 'foreign' }
  | { kind: 'error'; message: string };

interface Entry {
  n: number;
  at: string;
  outcome: Outcome;
}

export interface ScanPanelProps {
  /** The session's enrolled pupils: their codes are the ones expected at the door. */
  participants: readonly Participant[];
  /** False for a cancelled session: codes are read, nothing is marked. */
  canMark: boolean;
  /** Marks the pupil present (the session page's own command, so undo works); false when already marked. */
  onScanned: (participantId: Id) => Promise<boolean>;
  /** The walk-in: enrols a pupil of the venue who is not in the group and marks them present. */
  onWalkIn: (participantId: Id) => Promise<void>;
  onClose: () => void;
}

/** The same code seen by the camera again within this time is the same badge still held up: ignored. */
const REPEAT_MS = 3000;

const GOOD = new Set<Outcome['kind']>(['marked', 'walkedIn']);

/**
 * The QR scanner of a session (route `…/sessions/<id>/scan`): the webcam view, a field a USB barcode scanner
 * types into, a flashing line with the last pupil and the recent scans. Closing it releases the camera.
 */
export function ScanPanel({ participants, canMark, onScanned, onWalkIn, onClose }: ScanPanelProps) {
  const { t } = useTranslation('qr');
  const [entries, setEntries] = useState<Entry[]>([]);
  const [typed, setTyped] = useState('');
  const [walkInBusy, setWalkInBusy] = useState(false);
  const counter = useRef(0);
  const lastCamera = useRef<{ text: string; at: number } | null>(null);
  const byId = useMemo(() => new Map(participants.map((p) => [p.id, p])), [participants]);
  const groupIds = useMemo(() => [...byId.keys()], [byId]);
  const secret = usePupilCodeSecret();

  const push = useCallback((outcome: Outcome) => {
    counter.current += 1;
    const entry = { n: counter.current, at: new Date().toLocaleTimeString('ru-RU'), outcome };
    setEntries((list) => [entry, ...list].slice(0, 8));
    beep(GOOD.has(outcome.kind) ? 'ok' : 'problem');
  }, []);

  const handle = useCallback(
    async (text: string) => {
      // The benchmark (B9, bench/run.mjs) times a code from here to the stored mark (`qr-mark-saved`).
      performance.mark('qr-code-read');
      try {
        const resolved = await resolveScan(text, groupIds, secret);
        if (resolved.kind !== 'pupil') return push(resolved);
        const enrolled = byId.get(resolved.participantId);
        if (enrolled) {
          const name = joinFio(enrolled);
          if (!canMark) return push({ kind: 'again', name });
          return push({ kind: (await onScanned(enrolled.id)) ? 'marked' : 'again', name });
        }
        const pupil = await loadScannedPupil(resolved.participantId);
        if (!pupil) return push({ kind: 'unknown' });
        push({
          kind: 'notEnrolled',
          name: joinFio(pupil.participant),
          participantId: pupil.participant.id,
        });
      } catch (e) {
        push({ kind: 'error', message: errorMessage(e) });
      }
    },
    [byId, groupIds, secret, canMark, onScanned, push],
  );

  const onCameraCode = useCallback(
    (text: string) => {
      const now = Date.now();
      const last = lastCamera.current;
      lastCamera.current = { text, at: now };
      if (last && last.text === text && now - last.at < REPEAT_MS) return;
      void handle(text);
    },
    [handle],
  );
  const { videoRef, state } = useCameraScanner(onCameraCode);

  function submitTyped(e: FormEvent) {
    e.preventDefault();
    const text = typed.trim();
    setTyped('');
    if (text) void handle(text);
  }

  async function walkIn(participantId: Id, name: string) {
    setWalkInBusy(true);
    try {
      await onWalkIn(participantId);
      push({ kind: 'walkedIn', name });
    } catch (e) {
      push({ kind: 'error', message: errorMessage(e) });
    } finally {
      setWalkInBusy(false);
    }
  }

  const last = entries[0];
  return (
    <Paper withBorder p="sm" className={classes.panel}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <IconQrcode size={20} />
          <Title order={2} size="h4">
            {t('scan.title')}
          </Title>
        </Group>
        <Button variant="default" size="xs" leftSection={<IconX size={14} />} onClick={onClose}>
          {t('scan.close')}
        </Button>
      </Group>
      <Group align="flex-start" wrap="nowrap" gap="md">
        <div className={classes.camera}>
          <video ref={videoRef} className={classes.video} muted playsInline aria-label={t('scan.video')} />
          {state !== 'on' && <CameraMessage state={state} />}
        </div>
        <Stack gap="xs" className={classes.side}>
          <Text size="sm" c="dimmed">
            {t('scan.hint')}
          </Text>
          <form onSubmit={submitTyped}>
            <TextInput
              label={t('scan.field')}
              description={t('scan.fieldHint')}
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              autoFocus
              autoComplete="off"
              spellCheck={false}
            />
          </form>
          <div role="status" aria-live="polite" aria-atomic="true">
            {last && (
              <Alert
                key={last.n}
                className={classes.flash}
                color={
                  GOOD.has(last.outcome.kind) ? 'green' : last.outcome.kind === 'again' ? 'blue' : 'orange'
                }
                p="xs"
              >
                <Text fw={600}>{describe(last.outcome, t)}</Text>
                {last.outcome.kind === 'notEnrolled' && canMark && (
                  <Button
                    mt={6}
                    size="xs"
                    leftSection={<IconUserPlus size={14} />}
                    loading={walkInBusy}
                    onClick={() => {
                      const o = last.outcome as Extract<Outcome, { kind: 'notEnrolled' }>;
                      void walkIn(o.participantId, o.name);
                    }}
                  >
                    {t('scan.addWalkIn')}
                  </Button>
                )}
              </Alert>
            )}
          </div>
          {entries.length > 1 && (
            <Stack gap={2} aria-label={t('scan.recent')} role="list">
              {entries.slice(1).map((e) => (
                <Text key={e.n} size="xs" c="dimmed" role="listitem">
                  {e.at} · {describe(e.outcome, t)}
                </Text>
              ))}
            </Stack>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}

function describe(outcome: Outcome, t: (key: string, params?: Record<string, string>) => string): string {
  switch (outcome.kind) {
    case 'marked':
    case 'again':
    case 'walkedIn':
    case 'notEnrolled':
      return t(`scan.result.${outcome.kind}`, { name: outcome.name });
    case 'error':
      return outcome.message;
    default:
      return t(`scan.result.${outcome.kind}`);
  }
}

function CameraMessage({ state }: { state: CameraState }) {
  const { t } = useTranslation('qr');
  return (
    <div className={classes.cameraMessage}>
      <Text size="sm">{t(`scan.camera.${state}`)}</Text>
    </div>
  );
}
