import { fitsTrainingBucket, type TrainingBucketId } from '../time-to-train.ts';

/**
 * In-page filtering of the catalog table. The table is complete without it; the script only hides
 * rows, reorders them and keeps the choices in the URL so a filtered view can be shared.
 */
interface Row {
  tr: HTMLTableRowElement;
  title: string;
  text: string;
  area: string;
  zone: string;
  demand: string[];
  roles: number;
  /** Thousands a year; -1 when BLS projects none, so those rows sort last. */
  openings: number;
  /** Median annual pay; -1 when none is published, so those rows sort last. */
  pay: number;
  /** Years of training; null when unknown. */
  years: number | null;
}

export function enableCatalogFilter(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-filter]');
  const body = document.querySelector<HTMLTableSectionElement>('table.cat tbody');
  const status = document.querySelector<HTMLElement>('[data-filter-status]');
  if (!form || !body || !status) return;

  const rows: Row[] = [...body.rows].map((tr) => ({
    tr,
    title: tr.cells[0].querySelector('a')?.textContent ?? '',
    text: `${tr.cells[0].textContent} ${tr.cells[2].textContent}`.toLowerCase(),
    area: tr.dataset.a ?? '',
    zone: tr.dataset.z ?? '',
    demand: (tr.dataset.h ?? '').split(' ').filter(Boolean),
    roles: Number(tr.dataset.r ?? 0),
    openings: Number(tr.dataset.o ?? -1),
    pay: Number(tr.dataset.p ?? -1),
    years: tr.dataset.t === undefined ? null : Number(tr.dataset.t),
  }));
  // The table comes sorted as the form's default says: no re-sort (a relayout of every row) until the visitor asks.
  let order = String(new FormData(form).get('sort') || 'title');

  for (const [name, value] of new URLSearchParams(location.search)) {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
  }

  const apply = () => {
    const data = new FormData(form);
    const get = (name: string) => String(data.get(name) ?? '');
    const terms = get('q').toLowerCase().split(/\s+/).filter(Boolean);
    const area = get('area');
    const zone = get('zone');
    const demand = get('hd');
    const training = get('tt') as TrainingBucketId | '';
    const sort = get('sort') || 'title';

    let shown = 0;
    for (const row of rows) {
      const match =
        terms.every((t) => row.text.includes(t)) &&
        (!area || row.area === area) &&
        (!zone || row.zone === zone) &&
        (!training || fitsTrainingBucket(row.years, training)) &&
        (!demand || (demand === 'any' ? row.demand.length > 0 : row.demand.includes(demand)));
      // Only rows that change are touched: setting `hidden` on all of them restyles the whole table.
      if (row.tr.hidden === match) row.tr.hidden = !match;
      if (match) shown++;
    }
    if (sort !== order) {
      const byTitle = (x: Row, y: Row) => x.title.localeCompare(y.title);
      const comparators: Record<string, (x: Row, y: Row) => number> = {
        roles: (x, y) => y.roles - x.roles || byTitle(x, y),
        openings: (x, y) => y.openings - x.openings || byTitle(x, y),
        pay: (x, y) => y.pay - x.pay || byTitle(x, y),
      };
      const sorted = [...rows].sort(comparators[sort] ?? byTitle);
      body.append(...sorted.map((r) => r.tr));
      order = sort;
    }
    status.textContent = `Showing ${shown.toLocaleString('en-US')} of ${rows.length.toLocaleString('en-US')} occupations`;

    const params = new URLSearchParams();
    for (const [name, value] of data) if (value && !(name === 'sort' && value === 'title')) params.set(name, String(value));
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`);
  };

  form.addEventListener('input', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  // Reset restores the controls after the event, so filter on the next tick.
  form.addEventListener('reset', () => setTimeout(apply));
  apply();
}
