// Messenger inbox, phone first: a list of assignments (most urgent first) with accept/decline, and a detail view per
// assignment (#/inbox?assignment=<id>) with the briefing pack and the response form.
import {get, request, ApiError} from '../api.js';
import {h, mount, button, field, options} from '../dom.js';
import {langAttr, when, external} from '../format.js';
import {LANGUAGES, t, translator, label, currentLanguage, isSupported} from '../i18n.js';

const POLL_MS = 30000;
const CHANNELS = ['social', 'radio', 'in_person', 'messaging', 'other'];
const REACH_CHANNELS = ['email', 'sms', 'whatsapp', 'telegram'];
// the current narrative label of each assignment, from its briefing (the assignment keeps the label it was offered with)
const currentLabels = new Map();

export async function render(main, {setTitle, announce, query, setLanguage}) {
  let profileEtag = null;
  const profile = await request('/api/messengers/me').then(r => { profileEtag = r.etag; return r.data; })
    .catch(() => null);
  const reach = profile ? await get('/api/messengers/me/reach').catch(() => null) : null;
  const lang = currentLanguage();
  const detailId = query.get('assignment');
  let assignments = [];

  const picker = h('select', {id: 'inbox-language'}, options(Object.entries(LANGUAGES), lang));
  picker.addEventListener('change', () => setLanguage(picker.value));
  const title = detailId ? t('inbox.detailTitle') : t('inbox.title');
  setTitle(title);
  const heading = h('h1', {id: 'inbox-title'}, detailId ? '' : t('inbox.title'));
  const message = h('p', {class: 'message', role: 'status', id: 'inbox-message'});
  const list = h('ol', {class: 'inbox', id: 'assignment-list'});
  const detail = h('div', {id: 'assignment-detail'});
  main.classList.add('phone');
  const availability = h('details', {class: 'availability', id: 'availability'});
  const reachSection = h('details', {class: 'availability', id: 'reach'});
  if (detailId) {
    main.append(h('p', {class: 'crumbs'}, h('a', {href: '#/inbox', id: 'back-to-list'}, `‹ ${t('inbox.all')}`)),
      heading, message, detail);
  } else {
    main.append(heading, h('p', {class: 'lead', id: 'inbox-intro'}, t('inbox.intro')),
      h('div', {class: 'field inline'}, h('label', {for: 'inbox-language'}, t('settings.language')), picker),
      message, list, availability, reachSection);
    drawAvailability();
    drawReach();
  }

  async function load() {
    assignments = await get('/api/assignments', {pageSize: 100});
    const rank = a => ({offered: 0, accepted: 1, in_progress: 2}[a.state] ?? 3);
    assignments.sort((a, b) => rank(a) - rank(b) || Date.parse(a.deadline) - Date.parse(b.deadline));
    await Promise.all(assignments.filter(a => !currentLabels.has(a.id) && isOpen(a)).map(a =>
      get(`/api/assignments/${a.id}/briefing`).then(b => currentLabels.set(a.id, b.narrative.label)).catch(() => {})));
    draw();
  }

  const isOpen = a => ['offered', 'accepted', 'in_progress'].includes(a.state);
  const labelOf = a => currentLabels.get(a.id) || a.narrativeLabel;

  function draw() {
    if (detailId) {
      const a = assignments.find(x => x.id === detailId);
      if (!a) {
        heading.textContent = t('inbox.gone');
        mount(detail, h('p', {}, t('inbox.goneText')));
        return;
      }
      heading.textContent = labelOf(a);
      heading.setAttribute('dir', 'auto');
      mount(detail, card(a, true));
      return;
    }
    mount(list, assignments.length ? assignments.map(a => card(a, false)) : h('li', {class: 'empty'}, t('inbox.none')));
  }

  function card(a, full) {
    const left = Date.parse(a.deadline) - Date.now();
    const open = isOpen(a);
    const actions = h('div', {class: 'actions'});
    if (a.allowedNext.includes('accepted')) actions.append(button(t('inbox.accept'), () => move(a, 'accept'),
      {class: 'primary accept'}));
    if (a.allowedNext.includes('declined')) actions.append(button(t('inbox.decline'), () => declineForm(a, actions),
      {class: 'decline'}));
    if (full && (a.state === 'accepted' || a.state === 'in_progress')) actions.append(button(t('inbox.respond'),
      () => responseForm(a, actions), {class: 'primary respond'}));
    const briefing = h('div', {class: 'briefing', id: `briefing-${a.id}`});
    if (full) showBriefing(a, briefing).catch(error => mount(briefing, h('p', {class: 'error'}, error.message)));
    const Tag = full ? 'article' : 'li';
    return h(Tag, {class: ['assignment', open ? 'open' : 'done', a.overdue ? 'overdue' : ''],
      dataset: {assignment: a.id, state: a.state}},
    full ? '' : h('h2', {dir: 'auto'}, h('a', {href: `#/inbox?assignment=${encodeURIComponent(a.id)}`,
      class: 'open-assignment'}, labelOf(a))),
    h('p', {class: 'meta'}, h('span', {class: ['state', `state-${a.state}`]}, label('assignmentState', a.state)), ' · ',
      open ? h('span', {class: a.overdue ? 'overdue-text' : ''}, left >= 0 ? `${t('inbox.due')} ${relative(left)}`
        : `${t('inbox.overdue')} (${relative(left)})`) : '', ' ', when(a.deadline)),
    a.note ? h('p', {class: 'note'}, h('strong', {}, `${t('inbox.noteFromOfficer')}: `), h('span', {dir: 'auto'}, a.note)) : '',
    a.response ? h('p', {class: 'response'}, `${t('inbox.responseRecorded')}: ${label('channel', a.response.channel)}`) : '',
    actions,
    full ? briefing : h('a', {href: `#/inbox?assignment=${encodeURIComponent(a.id)}`, class: 'open-details button-link'},
      t('inbox.openDetails')));
  }

  function drawAvailability() {
    if (!profile) return;
    const available = h('input', {type: 'checkbox', id: 'me-available', props: {checked: profile.available}});
    const capacity = h('input', {type: 'number', id: 'me-capacity', min: '0', max: '50', inputmode: 'numeric',
      value: String(profile.capacity)});
    const until = h('input', {type: 'date', id: 'me-until',
      value: profile.absentUntil ? profile.absentUntil.slice(0, 10) : ''});
    const consent = h('input', {type: 'checkbox', id: 'me-consent', props: {checked: profile.consent}});
    const status = h('p', {class: 'message', role: 'status'});
    mount(availability, h('summary', {}, t('inbox.availability')), h('form', {id: 'availability-form', on: {submit: async e => {
      e.preventDefault();
      try {
        const saved = await request('/api/messengers/me', {method: 'PUT', etag: profileEtag, body: {
          available: available.checked, capacity: Number(capacity.value), consent: consent.checked,
          absentFrom: until.value ? new Date().toISOString() : null,
          absentUntil: until.value ? new Date(`${until.value}T00:00:00Z`).toISOString() : null,
          channels: profile.profile.channels, preferredLanguage: profile.preferredLanguage}});
        profileEtag = saved.etag;
        Object.assign(profile, saved.data);
        status.textContent = t('inbox.profileSaved');
      } catch (error) {
        status.textContent = error.message;
      }
    }}},
    h('div', {class: 'field checkbox'}, available, h('label', {for: 'me-available'}, t('inbox.available'))),
    field(t('inbox.capacity'), capacity).wrap, field(t('inbox.absentUntil'), until).wrap,
    h('div', {class: 'field checkbox'}, consent, h('label', {for: 'me-consent'}, t('inbox.consent'))), status,
    h('button', {type: 'submit', class: 'primary'}, t('inbox.saveProfile'))));
  }

  // How offers reach the messenger (e-mail, SMS, WhatsApp, Telegram) and when not to: their quiet hours.
  function drawReach() {
    if (!reach) return;
    const channel = h('select', {id: 'reach-channel'}, options(REACH_CHANNELS.map(c => [c, t(`inbox.reach.${c}`)]),
      reach.channel));
    const address = h('input', {type: 'text', id: 'reach-address', inputmode: 'tel', autocomplete: 'tel',
      maxlength: '40', dir: 'ltr'});
    const quietOn = h('input', {type: 'checkbox', id: 'reach-quiet', props: {checked: !!reach.quietStart}});
    const start = h('input', {type: 'time', id: 'reach-quiet-start', value: reach.quietStart || '22:00'});
    const end = h('input', {type: 'time', id: 'reach-quiet-end', value: reach.quietEnd || '07:00'});
    const zone = h('input', {type: 'text', id: 'reach-quiet-zone', maxlength: '64', dir: 'ltr',
      value: reach.quietZone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'});
    const status = h('p', {class: 'message', role: 'status', id: 'reach-status'});
    const addressField = field(t('inbox.reachAddress'), address, t('inbox.reachAddressHint'));
    // Telegram: a one-time t.me link binds the chat it is opened in, so nobody has to find their chat id
    const telegramOut = h('p', {class: 'hint', id: 'reach-telegram-link', 'aria-live': 'polite'});
    const telegram = h('div', {class: 'field'}, h('button', {type: 'button', id: 'reach-telegram', on: {click: async () => {
      try {
        const made = await request('/api/messengers/me/telegram-link', {method: 'POST'});
        const link = h('a', {href: made.data.link, target: '_blank', rel: 'noopener noreferrer', dir: 'ltr'},
          t('inbox.telegramLinkOpen'));
        mount(telegramOut, link, ' ', t('inbox.telegramLinkHint'));
      } catch (error) {
        telegramOut.textContent = error instanceof ApiError && error.status === 409 ? t('inbox.telegramLinkOff')
          : error.message;
      }
    }}}, t('inbox.telegramLink')), telegramOut);
    const showAddress = () => {
      addressField.wrap.hidden = channel.value === 'email';
      telegram.hidden = channel.value !== 'telegram';
    };
    channel.addEventListener('change', showAddress);
    showAddress();
    mount(reachSection, h('summary', {}, t('inbox.reachTitle')), h('form', {id: 'reach-form', on: {submit: async e => {
      e.preventDefault();
      try {
        const saved = await request('/api/messengers/me/reach', {method: 'PUT', body: {channel: channel.value,
          address: channel.value === 'email' || !address.value.trim() ? null : address.value.trim(),
          quietStart: quietOn.checked ? start.value : null, quietEnd: quietOn.checked ? end.value : null,
          quietZone: quietOn.checked ? zone.value.trim() : null}});
        Object.assign(reach, saved.data);
        address.value = '';
        status.textContent = t('inbox.reachSaved');
      } catch (error) {
        status.textContent = error.message;
      }
    }}},
    h('p', {class: 'hint'}, reach.hasAddress && reach.channel !== 'email' ? t('inbox.reachOnFile') : t('inbox.reachIntro')),
    field(t('inbox.reachChannel'), channel).wrap, telegram, addressField.wrap,
    h('div', {class: 'field checkbox'}, quietOn, h('label', {for: 'reach-quiet'}, t('inbox.quietHours'))),
    field(t('inbox.quietStart'), start).wrap, field(t('inbox.quietEnd'), end).wrap, field(t('inbox.quietZone'), zone).wrap,
    status, h('button', {type: 'submit', class: 'primary'}, t('inbox.saveReach'))));
  }

  async function move(a, action, body) {
    try {
      const moved = await request(`/api/assignments/${a.id}/${action}`, {method: 'POST', etag: `"${a.version}"`, body});
      Object.assign(a, moved.data);
      return moved.data;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        message.textContent = t('inbox.stale');
        await load();
        return null;
      }
      message.textContent = error.message;
      throw error;
    } finally {
      if (action !== 'start') {
        await load();
        announce(message.textContent || t('inbox.updated'));
      }
    }
  }

  function declineForm(a, actions) {
    const reason = h('textarea', {id: `decline-${a.id}`, rows: '2', required: true, maxlength: '2000'});
    const error = h('p', {class: 'error', role: 'alert'});
    const form = h('form', {class: 'decline-form', on: {submit: async event => {
      event.preventDefault();
      if (!reason.value.trim()) { error.textContent = t('inbox.reasonRequired'); reason.focus(); return; }
      await move(a, 'decline', {reason: reason.value.trim()});
    }}}, field(t('inbox.declineReason'), reason).wrap, error,
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'confirm-decline'}, t('inbox.confirmDecline')),
      button(t('common.cancel'), () => draw())));
    actions.replaceWith(form);
    reason.focus();
  }

  function responseForm(a, actions) {
    const channel = h('select', {id: `channel-${a.id}`, required: true},
      options(CHANNELS.map(c => [c, label('channel', c)]), 'social'));
    const link = h('input', {type: 'url', id: `link-${a.id}`, inputmode: 'url', placeholder: 'https://'});
    const description = h('textarea', {id: `description-${a.id}`, rows: '3', maxlength: '5000'});
    const language = h('select', {id: `response-language-${a.id}`}, options(Object.entries(LANGUAGES), lang));
    const reach = h('input', {type: 'number', id: `reach-${a.id}`, min: '0', inputmode: 'numeric'});
    const error = h('p', {class: 'error', role: 'alert'});
    const form = h('form', {class: 'response-form', on: {submit: async event => {
      event.preventDefault();
      if (!link.value.trim() && !description.value.trim()) { error.textContent = t('inbox.linkOrDescription'); return; }
      try {
        if (a.state === 'accepted') await move(a, 'start');
        await move(a, 'respond', {channel: channel.value, link: link.value.trim() || null,
          description: description.value.trim() || null, language: language.value,
          estimatedReach: reach.value === '' ? null : Number(reach.value)});
        message.textContent = t('inbox.saved');
      } catch (e) {
        error.textContent = e instanceof ApiError && e.fieldMessages.length ? e.fieldMessages.join('; ') : e.message;
      }
    }}},
    field(t('inbox.channel'), channel).wrap, field(t('inbox.link'), link).wrap,
    field(t('inbox.description'), description).wrap,
    field(t('inbox.responseLanguage'), language).wrap, field(t('inbox.reach'), reach).wrap, error,
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary submit-response'}, t('inbox.submitResponse')),
      button(t('common.cancel'), () => draw())));
    actions.replaceWith(form);
    channel.focus();
  }

  /**
   * The briefing pack in the language it states. Talking points from a playbook in another language keep their
   * own language (lang, dir) and say which it is, item by item.
   */
  async function showBriefing(a, target) {
    const b = await get(`/api/assignments/${a.id}/briefing`);
    currentLabels.set(a.id, b.narrative.label);
    const hd = key => b.headings?.[key] || key;
    const tr = isSupported(b.language) ? translator(b.language) : translator('en');
    const n = b.narrative;
    mount(target, h('div', {lang: b.language, dir: b.rightToLeft ? 'rtl' : 'ltr', class: 'briefing-pack',
      id: 'briefing-pack'},
    h('h2', {}, hd('title')),
    b.translated === false ? h('p', {class: 'muted'}, hd('untranslated')) : '',
    h('h3', {}, hd('summary')), h('p', {class: 'lead', dir: 'auto'}, n.label),
    n.keyClaims?.length ? [h('h3', {}, hd('claims')), h('ul', {}, n.keyClaims.map(c => h('li', {dir: 'auto'}, c)))] : '',
    h('dl', {class: 'facts'},
      h('dt', {}, hd('categories')), h('dd', {}, (n.categories || []).map(c => tr(`category.${c}`)).join(', ')
        || '—'),
      h('dt', {}, hd('languages')), h('dd', {}, Object.keys(n.languages || {}).map(code =>
        new Intl.DisplayNames([b.language], {type: 'language'}).of(code)).join(', ') || '—'),
      h('dt', {}, hd('neighbourhoods')), h('dd', {}, Object.keys(n.neighbourhoods || {}).join(', ') || '—'),
      h('dt', {}, hd('volume')), h('dd', {}, String(n.posts)),
      h('dt', {}, hd('velocity')), h('dd', {}, Number(n.velocity).toFixed(1)),
      h('dt', {}, hd('counterSpeech')), h('dd', {}, `${Math.round(100 * (n.counterSpeechShare || 0))} %`),
      h('dt', {}, hd('deadline')), h('dd', {}, when(b.deadline || a.deadline))),
    h('h3', {}, hd('posts')), h('ul', {class: 'posts'}, (b.posts || []).map(p => h('li', {class: 'post', lang: langAttr(p.lang)},
      h('p', {class: 'post-text', dir: 'auto'}, p.text ?? '—'), h('p', {class: 'meta', lang: b.language},
        p.authorPseudonym || '', p.url ? [' · ', external(p.url, tr('common.original'))] : '')))),
    h('h3', {}, hd('talkingPoints')), (b.talkingPoints || []).map(tp => {
      const other = tp.language && tp.language !== b.language;
      const marker = other ? h('span', {class: 'lang-marker', lang: b.language},
        ` (${tr('inbox.inLanguage', {language: new Intl.DisplayNames([b.language], {type: 'language'})
          .of(tp.language)})})`) : '';
      return h('section', {class: ['talking-points', other ? 'other-language' : ''], dataset: {language: tp.language}},
        h('h4', {}, h('span', {lang: tp.language, dir: 'auto'}, tp.title), marker),
        h('ol', {}, tp.points.map(point => h('li', {lang: tp.language, dir: 'auto'}, point, other ? marker.cloneNode(true)
          : ''))));
    }),
    b.dos?.length ? [h('h3', {}, hd('dos')), h('ul', {class: 'dos'}, b.dos.map(d => h('li', {}, d)))] : '',
    b.donts?.length ? [h('h3', {}, hd('donts')), h('ul', {class: 'donts'}, b.donts.map(d => h('li', {}, d)))] : '',
    b.safetyNote ? [h('h3', {}, hd('safety')), h('p', {class: 'safety'}, b.safetyNote)] : '',
    button(t('inbox.print'), () => window.print(), {class: 'quiet print'})));
    if (detailId && heading.textContent !== n.label) heading.textContent = n.label;
  }

  await load();
  // new assignments appear by themselves, but never while the messenger is filling in a form
  const timer = detailId ? null : setInterval(() => {
    if (!main.querySelector('form:not(#availability-form):not(#reach-form)')) load().catch(() => {});
  }, POLL_MS);
  return () => clearInterval(timer);
}

/** "in 5 hours", "hace 2 horas", "خلال 23 ساعة": the time to a deadline in the page's language. */
function relative(ms) {
  const format = new Intl.RelativeTimeFormat(currentLanguage(), {numeric: 'auto'});
  const minutes = Math.round(ms / 60000);
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return format.format(hours, 'hour');
  return format.format(Math.round(hours / 24), 'day');
}
