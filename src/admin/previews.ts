import { createElement as h, Fragment, type ReactNode } from 'react';

/**
 * Previews in the site's own stylesheet (registered by main.ts): a role as its page's hero and
 * description and as its card, a company as its page's header. The markup follows
 * src/components/role/RoleHero.astro, src/components/occupation/RoleCard.astro and
 * src/pages/companies/[slug].astro with their classes; a change there should be mirrored here.
 */

type ImmutableLike = { getIn: (path: (string | number)[]) => unknown; get: (key: string) => unknown };
type PreviewProps = { entry: ImmutableLike; widgetFor: (name: string) => ReactNode; fieldsMetaData: ImmutableLike; getAsset: (path: string) => { toString: () => string } };

const text = (entry: ImmutableLike, name: string) => {
  const value = entry.getIn(['data', name]);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};

function logo(name: string, path: string, getAsset: PreviewProps['getAsset'], large: boolean): ReactNode {
  const className = large ? 'logo logo-lg' : 'logo';
  const size = large ? 64 : 40;
  return path
    ? h('img', { className: `${className} bg-white`, src: getAsset(path).toString(), alt: '', width: size, height: size })
    : h('span', { className, 'aria-hidden': true }, name.trim().charAt(0).toUpperCase());
}

const badges = (items: string[]) => h('ul', { className: 'flex flex-wrap gap-2' }, items.filter(Boolean).map((item) => h('li', { key: item, className: 'b' }, item)));

/** The company's name as the relation widget loaded it; its slug until then. */
function companyName(props: PreviewProps): string {
  const slug = text(props.entry, 'company');
  const name = props.fieldsMetaData.getIn(['company', 'companies', slug, 'name']);
  return typeof name === 'string' ? name : slug;
}

export function RolePreview(props: PreviewProps) {
  const { entry, widgetFor, getAsset } = props;
  const company = companyName(props);
  const field = (name: string) => text(entry, name);
  const skills = (entry.getIn(['data', 'skills']) as { toArray?: () => unknown[] } | undefined)?.toArray?.().map(String) ?? [];
  const location = [field('city'), field('state')].filter(Boolean).join(', ');
  const proficiency = field('proficiency') && `${field('proficiency')}% proficiency required`;
  return h(
    Fragment,
    null,
    h(
      'div',
      { className: 'bg-slate-50 border-b border-slate-200' },
      h(
        'div',
        { className: 'wrap py-8 space-y-4' },
        entry.getIn(['data', 'example']) === true && h('p', { className: 'note' }, h('strong', null, 'Example listing.'), ' This is example content written by the Atlas team.'),
        h('div', { className: 'flex gap-4 items-center' }, logo(company, '', getAsset, true), h('div', null, h('h1', null, field('title')), h('p', { className: 'text-lg' }, company))),
        h('p', { className: 'lead' }, field('summary')),
        badges([field('category'), field('employment_type'), field('work_location_type'), proficiency, location]),
      ),
    ),
    h(
      'div',
      { className: 'wrap' },
      h('section', { className: 'sec' }, h('h2', null, 'About the role'), h('div', { className: 'md max-w-3xl' }, widgetFor('body')), skills.length > 0 && h(Fragment, null, h('h3', null, 'Skills this role asks for'), badges(skills))),
      h('h2', null, 'As a card'),
      h(
        'ul',
        { className: 'cards' },
        h(
          'li',
          { className: 'card' },
          h('div', { className: 'flex gap-3 items-start' }, logo(company, '', getAsset, false), h('div', null, h('h3', null, field('title')), h('p', { className: 'text-sm' }, `${company} · ${location}`))),
          h('ul', { className: 'flex flex-wrap gap-1.5' }, [field('category'), field('employment_type'), proficiency].filter(Boolean).map((b) => h('li', { key: b, className: 'b' }, b))),
          h('p', { className: 'clamp text-sm' }, field('summary')),
        ),
      ),
    ),
  );
}

export function CompanyPreview({ entry, getAsset }: PreviewProps) {
  const name = text(entry, 'name');
  const website = text(entry, 'website');
  return h(
    'div',
    { className: 'bg-slate-50 border-b border-slate-200' },
    h(
      'div',
      { className: 'wrap py-8 space-y-4' },
      h('div', { className: 'flex gap-4 items-center' }, logo(name, text(entry, 'logo'), getAsset, true), h('h1', null, name)),
      entry.getIn(['data', 'trusted_partner']) === true && h('p', null, h('span', { className: 'b b-tp' }, 'Trusted partner'), ' ', h('span', { className: 'text-sm muted' }, 'Vetted by the regional workforce board.')),
      text(entry, 'description') && h('p', { className: 'lead' }, text(entry, 'description')),
      website && h('p', null, h('a', { href: website }, `${name} website`)),
    ),
  );
}
