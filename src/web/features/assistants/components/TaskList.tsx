import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Task } from '#shared/schemas/assistants';
import { EmptyState } from '#web/components/ui/EmptyState';
import { useFormat } from '#web/lib/format';
import { notifyError } from '#web/lib/notify';
import { useTaskStatus } from '../api/assistants';

/** Tasks by due date; the assistant marks theirs done, staff may also cancel. */
export function TaskList({ tasks, canFinish, canCancel }: { tasks: Task[]; canFinish: boolean; canCancel: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const status = useTaskStatus();
  const due = (date: string) => t('assistantsUi.tasks.due', { date: f.date(date) });
  const set = async (task: Task, s: 'done' | 'cancelled') => {
    try {
      await status.mutateAsync({ task, status: s });
    } catch (err) {
      notifyError(err);
    }
  };
  if (tasks.length === 0) return <EmptyState>{t('assistantsUi.tasks.none')}</EmptyState>;
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {tasks.map((task) => (
        <Group
          key={task.id}
          component="li"
          justify="space-between"
          wrap="wrap"
          gap="xs"
          py={4}
          style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Stack gap={0} style={{ flex: '1 1 14rem', minWidth: 0 }}>
            <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {f.name(task.titleZh, task.titleEn)}
            </Text>
            <Text size="xs" c="dimmed">
              {[t(`assistantTaskKinds.${task.kind}`), due(task.dueOn)].join(' · ')}
            </Text>
          </Stack>
          <Group gap="xs">
            <Badge
              variant="light"
              color={task.status === 'done' ? 'green' : task.status === 'cancelled' ? 'gray' : 'blue'}
            >
              {t(`assistantsUi.taskStatuses.${task.status}`)}
            </Badge>
            {task.status === 'assigned' && canFinish ? (
              <Button size="xs" variant="light" onClick={() => set(task, 'done')}>
                {t('assistantsUi.tasks.markDone')}
              </Button>
            ) : null}
            {task.status === 'assigned' && canCancel ? (
              <Button size="xs" variant="subtle" color="gray" onClick={() => set(task, 'cancelled')}>
                {t('assistantsUi.tasks.cancel')}
              </Button>
            ) : null}
          </Group>
        </Group>
      ))}
    </Stack>
  );
}
