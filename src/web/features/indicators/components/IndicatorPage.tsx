import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/PageHeader';
import '../i18n';

/** Placeholder: being built. */
export function IndicatorPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('indicators.title')} />;
}
