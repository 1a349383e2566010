import type { WageArea, WageFile } from '../catalog/wage-areas.ts';
import { medianAmounts, oewsVintage, placeName, sourceLine, wageRows } from '../wage-words.ts';

/**
 * "Wages in another area": loads the occupation's wages file when asked and shows the chosen area's
 * median (and percentiles where the release has them) in the wording the wages table uses.
 */

/** What the selector reads from the wages file. */
interface WagesFile {
  areas: WageArea[];
  /** The file each kind of area comes from. */
  files: WageFile[];
}

const groups = [
  ['national', 'United States'],
  ['state', 'States'],
  ['msa', 'Metropolitan areas'],
] as const;

/** An element with properties (`className`, `scope`, `htmlFor`, …) and text or element children; text is never parsed as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

function render(area: WageArea, files: WagesFile['files']): Node[] {
  const amounts = medianAmounts(area);
  const vintage = oewsVintage(area.year);
  const headline = amounts
    ? el('p', {}, `Median pay in ${placeName(area)}: `, el('strong', {}, amounts), ` (${vintage})`)
    : el('p', {}, `Median pay in ${placeName(area)}: not available (${vintage}).`);
  const rows = wageRows(area).map((r) =>
    el('tr', {}, el('th', { scope: 'row', className: 'font-normal' }, r.label), el('td', { className: 'n' }, r.hourly), el('td', { className: 'n' }, r.annual)),
  );
  const head = el('tr', {}, ...['Wage level', 'Hourly', 'Annual'].map((t, i) => el('th', { scope: 'col', className: i ? 'n' : '' }, t)));
  const table = el('table', { className: 'tbl max-w-xl mt-3' }, el('caption', { className: 'text-left font-semibold pb-2' }, `${area.areaName}, ${vintage}`), el('thead', {}, head), el('tbody', {}, ...rows));
  return [headline, table, el('p', { className: 'text-sm muted mt-2' }, sourceLine(area, files.find((f) => f.areaType === area.areaType)))];
}

async function load(box: HTMLElement, button: HTMLButtonElement): Promise<void> {
  const status = box.querySelector<HTMLElement>('[data-status]')!;
  button.disabled = true;
  status.textContent = 'Loading areas…';
  let doc: WagesFile;
  try {
    const response = await fetch(box.dataset.wageAreas!);
    if (!response.ok) throw new Error(String(response.status));
    doc = await response.json();
  } catch {
    status.textContent = 'The list of areas could not be loaded. Try again later.';
    button.disabled = false;
    return;
  }
  const select = el('select', { id: `${box.id}-select`, className: 'field max-w-full' }, el('option', { value: '' }, 'Choose an area'));
  for (const [type, label] of groups) {
    const options = doc.areas.flatMap((a, i) => (a.areaType === type ? [el('option', { value: String(i) }, a.areaName)] : []));
    if (options.length) select.append(el('optgroup', { label }, ...options));
  }
  const result = el('div', { className: 'mt-3' });
  result.setAttribute('aria-live', 'polite');
  select.addEventListener('change', () => result.replaceChildren(...(select.value ? render(doc.areas[Number(select.value)], doc.files) : [])));
  status.textContent = '';
  button.replaceWith(el('label', { htmlFor: select.id, className: 'block text-sm font-semibold mb-1' }, 'Area'), select);
  box.append(result);
  select.focus();
}

export function enableWageAreas(root: ParentNode = document): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-wage-areas]')) {
    const button = box.querySelector<HTMLButtonElement>('button');
    button?.addEventListener('click', () => load(box, button));
  }
}
