// The result column: active-filter chips, the count and time, the hits, the pages, and errors.

import { h, highlighted, replaceChildren } from './dom.js';
import { articles, formatCount, formatDate, formatTook, languageName } from './format.js';
import { text } from './i18n.js';
import { articleUrl, changeState, stateUrl } from './state.js';

/** The most results the server pages through by default (Search:MaxResultWindow). */
const RESULT_WINDOW = 10000;

/** Renders the chips of the active filters, each a button that removes it, and "Clear all". */
export function renderChips(state, actions) {
  const chips = [];
  if (state.lang) chips.push({ kind: text('chip.lang'), text: languageName(state.lang), key: 'lang', remove: { lang: '' } });
  for (const person of state.person) {
    chips.push({ kind: text('chip.person'), text: person, key: `person:${person}`, remove: { person: state.person.filter((p) => p !== person) } });
  }
  for (const organization of state.organization) {
    chips.push({
      kind: text('chip.organization'),
      text: organization,
      key: `organization:${organization}`,
      remove: { organization: state.organization.filter((o) => o !== organization) },
    });
  }
  // Exclusions: "not" chips, each letting the articles naming that value in again.
  for (const [facet, not] of [['person', 'notperson'], ['organization', 'notorganization']]) {
    for (const value of state[not]) {
      chips.push({
        kind: text('chip.not'),
        text: value,
        key: `${not}:${value}`,
        label: text(`chip.removeNot.${facet}`, { text: value }),
        className: 'chip chip-not',
        remove: { [not]: state[not].filter((v) => v !== value) },
      });
    }
  }
  if (state.date) chips.push({ kind: text('chip.date'), text: formatDate(state.date), key: 'date', remove: { date: '' } });
  if (state.from) chips.push({ kind: text('chip.from'), text: formatDate(state.from), key: 'from', remove: { from: '' } });
  if (state.to) chips.push({ kind: text('chip.to'), text: formatDate(state.to), key: 'to', remove: { to: '' } });

  const container = document.getElementById('active-filters');
  container.hidden = chips.length === 0;
  replaceChildren(document.getElementById('chips'), chips.map((chip) => h('li', {},
    h('button', {
      type: 'button',
      className: chip.className ?? 'chip',
      'aria-label': chip.label ?? text('chip.remove', { kind: chip.kind.toLowerCase(), text: chip.text }),
      dataset: { key: `chip:${chip.key}` },
      on: { click: () => actions.change(chip.remove) },
    },
    h('span', { className: 'chip-kind' }, chip.kind),
    h('span', { className: 'chip-text' }, chip.text),
    h('span', { className: 'chip-x', 'aria-hidden': 'true' }, '×')))));
}

/** Renders the count, the page's range and the server's time into the live status line. */
export function renderStatus(response) {
  const status = document.getElementById('status');
  if (!response) {
    status.textContent = '';
    return;
  }

  const first = (response.page - 1) * response.size + 1;
  const last = first + response.hits.length - 1;
  const took = formatTook(response.tookMs);
  if (response.total === 0) {
    replaceChildren(status, h('strong', {}, text('status.none')), took ? ` · ${took}` : '');
  } else if (response.hits.length === 0) {
    replaceChildren(status, h('strong', {}, articles(response.total)), text('status.pastLast', { page: formatCount(response.page) }), took ? ` · ${took}` : '');
  } else {
    replaceChildren(status,
      h('strong', { className: 'total' }, articles(response.total)),
      text('status.showing', { first: formatCount(first), last: formatCount(last) }),
      took ? ` · ${took}` : '');
  }
}

