import { useMemo, useRef, useState } from 'preact/hooks';
import { AddOrganisationForm, type AddOrganisationOutcome, type OrganisationInput } from '@/components/add-organisation-form';
import { BackupRestore, type BackupCheck } from '@/components/backup-restore';
import { downloadFile } from '@/components/download';
import { useLiveQuery } from '@/components/hooks/use-live-query';
import { useTranscriptImport } from '@/components/hooks/use-transcript-import';
import { OdsFileImport, type OdsImportMessage } from '@/components/ods-file-import';
import type { OdsCheck } from '@/components/ods-import-report';
import { OrganisationDirectory } from '@/components/organisation-directory';
import { PersonData, type PersonDataOutcome } from '@/components/person-data';
import { PrivacySettingsForm } from '@/components/privacy-settings';
import { RememberedChoices } from '@/components/remembered-choices';
import { TranscriptImport } from '@/components/transcript-import';
import { formatDate, formatTime } from '@/utils/core/format';
import { exportTextFilter } from '@/utils/core/redaction';
import { OrganisationIndex, type OrganisationRecord } from '@/utils/core/org-directory';
import type { PrivacySettings } from '@/utils/core/settings';
import type { MeetingDb } from '@/utils/db/database';
import {
  addUserOrganisation,
  deleteMapping,
  deleteOrganisation,
  importOdsOrganisations,
  listMappings,
  listOdsImports,
  listOrganisations,
  setOrganisationAliases,
} from '@/utils/db/organisations-repo';
import { createBackup, previewRestore, restoreBackup } from '@/utils/db/backup-repo';
import { collectPersonData, deletePersonData, findPersonData, listKnownNames } from '@/utils/db/person-repo';
import { applyRetention } from '@/utils/db/retention-repo';
import { getPrivacySettings, savePrivacySettings, SettingsError } from '@/utils/db/settings-repo';
import { backupFileName, describeProblems, describeRestorePlan, MAX_BACKUP_CHARS, parseBackup, type Backup } from '@/utils/db/backup-format';
import { meetingFileName } from '@/utils/files/file-name';
import { detectOdsReport, ODS_REPORTS, parseOdsCsv, type OdsImportResult, type OdsReportKind } from '@/utils/files/ods-csv';

/** Largest ODS file accepted: the full epraccur file is about 3 MB. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

const ODS_KINDS = (Object.keys(ODS_REPORTS) as OdsReportKind[]).map((id) => ({ id, label: ODS_REPORTS[id].label }));

function OdsImport({ db }: { db: MeetingDb }) {
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [kind, setKind] = useState<OdsReportKind | ''>('');
  const [result, setResult] = useState<OdsImportResult | null>(null);
  const [message, setMessage] = useState<OdsImportMessage | null>(null);
  const imports = useLiveQuery(() => listOdsImports(db), []);

  const check = (text: string, chosen: OdsReportKind): void => {
    setResult(parseOdsCsv(text, chosen));
    setMessage(null);
  };

  const chooseFile = (chosen: File | undefined): void => {
    setResult(null);
    setMessage(null);
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      setFile(null);
      setMessage({ ok: false, text: `${chosen.name} is ${Math.round(chosen.size / 1_048_576)} MB, larger than any ODS list. Nothing was imported.` });
      return;
    }
    void chosen.text().then((text) => {
      setFile({ name: chosen.name, text });
      const detected = detectOdsReport(chosen.name, text);
      setKind(detected ?? '');
      if (detected) check(text, detected);
    });
  };

  const chooseKind = (chosen: OdsReportKind | ''): void => {
    setKind(chosen);
    if (chosen && file) check(file.text, chosen);
    else setResult(null);
  };

  const importChecked = (): void => {
    if (!file || !result) return;
    const startedAt = performance.now();
    void importOdsOrganisations(db, { ...result, fileName: file.name }, Date.now()).then((outcome) => {
      const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
      setMessage(
        outcome.ok
          ? { ok: true, text: `Imported ${result.organisations.length.toLocaleString('en-GB')} organisations from ${file.name} (${seconds} s).` }
          : { ok: false, text: outcome.error },
      );
      if (outcome.ok) {
        setFile(null);
        setResult(null);
      }
    });
  };

  const checked: OdsCheck | null =
    file && result && kind
      ? {
          fileName: file.name,
          kindLabel: ODS_REPORTS[kind].label,
          totalRows: result.totalRows,
          acceptedRows: result.acceptedRows,
          organisations: result.organisations.length,
          skipped: result.skipped,
          rejected: result.rejected,
          rejectedCount: result.rejectedCount,
          fatal: result.fatal,
        }
      : null;

  return (
    <OdsFileImport
      kinds={ODS_KINDS}
      hasFile={!!file}
      kind={kind}
      check={checked}
      message={message}
      history={imports ?? []}
      onChooseFile={chooseFile}
      onChooseKind={chooseKind}
      onImport={importChecked}
    />
  );
}

/** Adds an organisation the user typed in; resolves with what to tell them. */
async function addOrganisation(db: MeetingDb, input: OrganisationInput): Promise<AddOrganisationOutcome> {
  const outcome = await addUserOrganisation(db, input, { id: `user:${crypto.randomUUID()}`, nowMs: Date.now() });
  return outcome.ok ? { ok: true, text: `Added ${outcome.organisation.name}.` } : { ok: false, text: outcome.error };
}

