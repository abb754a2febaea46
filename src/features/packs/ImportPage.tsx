import { useEffect, useState } from "react";
import { Page } from "../../components/page/Page";
import { href, useHashLocation } from "../../lib/router/hash-router";
import { decodeSharedPack } from "../../lib/share/share-link";
import { ImportPreview } from "./ImportPreview";
import { fetchPackText, type PackSource } from "./pack-source";
import { usePacks } from "./use-packs";

type LinkState =
  | { kind: "loading"; what: string }
  | { kind: "error"; message: string }
  | { kind: "ready"; source: PackSource };

async function readLink(pack: string | null, url: string | null): Promise<LinkState> {
  if (pack) {
    const r = decodeSharedPack(pack);
    return r.ok
      ? { kind: "ready", source: { text: r.text, origin: "a share link" } }
      : { kind: "error", message: r.message };
  }
  if (url) {
    const r = await fetchPackText(url, window.location.href);
    return r.ok ? { kind: "ready", source: r } : { kind: "error", message: r.message };
  }
  return { kind: "error", message: "This import link carries no pack: it needs ?pack=… or ?url=…." };
}

/** `#/import?pack=…` or `#/import?url=…`: a share link, opened as an import preview. */
export function ImportPage() {
  const { query } = useHashLocation();
  const pack = query.get("pack");
  const url = query.get("url");
  const { status, entries, savePack } = usePacks();
  const linkKey = `${pack ?? ""}|${url ?? ""}`;
  const [read, setRead] = useState<{ key: string; state: LinkState }>();

  useEffect(() => {
    let live = true;
    void readLink(pack, url).then((state) => {
      if (live) setRead({ key: linkKey, state });
    });
    return () => {
      live = false;
    };
  }, [pack, url, linkKey]);
  // Until this link has been read, show it loading (not the previous link's result).
  const state: LinkState = read?.key === linkKey ? read.state : { kind: "loading", what: url ?? "the link" };

  return (
    <Page title="Import a shared pack" lead="Check what the pack contains before you add it.">
      {state.kind === "loading" ? <p role="status">Reading {state.what}…</p> : null}
      {state.kind === "error" ? (
        <p role="alert" className="inline-error">
          {state.message}
        </p>
      ) : null}
      {state.kind === "ready" ? (
        <ImportPreview
          source={state.source}
          entries={entries}
          ready={status === "ready"}
          onImport={savePack}
        />
      ) : null}
      <p>
        <a href={href("/packs")}>Your packs</a> — import from a file, pasted JSON or an address.
      </p>
    </Page>
  );
}
