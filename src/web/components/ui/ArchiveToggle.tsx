import { isApiError } from '#web/lib/api';
import { notifySuccess } from '#web/lib/notify';
import { ConfirmButton } from './ConfirmButton';

export type ArchiveTexts = {
  archive: string;
  restore: string;
  archiveTitle: string;
  restoreTitle: string;
  archiveConfirm: string;
  restoreConfirm: string;
  archived: string;
  restored: string;
};

type Props = {
  archived: boolean;
  texts: ArchiveTexts;
  /** Archives (true) or restores (false) the record with the version the page shows. */
  setArchived: (archived: boolean) => Promise<unknown>;
  /** Reloads the record when someone else changed it meanwhile (409), so the page shows what is true now. */
  onConflict?: () => unknown;
  busy?: boolean;
};

/** Archive or restore after a confirmation: records are never deleted. */
export function ArchiveToggle({ archived, texts, setArchived, onConflict, busy }: Props) {
  const archiving = !archived;
  async function confirm() {
    try {
      await setArchived(archiving);
      notifySuccess(archiving ? texts.archived : texts.restored);
    } catch (err) {
      if (isApiError(err, 'VERSION_CONFLICT')) void onConflict?.();
      throw err;
    }
  }
  return (
    <ConfirmButton
      label={archiving ? texts.archive : texts.restore}
      title={archiving ? texts.archiveTitle : texts.restoreTitle}
      message={archiving ? texts.archiveConfirm : texts.restoreConfirm}
      onConfirm={confirm}
      busy={busy}
    />
  );
}
