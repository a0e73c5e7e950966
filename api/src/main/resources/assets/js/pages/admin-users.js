// Users and roles.
import {get, request} from '../api.js';
import {h, mount, button, field, options} from '../dom.js';
import {dateTime} from '../format.js';
import {messageLine, problemText} from '../admin-form.js';

const ROLES = [['officer', 'Officer'], ['messenger', 'Messenger'], ['analyst', 'Analyst'], ['admin', 'Admin']];

export async function render(body) {
  const message = messageLine('users-message');
  const table = h('div', {id: 'users-table'});
  const inputs = {
    username: h('input', {type: 'text', id: 'new-username', required: true, autocomplete: 'off'}),
    displayName: h('input', {type: 'text', id: 'new-display-name', required: true}),
    email: h('input', {type: 'email', id: 'new-email'}),
    role: h('select', {id: 'new-role'}, options(ROLES, 'officer')),
    password: h('input', {type: 'password', id: 'new-password', required: true, minlength: '12',
      autocomplete: 'new-password'}),
  };
  const form = h('form', {class: 'card', id: 'new-user', on: {submit: async event => {
    event.preventDefault();
    try {
      await request('/api/users', {method: 'POST', body: {username: inputs.username.value.trim(),
        displayName: inputs.displayName.value.trim(), email: inputs.email.value.trim() || null,
        role: inputs.role.value, password: inputs.password.value}});
      message.textContent = `User ${inputs.username.value} created.`;
      form.reset();
      await load();
    } catch (error) {
      message.textContent = problemText(error);
    }
  }}}, h('h2', {}, 'New user'),
  h('div', {class: 'filter-row'}, field('User name', inputs.username).wrap, field('Display name', inputs.displayName).wrap,
    field('E-mail', inputs.email).wrap, field('Role', inputs.role).wrap,
    field('Password', inputs.password, 'At least 12 characters').wrap),
  h('button', {type: 'submit', class: 'primary'}, 'Create user'));
  body.append(message, table, form);

  async function load() {
    const users = await get('/api/users');
    mount(table, h('table', {class: 'compact'}, h('caption', {}, `${users.length} users`),
      h('thead', {}, h('tr', {}, ['User', 'Name', 'Role', 'Active', 'Locked', 'Created', 'Actions']
        .map(t => h('th', {scope: 'col'}, t)))),
      h('tbody', {}, users.map(user => {
        const role = h('select', {'aria-label': `Role of ${user.username}`}, options(ROLES, user.role));
        const active = h('input', {type: 'checkbox', 'aria-label': `${user.username} is active`,
          props: {checked: user.active}});
        return h('tr', {dataset: {user: user.username}}, h('th', {scope: 'row'}, user.username),
          h('td', {}, user.displayName), h('td', {}, role), h('td', {}, active),
          h('td', {}, user.locked ? 'locked' : '—'), h('td', {}, dateTime(user.createdAt)),
          h('td', {}, button('Save', async () => {
            try {
              await request(`/api/users/${user.id}`, {method: 'PUT', body: {displayName: user.displayName,
                email: user.email, role: role.value, active: active.checked}});
              message.textContent = `${user.username} saved.`;
              await load();
            } catch (error) {
              message.textContent = problemText(error);
            }
          }, {class: 'small'}), user.locked ? button('Unlock', async () => {
            await request(`/api/users/${user.id}/unlock`, {method: 'POST'});
            message.textContent = `${user.username} unlocked.`;
            await load();
          }, {class: 'small'}) : ''));
      }))));
  }
  await load();
}
