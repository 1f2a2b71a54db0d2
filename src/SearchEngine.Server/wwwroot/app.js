// The page's controller: reads the state from the URL, runs the search, renders, and turns every user action into
// a new URL (history.pushState) so that back/forward, reload and shared links show the same results, in the same
// page language.

import { ApiError, findFacetValues, getArticle, search } from './api.js';
import { renderFacets } from './facets.js';
import { initialUiLanguage, plural, rememberUiLanguage, setUiLanguage, text, translatePage, uiLanguage } from './i18n.js';
import { renderChips, renderError, renderHits, renderPagination, renderStatus } from './results.js';
import { changeState, clearFilters, filterCount, PAGE_SIZES, readState, stateUrl, toggleExclusion, toggleValue } from './state.js';
import { renderTimeline } from './timeline.js';

/** The number of values the person and organization type-ahead asks for. */
const SUGGESTIONS = 10;

/** The delay after the last key press before the type-ahead asks the server. */
const TYPE_AHEAD_DELAY_MS = 150;

/** The number of values "Show more" asks for (the facet endpoint's most). */
const MORE_VALUES = 100;

const form = document.getElementById('search-form');
const queryInput = document.getElementById('q');
const sortSelect = document.getElementById('sort');
const sizeSelect = document.getElementById('size');
const uiSelect = document.getElementById('ui-lang');
const brandLink = document.getElementById('brand');
const facetsPanel = document.getElementById('facets');
const facetsToggle = document.getElementById('facets-toggle');
const resultsHeading = document.getElementById('results-heading');

let state = readState(window.location.search);
if (state.ui) rememberUiLanguage(state.ui);
else state = { ...state, ui: initialUiLanguage() };

/** What the page remembers beside the URL. */
const ui = {
  response: null,
  error: null,
  expandedYears: new Set(),
  suggestions: { person: null, organization: null },
  /** Per facet, null for the search's top ten, else the longer list "Show more" loaded: { values, loading, failed }. */
  more: { person: null, organization: null },
  /** Whether the next render moves focus to the results (paging, clearing the filters), away from what is re-rendered. */
  focusResultsAfterRender: false,
};

/** Whether the static page's texts have been put in its language yet. */
let translated = false;

let searchRun = 0;
let searchAbort = null;

const actions = {
  change: (changes) => navigate(changeState(state, changes)),
  toggleValue: (facet, value) => {
    clearTypeAhead(facet);
    navigate(toggleValue(state, facet, value));
  },
  setDate: (date) => navigate(changeState(state, { date, from: '', to: '' })),
  setLang: (lang) => navigate(changeState(state, { lang })),
  toggleYear: (year) => {
    if (ui.expandedYears.has(year)) ui.expandedYears.delete(year);
    else ui.expandedYears.add(year);
    keepingFocus(() => renderFacets(ui.response?.facets ?? null, state, ui, actions));
  },
  goToPage: (page) => {
    ui.focusResultsAfterRender = true;
    navigate({ ...state, page });
  },
  clearFilters: () => {
    ui.focusResultsAfterRender = true;
    navigate(clearFilters(state));
  },
  toggleArticle,
  toggleExclusion: (facet, value) => {
    clearTypeAhead(facet);
    navigate(toggleExclusion(state, facet, value));
  },
  toggleMore: (facet) => {
    if (ui.more[facet]) {
      ui.more[facet] = null;
      keepingFocus(() => renderFacets(ui.response?.facets ?? null, state, ui, actions));
    } else {
      loadMore(facet);
    }
  },
};

// --- Navigation -------------------------------------------------------------------------------------------------

/** Makes a state current: a new history entry (unless the URL is unchanged), then a search. */
function navigate(next) {
  pushUrl(next);
  state = next;
  syncControls();
  runSearch();
}

/** Puts a state's URL in the history: a new entry, unless the URL is unchanged. */
function pushUrl(next) {
  const url = stateUrl(next);
  const current = window.location.pathname + window.location.search;
  if (url === current) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
}

/** Switches the page's language: a new URL (same results, same page), remembered, every text redrawn; no new search. */
function switchUiLanguage(language) {
  const next = { ...state, ui: language };
  pushUrl(next);
  state = next;
  rememberUiLanguage(language);
  syncControls();
  render();
}

window.addEventListener('popstate', () => {
  const next = readState(window.location.search);
  state = next.ui ? next : { ...next, ui: uiLanguage() };
  syncControls();
  runSearch();
});

/**
 * Shows the state in the controls that hold a copy of it: the page's language and texts, the search box, language,
 * order, page size and date range.
 */
