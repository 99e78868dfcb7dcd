import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '#web/components/ui/PageHeader';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useCreatePartner } from '../api/partners';
import { emptyPartner } from './formState';
import { PartnerForm } from './PartnerForm';

export function PartnerCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePartner();
  return (
    <>
      <PageHeader title={t('partners.form.createTitle')} />
      <PartnerForm
        initial={emptyPartner()}
        submitLabel={t('common.save')}
        cancelTo={paths.partners()}
        onSubmit={async (body) => {
          const partner = await create.mutateAsync(body);
          notifySuccess(t('partners.form.created'));
          await navigate({ to: paths.partner(partner.id) });
        }}
      />
    </>
  );
}
