import { createContext, useContext, useEffect, useRef, type ReactNode } from "react";
import { revealElement } from "../../components/results/ResultView";

const SlotContext = createContext<ReactNode>(null);

/**
 * What comes right under an answer's verdict — the drill rating in a drill, else the links to the
 * next, a similar and a random question — provided once by the workspace for every answer kind.
 */
export const VerdictSlotProvider = SlotContext.Provider;

/**
 * Each answer component renders this right after its verdict; when it appears, the verdict (the
 * element just before it) is scrolled into view if it is not, so a verdict pushed below the fold
 * (e.g. by option explanations) is seen with what follows it.
 */
export function VerdictSlot() {
  const content = useContext(SlotContext);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    revealElement((el?.previousElementSibling as HTMLElement | null) ?? el);
  }, []);
  return (
    <div className="after-verdict" ref={box}>
      {content}
    </div>
  );
}
