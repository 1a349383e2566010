import { createElement as h, Fragment, type Component, type CSSProperties } from 'react';

/**
 * `valid_through` with an expiry badge: the date field as Decap draws it, and under it whether the
 * posting is still open. An expired role leaves the site at the next build (a warning, not an error).
 */

type Props = { value?: unknown };
type DateControl = new (props: Props) => Component<Props>;

const badge = (expired: boolean): CSSProperties => ({
  display: 'inline-block', marginTop: '0.5rem', padding: '0.125rem 0.5rem', borderRadius: 999, fontSize: '0.85rem', fontWeight: 600,
  background: expired ? '#fde8e8' : '#e6f4ea', color: expired ? '#9b1c1c' : '#1e5631',
});

/** ISO dates compare as text; the build uses the same rule in UTC (pipeline/content/expired-roles.ts). */
export function describePostingEnd(value: unknown, today = new Date().toISOString().slice(0, 10)): { expired: boolean; text: string } | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  return value < today
    ? { expired: true, text: `Expired on ${value}: the next build leaves this role off the site` }
    : { expired: false, text: `Open through ${value}` };
}

export function withExpiryBadge(control: unknown): unknown {
  const Base = control as DateControl;
  return class PostingEnd extends Base {
    render() {
      const state = describePostingEnd(this.props.value);
      return h(Fragment, null, super.render(), state && h('span', { role: 'status', style: badge(state.expired) }, state.text));
    }
  };
}
