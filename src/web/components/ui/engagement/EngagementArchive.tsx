import { useTranslation } from 'react-i18next';
import { ArchiveToggle } from '#web/components/ui/ArchiveToggle';

type Props = {
  archived: boolean;
  /** Archives (true) or restores (false) the event or visit at the version the page shows. */
  setArchived: (archived: boolean) => Promise<unknown>;
  onConflict: () => unknown;
  busy: boolean;
};

/** The archive / restore button of an event or a visit (records are never deleted), in the engagement words. */
export function EngagementArchive({ archived, setArchived, onConflict, busy }: Props) {
  const { t } = useTranslation();
  const texts = {
    archive: t('engagementUi.archive.archive'),
    restore: t('engagementUi.archive.restore'),
    archiveTitle: t('engagementUi.archive.archiveTitle'),
    restoreTitle: t('engagementUi.archive.restoreTitle'),
    archiveConfirm: t('engagementUi.archive.archiveConfirm'),
    restoreConfirm: t('engagementUi.archive.restoreConfirm'),
    archived: t('engagementUi.archive.archived'),
    restored: t('engagementUi.archive.restored'),
  };
  return (
    <ArchiveToggle archived={archived} texts={texts} setArchived={setArchived} onConflict={onConflict} busy={busy} />
  );
}
