import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useCreateAgreement, usePartnerToStart } from '../api/agreements';
import { parseAgreementNewSearch } from '../search';
import '../i18n';
import { AgreementForm } from './form/AgreementForm';
import { emptyAgreement, newPartnerRow } from './form/formState';

/** A new agreement starts as a draft (with the partner whose page linked here, if any). */
export function AgreementCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAgreement();
  const { partnerId } = parseAgreementNewSearch(useSearch({ strict: false }));
  const partner = usePartnerToStart(partnerId);
  // The form reads its initial values once, so it waits for the partner (an unknown one is simply left out).
  if (partnerId !== undefined && partner.isPending) return <Loading />;
  const initial = emptyAgreement();
  const p = partner.data;
  if (p)
    initial.partners = [newPartnerRow({ partnerId: p.id, nameEn: p.nameEn, nameZh: p.nameZh, country: p.country })];

  return (
    <>
      <PageHeader title={t('agreementsUi.form.createTitle')} subtitle={t('agreementsUi.form.createHint')} />
      <AgreementForm
        initial={initial}
        submitLabel={t('agreementsUi.form.saveDraft')}
        cancelTo={partnerId ? paths.partner(partnerId) : paths.agreements()}
        onSubmit={async (body) => {
          const agreement = await create.mutateAsync(body);
          notifySuccess(t('agreementsUi.form.created'));
          await navigate({ to: paths.agreement(agreement.id) });
        }}
      />
    </>
  );
}
