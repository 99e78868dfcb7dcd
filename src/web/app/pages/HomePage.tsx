import { DashboardOverview } from '../../features/dashboard/components/DashboardOverview';
import { PartnersOverview } from '../../features/partners/components/PartnersOverview';

/** Home, the OIA dashboard: the partner registry's totals (partners) and agreements worldwide (dashboard). */
export function HomePage() {
  return (
    <>
      <PartnersOverview />
      <DashboardOverview />
    </>
  );
}