function Directory({ db }: { db: MeetingDb }) {
  const records = useLiveQuery(() => listOrganisations(db), []);
  const [query, setQuery] = useState('');
  const index = useMemo(() => new OrganisationIndex(records ?? []), [records]);
  const counts = useMemo(() => {
    const bySource = { total: records?.length ?? 0, ods: 0, user: 0, builtin: 0 };
    for (const r of records ?? []) bySource[r.source] += 1;
    return bySource;
  }, [records]);
  // Without a search, the user's own: the built-in and imported ones are hundreds or thousands.
  const shown: OrganisationRecord[] = query.trim() ? index.search(query, 50) : (records ?? []).filter((r) => r.source === 'user').slice(0, 50);
  return (
    <OrganisationDirectory
      counts={counts}
      query={query}
      rows={shown}
      onQueryChange={setQuery}
      onSetAliases={(id, aliases) => void setOrganisationAliases(db, id, aliases)}
      onDelete={(id) => void deleteOrganisation(db, id)}
    >
      <AddOrganisationForm onAdd={(input) => addOrganisation(db, input)} />
    </OrganisationDirectory>
  );
}

function Mappings({ db }: { db: MeetingDb }) {
  const mappings = useLiveQuery(() => listMappings(db), []);
  return <RememberedChoices choices={mappings ?? []} onForget={(key) => void deleteMapping(db, key)} />;
}

