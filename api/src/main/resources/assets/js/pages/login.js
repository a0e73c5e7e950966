// Sign-in with the API's tokens, in the language chosen here (or ?lang=, or the browser's).
import {signIn, ApiError} from '../api.js';
import {h, field, options} from '../dom.js';
import {t, LANGUAGES, currentLanguage} from '../i18n.js';

const HOME = {officer: 'triage', analyst: 'search', messenger: 'inbox', admin: 'triage', partner: 'partner'};
const LANGUAGE_KEY = 'bellwether.language';

export async function render(main, {setTitle, navigate, query, announce}) {
  setTitle(t('login.title'));
  const username = h('input', {type: 'text', name: 'username', autocomplete: 'username', required: true,
    autocapitalize: 'none', spellcheck: 'false', id: 'username'});
  const password = h('input', {type: 'password', name: 'password', autocomplete: 'current-password', required: true,
    id: 'password'});
  const error = h('p', {class: 'error', id: 'login-error', role: 'alert'});
  const submit = h('button', {type: 'submit', id: 'sign-in', class: 'primary'}, t('login.submit'));
  const form = h('form', {class: 'card narrow', id: 'login-form', 'aria-describedby': 'login-error', novalidate: true,
    on: {submit: async event => {
      event.preventDefault();
      error.textContent = '';
      if (!username.value || !password.value) {
        error.textContent = t('login.missing');
        (username.value ? password : username).focus();
        return;
      }
      submit.disabled = true;
      try {
        const session = await signIn(username.value.trim(), password.value);
        announce(t('login.signedIn', {name: session.user.displayName}));
        const next = query.get('next');
        navigate(next && next !== 'login' ? next : HOME[session.user.role]);
      } catch (e) {
        error.textContent = e instanceof ApiError && e.status === 401
          ? t('login.wrong') : t('login.failed', {reason: e.message});
        password.value = '';
        password.focus();
      } finally {
        submit.disabled = false;
      }
    }}},
  field(t('login.username'), username).wrap, field(t('login.password'), password).wrap, error, submit);
  const language = h('select', {id: 'login-language'}, options(Object.entries(LANGUAGES), currentLanguage()));
  language.addEventListener('change', () => {
    localStorage.setItem(LANGUAGE_KEY, language.value);
    navigate('login');
  });
  main.append(
    h('h1', {}, t('login.heading')),
    h('p', {class: 'lead'}, t('login.lead')),
    h('div', {class: 'field inline'}, h('label', {for: 'login-language'}, t('settings.language')), language),
    form);
}
