/**
 * The search page: reads the query and filters (from the URL first, so results can be shared), runs
 * them through the search engine and renders a page of results at a time. Says when it corrected
 * the query ("Showing results for …") and offers the closest occupation when part of it matched nothing.
 */
import { loadSearch, searchSite, type Filters, type SiteAnswer, type SiteResult } from './search-engine.ts';

const pageSize = 10;
const typingDelay = 250;

const kindLabels: Record<string, string> = { Occupation: 'Occupation', Role: 'Employer role', Program: 'Program' };

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

function link(result: SiteResult): HTMLAnchorElement {
  const a = element('a', '', result.title);
  a.href = result.url;
  return a;
}

/** One result: its link first (the contract checks rely on), the kind, the code or place, then pay and time to train. */
function resultItem(result: SiteResult): HTMLLIElement {
  const item = element('li', 'border-b border-slate-200 py-4');
  const heading = element('h3', 'text-lg');
  heading.append(link(result));
  const facts = element('p', 'mt-1 flex flex-wrap items-center gap-2 text-sm');
  facts.append(element('span', 'b', kindLabels[result.kind]));
  facts.append(element('span', 'muted', result.kind === 'Occupation' ? `O*NET-SOC ${result.detail}` : result.detail));
  item.append(heading, facts);
  if (result.kind === 'Occupation') {
    const choice = element('p', 'mt-1 flex flex-wrap gap-x-4 text-sm');
    choice.append(element('span', '', result.pay ? `Median pay ${result.pay.amount} (${result.pay.place})` : 'Median pay not published'));
    if (result.train) choice.append(element('span', '', `Time to train: ${result.train}`));
    item.append(choice);
  }
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

/** The status line: the count, and what the search made of the query. */
function describeAnswer(status: HTMLElement, answer: SiteAnswer, query: string, filterCount: number): void {
  const count = answer.results.length;
  if (answer.corrected) {
    status.replaceChildren(`Showing results for “${answer.corrected}”. ${statusText(count, '', filterCount)}.`);
  } else {
    status.replaceChildren(`${statusText(count, query, filterCount)}.`);
  }
  if (answer.didYouMean) status.append(' Did you mean ', link(answer.didYouMean), '?');
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

  let results: SiteResult[] = [];
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
  const showNext = (id: number): HTMLAnchorElement | null => {
    if (id !== latest) return null;
    const items = results.slice(shown, shown + pageSize).map(resultItem);
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
      const answer = await searchSite(query, filters);
      if (id !== latest) return;
      results = answer.results;
      shown = 0;
      list.replaceChildren();
      showNext(id);
      const filterCount = Object.values(filters).reduce((n, values) => n + values.length, 0);
      if (results.length) describeAnswer(status, answer, query, filterCount);
      else setStatus(`${statusText(0, query, filterCount)}.`, 'Try other words, or');
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
  input.addEventListener('focus', () => void loadSearch().catch(() => {}), { once: true });
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
  more.addEventListener('click', () => showNext(latest)?.focus());

  restore(input, filterForm);
  void run();
}
