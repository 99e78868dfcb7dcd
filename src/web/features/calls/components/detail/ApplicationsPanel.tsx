import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Table.css';
import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationSummary, Call } from '#shared/schemas/calls';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { useKeysetCursors } from '#web/components/ui/PagedList';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { TablePagination } from '#web/components/ui/TablePagination';
import { useApplication } from '#web/features/calls/api/applications';
import { PAGE_SIZE, useCallApplications } from '#web/features/calls/api/calls';
import { useFormat } from '#web/lib/format';
import { useKeysetPaging } from '#web/lib/keysetPaging';
import { paths } from '#web/lib/paths';
import { ApplicationStatusBadge } from '../common';
import { AdjustModal } from './AdjustModal';
import { PartnerDecisionModal } from './PartnerDecisionModal';

/**
 * A call's applications in rank order: total, status, preferences, the allocated partner or waitlist position, and
 * how many reviewers scored each; staff adjust a result (with a reason) and record the partner's decision.
 */
export function ApplicationsPanel({ call }: { call: Call }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const paging = useKeysetPaging();
  const list = useCallApplications(call.id, paging.at, true);
  const cursors = useKeysetCursors(list.data);
  const [adjusting, setAdjusting] = useState<ApplicationSummary | null>(null);
  const [deciding, setDeciding] = useState<ApplicationSummary | null>(null);
  const canAdjust = call.permissions.allocate && (call.status === 'allocated' || call.status === 'published');
  const canDecide = call.permissions.nominate;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="call-applications">
      <Title order={2} size="h4" id="call-applications" mb="sm">
        {t('callsUi.detail.applications')}
      </Title>
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      {list.isPending ? <Loading /> : null}
      {list.data && list.data.items.length === 0 ? <EmptyState>{t('callsUi.detail.noApplications')}</EmptyState> : null}
      {list.data && list.data.items.length > 0 ? (
        <ScrollTable label={t('callsUi.detail.applicationsTable')} minWidth={1040}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" ta="end">
                  {t('callsUi.fields.rank')}
                </Table.Th>
                <Table.Th scope="col">{t('callsUi.fields.applicant')}</Table.Th>
                <Table.Th scope="col">{t('callsUi.fields.status')}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('callsUi.fields.total')}
                </Table.Th>
                <Table.Th scope="col">{t('callsUi.fields.preferences')}</Table.Th>
                <Table.Th scope="col">{t('callsUi.fields.allocation')}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('callsUi.fields.reviewers')}
                </Table.Th>
                <Table.Th scope="col">{t('callsUi.fields.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((a) => {
                const name = fmt.name(a.applicant.nameZh, a.applicant.nameEn) || a.applicant.email || `#${a.id}`;
                return (
                  <Table.Tr key={a.id}>
                    <Table.Td ta="end">{a.rank !== null ? fmt.number(a.rank) : '—'}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      <AnchorLink to={paths.application(a.id)}>{name}</AnchorLink>
                      {a.applicant.studentNo ? (
                        <Text size="xs" c="dimmed">
                          {a.applicant.studentNo}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <ApplicationStatusBadge status={a.status} />
                    </Table.Td>
                    <Table.Td ta="end">{a.totalScore !== null ? fmt.number(a.totalScore) : '—'}</Table.Td>
                    <Table.Td>
                      <PreferencesCell applicationId={a.id} />
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      <Allocation a={a} />
                    </Table.Td>
                    <Table.Td ta="end">
                      {fmt.number(a.reviewerCount)}
                      {a.scoredByMe ? (
                        <Text size="xs" c="dimmed">
                          {t('callsUi.detail.scoredByMe')}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="wrap">
                        {canAdjust ? (
                          <Button
                            size="compact-sm"
                            variant="default"
                            aria-label={t('callsUi.adjust.buttonFor', { name })}
                            onClick={() => setAdjusting(a)}
                          >
                            {t('callsUi.adjust.button')}
                          </Button>
                        ) : null}
                        {canDecide && a.status === 'nominated' ? (
                          <Button
                            size="compact-sm"
                            variant="default"
                            aria-label={t('callsUi.decision.buttonFor', { name })}
                            onClick={() => setDeciding(a)}
                          >
                            {t('callsUi.decision.button')}
                          </Button>
                        ) : null}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      ) : null}
      {list.data && list.data.total > PAGE_SIZE ? (
        <TablePagination
          page={list.data.page}
          pageSize={PAGE_SIZE}
          total={list.data.total}
          hasNext={list.data.nextCursor !== undefined ? list.data.nextCursor !== null : undefined}
          onChange={(p) => paging.onPage(p, cursors.startOf(p))}
        />
      ) : null}
      <AdjustModal call={call} summary={adjusting} onClose={() => setAdjusting(null)} />
      <PartnerDecisionModal callId={call.id} summary={deciding} onClose={() => setDeciding(null)} />
    </Paper>
  );
}

/** The allocated partner, or the waitlist position, or nothing yet. */
export function Allocation({ a }: { a: ApplicationSummary }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (a.allocatedOfferId !== null) return <>{fmt.name(a.allocatedPartnerNameZh, a.allocatedPartnerNameEn)}</>;
  if (a.waitlistPosition !== null)
    return <>{t('callsUi.detail.waitlistPosition', { n: fmt.number(a.waitlistPosition) })}</>;
  return <>—</>;
}

/** The summary carries no preferences: each row reads its application (cached for the application page too). */
function PreferencesCell({ applicationId }: { applicationId: number }) {
  const fmt = useFormat();
  const { data } = useApplication(applicationId);
  if (!data) return <>…</>;
  if (data.preferences.length === 0) return <>—</>;
  return (
    <Stack gap={0} component="ol" m={0} pl="md">
      {data.preferences.map((p) => (
        <Text component="li" size="sm" key={p.offerId}>
          {fmt.name(p.partnerNameZh, p.partnerNameEn)}
        </Text>
      ))}
    </Stack>
  );
}
