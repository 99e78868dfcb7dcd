import { DashboardOverview } from '#web/features/dashboard/components/DashboardOverview';
import { PartnersOverview } from '#web/features/partners/components/PartnersOverview';

/** Home, the OIA dashboard: the partner registry's totals (partners) and agreements worldwide (dashboard). */
export function HomePage() {
  return (
    <>
      <PartnersOverview />
      <DashboardOverview />
    </>
  );
}
