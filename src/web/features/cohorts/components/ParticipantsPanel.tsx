import '@mantine/core/styles/Table.css';
import '@mantine/core/styles/Badge.css';
import { Anchor, Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortProgram } from '#shared/schemas/cohorts';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { notifyError, notifySuccess } from '#web/lib/notify';
import {
  certificateUrl,
  type Participant,
  useIssueCertificate,
  useMentors,
  useParticipants,
  useUpdateParticipant,
} from '../api/cohorts';
import { CounsellingModal } from './CounsellingModal';

/** Participants with attendance against the completion rule, mentors, certificates and the counselling log. */
export function ParticipantsPanel({ program }: { program: CohortProgram }) {
  const { t } = useTranslation();
  const list = useParticipants(program.id);
  const mentors = useMentors(program.permissions.update);
  const update = useUpdateParticipant(program.id);
  const issue = useIssueCertificate(program.id);
  const [counselling, setCounselling] = useState<Participant | null>(null);
  if (list.error) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data && list.data.items.length === 0) return <EmptyState>{t('cohortsUi.noParticipants')}</EmptyState>;
  const mentorOptions = (mentors.data?.items ?? []).map((m) => ({ value: String(m.id), label: m.name }));
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('cohortsUi.rule', { pct: program.minAttendance })}
      </Text>
      <ScrollTable label={t('cohortsUi.tabs.participants')} minWidth={760}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cohortsUi.columns.name')}</Table.Th>
              <Table.Th>{t('cohortsUi.columns.attendance')}</Table.Th>
              <Table.Th>{t('cohortsUi.columns.completion')}</Table.Th>
              <Table.Th>{t('cohortsUi.columns.mentor')}</Table.Th>
              <Table.Th>{t('cohortsUi.columns.certificate')}</Table.Th>
              <Table.Th>{t('cohortsUi.columns.counselling')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data?.items.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td>
                  {p.attendancePct}%
                  {p.missedRequired ? (
                    <Text size="xs" c="red">
                      {t('cohortsUi.missedRequired', { n: p.missedRequired })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {p.withdrawnOn ? (
                    <Badge color="gray" variant="light" tt="none">
                      {t('cohorts.stages.withdrawn')}
                    </Badge>
                  ) : (
                    <Badge color={p.completed ? 'teal' : 'orange'} variant="light" tt="none">
                      {p.completed ? t('cohortsUi.completed') : t('cohortsUi.inProgress')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {program.permissions.update ? (
                    <Select
                      aria-label={t('cohortsUi.mentorOf', { name: p.name })}
                      size="xs"
                      clearable
                      clearButtonProps={{ 'aria-label': t('cohortsUi.clear') }}
                      data={mentorOptions}
                      value={p.mentorId ? String(p.mentorId) : null}
                      onChange={(v) =>
                        update
                          .mutateAsync({
                            participantId: p.id,
                            mentorId: v ? Number(v) : null,
                            withdrawnOn: p.withdrawnOn,
                            version: p.version,
                          })
                          .catch(notifyError)
                      }
                    />
                  ) : (
                    (p.mentorName ?? '—')
                  )}
                </Table.Td>
                <Table.Td>
                  {p.certificateCode ? (
                    <Group gap={4} wrap="nowrap">
                      <Anchor href={certificateUrl(program.id, p.id)} size="sm">
                        {t('cohortsUi.download')}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {p.certificateCode}
                      </Text>
                    </Group>
                  ) : program.permissions.update ? (
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t('cohortsUi.issueFor', { name: p.name })}
                      onClick={() =>
                        issue
                          .mutateAsync(p.id)
                          .then(() => notifySuccess(t('cohortsUi.issued')))
                          .catch(notifyError)
                      }
                    >
                      {t('cohortsUi.issue')}
                    </Button>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td>
                  {program.permissions.counsel ? (
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => setCounselling(p)}
                      aria-label={t('cohortsUi.counsellingOf', { name: p.name })}
                    >
                      {t('cohortsUi.counselling')}
                    </Button>
                  ) : (
                    '—'
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <CounsellingModal programId={program.id} participant={counselling} onClose={() => setCounselling(null)} />
    </Stack>
  );
}
