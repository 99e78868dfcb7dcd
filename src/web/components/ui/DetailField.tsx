import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One label/value pair of a record's page, inside a <dl>; an empty value shows as a dash. */
export function DetailField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
        {children || '—'}
      </Text>
    </div>
  );
}
