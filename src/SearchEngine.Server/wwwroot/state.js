// The search state and its one home, the URL: every view is a function of it, so a reload, back/forward and a
// shared link all show the same page, in the same page language (ui).

import { uiLanguageOf } from './i18n.js';

/** The page sizes the page offers. */
export const PAGE_SIZES = [10, 20, 50];

/** The orders the page offers: '' is relevance, the server's default. */
const SORTS = ['date', 'oldest'];

/** The filters a chip can show and "Clear all" removes (the query, the order, the page and its language are not filters). */
export const FILTER_KEYS = ['lang', 'person', 'organization', 'notperson', 'notorganization', 'date', 'from', 'to'];

/** The facets whose values can be chosen or excluded, each with its exclusion's key. */
export const EXCLUDABLE = { person: 'notperson', organization: 'notorganization' };

/** Returns the state of a location's query string. */
export function readState(search) {
  const params = new URLSearchParams(search);
  const text = (name) => (params.get(name) ?? '').trim();
  const list = (name) => unique(params.getAll(name).map((v) => v.trim()).filter((v) => v.length > 0));
  const page = Number.parseInt(text('page'), 10);
  const size = Number.parseInt(text('size'), 10);
  const lang = text('lang').toLowerCase();
  const sort = text('sort').toLowerCase();
  return {
    q: params.get('q') ?? '',
    lang: lang === 'da' || lang === 'nl' ? lang : '',
    person: list('person'),
    organization: list('organization'),
    notperson: list('notperson'),
    notorganization: list('notorganization'),
    date: text('date'),
    from: text('from'),
    to: text('to'),
    sort: SORTS.includes(sort) ? sort : '',
    page: Number.isFinite(page) && page > 1 ? page : 1,
    // 0: the server's default (10). The page offers PAGE_SIZES; another size a link carries is kept.
    size: Number.isFinite(size) && size > 0 ? size : 0,
    // '' until the page chooses one (app.js); always in the page's URL after that.
    ui: uiLanguageOf(text('ui')),
  };
}

/** Returns the query string of a state: only what differs from the defaults, in a stable order. */
export function toSearchParams(state) {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  if (state.lang) params.set('lang', state.lang);
  for (const person of state.person) params.append('person', person);
  for (const organization of state.organization) params.append('organization', organization);
  for (const person of state.notperson) params.append('notperson', person);
  for (const organization of state.notorganization) params.append('notorganization', organization);
  if (state.date) params.set('date', state.date);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.size > 0) params.set('size', String(state.size));
  if (state.ui) params.set('ui', state.ui);
  return params;
}

/** Returns the query string of a state for the API: the page's language is the page's, not the search's. */
export function toApiParams(state) {
  return toSearchParams({ ...state, ui: '' });
}

/** Returns the query string of a state for the facet value search: the search's filters, without its order or page. */
export function toFacetParams(state) {
  const params = toApiParams(state);
  for (const name of ['sort', 'page', 'size']) params.delete(name);
  return params;
}

/** Returns the page URL (path and query string) of a state. */
export function stateUrl(state) {
  const query = toSearchParams(state).toString();
  return query === '' ? window.location.pathname : `${window.location.pathname}?${query}`;
}

/**
 * Returns the results page's URL of a state from any page of the front end: resolved against this module, which
 * sits beside index.html, so it holds under any mount path and from the article page one level down.
 */
export function resultsUrl(state) {
  const query = toSearchParams(state).toString();
  const path = new URL('./', import.meta.url).pathname;
  return query === '' ? path : `${path}?${query}`;
}

/** Returns the article page's URL of an article, carrying the results page's state so it can lead back there. */
export function articleUrl(id, state) {
  const query = toSearchParams(state).toString();
  const path = new URL(`article/${encodeURIComponent(id)}`, import.meta.url).pathname;
  return query === '' ? path : `${path}?${query}`;
}

/** Returns a new state with the changes applied; any change but a page change starts again at page 1. */
export function changeState(state, changes) {
  const next = { ...state, page: 1, ...changes };
  // The server takes either an exact date or a range, never both.
  if ('date' in changes && changes.date) {
    next.from = '';
    next.to = '';
  }
  if (('from' in changes && changes.from) || ('to' in changes && changes.to)) {
    next.date = '';
  }
  return next;
}

/** Returns the state with one value of a multi-valued filter (person, organization) added or removed; an added value is no longer excluded. */
export function toggleValue(state, key, value) {
  const values = state[key].includes(value) ? state[key].filter((v) => v !== value) : [...state[key], value];
  const changes = { [key]: values };
  const not = EXCLUDABLE[key];
  if (not && values.includes(value)) changes[not] = state[not].filter((v) => v !== value);
  return changeState(state, changes);
}

/** Returns the state with one person or organization excluded, or no longer excluded; an excluded value is no longer chosen. */
export function toggleExclusion(state, facet, value) {
  const not = EXCLUDABLE[facet];
  const excluded = state[not].includes(value) ? state[not].filter((v) => v !== value) : [...state[not], value];
  const changes = { [not]: excluded };
  if (excluded.includes(value)) changes[facet] = state[facet].filter((v) => v !== value);
  return changeState(state, changes);
}

/** Returns the state without any filter. */
export function clearFilters(state) {
  return changeState(state, { lang: '', person: [], organization: [], notperson: [], notorganization: [], date: '', from: '', to: '' });
}

/** Returns the number of active filter values (for the mobile "Filters" badge). */
export function filterCount(state) {
  return (state.lang ? 1 : 0) + state.person.length + state.organization.length
    + state.notperson.length + state.notorganization.length
    + (state.date ? 1 : 0) + (state.from ? 1 : 0) + (state.to ? 1 : 0);
}

function unique(values) {
  return [...new Set(values)];
}
