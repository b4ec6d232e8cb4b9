import { render } from 'preact';
import { MeetingDb } from '@/utils/db/database';
import { App } from './app';
import { PrintView } from './print-view';

const db = new MeetingDb();
// The same page doubles as the print view of a summary: sidepanel.html?print=<meeting id>.
const printMeetingId = new URLSearchParams(location.search).get('print');
if (printMeetingId) document.body.classList.add('printing');
render(printMeetingId ? <PrintView db={db} meetingId={printMeetingId} /> : <App db={db} />, document.getElementById('app')!);
