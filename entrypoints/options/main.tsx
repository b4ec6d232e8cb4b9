import { render } from 'preact';
import { MeetingDb } from '@/utils/db/database';
import { OptionsApp } from './app';

render(<OptionsApp db={new MeetingDb()} />, document.getElementById('app')!);
