import { Stack } from '@mantine/core';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useEditConflict } from '#web/components/ui/ConflictAlert';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useDocumentTitle } from '#web/lib/title';
import { templateKey, useTemplate, useUpdateTemplate } from '../api/leads';
import { fromTemplate, TemplateForm } from './TemplateForm';
import '../i18n';

/** Edit a follow-up template (version-checked: a change saved meanwhile is shown and merged field by field). */
export function TemplateEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams({ strict: false }).id);
  const query = useTemplate(id);
  const update = useUpdateTemplate(id);
  const edit = useEditConflict({
    toForm: fromTemplate,
    query,
    queryKey: templateKey(id),
    fieldLabel: (key) => t(`recruitmentUi.templates.${key}`, { defaultValue: key }),
  });
  const template = edit.record;
  useDocumentTitle(template?.name ?? null);
  if (query.isPending) return <Loading />;
  if (!template) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Stack gap="lg">
      <PageHeader
        above={
          <AnchorLink
            to={paths.recruitmentTemplates()}
            size="sm"
          >{`← ${t('recruitmentUi.templates.title')}`}</AnchorLink>
        }
        title={template.name}
      />
      {edit.alert}
      <TemplateForm
        key={template.version}
        initial={edit.initial ?? fromTemplate(template)}
        submitLabel={t('common.save')}
        cancelTo={paths.recruitmentTemplates()}
        onConflict={edit.onConflict}
        onSubmit={async (values) => {
          edit.setBase(await update.mutateAsync({ ...values, version: template.version }));
          notifySuccess(t('recruitmentUi.saved'));
          await navigate({ to: paths.recruitmentTemplates() });
        }}
      />
    </Stack>
  );
}
