import type { Component } from 'react';
import { checkLogoFile } from './logo-check.ts';

/**
 * A company's logo: Decap's image field (upload into public/logos/) that refuses a file the build
 * would not publish. The file is checked as soon as it is chosen; saving waits for the answer.
 */

type Validity = boolean | { error: { type?: string; message: string } } | Promise<void>;
type Props = { value?: unknown; getAsset: (path: string, field: unknown) => { toString: () => string }; field: unknown };
type ImageControl = new (props: Props) => Component<Props> & { isValid?: () => Validity };

async function checkAsset(url: string, path: string): Promise<string | null> {
  const blob = await (await fetch(url)).blob();
  const text = /\.svg$/i.test(path) ? await blob.text() : null;
  return checkLogoFile(path, blob.size, () => text);
}

export function withLogoCheck(control: unknown): unknown {
  const Base = control as ImageControl;
  return class LogoControl extends Base {
    private checks = new Map<string, Promise<string | null>>();
    private results = new Map<string, string | null>();

    private check(path: string): Promise<string | null> {
      let pending = this.checks.get(path);
      if (!pending) {
        pending = checkAsset(this.props.getAsset(path, this.props.field).toString(), path).then((result) => {
          this.results.set(path, result);
          return result;
        });
        this.checks.set(path, pending);
      }
      return pending;
    }

    componentDidUpdate(...args: unknown[]) {
      (Base.prototype as { componentDidUpdate?: (...a: unknown[]) => void }).componentDidUpdate?.apply(this, args);
      if (typeof this.props.value === 'string' && this.props.value) void this.check(this.props.value);
    }

    isValid = (): Validity => {
      const path = this.props.value;
      if (typeof path !== 'string' || !path) return true;
      if (this.results.has(path)) {
        const problem = this.results.get(path);
        return problem ? { error: { message: problem } } : true;
      }
      // Decap shows "processing" until this settles, then validates again.
      return this.check(path).then((problem) => (problem ? Promise.reject(problem) : undefined));
    };
  };
}