/** Saves the patient-data settings, then deletes transcript text the new period no longer keeps. */
async function savePrivacy(db: MeetingDb, next: PrivacySettings): Promise<string> {
  try {
    await savePrivacySettings(db, next);
  } catch (error) {
    if (error instanceof SettingsError) throw error;
    throw new Error(`Your settings could not be saved, so nothing changed. The browser said: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  let deleted: number;
  try {
    deleted = await applyRetention(db, Date.now());
  } catch (error) {
    // The background retries retention every few hours, so the setting still takes effect.
    throw new Error(
      `Saved, but old transcript text could not be deleted yet; it will be tried again within a few hours. The browser said: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return deleted === 0 ? 'Saved.' : `Saved. Transcript text was deleted from ${deleted.toLocaleString('en-GB')} ${deleted === 1 ? 'meeting' : 'meetings'}.`;
}

function Privacy({ db }: { db: MeetingDb }) {
  const settings = useLiveQuery(() => getPrivacySettings(db), []);
  return (
    <section aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Patient data and retention</h2>
      <p>
        Meetings can mention patients. These settings apply to every meeting recorded in this browser, including ones already
        recorded.
      </p>
      {settings ? (
        <PrivacySettingsForm settings={settings} onSave={(next) => savePrivacy(db, next)} />
      ) : (
        <p class="empty" data-testid="privacy-loading">
          Loading settings…
        </p>
      )}
    </section>
  );
}

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function Backups({ db }: { db: MeetingDb }) {
  const checked = useRef<Backup | null>(null);
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Back up and restore</h2>
      <BackupRestore
        onDownload={async () => {
          const nowMs = Date.now();
          const backup = await createBackup(db, nowMs);
          const fileName = backupFileName(nowMs);
          downloadFile(fileName, JSON.stringify(backup), 'application/json');
          return `Downloaded ${fileName}, with ${plural(backup.tables.meetings?.length ?? 0, 'meeting', 'meetings')}.`;
        }}
        onCheck={async (file): Promise<BackupCheck> => {
          checked.current = null;
          // Checked before reading, so a huge file is never loaded into the page.
          if (file.size > MAX_BACKUP_CHARS) {
            return { ok: false, fileName: file.name, problems: [`This file is ${Math.ceil(file.size / 1_048_576).toLocaleString('en-GB')} MB, more than the ${MAX_BACKUP_CHARS / 1_048_576} MB a backup can be. Nothing was restored.`] };
          }
          const result = parseBackup(await file.text());
          if (!result.ok) return { ok: false, fileName: file.name, problems: describeProblems(result) };
          const plan = await previewRestore(db, result.backup);
          checked.current = result.backup;
          const madeMs = Date.parse(result.backup.createdAt);
          return {
            ok: true,
            fileName: file.name,
            madeAt: `${formatDate(madeMs)}, ${formatTime(madeMs)}`,
            summary: describeRestorePlan(plan.counts),
            skippedNote: plan.skippedLiveMeetings.length
              ? `Left as it is, because it is being recorded now: ${plan.skippedLiveMeetings.join(', ')}. Restore again after the meeting to bring back its copy in the backup.`
              : null,
          };
        }}
        onRestore={async () => {
          const backup = checked.current;
          if (!backup) return { ok: false, text: 'Choose the backup file again: it was not checked.' };
          const outcome = await restoreBackup(db, backup);
          checked.current = null;
          if (!outcome.ok) return { ok: false, text: outcome.error };
          const meetings = outcome.counts.meetings;
          return {
            ok: true,
            text: `Restored. ${plural(meetings.added, 'meeting was', 'meetings were')} added and ${plural(meetings.replaced, 'meeting was', 'meetings were')} replaced; ${describeRestorePlan(outcome.counts)} Past meetings in the side panel now include them.`,
          };
        }}
      />
    </section>
  );
}

/** Meetings held in the Teams app, Zoom or elsewhere, from their transcript files (issue 15). */
function Transcripts({ db }: { db: MeetingDb }) {
  const transcriptImport = useTranscriptImport(db);
  return (
    <section aria-labelledby="transcripts-heading">
      <h2 id="transcripts-heading">Meetings from transcript files</h2>
      <p>
        A meeting held in the Teams desktop app, Zoom or anywhere the side panel could not see can be analysed from the
        transcript downloaded afterwards, like any other meeting: talk by person, organisation and sector, suggested actions and
        decisions, and the summary.
      </p>
      <TranscriptImport
        status={transcriptImport.status}
        idPrefix="options"
        onChooseFile={transcriptImport.chooseFile}
        onTooManyFiles={transcriptImport.tooManyFiles}
        onDetailsChange={transcriptImport.changeDetails}
        onSave={transcriptImport.save}
        onCancel={transcriptImport.cancel}
      />
    </section>
  );
}

/** Everything about one person: found, downloaded for a subject access request, or deleted. */
function Person({ db }: { db: MeetingDb }) {
  const names = useLiveQuery(() => listKnownNames(db), []);
  return (
    <PersonData
      names={names ?? []}
      onFind={(chosen) => findPersonData(db, chosen)}
      onDownload={async (chosen): Promise<PersonDataOutcome> => {
        const nowMs = Date.now();
        const privacy = await getPrivacySettings(db);
        const file = await collectPersonData(db, chosen, nowMs, exportTextFilter(privacy.redactPatientDetails));
        const fileName = meetingFileName('person-data', chosen[0] ?? null, nowMs, 'json');
        downloadFile(fileName, JSON.stringify(file, null, 2), 'application/json');
        return { ok: true, text: `Downloaded ${fileName}.${privacy.redactPatientDetails ? ' Patient details in it are hidden, as in every export.' : ''}` };
      }}
      onDelete={async (chosen): Promise<PersonDataOutcome> => {
        const report = await deletePersonData(db, chosen);
        return {
          ok: true,
          text: `Deleted everything about ${chosen.join(' / ')} from ${plural(report.meetings.length, 'meeting', 'meetings')}. Backups made before today still hold it.`,
        };
      }}
    />
  );
}

/** The options page: transcript imports, the organisation directory, ODS imports, remembered choices, patient-data settings, everything about a person, and backups. */
export function OptionsApp({ db }: { db: MeetingDb }) {
  return (
    <main class="options">
      <h1>Organisations and patient data</h1>
      <p>
        The side panel works out each participant’s organisation and sector from their display name, what they say when they
        introduce themselves, and this directory. Everything here stays in this browser.
      </p>
      <OdsImport db={db} />
      <Directory db={db} />
      <Transcripts db={db} />
      <Mappings db={db} />
      <Privacy db={db} />
      <Person db={db} />
      <Backups db={db} />
    </main>
  );
}
