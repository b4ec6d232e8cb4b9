import { render } from 'preact';
import { MeetingDb } from '@/utils/db/database';
import { App } from './app';
import { PrintView } from './print-view';
import { SeriesPrintView, SERIES_PRINT_PARAM } from './series-print-view';

const db = new MeetingDb();
// The same page doubles as the print view of a summary, sidepanel.html?print=<meeting id>,
// and of a series' evidence pack, sidepanel.html?print-series=<token>.
const params = new URLSearchParams(location.search);
const printMeetingId = params.get('print');
const printSeriesToken = params.get(SERIES_PRINT_PARAM);
if (printMeetingId || printSeriesToken) document.body.classList.add('printing');
render(
  printMeetingId ? <PrintView db={db} meetingId={printMeetingId} /> : printSeriesToken ? <SeriesPrintView token={printSeriesToken} /> : <App db={db} />,
  document.getElementById('app')!,
);
