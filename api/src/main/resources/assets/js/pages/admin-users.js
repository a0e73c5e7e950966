// Users and roles.
import {get, request} from '../api.js';
import {h, mount, button, field, options} from '../dom.js';
import {when} from '../format.js';
import {t, label} from '../i18n.js';
import {messageLine, problemText} from '../admin-form.js';

const ROLES = ['officer', 'messenger', 'analyst', 'admin', 'partner'];
const roleOptions = () => ROLES.map(role => [role, label('role', role)]);

export async function render(body) {
  const message = messageLine('users-message');
  const table = h('div', {id: 'users-table'});
  const inputs = {
    username: h('input', {type: 'text', id: 'new-username', required: true, autocomplete: 'off'}),
    displayName: h('input', {type: 'text', id: 'new-display-name', required: true}),
    email: h('input', {type: 'email', id: 'new-email'}),
    role: h('select', {id: 'new-role'}, options(roleOptions(), 'officer')),
    password: h('input', {type: 'password', id: 'new-password', required: true, minlength: '12',
      autocomplete: 'new-password'}),
  };
  const form = h('form', {class: 'card', id: 'new-user', on: {submit: async event => {
    event.preventDefault();
    try {
      await request('/api/users', {method: 'POST', body: {username: inputs.username.value.trim(),
        displayName: inputs.displayName.value.trim(), email: inputs.email.value.trim() || null,
        role: inputs.role.value, password: inputs.password.value}});
      message.textContent = t('users.created', {name: inputs.username.value});
      form.reset();
      await load();
    } catch (error) {
      message.textContent = problemText(error);
    }
  }}}, h('h2', {}, t('users.new')),
  h('div', {class: 'filter-row'}, field(t('login.username'), inputs.username).wrap,
    field(t('users.displayName'), inputs.displayName).wrap,
    field(t('users.email'), inputs.email).wrap, field(t('users.role'), inputs.role).wrap,
    field(t('login.password'), inputs.password, t('users.passwordHint')).wrap),
  h('button', {type: 'submit', class: 'primary'}, t('users.create')));
  body.append(message, table, form);

  async function load() {
    const users = await get('/api/users');
    mount(table, h('div', {class: 'table-wrap'}, h('table', {class: 'compact'},
      h('caption', {}, t('users.count', {count: users.length})),
      h('thead', {}, h('tr', {}, ['user', 'name', 'role', 'active', 'lock', 'created', 'actions']
        .map(key => h('th', {scope: 'col'}, t(`users.column.${key}`))))),
      h('tbody', {}, users.map(user => {
        const role = h('select', {'aria-label': t('users.roleOf', {name: user.username})}, options(roleOptions(), user.role));
        const active = h('input', {type: 'checkbox', 'aria-label': t('users.isActive', {name: user.username}),
          props: {checked: user.active}});
        return h('tr', {dataset: {user: user.username, locked: String(user.locked)}}, h('th', {scope: 'row'}, user.username),
          h('td', {}, user.displayName), h('td', {}, role), h('td', {}, active),
          h('td', {class: 'lock-state'}, h('span', {class: user.locked ? 'badge locked' : 'muted'},
            t(user.locked ? 'users.locked' : 'users.notLocked')), ' ',
          button(t('users.unlock'), async () => {
            try {
              await request(`/api/users/${user.id}/unlock`, {method: 'POST'});
              message.textContent = t('users.unlocked', {name: user.username});
              await load();
            } catch (error) {
              message.textContent = problemText(error);
            }
          }, {class: 'small unlock', disabled: !user.locked, 'aria-label': t('users.unlockOne', {name: user.username})})),
          h('td', {}, when(user.createdAt)),
          h('td', {}, button(t('users.save'), async () => {
            try {
              await request(`/api/users/${user.id}`, {method: 'PUT', body: {displayName: user.displayName,
                email: user.email, role: role.value, active: active.checked}});
              message.textContent = t('users.saved', {name: user.username});
              await load();
            } catch (error) {
              message.textContent = problemText(error);
            }
          }, {class: 'small', 'aria-label': t('users.saveOne', {name: user.username})}),
          button(t('users.resetPassword'), () => resetPassword(user), {class: 'small quiet reset-password',
            'aria-label': t('users.resetOne', {name: user.username})})));
      })))));
  }
  /** A new password for an account, typed twice; its sessions end. */
  function resetPassword(user) {
    const first = h('input', {type: 'password', id: 'reset-password', required: true, minlength: '12',
      autocomplete: 'new-password'});
    const second = h('input', {type: 'password', id: 'reset-password-again', required: true, minlength: '12',
      autocomplete: 'new-password'});
    const error = h('p', {class: 'error', role: 'alert'});
    const dialog = h('dialog', {class: 'dialog', 'aria-labelledby': 'reset-title', id: 'reset-dialog'});
    const close = () => { dialog.close(); dialog.remove(); };
    dialog.append(h('form', {on: {submit: async event => {
      event.preventDefault();
      if (first.value.length < 12) { error.textContent = t('users.passwordHint'); first.focus(); return; }
      if (first.value !== second.value) { error.textContent = t('users.passwordsDiffer'); second.focus(); return; }
      try {
        await request(`/api/users/${user.id}/password`, {method: 'POST', body: {password: first.value}});
        close();
        message.textContent = t('users.passwordSet', {name: user.username});
        await load();
      } catch (e) {
        error.textContent = problemText(e);
      }
    }}}, h('h2', {id: 'reset-title'}, t('users.resetTitle', {name: user.username})),
    h('p', {class: 'muted small'}, t('users.resetNote')),
    field(t('users.newPassword'), first, t('users.passwordHint')).wrap, field(t('users.repeatPassword'), second).wrap,
    error, h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary', id: 'reset-confirm'},
      t('users.setPassword')), button(t('common.cancel'), close))));
    dialog.addEventListener('close', () => dialog.remove());
    document.body.append(dialog);
    dialog.showModal();
    first.focus();
  }

  await load();
}
