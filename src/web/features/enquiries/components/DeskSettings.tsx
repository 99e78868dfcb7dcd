import { Badge, Group, NumberInput, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localName } from '#shared/i18n/names';
import type { EnquiryCategory } from '#shared/schemas/enquiries';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { UnitSelect } from '#web/components/ui/UnitSelect';
import { languageName } from '#web/lib/i18n';
import { useLocale } from '#web/lib/locale';
import { notifyError } from '#web/lib/notify';
import { useCategories, useFaqAdmin, usePublishFaq, useUpdateCategory } from '../api/desk';
import { SavedReplies } from './SavedReplies';

/** The desk's settings (OIA staff): each category's division and service levels, the saved replies, and which FAQ entries are public. */
export function DeskSettings() {
  return (
    <Stack gap="lg">
      <Routing />
      <SavedReplies />
      <FaqEntries />
    </Stack>
  );
}

function Routing() {
  const { t } = useTranslation();
  const locale = useLocale();
  const categories = useCategories();
  const update = useUpdateCategory();
  const save = (c: EnquiryCategory, change: Partial<EnquiryCategory>) => {
    const next = { ...c, ...change };
    if (JSON.stringify(next) !== JSON.stringify(c)) update.mutate(next, { onError: notifyError });
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="desk-routing">
      <Title order={2} size="h4" id="desk-routing" mb="xs">
        {t('enquiriesUi.settings.routing')}
      </Title>
      <ScrollTable label={t('enquiriesUi.settings.routing')} minWidth={640}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('enquiriesUi.detail.category')}</Table.Th>
              <Table.Th>{t('enquiriesUi.settings.unit')}</Table.Th>
              <Table.Th>{t('enquiriesUi.settings.firstDays')}</Table.Th>
              <Table.Th>{t('enquiriesUi.settings.resolutionDays')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(categories.data?.items ?? []).map((c) => {
              const name = localName(locale, c.nameZh, c.nameEn);
              return (
                <Table.Tr key={c.code}>
                  <Table.Td>{name}</Table.Td>
                  <Table.Td>
                    <UnitSelect
                      aria-label={t('enquiriesUi.settings.fieldOf', {
                        field: t('enquiriesUi.settings.unit'),
                        category: name,
                      })}
                      value={c.unitId}
                      onChange={(unitId) => save(c, { unitId })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={t('enquiriesUi.settings.fieldOf', {
                        field: t('enquiriesUi.settings.firstDays'),
                        category: name,
                      })}
                      min={0}
                      max={60}
                      w={90}
                      defaultValue={c.firstResponseDays}
                      onBlur={(e) => save(c, { firstResponseDays: Number(e.currentTarget.value) })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={t('enquiriesUi.settings.fieldOf', {
                        field: t('enquiriesUi.settings.resolutionDays'),
                        category: name,
                      })}
                      min={0}
                      max={120}
                      w={90}
                      defaultValue={c.resolutionDays}
                      onBlur={(e) => save(c, { resolutionDays: Number(e.currentTarget.value) })}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Paper>
  );
}

function FaqEntries() {
  const { t } = useTranslation();
  const locale = useLocale();
  const faq = useFaqAdmin();
  const publish = usePublishFaq();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="desk-faq">
      <Title order={2} size="h4" id="desk-faq" mb="xs">
        {t('enquiriesUi.ask.faq')}
      </Title>
      <Stack gap="xs">
        {(faq.data?.items ?? []).map((e) => (
          <Group key={e.id} justify="space-between" wrap="nowrap" gap="sm">
            <div style={{ minWidth: 0 }}>
              <Text size="sm">{localName(locale, e.questionZh, e.questionEn)}</Text>
              {e.missing.length ? (
                <Badge size="sm" color="yellow" variant="light">
                  {t('enquiriesUi.detail.missingTranslation', { languages: e.missing.map(languageName).join('、') })}
                </Badge>
              ) : null}
            </div>
            <Switch
              label={t('enquiriesUi.settings.published')}
              checked={e.published}
              onChange={(ev) =>
                publish.mutate({ entry: e, published: ev.currentTarget.checked }, { onError: notifyError })
              }
            />
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
