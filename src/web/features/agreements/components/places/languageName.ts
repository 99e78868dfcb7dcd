import { useMemo } from 'react';
import { useFormat } from '#web/lib/format';
import { languageTag } from '#web/lib/i18n';

/** A language's name (ISO 639 code → "Japanese" / "日文") in the reader's language; the code if unknown. */
export function useLanguageName(): (code: string) => string {
  const { locale } = useFormat();
  return useMemo(() => {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([languageTag(locale)], { type: 'language' });
    } catch {
      names = null;
    }
    return (code) => {
      try {
        return names?.of(code) ?? code;
      } catch {
        return code;
      }
    };
  }, [locale]);
}