function syncControls() {
  if (state.ui !== uiLanguage() || !translated) {
    setUiLanguage(state.ui);
    translatePage();
    translated = true;
  }
  uiSelect.value = state.ui;
  // "Start over" keeps the page's language.
  brandLink.setAttribute('href', `./?ui=${state.ui}`);
  if (queryInput.value !== state.q) queryInput.value = state.q;
  for (const radio of form.elements.lang) radio.checked = radio.value === state.lang;
  sortSelect.value = state.sort;
  syncSize(state.size || PAGE_SIZES[0]);
  document.getElementById('from').value = state.from;
  document.getElementById('to').value = state.to;
  const count = filterCount(state);
  const badge = document.getElementById('facets-toggle-count');
  badge.hidden = count === 0;
  badge.textContent = String(count);
  facetsToggle.setAttribute('aria-label', count === 0 ? text('filters') : plural('filters.active', count, String(count)));
  document.title = [state.q.trim(), state.page > 1 ? text('title.page', { page: state.page }) : '', text('page.title')]
    .filter((part) => part !== '')
    .join(' – ');
}

/** Shows a page size in its select; a size a link carries that the page does not offer gets an option of its own. */
function syncSize(size) {
  const value = String(size);
  for (const option of sizeSelect.querySelectorAll('option[data-extra]')) {
    if (option.value !== value) option.remove();
  }
  if (![...sizeSelect.options].some((option) => option.value === value)) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = value;
    option.dataset.extra = 'true';
    sizeSelect.append(option);
  }
  sizeSelect.value = value;
}

// --- Searching --------------------------------------------------------------------------------------------------

async function runSearch() {
  const run = ++searchRun;
  searchAbort?.abort();
  searchAbort = new AbortController();
  setBusy(true);
  try {
    const response = await search(state, searchAbort.signal);
    if (run !== searchRun) return;
    ui.response = response;
    ui.error = null;
    for (const facet of Object.keys(ui.more)) {
      if (ui.more[facet]) loadMore(facet);
    }
  } catch (error) {
    if (error.name === 'AbortError' || run !== searchRun) return;
    ui.error = error instanceof ApiError ? error : new ApiError(0, { title: text('status.failed'), detail: String(error.message ?? error) });
  }
  setBusy(false);
  render();
}

function setBusy(busy) {
  document.body.classList.toggle('loading', busy);
  document.querySelector('.results').setAttribute('aria-busy', String(busy));
}

function render() {
  keepingFocus(() => {
    const response = ui.error ? null : ui.response;
    renderChips(state, actions);
    // After an error the last facets stay, dimmed, so the user can still widen or narrow from them.
    renderFacets(ui.response?.facets ?? null, state, ui, actions);
    facetsPanel.classList.toggle('stale', Boolean(ui.error));
    renderError(ui.error, state.q);
    renderTimeline(response, state, actions);
    renderStatus(response);
    if (ui.error) document.getElementById('status').textContent = text('status.failed');
    renderHits(response, state, actions);
    renderPagination(response, state, actions);
  });
}

/** Moves focus to the (hidden) results heading and scrolls the results to the top of the window. */
function focusResults() {
  resultsHeading.focus({ preventScroll: true });
  resultsHeading.closest('.results').scrollIntoView({ block: 'start' });
}

/**
 * Runs a re-render and puts focus back where it was: on the element with the same data-key, else on the first chip
 * (a removed chip), else on the results heading; or where the action asked it to go.
 */
function keepingFocus(renderAll) {
  const focused = document.activeElement;
  const key = focused?.dataset?.key ?? null;
  renderAll();
  const toResults = ui.focusResultsAfterRender;
  ui.focusResultsAfterRender = false;
  if (toResults) {
    focusResults();
    return;
  }

  if (!key || (document.activeElement && document.activeElement !== document.body && document.contains(document.activeElement))) return;
  const same = document.querySelector(`[data-key="${CSS.escape(key)}"]`);
  if (same && !same.closest('[hidden]')) {
    same.focus();
  } else if (key.startsWith('chip:')) {
    (document.querySelector('#chips button') ?? resultsHeading).focus();
  } else {
    resultsHeading.focus();
  }
}

// --- The search form --------------------------------------------------------------------------------------------

form.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate(changeState(state, { q: queryInput.value }));
});

for (const radio of form.elements.lang) {
  radio.addEventListener('change', () => navigate(changeState(state, { q: queryInput.value, lang: radio.value })));
}

sortSelect.addEventListener('change', () => navigate(changeState(state, { q: queryInput.value, sort: sortSelect.value })));

sizeSelect.addEventListener('change', () => navigate(changeState(state, { q: queryInput.value, size: Number.parseInt(sizeSelect.value, 10) })));

uiSelect.addEventListener('change', () => switchUiLanguage(uiSelect.value));

document.getElementById('date-range').addEventListener('submit', (event) => {
  event.preventDefault();
  const from = document.getElementById('from').value.trim();
  const to = document.getElementById('to').value.trim();
  navigate(changeState(state, { date: '', from, to }));
});

document.getElementById('clear-filters').addEventListener('click', actions.clearFilters);

