import { useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useEditConflict } from '#web/components/ui/ConflictAlert';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { callKeys, useCall, useUpdateCall } from '../api/calls';
import '../i18n';
import { CallForm } from './form/CallForm';
import { fromCall } from './form/formState';

/** Edit a call (draft or open; its offers only while a draft). A 409 offers the latest version. */
export function CallEditPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const navigate = useNavigate();
  const query = useCall(id);
  const update = useUpdateCall(id);
  const fieldLabel = (key: string) => {
    const known = ['titleEn', 'titleZh', 'descriptionEn', 'descriptionZh', 'academicYear', 'term', 'opensAt'];
    return known.includes(key) || key === 'deadline' ? t(`callsUi.fields.${key}`) : key;
  };
  const edit = useEditConflict({
    toForm: fromCall,
    query,
    queryKey: callKeys.detail(id),
    fieldLabel,
  });
  const call = edit.record;

  if (query.isPending) return <Loading />;
  if (!call) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!call.permissions.update) return <ErrorAlert error={new Error(t('errors.FORBIDDEN'))} />;

  return (
    <>
      <PageHeader title={t('callsUi.form.editTitle', { title: fmt.name(call.titleZh, call.titleEn) })} />
      {edit.alert}
      <CallForm
        key={call.version}
        initial={edit.initial ?? fromCall(call)}
        submitLabel={t('common.save')}
        cancelTo={paths.call(id)}
        callId={id}
        offersLocked={call.status !== 'draft'}
        onConflict={edit.onConflict}
        onSubmit={async (body) => {
          await update.mutateAsync({ ...body, version: call.version });
          notifySuccess(t('callsUi.form.saved'));
          await navigate({ to: paths.call(id) });
        }}
      />
    </>
  );
}
