// Messenger inbox, phone first: assignments with deadlines, accept/decline, briefing pack, response form.
import {get, request, ApiError} from '../api.js';
import {h, mount, button, field, options, outsideLink} from '../dom.js';
import {langAttr} from '../format.js';
import {LANGUAGES, translator, applyLanguage, supported} from '../i18n.js';

const POLL_MS = 30000;
const LANGUAGE_KEY = 'bellwether.inbox.language';
const CHANNELS = ['social', 'radio', 'in_person', 'messaging', 'other'];
const REACH_CHANNELS = ['email', 'sms', 'whatsapp', 'telegram'];

export async function render(main, {setTitle, announce}) {
  let profileEtag = null;
  const profile = await request('/api/messengers/me').then(r => { profileEtag = r.etag; return r.data; })
    .catch(() => null);
  const reach = profile ? await get('/api/messengers/me/reach').catch(() => null) : null;
  let lang = applyLanguage(localStorage.getItem(LANGUAGE_KEY) || profile?.preferredLanguage || navigator.language);
  let t = translator(lang);
  let assignments = [];
  const openBriefings = new Set();

  const picker = h('select', {id: 'inbox-language'}, options(Object.entries(LANGUAGES), lang));
  picker.addEventListener('change', () => {
    localStorage.setItem(LANGUAGE_KEY, picker.value);
    lang = applyLanguage(picker.value);
    t = translator(lang);
    draw();
  });
  const heading = h('h1', {id: 'inbox-title'});
  const intro = h('p', {class: 'lead', id: 'inbox-intro'});
  const pickerLabel = h('label', {for: 'inbox-language'});
  const message = h('p', {class: 'message', role: 'status', id: 'inbox-message'});
  const list = h('ol', {class: 'inbox', id: 'assignment-list'});
  main.classList.add('phone');
  const availability = h('details', {class: 'availability', id: 'availability'});
  const reachSection = h('details', {class: 'availability', id: 'reach'});
  let availabilityLanguage = null;
  main.append(heading, intro, h('div', {class: 'field inline'}, pickerLabel, picker), message, list, availability, reachSection);

  async function load() {
    assignments = await get('/api/assignments', {pageSize: 100});
    const rank = a => ({offered: 0, accepted: 1, in_progress: 2}[a.state] ?? 3);
    assignments.sort((a, b) => rank(a) - rank(b) || Date.parse(a.deadline) - Date.parse(b.deadline));
    draw();
  }

  function draw() {
    setTitle(t('title'));
    heading.textContent = t('title');
    intro.textContent = t('intro');
    pickerLabel.textContent = t('language');
    // the shell around the inbox speaks the messenger's language too
    const navItem = document.getElementById('nav-inbox');
    if (navItem) navItem.textContent = t('title');
    const signOut = document.getElementById('sign-out');
    if (signOut) signOut.textContent = t('signOut');
    document.getElementById('top')?.setAttribute('lang', lang);
    mount(list, assignments.length ? assignments.map(card) : h('li', {class: 'empty'}, t('none')));
    if (availabilityLanguage !== lang) {
      availabilityLanguage = lang;
      drawAvailability();
      drawReach();
    }
  }

  function card(a) {
    const left = Date.parse(a.deadline) - Date.now();
    const open = ['offered', 'accepted', 'in_progress'].includes(a.state);
    const briefing = h('div', {class: 'briefing', id: `briefing-${a.id}`, hidden: !openBriefings.has(a.id)});
    const toggle = button(openBriefings.has(a.id) ? t('hideBriefing') : t('showBriefing'), async () => {
      if (openBriefings.has(a.id)) {
        openBriefings.delete(a.id);
        briefing.hidden = true;
        toggle.textContent = t('showBriefing');
        toggle.setAttribute('aria-expanded', 'false');
      } else {
        openBriefings.add(a.id);
        await showBriefing(a, briefing);
        briefing.hidden = false;
        toggle.textContent = t('hideBriefing');
        toggle.setAttribute('aria-expanded', 'true');
      }
    }, {class: 'open-briefing', 'aria-controls': `briefing-${a.id}`, 'aria-expanded': String(openBriefings.has(a.id))});
    if (openBriefings.has(a.id)) showBriefing(a, briefing);
    const actions = h('div', {class: 'actions'});
    if (a.allowedNext.includes('accepted')) actions.append(button(t('accept'), () => move(a, 'accept'),
      {class: 'primary accept'}));
    if (a.allowedNext.includes('declined')) actions.append(button(t('decline'), () => declineForm(a, actions),
      {class: 'decline'}));
    if (a.state === 'accepted' || a.state === 'in_progress') actions.append(button(t('respond'),
      () => responseForm(a, actions), {class: 'primary respond'}));
    return h('li', {class: ['assignment', open ? 'open' : 'done', a.overdue ? 'overdue' : ''],
      dataset: {assignment: a.id, state: a.state}},
    h('h2', {dir: 'auto'}, a.narrativeLabel),
    h('p', {class: 'meta'}, h('span', {class: ['state', `state-${a.state}`]}, t(a.state)), ' · ',
      open ? h('span', {class: a.overdue ? 'overdue-text' : ''}, left >= 0 ? `${t('due')} ${relative(left, lang)}`
        : `${t('overdue')} (${relative(left, lang)})`) : '',
      ' ', h('time', {datetime: a.deadline}, new Date(a.deadline).toLocaleString(lang, {dateStyle: 'medium',
        timeStyle: 'short'}))),
    a.note ? h('p', {class: 'note'}, h('strong', {}, `${t('noteFromOfficer')}: `), h('span', {dir: 'auto'}, a.note)) : '',
    a.response ? h('p', {class: 'response'}, `${t('responseRecorded')}: ${t(a.response.channel)}`) : '',
    actions, toggle, briefing);
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
    mount(availability, h('summary', {}, t('availability')), h('form', {id: 'availability-form', on: {submit: async e => {
      e.preventDefault();
      try {
        const saved = await request('/api/messengers/me', {method: 'PUT', etag: profileEtag, body: {
          available: available.checked, capacity: Number(capacity.value), consent: consent.checked,
          absentFrom: until.value ? new Date().toISOString() : null,
          absentUntil: until.value ? new Date(`${until.value}T00:00:00Z`).toISOString() : null,
          channels: profile.profile.channels, preferredLanguage: profile.preferredLanguage}});
        profileEtag = saved.etag;
        Object.assign(profile, saved.data);
        status.textContent = t('profileSaved');
      } catch (error) {
        status.textContent = error.message;
      }
    }}},
    h('div', {class: 'field checkbox'}, available, h('label', {for: 'me-available'}, t('available'))),
    field(t('capacity'), capacity).wrap, field(t('absentUntil'), until).wrap,
    h('div', {class: 'field checkbox'}, consent, h('label', {for: 'me-consent'}, t('consent'))), status,
    h('button', {type: 'submit', class: 'primary'}, t('saveProfile'))));
  }

  // How offers reach the messenger (e-mail, SMS, WhatsApp, Telegram) and when not to: their quiet hours.
  function drawReach() {
    if (!reach) return;
    const channel = h('select', {id: 'reach-channel'}, options(REACH_CHANNELS.map(c => [c, t(`reach_${c}`)]),
      reach.channel));
    const address = h('input', {type: 'text', id: 'reach-address', inputmode: 'tel', autocomplete: 'tel',
      maxlength: '40', dir: 'ltr'});
    const quietOn = h('input', {type: 'checkbox', id: 'reach-quiet', props: {checked: !!reach.quietStart}});
    const start = h('input', {type: 'time', id: 'reach-quiet-start', value: reach.quietStart || '22:00'});
    const end = h('input', {type: 'time', id: 'reach-quiet-end', value: reach.quietEnd || '07:00'});
    const zone = h('input', {type: 'text', id: 'reach-quiet-zone', maxlength: '64', dir: 'ltr',
      value: reach.quietZone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'});
    const status = h('p', {class: 'message', role: 'status', id: 'reach-status'});
    const addressField = field(t('reachAddress'), address, t('reachAddressHint'));
    const showAddress = () => { addressField.wrap.hidden = channel.value === 'email'; };
    channel.addEventListener('change', showAddress);
    showAddress();
    mount(reachSection, h('summary', {}, t('reachTitle')), h('form', {id: 'reach-form', on: {submit: async e => {
      e.preventDefault();
      try {
        const saved = await request('/api/messengers/me/reach', {method: 'PUT', body: {channel: channel.value,
          address: channel.value === 'email' || !address.value.trim() ? null : address.value.trim(),
          quietStart: quietOn.checked ? start.value : null, quietEnd: quietOn.checked ? end.value : null,
          quietZone: quietOn.checked ? zone.value.trim() : null}});
        Object.assign(reach, saved.data);
        address.value = '';
        status.textContent = t('reachSaved');
      } catch (error) {
        status.textContent = error.message;
      }
    }}},
    h('p', {class: 'hint'}, reach.hasAddress && reach.channel !== 'email' ? t('reachOnFile') : t('reachIntro')),
    field(t('reachChannel'), channel).wrap, addressField.wrap,
    h('div', {class: 'field checkbox'}, quietOn, h('label', {for: 'reach-quiet'}, t('quietHours'))),
    field(t('quietStart'), start).wrap, field(t('quietEnd'), end).wrap, field(t('quietZone'), zone).wrap, status,
    h('button', {type: 'submit', class: 'primary'}, t('saveReach'))));
  }

  async function move(a, action, body) {
    try {
      const moved = await request(`/api/assignments/${a.id}/${action}`, {method: 'POST', etag: `"${a.version}"`, body});
      Object.assign(a, moved.data);
      return moved.data;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        message.textContent = t('stale');
        await load();
        return null;
      }
      message.textContent = error.message;
      throw error;
    } finally {
      if (action !== 'start') {
        await load();
        announce(message.textContent || t('updated'));
      }
    }
  }

  function declineForm(a, actions) {
    const reason = h('textarea', {id: `decline-${a.id}`, rows: '2', required: true, maxlength: '2000'});
    const error = h('p', {class: 'error', role: 'alert'});
    const form = h('form', {class: 'decline-form', on: {submit: async event => {
      event.preventDefault();
      if (!reason.value.trim()) { error.textContent = t('reasonRequired'); reason.focus(); return; }
      await move(a, 'decline', {reason: reason.value.trim()});
    }}}, field(t('declineReason'), reason).wrap, error,
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'confirm-decline'}, t('confirmDecline')),
      button(t('cancel'), () => draw())));
    actions.replaceWith(form);
    reason.focus();
  }

  function responseForm(a, actions) {
    const channel = h('select', {id: `channel-${a.id}`, required: true}, options(CHANNELS.map(c => [c, t(c)]), 'social'));
    const link = h('input', {type: 'url', id: `link-${a.id}`, inputmode: 'url', placeholder: 'https://'});
    const description = h('textarea', {id: `description-${a.id}`, rows: '3', maxlength: '5000'});
    const language = h('select', {id: `response-language-${a.id}`}, options(Object.entries(LANGUAGES), lang));
    const reach = h('input', {type: 'number', id: `reach-${a.id}`, min: '0', inputmode: 'numeric'});
    const error = h('p', {class: 'error', role: 'alert'});
    const form = h('form', {class: 'response-form', on: {submit: async event => {
      event.preventDefault();
      if (!link.value.trim() && !description.value.trim()) { error.textContent = t('linkOrDescription'); return; }
      try {
        if (a.state === 'accepted') await move(a, 'start');
        await move(a, 'respond', {channel: channel.value, link: link.value.trim() || null,
          description: description.value.trim() || null, language: language.value,
          estimatedReach: reach.value === '' ? null : Number(reach.value)});
        message.textContent = t('saved');
      } catch (e) {
        error.textContent = e instanceof ApiError && e.fieldMessages.length ? e.fieldMessages.join('; ') : e.message;
      }
    }}},
    field(t('channel'), channel).wrap, field(t('link'), link).wrap, field(t('description'), description).wrap,
    field(t('responseLanguage'), language).wrap, field(t('reach'), reach).wrap, error,
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary submit-response'}, t('submitResponse')),
      button(t('cancel'), () => draw())));
    actions.replaceWith(form);
    channel.focus();
  }

  async function showBriefing(a, target) {
    const b = await get(`/api/assignments/${a.id}/briefing`);
    const hd = key => b.headings?.[key] || key;
    const n = b.narrative;
    mount(target, h('div', {lang: b.language, dir: b.rightToLeft ? 'rtl' : 'ltr', class: 'briefing-pack'},
      h('h3', {}, hd('title')),
      b.translated === false ? h('p', {class: 'muted'}, hd('untranslated')) : '',
      h('h4', {}, hd('summary')), h('p', {class: 'lead', dir: 'auto'}, n.label),
      n.keyClaims?.length ? [h('h4', {}, hd('claims')), h('ul', {}, n.keyClaims.map(c => h('li', {}, c)))] : '',
      h('dl', {class: 'facts'},
        h('dt', {}, hd('categories')), h('dd', {}, (n.categories || []).join(', ') || '—'),
        h('dt', {}, hd('languages')), h('dd', {}, Object.keys(n.languages || {}).join(', ') || '—'),
        h('dt', {}, hd('neighbourhoods')), h('dd', {}, Object.keys(n.neighbourhoods || {}).join(', ') || '—'),
        h('dt', {}, hd('volume')), h('dd', {}, String(n.posts)),
        h('dt', {}, hd('velocity')), h('dd', {}, Number(n.velocity).toFixed(1)),
        h('dt', {}, hd('counterSpeech')), h('dd', {}, `${Math.round(100 * (n.counterSpeechShare || 0))} %`),
        h('dt', {}, hd('deadline')), h('dd', {}, new Date(b.deadline || a.deadline).toLocaleString(lang))),
      h('h4', {}, hd('posts')), h('ul', {class: 'posts'}, (b.posts || []).map(p => h('li', {class: 'post', lang: langAttr(p.lang)},
        h('p', {class: 'post-text', dir: 'auto'}, p.text ?? '—'), h('p', {class: 'meta'}, p.authorPseudonym || '',
          p.url ? [' · ', outsideLink(p.url, '↗')] : '')))),
      h('h4', {}, hd('talkingPoints')), (b.talkingPoints || []).map(tp => h('section', {class: 'talking-points'},
        h('h5', {}, tp.title), h('ol', {}, tp.points.map(point => h('li', {}, point))))),
      b.dos?.length ? [h('h4', {}, hd('dos')), h('ul', {class: 'dos'}, b.dos.map(d => h('li', {}, d)))] : '',
      b.donts?.length ? [h('h4', {}, hd('donts')), h('ul', {class: 'donts'}, b.donts.map(d => h('li', {}, d)))] : '',
      b.safetyNote ? [h('h4', {}, hd('safety')), h('p', {class: 'safety'}, b.safetyNote)] : '',
      button(t('print'), () => window.print(), {class: 'quiet print'})));
  }

  await load();
  // new assignments appear by themselves, but never while the messenger is filling in a form
  const timer = setInterval(() => { if (!list.querySelector('form')) load().catch(() => {}); }, POLL_MS);
  return () => {
    clearInterval(timer);
    main.classList.remove('phone');
    document.getElementById('top')?.removeAttribute('lang');
    applyLanguage('en');
  };
}

/** "in 5 hours", "hace 2 horas", "خلال 23 ساعة": the time to a deadline in the messenger's language. */
function relative(ms, lang) {
  const format = new Intl.RelativeTimeFormat(lang, {numeric: 'auto'});
  const minutes = Math.round(ms / 60000);
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return format.format(hours, 'hour');
  return format.format(Math.round(hours / 24), 'day');
}
