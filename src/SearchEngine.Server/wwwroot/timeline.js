// The timeline above the results: an SVG bar chart of the matching articles per year, or per month of one year
// when the date filter is that year or a month of it. Its counts are the date facet's (drill-sideways: every filter
// but the date's own), so the other years and months stay visible and can be chosen. A click or Enter filters by a
// bar, a drag or Shift+arrows then Enter by a range of bars; the chart is one tab stop, arrows move between bars.

import { articles, formatCount } from './format.js';
import { text } from './i18n.js';
import { barChanges, barsOf, isSelected, monthsYear, rangeChanges } from './timeline-bars.js';

const SVG = 'http://www.w3.org/2000/svg';

/** The widest a bar's slot gets: a few years do not stretch across the whole column. */
const MAX_SLOT = 72;

/** The room a label needs (a year, a short month name), for thinning the labels of narrow bars. */
const LABEL_WIDTH = 34;

/** Below this chart width the chart is drawn lower (a phone). */
const NARROW = 500;

/** What the chart remembers between renders. */
const chart = {
  /** The last render's arguments, to redraw on a resize or a pending range. */
  last: null,
  /** The bars drawn: { value, label, name, count }. */
  bars: [],
  /** The value of the bar that holds the tab stop. */
  focusValue: null,
  /** The index a keyboard range (Shift+arrows) started from, or null. */
  anchor: null,
  /** The pointer drag under way: { pointerId, start, end, captured }, or null. */
  drag: null,
  /** Whether the click after a drag is swallowed (the drag has filtered already). */
  swallowClick: false,
  /** Whether the section's listeners are attached. */
  wired: false,
};

/**
 * Renders the timeline for a search answer (null: none yet, or it failed), so the dates of the matches can be seen
 * and chosen at a glance; hidden when no match has a date.
 * @param {object|null} response the /api/search answer
 * @param {object} state the current state
 * @param {object} actions change(changes): a new state with the changes (the facets' own)
 */
export function renderTimeline(response, state, actions) {
  const section = document.getElementById('timeline');
  const years = (response?.facets?.date ?? []).filter((year) => /^\d{4}$/.test(year.value));
  if (!response || !years.some((year) => year.count > 0)) {
    section.hidden = true;
    chart.last = null;
    chart.anchor = null;
    chart.drag = null;
    return;
  }

  chart.last = { years, state, actions };
  if (!chart.wired) wire(section);
  const hadFocus = section.contains(document.activeElement);
  section.hidden = false;
  draw();
  if (hadFocus && !visiblyFocused(section)) focusBar(tabStop());
}

// --- Drawing ----------------------------------------------------------------------------------------------------

/** Draws the heading, the summary and the bars of the last render. */
function draw() {
  const { years, state } = chart.last;
  const year = monthsYear(state);
  const bars = barsOf(years, state);
  chart.bars = bars;
  if (!bars.some((bar) => bar.value === chart.focusValue)) chart.focusValue = null;

  document.getElementById('timeline-title').textContent = year ? text('timeline.months', { year }) : text('timeline.years');
  const back = document.getElementById('timeline-back');
  back.hidden = !year;
  back.textContent = text('timeline.allYears');
  document.getElementById('timeline-summary').textContent = summary(bars, year);
  document.getElementById('timeline-keys').textContent = text('timeline.keys');

  const holder = document.getElementById('timeline-chart');
  const width = Math.max(120, holder.clientWidth || 600);
  const slot = Math.min(MAX_SLOT, width / bars.length);
  const height = width < NARROW ? 130 : 160;
  const top = 18;
  const labels = 22;
  const plot = height - top - labels;
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const every = Math.max(1, Math.ceil(LABEL_WIDTH / slot));
  const gap = Math.max(2, slot * 0.22);
  const chartWidth = Math.ceil(slot * bars.length);

  const svg = svgElement('svg', {
    class: 'timeline-svg',
    width: chartWidth,
    height,
    viewBox: `0 0 ${chartWidth} ${height}`,
    role: 'group',
    'aria-labelledby': 'timeline-title',
    'aria-describedby': 'timeline-summary timeline-keys',
  });
  svg.append(svgElement('line', { class: 'timeline-axis', x1: 0, x2: chartWidth, y1: top + plot + 0.5, y2: top + plot + 0.5, 'aria-hidden': 'true' }));

  const stop = tabStop();
  const labelled = labelledBars(bars, every, state);
  bars.forEach((bar, index) => {
    const x = index * slot;
    const barHeight = bar.count > 0 ? Math.max(2, Math.round((bar.count / max) * plot)) : 0;
    const name = text('timeline.bar', { label: bar.name, count: articles(bar.count) });
    const selected = isSelected(bar, state);
    const group = svgElement('g', {
      class: `timeline-bar${bar.count === 0 ? ' empty' : ''}`,
      role: 'button',
      tabindex: index === stop ? 0 : -1,
      'aria-label': name,
      'aria-pressed': String(selected),
      'data-index': index,
      'data-value': bar.value,
    });
    const title = svgElement('title', {});
    title.textContent = name;
    group.append(
      title,
      svgElement('rect', { class: 'timeline-hit', x, y: 0, width: slot, height: top + plot }),
      svgElement('rect', { class: 'timeline-ring', x: x + 1, y: 1, width: Math.max(0, slot - 2), height: top + plot - 1, rx: 4 }),
      svgElement('rect', { class: 'timeline-fill', x: x + gap / 2, y: top + plot - barHeight, width: Math.max(1, slot - gap), height: barHeight, rx: Math.min(3, (slot - gap) / 4) }));
    const count = svgElement('text', { class: 'timeline-count', x: x + slot / 2, y: top + plot - barHeight - 4, 'text-anchor': 'middle', 'aria-hidden': 'true' });
    count.textContent = formatCount(bar.count);
    group.append(count);
    if (labelled.has(index)) {
      const label = svgElement('text', { class: 'timeline-label', x: x + slot / 2, y: height - 6, 'text-anchor': 'middle', 'aria-hidden': 'true' });
      label.textContent = bar.label;
      group.append(label);
    }
    svg.append(group);
  });

  holder.replaceChildren(svg);
  showPending();
}

