import { Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useDocumentTitle } from '#web/lib/title';
import { useCreateTemplate } from '../api/leads';
import { useTemplates } from '../api/trips';
import { emptyTemplate, TemplateForm } from './TemplateForm';
import '../i18n';

/** The follow-up mail templates (both languages each); a new one below, each edited on its own page. */
export function TemplatesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('recruitmentUi.templates.title'));
  const templates = useTemplates();
  const create = useCreateTemplate();
  const [formKey, setFormKey] = useState(0);
  const items = templates.data?.items;
  return (
    <Stack>
      <PageHeader
        above={<AnchorLink to={paths.recruitmentTrips()} size="sm">{`← ${t('recruitmentUi.trips.title')}`}</AnchorLink>}
        title={t('recruitmentUi.templates.title')}
        subtitle={t('recruitmentUi.templates.intro')}
      />
      <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />
      {!items ? (
        templates.error ? null : (
          <Loading />
        )
      ) : items.length === 0 ? (
        <EmptyState>{t('recruitmentUi.followup.noTemplates')}</EmptyState>
      ) : (
        <ScrollTable label={t('recruitmentUi.templates.title')} minWidth={480}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('recruitmentUi.templates.name')}</Table.Th>
                <Table.Th>{t('recruitmentUi.templates.subjects')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((x) => (
                <Table.Tr key={x.id}>
                  <Table.Td>
                    <AnchorLink to={paths.recruitmentTemplate(x.id)} fw={600}>
                      {x.name}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lang="zh-Hant-TW">
                      {x.subjectZh}
                    </Text>
                    <Text size="sm" lang="en" c="dimmed">
                      {x.subjectEn}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <Title order={2} size="h4">
        {t('recruitmentUi.templates.create')}
      </Title>
      <TemplateForm
        key={formKey}
        initial={emptyTemplate}
        submitLabel={t('recruitmentUi.templates.create')}
        onCancel={() => setFormKey((k) => k + 1)}
        onSubmit={async (values) => {
          await create.mutateAsync(values);
          notifySuccess(t('recruitmentUi.saved'));
          setFormKey((k) => k + 1);
        }}
      />
    </Stack>
  );
}
