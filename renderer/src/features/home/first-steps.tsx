import { Anchor, Group, List, Paper, Progress, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FIRST_STEPS, type FirstStep } from '../../db/queries/home';
import { useFirstSteps } from './use-first-steps';

/** Where each step is done. */
const STEP_ROUTES: Record<FirstStep, string> = {
  program: '/programs/new',
  mentorsAndPlaces: '/programs/mentors',
  participants: '/participants/import',
  group: '/schedule/groups/new',
  marks: '/attendance',
  certificates: '/certificates/issue',
  report: '/reports',
};

/**
 * «Первые шаги» on a new venue's «Главная»: the order of the work, each step ticked from the data (not by
 * hand), with a link to where it is done. Gone once every step is done.
 */
export function FirstSteps() {
  const { t } = useTranslation('home');
  const steps = useFirstSteps();
  if (!steps) return null;
  const done = FIRST_STEPS.filter((s) => steps[s]).length;
  if (done === FIRST_STEPS.length) return null;
  const next = FIRST_STEPS.find((s) => !steps[s]);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="first-steps-title">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} size="h4" id="first-steps-title">
          {t('firstSteps.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('firstSteps.progress', { done, total: FIRST_STEPS.length })}
        </Text>
      </Group>
      <Progress value={(done / FIRST_STEPS.length) * 100} size="sm" mb="sm" aria-hidden />
      <List spacing={6} center aria-label={t('firstSteps.title')}>
        {FIRST_STEPS.map((step, i) => (
          <List.Item
            key={step}
            aria-label={`${t(`firstSteps.steps.${step}.title`)}: ${steps[step] ? t('firstSteps.done') : t('firstSteps.todo')}`}
            icon={
              <ThemeIcon
                size={24}
                radius="xl"
                color={steps[step] ? 'teal' : 'gray'}
                variant={steps[step] ? 'filled' : 'light'}
              >
                {steps[step] ? <IconCheck size={14} /> : <Text size="xs">{i + 1}</Text>}
              </ThemeIcon>
            }
          >
            <Text
              span
              fw={step === next ? 600 : 400}
              td={steps[step] ? 'line-through' : undefined}
              c={steps[step] ? 'dimmed' : undefined}
            >
              {t(`firstSteps.steps.${step}.title`)}
            </Text>
            {!steps[step] && (
              <>
                <Text span c="dimmed" size="sm">
                  {' — '}
                  {t(`firstSteps.steps.${step}.hint`)}{' '}
                </Text>
                <Anchor component={Link} to={STEP_ROUTES[step]} size="sm">
                  {t(`firstSteps.steps.${step}.go`)}
                </Anchor>
              </>
            )}
          </List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt="sm">
        {t('firstSteps.helpHint')}{' '}
        <Anchor component={Link} to="/help" size="xs">
          {t('firstSteps.help')}
        </Anchor>
      </Text>
    </Paper>
  );
}
