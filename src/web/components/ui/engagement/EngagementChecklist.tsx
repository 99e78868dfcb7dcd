import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/InlineInput.css';
import { Checkbox, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChecklistEntry } from '#shared/engagements';

type Props = { items: ChecklistEntry[]; editable: boolean; onChange: (items: ChecklistEntry[]) => void };

/** A record's checklist from its template (the visitor SOP, a delegation's, an event's): tick as done. */
export function EngagementChecklist({ items, editable, onChange }: Props) {
  const { t } = useTranslation();
  const done = items.filter((i) => i.done).length;
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} fz="h4">
          {t('engagementUi.checklist')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('engagementUi.checklistDone', { done, total: items.length })}
        </Text>
        {items.map((item, i) => (
          <Checkbox
            key={item.key}
            label={item.label ?? t(`checklistItems.${item.key}`, { defaultValue: item.key })}
            checked={item.done}
            disabled={!editable}
            onChange={(e) => onChange(items.map((x, j) => (j === i ? { ...x, done: e.currentTarget.checked } : x)))}
          />
        ))}
      </Stack>
    </Paper>
  );
}
