import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendCaptureBatch } from '@/utils/messaging/client';
import { captureHostFor, startCapture } from '@/utils/platforms/capture';
import { meetAdapter } from '@/utils/platforms/meet/adapter';

export default defineContentScript({
  matches: ['https://meet.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCapture({ adapter: meetAdapter, host: captureHostFor(ctx), send: sendCaptureBatch });
  },
});
