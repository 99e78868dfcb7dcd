import base from './playwright.config';
const PORT = 3217;
export default {
  ...base,
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    ...(base.webServer as object),
    url: `http://127.0.0.1:${PORT}/api/health`,
    env: { ...(base.webServer as { env: Record<string, string> }).env, PORT: String(PORT), WEB_DIST: '/tmp/imp/web', DATA_DIR: `/tmp/imp/e2e-${Date.now()}` },
  },
};
