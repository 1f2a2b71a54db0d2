// The server's JSON API, as the pages use it. Every URL is relative to this module, which sits beside index.html, so
// the front end works under any path the server is mounted at, and from the article page one level down.

import { text } from './i18n.js';
import { toApiParams, toFacetParams } from './state.js';

/** A failed API call: the problem+json the server answered, or a network failure (status 0). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || text('api.answered', { status }));
    this.name = 'ApiError';
    this.status = status;
    this.title = problem.title || '';
    this.detail = problem.detail || '';
    /** Messages keyed by the parameter at fault, e.g. { q: ["..."] }. */
    this.errors = problem.errors || {};
    /** For a query that does not parse: where in it, and how many characters. */
    this.position = Number.isInteger(problem.position) ? problem.position : null;
    this.length = Number.isInteger(problem.length) ? problem.length : 0;
  }
}

/** Runs a search: GET api/search with the state's parameters (the page counts from 1). */
export function search(state, signal) {
  const params = toApiParams(state);
  return getJson(`api/search?${params}`, signal);
}

/**
 * Finds the values of the person or organization facet starting with a prefix (the type-ahead; '' for the most
 * frequent, "show more"), counted within the state's search.
 */
export function findFacetValues(facet, prefix, limit, state, signal) {
  const params = toFacetParams(state);
  params.set('prefix', prefix);
  params.set('limit', String(limit));
  return getJson(`api/facets/${encodeURIComponent(facet)}?${params}`, signal);
}

/** Reads one whole article; with a query, its title and body come highlighted too (titleHtml, bodyHtml). */
export function getArticle(id, query, signal) {
  const params = new URLSearchParams();
  if (query && query.trim() !== '') params.set('q', query);
  const search = params.toString();
  return getJson(`api/articles/${encodeURIComponent(id)}${search === '' ? '' : `?${search}`}`, signal);
}

async function getJson(url, signal) {
  let response;
  try {
    response = await fetch(new URL(url, import.meta.url), { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, { title: text('api.unreachable'), detail: text('api.checkConnection') });
  }

  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }

  if (!response.ok) {
    const problem = body && typeof body === 'object' ? body : {};
    if (!problem.title) {
      problem.title = response.status === 429 ? text('api.tooMany') : text('api.answered', { status: response.status });
    }
    throw new ApiError(response.status, problem);
  }

  if (body === null) {
    throw new ApiError(response.status, { title: text('api.notJson') });
  }

  return body;
}
