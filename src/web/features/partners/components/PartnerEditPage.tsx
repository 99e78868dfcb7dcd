import { useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useEditConflict } from '#web/components/ui/ConflictAlert';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { partnerKeys, usePartner, useUpdatePartner } from '../api/partners';
import { fromPartner } from './formState';
import { PartnerForm } from './PartnerForm';
import { usePartnerLabels } from './partnerLabels';

/** Edit a partner. A 409 shows who-changed-what and lets the user load the latest version into the form. */
export function PartnerEditPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const navigate = useNavigate();
  const query = usePartner(id);
  const update = useUpdatePartner(id);
  const { fieldLabel } = usePartnerLabels();
  const edit = useEditConflict({
    toForm: fromPartner,
    query,
    queryKey: partnerKeys.detail(id),
    fieldLabel,
  });
  const partner = edit.record;

  if (query.isPending) return <Loading />;
  if (!partner) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!partner.permissions.update) return <ErrorAlert error={new Error(t('errors.FORBIDDEN'))} />;
  const name = fmt.name(partner.nameZh, partner.nameEn);

  return (
    <>
      <PageHeader title={t('partners.form.editTitle', { name })} />
      {edit.alert}
      <PartnerForm
        key={partner.version}
        initial={edit.initial ?? fromPartner(partner)}
        submitLabel={t('common.save')}
        cancelTo={paths.partner(id)}
        onConflict={edit.onConflict}
        onSubmit={async (body) => {
          await update.mutateAsync({ ...body, version: partner.version });
          notifySuccess(t('partners.form.saved'));
          await navigate({ to: paths.partner(id) });
        }}
      />
    </>
  );
}
