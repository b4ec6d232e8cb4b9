import { CHAT_NOTICE } from '@/utils/core/chat-notice';

/** The notice to paste into the meeting chat, with a button that copies it. */
export function ChatNotice({ onCopy, status }: { onCopy: (text: string) => void; status: string | null }) {
  return (
    <details class="chat-notice" data-testid="chat-notice">
      <summary>Tell the meeting you are taking notes</summary>
      <p class="chat-notice-text" data-testid="chat-notice-text">
        {CHAT_NOTICE}
      </p>
      <div class="actions">
        <button type="button" class="button secondary" onClick={() => onCopy(CHAT_NOTICE)} data-testid="copy-chat-notice">
          Copy notice for the chat
        </button>
      </div>
      <p role="status" class="status-line">
        {status}
      </p>
    </details>
  );
}
