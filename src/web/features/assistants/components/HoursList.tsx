import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HoursEntry, Task } from '#shared/schemas/assistants';
import { EmptyState } from '#web/components/ui/EmptyState';
import { useFormat } from '#web/lib/format';
import { notifyError } from '#web/lib/notify';
import { useReviewHours } from '../api/assistants';
import { hoursOf } from './term';

const COLORS = { pending: 'yellow', approved: 'green', rejected: 'red' } as const;

/** Logged hours, newest first, as a stack of rows that also fits a phone; staff approve or reject here. */
export function HoursList({ hours, tasks, review }: { hours: HoursEntry[]; tasks: Task[]; review: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const reviewHours = useReviewHours();
  const decide = async (h: HoursEntry, decision: 'approved' | 'rejected') => {
    const note = decision === 'rejected' ? window.prompt(t('assistantsUi.hours.rejectReason')) : null;
    if (decision === 'rejected' && !note) return;
    try {
      await reviewHours.mutateAsync({ id: h.id, body: { decision, note, version: h.version } });
    } catch (err) {
      notifyError(err);
    }
  };
  if (hours.length === 0) return <EmptyState>{t('assistantsUi.hours.none')}</EmptyState>;
  const taskName = (id: number | null) => {
    const task = tasks.find((x) => x.id === id);
    return task ? f.name(task.titleZh, task.titleEn) : '';
  };
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {[...hours].reverse().map((h) => (
        <Group
          key={h.id}
          component="li"
          justify="space-between"
          wrap="wrap"
          gap="xs"
          py={4}
          style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Stack gap={0} style={{ flex: '1 1 14rem', minWidth: 0 }}>
            <Text size="sm" fw={600}>
              {f.date(h.workedOn)} · {t('assistantsUi.hours.amount', { hours: hoursOf(h.minutes) })}
            </Text>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {h.description}
            </Text>
            {h.taskId ? (
              <Text size="xs" c="dimmed">
                {taskName(h.taskId)}
              </Text>
            ) : null}
            {h.reviewNote ? (
              <Text size="xs" c="dimmed">
                {h.reviewNote}
              </Text>
            ) : null}
          </Stack>
          <Group gap="xs">
            <Badge color={COLORS[h.status]} variant="light">
              {t(`assistantHoursStatuses.${h.status}`)}
            </Badge>
            {review && h.status === 'pending' ? (
              <>
                <Button size="xs" onClick={() => decide(h, 'approved')}>
                  {t('assistantsUi.hours.approve')}
                </Button>
                <Button size="xs" variant="light" color="red" onClick={() => decide(h, 'rejected')}>
                  {t('assistantsUi.hours.reject')}
                </Button>
              </>
            ) : null}
          </Group>
        </Group>
      ))}
    </Stack>
  );
}
