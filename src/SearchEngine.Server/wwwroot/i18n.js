// The page's language: Danish, Dutch or English, one string table each (strings-*.js). The language comes from the
// URL (ui=), else from the last choice (localStorage), else from the browser's languages; text() and plural() read
// the current table, and translatePage() fills the static page's marked elements (data-i18n, data-i18n-attr).

import da from './strings-da.js';
import en from './strings-en.js';
import nl from './strings-nl.js';

/** The languages the page speaks, in the order the switch offers them. */
export const UI_LANGUAGES = ['da', 'nl', 'en'];

/** Each language's name in itself, for the switch. */
export const UI_LANGUAGE_NAMES = { da: 'Dansk', nl: 'Nederlands', en: 'English' };

/** The key under which the last chosen language is remembered. */
const STORAGE_KEY = 'newsSearch.ui';

const TABLES = { da, nl, en };

/**
 * The locale of numbers and dates per language: English dates read day-first ("3 March 2022"), as the news they
 * describe is European.
 */
const LOCALES = { da: 'da-DK', nl: 'nl-NL', en: 'en-GB' };

let current = 'en';
let plurals = new Intl.PluralRules(LOCALES.en);

/** Returns the code if the page speaks it ("da", "nl", "en"), else ''. */
export function uiLanguageOf(code) {
  const value = String(code ?? '').trim().toLowerCase();
  return UI_LANGUAGES.includes(value) ? value : '';
}

/** Returns the language of a first visit: the last one chosen here, else the first of the browser's languages the page speaks, else English. */
export function initialUiLanguage() {
  const remembered = uiLanguageOf(readRemembered());
  if (remembered) return remembered;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const found = uiLanguageOf(String(tag ?? '').split('-')[0]);
    if (found) return found;
  }
  return 'en';
}

/** Makes a language current: its table and <html lang>. */
export function setUiLanguage(code) {
  current = uiLanguageOf(code) || 'en';
  plurals = new Intl.PluralRules(LOCALES[current]);
  document.documentElement.lang = current;
}

/** Remembers a language the user chose (by the switch or a link with ui=) for the next visit without ui=. */
export function rememberUiLanguage(code) {
  try {
    window.localStorage.setItem(STORAGE_KEY, uiLanguageOf(code) || 'en');
  } catch {
    // Storage may be off (private windows, policies): the URL still carries the language.
  }
}

/** Returns the current language's code. */
export function uiLanguage() {
  return current;
}

/** Returns the locale for Intl formats of the current language. */
export function uiLocale() {
  return LOCALES[current];
}

/** Returns the text of a key in the current language with {name} filled from values; a missing key falls back to English. */
export function text(key, values = {}) {
  const entry = TABLES[current][key] ?? en[key];
  if (entry === undefined) throw new Error(`No text for ${key}.`);
  return fill(typeof entry === 'string' ? entry : entry.other, values);
}

/** Returns the text of a counted key ({ one, other }) for count, with {n} as the formatted count. */
export function plural(key, count, formatted, values = {}) {
  const entry = TABLES[current][key] ?? en[key];
  const form = entry[plurals.select(Number(count))] ?? entry.other;
  return fill(form, { ...values, n: formatted });
}

/** Fills the static page's marked elements: data-i18n (text) and data-i18n-attr ("attribute:key; ..."). */
export function translatePage(root = document) {
  for (const element of root.querySelectorAll('[data-i18n]')) {
    element.textContent = text(element.dataset.i18n);
  }
  for (const element of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of element.dataset.i18nAttr.split(';')) {
      const [attribute, key] = pair.split(':').map((part) => part.trim());
      if (attribute && key) element.setAttribute(attribute, text(key));
    }
  }
}

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match));
}

function readRemembered() {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
