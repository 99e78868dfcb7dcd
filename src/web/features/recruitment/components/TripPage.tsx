import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink, ButtonLink } from '#web/components/ui/links';
import { PagedList } from '#web/components/ui/PagedList';
import { PageHeader } from '#web/components/ui/PageHeader';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { useKeysetPaging } from '#web/lib/keysetPaging';
import { paths } from '#web/lib/paths';
import { useDocumentTitle } from '#web/lib/title';
import { PAGE_SIZE, useTrip, useTripLeads } from '../api/trips';
import { FollowupPanel } from './FollowupPanel';
import { LeadForm } from './LeadForm';
import '../i18n';

/** One fair or trip: where, when, who, cost; its leads (personal data, OIA staff only) and follow-up mails. */
export function TripPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const trip = useTrip(id);
  const paging = useKeysetPaging();
  const d = trip.data;
  const leads = useTripLeads(id, paging.at, d?.permissions.readLeads === true);
  useDocumentTitle(d ? fmt.name(d.nameZh, d.nameEn) : null);
  if (trip.error) return <ErrorAlert error={trip.error} onRetry={() => void trip.refetch()} />;
  if (!d) return <Loading />;
  const cost = d.costMinor !== null && d.currency ? `${fmt.number(d.costMinor / 100)} ${d.currency}` : '';
  return (
    <Stack>
      <PageHeader
        title={fmt.name(d.nameZh, d.nameEn)}
        subtitle={[
          t(`recruitmentUi.trips.kinds.${d.kind}`),
          `${fmt.country(d.country)}${d.city ? `, ${d.city}` : ''}`,
          `${fmt.date(d.startDate)} – ${fmt.date(d.endDate)}`,
          d.organiser,
          cost,
        ]
          .filter(Boolean)
          .join(' · ')}
        actions={
          d.permissions.update ? (
            <ButtonLink to={paths.recruitmentTripEdit(d.id)} variant="default">
              {t('recruitmentUi.trips.edit')}
            </ButtonLink>
          ) : null
        }
      />
      {d.staff.length ? <Text size="sm">{`${t('recruitmentUi.trips.staff')}: ${d.staff.join(', ')}`}</Text> : null}
      {d.notes ? <Text size="sm">{d.notes}</Text> : null}
      {d.permissions.readLeads ? (
        <>
          <Title order={2} size="h4">
            {t('recruitmentUi.leads.title')}
          </Title>
          <PagedList query={leads} pageSize={PAGE_SIZE} empty={t('recruitmentUi.leads.empty')} onPage={paging.onPage}>
            {(items) => (
              <Stack>
                <ScrollTable label={t('recruitmentUi.leads.tableLabel')} minWidth={560}>
                  <Table>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('recruitmentUi.leads.name')}</Table.Th>
                        <Table.Th>{t('recruitmentUi.leads.programInterest')}</Table.Th>
                        <Table.Th>{t('recruitmentUi.leads.consent')}</Table.Th>
                        <Table.Th ta="right">{t('recruitmentUi.leads.followups')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {items.map((l) => (
                        <Table.Tr key={l.id}>
                          <Table.Td>
                            <AnchorLink to={paths.recruitmentLead(l.id)} size="sm" fw={600}>
                              {l.name}
                            </AnchorLink>
                            <Text size="xs" c="dimmed">
                              {l.email}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            {[l.programInterest, l.level ? t(`recruitmentUi.leads.levels.${l.level}`) : null]
                              .filter(Boolean)
                              .join(' · ')}
                          </Table.Td>
                          <Table.Td>
                            <Badge color={l.mailable ? 'green' : 'gray'} variant="light">
                              {t(l.mailable ? 'recruitmentUi.leads.mailable' : 'recruitmentUi.leads.notMailable')}
                            </Badge>
                          </Table.Td>
                          <Table.Td ta="right">{fmt.number(l.followups)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
                <Title order={3} size="h5">
                  {t('recruitmentUi.followup.title')}
                </Title>
                <FollowupPanel leads={items} />
              </Stack>
            )}
          </PagedList>
          <Title order={2} size="h4">
            {t('recruitmentUi.leads.add')}
          </Title>
          <LeadForm trip={d} />
        </>
      ) : null}
    </Stack>
  );
}
