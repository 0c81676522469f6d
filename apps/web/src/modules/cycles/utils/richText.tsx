import { createElement } from 'react';
import type { ReactNode } from 'react';

/** Tags kept when showing a deliverable; anything else shows only its text. No attributes are ever kept. */
const KEPT = new Set(['h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'br', 'blockquote', 'code', 'pre']);
/** Whose text is not content at all. */
const DROPPED = new Set(['script', 'style', 'template', 'iframe', 'object', 'noscript']);

function convert(node: Node, key: string): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const tag = (node as Element).tagName.toLowerCase();
  if (DROPPED.has(tag)) return null;
  const children = [...node.childNodes].map((child, i) => convert(child, `${key}.${i}`));
  if (!KEPT.has(tag)) return children;
  return createElement(tag, { key }, ...(tag === 'br' ? [] : children));
}

/**
 * A deliverable's body, stored as written (HTML, markdown or plain text), as
 * React elements. The text is parsed into an inert document (DOMParser runs
 * no scripts and loads nothing) and rebuilt from a few formatting tags with
 * no attributes, so no link, handler or style of the writer's reaches the page.
 */
export function richTextToReact(body: string): ReactNode {
  if (!/<[a-z!/]/i.test(body)) {
    return body.split(/\n{2,}/).map((paragraph, i) => <p key={i} style={{ whiteSpace: 'pre-wrap' }}>{paragraph}</p>);
  }
  const doc = new DOMParser().parseFromString(body, 'text/html');
  return [...doc.body.childNodes].map((child, i) => convert(child, String(i)));
}
