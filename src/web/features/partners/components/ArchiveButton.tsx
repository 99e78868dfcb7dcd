import { useTranslation } from 'react-i18next';
import type { Partner } from '#shared/schemas/partners';
import { ArchiveToggle } from '#web/components/ui/ArchiveToggle';
import { useFormat } from '#web/lib/format';
import { useArchivePartner, usePartner } from '../api/partners';

/** Archive (or restore) the partner after a confirmation. */
export function ArchiveButton({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const name = useFormat().name(partner.nameZh, partner.nameEn);
  const mutation = useArchivePartner(partner.id);
  const { refetch } = usePartner(partner.id);
  return (
    <ArchiveToggle
      archived={partner.archivedAt !== null}
      setArchived={(archived) => mutation.mutateAsync({ archived, version: partner.version })}
      onConflict={refetch}
      busy={mutation.isPending}
      texts={{
        archive: t('partners.detail.archive'),
        restore: t('partners.detail.restore'),
        archiveTitle: t('partners.detail.archiveTitle'),
        restoreTitle: t('partners.detail.restoreTitle'),
        archiveConfirm: t('partners.detail.archiveConfirm', { name }),
        restoreConfirm: t('partners.detail.restoreConfirm', { name }),
        archived: t('partners.detail.archived'),
        restored: t('partners.detail.restored'),
      }}
    />
  );
}
