import { useEffect } from 'react';

/** Sets the page's `<title>`: "Page · Meridian". */
export function useDocumentTitle(title: string | null | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Meridian` : 'Meridian';
  }, [title]);
}
