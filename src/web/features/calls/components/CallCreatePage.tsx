import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '#web/components/ui/PageHeader';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useCreateCall } from '../api/calls';
import '../i18n';
import { CallForm } from './form/CallForm';
import { emptyCall } from './form/formState';

/** A new call starts as a draft; staff open it for applications from its page. */
export function CallCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCall();
  return (
    <>
      <PageHeader title={t('callsUi.form.createTitle')} subtitle={t('callsUi.form.createHint')} />
      <CallForm
        initial={emptyCall()}
        submitLabel={t('callsUi.form.saveDraft')}
        cancelTo={paths.calls()}
        onSubmit={async (body) => {
          const call = await create.mutateAsync(body);
          notifySuccess(t('callsUi.form.created'));
          await navigate({ to: paths.call(call.id) });
        }}
      />
    </>
  );
}