/** Returns the indexes of the bars whose label shows: every few when they are narrow, and the first chosen one always. */
function labelledBars(bars, every, state) {
  const shown = new Set(bars.map((_, index) => index).filter((index) => index % every === 0));
  const chosen = bars.findIndex((bar) => isSelected(bar, state));
  if (every > 1 && chosen >= 0 && !shown.has(chosen)) {
    for (const index of [...shown]) {
      if (Math.abs(index - chosen) < every) shown.delete(index);
    }
    shown.add(chosen);
  }
  return shown;
}

/** Returns the summary a screen reader hears with the chart: the total, the span and the busiest bar. */
function summary(bars, year) {
  const total = bars.reduce((sum, bar) => sum + bar.count, 0);
  const peak = bars.reduce((best, bar) => (bar.count > best.count ? bar : best), bars[0]);
  if (year) {
    return total === 0
      ? text('timeline.summaryNone', { year })
      : text('timeline.summaryMonths', { count: articles(total), year, peak: peak.name, peakCount: formatCount(peak.count) });
  }
  const dated = bars.filter((bar) => bar.count > 0);
  const first = dated[0].name;
  const last = dated[dated.length - 1].name;
  return first === last
    ? text('timeline.summaryOne', { count: articles(total), first })
    : text('timeline.summary', { count: articles(total), first, last, peak: peak.name, peakCount: formatCount(peak.count) });
}

/** Marks the bars of the range being chosen (a drag, or Shift+arrows) and says it in the live line. */
function showPending() {
  const range = pendingRange();
  const line = document.getElementById('timeline-range');
  for (const group of document.querySelectorAll('#timeline-chart .timeline-bar')) {
    const index = Number(group.dataset.index);
    group.classList.toggle('pending', range !== null && index >= range[0] && index <= range[1]);
  }
  document.getElementById('timeline').classList.toggle('choosing', range !== null);
  if (range === null) {
    line.textContent = '';
    return;
  }
  const [low, high] = range;
  const count = chart.bars.slice(low, high + 1).reduce((sum, bar) => sum + bar.count, 0);
  const said = text('timeline.range', { first: chart.bars[low].name, last: chart.bars[high].name, count: articles(count) });
  line.textContent = chart.drag ? said : `${said} ${text('timeline.rangeKeys')}`;
}

/** Returns the [low, high] indexes of the range being chosen, or null. */
function pendingRange() {
  const ends = chart.drag ? [chart.drag.start, chart.drag.end] : chart.anchor !== null ? [chart.anchor, focusedIndex()] : null;
  if (!ends || ends[0] === ends[1] || ends[1] < 0) return null;
  return [Math.min(...ends), Math.max(...ends)];
}

function svgElement(tag, attrs) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  return element;
}

// --- Focus ------------------------------------------------------------------------------------------------------

/** Returns the index of the bar that holds the tab stop: the one last focused, else the first selected, else the first with matches. */
function tabStop() {
  const { state } = chart.last;
  const remembered = chart.bars.findIndex((bar) => bar.value === chart.focusValue);
  if (remembered >= 0) return remembered;
  const selected = chart.bars.findIndex((bar) => isSelected(bar, state));
  if (selected >= 0) return selected;
  return Math.max(0, chart.bars.findIndex((bar) => bar.count > 0));
}

function barElements() {
  return [...document.querySelectorAll('#timeline-chart .timeline-bar')];
}

function focusedIndex() {
  const index = barElements().indexOf(document.activeElement);
  return index >= 0 ? index : tabStop();
}

