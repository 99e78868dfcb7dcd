import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailField } from '#web/components/ui/DetailField';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { HistoryTimeline } from '#web/components/ui/HistoryTimeline';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink, ButtonLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useUnitName } from '#web/lib/reference';
import { usePartner, usePartnerHistory } from '../api/partners';
import { ArchiveButton } from './ArchiveButton';
import { ContactsTable } from './ContactsTable';
import { usePartnerLabels } from './partnerLabels';
import { StatusBadge } from './StatusBadge';

/**
 * Everything about one partner, its contacts and its history; actions as the user's permissions allow.
 * `children` are sections other features add (composed in app/pages, since features do not import each other).
 */
export function PartnerDetailPage({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const unitName = useUnitName();
  const id = Number(useParams({ strict: false }).id);
  const { data: p, error, isPending, refetch } = usePartner(id);
  const history = usePartnerHistory(id);
  const labels = usePartnerLabels();

  if (isPending) return <Loading />;
  if (!p) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const other = fmt.otherName(p.nameZh, p.nameEn);

  return (
    <Stack gap="lg">
      <PageHeader
        above={<AnchorLink to={paths.partners()} size="sm">{`← ${t('partners.detail.backToList')}`}</AnchorLink>}
        title={fmt.name(p.nameZh, p.nameEn)}
        subtitle={
          <Group gap="xs">
            {other ? <span lang={fmt.locale === 'en' ? 'zh-Hant-TW' : 'en'}>{other}</span> : null}
            <StatusBadge status={p.status} />
            {p.archivedAt ? (
              <Badge color="gray" variant="outline" tt="none">
                {t('partners.archivedBadge')}
              </Badge>
            ) : null}
          </Group>
        }
        actions={
          <>
            {p.permissions.update ? <ButtonLink to={paths.partnerEdit(p.id)}>{t('common.edit')}</ButtonLink> : null}
            {p.permissions.archive ? <ArchiveButton partner={p} /> : null}
          </>
        }
      />
      <Paper withBorder p="md" radius="md">
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" m={0}>
          <DetailField label={t('partnerFields.nameEn')}>{p.nameEn}</DetailField>
          <DetailField label={t('partnerFields.nameZh')}>{p.nameZh}</DetailField>
          <DetailField label={t('partnerFields.aliases')}>
            {p.aliases.length ? p.aliases.join(fmt.locale === 'en' ? '; ' : '；') : null}
          </DetailField>
          <DetailField label={t('partnerFields.code')}>{p.code}</DetailField>
          <DetailField label={t('partnerFields.country')}>{fmt.country(p.country)}</DetailField>
          <DetailField label={t('partnerFields.region')}>{p.region ? t(`regions.${p.region}`) : null}</DetailField>
          <DetailField label={t('partnerFields.city')}>{p.city}</DetailField>
          <DetailField label={t('partnerFields.cityZh')}>{p.cityZh}</DetailField>
          <DetailField label={t('partnerFields.website')}>
            {p.website ? (
              <Anchor href={p.website} target="_blank" rel="noopener noreferrer">
                {p.website}
              </Anchor>
            ) : null}
          </DetailField>
          <DetailField label={t('partnerFields.schac')}>{p.schac}</DetailField>
          <DetailField label={t('partnerFields.type')}>{t(`partnerTypes.${p.type}`)}</DetailField>
          <DetailField label={t('partnerFields.owningUnit')}>{unitName(p.owningUnitId)}</DetailField>
          <DetailField label={t('partnerFields.createdAt')}>{fmt.dateTime(p.createdAt)}</DetailField>
          <DetailField label={t('partnerFields.updatedAt')}>{fmt.dateTime(p.updatedAt)}</DetailField>
          {p.archivedAt ? (
            <DetailField label={t('partnerFields.archivedAt')}>{fmt.dateTime(p.archivedAt)}</DetailField>
          ) : null}
        </SimpleGrid>
        {p.notes ? (
          <Stack component="dl" mt="md" gap={0}>
            <DetailField label={t('partnerFields.notes')}>{p.notes}</DetailField>
          </Stack>
        ) : null}
      </Paper>
      <ContactsTable contacts={p.contacts} />
      {children}
      <HistoryTimeline history={history} {...labels} />
    </Stack>
  );
}
