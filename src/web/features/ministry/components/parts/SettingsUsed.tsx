import '@mantine/core/styles/Table.css';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeSetting } from '#shared/ministry';
import type { CountingSetting } from '#shared/schemas/ministry';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';

/** The counting settings a table was computed with, in words, with where each comes from. */
export function SettingsUsed({ settings }: { settings: CountingSetting[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <section aria-labelledby="settings-used">
      <Text id="settings-used" fw={600} mb="xs">
        {t('ministryUi.settingsUsed')}
      </Text>
      <ScrollTable label={t('ministryUi.settingsUsed')} minWidth={640}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ministry.settings.key')}</Table.Th>
              <Table.Th>{t('ministry.settings.value')}</Table.Th>
              <Table.Th>{t('ministry.settings.source')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {settings.map((s) => (
              <Table.Tr key={s.key}>
                <Table.Td>{t(`ministry.settings.labels.${s.key}`)}</Table.Td>
                <Table.Td>{describeSetting(s.key, s.value, (k, p) => t(k, p))}</Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {fmt.name(s.sourceZh, s.sourceEn)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </section>
  );
}
