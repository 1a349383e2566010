/**
 * The editors' workspace: Decap CMS with the site's widgets, configured by `config.yml` beside the page
 * (generated from the content schemas by `npm run content:schemas`).
 */

import CMS from 'decap-cms-app';
import { OccupationControl, OccupationPreview } from './occupation-widget.ts';
import { withLogoCheck } from './logo-widget.ts';
import { withExpiryBadge } from './posting-end-widget.ts';
import { OverridePreview } from './override-preview.ts';
import { CompanyPreview, RolePreview } from './previews.ts';
import siteStyles from '../styles/global.css?url';
import { withSchemaMessage } from './schema-messages.ts';

/** decap-cms-core's typings describe a widget's props where they mean its components: the calls used here, as they are. */
type Widget = { control: unknown; preview?: unknown };
type Registry = {
  registerWidget: (name: string, control: unknown, preview?: unknown) => void;
  getWidget: (name: string) => Widget;
  registerEventListener: (listener: { name: 'preSave'; handler: typeof dropEmptyValues }) => void;
  init: (options: { config: object }) => void;
  registerPreviewTemplate: (collection: string, component: unknown) => void;
  registerPreviewStyle: (url: string) => void;
};
const cms = CMS as unknown as Registry;

/** `?proxy_port=8091` points the local backend at a decap-server on another port (tests, two checkouts). */
function localBackend() {
  const port = new URLSearchParams(location.search).get('proxy_port');
  return port && /^\d{2,5}$/.test(port) ? { local_backend: { url: `http://${location.hostname}:${port}/api/v1` } } : {};
}

/** Decap writes a cleared field as "" (or null); the schemas mean "left out" by an absent key. */
function dropEmptyValues({ entry }: { entry: { get: (key: 'data') => { filter: (keep: (value: unknown) => boolean) => unknown } } }) {
  return entry.get('data').filter((value) => value !== '' && value !== null && value !== undefined);
}

/** The built-in widgets the generated config uses for single values; lists and objects check their items. */
const checkedWidgets = ['string', 'text', 'number', 'datetime', 'select', 'relation'];

for (const name of checkedWidgets) {
  const widget = cms.getWidget(name);
  cms.registerWidget(name, withSchemaMessage(widget.control), widget.preview);
}
const date = cms.getWidget('datetime');
cms.registerWidget('posting-end', withExpiryBadge(date.control), date.preview);
const image = cms.getWidget('image');
cms.registerWidget('occupation', OccupationControl, OccupationPreview);
cms.registerWidget('logo', withLogoCheck(image.control), image.preview);
cms.registerEventListener({ name: 'preSave', handler: dropEmptyValues });
// The site's own stylesheet in the preview pane, with templates that use its classes.
cms.registerPreviewStyle(siteStyles);
cms.registerPreviewTemplate('roles', RolePreview);
cms.registerPreviewTemplate('companies', CompanyPreview);
cms.registerPreviewTemplate('overrides', OverridePreview);
cms.init({ config: localBackend() });
