import { namesText, usePresence } from './session/presence.ts';

/** "Đang được <tên> chỉnh sửa" above the page, when someone else has the document open (the office server). */
export function PresenceNote({ documentId }: { documentId: number }) {
  const editors = usePresence(documentId);
  if (editors.length === 0) return null;
  return (
    <div className="presence-note" role="status" data-testid="presence-note">
      Đang được {namesText(editors.map((e) => e.name))} chỉnh sửa. Các lần lưu vẫn được đối chiếu phiên bản: nếu hai người cùng sửa, người
      lưu sau sẽ được báo để không mất nội dung.
    </div>
  );
}
