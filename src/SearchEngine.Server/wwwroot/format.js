// How values read in the page, in its language: dates, languages, counts and times (Intl with the page's locale).

import { plural, text, uiLocale } from './i18n.js';

/** Returns a language's name in the page's language ("da" -> "Danish", "Dansk", "Deens"), or the code itself. */
export function languageName(code) {
  return code === 'da' || code === 'nl' ? text(`lang.${code}`) : code;
}

/** Returns the name of a YYYY-MM month's month ("2022-03" -> "March", "marts", "maart"). */
export function monthName(value) {
  const month = Number.parseInt(String(value).slice(5, 7), 10);
  if (!(month >= 1 && month <= 12)) return value;
  return dateFormat({ month: 'long' }).format(utc(2000, month, 1));
}

/** Returns a YYYY, YYYY-MM or YYYY-MM-DD date as words ("2022-03-03" -> "3 March 2022", "3. marts 2022"); null -> "Undated". */
export function formatDate(value) {
  if (!value) return text('date.undated');
  const [year, month, day] = String(value).split('-').map((part) => Number.parseInt(part, 10));
  if (!(month >= 1 && month <= 12)) return String(value).slice(0, 4);
  if (!day) return dateFormat({ month: 'long', year: 'numeric' }).format(utc(year, month, 1));
  return dateFormat({ day: 'numeric', month: 'long', year: 'numeric' }).format(utc(year, month, day));
}

/** Returns a count with the language's thousands separators ("12345" -> "12,345", "12.345"). */
export function formatCount(count) {
  return new Intl.NumberFormat(uiLocale()).format(Number(count));
}

/** Returns a server time in milliseconds as a short text ("0.42 ms", "0,42 ms", "12 ms"). */
export function formatTook(ms) {
  const value = Number(ms);
  if (!Number.isFinite(value)) return '';
  const digits = value < 10 ? 2 : 0;
  const number = new Intl.NumberFormat(uiLocale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  return `${number} ms`;
}

/** Returns "1 article" or "N articles", in the page's language. */
export function articles(count) {
  return plural('articles', count, formatCount(count));
}

function dateFormat(options) {
  return new Intl.DateTimeFormat(uiLocale(), { ...options, timeZone: 'UTC' });
}

function utc(year, month, day) {
  return new Date(Date.UTC(year, month - 1, day));
}
