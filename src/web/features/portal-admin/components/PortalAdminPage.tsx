import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '#web/components/ui/PageHeader';
import { NewsPanel } from './NewsPanel';
import { PartnerPanel } from './PartnerPanel';
import '../i18n';

/** What the office publishes on the public portal: news with photos, partners' public profiles, testimonials. */
export function PortalAdminPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('portalAdminUi.title')} subtitle={t('portalAdminUi.intro')} />
      <Tabs defaultValue="news" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="news">{t('portalAdminUi.news')}</Tabs.Tab>
          <Tabs.Tab value="partners">{t('portalAdminUi.partners')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="news">
          <NewsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="partners">
          <PartnerPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
