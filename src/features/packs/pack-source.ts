/**
 * Getting pack text from where people keep packs: a file on disk or an address on the web.
 * Failures come back as messages a user can act on, never as exceptions.
 */
import { canConnect, connectHostsText } from "../../domain/net/connect-hosts";
import { DEFAULT_MAX_BYTES } from "../../domain/packs";

/** Pack text and a short note of where it came from (kept with the imported pack). */
export interface PackSource {
  text: string;
  origin: string;
}

export type SourceResult = ({ ok: true } & PackSource) | { ok: false; message: string };

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Read a chosen or dropped file, refusing files over the pack size limit before reading them. */
export async function readPackFile(file: File): Promise<SourceResult> {
  if (file.size > DEFAULT_MAX_BYTES) {
    return {
      ok: false,
      message: `${file.name} is ${MB(file.size)}; packs are limited to ${MB(DEFAULT_MAX_BYTES)}.`,
    };
  }
  try {
    return { ok: true, text: await file.text(), origin: `file: ${file.name}` };
  } catch {
    return { ok: false, message: `${file.name} could not be read. Try choosing it again.` };
  }
}

/**
 * Fetch a pack from `address` (absolute, or relative to `base`, the app's own address). Only
 * http(s) is fetched, without cookies. A network error in a browser is indistinguishable from a
 * CORS refusal, so the message names both and offers the download-then-import route. Only the
 * app's own origin and the sharing hosts its security policy allows are fetched (CONNECT_HOSTS);
 * another site is refused before any request, with the same way round it.
 */
export async function fetchPackText(
  address: string,
  base: string,
  fetchImpl: typeof fetch = fetch,
): Promise<SourceResult> {
  let url: URL;
  try {
    url = new URL(address.trim(), base);
  } catch {
    return { ok: false, message: `“${address}” is not a web address. Paste a full https:// link.` };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { ok: false, message: "Only http:// and https:// addresses can be fetched." };
  }
  if (!canConnect(url, new URL(base).origin)) {
    return {
      ok: false,
      message: `MLE Dojo reads packs only from its own site and from ${connectHostsText()}: its security policy blocks other sites, so that no pack can send your data anywhere. Download ${url.href} with your browser, then import it with “Choose a pack file”, or paste its JSON.`,
    };
  }
  let res: Response;
  try {
    res = await fetchImpl(url.href, { credentials: "omit" });
  } catch {
    return {
      ok: false,
      message: `Could not read ${url.href}. The site did not allow MLE Dojo to read it (CORS) or is unreachable. Download the file with your browser, then import it with “Choose a pack file”.`,
    };
  }
  if (!res.ok) {
    return {
      ok: false,
      message: `The server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ""} for ${url.href}. Check the address.`,
    };
  }
  const length = Number(res.headers.get("content-length") ?? "0");
  if (length > DEFAULT_MAX_BYTES) {
    return {
      ok: false,
      message: `That file is ${MB(length)}; packs are limited to ${MB(DEFAULT_MAX_BYTES)}.`,
    };
  }
  try {
    return { ok: true, text: await res.text(), origin: `url: ${url.href}` };
  } catch {
    return { ok: false, message: `The download of ${url.href} was interrupted. Try again.` };
  }
}
