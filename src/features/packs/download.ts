import { downloadFile } from "../../lib/download/download-file";

/** Download `pack` as `<id>.json`: two-space indented JSON with a final newline. */
export function downloadPack(pack: { id: string }): void {
  downloadFile(`${pack.id}.json`, `${JSON.stringify(pack, null, 2)}\n`);
}
