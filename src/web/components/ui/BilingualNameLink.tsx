import '@mantine/core/styles/Badge.css';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useFormat } from '#web/lib/format';
import { AnchorLink } from './links';

type Props = {
  to: string;
  nameZh: string | null;
  nameEn: string | null;
  /** Shown as a small badge beside the name when the record is archived. */
  archivedLabel?: string | null;
};

/** A record's name in the reader's language as a link, the other language's name under it. */
export function BilingualNameLink({ to, nameZh, nameEn, archivedLabel }: Props) {
  const fmt = useFormat();
  const other = fmt.otherName(nameZh, nameEn);
  return (
    <Stack gap={0}>
      <Group gap={6} wrap="nowrap">
        <AnchorLink to={to} fw={600}>
          {fmt.name(nameZh, nameEn)}
        </AnchorLink>
        {archivedLabel ? (
          <Badge size="xs" color="gray" variant="outline" tt="none">
            {archivedLabel}
          </Badge>
        ) : null}
      </Group>
      {other ? (
        <Text size="xs" c="dimmed" lang={fmt.locale === 'en' ? 'zh-Hant-TW' : 'en'}>
          {other}
        </Text>
      ) : null}
    </Stack>
  );
}
