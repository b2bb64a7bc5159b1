import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import i18n from '../i18n';
import { platform } from '../platform';
import { reportError } from './error-reporting';

interface State {
  error: Error | null;
}

/**
 * Catches a crash of one screen and shows a readable message instead of a white window. The database is
 * untouched: nothing here clears or rewrites data.
 */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Screen crashed', error, info.componentStack);
    reportError('boundary', error, platform);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <ErrorPanel error={error} onHome={() => this.setState({ error: null })} />;
  }
}

export function ErrorPanel({ error, onHome }: { error: unknown; onHome?: () => void }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={i18n.t('error.title')} role="alert" maw={720}>
      <Stack gap="sm">
        <Text size="sm">{i18n.t('error.text')}</Text>
        <details>
          <summary>{i18n.t('error.details')}</summary>
          <Code block>{message}</Code>
        </details>
        <Group>
          <Button
            variant="default"
            onClick={() => {
              window.location.hash = '#/';
              onHome?.();
            }}
          >
            {i18n.t('error.home')}
          </Button>
          <Button onClick={() => window.location.reload()}>{i18n.t('error.reload')}</Button>
        </Group>
      </Stack>
    </Alert>
  );
}
