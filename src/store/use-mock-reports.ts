import { useEffect, useState } from "react";
import type { MockReport } from "../domain/mock/report-types";
import { useAppStore } from "./index";
import { listMockReports } from "./mock-repo";

/** Reports of finished mock interviews, oldest first, read once when the screen opens; null while loading. */
export function useMockReports(): MockReport[] | null {
  const [reports, setReports] = useState<MockReport[] | null>(null);
  const version = useAppStore((s) => s.dataVersion);
  useEffect(() => {
    let live = true;
    void listMockReports().then(
      (r) => live && setReports(r),
      () => live && setReports([]),
    );
    return () => {
      live = false;
    };
  }, [version]);
  return reports;
}
