// The article page (article/{id}): one whole article with every match of the search marked, its date and language,
// its persons and organizations as links that filter the search, and a link back to the same results page. The
// results page's state rides unchanged in this page's query string, so the way back and a shared link both hold.

import { ApiError, getArticle } from './api.js';
import { h, highlighted, replaceChildren } from './dom.js';
import { formatCount, formatDate, languageName } from './format.js';
import { initialUiLanguage, plural, rememberUiLanguage, setUiLanguage, text, translatePage } from './i18n.js';
import { changeState, readState, resultsUrl, toSearchParams } from './state.js';

const main = document.getElementById('main');
const uiSelect = document.getElementById('ui-lang');

let state = readState(window.location.search);
if (state.ui) rememberUiLanguage(state.ui);
else state = { ...state, ui: initialUiLanguage() };

const id = articleId(window.location.pathname);

/** What the server answered: the article, or the error; and whether the search's query had to be left out. */
const loaded = { article: null, error: null, queryFailed: false };

/** Returns the article's id: the last segment of the page's path, decoded (an id may hold any character). */
function articleId(pathname) {
  const segment = pathname.slice(pathname.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Returns this page's URL for a state: the same article, the state in its query string. */
function pageUrl(next) {
  const query = toSearchParams(next).toString();
  return query === '' ? window.location.pathname : `${window.location.pathname}?${query}`;
}

/** Reads the article, highlighted for the search's query; a query that does not parse leaves the marks out. */
async function load() {
  setBusy(true);
  try {
    loaded.article = await getArticle(id, state.q);
  } catch (error) {
    if (error instanceof ApiError && error.status === 400 && 'q' in error.errors) {
      loaded.queryFailed = true;
      try {
        loaded.article = await getArticle(id, '');
      } catch (again) {
        loaded.error = again;
      }
    } else {
      loaded.error = error;
    }
  }
  setBusy(false);
  render();
}

function setBusy(busy) {
  document.body.classList.toggle('loading', busy);
  main.setAttribute('aria-busy', String(busy));
  if (busy) document.getElementById('status').textContent = text('article.loading');
}

/** Draws the whole page in the page's language from what was loaded; the language switch redraws without a new request. */
function render() {
  setUiLanguage(state.ui);
  translatePage();
  uiSelect.value = state.ui;
  // "Start over" keeps the page's language; "Back" keeps the whole search.
  document.getElementById('brand').setAttribute('href', resultsUrl(readState(`?ui=${state.ui}`)));
  document.getElementById('back').setAttribute('href', resultsUrl(state));
  if (loaded.error) renderError(loaded.error);
  else if (loaded.article) renderArticle(loaded.article);
}

function renderError(error) {
  const missing = error instanceof ApiError && error.status === 404;
  const box = document.getElementById('error');
  replaceChildren(box,
    h('p', { className: 'error-title' }, text(missing ? 'article.missing' : 'article.failed')),
    h('p', {}, missing ? text('article.missingHint') : error.title || error.message));
  box.hidden = false;
  document.getElementById('article').hidden = true;
  document.getElementById('status').textContent = '';
  document.title = `${text(missing ? 'article.missing' : 'article.failed')} – ${text('page.title')}`;
}

function renderArticle(article) {
  const lang = article.lang === 'da' || article.lang === 'nl' ? article.lang : false;
  const heading = document.getElementById('article-heading');
  setLang(heading, lang);
  replaceChildren(heading, typeof article.titleHtml === 'string' ? highlighted(article.titleHtml) : article.title);

  const date = document.getElementById('article-date');
  if (article.date) date.setAttribute('datetime', article.date);
  date.textContent = formatDate(article.date);
  document.getElementById('article-lang').textContent = languageName(article.lang);

  const body = document.getElementById('article-text');
  setLang(body, lang);
  const html = typeof article.bodyHtml === 'string';
  const paragraphs = String(html ? article.bodyHtml : article.body ?? '').split(/\r?\n[ \t]*\r?\n/).filter((p) => p.trim() !== '');
  replaceChildren(body, paragraphs.map((paragraph) => h('p', {}, html ? highlighted(paragraph.trim()) : paragraph.trim())));

  renderEntities('person', article.persons ?? []);
  renderEntities('organization', article.organizations ?? []);

  const marks = document.querySelectorAll('#article mark').length;
  document.getElementById('status').textContent = loaded.queryFailed
    ? text('article.badQuery')
    : state.q.trim() !== '' ? plural('article.matches', marks, formatCount(marks)) : '';
  document.getElementById('error').hidden = true;
  document.getElementById('article').hidden = false;
  document.title = article.title;
}

/** Lists the article's persons or organizations, each a link to the results with that value added as a filter. */
function renderEntities(facet, values) {
  const section = document.getElementById(`article-${facet}s-section`);
  section.hidden = values.length === 0;
  replaceChildren(document.getElementById(`article-${facet}s`), values.map((value) => h('li', {},
    h('a', {
      className: 'entity',
      href: resultsUrl(withFilter(facet, value)),
      'aria-label': text(`article.filter.${facet}`, { value }),
    }, value))));
}

/** Returns the search's state with a person or organization chosen (and no longer excluded), from its first page. */
function withFilter(facet, value) {
  const not = `not${facet}`;
  return changeState(state, {
    [facet]: state[facet].includes(value) ? state[facet] : [...state[facet], value],
    [not]: state[not].filter((v) => v !== value),
  });
}

function setLang(element, lang) {
  if (lang) element.setAttribute('lang', lang);
  else element.removeAttribute('lang');
}

uiSelect.addEventListener('change', () => {
  // The language is part of the address (a shared link opens in it), but not a step of its own in the history.
  state = { ...state, ui: uiSelect.value };
  rememberUiLanguage(state.ui);
  window.history.replaceState(null, '', pageUrl(state));
  render();
});

// The page's language is in the URL from the first view on, as on the results page.
window.history.replaceState(null, '', pageUrl(state));
render();
load();
