import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { HistoryTimeline } from '../../../components/ui/HistoryTimeline';
import { Loading } from '../../../components/ui/Loading';
import { AnchorLink, ButtonLink } from '../../../components/ui/links';
import { PageHeader } from '../../../components/ui/PageHeader';
import { useFormat } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useUnitName } from '../../../lib/reference';
import { usePartner, usePartnerHistory } from '../api/partners';
import { ArchiveButton } from './ArchiveButton';
import { ContactsTable } from './ContactsTable';
import { usePartnerLabels } from './partnerLabels';
import { StatusBadge } from './StatusBadge';

function Field({ label, children }: { label: string; children: ReactNode }) {
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

/** Everything about one partner, its contacts and its history; actions as the user's permissions allow. */
export function PartnerDetailPage() {
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
          <Field label={t('partnerFields.nameEn')}>{p.nameEn}</Field>
          <Field label={t('partnerFields.nameZh')}>{p.nameZh}</Field>
          <Field label={t('partnerFields.code')}>{p.code}</Field>
          <Field label={t('partnerFields.country')}>{fmt.country(p.country)}</Field>
          <Field label={t('partnerFields.region')}>{p.region ? t(`regions.${p.region}`) : null}</Field>
          <Field label={t('partnerFields.city')}>{p.city}</Field>
          <Field label={t('partnerFields.cityZh')}>{p.cityZh}</Field>
          <Field label={t('partnerFields.website')}>
            {p.website ? (
              <Anchor href={p.website} target="_blank" rel="noopener noreferrer">
                {p.website}
              </Anchor>
            ) : null}
          </Field>
          <Field label={t('partnerFields.type')}>{t(`partnerTypes.${p.type}`)}</Field>
          <Field label={t('partnerFields.owningUnit')}>{unitName(p.owningUnitId)}</Field>
          <Field label={t('partnerFields.createdAt')}>{fmt.dateTime(p.createdAt)}</Field>
          <Field label={t('partnerFields.updatedAt')}>{fmt.dateTime(p.updatedAt)}</Field>
          {p.archivedAt ? <Field label={t('partnerFields.archivedAt')}>{fmt.dateTime(p.archivedAt)}</Field> : null}
        </SimpleGrid>
        {p.notes ? (
          <Stack component="dl" mt="md" gap={0}>
            <Field label={t('partnerFields.notes')}>{p.notes}</Field>
          </Stack>
        ) : null}
      </Paper>
      <ContactsTable contacts={p.contacts} />
      <HistoryTimeline history={history} {...labels} />
    </Stack>
  );
}
