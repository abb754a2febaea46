/**
 * Pack share links. A small pack travels inside the link itself, lz-string–compressed
 * (`#/import?pack=…`); a pack hosted somewhere travels as its address (`#/import?url=…`). Both
 * open the import preview, never import directly. Links whose compressed data is over
 * MAX_SHARE_CHARS are refused: chat apps and browsers truncate long URLs, so the file is the way.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";

/** Largest compressed pack carried in a link, in characters (~8 KB). */
export const MAX_SHARE_CHARS = 8 * 1024;

/** The link (absolute, for pasting anywhere) or why there is none. */
export type ShareLinkResult =
  { ok: true; url: string; chars: number } | { ok: false; chars: number; message: string };

function importUrl(appUrl: string, param: "pack" | "url", value: string): string {
  const base = appUrl.split("#")[0]!;
  return `${base}#/import?${new URLSearchParams({ [param]: value }).toString()}`;
}

/** A link that carries `packJson` compressed; `appUrl` is the app's address (location.href). */
export function packShareLink(appUrl: string, packJson: string): ShareLinkResult {
  const data = compressToEncodedURIComponent(packJson);
  if (data.length > MAX_SHARE_CHARS) {
    return {
      ok: false,
      chars: data.length,
      message: `This pack is too large for a link (${kb(data.length)} compressed; links carry at most ${kb(MAX_SHARE_CHARS)}). Export it and share the file instead.`,
    };
  }
  return { ok: true, url: importUrl(appUrl, "pack", data), chars: data.length };
}

/** A link that makes the app fetch the pack from `packUrl` (which must allow cross-origin reads). */
export function urlShareLink(appUrl: string, packUrl: string): string {
  return importUrl(appUrl, "url", packUrl);
}

/** The pack text carried by a `pack=` link parameter, or a message saying why it cannot be read. */
export function decodeSharedPack(param: string): { ok: true; text: string } | { ok: false; message: string } {
  if (param.length > MAX_SHARE_CHARS) {
    return {
      ok: false,
      message: `This link carries ${kb(param.length)} of compressed data; links are limited to ${kb(MAX_SHARE_CHARS)}. Ask for the pack file and import it instead.`,
    };
  }
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(param);
  } catch {
    text = null;
  }
  if (!text) {
    return {
      ok: false,
      message:
        "The pack in this link could not be unpacked: the link is probably cut short. Ask for the whole link, or for the pack file.",
    };
  }
  return { ok: true, text };
}

function kb(chars: number): string {
  return `${(chars / 1024).toFixed(1)} KB`;
}
