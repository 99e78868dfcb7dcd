import type { ReactNode } from 'react';
import '../i18n';

/** A person's record; the page composes other features' sections as children (stub: the people feature fills it in). */
export function PersonDetailPage({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}