/** Moves the tab stop and focus to a bar. */
function focusBar(index) {
  const elements = barElements();
  if (elements.length === 0) return;
  const target = elements[Math.max(0, Math.min(index, elements.length - 1))];
  for (const element of elements) element.setAttribute('tabindex', element === target ? '0' : '-1');
  chart.focusValue = target.dataset.value;
  target.focus();
}

function visiblyFocused(section) {
  const active = document.activeElement;
  return section.contains(active) && !active.closest('[hidden]');
}

// --- Interaction ------------------------------------------------------------------------------------------------

function wire(section) {
  chart.wired = true;
  const holder = document.getElementById('timeline-chart');

  document.getElementById('timeline-back').addEventListener('click', () => {
    // Back in the years view, focus lands on the year whose months were shown.
    chart.focusValue = monthsYear(chart.last.state) || null;
    chart.anchor = null;
    chart.last.actions.change({ date: '', from: '', to: '' });
  });

  holder.addEventListener('click', (event) => {
    if (chart.swallowClick) {
      chart.swallowClick = false;
      return;
    }
    const group = event.target.closest?.('.timeline-bar');
    if (group) choose(Number(group.dataset.index));
  });

  holder.addEventListener('focusin', (event) => {
    const group = event.target.closest?.('.timeline-bar');
    if (group) chart.focusValue = group.dataset.value;
  });

  holder.addEventListener('focusout', (event) => {
    // Leaving the chart drops a range half chosen by keyboard.
    if (chart.anchor !== null && !holder.contains(event.relatedTarget)) {
      chart.anchor = null;
      showPending();
    }
  });

  holder.addEventListener('keydown', onKey);

  holder.addEventListener('pointerdown', (event) => {
    chart.swallowClick = false;
    const group = event.target.closest?.('.timeline-bar');
    if (!group || event.button !== 0 || !event.isPrimary) return;
    const index = Number(group.dataset.index);
    chart.anchor = null;
    chart.drag = { pointerId: event.pointerId, start: index, end: index, captured: false };
  });

  holder.addEventListener('pointermove', (event) => {
    const drag = chart.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    const index = indexAt(event.clientX);
    if (index === drag.end) return;
    if (!drag.captured) {
      // Captured only once the pointer leaves its first bar, so a plain click keeps its bar as the target.
      holder.setPointerCapture(event.pointerId);
      drag.captured = true;
    }
    drag.end = index;
    showPending();
  });

  holder.addEventListener('pointerup', (event) => {
    const drag = chart.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    chart.drag = null;
    const changes = rangeChanges(chart.bars, drag.start, drag.end);
    if (!changes) {
      showPending();
      return;
    }
    chart.swallowClick = true;
    window.setTimeout(() => { chart.swallowClick = false; }, 0);
    chart.focusValue = chart.bars[Math.min(drag.start, drag.end)].value;
    chart.last.actions.change(changes);
  });

  holder.addEventListener('pointercancel', () => {
    chart.drag = null;
    showPending();
  });

  // The bars are as wide as the column allows: drawn again when it changes width.
  let width = holder.clientWidth;
  new ResizeObserver(() => {
    if (holder.clientWidth === width || !chart.last || section.hidden) return;
    width = holder.clientWidth;
    const hadFocus = holder.contains(document.activeElement);
    draw();
    if (hadFocus) focusBar(tabStop());
  }).observe(holder);
}

/** Filters by one bar (a click, Enter or Space). */
function choose(index) {
  const bar = chart.bars[index];
  if (!bar) return;
  chart.anchor = null;
  chart.focusValue = null;
  chart.last.actions.change(barChanges(bar, chart.last.state));
}

function onKey(event) {
  const group = event.target.closest?.('.timeline-bar');
  if (!group || event.altKey || event.ctrlKey || event.metaKey) return;
  const index = Number(group.dataset.index);
  const lastIndex = chart.bars.length - 1;
  const moves = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: lastIndex };
  if (event.key in moves) {
    event.preventDefault();
    if (event.shiftKey) {
      if (chart.anchor === null) chart.anchor = index;
    } else {
      chart.anchor = null;
    }
    focusBar(Math.max(0, Math.min(moves[event.key], lastIndex)));
    showPending();
  } else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    const changes = chart.anchor !== null ? rangeChanges(chart.bars, chart.anchor, index) : null;
    if (changes) {
      chart.anchor = null;
      chart.focusValue = chart.bars[index].value;
      chart.last.actions.change(changes);
    } else {
      choose(index);
    }
  } else if (event.key === 'Escape' && chart.anchor !== null) {
    event.preventDefault();
    chart.anchor = null;
    showPending();
  }
}

/** Returns the index of the bar under a pointer's x, clamped to the chart. */
function indexAt(clientX) {
  const svg = document.querySelector('#timeline-chart svg');
  const box = svg.getBoundingClientRect();
  const index = Math.floor(((clientX - box.left) / box.width) * chart.bars.length);
  return Math.max(0, Math.min(index, chart.bars.length - 1));
}
