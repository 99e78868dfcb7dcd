import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifyError } from '#web/lib/notify';
import { useAttendance, useEnrolments } from '../api/training';

/** OIA staff record who attended a session (crediting the course's hours) and who did not. */
export function AttendancePanel({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation();
  const list = useEnrolments(sessionId);
  const mark = useAttendance(sessionId);
  const items = (list.data?.items ?? []).filter((e) => e.status !== 'cancelled');
  return (
    <fieldset style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8, padding: 8 }}>
      <legend>
        <Text size="xs" fw={600}>
          {t('trainingUi.attendance')}
        </Text>
      </legend>
      {items.map((e) => (
        <Group key={e.id} justify="space-between" gap="xs" wrap="wrap">
          <Text size="sm">
            {e.userName} · {t(`enrolmentStatuses.${e.status}`)}
          </Text>
          <Group gap={4}>
            {(['attended', 'absent'] as const).map((status) => (
              <Button
                key={status}
                size="compact-xs"
                variant={e.status === status ? 'filled' : 'default'}
                aria-pressed={e.status === status}
                onClick={() =>
                  mark.mutate({ id: e.id, body: { status, hours: null, version: e.version } }, { onError: notifyError })
                }
              >
                {t(`trainingUi.${status}`)}
              </Button>
            ))}
          </Group>
        </Group>
      ))}
    </fieldset>
  );
}
