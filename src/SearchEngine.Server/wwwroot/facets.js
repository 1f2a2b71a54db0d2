// The facet sidebar: date (years that open into months), persons, organizations and language, each value a toggle
// button with its count. Counts are drill-sideways: a facet is counted under every filter but its own, so its other
// values stay visible and can be added.

import { h, replaceChildren } from './dom.js';
import { articles, formatCount, languageName, monthName } from './format.js';
import { text } from './i18n.js';
import { EXCLUDABLE } from './state.js';

/** How many values of a facet a search answers with; a list that long may have more, and offers "Show more". */
export const FACET_TOP = 10;

/**
 * Renders the sidebar.
 * @param {object} facets the response's facets, or null before the first answer
 * @param {object} state the current state
 * @param {object} ui what the page remembers beside the URL: expandedYears (Set), suggestions and more per facet
 * @param {object} actions toggleValue(facet, value), toggleExclusion(facet, value), toggleMore(facet), setDate(value),
 *   setLang(value), toggleYear(year)
 */
export function renderFacets(facets, state, ui, actions) {
  if (!facets) {
    // Nothing counted yet (the first search failed or has not answered): no "none match" messages either.
    for (const id of ['facet-date', 'facet-person', 'facet-organization', 'facet-lang']) replaceChildren(document.getElementById(id));
    return;
  }

  renderDates(document.getElementById('facet-date'), facets.date ?? [], state, ui, actions);
  for (const facet of ['person', 'organization']) {
    renderValues(facet, facets[facet] ?? [], state, ui.suggestions[facet], ui.more?.[facet] ?? null, actions);
  }
  renderLanguages(document.getElementById('facet-lang'), facets.lang ?? [], state, actions);
}

function renderDates(list, years, state, ui, actions) {
  const selectedYear = state.date.slice(0, 4);
  const items = years.map((year) => {
    const expanded = ui.expandedYears.has(year.value) || (state.date.length === 7 && selectedYear === year.value);
    const monthsId = `months-${year.value}`;
    const months = year.children ?? [];
    return h('li', { className: 'tree-item' },
      h('div', { className: 'tree-row' },
        h('button', {
          type: 'button',
          className: 'expander',
          'aria-expanded': String(expanded),
          'aria-controls': monthsId,
          'aria-label': text(expanded ? 'months.hide' : 'months.show', { year: year.value }),
          disabled: months.length === 0,
          dataset: { key: `expand:${year.value}` },
          on: { click: () => actions.toggleYear(year.value) },
        }, h('span', { 'aria-hidden': 'true' }, '▸')),
        valueButton({
          key: `date:${year.value}`,
          label: year.value,
          count: year.count,
          pressed: state.date === year.value,
          onClick: () => actions.setDate(state.date === year.value ? '' : year.value),
        })),
      h('ul', { className: 'facet-values months', id: monthsId, hidden: !expanded, 'aria-label': text('months.of', { year: year.value }) },
        months.map((month) => h('li', {},
          valueButton({
            key: `date:${month.value}`,
            label: monthName(month.value),
            accessibleLabel: `${monthName(month.value)} ${year.value}`,
            count: month.count,
            pressed: state.date === month.value,
            onClick: () => actions.setDate(state.date === month.value ? '' : month.value),
          })))));
  });
  replaceChildren(list, items.length > 0 ? items : emptyItem(text('facet.noDates')));
}

function renderValues(facet, values, state, suggestion, more, actions) {
  const list = document.getElementById(`facet-${facet}`);
  const note = document.getElementById(`facet-${facet}-note`);
  const selected = state[facet];
  const excluded = state[EXCLUDABLE[facet]];
  const typing = Boolean(suggestion && suggestion.prefix.trim() !== '');
  let shown;
  if (typing) {
    // Type-ahead: values within the current search, with their counts there.
    shown = suggestion.values;
    note.hidden = false;
    note.textContent = suggestion.loading
      ? text('facet.searching')
      : shown.length === 0
        ? text('facet.noneStarts', { prefix: suggestion.prefix.trim() })
        : text(isWholeIndex(state) ? 'facet.matchesAll' : 'facet.matchesSearch');
  } else {
    // Selected values first, so a ticked one is never lost below the top ten; then the excluded ones (the search
    // counts them nowhere), so they can be let in again where they were left out.
    const counted = more?.values ?? values;
    shown = [
      ...selected.map((value) => counted.find((v) => v.value === value) ?? values.find((v) => v.value === value) ?? { value, count: 0 }),
      ...excluded.map((value) => ({ value, count: null })),
      ...counted.filter((v) => !selected.includes(v.value) && !excluded.includes(v.value)),
    ];
    note.hidden = !more?.failed;
    note.textContent = more?.failed ? text('facet.moreFailed') : '';
  }

  const items = shown.map((value) => h('li', { className: excluded.includes(value.value) ? 'facet-row excluded' : 'facet-row' },
    valueButton({
      key: `${facet}:${value.value}`,
      label: value.value,
      count: value.count,
      pressed: selected.includes(value.value),
      onClick: () => actions.toggleValue(facet, value.value),
    }),
    excludeButton(facet, value.value, excluded.includes(value.value), actions)));
  const empty = typing ? [] : emptyItem(text(facet === 'person' ? 'facet.noPersons' : 'facet.noOrganizations'));
  replaceChildren(list, items.length > 0 ? items : empty);
  renderMoreButton(list, facet, !typing && (more !== null || values.length >= FACET_TOP), more, actions);
}

