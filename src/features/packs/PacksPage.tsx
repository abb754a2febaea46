import { NotBuiltYet, Page } from "../../components/page/Page";

export function PacksPage() {
  return (
    <Page title="Question packs" lead="The question sets you practise with, built in or shared as JSON.">
      <NotBuiltYet
        plan={[
          "see the built-in packs and the ones you imported, with counts by category and difficulty",
          "import a pack from a file, pasted JSON, a URL or a share link, with a preview first",
          "export a pack or a filtered selection, and copy a share link",
        ]}
      />
    </Page>
  );
}
