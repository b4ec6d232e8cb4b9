import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { collectPageStructure } from '@/utils/platforms/page-report';

// The page report's collector, injected into the meeting tab only when the user
// presses "Save a page report" in the side panel (Chrome: scripting.executeScript;
// Firefox: tabs.executeScript). Kept out of the content scripts, which run in
// every call and are near their size budget. Its answer is the script's value:
// nothing is sent anywhere, and the side panel checks it before saving it.
export default defineUnlistedScript(() => collectPageStructure(document, location.hostname));
