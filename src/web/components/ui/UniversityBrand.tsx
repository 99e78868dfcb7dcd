import { Group, Text } from '@mantine/core';
import { universityName, useUniversity } from '#web/lib/university';

/** The university's logo and name (administration → university), as the header and sign-in page show them. */
export function UniversityBrand({ compact = false }: { compact?: boolean }) {
  const { data } = useUniversity();
  const name = universityName(data);
  if (!data) return null;
  return (
    <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
      {/* Decorative beside the name (alt=""); a plain img keeps the first page's CSS as it is. */}
      {data.logoUrl ? (
        <img src={data.logoUrl} alt="" height={compact ? 28 : 40} style={{ width: 'auto', objectFit: 'contain' }} />
      ) : null}
      {name ? (
        <Text size={compact ? 'sm' : 'md'} fw={compact ? 500 : 600} truncate>
          {name}
        </Text>
      ) : null}
    </Group>
  );
}
