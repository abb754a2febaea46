import { NotBuiltYet, Page } from "../../components/page/Page";

export function MockPage() {
  return (
    <Page title="Mock interview" lead="Rehearse a whole interview loop against the clock.">
      <NotBuiltYet
        plan={[
          "pick a loop for your lane (applied, infrastructure, data-centric) or build your own",
          "answer timed sections in strict or practice mode, resuming safely after a reload",
          "get an honest report with a hire signal per category and your weak topics",
        ]}
      />
    </Page>
  );
}
