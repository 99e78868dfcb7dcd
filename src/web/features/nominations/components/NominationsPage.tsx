import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { academicYearShortLabelParams } from '#shared/calendar';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { PageHeader } from '#web/components/ui/PageHeader';
import { PartnerSelect } from '#web/components/ui/PartnerSelect';
import { useDocumentTitle } from '#web/lib/title';
import { usePartnerNominations } from '../api/nominations';
import { DecideNomination } from './DecideNomination';
import { LinksPanel } from './LinksPanel';
import { NomineeList } from './NomineeList';
import { WindowsPanel } from './WindowsPanel';
import '../i18n';

/** OIA staff: one partner's nomination links and nominations, with inbound places used against offered. */
export function NominationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('nominationsUi.staff.title'));
  const [partnerId, setPartnerId] = useState<number | null>(null);
  const data = usePartnerNominations(partnerId);
  const d = data.data;
  return (
    <Stack>
      <PageHeader title={t('nominationsUi.staff.title')} subtitle={t('nominationsUi.staff.intro')} />
      <Title order={2} size="h4">
        {t('nominationsUi.windows.title')}
      </Title>
      <WindowsPanel />
      <PartnerSelect label={t('nominationsUi.staff.partner')} value={partnerId} onChange={setPartnerId} />
      {partnerId === null ? <Text c="dimmed">{t('nominationsUi.staff.pickPartner')}</Text> : null}
      <ErrorAlert error={data.error} onRetry={() => void data.refetch()} />
      {partnerId !== null && d ? (
        <>
          <Stack gap={4}>
            {d.places.length === 0 ? <Text c="dimmed">{t('nominationsUi.noPlaces')}</Text> : null}
            {d.places.map((p) => (
              <Text key={p.academicYear}>
                {t('nominationsUi.places', {
                  year: t('common.academicYearOption', academicYearShortLabelParams(p.academicYear)),
                  used: p.used,
                  places: p.places,
                })}
              </Text>
            ))}
          </Stack>
          <Title order={2} size="h4">
            {t('nominationsUi.staff.links')}
          </Title>
          <LinksPanel partnerId={partnerId} links={d.links} />
          <Title order={2} size="h4">
            {t('nominationsUi.staff.nominations')}
          </Title>
          <NomineeList
            label={t('nominationsUi.staff.nominations')}
            items={d.nominations}
            actions={(n) =>
              n.mobilityId ? (
                <Text size="xs">{t('nominationsUi.staff.mobility')}</Text>
              ) : (
                <DecideNomination partnerId={partnerId} nomination={n} places={d.inboundPlaces} />
              )
            }
          />
        </>
      ) : null}
    </Stack>
  );
}
