import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, login, useLanguage } from './helpers';

/** A tiny valid PDF (the server checks the file's type by its bytes). */
const pdf = (text: string) => ({
  name: `${text}.pdf`,
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`),
});

type Words = {
  title: RegExp;
  newItem: string;
  category: string;
  categoryName: string;
  titleZh: string;
  save: string;
  file: string;
  upload: string;
  v1: string;
  v2: string;
  current: string;
};

async function uploadTwoVersions(page: Page, w: Words, name: string) {
  await page.goto('/resources');
  await expect(page.getByRole('heading', { level: 1, name: w.title })).toBeVisible();
  await page.getByRole('button', { name: w.newItem }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: w.category }).click();
  await page.getByRole('option', { name: w.categoryName }).click();
  await dialog.getByLabel(w.titleZh).fill(name);
  await dialog.getByRole('button', { name: w.save }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const upload = async (file: ReturnType<typeof pdf>) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: w.file }).click();
    await (await chooser).setFiles(file);
    await page.getByRole('button', { name: w.upload, exact: true }).click();
  };
  await upload(pdf(`${name}-first`));
  await expect(page.getByTestId('resource-version')).toHaveCount(1);
  await upload(pdf(`${name}-second`));
  const versions = page.getByTestId('resource-version');
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText(w.v2);
  await expect(versions.first()).toContainText(w.current);
  await expect(versions.first()).toContainText(`${name}-second.pdf`);
  await expect(versions.last()).toContainText(w.v1);
  await expect(versions.last()).toContainText(`${name}-first.pdf`);
  // the current version is served, and the old one is still there
  const current = await page.request.get(`/api/v1/resources/${page.url().split('/').pop()}/file`);
  expect(await current.text()).toContain(`${name}-second`);
  const oldHref = await versions.last().getByRole('link').getAttribute('href');
  expect(await (await page.request.get(oldHref as string)).text()).toContain(`${name}-first`);
}

test('on a phone in Chinese, OIA staff upload a document and a new version and see both', async ({ browser }) => {
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await login(page, 'oia.iss@demo.meridian.tw');
  await useLanguage(page, 'zh-TW');
  await uploadTwoVersions(
    page,
    {
      title: /教職員專區資源/,
      newItem: '新增資源',
      category: '類別',
      categoryName: '國際簽約',
      titleZh: '中文標題',
      save: '儲存',
      file: '檔案',
      upload: '上傳',
      v1: '第 1 版',
      v2: '第 2 版',
      current: '目前版本',
    },
    `合約範本-${Date.now()}`,
  );
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await context.close();
});

test('in English on a desktop, the new version becomes current and the list finds the item', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, 'oia.iss@demo.meridian.tw');
  await useLanguage(page, 'en');
  const name = `Visitor SOP ${Date.now()}`;
  await uploadTwoVersions(
    page,
    {
      title: /Resource center/,
      newItem: 'New resource',
      category: 'Category',
      categoryName: 'Hosting visitors',
      titleZh: 'Title (Chinese)',
      save: 'Save',
      file: 'File',
      upload: 'Upload',
      v1: 'Version 1',
      v2: 'Version 2',
      current: 'Current',
    },
    name,
  );
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Back to the resources' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(name);
  await expect(page.getByRole('link', { name })).toBeVisible();
  await expectAccessible(page);
  // The filter is in the address: a reload (or a shared link) shows the same list.
  await expect(page).toHaveURL(/[?&]q=Visitor/);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(name);
  await expect(page.getByRole('link', { name })).toBeVisible();

  // Someone else saves the item while it is open for editing: what was typed is kept, field by field.
  await page.getByRole('link', { name }).click();
  await page.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Title (English)').fill(`${name} (EN)`);
  const id = page.url().match(/resources\/(\d+)/)?.[1];
  await page.evaluate(async (resourceId) => {
    const me = await (await fetch('/api/v1/auth/me')).json();
    const r = await (await fetch(`/api/v1/resources/${resourceId}`)).json();
    const keys = ['categoryId', 'kind', 'titleZh', 'titleEn', 'descriptionZh', 'languages', 'url', 'audience'];
    const body: Record<string, unknown> = Object.fromEntries(keys.map((k) => [k, r[k]]));
    Object.assign(body, { unitId: r.unitId, tags: r.tags, agreementKind: r.agreementKind, reviewOn: r.reviewOn });
    Object.assign(body, { ownerId: r.ownerId, archived: r.archived, version: r.version });
    const saved = await fetch(`/api/v1/resources/${resourceId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
      body: JSON.stringify({ ...body, descriptionEn: 'Changed in another tab' }),
    });
    await saved.text();
  }, id);
  await dialog.getByRole('button', { name: 'Save' }).click();
  const alert = dialog.getByRole('alert').first();
  await expect(alert.locator('tr[data-field="titleEn"]')).toContainText(`${name} (EN)`);
  await expect(alert.locator('tr[data-field="descriptionEn"]')).toContainText('Changed in another tab');
  await expectAccessible(page);
  await alert.getByRole('button', { name: 'Apply and continue editing' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const saved = await page.evaluate(async (resourceId) => (await fetch(`/api/v1/resources/${resourceId}`)).json(), id);
  expect(saved).toMatchObject({ titleEn: `${name} (EN)`, descriptionEn: 'Changed in another tab' });
});

test('on a phone in Chinese, OIA staff write a news item for the portal and publish it', async ({ browser }) => {
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await login(page, 'oia.iss@demo.meridian.tw');
  await useLanguage(page, 'zh-TW');
  await page.goto('/portal-admin');
  await expect(page.getByRole('heading', { level: 1, name: '入口網站內容' })).toBeVisible();
  const title = `交換說明會 ${Date.now()}`;
  await page.getByRole('button', { name: '新增消息' }).click();
  await page.getByLabel('中文標題').fill(title);
  await page.getByLabel('中文內文').fill('歡迎參加。');
  await page.getByRole('button', { name: '儲存' }).click();
  const item = page.getByRole('article').filter({ hasText: title });
  await expect(item.getByText('草稿')).toBeVisible();
  await expect(item.getByText('缺少一種語言的標題')).toBeVisible();
  await item.getByRole('button', { name: '發布', exact: true }).click();
  await expect(item.getByText(/已於 .* 發布/)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await page.getByRole('tab', { name: '合作學校與心得' }).click();
  await expect(page.getByText('選擇一所合作學校，以編輯其公開資料與心得。')).toBeVisible();
  await expectAccessible(page);
  await context.close();
});
