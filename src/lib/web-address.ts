/**
 * An outside web address as a valid `href`. Editors paste addresses with quotes or `<` in the query and
 * IPEDS writes websites without a scheme, some with raw spaces (`…#location=Tampa, FL`): `URL` adds
 * `https://` where the scheme is missing and percent-encodes what HTML does not allow in a URL. Anything
 * that is not an http(s) address gives null, so a page shows no link rather than a broken one.
 */
export function webHref(address: string | null | undefined): string | null {
  if (!address) return null;
  const url = URL.parse(/^[a-z][a-z0-9+.-]*:/i.test(address) ? address : `https://${address}`);
  return url && (url.protocol === 'https:' || url.protocol === 'http:') ? url.href : null;
}
