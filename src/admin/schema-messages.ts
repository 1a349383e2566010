import type { Component } from 'react';

/**
 * Decap refuses an empty required field with "X is required." only. The generated config gives each
 * required field the schema's own message (`required_message`, what `npm run check` would say), and
 * this wraps a built-in control so the form shows it too. Class controls are subclassed, which keeps
 * the methods Decap calls on them (`shouldComponentUpdate`, `focus`, their own `isValid`).
 */

type Validity = boolean | { error: { type?: string; message: string } };
type Field = { get: (key: string) => unknown };
type ControlInstance = Component<{ value?: unknown; field: Field }> & { isValid?: () => Validity };
type ControlClass = new (props: { value?: unknown; field: Field }) => ControlInstance;

const isMissing = (value: unknown) =>
  value === undefined || value === null || value === '' || (typeof value === 'object' && 'size' in value && (value as { size: number }).size === 0);

export function withSchemaMessage(control: unknown): unknown {
  const Base = control as ControlClass;
  if (typeof control !== 'function' || !(control.prototype as { isReactComponent?: object } | undefined)?.isReactComponent) return control;
  return class SchemaChecked extends Base {
    constructor(props: { value?: unknown; field: Field }) {
      super(props);
      const own = this.isValid;
      this.isValid = () => {
        const message = this.props.field.get('required_message');
        if (typeof message === 'string' && this.props.field.get('required') !== false && isMissing(this.props.value)) return { error: { type: 'PRESENCE', message } };
        return own ? own.call(this) : true;
      };
    }
  };
}
