import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Table.css';
import { Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationSummary } from '#shared/schemas/calls';
import { AnchorLink, ButtonLink } from '#web/components/ui/links';
import { PagedList } from '#web/components/ui/PagedList';
import { PageHeader } from '#web/components/ui/PageHeader';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { useKeysetPaging } from '#web/lib/keysetPaging';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { useMyApplications } from '../api/applications';
import '../i18n';
import { usePhone } from '#web/lib/media';
import { ApplicationStatusBadge } from './common';
import { Allocation } from './detail/ApplicationsPanel';

/**
 * A student's applications with their status and the next step; staff see the applications in their scope
 * (a coordinator: their college's) with the applicant.
 */
export function MyApplicationsPage() {
  const { t } = useTranslation();
  const student = useCan('calls', 'apply');
  const phone = usePhone();
  const paging = useKeysetPaging();
  const list = useMyApplications(paging.at);
  return (
    <>
      <PageHeader
        title={student ? t('callsUi.mine.title') : t('callsUi.mine.staffTitle')}
        subtitle={student ? t('callsUi.mine.hint') : null}
        actions={
          student ? (
            <ButtonLink to={paths.calls()} variant="default">
              {t('callsUi.mine.browse')}
            </ButtonLink>
          ) : null
        }
      />
      <PagedList
        query={list}
        pageSize={25}
        empty={student ? t('callsUi.mine.empty') : t('callsUi.detail.noApplications')}
        onPage={paging.onPage}
        onCountExactly={paging.onCountExactly}
      >
        {(items) =>
          student || phone ? <ApplicationCards items={items} student={student} /> : <ApplicationsTable items={items} />
        }
      </PagedList>
    </>
  );
}

function ApplicationCards({ items, student }: { items: ApplicationSummary[]; student: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('callsUi.mine.listLabel')}>
      {items.map((a) => (
        <Paper component="li" withBorder radius="md" p="md" key={a.id}>
          <AnchorLink to={paths.application(a.id)} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {fmt.name(a.callTitleZh, a.callTitleEn)}
          </AnchorLink>
          {student ? null : (
            <Text size="sm">{fmt.name(a.applicant.nameZh, a.applicant.nameEn) || a.applicant.email}</Text>
          )}
          <Group gap="xs" mt={6}>
            <ApplicationStatusBadge status={a.status} />
            {a.submittedAt ? (
              <Text size="sm" c="dimmed">
                {t('callsUi.mine.submittedAt', { at: fmt.dateTime(a.submittedAt) })}
              </Text>
            ) : null}
          </Group>
          {a.allocatedOfferId !== null || a.waitlistPosition !== null ? (
            <Text size="sm" mt={4}>
              {t('callsUi.result.title')}: <Allocation a={a} />
            </Text>
          ) : null}
          <Text size="sm" mt={4}>
            {t('callsUi.mine.next')}: {t(`callsUi.next.${a.status}`)}
          </Text>
          {student && a.status === 'draft' ? (
            <ButtonLink to={paths.callApply(a.callId)} size="compact-sm" mt="xs">
              {t('callsUi.detail.continue')}
            </ButtonLink>
          ) : null}
        </Paper>
      ))}
    </Stack>
  );
}

function ApplicationsTable({ items }: { items: ApplicationSummary[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <ScrollTable label={t('callsUi.mine.listLabel')} minWidth={860}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('callsUi.fields.applicant')}</Table.Th>
            <Table.Th scope="col">{t('callsUi.fields.call')}</Table.Th>
            <Table.Th scope="col">{t('callsUi.fields.status')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('callsUi.fields.rank')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('callsUi.fields.total')}
            </Table.Th>
            <Table.Th scope="col">{t('callsUi.fields.allocation')}</Table.Th>
            <Table.Th scope="col">{t('callsUi.fields.submittedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <AnchorLink to={paths.application(a.id)}>
                  {fmt.name(a.applicant.nameZh, a.applicant.nameEn) || a.applicant.email || `#${a.id}`}
                </AnchorLink>
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <AnchorLink to={paths.call(a.callId)}>{fmt.name(a.callTitleZh, a.callTitleEn)}</AnchorLink>
              </Table.Td>
              <Table.Td>
                <ApplicationStatusBadge status={a.status} />
              </Table.Td>
              <Table.Td ta="end">{a.rank !== null ? fmt.number(a.rank) : '—'}</Table.Td>
              <Table.Td ta="end">{a.totalScore !== null ? fmt.number(a.totalScore) : '—'}</Table.Td>
              <Table.Td>
                <Allocation a={a} />
              </Table.Td>
              <Table.Td>{a.submittedAt ? fmt.dateTime(a.submittedAt) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
