// The timeline's model: which bars the chart shows for a search (the years, or one year's months), which of them
// the date filter chooses, and the state changes that filter by a bar or a range of bars. No drawing here
// (timeline.js draws).

import { formatDate } from './format.js';
import { uiLocale } from './i18n.js';

/** The most years the chart fills with zero bars; a wider span shows only the years with matches. */
const MAX_YEARS = 200;

/** Returns the year whose months the chart shows, or '' for the years view: a filter within one year opens it, so the chart shows where in it the matches fall. */
export function monthsYear(state) {
  if (/^\d{4}/.test(state.date)) return state.date.slice(0, 4);
  // A range within one year, at least one end a month or a day: the months it was chosen from.
  if (state.from && state.to && state.from.slice(0, 4) === state.to.slice(0, 4) && Math.max(state.from.length, state.to.length) >= 7) {
    return state.from.slice(0, 4);
  }
  return '';
}

/** Returns the bars of the view (every year from the first to the last with matches, or a year's 12 months), zero-filled so that gaps in time show. */
export function barsOf(years, state) {
  const year = monthsYear(state);
  if (year) {
    const months = years.find((y) => y.value === year)?.children ?? [];
    return Array.from({ length: 12 }, (_, i) => {
      const value = `${year}-${String(i + 1).padStart(2, '0')}`;
      const count = months.find((m) => m.value === value)?.count ?? 0;
      return { value, label: shortMonth(i + 1), name: formatDate(value), count };
    });
  }

  const counts = new Map(years.map((y) => [y.value, y.count]));
  const numbers = years.map((y) => Number(y.value));
  const first = Math.min(...numbers);
  const last = Math.max(...numbers);
  const values = last - first < MAX_YEARS
    ? Array.from({ length: last - first + 1 }, (_, i) => String(first + i))
    : [...counts.keys()].sort();
  return values.map((value) => ({ value, label: value, name: value, count: counts.get(value) ?? 0 }));
}

/** Returns whether a bar is the date filter or inside its range (from/to, either end open), so the chart marks what filters the results. */
export function isSelected(bar, state) {
  if (state.date) return state.date === bar.value || (bar.value.length === 7 && state.date.startsWith(`${bar.value}-`));
  if (!state.from && !state.to) return false;
  const precision = bar.value.length;
  const from = state.from ? state.from.slice(0, precision) : '';
  const to = state.to ? state.to.slice(0, precision) : '';
  // A year end ("2022") against a month bar: from covers its first month, to its last.
  const low = from.length < precision ? `${from}-01` : from;
  const high = to.length < precision ? `${to}-12` : to;
  return (!state.from || bar.value >= low) && (!state.to || bar.value <= high);
}

/** Returns the changes that filter by one bar; the month filtered by already goes back to its year, as a toggle does. */
export function barChanges(bar, state) {
  const date = state.date === bar.value && bar.value.length === 7 ? bar.value.slice(0, 4) : bar.value;
  return { date, from: '', to: '' };
}

/** Returns the changes that filter by the bars from index a to index b (either order), so a drag or Shift+arrows filter by a range; null for one bar. */
export function rangeChanges(bars, a, b) {
  const [low, high] = a <= b ? [a, b] : [b, a];
  if (low === high) return null;
  return { date: '', from: bars[low].value, to: bars[high].value };
}

function shortMonth(month) {
  return new Intl.DateTimeFormat(uiLocale(), { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
}
