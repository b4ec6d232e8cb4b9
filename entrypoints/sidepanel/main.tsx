import { render } from 'preact';
import { MeetingDb } from '@/utils/db/database';
import { App } from './app';

render(<App db={new MeetingDb()} />, document.getElementById('app')!);
