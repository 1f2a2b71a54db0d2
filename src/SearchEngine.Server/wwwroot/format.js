// How values read in the page: dates, languages, counts and times.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const LANGUAGES = { da: 'Danish', nl: 'Dutch' };

/** Returns a language's English name ("da" -> "Danish"), or the code itself. */
export function languageName(code) {
  return LANGUAGES[code] ?? code;
}

/** Returns the name of a YYYY-MM month's month ("2022-03" -> "March"). */
export function monthName(value) {
  const month = Number.parseInt(String(value).slice(5, 7), 10);
  return MONTHS[month - 1] ?? value;
}

/** Returns a YYYY, YYYY-MM or YYYY-MM-DD date as words ("2022-03-03" -> "3 March 2022"); null -> "Undated". */
export function formatDate(value) {
  if (!value) return 'Undated';
  const [year, month, day] = String(value).split('-');
  const monthText = month ? MONTHS[Number.parseInt(month, 10) - 1] : null;
  if (!monthText) return year;
  return day ? `${Number.parseInt(day, 10)} ${monthText} ${year}` : `${monthText} ${year}`;
}

/** Returns a count with thousands separators ("12345" -> "12,345"). */
export function formatCount(count) {
  return Number(count).toLocaleString('en-US');
}

/** Returns a server time in milliseconds as a short text ("0.42 ms", "12 ms"). */
export function formatTook(ms) {
  const value = Number(ms);
  if (!Number.isFinite(value)) return '';
  return value < 10 ? `${value.toFixed(2)} ms` : `${Math.round(value)} ms`;
}

/** Returns "1 article" or "N articles". */
export function articles(count) {
  return count === 1 ? '1 article' : `${formatCount(count)} articles`;
}
