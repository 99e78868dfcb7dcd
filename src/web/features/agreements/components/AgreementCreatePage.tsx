import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ui/links';
import { PageHeader } from '../../../components/ui/PageHeader';
import { notifySuccess } from '../../../lib/notify';
import { paths } from '../../../lib/paths';
import { useCreateAgreement } from '../api/agreements';
import '../i18n';
import { AgreementForm } from './form/AgreementForm';
import { emptyAgreement } from './form/formState';

/** A new agreement starts as a draft; the lifecycle moves it on from its page. */
export function AgreementCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAgreement();
  return (
    <>
      <PageHeader title={t('agreementsUi.form.createTitle')} subtitle={t('agreementsUi.form.createHint')} />
      <AgreementForm
        initial={emptyAgreement()}
        submitLabel={t('agreementsUi.form.saveDraft')}
        cancel={
          <ButtonLink to={paths.agreements()} variant="default">
            {t('common.cancel')}
          </ButtonLink>
        }
        onSubmit={async (body) => {
          const agreement = await create.mutateAsync(body);
          notifySuccess(t('agreementsUi.form.created'));
          await navigate({ to: paths.agreement(agreement.id) });
        }}
      />
    </>
  );
}
