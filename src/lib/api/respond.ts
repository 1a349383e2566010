/** A static JSON file from an endpoint; minified, since readers are programs and browsers pretty-print. */
export const json = (body: unknown): Response => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
