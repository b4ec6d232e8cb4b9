import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendCaptureBatch } from '@/utils/messaging/client';
import { captureHostFor, startCapture } from '@/utils/platforms/capture';
import { teamsAdapter } from '@/utils/platforms/teams/adapter';

export default defineContentScript({
  // teams.cloud.microsoft is where Microsoft moved Teams in 2026.
  matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCapture({ adapter: teamsAdapter, host: captureHostFor(ctx), send: sendCaptureBatch });
  },
});