// "/" anywhere but in a field focuses the search box.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
  event.preventDefault();
  queryInput.focus();
  queryInput.select();
});

function isEditable(target) {
  return target instanceof HTMLElement
    && (target.isContentEditable || target.matches('input, textarea, select'));
}

// The help popover's button says whether it is open.
const help = document.getElementById('syntax-help');
help.addEventListener('toggle', (event) => {
  document.getElementById('help-button').setAttribute('aria-expanded', String(event.newState === 'open'));
});

// On a narrow screen the filters fold into a panel behind a button.
function showFacets(open) {
  facetsToggle.setAttribute('aria-expanded', String(open));
  document.body.classList.toggle('facets-open', open);
}

facetsToggle.addEventListener('click', () => showFacets(facetsToggle.getAttribute('aria-expanded') !== 'true'));

document.getElementById('facets-done').addEventListener('click', () => {
  showFacets(false);
  focusResults();
});

// --- Type-ahead in the person and organization facets ------------------------------------------------------------

for (const input of document.querySelectorAll('.facet-search')) {
  const facet = input.dataset.facet;
  let timer = 0;
  let abort = null;

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    abort?.abort();
    const prefix = input.value;
    if (prefix.trim() === '') {
      ui.suggestions[facet] = null;
      renderFacets(ui.response?.facets ?? null, state, ui, actions);
      return;
    }

    ui.suggestions[facet] = { prefix, values: ui.suggestions[facet]?.values ?? [], loading: true };
    timer = window.setTimeout(async () => {
      abort = new AbortController();
      try {
        const found = await findFacetValues(facet, prefix.trim(), SUGGESTIONS, state, abort.signal);
        if (input.value !== prefix) return;
        ui.suggestions[facet] = { prefix, values: found.values ?? [], loading: false };
      } catch (error) {
        if (error.name === 'AbortError') return;
        ui.suggestions[facet] = { prefix, values: [], loading: false };
      }
      keepingFocus(() => renderFacets(ui.response?.facets ?? null, state, ui, actions));
    }, TYPE_AHEAD_DELAY_MS);
  });

  input.addEventListener('keydown', (event) => {
    const list = document.getElementById(`facet-${facet}`);
    if (event.key === 'Enter') {
      // Enter takes the first match; the form-less box has nothing else to submit.
      event.preventDefault();
      const first = list.querySelector('button.facet-value');
      if (first && ui.suggestions[facet] && !ui.suggestions[facet].loading) first.click();
    } else if (event.key === 'ArrowDown') {
      const first = list.querySelector('button.facet-value');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Escape' && input.value !== '') {
      event.preventDefault();
      clearTypeAhead(facet);
      renderFacets(ui.response?.facets ?? null, state, ui, actions);
    }
  });
}

/** Loads up to a hundred of a facet's values within the current search ("Show more"), again after each search while shown. */
async function loadMore(facet) {
  const run = searchRun;
  ui.more[facet] = { values: ui.more[facet]?.values ?? null, loading: true, failed: false };
  keepingFocus(() => renderFacets(ui.response?.facets ?? null, state, ui, actions));
  try {
    const found = await findFacetValues(facet, '', MORE_VALUES, state);
    if (run !== searchRun || !ui.more[facet]) return;
    ui.more[facet] = { values: found.values ?? [], loading: false, failed: false };
  } catch {
    if (run !== searchRun || !ui.more[facet]) return;
    ui.more[facet] = { values: null, loading: false, failed: true };
  }
  keepingFocus(() => renderFacets(ui.response?.facets ?? null, state, ui, actions));
}

function clearTypeAhead(facet) {
  const input = document.getElementById(`facet-${facet}-search`);
  if (input && input.value !== '') input.value = '';
  ui.suggestions[facet] = null;
}

// --- Reading a whole article ------------------------------------------------------------------------------------

async function toggleArticle(id, button, body) {
  const open = button.getAttribute('aria-expanded') === 'true';
  button.setAttribute('aria-expanded', String(!open));
  button.textContent = text(open ? 'read.open' : 'read.close');
  body.hidden = open;
  if (open || body.dataset.loaded === 'true') return;

  body.textContent = text('read.loading');
  try {
    const article = await getArticle(id, '');
    const paragraphs = String(article.body ?? '').split(/\n\s*\n|\r?\n/).map((p) => p.trim()).filter((p) => p !== '');
    body.replaceChildren(...paragraphs.map((paragraph) => {
      const p = document.createElement('p');
      p.textContent = paragraph;
      return p;
    }));
    body.dataset.loaded = 'true';
  } catch (error) {
    body.textContent = text('read.failed', { message: error.message });
  }
}

// --- Start ------------------------------------------------------------------------------------------------------

// The page's language is in the URL from the first view on, so a link shared from here opens in it.
window.history.replaceState(null, '', stateUrl(state));
syncControls();
runSearch();
