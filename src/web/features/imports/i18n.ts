import { importsEn } from '#shared/i18n/imports.en';
import { importsZhTW } from '#shared/i18n/imports.zh-TW';
import { uiImportsEn } from '#shared/i18n/ui.imports.en';
import { uiImportsZhTW } from '#shared/i18n/ui.imports.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

// The import module's shared part (template headers, row errors, report labels) and the page's strings:
// both load with the imports page, not the first page.
addCatalogs({ 'zh-TW': importsZhTW, en: importsEn });
addCatalogs({ 'zh-TW': uiImportsZhTW, en: uiImportsEn });
