import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** What a list shows when nothing matches. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder p="xl" radius="md" ta="center">
      <Text c="dimmed">{children}</Text>
    </Paper>
  );
}
