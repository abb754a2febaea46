import { ConfirmDialog } from "../../components/dialog/ConfirmDialog";

/** Modal confirmation before removing an imported pack; Escape or Cancel keeps it. */
export function RemoveDialog({
  title,
  onConfirm,
  onClose,
}: {
  title: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <ConfirmDialog
      title={`Remove “${title}”?`}
      body="Its questions leave your list and Practice. Your progress on them is kept: import the pack again and it comes back."
      confirmLabel="Remove pack"
      danger
      onConfirm={onConfirm}
      onCancel={onClose}
    />
  );
}
