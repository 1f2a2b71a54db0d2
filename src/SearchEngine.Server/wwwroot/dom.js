// Building DOM without string HTML: every text goes in as text. The one exception, the server's highlighted title
// and snippets, goes through highlighted(), which keeps only text and <mark>.

/**
 * Returns a new element. attrs: attributes (false/null/undefined are left out, true is an empty attribute), with
 * `on` holding event listeners and `dataset` data attributes; children: nodes, strings (as text), arrays, or
 * nothing (null, undefined, false).
 */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'on') {
      for (const [event, listener] of Object.entries(value)) element.addEventListener(event, listener);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (name === 'className') {
      element.className = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.append(child instanceof Node ? child : String(child));
  }
}

/**
 * Returns the nodes of an HTML fragment from the server's highlighter (text escaped, matches in <mark>): parsed
 * inert, then rebuilt from its text and <mark> elements only, so nothing else it might hold can reach the page.
 */
export function highlighted(html) {
  const template = document.createElement('template');
  template.innerHTML = String(html ?? '');
  const fragment = document.createDocumentFragment();
  copyMarks(template.content, fragment);
  return fragment;
}

function copyMarks(from, to) {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.append(node.data);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      if (node.localName === 'mark') {
        const mark = document.createElement('mark');
        copyMarks(node, mark);
        to.append(mark);
      } else {
        copyMarks(node, to);
      }
    }
  }
}

/** Replaces the children of an element. */
export function replaceChildren(element, ...children) {
  element.replaceChildren();
  append(element, children);
}
