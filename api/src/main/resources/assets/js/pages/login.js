// Sign-in with the API's tokens.
import {signIn, ApiError} from '../api.js';
import {h, field} from '../dom.js';

const HOME = {officer: 'triage', analyst: 'search', messenger: 'inbox', admin: 'triage'};

export async function render(main, {setTitle, navigate, query, announce}) {
  setTitle('Sign in');
  const username = h('input', {type: 'text', name: 'username', autocomplete: 'username', required: true,
    autocapitalize: 'none', spellcheck: 'false', id: 'username'});
  const password = h('input', {type: 'password', name: 'password', autocomplete: 'current-password', required: true,
    id: 'password'});
  const error = h('p', {class: 'error', id: 'login-error', role: 'alert'});
  const submit = h('button', {type: 'submit', id: 'sign-in', class: 'primary'}, 'Sign in');
  const form = h('form', {class: 'card narrow', id: 'login-form', 'aria-describedby': 'login-error', novalidate: true,
    on: {submit: async event => {
      event.preventDefault();
      error.textContent = '';
      if (!username.value || !password.value) {
        error.textContent = 'Enter your user name and password.';
        (username.value ? password : username).focus();
        return;
      }
      submit.disabled = true;
      try {
        const session = await signIn(username.value.trim(), password.value);
        announce(`Signed in as ${session.user.displayName}`);
        const next = query.get('next');
        navigate(next && next !== 'login' ? next : HOME[session.user.role]);
      } catch (e) {
        error.textContent = e instanceof ApiError && e.status === 401
          ? 'Wrong user name or password, or the account is locked.' : `Sign-in failed: ${e.message}`;
        password.value = '';
        password.focus();
      } finally {
        submit.disabled = false;
      }
    }}},
  field('User name', username).wrap, field('Password', password).wrap, error, submit);
  main.append(
    h('h1', {}, 'Sign in to Bellwether'),
    h('p', {class: 'lead'}, 'Spot harmful narratives early and answer them through credible messengers.'),
    form);
}
