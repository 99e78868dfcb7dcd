import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '#web/lib/title';

type Props = { title: string; subtitle?: ReactNode; actions?: ReactNode; above?: ReactNode };

/** The page's heading (h1), which also becomes the document title. */
export function PageHeader({ title, subtitle, actions, above }: Props) {
  useDocumentTitle(title);
  return (
    <Stack gap={4} mb="md">
      {above}
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 16rem' }}>
          <Title order={1} fz={{ base: 'h3', sm: 'h2' }} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Title>
          {subtitle ? (
            <Text c="dimmed" size="sm" component="div">
              {subtitle}
            </Text>
          ) : null}
        </Stack>
        {actions ? (
          <Group gap="xs" wrap="wrap" className="no-print">
            {actions}
          </Group>
        ) : null}
      </Group>
    </Stack>
  );
}
