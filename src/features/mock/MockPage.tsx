import { useMemo } from "react";
import { Page } from "../../components/page/Page";
import { CUSTOM_TEMPLATE_ID } from "../../domain/mock";
import { useCatalog } from "../../store";
import { mockPool } from "../../store/mock-flow";
import { CustomLoopBuilder } from "./setup/CustomLoopBuilder";
import { InProgressBanner } from "./setup/InProgressBanner";
import { LoopChooser } from "./setup/LoopChooser";
import { MockHistoryList } from "./setup/MockHistoryList";
import { ModeChooser } from "./setup/ModeChooser";
import { SeedAndShare } from "./setup/SeedAndShare";
import { StartPanel } from "./setup/StartPanel";
import { useMockOverview } from "./setup/use-mock-overview";
import { useMockSetup } from "./setup/use-mock-setup";
import "./setup/setup.css";

/**
 * `#/mock`: the mock in progress (if any), the setup of a new mock (loop, mode, seed and share
 * link; `?code=` preselects a shared one) and the past mocks.
 */
export function MockPage() {
  const overview = useMockOverview();
  const { status, enabled } = useCatalog();
  const setup = useMockSetup();
  const packs = status === "ready" ? enabled : undefined;
  const pool = useMemo(() => (packs ? mockPool(packs) : undefined), [packs]);

  return (
    <Page title="Mock interview" lead="Rehearse a whole interview loop against the clock.">
      {overview?.active ? <InProgressBanner mock={overview.active} now={overview.readAt} /> : null}
      {setup.shared?.ok ? (
        <p className="notice-inline" role="status">
          Shared mock loaded: {setup.shared.title}, seed {setup.shared.seed}.
        </p>
      ) : null}
      {setup.shared && !setup.shared.ok ? (
        <p className="mock-alert" role="alert">
          This share link could not be opened. {setup.shared.error} Choose a loop below instead.
        </p>
      ) : null}
      <section className="mock-setup" aria-labelledby="mock-setup-heading">
        <h2 id="mock-setup-heading">New mock</h2>
        <LoopChooser choice={setup.choice} onChoose={setup.setChoice} pool={pool} />
        {setup.choice === CUSTOM_TEMPLATE_ID ? (
          <CustomLoopBuilder
            draft={setup.draft}
            onChange={setup.setDraft}
            custom={setup.custom}
            pool={pool}
          />
        ) : null}
        <ModeChooser mode={setup.mode} onChange={setup.setMode} />
        <SeedAndShare
          seedText={setup.seedText}
          seed={setup.seed}
          onSeedText={setup.setSeedText}
          onReroll={setup.rerollSeed}
          template={setup.template}
        />
        <StartPanel
          template={setup.template}
          mode={setup.mode}
          seed={setup.seed}
          packs={packs}
          inProgress={overview ? !!overview.active : undefined}
        />
      </section>
      <MockHistoryList past={overview?.past} />
    </Page>
  );
}
