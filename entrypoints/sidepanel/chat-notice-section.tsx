import { useState } from 'preact/hooks';
import { ChatNotice } from '@/components/chat-notice';
import { copyText } from './clipboard';

/** The chat notice with its copy button, saying whether the copy worked. */
export function ChatNoticeSection() {
  const [status, setStatus] = useState<string | null>(null);
  return (
    <ChatNotice
      status={status}
      onCopy={(text) =>
        void copyText(text).then(
          () => setStatus('Copied. Paste it into the meeting chat.'),
          (error: unknown) => setStatus(`Copying did not work: ${error instanceof Error ? error.message : String(error)}`),
        )
      }
    />
  );
}
