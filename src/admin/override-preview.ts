import { createElement as h, Fragment, useEffect, useState, type ReactNode } from 'react';

/**
 * An override file beside what it changes: for each list, the items its owner inherits (O*NET's
 * defaults, or for a role its occupation's lists) and the file's own items. With `mode: replace` the
 * inherited items are struck through: the page no longer shows them. Deleting the entry restores them.
 */

type ImmutableLike = { get: (key: string) => unknown; getIn: (path: (string | number)[]) => unknown };
type InheritedItem = { text: string; category: string | null; source: string };
type Lists = Record<ListName, InheritedItem[]>;
type ListName = 'responsibilities' | 'tasks' | 'tools';

const LISTS: [ListName, string][] = [['responsibilities', 'Responsibilities'], ['tasks', 'Tasks'], ['tools', 'Tools and technology']];

let loading: Promise<Record<string, Lists>> | undefined;
const loadInherited = () => (loading ??= fetch('/admin/inherited.json').then((r) => r.json() as Promise<Record<string, Lists>>));

type Own = { mode: string; items: string[] } | null;

function ownItems(entry: ImmutableLike, list: ListName): Own {
  const mode = entry.getIn(['data', list, 'mode']);
  const items = entry.getIn(['data', list, 'items']) as { toJS?: () => unknown[] } | undefined;
  if (typeof mode !== 'string') return null;
  const values = items?.toJS?.() ?? [];
  return { mode, items: values.map((v) => (typeof v === 'string' ? v : String((v as { name?: unknown }).name ?? ''))) };
}

function listSection(title: string, inherited: InheritedItem[], own: Own): ReactNode {
  const replaced = own?.mode === 'replace';
  return h(
    'section',
    { key: title, className: 'sec' },
    h('h2', null, title),
    !own && h('p', { className: 'muted' }, 'Unchanged: the page shows the inherited items.'),
    h('h3', null, replaced ? 'Inherited, hidden by mode: replace' : 'Inherited'),
    inherited.length
      ? h('ul', null, inherited.map((item, i) => h('li', { key: i, style: replaced ? { textDecoration: 'line-through', opacity: 0.6 } : undefined }, item.text, item.category && ` (${item.category})`, ' ', h('span', { className: 'muted text-sm' }, `· ${item.source}`))))
      : h('p', { className: 'muted' }, 'None.'),
    own && h(Fragment, null, h('h3', null, `This file's items (mode: ${own.mode})`), h('ul', null, own.items.map((text, i) => h('li', { key: i }, text)))),
  );
}

export function OverridePreview({ entry }: { entry: ImmutableLike }) {
  const [inherited, setInherited] = useState<Record<string, Lists> | null>(null);
  useEffect(() => {
    void loadInherited().then(setInherited);
  }, []);
  const owner = String(entry.get('slug') ?? '');
  const lists = inherited?.[owner];
  return h(
    'div',
    { className: 'wrap' },
    h('p', { className: 'note' }, h('strong', null, `Override of ${owner}. `), 'To restore the O*NET default, delete this entry: the file goes, and the next build shows the inherited lists.'),
    !inherited && h('p', null, 'Loading the inherited lists…'),
    inherited && !lists && h('p', { className: 'muted' }, 'The inherited lists appear here after the next build (a new override file has none yet).'),
    lists && LISTS.map(([list, title]) => listSection(title, lists[list], ownItems(entry, list))),
  );
}
