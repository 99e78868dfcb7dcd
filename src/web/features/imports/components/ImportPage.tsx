import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/PageHeader';
import '../i18n';

/** Placeholder until the feature's page lands. */
export function ImportPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('importsUi.title')} />;
}
