import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../../shared/schemas/partners';
import { ConflictAlert } from '../../../components/ui/ConflictAlert';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Loading } from '../../../components/ui/Loading';
import { ButtonLink } from '../../../components/ui/links';
import { PageHeader } from '../../../components/ui/PageHeader';
import { isApiError } from '../../../lib/api';
import { changedFields } from '../../../lib/diff';
import { useFormat } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { paths } from '../../../lib/paths';
import { partnerKeys, usePartner, useUpdatePartner } from '../api/partners';
import { fromPartner } from './formState';
import { PartnerForm } from './PartnerForm';
import { usePartnerLabels } from './partnerLabels';

type Conflict = { message: string; current: Partner | null };

/** Edit a partner. A 409 shows who-changed-what and lets the user load the latest version into the form. */
export function PartnerEditPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data, error, isPending, refetch } = usePartner(id);
  const update = useUpdatePartner(id);
  const { fieldLabel } = usePartnerLabels();
  /** The version the form started from (replaced only when the user loads the latest one). */
  const [base, setBase] = useState<Partner | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  if (data && !base) setBase(data);
  const partner = base ?? data;

  if (isPending) return <Loading />;
  if (!partner) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!partner.permissions.update) return <ErrorAlert error={new Error(t('errors.FORBIDDEN'))} />;
  const name = fmt.name(partner.nameZh, partner.nameEn);

  async function loadLatest() {
    const latest = conflict?.current ?? (await refetch()).data ?? null;
    if (latest) {
      queryClient.setQueryData(partnerKeys.detail(id), latest);
      setBase(latest);
    }
    setConflict(null);
  }

  return (
    <>
      <PageHeader title={t('partners.form.editTitle', { name })} />
      {conflict ? (
        <ConflictAlert
          message={conflict.message}
          version={conflict.current?.version ?? null}
          updatedAt={conflict.current?.updatedAt ?? null}
          changed={conflict.current ? changedFields(partner, conflict.current).map((c) => fieldLabel(c.key)) : []}
          onLoadLatest={() => void loadLatest()}
        />
      ) : null}
      <PartnerForm
        key={partner.version}
        initial={fromPartner(partner)}
        submitLabel={t('common.save')}
        cancel={
          <ButtonLink to={paths.partner(id)} variant="default">
            {t('common.cancel')}
          </ButtonLink>
        }
        onConflict={(err) => {
          if (!isApiError(err)) return;
          setConflict({ message: err.message, current: (err.current as Partner | undefined) ?? null });
          window.scrollTo({ top: 0, behavior: 'smooth' });
        }}
        onSubmit={async (body) => {
          await update.mutateAsync({ ...body, version: partner.version });
          notifySuccess(t('partners.form.saved'));
          await navigate({ to: paths.partner(id) });
        }}
      />
    </>
  );
}