/** Renders the hits of a page; persons and organizations are buttons that add them as filters. */
export function renderHits(response, state, actions) {
  const list = document.getElementById('hits');
  list.start = response ? (response.page - 1) * response.size + 1 : 1;
  if (!response) {
    replaceChildren(list);
    return;
  }

  if (response.hits.length === 0) {
    const hint = response.total > 0
      ? h('a', { href: stateUrl(changeState(state, {})), on: { click: (event) => follow(event, () => actions.goToPage(1)) } }, text('hits.firstPage'))
      : hasFilters(state)
        ? h('button', { type: 'button', className: 'button link', dataset: { key: 'empty:clear' }, on: { click: actions.clearFilters } }, text('hits.removeFilters'))
        : text('hits.otherWords');
    replaceChildren(list, h('li', { className: 'no-hits' }, h('p', {}, text('hits.nothing')), h('p', {}, hint)));
    return;
  }

  replaceChildren(list, response.hits.map((hit, index) => renderHit(hit, index, state, actions)));
}

function renderHit(hit, index, state, actions) {
  const titleId = `hit-${index}-title`;
  const snippets = (hit.snippets ?? []).filter((s) => s && s.trim() !== '');
  return h('li', { className: 'hit' },
    h('article', { 'aria-labelledby': titleId },
      // The title and text are in the article's language, whatever the page's: a screen reader reads them with its voice.
      // The title is a real link to the article page (new tabs, sharing), carrying the search so it can lead back.
      h('h3', { className: 'hit-title', id: titleId, lang: articleLang(hit) },
        h('a', { className: 'hit-link', href: articleUrl(hit.id, state), dataset: { key: `title:${hit.id}` } }, highlighted(hit.titleHtml ?? ''))),
      h('p', { className: 'hit-meta' },
        h('time', { datetime: hit.date ?? false }, formatDate(hit.date)),
        h('span', { className: `lang-badge lang-${hit.lang}`, title: languageName(hit.lang) },
          h('span', { 'aria-hidden': 'true' }, String(hit.lang).toUpperCase()),
          h('span', { className: 'visually-hidden' }, languageName(hit.lang)))),
      snippets.length > 0
        ? h('div', { className: 'snippets', lang: articleLang(hit) }, snippets.map((snippet) => h('p', { className: 'snippet' }, highlighted(snippet))))
        : null,
      entityRow('person', text('entity.person'), hit.persons ?? [], hit.id, state, actions),
      entityRow('organization', text('entity.organization'), hit.organizations ?? [], hit.id, state, actions),
      readMore(hit, actions)));
}

function entityRow(facet, label, values, id, state, actions) {
  if (values.length === 0) return null;
  return h('div', { className: `entities entities-${facet}` },
    h('span', { className: 'entities-label' }, `${label}:`),
    h('ul', { className: 'entity-list', 'aria-label': label },
      values.map((value) => {
        const selected = state[facet].includes(value);
        return h('li', {},
          h('button', {
            type: 'button',
            className: 'entity',
            'aria-pressed': String(selected),
            'aria-label': text(`entity.${selected ? 'remove' : 'add'}.${facet}`, { value }),
            dataset: { key: `entity:${id}:${facet}:${value}` },
            on: { click: () => actions.toggleValue(facet, value) },
          }, value));
      })));
}

function readMore(hit, actions) {
  const bodyId = `article-${cssSafe(hit.id)}`;
  const body = h('div', { className: 'article-body', id: bodyId, lang: articleLang(hit), hidden: true });
  const button = h('button', {
    type: 'button',
    className: 'button link read-more',
    'aria-expanded': 'false',
    'aria-controls': bodyId,
    dataset: { key: `read:${hit.id}` },
  }, text('read.open'));
  button.addEventListener('click', () => actions.toggleArticle(hit.id, button, body));
  return h('div', { className: 'read' }, button, body);
}

