import type { ReactNode } from 'react';
import '../i18n';

/** One mobility record; other features' panels come as children (stub: the mobility feature fills it in). */
export function MobilityDetailPage({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}
