import '@mantine/core/styles/Badge.css';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '#shared/schemas/people';
import { AnchorLink } from '#web/components/ui/links';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';

/** The people list on a phone: one card per person instead of a wide table. */
export function PeopleCards({ items }: { items: PersonSummary[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('peopleUi.list.tableLabel')}>
      {items.map((p) => (
        <Paper component="li" withBorder radius="md" p="sm" key={p.id}>
          <AnchorLink to={paths.person(p.id)} fw={600}>
            {fmt.name(p.nameZh, p.nameEn)}
          </AnchorLink>
          {fmt.otherName(p.nameZh, p.nameEn) ? (
            <Text size="xs" c="dimmed" lang={fmt.locale === 'en' ? 'zh-Hant-TW' : 'en'}>
              {fmt.otherName(p.nameZh, p.nameEn)}
            </Text>
          ) : null}
          <Text size="sm" mt={4}>
            {[p.studentNo ?? p.staffNo, fmt.name(p.unitNameZh, p.unitNameEn), fmt.country(p.nationality)]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Group gap={6} mt={6}>
            <Badge variant="light" tt="none">
              {t(`personKinds.${p.kind}`)}
            </Badge>
            {p.programType ? (
              <Badge variant="outline" color="gray" tt="none">
                {t(`programTypes.${p.programType}`)}
              </Badge>
            ) : null}
            {p.archivedAt ? (
              <Badge variant="outline" color="gray" tt="none">
                {t('peopleUi.archivedBadge')}
              </Badge>
            ) : null}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
