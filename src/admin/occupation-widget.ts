import { Component, createElement as h, Fragment, type ChangeEvent, type CSSProperties } from 'react';
import { loadRanker, type OccupationRanker, type RankedOccupation } from './occupation-ranker.ts';

/**
 * The role form's occupation field: ranked suggestions from the role's title and description as the
 * editor types them, a search over every O*NET title, and the code it stores (`soc_code`). Written
 * without JSX: the admin is a plain script, not an Astro island, so no React refresh preamble runs in dev.
 */

/** The parts of Decap's Immutable maps this widget reads. */
type ImmutableLike = { get: (key: string) => unknown; getIn: (path: string[]) => unknown };

type Props = {
  value?: string;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  field: ImmutableLike;
  entry: ImmutableLike;
};

type State = { ranker: OccupationRanker | null; query: string; suggested: RankedOccupation[]; found: RankedOccupation[] };

const list: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: '0.5rem', listStyle: 'none', padding: 0, margin: '0.5rem 0' };
const choice = (selected: boolean): CSSProperties => ({
  border: '1px solid #7a8291', borderRadius: 4, padding: '0.25rem 0.5rem', cursor: 'pointer', background: selected ? '#3a69c7' : '#fff', color: selected ? '#fff' : '#313d3e',
});

export class OccupationControl extends Component<Props, State> {
  state: State = { ranker: null, query: '', suggested: [], found: [] };
  /** The title and description the suggestions were ranked for; a newer answer replaces an older one only. */
  private suggestedFor = '';

  componentDidMount() {
    void loadRanker().then((ranker) => this.setState({ ranker }, () => this.suggest()));
  }

  componentDidUpdate(previous: Props) {
    if (previous.entry !== this.props.entry) this.suggest();
  }

  private suggest() {
    const { ranker } = this.state;
    const title = this.field('title_field');
    const description = this.field('description_field');
    const key = `${title}\n${description}`;
    if (!ranker || key === this.suggestedFor) return;
    this.suggestedFor = key;
    if (!title.trim()) return this.setState({ suggested: [] });
    void ranker.rank({ title, description }, 5).then((suggested) => key === this.suggestedFor && this.setState({ suggested }));
  }

  private search(query: string) {
    this.setState({ query });
    const { ranker } = this.state;
    if (!ranker || !query.trim()) return this.setState({ found: [] });
    void ranker.rank(query, 8).then((found) => query === this.state.query && this.setState({ found }));
  }

  /** Decap re-renders a control only when its own value changes; suggestions follow the title too. */
  shouldComponentUpdate(next: Props, nextState?: State) {
    return next.value !== this.props.value || next.entry !== this.props.entry || next.classNameWrapper !== this.props.classNameWrapper || (nextState !== undefined && nextState !== this.state);
  }

  /** A code the O*NET list lacks is refused here, before the build would. */
  isValid = () => {
    const { value, field } = this.props;
    const missing = field.get('required_message');
    if (!value && typeof missing === 'string') return { error: { type: 'PRESENCE', message: `${missing}: type the job title above and pick a suggestion` } };
    if (!value || !this.state.ranker || this.state.ranker.titleOf(value)) return true;
    return { error: { message: `Expected an O*NET-SOC code of an occupation: "${value}" is not one; pick a suggestion` } };
  };

  private field(name: string): string {
    const key = this.props.field.get(name);
    const value = typeof key === 'string' ? this.props.entry.getIn(['data', key]) : undefined;
    return typeof value === 'string' ? value : '';
  }

  private renderChoices(items: RankedOccupation[], label: string) {
    const { value, onChange } = this.props;
    const buttons = items.map((o) =>
      h('li', { key: o.code }, h('button', { type: 'button', style: choice(o.code === value), 'aria-pressed': o.code === value, onClick: () => onChange(o.code) }, `${o.code} ${o.title}`)),
    );
    return h('ul', { style: list, 'aria-label': label }, buttons);
  }

  render() {
    const { value, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const { ranker, query, suggested, found } = this.state;
    const title = this.field('title_field');
    return h(
      'div',
      { className: classNameWrapper, onFocus: setActiveStyle, onBlur: setInactiveStyle },
      h('p', { 'aria-live': 'polite', style: { margin: '0 0 0.5rem' } }, value ? `Selected: ${value} ${ranker?.titleOf(value) ?? ''}` : 'No occupation selected yet.'),
      !ranker && h('p', null, 'Loading the O*NET occupations…'),
      suggested.length > 0 && h(Fragment, null, h('p', { style: { margin: 0 } }, `Suggested for “${title}”:`), this.renderChoices(suggested, 'Suggested occupations')),
      // Decap's own label (the field's) names this input.
      h('input', {
        id: forID, type: 'search', value: query, placeholder: 'Search O*NET occupations, e.g. surgical tech', style: { display: 'block', width: '100%', marginTop: '0.25rem' },
        onChange: (e: ChangeEvent<HTMLInputElement>) => this.search(e.target.value),
      }),
      found.length > 0 && this.renderChoices(found, 'Search results'),
    );
  }
}

export function OccupationPreview({ value }: { value?: string }) {
  return h('p', null, value ?? '');
}
