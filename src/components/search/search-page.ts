/**
 * The search page: reads the query and filters (from the URL first, so results can be shared), runs
 * them through the search engine and renders a page of results at a time. Result data costs one
 * request each, so only the results on screen are loaded.
 */
import { loadPagefind, searchCatalog, type Filters, type PagefindResult, type ResultData } from './search-engine.ts';

const pageSize = 10;
const typingDelay = 250;

const kindLabels: Record<string, string> = { Occupation: 'Occupation', Role: 'Employer role', Program: 'Program' };
const codeLabel = (kind: string | undefined) => (kind === 'Program' ? 'CIP' : 'O*NET-SOC');

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

function resultItem({ url, meta }: ResultData): HTMLLIElement {
  const item = element('li', 'border-b border-slate-200 py-4');
  const heading = element('h3', 'text-lg');
  const link = element('a', '', meta.title ?? url);
  link.href = url;
  heading.append(link);
  const facts = element('p', 'mt-1 flex flex-wrap items-center gap-2 text-sm');
  facts.append(element('span', 'b', kindLabels[meta.kind ?? ''] ?? meta.kind ?? 'Page'));
  if (meta.code) facts.append(element('span', 'muted', `${codeLabel(meta.kind)} ${meta.code}`));
  item.append(heading, facts);
  if (meta.summary) item.append(element('p', 'mt-1', meta.summary));
  return item;
}

function readFilters(form: HTMLFormElement): Filters {
  const filters: Filters = {};
  for (const [name, value] of new FormData(form)) if (value) (filters[name] ??= []).push(String(value));
  return filters;
}

/** Puts `?q=…&area=…` from the URL into the fields. */
function restore(input: HTMLInputElement, filterForm: HTMLFormElement): void {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const field of filterForm.elements) {
    if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = params.getAll(field.name).includes(field.value);
    else if (field instanceof HTMLSelectElement) field.value = params.get(field.name) ?? '';
  }
}

function statusText(count: number, query: string, filterCount: number): string {
  const results = `${count.toLocaleString('en-US')} ${count === 1 ? 'result' : 'results'}`;
  const filtered = filterCount ? ` with ${filterCount} ${filterCount === 1 ? 'filter' : 'filters'}` : '';
  return `${results}${query ? ` for “${query}”` : ''}${filtered}`;
}

export function enableSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const filterForm = document.querySelector<HTMLFormElement>('#search-filters');
  const region = document.querySelector<HTMLElement>('#search-results');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-list');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  if (!form || !input || !filterForm || !region || !status || !list || !more) return;

  // The filter panel only pushes results down on phones; keep it one tap away there.
  const panel = filterForm.querySelector('details');
  if (panel && matchMedia('(max-width: 63.99rem)').matches) panel.open = false;

  const companies = [...filterForm.querySelectorAll<HTMLOptionElement>('select[name="company"] option')].map((o) => o.value).filter(Boolean);
  let results: PagefindResult[] = [];
  let shown = 0;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** `lead` introduces a link to the A–Z catalog, the way on when search finds nothing or fails. */
  const setStatus = (text: string, lead?: string) => {
    status.textContent = text;
    if (lead) {
      const link = element('a', '', 'browse all occupations A–Z');
      link.href = `/occupations/?q=${encodeURIComponent(input.value.trim())}`;
      status.append(` ${lead} `, link, '.');
    }
  };

  /** Loads and appends the next page; returns the first new link so "Show more" can move focus to it. */
  const showNext = async (id: number): Promise<HTMLAnchorElement | null> => {
    const page = await Promise.all(results.slice(shown, shown + pageSize).map((r) => r.data()));
    if (id !== latest) return null;
    const items = page.map(resultItem);
    list.append(...items);
    shown += items.length;
    more.hidden = shown >= results.length;
    more.textContent = `Show more results (${(results.length - shown).toLocaleString('en-US')} remaining)`;
    return items[0]?.querySelector('a') ?? null;
  };

  const run = async () => {
    clearTimeout(timer);
    const id = ++latest;
    const query = input.value.trim();
    const filters = readFilters(filterForm);
    const params = new URLSearchParams(query ? { q: query } : {});
    for (const [name, values] of Object.entries(filters)) for (const value of values) params.append(name, value);
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);

    if (!params.size) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      setStatus('Type a job title, employer or program to search.');
      region.dataset.for = '';
      return;
    }
    region.setAttribute('aria-busy', 'true');
    // User Timing entries let DevTools and scripts/bench-search.ts time each query as the page runs it.
    const start = performance.now();
    try {
      const found = await searchCatalog(query, filters, companies);
      if (id !== latest) return;
      results = found;
      shown = 0;
      list.replaceChildren();
      await showNext(id);
      if (id !== latest) return;
      const filterCount = Object.values(filters).reduce((n, values) => n + values.length, 0);
      if (results.length) setStatus(`${statusText(results.length, query, filterCount)}.`);
      else setStatus(`${statusText(0, query, filterCount)}.`, 'Try fewer or different words, or');
      performance.measure('atlas-search', { start, detail: params.toString() });
    } catch (error) {
      console.error(error);
      results = [];
      list.replaceChildren();
      more.hidden = true;
      setStatus('Search is not available right now.', 'You can');
    } finally {
      if (id === latest) {
        region.setAttribute('aria-busy', 'false');
        // Which query the list shows, so the e2e tests and the bench can wait for exactly that one.
        region.dataset.for = params.toString();
      }
    }
  };

  // Warm up on focus; a failure shows up when the search runs.
  input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, typingDelay);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  filterForm.addEventListener('change', () => void run());
  filterForm.addEventListener('submit', (event) => event.preventDefault());
  // Reset restores the controls after the event, so search again on the next tick.
  filterForm.addEventListener('reset', () => setTimeout(run));
  more.addEventListener('click', async () => {
    if (more.getAttribute('aria-disabled') === 'true') return;
    more.setAttribute('aria-disabled', 'true');
    const first = await showNext(latest);
    more.removeAttribute('aria-disabled');
    first?.focus();
  });

  restore(input, filterForm);
  void run();
}
