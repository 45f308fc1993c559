import { Fragment, type ReactNode } from 'react';
import { Lexer, type Token, type Tokens } from 'marked';

// Markdown the agency typed, turned into React elements from marked's tokens: React escapes every
// text, so no HTML the admin writes (`<script>`, `<img onerror>`) ever reaches the page as HTML —
// raw HTML is shown as the text it is. Links keep only http(s), mailto, tel and site-relative
// targets; images are shown as their alt text (a legal page needs none, and none can track).

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };

/** marked keeps entities typed as `&amp;` in its text; React would show them literally. */
function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** A link target a visitor may follow, or null (javascript:, data:, vbscript:, protocol-relative…). */
export function safeHref(href: string): string | null {
  const trimmed = href.trim();
  if (/^\/(?!\/)/.test(trimmed) || trimmed.startsWith('#')) return trimmed;
  try {
    const url = new URL(trimmed);
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function inline(tokens: Token[] | undefined): ReactNode {
  return (tokens ?? []).map((token, i) => <Fragment key={i}>{inlineToken(token)}</Fragment>);
}

function inlineToken(token: Token): ReactNode {
  switch (token.type) {
    case 'strong':
      return <strong>{inline(token.tokens)}</strong>;
    case 'em':
      return <em>{inline(token.tokens)}</em>;
    case 'del':
      return <del>{inline(token.tokens)}</del>;
    case 'codespan':
      return <code className="rounded bg-muted/10 px-1">{decode(token.text)}</code>;
    case 'br':
      return <br />;
    case 'link': {
      const href = safeHref((token as Tokens.Link).href);
      if (!href) return inline(token.tokens);
      const external = /^https?:/.test(href);
      return (
        <a href={href} className="text-brand-700 underline" {...(external ? { rel: 'noopener noreferrer nofollow' } : {})}>
          {inline(token.tokens)}
        </a>
      );
    }
    case 'image':
      return decode((token as Tokens.Image).text);
    case 'text':
      return 'tokens' in token && token.tokens ? inline(token.tokens) : decode(token.text);
    default:
      // html, escape and anything newer: its own text, escaped by React.
      return 'text' in token && typeof token.text === 'string' ? decode(token.text) : null;
  }
}

const HEADING_CLASS: Record<number, string> = {
  2: 'text-xl font-semibold',
  3: 'text-lg font-semibold',
};

function block(token: Token, key: number): ReactNode {
  switch (token.type) {
    case 'space':
    case 'def':
      return null;
    case 'heading': {
      // The page's own <h1> is its title: a `#` in the text is a section (h2), like `##`.
      const depth = Math.max(2, (token as Tokens.Heading).depth);
      const Tag = `h${depth}` as 'h2';
      return (
        <Tag key={key} className={HEADING_CLASS[depth] ?? 'font-semibold'}>
          {inline(token.tokens)}
        </Tag>
      );
    }
    case 'paragraph':
      return <p key={key}>{inline(token.tokens)}</p>;
    case 'blockquote':
      return (
        <blockquote key={key} className="border-l-4 border-brand-200 pl-4 text-muted">
          {blocks(token.tokens)}
        </blockquote>
      );
    case 'list': {
      const list = token as Tokens.List;
      const items = list.items.map((item, i) => <li key={i}>{list.loose ? blocks(item.tokens) : inline(item.tokens)}</li>);
      return list.ordered ? (
        <ol key={key} className="list-decimal space-y-1 pl-6" start={typeof list.start === 'number' ? list.start : undefined}>
          {items}
        </ol>
      ) : (
        <ul key={key} className="list-disc space-y-1 pl-6">
          {items}
        </ul>
      );
    }
    case 'code':
      return (
        <pre key={key} className="overflow-x-auto rounded-lg bg-muted/10 p-3 text-sm">
          {token.text}
        </pre>
      );
    case 'hr':
      return <hr key={key} className="border-border" />;
    case 'table': {
      const table = token as Tokens.Table;
      return (
        <div key={key} className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                {table.header.map((cell, i) => (
                  <th key={i} className="border-b p-2 font-semibold">
                    {inline(cell.tokens)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td key={i} className="border-b p-2">
                      {inline(cell.tokens)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
    default:
      // Block html and text: shown as text, never as markup.
      return 'text' in token && typeof token.text === 'string' ? <p key={key}>{decode(token.text)}</p> : null;
  }
}

function blocks(tokens: Token[] | undefined): ReactNode {
  return (tokens ?? []).map((token, i) => block(token, i));
}

/** The agency's Markdown as safe React elements (see the top of this file). */
export function Markdown({ source }: { source: string }) {
  return <div className="space-y-4">{blocks(new Lexer({ gfm: true }).lex(source))}</div>;
}
