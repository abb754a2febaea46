import { useId, useState, type DragEvent } from "react";
import { connectHostsText } from "../../domain/net/connect-hosts";
import { fetchPackText, readPackFile, type PackSource, type SourceResult } from "./pack-source";

/** The ways to bring in a pack: a file (picker or drop), pasted JSON, or a web address. */
export function ImportSources({ onSource }: { onSource: (source: PackSource) => void }) {
  const id = useId();
  const [pasted, setPasted] = useState("");
  const [address, setAddress] = useState("");
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const take = (r: SourceResult) => {
    if (r.ok) {
      setError(undefined);
      onSource({ text: r.text, origin: r.origin });
    } else setError(r.message);
  };
  const fromFile = async (file: File | undefined) => {
    if (file) take(await readPackFile(file));
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void fromFile(e.dataTransfer.files[0]);
  };
  const fromUrl = async () => {
    setBusy(true);
    take(await fetchPackText(address, window.location.href));
    setBusy(false);
  };

  return (
    <div className="import-sources">
      <div
        className={dragging ? "drop-zone dragging" : "drop-zone"}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={`${id}-file`}>Choose a pack file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            void fromFile(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
        <p className="muted">or drop a .json file here</p>
      </div>
      <form
        className="import-paste"
        onSubmit={(e) => {
          e.preventDefault();
          onSource({ text: pasted, origin: "pasted JSON" });
          setError(undefined);
        }}
      >
        <label htmlFor={`${id}-paste`}>Paste pack JSON</label>
        <textarea
          id={`${id}-paste`}
          rows={5}
          spellCheck={false}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          placeholder='{ "schemaVersion": 1, "id": "my-pack", … }'
        />
        <button type="submit" disabled={pasted.trim() === ""}>
          Preview pasted JSON
        </button>
      </form>
      <form
        className="import-url"
        onSubmit={(e) => {
          e.preventDefault();
          void fromUrl();
        }}
      >
        <label htmlFor={`${id}-url`}>Pack address (URL)</label>
        <input
          id={`${id}-url`}
          type="text"
          inputMode="url"
          autoComplete="off"
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          placeholder="https://example.org/my-pack.json"
        />
        <button type="submit" disabled={busy || address.trim() === ""}>
          {busy ? "Fetching…" : "Fetch and preview"}
        </button>
        <p className="muted">
          From this site, {connectHostsText()} (GitHub raw files, gists, jsDelivr): the app&apos;s security
          policy blocks other sites. From elsewhere, download the file and choose it above.
        </p>
      </form>
      {error ? (
        <p role="alert" className="inline-error import-source-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
