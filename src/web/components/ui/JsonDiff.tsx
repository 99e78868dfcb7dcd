import '@mantine/core/styles/Code.css';
import '@mantine/core/styles/Table.css';
import { Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changedFields } from '#web/lib/diff';

const pretty = (v: unknown) => (v === null || v === undefined ? '—' : JSON.stringify(v, null, 2));

/** Before/after of an audit entry: the changed keys side by side, as JSON. */
export function JsonDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const changes = changedFields(before, after);
  if (before == null && after == null) return <Text size="sm">{t('history.noDetails')}</Text>;
  if (changes.length === 0) return <Text size="sm">{t('history.noVisibleChanges')}</Text>;
  return (
    <Stack gap="xs" style={{ overflowX: 'auto' }}>
      <Table fz="xs" verticalSpacing={4} miw={480} withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('history.field')}</Table.Th>
            <Table.Th scope="col">{t('history.before')}</Table.Th>
            <Table.Th scope="col">{t('history.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((c) => (
            <Table.Tr key={c.key}>
              <Table.Th scope="row">
                <Code>{c.key}</Code>
              </Table.Th>
              <Table.Td bg="red.0">
                <Code block bg="transparent">
                  {pretty(c.before)}
                </Code>
              </Table.Td>
              <Table.Td bg="green.0">
                <Code block bg="transparent">
                  {pretty(c.after)}
                </Code>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
