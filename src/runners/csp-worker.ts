/**
 * Module workers that inherit the page's Content-Security-Policy.
 *
 * A worker loaded from its own URL gets its CSP from that file's response headers, which a static
 * host cannot set; a worker created from a `blob:` URL inherits the policy of the page that made
 * it. So untrusted code runs in a worker whose entry is a one-line blob module importing the real
 * (same-origin) worker script: the page's `<meta>` policy then applies inside the worker too (no
 * eval, scripts and connections limited to the app's origin).
 */

const blobUrls = new Map<string, string>();

/** A `blob:` URL for a module that imports `scriptUrl` (one per script, reused). */
export function inheritingUrl(scriptUrl: string): string {
  const absolute = new URL(scriptUrl, self.location.href).href;
  let url = blobUrls.get(absolute);
  if (!url) {
    const source = `import ${JSON.stringify(absolute)};\n`;
    url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
    blobUrls.set(absolute, url);
  }
  return url;
}

/** A module worker running `scriptUrl` under the page's CSP. */
export function createInheritingWorker(scriptUrl: string, name: string): Worker {
  return new Worker(inheritingUrl(scriptUrl), { type: "module", name });
}
