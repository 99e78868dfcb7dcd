import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Progress.css';
import { Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortMentee } from '#shared/schemas/cohort-mentees';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { useMyMentees } from '../api/cohorts';
import '../i18n';
import { CounsellingModal } from './CounsellingModal';

function MenteeStatus({ m, min }: { m: CohortMentee; min: number }) {
  const { t } = useTranslation();
  if (m.withdrawnOn)
    return (
      <Badge color="gray" variant="outline" tt="none">
        {t('cohortsUi.mentees.withdrawn')}
      </Badge>
    );
  if (m.completed)
    return (
      <Badge color="teal" variant="light" tt="none">
        {t('cohortsUi.completed')}
      </Badge>
    );
  return (
    <Badge color={m.attendancePct < min || m.missedRequired > 0 ? 'red' : 'blue'} variant="outline" tt="none">
      {t('cohortsUi.inProgress')}
    </Badge>
  );
}

/** A mentor's own page (phone first): their mentees per program, attendance, and the confidential log. */
export function MyMenteesPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const list = useMyMentees();
  const [open, setOpen] = useState<{ programId: number; id: number; name: string } | null>(null);
  return (
    <>
      <PageHeader title={t('cohortsUi.mentees.title')} subtitle={t('cohortsUi.mentees.subtitle')} />
      {list.isPending ? <Loading /> : null}
      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.programs.length === 0 ? <EmptyState>{t('cohortsUi.mentees.empty')}</EmptyState> : null}
      <Stack gap="lg">
        {list.data?.programs.map((p) => (
          <Stack key={p.programId} gap="xs" component="section" aria-labelledby={`mentees-${p.programId}`}>
            <Title order={2} size="h4" id={`mentees-${p.programId}`}>
              {p.programName}
            </Title>
            <Text size="sm" c="dimmed">
              {fmt.date(p.startDate)} – {fmt.date(p.endDate)} ·{' '}
              {t('cohortsUi.rule', { pct: fmt.number(p.minAttendance) })}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {p.mentees.map((m) => (
                <Card key={m.participantId} withBorder padding="sm">
                  <Stack gap={6}>
                    <Group justify="space-between" wrap="nowrap" gap="xs">
                      <Text fw={600}>{m.name}</Text>
                      <MenteeStatus m={m} min={p.minAttendance} />
                    </Group>
                    <Text size="sm">{t('cohortsUi.mentees.attendance', { pct: fmt.number(m.attendancePct) })}</Text>
                    <Progress
                      value={m.attendancePct}
                      color={m.attendancePct < p.minAttendance ? 'red' : 'teal'}
                      aria-label={t('cohortsUi.mentees.attendanceOf', { name: m.name })}
                    />
                    {m.missedRequired > 0 ? (
                      <Text size="sm" c="red.8">
                        {t('cohortsUi.missedRequired', { n: m.missedRequired })}
                      </Text>
                    ) : null}
                    <Button
                      variant="light"
                      size="sm"
                      onClick={() => setOpen({ programId: p.programId, id: m.participantId, name: m.name })}
                      aria-label={t('cohortsUi.counsellingOf', { name: m.name })}
                    >
                      {t('cohortsUi.counselling')}
                    </Button>
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          </Stack>
        ))}
      </Stack>
      <CounsellingModal programId={open?.programId ?? 0} participant={open} onClose={() => setOpen(null)} />
    </>
  );
}
