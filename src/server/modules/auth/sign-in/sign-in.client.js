// The sign-in page's only script (served by the server, no framework, ~2 KB): switches the language in place,
// signs in through the API's own route with field errors in the page's language, saves a language picked here
// to the profile, and goes where the user was headed. See docs/decisions/0045-sign-in-page-without-the-app.md.
(() => {
  const STORAGE_KEY = 'meridian.locale';
  const data = JSON.parse(document.getElementById('sign-in-data').textContent);
  const form = document.getElementById('sign-in');
  const formError = document.getElementById('form-error');
  const submit = form.querySelector('button[type=submit]');
  const arrival = data.locale;
  let locale = data.locale;

  function remember(value) {
    try {
      localStorage.setItem(STORAGE_KEY, value);
    } catch {
      // private mode: the choice just is not remembered
    }
    // The server reads the language of the next sign-in page from this cookie.
    // biome-ignore lint/suspicious/noDocumentCookie: one plain preference cookie; the Cookie Store API is not in every supported browser
    document.cookie = `meridian_locale=${value}; path=/; max-age=31536000; samesite=lax`;
  }

  function show(value) {
    locale = value;
    const t = data.strings[value];
    document.documentElement.lang = data.tags[value];
    document.title = `${t.title} · Meridian`;
    for (const el of document.querySelectorAll('[data-t]')) el.textContent = t[el.dataset.t];
    for (const el of document.querySelectorAll('[data-t-label]')) el.setAttribute('aria-label', t[el.dataset.tLabel]);
    for (const el of document.querySelectorAll('[data-provider]')) el.textContent = t.providers[el.dataset.provider];
    for (const el of document.querySelectorAll('[data-locale]'))
      el.setAttribute('aria-pressed', String(el.dataset.locale === value));
    clearErrors();
    remember(value);
  }

  function clearErrors() {
    formError.hidden = true;
    formError.textContent = '';
    for (const input of form.querySelectorAll('input')) {
      input.removeAttribute('aria-invalid');
      const note = document.getElementById(`${input.id}-error`);
      note.hidden = true;
      note.textContent = '';
    }
  }

  function showError(body) {
    const error = body?.error;
    formError.textContent = error?.message || data.strings[locale].failed;
    formError.hidden = false;
    for (const field of error?.fields ?? []) {
      const name = String(field.path).split('.').pop();
      const input = form.elements.namedItem(name);
      const note = document.getElementById(`${name}-error`);
      if (!input || !note) continue;
      input.setAttribute('aria-invalid', 'true');
      note.textContent = field.message;
      note.hidden = false;
    }
  }

  async function call(method, url, body, headers = {}) {
    const response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-locale': locale, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json().catch(() => null);
    return { ok: response.ok, json };
  }

  for (const button of document.querySelectorAll('[data-locale]'))
    button.addEventListener('click', () => show(button.dataset.locale));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    submit.disabled = true;
    try {
      const email = form.elements.namedItem('email').value;
      const password = form.elements.namedItem('password').value;
      const signedIn = await call('POST', '/api/v1/auth/login', { email, password });
      if (!signedIn.ok) throw signedIn.json;
      const me = await call('GET', '/api/v1/auth/me');
      if (!me.ok) throw me.json;
      // A language picked on this page wins and is saved; otherwise the user's saved language applies.
      if (locale !== arrival && locale !== me.json.locale)
        await call('PUT', '/api/v1/auth/preferences', { locale }, { 'x-csrf-token': me.json.csrfToken });
      else remember(me.json.locale);
      location.replace(data.redirect);
    } catch (body) {
      showError(body instanceof Error ? null : body);
      submit.disabled = false;
    }
  });
})();
