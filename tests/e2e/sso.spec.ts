import { type APIRequestContext, expect, test } from '@playwright/test';
import { campusProviders } from '../sso/campus-providers';
import { type OidcIdp, startOidcIdp } from '../sso/oidc-idp';
import { type SamlIdp, startSamlIdp } from '../sso/saml-idp';
import { DEMO_PASSWORD, expectAccessible, navbar } from './helpers';

/**
 * Single sign-on in Chromium (issue 15): real providers on 127.0.0.1 started here — an OpenID provider
 * (oidc-provider) and a SAML IdP signing with a key made for this run — registered by the administrator
 * through the API; the demo student signs in through each from the login page and sees their own
 * records; a tampered SAML answer is refused on the login page. The server's APP_URL defaults to
 * http://localhost:PORT: the providers send the browser back there, so this spec browses that host.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
/** Slugs of this worker's providers (a retry in a new worker registers its own). */
const RUN = `${process.pid}`;
const OIDC = `e2e-oidc-${RUN}`;
const SAML = `e2e-saml-${RUN}`;
const APP = process.env.APP_URL ?? `http://localhost:${PORT}`;
const STUDENT = 'student@demo.meridian.tw';
test.use({ baseURL: APP });

let oidc: OidcIdp;
let saml: SamlIdp;

async function asAdmin(request: APIRequestContext) {
  const login = await request.post('/api/v1/auth/login', {
    data: { email: 'admin@demo.meridian.tw', password: DEMO_PASSWORD },
  });
  expect(login.ok()).toBe(true);
  const me = await (await request.get('/api/v1/auth/me')).json();
  return { 'x-csrf-token': me.csrfToken as string };
}

test.beforeAll(async ({ playwright }) => {
  oidc = await startOidcIdp([`${APP}/api/v1/sso/${OIDC}/callback`], [`${APP}/login`]);
  saml = await startSamlIdp();
  const request = await playwright.request.newContext({ baseURL: APP });
  const headers = await asAdmin(request);
  for (const data of campusProviders(oidc, saml, { oidc: OIDC, saml: SAML })) {
    const res = await request.post('/api/v1/identity-providers', { data, headers });
    expect(res.status(), await res.text()).toBe(201);
  }
  await request.dispose();
});

test.afterAll(async () => {
  await oidc?.close();
  await saml?.close();
});

async function seesOwnRecords(page: import('@playwright/test').Page) {
  await expect(navbar(page)).toBeVisible();
  await expect(page).toHaveURL(/\/people/);
  await expect(page.getByText('劉同學').first()).toBeVisible();
  const mine = await page.request.get('/api/v1/people');
  expect(((await mine.json()) as { total: number }).total).toBe(1);
  const me = await (await page.request.get('/api/v1/auth/me')).json();
  expect(me.email).toBe(STUDENT);
}

test('a student signs in through the OpenID provider and sees their own records', async ({ page }) => {
  oidc.accounts.set('e2e-student', { email: STUDENT });
  oidc.signInAs('e2e-student');
  await page.goto('/login?redirect=%2Fpeople');
  await page.getByRole('link', { name: '以「校園入口網」登入' }).click();
  await seesOwnRecords(page);
  // Signing out ends the provider's session too and comes back to the login page.
  await page.getByRole('button', { name: /使用者選單/ }).click();
  await page.getByRole('button', { name: '登出' }).click();
  await expect(page).toHaveURL(/\/login/);
});

test('a student signs in through the SAML provider; a tampered answer is refused on the login page', async ({
  page,
}) => {
  saml.answer({ nameId: 'e2e-saml-student', attributes: { email: STUDENT }, tamper: true });
  await page.goto('/login?redirect=%2Fpeople');
  await page.getByRole('link', { name: '以「校園 Shibboleth」登入' }).click();
  await expect(page.getByTestId('sso-error')).toHaveText('登入回應的簽章無效，已拒絕。');
  await expect(page).toHaveURL(/sso_error=signature/);
  await expectAccessible(page);

  saml.answer({ nameId: 'e2e-saml-student', attributes: { email: STUDENT } });
  await page.goto('/login?redirect=%2Fpeople');
  await page.getByRole('link', { name: '以「校園 Shibboleth」登入' }).click();
  await seesOwnRecords(page);
});

test('the administrator sees the providers and what to register, at phone width, in English', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/login');
  await page
    .getByRole('button', { name: 'English' })
    .click()
    .catch(() => undefined);
  await page.getByLabel(/E-mail|電子郵件/).fill('admin@demo.meridian.tw');
  await page.getByRole('textbox', { name: /Password|密碼/ }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /^(Sign in|登入)$/ }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await page.getByRole('button', { name: /^(Open menu|開啟選單)$/ }).click();
  await navbar(page)
    .getByRole('link', { name: /Sign-in providers|單一簽入/ })
    .click();
  await expect(page.getByRole('heading', { level: 3, name: /Campus portal|校園入口網/ }).first()).toBeVisible();
  await expect(page.getByText(`${APP}/api/v1/sso/${SAML}/metadata`)).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  await expectAccessible(page);
});