/** Renders the pages as links (real URLs, so they can be opened in a new tab or shared) with previous and next. */
export function renderPagination(response, state, actions) {
  const nav = document.getElementById('pagination');
  if (!response || response.total <= response.size) {
    nav.hidden = true;
    replaceChildren(nav);
    return;
  }

  const lastPage = Math.max(1, Math.min(Math.ceil(response.total / response.size), Math.floor(RESULT_WINDOW / response.size)));
  const current = response.page;
  const link = (page, content, attrs = {}) => h('a', {
    href: stateUrl(changeState(state, { page })),
    className: 'page-link',
    dataset: { key: `page:${attrs.key ?? page}` },
    'aria-label': attrs.label ?? text('page.label', { page }),
    'aria-current': page === current && !attrs.key ? 'page' : false,
    rel: attrs.rel ?? false,
    on: { click: (event) => follow(event, () => actions.goToPage(page)) },
  }, content);
  const disabled = (content, label) => h('span', { className: 'page-link disabled', 'aria-disabled': 'true', 'aria-label': label }, content);

  const items = [];
  items.push(current > 1
    ? link(current - 1, text('page.previous'), { key: 'prev', label: text('page.previousLabel'), rel: 'prev' })
    : disabled(text('page.previous'), text('page.previousLabel')));
  for (const page of pageWindow(current, lastPage)) {
    items.push(page === null ? h('span', { className: 'page-gap', 'aria-hidden': 'true' }, '…') : link(page, String(page)));
  }
  items.push(current < lastPage
    ? link(current + 1, text('page.next'), { key: 'next', label: text('page.nextLabel'), rel: 'next' })
    : disabled(text('page.next'), text('page.nextLabel')));
  nav.hidden = false;
  replaceChildren(nav, h('ul', {}, items.map((item) => h('li', {}, item))));
}

/** Returns the pages to show around the current one, with null for a gap: 1 … 4 5 [6] 7 8 … 20. */
function pageWindow(current, last) {
  const pages = new Set([1, last]);
  for (let page = current - 2; page <= current + 2; page++) {
    if (page >= 1 && page <= last) pages.add(page);
  }
  const sorted = [...pages].sort((a, b) => a - b);
  const withGaps = [];
  for (const [i, page] of sorted.entries()) {
    if (i > 0 && page - sorted[i - 1] > 1) withGaps.push(null);
    withGaps.push(page);
  }
  return withGaps;
}

/** Renders a failed search: the problem's title, its messages, and for a query that does not parse, where. */
export function renderError(error, query) {
  const box = document.getElementById('error');
  const input = document.getElementById('q');
  if (!error) {
    box.hidden = true;
    replaceChildren(box);
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', 'search-hint');
    return;
  }

  const messages = Object.entries(error.errors ?? {}).flatMap(([, texts]) => texts);
  const queryAtFault = 'q' in (error.errors ?? {}) && error.position !== null;
  replaceChildren(box,
    h('p', { className: 'error-title' }, error.title || text('status.failed')),
    messages.length > 0
      ? h('ul', { className: 'error-messages' }, messages.map((message) => h('li', {}, message)))
      : error.detail ? h('p', {}, error.detail) : null,
    queryAtFault ? queryPointer(query, error.position, error.length) : null);
  box.hidden = false;
  if ('q' in (error.errors ?? {})) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', 'search-hint error');
  }
}

/** Shows the query with the faulty characters marked and a caret under them. */
function queryPointer(query, position, length) {
  const at = Math.max(0, Math.min(position, query.length));
  const end = Math.min(query.length, at + Math.max(0, length));
  const fault = query.slice(at, end);
  return h('div', { className: 'error-query' },
    h('p', { className: 'visually-hidden' }, text('error.at', { at: at + 1 })),
    h('pre', { 'aria-hidden': 'true' },
      h('code', {}, query.slice(0, at), h('mark', { className: 'error-at' }, fault || ' '), query.slice(end)),
      '\n',
      `${' '.repeat(at)}^`));
}

function hasFilters(state) {
  return Boolean(state.lang || state.date || state.from || state.to || state.person.length || state.organization.length
    || state.notperson.length || state.notorganization.length);
}

/** Follows an in-page link without reloading, unless the user asked for a new tab or window. */
function follow(event, go) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  go();
}

/** Returns the language of a hit's article for its lang attribute (the API's "da" or "nl"), or false for none. */
function articleLang(hit) {
  return typeof hit.lang === 'string' && hit.lang !== '' ? hit.lang : false;
}

function cssSafe(id) {
  return String(id).replace(/[^A-Za-z0-9_-]/g, '_');
}
