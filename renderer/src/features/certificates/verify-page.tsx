import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates';
import { parseQrPayload } from '@shared/certificates';
import { verifyCertificate, type VerificationResult } from '../../db/queries/certificates';
import { errorMessage, PageHeader, useAction } from '../../ui';

function ResultPanel({ result }: { result: VerificationResult }) {
  const { t } = useTranslation('certificates');
  if (result.kind === 'invalid-input') return <Alert color="orange">{errorMessage(result.error)}</Alert>;
  if (result.kind === 'unknown') {
    return (
      <Alert color="red" icon={<IconCircleX />} title={t('verify.unknown')} role="status">
        {t('verify.unknownText')}
      </Alert>
    );
  }
  const c = result.certificate;
  const details = (
    <Stack gap={2} mt="xs">
      <Text size="sm">
        <b>{c.snapshot.fio}</b>
        {c.snapshot.grade ? t('verify.grade', { grade: c.snapshot.grade }) : ''}
      </Text>
      <Text size="sm">«{c.snapshot.programTitle}»</Text>
      <Text size="sm" c="dimmed">
        {formatDate(c.issuedOn)}
      </Text>
    </Stack>
  );
  if (result.kind === 'genuine') {
    return (
      <Alert color="teal" icon={<IconCircleCheck />} title={t('verify.genuine')} role="status">
        {t('verify.genuineText', { number: c.number })}
        {details}
      </Alert>
    );
  }
  if (result.kind === 'cancelled') {
    return (
      <Alert color="red" icon={<IconAlertTriangle />} title={t('verify.cancelled')} role="status">
        {t('verify.cancelledText', { number: c.number, reason: c.cancelReason })}
        {result.replacement && (
          <Text size="sm">{t('verify.replacementText', { replacement: result.replacement.number })}</Text>
        )}
        {details}
      </Alert>
    );
  }
  return (
    <Alert color="yellow" icon={<IconRefresh />} title={t('verify.reissued')} role="status">
      {t('verify.reissuedText', { number: c.number, replacement: result.replacement?.number ?? '—' })}
      {details}
    </Alert>
  );
}

export function VerifyPage() {
  const { t } = useTranslation('certificates');
  const [number, setNumber] = useState('');
  const [code, setCode] = useState('');
  const [qr, setQr] = useState('');
  const [qrError, setQrError] = useState<string | null>(null);
  const [result, setResult] = useState<VerificationResult | null>(null);
  const checking = useAction();

  async function check(n: string, c: string) {
    const checked = await checking.run(() => verifyCertificate(n, c));
    if (checked) setResult(checked);
  }

  function onQr(text: string) {
    setQr(text);
    setResult(null);
    if (!text.trim()) {
      setQrError(null);
      return;
    }
    const parsed = parseQrPayload(text);
    if (!parsed) {
      setQrError(t('verify.qrInvalid'));
      return;
    }
    setQrError(null);
    setNumber(parsed.number);
    setCode(parsed.code);
    void check(parsed.number, parsed.code);
  }

  return (
    <>
      <PageHeader
        title={t('verify.title')}
        breadcrumbs={[{ label: t('title'), to: '/certificates' }, { label: t('verify.title') }]}
        description={t('verify.hint')}
      />
      <Stack maw={640}>
        <Paper withBorder p="lg">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void check(number, code);
            }}
          >
            <Stack>
              <Group grow align="flex-start">
                <TextInput
                  label={t('verify.number')}
                  placeholder={t('verify.numberPlaceholder')}
                  value={number}
                  onChange={(e) => {
                    setNumber(e.currentTarget.value);
                    setResult(null);
                  }}
                  withAsterisk
                  autoComplete="off"
                />
                <TextInput
                  label={t('verify.code')}
                  placeholder={t('verify.codePlaceholder')}
                  value={code}
                  onChange={(e) => {
                    setCode(e.currentTarget.value);
                    setResult(null);
                  }}
                  withAsterisk
                  autoComplete="off"
                  styles={{ input: { fontFamily: 'monospace', textTransform: 'uppercase' } }}
                />
              </Group>
              <Textarea
                label={t('verify.qr')}
                placeholder={t('verify.qrPlaceholder')}
                value={qr}
                onChange={(e) => onQr(e.currentTarget.value)}
                error={qrError}
                autosize
                minRows={2}
              />
              <Group justify="flex-end">
                <Button type="submit" loading={checking.busy}>
                  {t('verify.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
        {result && <ResultPanel result={result} />}
      </Stack>
    </>
  );
}
