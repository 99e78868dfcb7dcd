import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useCan } from '#web/lib/session';
import { consentsXlsx } from '../api/privacy';
import { NoticesPanel } from './NoticesPanel';
import { RetentionPanel } from './RetentionPanel';
import '../i18n';
import { DownloadButton } from '#web/components/ui/DownloadButton';

/** Administration → personal data: the privacy notice's versions, the consents export, retention and its runs. */
export function PrivacyAdminPage() {
  const { t } = useTranslation();
  const canExport = useCan('privacy', 'exportConsents');
  return (
    <>
      <PageHeader
        title={t('privacyUi.admin.title')}
        subtitle={t('privacyUi.admin.intro')}
        actions={
          canExport ? (
            <DownloadButton href={consentsXlsx()} variant="light">
              {t('privacyUi.admin.exportConsents')}
            </DownloadButton>
          ) : null
        }
      />
      <Stack gap="lg">
        <NoticesPanel />
        <RetentionPanel />
      </Stack>
    </>
  );
}
