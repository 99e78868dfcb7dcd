import '@mantine/core/styles/Badge.css';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerSummary } from '#shared/schemas/partners';
import { AnchorLink } from '#web/components/ui/links';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { StatusBadge } from './StatusBadge';

/** The partners list on a phone: one card per partner instead of a wide table. */
export function PartnerCards({ items }: { items: PartnerSummary[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('partners.list.tableLabel')}>
      {items.map((p) => {
        const place = [fmt.name(p.cityZh, p.city), fmt.country(p.country)].filter(Boolean).join(' · ');
        return (
          <Paper component="li" withBorder radius="md" p="sm" key={p.id}>
            <AnchorLink to={paths.partner(p.id)} fw={600}>
              {fmt.name(p.nameZh, p.nameEn)}
            </AnchorLink>
            {fmt.otherName(p.nameZh, p.nameEn) ? (
              <Text size="xs" c="dimmed" lang={fmt.locale === 'en' ? 'zh-Hant-TW' : 'en'}>
                {fmt.otherName(p.nameZh, p.nameEn)}
              </Text>
            ) : null}
            <Text size="sm" mt={4}>
              {place}
              {p.region ? ` · ${t(`regions.${p.region}`)}` : ''}
            </Text>
            <Group gap={6} mt={6}>
              <StatusBadge status={p.status} />
              <Badge variant="outline" color="gray" tt="none">
                {t(`partnerTypes.${p.type}`)}
              </Badge>
              {p.archivedAt ? (
                <Badge variant="outline" color="gray" tt="none">
                  {t('partners.archivedBadge')}
                </Badge>
              ) : null}
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
