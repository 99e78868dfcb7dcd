import { useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useEditConflict } from '#web/components/ui/ConflictAlert';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { agreementKeys, useAgreement, useUpdateAgreement } from '../api/agreements';
import '../i18n';
import { useAgreementLabels } from './detail/agreementLabels';
import { AgreementForm } from './form/AgreementForm';
import { fromAgreement } from './form/formState';

/**
 * Edit an agreement (the server decides who may: a coordinator only while it is a draft; the page follows
 * `permissions.update`). A 409 shows who-changed-what and lets the user load the latest version into the form.
 */
export function AgreementEditPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const navigate = useNavigate();
  const query = useAgreement(id);
  const update = useUpdateAgreement(id);
  const { fieldLabel } = useAgreementLabels();
  const edit = useEditConflict({
    toForm: fromAgreement,
    query,
    queryKey: agreementKeys.detail(id),
    fieldLabel,
  });
  const agreement = edit.record;

  if (query.isPending) return <Loading />;
  if (!agreement) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!agreement.permissions.update) return <ErrorAlert error={new Error(t('errors.FORBIDDEN'))} />;
  const title = fmt.name(agreement.titleZh, agreement.titleEn);

  return (
    <>
      <PageHeader title={t('agreementsUi.form.editTitle', { title })} />
      {edit.alert}
      <AgreementForm
        key={agreement.version}
        initial={edit.initial ?? fromAgreement(agreement)}
        submitLabel={t('common.save')}
        cancelTo={paths.agreement(id)}
        onConflict={edit.onConflict}
        onSubmit={async (body) => {
          await update.mutateAsync({ ...body, version: agreement.version });
          notifySuccess(t('agreementsUi.form.saved'));
          await navigate({ to: paths.agreement(id) });
        }}
      />
    </>
  );
}