/** The "not" beside a person or organization: excludes the articles naming it, or lets them in again. */
function excludeButton(facet, value, excluded, actions) {
  const label = text(excluded ? 'exclude.undo' : 'exclude.label', { value });
  return h('button', {
    type: 'button',
    className: 'facet-exclude',
    'aria-pressed': String(excluded),
    'aria-label': label,
    title: label,
    dataset: { key: `exclude:${facet}:${value}` },
    on: { click: () => actions.toggleExclusion(facet, value) },
  }, text('exclude.not'));
}

/** "Show more" under a list of the top ten (up to a hundred values within the search), "Show fewer" under the longer list. */
function renderMoreButton(list, facet, offered, more, actions) {
  const id = `facet-${facet}-more`;
  let button = document.getElementById(id);
  if (!button) {
    button = h('button', {
      type: 'button',
      id,
      className: 'button link facet-more',
      'aria-controls': list.id,
      dataset: { key: `more:${facet}` },
      on: { click: () => actions.toggleMore(facet) },
    });
    list.after(button);
  }
  button.hidden = !offered;
  button.setAttribute('aria-expanded', String(more !== null));
  button.setAttribute('aria-busy', String(Boolean(more?.loading)));
  button.textContent = text(more === null ? 'facet.showMore' : more.loading ? 'facet.searching' : 'facet.showFewer');
  // Two such buttons share the sidebar: each names its facet.
  button.setAttribute('aria-label', more?.loading ? text('facet.searching') : text(`${more === null ? 'facet.moreOf' : 'facet.fewerOf'}.${facet}`));
}

function renderLanguages(list, values, state, actions) {
  const shown = state.lang && !values.some((v) => v.value === state.lang)
    ? [{ value: state.lang, count: 0 }, ...values]
    : values;
  const items = shown.map((value) => h('li', {},
    valueButton({
      key: `lang:${value.value}`,
      label: languageName(value.value),
      count: value.count,
      pressed: state.lang === value.value,
      onClick: () => actions.setLang(state.lang === value.value ? '' : value.value),
    })));
  replaceChildren(list, items.length > 0 ? items : emptyItem(text('facet.noArticles')));
}

/** A value's toggle button; a count of null is an excluded value, which the search does not count. */
function valueButton({ key, label, accessibleLabel, count, pressed, onClick }) {
  return h('button', {
    type: 'button',
    className: 'facet-value',
    'aria-pressed': String(pressed),
    'aria-label': count === null
      ? text('facet.excludedValue', { label: accessibleLabel ?? label })
      : text('facet.value', { label: accessibleLabel ?? label, count: articles(count) }),
    title: label,
    dataset: { key: `facet:${key}` },
    on: { click: onClick },
  },
  h('span', { className: 'check', 'aria-hidden': 'true' }),
  h('span', { className: 'facet-label' }, label),
  h('span', { className: 'facet-count', 'aria-hidden': 'true' }, count === null ? '' : formatCount(count)));
}

/** Returns whether a state searches every article (no query, no filter), where the type-ahead counts over all of them. */
function isWholeIndex(state) {
  return state.q.trim() === '' && !state.lang && !state.date && !state.from && !state.to
    && [...Object.keys(EXCLUDABLE), ...Object.values(EXCLUDABLE)].every((key) => state[key].length === 0);
}

function emptyItem(message) {
  return [h('li', { className: 'facet-empty' }, message)];
}
