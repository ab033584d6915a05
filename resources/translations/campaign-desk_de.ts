<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Campaign Desk</source>
        <translation>Über Campaign Desk</translation>
    </message>
    <message>
        <source>Campaign Desk icon</source>
        <translation>Symbol von Campaign Desk</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>Account label</source>
        <translation>Kontobezeichnung</translation>
    </message>
    <message>
        <source>e.g. Agency account</source>
        <translation>z. B. Agenturkonto</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>&amp;Bot / Stream ID:</source>
        <translation>&amp;Bot-/Stream-ID:</translation>
    </message>
    <message>
        <source>Bot or Stream ID</source>
        <translation>Bot- oder Stream-ID</translation>
    </message>
    <message>
        <source>st-…</source>
        <translation>st-…</translation>
    </message>
    <message>
        <source>App &amp;ID (iid):</source>
        <translation>App-&amp;ID (iid):</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>Acc&amp;ount ID:</source>
        <translation>K&amp;onto-ID:</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>cs-…</source>
        <translation>cs-…</translation>
    </message>
    <message>
        <source>&amp;Remember the key in the system keyring</source>
        <translation>Schlüssel im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API-&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>Requests per &amp;minute:</source>
        <translation>Anfragen pro &amp;Minute:</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Anfragen pro Minute</translation>
    </message>
    <message>
        <source>Platform default</source>
        <translation>Vorgabe der Plattform</translation>
    </message>
    <message>
        <source>Allow HTTP/&amp;2</source>
        <translation>HTTP/&amp;2 erlauben</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <source>The %1 key for %2 was refused%3.</source>
        <translation>Der %1-Schlüssel für %2 wurde abgelehnt%3.</translation>
    </message>
    <message>
        <source>%1 asked us to slow down%2.</source>
        <translation>%1 hat uns gebeten, langsamer zu werden%2.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3.</source>
        <translation>%1 antwortete mit HTTP %2%3.</translation>
    </message>
    <message>
        <source>Unexpected answer from %1: %2</source>
        <translation>Unerwartete Antwort von %1: %2</translation>
    </message>
    <message>
        <source>%1 reported a failure%2.</source>
        <translation>%1 meldete einen Fehler%2.</translation>
    </message>
</context>
<context>
    <name>AccountsFile</name>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>%1: unknown platform &quot;%2&quot;</source>
        <translation>%1: unbekannte Plattform „%2“</translation>
    </message>
    <message>
        <source>%1: needs a label and an absolute baseUrl</source>
        <translation>%1: braucht eine Bezeichnung und eine absolute baseUrl</translation>
    </message>
    <message>
        <source>account %1 (&quot;%2&quot;)</source>
        <translation>Konto %1 („%2“)</translation>
    </message>
    <message>
        <source>%1: an inline &quot;secret&quot; is accepted only for the sandbox on this computer, not for %2. Remove it from the file, put the key in an environment variable and name that variable with &quot;secretEnv&quot;.</source>
        <translation>%1: ein eingebettetes „secret“ ist nur für die Sandbox auf diesem Computer erlaubt, nicht für %2. Entfernen Sie es aus der Datei, legen Sie den Schlüssel in eine Umgebungsvariable und nennen Sie diese Variable mit „secretEnv“.</translation>
    </message>
    <message>
        <source>%1: the environment variable %2 named by &quot;secretEnv&quot; is not set or empty.</source>
        <translation>%1: die mit „secretEnv“ genannte Umgebungsvariable %2 ist nicht gesetzt oder leer.</translation>
    </message>
    <message>
        <source>%1: no secret; name the environment variable that holds it with &quot;secretEnv&quot;.</source>
        <translation>%1: kein Geheimnis; nennen Sie mit „secretEnv“ die Umgebungsvariable, die es enthält.</translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation>Kontofilter</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ak&amp;tion:</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Aktionsfilter</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Ergebnisfilter</translation>
    </message>
    <message>
        <source>Search the activity</source>
        <translation>Aktivität durchsuchen</translation>
    </message>
    <message>
        <source>Search campaign, account, message… (Ctrl+F)</source>
        <translation>Kampagne, Konto, Meldung suchen… (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the activity log again (F5)</source>
        <translation>Das Aktivitätsprotokoll neu lesen (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the entries that match the filters as a CSV file</source>
        <translation>Die Einträge, die den Filtern entsprechen, als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Activity entries</source>
        <translation>Aktivitätseinträge</translation>
    </message>
    <message>
        <source>Full record of the selected entry</source>
        <translation>Vollständiger Eintrag der Auswahl</translation>
    </message>
    <message>
        <source>Select an entry to see its full record.</source>
        <translation>Wählen Sie einen Eintrag, um ihn vollständig zu sehen.</translation>
    </message>
    <message>
        <source>Activity status</source>
        <translation>Aktivitätsstatus</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The activity log %1 is damaged or is not a Campaign Desk database. It was left as it is; move it away (or restore a backup) to start a new log.</source>
        <translation>Das Aktivitätsprotokoll %1 ist beschädigt oder keine Campaign-Desk-Datenbank. Es wurde nicht verändert; verschieben Sie es (oder stellen Sie eine Sicherung wieder her), um ein neues Protokoll zu beginnen.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Schützen</translation>
    </message>
    <message>
        <source>Remove protection</source>
        <translation>Schutz aufheben</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Deleted (confirmed by a follow-up check)</source>
        <translation>Gelöscht (durch eine Nachprüfung bestätigt)</translation>
    </message>
    <message>
        <source>Not deleted (confirmed by a follow-up check)</source>
        <translation>Nicht gelöscht (durch eine Nachprüfung bestätigt)</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Bereits entfernt</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the activity log.</source>
        <translation>Der Ordner %1 für das Aktivitätsprotokoll kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read the activity log %1: %2</source>
        <translation>Das Aktivitätsprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the activity log %1: %2</source>
        <translation>Das Aktivitätsprotokoll %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the activity log %1: %2</source>
        <translation>Das Aktivitätsprotokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The activity log %1 was written by a newer version of Campaign Desk (schema %2; this version knows up to %3). It was left as it is: update Campaign Desk to open it.</source>
        <translation>Das Aktivitätsprotokoll %1 wurde von einer neueren Version von Campaign Desk geschrieben (Schema %2; diese Version kennt bis %3). Es wurde nicht verändert: Aktualisieren Sie Campaign Desk, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot back up the activity log before updating it (%1): %2. It was left as it is.</source>
        <translation>Das Aktivitätsprotokoll kann vor der Aktualisierung nicht gesichert werden (%1): %2. Es wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot update the activity log: %1</source>
        <translation>Das Aktivitätsprotokoll kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot update the activity log to schema %1: %2</source>
        <translation>Das Aktivitätsprotokoll kann nicht auf Schema %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>The activity log is not open.</source>
        <translation>Das Aktivitätsprotokoll ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot write to the activity log: %1</source>
        <translation>In das Aktivitätsprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Activity log entry %1 does not exist or is already complete.</source>
        <translation>Der Protokolleintrag %1 existiert nicht oder ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Cannot read the activity log: %1</source>
        <translation>Das Aktivitätsprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Local flag; nothing was sent to the platform.</source>
        <translation>Lokale Markierung; nichts wurde an die Plattform gesendet.</translation>
    </message>
    <message>
        <source>Bulk delete %1 has no campaign number %2.</source>
        <translation>Die Massenlöschung %1 hat keine Kampagne Nummer %2.</translation>
    </message>
    <message>
        <source>There is no bulk delete %1.</source>
        <translation>Es gibt keine Massenlöschung %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BulkDeleteDialog</name>
    <message>
        <source>Delete campaigns</source>
        <translation>Kampagnen löschen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Live status</source>
        <translation>Live-Status</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Pause blocked ones (reversible)</source>
        <translation>Gesperrte &amp;pausieren (umkehrbar)</translation>
    </message>
    <message>
        <source>&amp;Stop blocked ones for good…</source>
        <translation>Gesperrte endgültig &amp;stoppen…</translation>
    </message>
    <message>
        <source>&amp;Export each campaign first (recommended), into:</source>
        <translation>Jede Kampagne zuerst &amp;exportieren (empfohlen), nach:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Discard this batch</source>
        <translation>Diesen Stapel &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Resume this batch</source>
        <translation>Diesen Stapel &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Cancel the rest</source>
        <translation>Den &amp;Rest abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Restzeit wird geschätzt…</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Sekunde</numerusform>
            <numerusform>Noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Minute</numerusform>
            <numerusform>Noch etwa %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkQueue</name>
    <message>
        <source>Protected from deletion.</source>
        <translation>Vor dem Löschen geschützt.</translation>
    </message>
    <message>
        <source>Its status blocks deleting it.</source>
        <translation>Ihr Status verhindert das Löschen.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Wird exportiert</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The activity log is not available: nothing was sent.</source>
        <translation>Das Aktivitätsprotokoll ist nicht verfügbar: Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The bulk-delete journal could not be written, so nothing was sent.</source>
        <translation>Das Journal der Massenlöschung konnte nicht geschrieben werden, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The account is not connected: nothing was sent.</source>
        <translation>Das Konto ist nicht verbunden: Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The journal could not be written, so nothing was sent.</source>
        <translation>Das Journal konnte nicht geschrieben werden, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Cancelled before it was checked: nothing was deleted.</source>
        <translation>Vor der Prüfung abgebrochen: Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>The confirmation was not accepted: nothing was deleted.</source>
        <translation>Die Bestätigung wurde nicht angenommen: Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was deleted.</source>
        <translation>Abgebrochen: Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>The platform asked to wait; it will be tried again.</source>
        <translation>Die Plattform bat zu warten; es wird erneut versucht.</translation>
    </message>
    <message>
        <source>The account is not connected, so it could not be checked whether the campaign was deleted.</source>
        <translation>Das Konto ist nicht verbunden, daher ließ sich nicht prüfen, ob die Kampagne gelöscht wurde.</translation>
    </message>
    <message>
        <source>Deleted (confirmed by a follow-up fetch: the campaign is gone).</source>
        <translation>Gelöscht (durch einen erneuten Abruf bestätigt: Die Kampagne ist weg).</translation>
    </message>
    <message>
        <source>Not deleted (a follow-up fetch found it still there); cancelled.</source>
        <translation>Nicht gelöscht (ein erneuter Abruf fand sie noch vor); abgebrochen.</translation>
    </message>
    <message>
        <source>A follow-up fetch found it still there: nothing was deleted yet.</source>
        <translation>Ein erneuter Abruf fand sie noch vor: Noch wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Outcome unknown: the follow-up fetch failed (%1). Refresh the account to see whether the campaign is still there.</source>
        <translation>Ergebnis unbekannt: Der erneute Abruf schlug fehl (%1). Aktualisieren Sie das Konto, um zu sehen, ob die Kampagne noch da ist.</translation>
    </message>
    <message>
        <source>The bulk-delete journal could not be written, so nothing more is sent.</source>
        <translation>Das Journal der Massenlöschung konnte nicht geschrieben werden, daher wird nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>Cancelled before it started: nothing was deleted.</source>
        <translation>Vor dem Start abgebrochen: Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>BurkiProvider</name>
    <message>
        <source>Burki reports a status Campaign Desk does not know (“%1”); refresh the campaign.</source>
        <translation>Burki meldet einen Status, den Campaign Desk nicht kennt („%1“); aktualisieren Sie die Kampagne.</translation>
    </message>
    <message>
        <source>Already paused</source>
        <translation>Bereits pausiert</translation>
    </message>
    <message>
        <source>Only a running campaign can be paused</source>
        <translation>Nur eine laufende Kampagne kann pausiert werden</translation>
    </message>
    <message>
        <source>Already running</source>
        <translation>Läuft bereits</translation>
    </message>
    <message>
        <source>Only a paused campaign can be resumed</source>
        <translation>Nur eine pausierte Kampagne kann fortgesetzt werden</translation>
    </message>
    <message>
        <source>Already cancelled</source>
        <translation>Bereits abgebrochen</translation>
    </message>
    <message>
        <source>Burki cannot stop a %1 campaign</source>
        <translation>Burki kann eine Kampagne im Status %1 nicht stoppen</translation>
    </message>
    <message>
        <source>This campaign is scheduled: Burki starts it on its own at its scheduled time, and a running campaign cannot be deleted.</source>
        <translation>Diese Kampagne ist geplant: Burki startet sie zum geplanten Zeitpunkt von selbst, und eine laufende Kampagne kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Burki sent no status for this campaign, so Campaign Desk will not delete it.</source>
        <translation>Burki hat für diese Kampagne keinen Status geschickt, daher löscht Campaign Desk sie nicht.</translation>
    </message>
    <message>
        <source>The status “%1” is unknown to Campaign Desk, so it will not delete this campaign.</source>
        <translation>Der Status „%1“ ist Campaign Desk unbekannt, daher wird diese Kampagne nicht gelöscht.</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>execution history and logs</source>
        <translation>Ausführungsverlauf und Protokolle</translation>
    </message>
    <message>
        <source>schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <source>imported rows (import history)</source>
        <translation>importierte Zeilen (Importverlauf)</translation>
    </message>
    <message>
        <source>campaign configuration and settings</source>
        <translation>Kampagnenkonfiguration und Einstellungen</translation>
    </message>
    <message>
        <source>Cannot delete running campaign - stop it first</source>
        <translation>Eine laufende Kampagne kann nicht gelöscht werden – zuerst stoppen</translation>
    </message>
</context>
<context>
    <name>CampaignDesk</name>
    <message>
        <source>Enter the API base URL.</source>
        <translation>Geben Sie die API-Basis-URL ein.</translation>
    </message>
    <message>
        <source>The API base URL is not a valid address.</source>
        <translation>Die API-Basis-URL ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The API base URL must not contain a user name or password.</source>
        <translation>Die API-Basis-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The API base URL must not contain a query (&quot;?…&quot;) or fragment (&quot;#…&quot;); enter the key in its own field.</source>
        <translation>Die API-Basis-URL darf keine Abfrage („?…“) und kein Fragment („#…“) enthalten; geben Sie den Schlüssel in seinem eigenen Feld ein.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (localhost or 127.0.0.1); use https:// for %1.</source>
        <translation>Unverschlüsseltes http:// ist nur für diesen Computer erlaubt (localhost oder 127.0.0.1); verwenden Sie https:// für %1.</translation>
    </message>
    <message>
        <source>The API base URL must start with https://.</source>
        <translation>Die API-Basis-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The account has no valid id.</source>
        <translation>Das Konto hat keine gültige ID.</translation>
    </message>
    <message>
        <source>Enter a name for the account.</source>
        <translation>Geben Sie einen Namen für das Konto ein.</translation>
    </message>
    <message>
        <source>Another account is already called &quot;%1&quot;.</source>
        <translation>Ein anderes Konto heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>The request rate cannot be negative.</source>
        <translation>Die Anfragerate darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Enter the Kore.ai stream id.</source>
        <translation>Geben Sie die Kore.ai-Stream-ID ein.</translation>
    </message>
    <message>
        <source>Enter the Kore.ai app id (iid).</source>
        <translation>Geben Sie die Kore.ai-App-ID (iid) ein.</translation>
    </message>
    <message>
        <source>Enter the Kore.ai account id.</source>
        <translation>Geben Sie die Kore.ai-Konto-ID ein.</translation>
    </message>
    <message>
        <source>Enter the Kore.ai client id.</source>
        <translation>Geben Sie die Kore.ai-Client-ID ein.</translation>
    </message>
    <message>
        <source>A copy of it could not be made: back it up yourself before changing any setting.</source>
        <translation>Es konnte keine Kopie angelegt werden: Sichern Sie die Datei selbst, bevor Sie eine Einstellung ändern.</translation>
    </message>
    <message>
        <source>The settings file could not be read, so saved accounts and window settings may be missing.</source>
        <translation>Die Einstellungsdatei konnte nicht gelesen werden; gespeicherte Konten und Fenstereinstellungen fehlen daher möglicherweise.</translation>
    </message>
    <message>
        <source>The settings file was written by a newer version of Campaign Desk (settings version %1; this version knows %2). Settings this version does not know may not be kept.</source>
        <translation>Die Einstellungsdatei wurde von einer neueren Version von Campaign Desk geschrieben (Einstellungsversion %1; diese Version kennt %2). Einstellungen, die diese Version nicht kennt, bleiben möglicherweise nicht erhalten.</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Einstellungsdatei: %1</translation>
    </message>
    <message>
        <source>Untouched copy: %1</source>
        <translation>Unveränderte Kopie: %1</translation>
    </message>
    <message>
        <source>An untouched copy was kept beside it.</source>
        <translation>Eine unveränderte Kopie wurde daneben aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>CampaignDesk::AboutDialog</name>
    <message>
        <source>&lt;h2&gt;Campaign Desk %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Campaign Desk %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Lists, pauses, exports and safely deletes outreach campaigns across several platforms, with a live check, an export and a typed confirmation before anything is deleted.</source>
        <translation>Listet, pausiert, exportiert und löscht Outreach-Kampagnen mehrerer Plattformen sicher – mit Live-Prüfung, Export und getippter Bestätigung, bevor etwas gelöscht wird.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Works with:&lt;/b&gt; %1, and a built-in sandbox of all of them.</source>
        <translation>&lt;b&gt;Funktioniert mit:&lt;/b&gt; %1 und einer eingebauten Sandbox all dieser Plattformen.</translation>
    </message>
    <message>
        <source>Runs on Linux desktops (X11 and Wayland); packaged for Debian 12 and later.
This copy: Qt %1 on %2.</source>
        <translation>Läuft auf Linux-Desktops (X11 und Wayland); als Paket für Debian 12 und neuer.
Diese Kopie: Qt %1 auf %2.</translation>
    </message>
    <message>
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;. It comes with no warranty.</source>
        <translation>Freie Software unter der &lt;a href=&quot;%1&quot;&gt;GNU General Public License, Version 3 oder neuer&lt;/a&gt;. Ohne jede Gewährleistung.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Website and source code&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Report a problem&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Website und Quellcode&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Problem melden&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>CampaignDesk::AccountDialog</name>
    <message>
        <source>Edit account “%1”</source>
        <translation>Konto „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Stored in the keyring; type a new one to replace it</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen einen neuen eingeben</translation>
    </message>
    <message>
        <source>Environment &amp;token:</source>
        <translation>Umgebungs-&amp;Token:</translation>
    </message>
    <message>
        <source>talq_…</source>
        <translation>talq_…</translation>
    </message>
    <message>
        <source>Client &amp;Secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>from the JWT app in the XO platform</source>
        <translation>aus der JWT-App der XO-Plattform</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Add %1 account</source>
        <translation>%1-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Give the account a label.</source>
        <translation>Geben Sie dem Konto eine Bezeichnung.</translation>
    </message>
    <message>
        <source>Another account is already called “%1”.</source>
        <translation>Ein anderes Konto heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Geben Sie %1 ein.</translation>
    </message>
    <message>
        <source>The API base URL is not a valid URL.</source>
        <translation>Die API-Basis-URL ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The API base URL must start with https:// (http:// is only allowed for this computer).</source>
        <translation>Die API-Basis-URL muss mit https:// beginnen (http:// ist nur für diesen Computer erlaubt).</translation>
    </message>
    <message>
        <source>Kore.ai needs the Bot/Stream ID, App ID, Account ID and Client ID.</source>
        <translation>Kore.ai braucht Bot-/Stream-ID, App-ID, Konto-ID und Client-ID.</translation>
    </message>
    <message>
        <source>Type the key to test it.</source>
        <translation>Geben Sie den Schlüssel ein, um ihn zu testen.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>✔ Connected to %1 (HTTP %2).</source>
        <translation>✔ Verbunden mit %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
</context>
<context>
    <name>CampaignDesk::AccountSession</name>
    <message>
        <source>No key for this account: open its settings to enter it.</source>
        <translation>Kein Schlüssel für dieses Konto: Öffnen Sie seine Einstellungen, um ihn einzugeben.</translation>
    </message>
</context>
<context>
    <name>CampaignDesk::AccountStore</name>
    <message>
        <source>Sandbox accounts are never saved.</source>
        <translation>Sandbox-Konten werden nie gespeichert.</translation>
    </message>
    <message>
        <source>The account could not be saved: the settings file is not writable.</source>
        <translation>Das Konto konnte nicht gespeichert werden: Die Einstellungsdatei ist nicht beschreibbar.</translation>
    </message>
</context>
<context>
    <name>CampaignDesk::ActivityModel</name>
    <message>
        <source>Outcome unknown (never completed)</source>
        <translation>Ergebnis unbekannt (nie abgeschlossen)</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (Sandbox)</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Export turned off by the user</source>
        <translation>Export vom Benutzer abgeschaltet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>Status vorher</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Platform message</source>
        <translation>Meldung der Plattform</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>CampaignDesk::ActivityWindow</name>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Keine passenden Einträge.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Kampagne:</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (Sandbox)</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>Status before:</source>
        <translation>Status vorher:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Begonnen:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Beendet:</translation>
    </message>
    <message>
        <source>never completed (the app stopped before the answer)</source>
        <translation>nie abgeschlossen (die App wurde vor der Antwort beendet)</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP-Status:</translation>
    </message>
    <message>
        <source>Platform message:</source>
        <translation>Meldung der Plattform:</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>turned off by the user</source>
        <translation>vom Benutzer abgeschaltet</translation>
    </message>
    <message>
        <source>Manifest SHA-256:</source>
        <translation>Manifest-SHA-256:</translation>
    </message>
    <message>
        <source>How the outcome was established:</source>
        <translation>Wie das Ergebnis festgestellt wurde:</translation>
    </message>
    <message>
        <source>Deletion summary:</source>
        <translation>Löschübersicht:</translation>
    </message>
    <message>
        <source>Export activity as CSV</source>
        <translation>Aktivität als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>CampaignDesk::BulkDeleteDialog</name>
    <message>
        <source>Unfinished bulk delete</source>
        <translation>Unvollendete Massenlöschung</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;A bulk delete of %n campaign(s) did not finish&lt;/h3&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;Eine Massenlöschung von %n Kampagne wurde nicht beendet&lt;/h3&gt;</numerusform>
            <numerusform>&lt;h3&gt;Eine Massenlöschung von %n Kampagnen wurde nicht beendet&lt;/h3&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Campaign Desk stopped while it was running. This is what the journal says about each campaign. Campaigns marked “Deleting” or “Outcome unknown” may be gone: resuming checks each of them with a fresh fetch first and never deletes anything twice.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Campaign Desk wurde beendet, während sie lief. Das Journal sagt zu jeder Kampagne Folgendes. Kampagnen mit „Wird gelöscht“ oder „Ergebnis unbekannt“ sind vielleicht schon entfernt: Beim Fortsetzen wird jede zuerst neu abgerufen, und nichts wird zweimal gelöscht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>Deleting cannot be undone: the platforms keep no copy. Only the export bundles remain.</source>
        <translation>Löschen kann nicht rückgängig gemacht werden: Die Plattformen behalten keine Kopie. Nur die Exportpakete bleiben.</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>Bulk delete</source>
        <translation>Massenlöschung</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Paused: campaigns already on their way finish; nothing new starts.</source>
        <translation>Pausiert: Kampagnen, die schon unterwegs sind, werden fertig; nichts Neues beginnt.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Resuming: checking what may already be gone first…</source>
        <translation>Wird fortgesetzt: zuerst wird geprüft, was schon entfernt sein könnte…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Can be deleted</source>
        <translation>Kann gelöscht werden</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Protected — excluded</source>
        <translation>Geschützt – ausgenommen</translation>
    </message>
    <message>
        <source>Protected from deletion in Campaign Desk.</source>
        <translation>In Campaign Desk vor dem Löschen geschützt.</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Bereits entfernt</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;Delete %n campaign(s)?&lt;/h3&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;%n Kampagne löschen?&lt;/h3&gt;</numerusform>
            <numerusform>&lt;h3&gt;%n Kampagnen löschen?&lt;/h3&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the live status of %1 of %2 selected campaigns…</source>
        <translation>Live-Status von %1 der %2 ausgewählten Kampagnen wird geprüft…</translation>
    </message>
    <message>
        <source>%1 selected: %2 can be deleted, %3 blocked, %4 protected, %5 could not be checked or are already gone.</source>
        <translation>%1 ausgewählt: %2 löschbar, %3 gesperrt, %4 geschützt, %5 nicht prüfbar oder bereits entfernt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Excluded, protected from deletion:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ausgenommen, vor dem Löschen geschützt:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Pause %n blocked campaign(s) (reversible)</source>
        <translation>
            <numerusform>%n gesperrte Kampagne &amp;pausieren (umkehrbar)</numerusform>
            <numerusform>%n gesperrte Kampagnen &amp;pausieren (umkehrbar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Stop %n blocked campaign(s) for good…</source>
        <translation>
            <numerusform>%n gesperrte Kampagne endgültig &amp;stoppen…</numerusform>
            <numerusform>%n gesperrte Kampagnen endgültig &amp;stoppen…</numerusform>
        </translation>
    </message>
    <message>
        <source>To delete the %1 deletable campaigns, type &lt;b&gt;%2&lt;/b&gt;:</source>
        <translation>Um die %1 löschbaren Kampagnen zu löschen, tippen Sie &lt;b&gt;%2&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>None of the selected campaigns can be deleted right now.</source>
        <translation>Keine der ausgewählten Kampagnen kann gerade gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n campaign(s) permanently</source>
        <translation>
            <numerusform>%n Kampagne endgültig löschen</numerusform>
            <numerusform>%n Kampagnen endgültig löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the blocked campaigns for good?</source>
        <translation>Die gesperrten Kampagnen endgültig stoppen?</translation>
    </message>
    <message>
        <source>Stopping cannot be undone: they can never run again. Pause them instead if you may want them back.</source>
        <translation>Stoppen kann nicht rückgängig gemacht werden: Sie können nie wieder laufen. Pausieren Sie sie, wenn Sie sie vielleicht zurückhaben wollen.</translation>
    </message>
    <message>
        <source>Protected from deletion: excluded.</source>
        <translation>Vor dem Löschen geschützt: ausgenommen.</translation>
    </message>
    <message>
        <source>Already gone when checked.</source>
        <translation>Bei der Prüfung bereits entfernt.</translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation>Nicht prüfbar: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Cancelled. What was deleted stays deleted; the rest is untouched.</source>
        <translation>Abgebrochen. Was gelöscht wurde, bleibt gelöscht; der Rest ist unberührt.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Deleted: %1. Blocked: %2. Failed: %3. Outcome unknown: %4. Skipped: %5. Cancelled: %6.</source>
        <translation>Gelöscht: %1. Gesperrt: %2. Fehlgeschlagen: %3. Ergebnis unbekannt: %4. Übersprungen: %5. Abgebrochen: %6.</translation>
    </message>
    <message>
        <source>Cancelling: campaigns already being deleted finish first…</source>
        <translation>Wird abgebrochen: Kampagnen, die gerade gelöscht werden, werden zuerst fertig…</translation>
    </message>
</context>
<context>
    <name>CampaignDesk::CampaignLister</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Unexpected answer (HTTP %1): not JSON.</source>
        <translation>Unerwartete Antwort (HTTP %1): kein JSON.</translation>
    </message>
    <message>
        <source>Unexpected answer (HTTP %1): %2</source>
        <translation>Unerwartete Antwort (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>CampaignDesk::CampaignTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>CampaignDesk::DeleteDialog</name>
    <message>
        <source>Delete campaign — %1</source>
        <translation>Kampagne löschen — %1</translation>
    </message>
    <message>
        <source>Checking the live status on %1…</source>
        <translation>Live-Status auf %1 wird geprüft…</translation>
    </message>
    <message>
        <source>Export and c&amp;ontinue…</source>
        <translation>Exportieren und &amp;weiter…</translation>
    </message>
    <message>
        <source>C&amp;ontinue without export…</source>
        <translation>Ohne Export &amp;weiter…</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>%1 — sandbox</source>
        <translation>%1 — Sandbox</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Delete campaign “%1” on %2 (%3)?&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Kampagne „%1“ auf %2 (%3) löschen?&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Asking %1 to change the campaign…</source>
        <translation>%1 wird gebeten, die Kampagne zu ändern…</translation>
    </message>
    <message>
        <source>Exporting from %1…</source>
        <translation>Export von %1…</translation>
    </message>
    <message>
        <source>Checking the live status on %1 once more…</source>
        <translation>Live-Status auf %1 wird noch einmal geprüft…</translation>
    </message>
    <message>
        <source>Deleting on %1…</source>
        <translation>Wird auf %1 gelöscht…</translation>
    </message>
    <message>
        <source>Outcome unknown — checking…</source>
        <translation>Ergebnis unbekannt — wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%1 asked to wait. Trying again once in %n second(s)…</source>
        <translation>
            <numerusform>%1 bat zu warten. Neuer Versuch in %n Sekunde…</numerusform>
            <numerusform>%1 bat zu warten. Neuer Versuch in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Live status on %1: &lt;b&gt;%2&lt;/b&gt; (fetched just now)</source>
        <translation>Live-Status auf %1: &lt;b&gt;%2&lt;/b&gt; (gerade abgerufen)</translation>
    </message>
    <message>
        <source>Protected from deletion</source>
        <translation>Vor dem Löschen geschützt</translation>
    </message>
    <message>
        <source>It cannot be deleted right now</source>
        <translation>Sie kann gerade nicht gelöscht werden</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Keep it paused</source>
        <translation>Pausiert &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Stop “%1” on %2 for good?</source>
        <translation>„%1“ auf %2 endgültig stoppen?</translation>
    </message>
    <message>
        <source>Stopping cannot be undone: the campaign can never run again. Pausing is reversible.</source>
        <translation>Stoppen kann nicht rückgängig gemacht werden: Die Kampagne kann nie wieder laufen. Pausieren ist umkehrbar.</translation>
    </message>
    <message>
        <source>Choose a folder the export can be written to.</source>
        <translation>Wählen Sie einen Ordner, in den der Export geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Export skipped (your choice; it is recorded in the activity log).</source>
        <translation>Export übersprungen (Ihre Wahl; sie steht im Aktivitätsprotokoll).</translation>
    </message>
    <message>
        <source>✔ Export written and verified: %1</source>
        <translation>✔ Export geschrieben und geprüft: %1</translation>
    </message>
    <message>
        <source>The name is empty or shared with another campaign, so type the campaign’s &lt;b&gt;id&lt;/b&gt; to delete it permanently:</source>
        <translation>Der Name ist leer oder wird von einer anderen Kampagne geteilt, tippen Sie daher die &lt;b&gt;ID&lt;/b&gt; der Kampagne, um sie endgültig zu löschen:</translation>
    </message>
    <message>
        <source>Type the campaign’s &lt;b&gt;name&lt;/b&gt; to delete it permanently:</source>
        <translation>Tippen Sie den &lt;b&gt;Namen&lt;/b&gt; der Kampagne, um sie endgültig zu löschen:</translation>
    </message>
    <message>
        <source>✔ Deleted on %1</source>
        <translation>✔ Auf %1 gelöscht</translation>
    </message>
    <message>
        <source>✔ Deleted (confirmed by a follow-up check)</source>
        <translation>✔ Gelöscht (durch eine Nachprüfung bestätigt)</translation>
    </message>
    <message>
        <source>Already gone on %1</source>
        <translation>Auf %1 bereits entfernt</translation>
    </message>
    <message>
        <source>✔ Archived instead</source>
        <translation>✔ Stattdessen archiviert</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Cancelled: nothing was deleted</source>
        <translation>Abgebrochen: Nichts wurde gelöscht</translation>
    </message>
    <message>
        <source>⚠ Outcome unknown</source>
        <translation>⚠ Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>✔ Done</source>
        <translation>✔ Fertig</translation>
    </message>
    <message>
        <source>✘ Not deleted</source>
        <translation>✘ Nicht gelöscht</translation>
    </message>
    <message>
        <source>%1 reports it deleted:&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>%1 meldet als gelöscht:&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The verified export is kept in:&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der geprüfte Export liegt in:&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Verifying the export…</source>
        <translation>Export wird geprüft…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>CampaignDesk::DeleteOperation</name>
    <message>
        <source>The account is no longer connected.</source>
        <translation>Das Konto ist nicht mehr verbunden.</translation>
    </message>
    <message>
        <source>404 on DELETE; a follow-up fetch confirmed the campaign is not there.</source>
        <translation>404 auf DELETE; ein erneuter Abruf bestätigte, dass die Kampagne nicht da ist.</translation>
    </message>
    <message>
        <source>Already gone on %1.</source>
        <translation>Auf %1 bereits entfernt.</translation>
    </message>
    <message>
        <source>404 on DELETE, but the follow-up fetch did not confirm it.</source>
        <translation>404 auf DELETE, aber der erneute Abruf bestätigte es nicht.</translation>
    </message>
    <message>
        <source>%1 answered “not found”, yet still has the campaign. Nothing was deleted.</source>
        <translation>%1 antwortete „nicht gefunden“, hat die Kampagne aber noch. Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1 answered “not found” and the follow-up check failed.</source>
        <translation>Ergebnis unbekannt: %1 antwortete „nicht gefunden“, und die Nachprüfung schlug fehl.</translation>
    </message>
    <message>
        <source>The answer to the DELETE was lost; a follow-up fetch found the campaign gone.</source>
        <translation>Die Antwort auf das DELETE ging verloren; ein erneuter Abruf ergab, dass die Kampagne weg ist.</translation>
    </message>
    <message>
        <source>Deleted on %1 (confirmed by a follow-up check).</source>
        <translation>Auf %1 gelöscht (durch eine Nachprüfung bestätigt).</translation>
    </message>
    <message>
        <source>The answer to the DELETE was lost and the follow-up fetch failed: %1</source>
        <translation>Die Antwort auf das DELETE ging verloren, und der erneute Abruf schlug fehl: %1</translation>
    </message>
    <message>
        <source>Outcome unknown: %1 did not answer the follow-up check (%2). Refresh the account to see whether the campaign is still there.</source>
        <translation>Ergebnis unbekannt: %1 hat auf die Nachprüfung nicht geantwortet (%2). Aktualisieren Sie das Konto, um zu sehen, ob die Kampagne noch da ist.</translation>
    </message>
    <message>
        <source>The answer to the DELETE was lost; a follow-up fetch found the campaign still there.</source>
        <translation>Die Antwort auf das DELETE ging verloren; ein erneuter Abruf fand die Kampagne noch vor.</translation>
    </message>
    <message>
        <source>Not deleted: %1 still has the campaign (confirmed by a follow-up check).</source>
        <translation>Nicht gelöscht: %1 hat die Kampagne noch (durch eine Nachprüfung bestätigt).</translation>
    </message>
    <message>
        <source>Unexpected answer from %1 (HTTP %2).</source>
        <translation>Unerwartete Antwort von %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>Nothing was deleted: the campaign is “%1” now, so it cannot be deleted. Someone may have changed it while you were exporting.</source>
        <translation>Nichts wurde gelöscht: Die Kampagne ist jetzt „%1“ und kann daher nicht gelöscht werden. Vielleicht hat jemand sie während des Exports geändert.</translation>
    </message>
    <message>
        <source>The campaign was renamed to “%1”. Type the new name to confirm.</source>
        <translation>Die Kampagne wurde in „%1“ umbenannt. Tippen Sie zur Bestätigung den neuen Namen.</translation>
    </message>
    <message>
        <source>The audit log is not available: nothing was sent.</source>
        <translation>Das Prüfprotokoll ist nicht verfügbar: Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The audit log could not be written, so nothing was sent to the platform.</source>
        <translation>Das Prüfprotokoll konnte nicht geschrieben werden, daher wurde nichts an die Plattform gesendet.</translation>
    </message>
    <message>
        <source>%1 did not work: %2</source>
        <translation>%1 hat nicht geklappt: %2</translation>
    </message>
    <message>
        <source>%1: done on %2.</source>
        <translation>%1: auf %2 erledigt.</translation>
    </message>
    <message>
        <source>Archived on %1. Nothing was deleted; it can be unarchived.</source>
        <translation>Auf %1 archiviert. Nichts wurde gelöscht; die Archivierung lässt sich aufheben.</translation>
    </message>
    <message>
        <source>Paused and kept. Nothing was deleted.</source>
        <translation>Pausiert und behalten. Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Kept as it is. Nothing was deleted.</source>
        <translation>Unverändert behalten. Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was deleted.</source>
        <translation>Export abgebrochen. Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>The export failed, so nothing was deleted: %1</source>
        <translation>Der Export ist fehlgeschlagen, daher wurde nichts gelöscht: %1</translation>
    </message>
    <message>
        <source>Export written and verified.</source>
        <translation>Export geschrieben und geprüft.</translation>
    </message>
    <message>
        <source>Exported and verified: %1</source>
        <translation>Exportiert und geprüft: %1</translation>
    </message>
    <message>
        <source>Confirmed by the platform.</source>
        <translation>Von der Plattform bestätigt.</translation>
    </message>
    <message>
        <source>Deleted on %1.</source>
        <translation>Auf %1 gelöscht.</translation>
    </message>
    <message>
        <source>Unexpected answer from %1 (HTTP %2) — checking…</source>
        <translation>Unerwartete Antwort von %1 (HTTP %2) — wird geprüft…</translation>
    </message>
    <message>
        <source>Outcome unknown — checking…</source>
        <translation>Ergebnis unbekannt — wird geprüft…</translation>
    </message>
    <message>
        <source>The request could not be sent.</source>
        <translation>Die Anfrage konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The %1 key for %2 was refused. Nothing was deleted.</source>
        <translation>Der %1-Schlüssel für %2 wurde abgelehnt. Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Redirect not followed.</source>
        <translation>Weiterleitung nicht gefolgt.</translation>
    </message>
    <message>
        <source>The server redirected a delete; nothing was sent further.</source>
        <translation>Der Server hat ein Löschen weitergeleitet; nichts wurde weitergesendet.</translation>
    </message>
    <message>
        <source>Rate limited.</source>
        <translation>Anfragelimit erreicht.</translation>
    </message>
    <message numerus="yes">
        <source>%1 asked to wait. Trying again once in %n second(s)…</source>
        <translation>
            <numerusform>%1 bat zu warten. Neuer Versuch in %n Sekunde…</numerusform>
            <numerusform>%1 bat zu warten. Neuer Versuch in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is still asking to wait. Nothing was deleted; try again later.</source>
        <translation>%1 bittet weiterhin zu warten. Nichts wurde gelöscht; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 reported a failure: %2. Nothing was deleted.</source>
        <translation>%1 meldete einen Fehler: %2. Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Server error; nothing is retried without a fetch first.</source>
        <translation>Serverfehler; ohne vorherigen Abruf wird nichts wiederholt.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3. Retry checks the campaign first.</source>
        <translation>%1 antwortete mit HTTP %2%3. „Wiederholen“ prüft zuerst die Kampagne.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 lehnte ab: %2</translation>
    </message>
    <message>
        <source>%1 Wait for them to finish, then retry.</source>
        <translation>%1 Warten Sie, bis sie beendet sind, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Calls are still in progress.</source>
        <translation>Es laufen noch Anrufe.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was deleted.</source>
        <translation>Abgebrochen. Nichts wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>CampaignDesk::KeychainSecretStore</name>
    <message>
        <source>The keyring did not answer within %1 seconds. It may be waiting for you to unlock it; try again.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet. Vielleicht wartet er darauf, dass Sie ihn entsperren; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No key is stored in the keyring for this account.</source>
        <translation>Für dieses Konto ist kein Schlüssel im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keyring refused access (%1).</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <source>No keyring is available: secrets are kept for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar: Geheimnisse werden nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>No keyring is available (%1): secrets are kept for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar (%1): Geheimnisse werden nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The keyring reported an error (%1).</source>
        <translation>Der Schlüsselbund meldete einen Fehler (%1).</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Einzelheiten</translation>
    </message>
</context>
<context>
    <name>CampaignDesk::MainWindow</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>wird aktualisiert…</translation>
    </message>
    <message>
        <source>%1 campaigns</source>
        <translation>%1 Kampagnen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>  SANDBOX: sample data, no real accounts  </source>
        <translation>  SANDBOX: Beispieldaten, keine echten Konten  </translation>
    </message>
    <message>
        <source>The activity log could not be opened: %1</source>
        <translation>Das Aktivitätsprotokoll konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>The activity log could not be opened, so Campaign Desk will not pause, stop, archive, export or delete anything.

%1</source>
        <translation>Das Aktivitätsprotokoll konnte nicht geöffnet werden, daher wird Campaign Desk nichts pausieren, stoppen, archivieren, exportieren oder löschen.

%1</translation>
    </message>
    <message>
        <source>The activity log could not be written: %1</source>
        <translation>Das Aktivitätsprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Refresh the selected account, or every account (F5)</source>
        <translation>Das ausgewählte Konto oder alle Konten aktualisieren (F5)</translation>
    </message>
    <message>
        <source>“%1” is protected from deletion.</source>
        <translation>„%1“ ist vor dem Löschen geschützt.</translation>
    </message>
    <message>
        <source>“%1” is no longer protected.</source>
        <translation>„%1“ ist nicht mehr geschützt.</translation>
    </message>
    <message>
        <source>The protection could not be saved.</source>
        <translation>Der Schutz konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Every pause, stop, archive, export and delete attempt (Ctrl+L)</source>
        <translation>Jeder Versuch zu pausieren, stoppen, archivieren, exportieren und löschen (Strg+L)</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>Campaign Desk — Sandbox</source>
        <translation>Campaign Desk — Sandbox</translation>
    </message>
    <message>
        <source>Sandbox running on 127.0.0.1:%1</source>
        <translation>Sandbox läuft auf 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>, sandbox</source>
        <translation>, Sandbox</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 requests left</source>
        <translation>Anfragelimit: noch %1 von %2 Anfragen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>Konto &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation>Konto &amp;entfernen…</translation>
    </message>
    <message>
        <source>Sandbox accounts cannot be changed.</source>
        <translation>Sandbox-Konten können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Account not added</source>
        <translation>Konto nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Account not saved</source>
        <translation>Konto nicht gespeichert</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the %1 account “%2” from Campaign Desk?</source>
        <translation>Das %1-Konto „%2“ aus Campaign Desk entfernen?</translation>
    </message>
    <message>
        <source>Its key is removed from the keyring. Nothing changes on %1: its campaigns stay there.</source>
        <translation>Sein Schlüssel wird aus dem Schlüsselbund entfernt. Auf %1 ändert sich nichts: Seine Kampagnen bleiben dort.</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>Konto &amp;entfernen</translation>
    </message>
    <message>
        <source>Select a campaign first.</source>
        <translation>Wählen Sie zuerst eine Kampagne.</translation>
    </message>
    <message>
        <source>%1 “%2” on %3 (checked live first)</source>
        <translation>%1: „%2“ auf %3 (vorher live geprüft)</translation>
    </message>
    <message>
        <source>Delete “%1” safely: live check, export, typed confirmation (Del)</source>
        <translation>„%1“ sicher löschen: Live-Prüfung, Export, getippte Bestätigung (Entf)</translation>
    </message>
    <message>
        <source>Export “%1” with everything %2 returns about it</source>
        <translation>„%1“ mit allem exportieren, was %2 darüber liefert</translation>
    </message>
    <message>
        <source>%1: checking “%2” on %3…</source>
        <translation>%1: „%2“ auf %3 wird geprüft…</translation>
    </message>
    <message>
        <source>Stop “%1” on %2 for good?</source>
        <translation>„%1“ auf %2 endgültig stoppen?</translation>
    </message>
    <message>
        <source>Stopping cannot be undone: the campaign can never run again. Pause it instead if you may want it back.</source>
        <translation>Stoppen kann nicht rückgängig gemacht werden: Die Kampagne kann nie wieder laufen. Pausieren Sie sie stattdessen, wenn Sie sie vielleicht zurückhaben wollen.</translation>
    </message>
    <message>
        <source>Export “%1” to</source>
        <translation>„%1“ exportieren nach</translation>
    </message>
    <message>
        <source>Exporting: %1 (%2 of %3)</source>
        <translation>Export: %1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Exporting: %1</source>
        <translation>Export: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Plattform: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>Status: %1 (%2)</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Raw JSON from %1:</source>
        <translation>Rohes JSON von %1:</translation>
    </message>
    <message>
        <source>%1 campaigns · %2 active</source>
        <translation>%1 Kampagnen · %2 aktiv</translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · %1 angezeigt</translation>
    </message>
    <message numerus="yes">
        <source> · refreshing %n account(s)</source>
        <translation>
            <numerusform> · %n Konto wird aktualisiert</numerusform>
            <numerusform> · %n Konten werden aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n account(s) with errors</source>
        <translation>
            <numerusform> · %n Konto mit Fehlern</numerusform>
            <numerusform> · %n Konten mit Fehlern</numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Keine Konten</translation>
    </message>
    <message>
        <source>%1: %2 of %3 campaigns…</source>
        <translation>%1: %2 von %3 Kampagnen…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 campaigns done.</source>
        <translation>%1: %2 von %3 Kampagnen erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>Stop %n campaign(s) for good?</source>
        <translation>
            <numerusform>%n Kampagne endgültig stoppen?</numerusform>
            <numerusform>%n Kampagnen endgültig stoppen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping cannot be undone: they can never run again. Pause them instead if you may want them back.</source>
        <translation>Stoppen kann nicht rückgängig gemacht werden: Sie können nie wieder laufen. Pausieren Sie sie, wenn Sie sie vielleicht zurückhaben wollen.</translation>
    </message>
    <message numerus="yes">
        <source>Export %n campaign(s) to</source>
        <translation>
            <numerusform>%n Kampagne exportieren nach</numerusform>
            <numerusform>%n Kampagnen exportieren nach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 the %n selected campaign(s), each checked live first</source>
        <translation>
            <numerusform>%1: die %n ausgewählte Kampagne, jede vorher live geprüft</numerusform>
            <numerusform>%1: die %n ausgewählten Kampagnen, jede vorher live geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Protect one campaign at a time.</source>
        <translation>Schützen Sie jeweils eine Kampagne.</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Fort&amp;setzen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>CampaignDesk::MemorySecretStore</name>
    <message>
        <source>No key is kept for this account in this session.</source>
        <translation>Für dieses Konto wird in dieser Sitzung kein Schlüssel behalten.</translation>
    </message>
</context>
<context>
    <name>CampaignDesk::QuitGuard</name>
    <message>
        <source>The export of “%1” from %2 would stop unfinished.</source>
        <translation>Der Export von „%1“ aus %2 bliebe unvollständig.</translation>
    </message>
    <message>
        <source>The delete of “%1” on %2 is on its way: if you quit now, Campaign Desk cannot tell you whether it happened.</source>
        <translation>Das Löschen von „%1“ auf %2 ist unterwegs: Wenn Sie jetzt beenden, kann Campaign Desk Ihnen nicht sagen, ob es geschehen ist.</translation>
    </message>
    <message>
        <source>A status change of “%1” on %2 is on its way: its outcome would stay unknown.</source>
        <translation>Eine Statusänderung von „%1“ auf %2 ist unterwegs: Ihr Ergebnis bliebe unbekannt.</translation>
    </message>
    <message>
        <source>A status change of “%1” on %2 would be cancelled.</source>
        <translation>Eine Statusänderung von „%1“ auf %2 würde abgebrochen.</translation>
    </message>
    <message>
        <source>Quit Campaign Desk</source>
        <translation>Campaign Desk beenden</translation>
    </message>
    <message>
        <source>Work is still running. Quit anyway?</source>
        <translation>Es läuft noch Arbeit. Trotzdem beenden?</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>Trotzdem &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
</context>
<context>
    <name>CampaignDesk::SessionFallbackSecretStore</name>
    <message>
        <source>No keyring: secrets are kept for this session only.</source>
        <translation>Kein Schlüsselbund: Geheimnisse werden nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>No key has been entered for this account in this session.</source>
        <translation>Für dieses Konto wurde in dieser Sitzung kein Schlüssel eingegeben.</translation>
    </message>
    <message>
        <source>The key is kept for this session only, but an earlier copy could not be removed from the keyring: %1</source>
        <translation>Der Schlüssel wird nur für diese Sitzung behalten, aber eine frühere Kopie konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Der Schlüssel wird nur für diese Sitzung behalten.</translation>
    </message>
</context>
<context>
    <name>CampaignDesk::Transport</name>
    <message>
        <source>Refused to send to %1: only https:// is allowed (http:// only for this computer).</source>
        <translation>Senden an %1 verweigert: Nur https:// ist erlaubt (http:// nur für diesen Computer).</translation>
    </message>
    <message>
        <source>The server redirected the request to another host; nothing was sent there.</source>
        <translation>Der Server hat die Anfrage an einen anderen Host weitergeleitet; dorthin wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Keine Antwort innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The connection broke while the answer was arriving: %1</source>
        <translation>Die Verbindung brach ab, während die Antwort eintraf: %1</translation>
    </message>
    <message>
        <source>The server redirected the request (HTTP %1); it was not followed.</source>
        <translation>Der Server hat die Anfrage weitergeleitet (HTTP %1); der Weiterleitung wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>HTTP %1 from the server.</source>
        <translation>HTTP %1 vom Server.</translation>
    </message>
    <message>
        <source>Unexpected answer (HTTP %1): not JSON.</source>
        <translation>Unerwartete Antwort (HTTP %1): kein JSON.</translation>
    </message>
    <message>
        <source>Unexpected answer (HTTP %1): %2</source>
        <translation>Unerwartete Antwort (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The platform reported a failure without a message.</source>
        <translation>Die Plattform meldete einen Fehler ohne Meldungstext.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>CampaignDesk::Workspace</name>
    <message>
        <source>The key of %1 could not be read: %2</source>
        <translation>Der Schlüssel von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The key of %1 could not be stored in the keyring: %2. It is kept for this session only.</source>
        <translation>Der Schlüssel von %1 konnte nicht im Schlüsselbund gespeichert werden: %2. Er wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>Dieses Konto gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>%1 was removed, but its key could not be removed from the keyring: %2</source>
        <translation>%1 wurde entfernt, aber sein Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete campaign</source>
        <translation>Kampagne löschen</translation>
    </message>
    <message>
        <source>It cannot be deleted right now</source>
        <translation>Sie kann gerade nicht gelöscht werden</translation>
    </message>
    <message>
        <source>&amp;Pause it (reversible)</source>
        <translation>&amp;Pausieren (umkehrbar)</translation>
    </message>
    <message>
        <source>&amp;Stop it for good…</source>
        <translation>Endgültig &amp;stoppen…</translation>
    </message>
    <message>
        <source>What a delete destroys</source>
        <translation>Was ein Löschen zerstört</translation>
    </message>
    <message>
        <source>Safer choices</source>
        <translation>Sicherere Möglichkeiten</translation>
    </message>
    <message>
        <source>&amp;Archive instead</source>
        <translation>Stattdessen &amp;archivieren</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>&amp;Export everything first (recommended) to:</source>
        <translation>Zuerst alles &amp;exportieren (empfohlen) nach:</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose export folder</source>
        <translation>Exportordner wählen</translation>
    </message>
    <message>
        <source>C&amp;ontinue…</source>
        <translation>&amp;Weiter…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Type the campaign name to confirm</source>
        <translation>Kampagnennamen zur Bestätigung tippen</translation>
    </message>
    <message>
        <source>&amp;Delete permanently</source>
        <translation>Endgültig &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Open account &amp;settings…</source>
        <translation>Konto&amp;einstellungen öffnen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>DeletePlanner</name>
    <message>
        <source>This campaign is protected from deletion in Campaign Desk. Clear the protection first (Campaign ▸ Protect from deletion).</source>
        <translation>Diese Kampagne ist in Campaign Desk vor dem Löschen geschützt. Heben Sie zuerst den Schutz auf (Kampagne ▸ Vor dem Löschen schützen).</translation>
    </message>
    <message>
        <source>This cannot be undone. %1 keeps no copy.</source>
        <translation>Das kann nicht rückgängig gemacht werden. %1 behält keine Kopie.</translation>
    </message>
    <message>
        <source>%1 does not document what else a delete removes.</source>
        <translation>%1 dokumentiert nicht, was ein Löschen sonst noch entfernt.</translation>
    </message>
</context>
<context>
    <name>ExportBundle</name>
    <message>
        <source>manifest.json is missing or unreadable.</source>
        <translation>manifest.json fehlt oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>manifest.json is implausibly large.</source>
        <translation>manifest.json ist unplausibel groß.</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object.</source>
        <translation>manifest.json ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>manifest.json is not a Campaign Desk export manifest.</source>
        <translation>manifest.json ist kein Export-Manifest von Campaign Desk.</translation>
    </message>
    <message>
        <source>manifest.json has format version %1; this app reads version %2.</source>
        <translation>manifest.json hat die Formatversion %1; diese App liest Version %2.</translation>
    </message>
    <message>
        <source>manifest.json lists no files.</source>
        <translation>manifest.json führt keine Dateien auf.</translation>
    </message>
    <message>
        <source>Verification was stopped.</source>
        <translation>Die Prüfung wurde angehalten.</translation>
    </message>
    <message>
        <source>manifest.json lists an invalid file name.</source>
        <translation>manifest.json führt einen ungültigen Dateinamen auf.</translation>
    </message>
    <message>
        <source>%1 is listed twice in manifest.json.</source>
        <translation>%1 ist in manifest.json doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>%1: its manifest entry is incomplete.</source>
        <translation>%1: sein Manifesteintrag ist unvollständig.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; the manifest says %3.</source>
        <translation>%1 hat %2 Bytes; laut Manifest %3.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 changed while it was being read.</source>
        <translation>%1 hat sich beim Lesen verändert.</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in the manifest.</source>
        <translation>%1 passt nicht zu seiner SHA-256-Prüfsumme im Manifest.</translation>
    </message>
    <message>
        <source>%1 has %2 data rows; the manifest says %3.</source>
        <translation>%1 hat %2 Datenzeilen; laut Manifest %3.</translation>
    </message>
    <message>
        <source>campaign.json is not listed in the manifest.</source>
        <translation>campaign.json ist nicht im Manifest aufgeführt.</translation>
    </message>
    <message>
        <source>%1 is in the folder but not in the manifest.</source>
        <translation>%1 liegt im Ordner, steht aber nicht im Manifest.</translation>
    </message>
    <message>
        <source>Could not create the export folder %1.</source>
        <translation>Der Exportordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not create a bundle folder in %1.</source>
        <translation>In %1 konnte kein Paketordner angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: page %2 of the platform&apos;s answer is not JSON.</source>
        <translation>%1: Seite %2 der Antwort der Plattform ist kein JSON.</translation>
    </message>
    <message>
        <source>%1: the platform reported a failure on page %2: %3</source>
        <translation>%1: Die Plattform meldete auf Seite %2 einen Fehler: %3</translation>
    </message>
    <message>
        <source>%1: unexpected answer on page %2: %3</source>
        <translation>%1: unerwartete Antwort auf Seite %2: %3</translation>
    </message>
    <message>
        <source>%1: the campaign has no list at “%2”.</source>
        <translation>%1: Die Kampagne hat keine Liste unter „%2“.</translation>
    </message>
    <message>
        <source>%1: “%2” in the campaign is not a list of objects.</source>
        <translation>%1: „%2“ in der Kampagne ist keine Liste von Objekten.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not save manifest.json: %1</source>
        <translation>manifest.json konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The export did not verify: %1</source>
        <translation>Der Export ließ sich nicht prüfen: %1</translation>
    </message>
    <message>
        <source>Could not rename the finished export folder to %1.</source>
        <translation>Der fertige Exportordner konnte nicht in %1 umbenannt werden.</translation>
    </message>
    <message>
        <source>%1: the platform&apos;s answer contains this account&apos;s key. The export was stopped so that the key is not written to disk.</source>
        <translation>%1: Die Antwort der Plattform enthält den Schlüssel dieses Kontos. Der Export wurde angehalten, damit der Schlüssel nicht auf die Festplatte geschrieben wird.</translation>
    </message>
    <message>
        <source>No export folder is set.</source>
        <translation>Es ist kein Exportordner eingestellt.</translation>
    </message>
    <message>
        <source>The campaign has no id.</source>
        <translation>Die Kampagne hat keine ID.</translation>
    </message>
    <message>
        <source>The campaign&apos;s live answer is empty; export it again after a refresh.</source>
        <translation>Die Live-Antwort zur Kampagne ist leer; exportieren Sie sie nach einer Aktualisierung erneut.</translation>
    </message>
    <message>
        <source>The %1 export describes an invalid or repeated file name.</source>
        <translation>Der Export %1 beschreibt einen ungültigen oder doppelten Dateinamen.</translation>
    </message>
    <message>
        <source>The %1 export of %2 has no columns.</source>
        <translation>Der Export %1 von %2 hat keine Spalten.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: page %2: %3</source>
        <translation>%1: Seite %2: %3</translation>
    </message>
    <message>
        <source>%1: the platform kept answering with the same page.</source>
        <translation>%1: Die Plattform antwortete immer wieder mit derselben Seite.</translation>
    </message>
</context>
<context>
    <name>KakiyoProvider</name>
    <message>
        <source>Kakiyo has no stop; pause the campaign instead.</source>
        <translation>Kakiyo kennt kein Stoppen; pausieren Sie die Kampagne stattdessen.</translation>
    </message>
    <message>
        <source>Kakiyo reports a status Campaign Desk does not know (“%1”); refresh the campaign.</source>
        <translation>Kakiyo meldet einen Status, den Campaign Desk nicht kennt („%1“); aktualisieren Sie die Kampagne.</translation>
    </message>
    <message>
        <source>Already paused</source>
        <translation>Bereits pausiert</translation>
    </message>
    <message>
        <source>Already active</source>
        <translation>Bereits aktiv</translation>
    </message>
    <message>
        <source>Kakiyo sent no status for this campaign, so Campaign Desk will not delete it.</source>
        <translation>Kakiyo hat für diese Kampagne keinen Status geschickt, daher löscht Campaign Desk sie nicht.</translation>
    </message>
    <message>
        <source>The status “%1” is unknown to Campaign Desk, so it will not delete this campaign.</source>
        <translation>Der Status „%1“ ist Campaign Desk unbekannt, daher wird diese Kampagne nicht gelöscht.</translation>
    </message>
    <message>
        <source>prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <source>messages and their conversations</source>
        <translation>Nachrichten und ihre Unterhaltungen</translation>
    </message>
    <message>
        <source>tasks and scheduled activities</source>
        <translation>Aufgaben und geplante Aktivitäten</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <source>webhook events</source>
        <translation>Webhook-Ereignisse</translation>
    </message>
</context>
<context>
    <name>KoreAiProvider</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no &quot;data&quot; object in the answer</source>
        <translation>kein „data“-Objekt in der Antwort</translation>
    </message>
    <message>
        <source>no &quot;data.results&quot; list</source>
        <translation>keine „data.results“-Liste</translation>
    </message>
    <message>
        <source>Kore.ai reported a failure without a message.</source>
        <translation>Kore.ai meldete einen Fehler ohne Meldungstext.</translation>
    </message>
    <message>
        <source>Kore.ai reported a failure: %1</source>
        <translation>Kore.ai meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <source>The status “%1” is unknown to Campaign Desk, so it cannot tell what is safe. Refresh the campaign, or check it in Kore.ai.</source>
        <translation>Der Status „%1“ ist Campaign Desk unbekannt, daher kann es nicht sagen, was sicher ist. Aktualisieren Sie die Kampagne oder prüfen Sie sie in Kore.ai.</translation>
    </message>
    <message>
        <source>Kore.ai has no pause; Stop ends the campaign for good.</source>
        <translation>Kore.ai kennt kein Pausieren; Stoppen beendet die Kampagne endgültig.</translation>
    </message>
    <message>
        <source>Kore.ai has no archive; a campaign can only be stopped or deleted.</source>
        <translation>Kore.ai kennt kein Archivieren; eine Kampagne kann nur gestoppt oder gelöscht werden.</translation>
    </message>
    <message>
        <source>The campaign is already stopped.</source>
        <translation>Die Kampagne ist bereits gestoppt.</translation>
    </message>
    <message>
        <source>The campaign has completed; nothing is running.</source>
        <translation>Die Kampagne ist abgeschlossen; es läuft nichts.</translation>
    </message>
    <message>
        <source>The campaign has not been started (%1); nothing is running.</source>
        <translation>Die Kampagne wurde nicht gestartet (%1); es läuft nichts.</translation>
    </message>
    <message>
        <source>The campaign is already running.</source>
        <translation>Die Kampagne läuft bereits.</translation>
    </message>
    <message>
        <source>The campaign is being prepared and starts on its own.</source>
        <translation>Die Kampagne wird vorbereitet und startet von selbst.</translation>
    </message>
    <message>
        <source>The campaign is %1 and cannot be started again.</source>
        <translation>Die Kampagne ist %1 und kann nicht erneut gestartet werden.</translation>
    </message>
    <message>
        <source>not the documented trigger answer (status, message)</source>
        <translation>nicht die dokumentierte Antwort auf den Auslöser (status, message)</translation>
    </message>
    <message>
        <source>no &quot;data.totalResults&quot; number</source>
        <translation>keine Zahl „data.totalResults“</translation>
    </message>
    <message>
        <source>not the documented delete answer (status, data)</source>
        <translation>nicht die dokumentierte Antwort auf das Löschen (status, data)</translation>
    </message>
    <message>
        <source>run history (may be lost: Kore.ai does not document whether it is kept)</source>
        <translation>Ausführungsverlauf (geht vielleicht verloren: Kore.ai dokumentiert nicht, ob er erhalten bleibt)</translation>
    </message>
    <message>
        <source>per-contact results (may be lost: Kore.ai does not document it)</source>
        <translation>Ergebnisse je Kontakt (gehen vielleicht verloren: Kore.ai dokumentiert es nicht)</translation>
    </message>
    <message>
        <source>not deleted: contact lists and DNC lists are separate objects</source>
        <translation>nicht gelöscht: Kontaktlisten und Sperrlisten (DNC) sind eigene Objekte</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Kore.ai said more campaigns follow but sent an empty page</source>
        <translation>Kore.ai kündigte weitere Kampagnen an, schickte aber eine leere Seite</translation>
    </message>
    <message>
        <source>The campaign is running (Active): stop it first.</source>
        <translation>Die Kampagne läuft (Active): Stoppen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>The campaign is getting ready to dial (Preparing): stop it first.</source>
        <translation>Die Kampagne bereitet das Wählen vor (Preparing): Stoppen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Kore.ai documents no rule for this; it is Campaign Desk&apos;s rule.</source>
        <translation>Kore.ai dokumentiert dafür keine Regel; es ist eine Regel von Campaign Desk.</translation>
    </message>
    <message>
        <source>The campaign is scheduled and may start on its own before the delete; its status is checked again right before deleting.</source>
        <translation>Die Kampagne ist geplant und startet vielleicht vor dem Löschen von selbst; ihr Status wird direkt vor dem Löschen erneut geprüft.</translation>
    </message>
    <message>
        <source>Kore.ai has no export piece “%1”</source>
        <translation>Kore.ai hat keinen Exportteil „%1“</translation>
    </message>
    <message>
        <source>Kore.ai answered page %1 when page %2 was asked for</source>
        <translation>Kore.ai antwortete mit Seite %1, angefragt war Seite %2</translation>
    </message>
    <message>
        <source>a contact result is not a JSON object</source>
        <translation>ein Kontaktergebnis ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Kore.ai said more contact results follow but sent an empty page</source>
        <translation>Kore.ai kündigte weitere Kontaktergebnisse an, schickte aber eine leere Seite</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Campaign Desk</source>
        <translation>Campaign Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No accounts yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Noch keine Konten&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Connect a Talkover, Burki, Kakiyo, Kore.ai or Smartlead account to see its campaigns here,&lt;br&gt;or open the sandbox to try Campaign Desk with sample campaigns and no credentials.</source>
        <translation>Verbinden Sie ein Konto bei Talkover, Burki, Kakiyo, Kore.ai oder Smartlead, um seine Kampagnen hier zu sehen,&lt;br&gt;oder öffnen Sie die Sandbox, um Campaign Desk mit Beispielkampagnen und ohne Zugangsdaten auszuprobieren.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Open the &amp;sandbox</source>
        <translation>&amp;Sandbox öffnen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Search by name, id or account (Ctrl+F)</source>
        <translation>Nach Name, ID oder Konto suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>Kampagnen durchsuchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Campaign details</source>
        <translation>Kampagnendetails</translation>
    </message>
    <message>
        <source>Select a campaign to see its details and the raw JSON the platform returned.</source>
        <translation>Wählen Sie eine Kampagne, um ihre Details und das rohe JSON der Plattform zu sehen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Kampagne</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Find campaign</source>
        <translation>Kampagne &amp;suchen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation>Akti&amp;vität</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Stop…</source>
        <translation>S&amp;toppen…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Pro&amp;tect from deletion</source>
        <translation>Vor dem Löschen s&amp;chützen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;About Campaign Desk</source>
        <translation>Ü&amp;ber Campaign Desk</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>%1 has no “%2” action.</source>
        <translation>%1 hat keine Aktion „%2“.</translation>
    </message>
    <message>
        <source>Deleting is not supported for %1 yet.</source>
        <translation>Löschen wird für %1 noch nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>SmartleadProvider</name>
    <message>
        <source>Smartlead reported a failure without a message.</source>
        <translation>Smartlead meldete einen Fehler ohne Meldungstext.</translation>
    </message>
    <message>
        <source>Smartlead reported a failure: %1</source>
        <translation>Smartlead meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>the campaign list is not a JSON array</source>
        <translation>die Kampagnenliste ist kein JSON-Array</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the campaign has no id</source>
        <translation>die Kampagne hat keine ID</translation>
    </message>
    <message>
        <source>The status “%1” is unknown to Campaign Desk, so it cannot tell what is safe. Refresh the campaign, or check it in Smartlead.</source>
        <translation>Der Status „%1“ ist Campaign Desk unbekannt, daher kann es nicht sagen, was sicher ist. Aktualisieren Sie die Kampagne oder prüfen Sie sie in Smartlead.</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <source>The campaign has not been started; there is nothing to pause.</source>
        <translation>Die Kampagne wurde nicht gestartet; es gibt nichts zu pausieren.</translation>
    </message>
    <message>
        <source>The campaign is already paused.</source>
        <translation>Die Kampagne ist bereits pausiert.</translation>
    </message>
    <message>
        <source>The campaign is stopped for good; it cannot be paused.</source>
        <translation>Die Kampagne ist endgültig gestoppt; sie kann nicht pausiert werden.</translation>
    </message>
    <message>
        <source>The campaign has completed; there is nothing to pause.</source>
        <translation>Die Kampagne ist abgeschlossen; es gibt nichts zu pausieren.</translation>
    </message>
    <message>
        <source>The campaign is already running.</source>
        <translation>Die Kampagne läuft bereits.</translation>
    </message>
    <message>
        <source>A stopped campaign cannot be resumed: STOPPED is permanent on Smartlead.</source>
        <translation>Eine gestoppte Kampagne kann nicht fortgesetzt werden: STOPPED ist bei Smartlead endgültig.</translation>
    </message>
    <message>
        <source>The campaign is archived: unarchive it with Pause before resuming it.</source>
        <translation>Die Kampagne ist archiviert: Heben Sie die Archivierung mit „Pausieren“ auf, bevor Sie sie fortsetzen.</translation>
    </message>
    <message>
        <source>The campaign has completed and cannot be resumed.</source>
        <translation>Die Kampagne ist abgeschlossen und kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>The campaign is already stopped.</source>
        <translation>Die Kampagne ist bereits gestoppt.</translation>
    </message>
    <message>
        <source>The campaign has completed; there is nothing to stop.</source>
        <translation>Die Kampagne ist abgeschlossen; es gibt nichts zu stoppen.</translation>
    </message>
    <message>
        <source>Cannot archive an active campaign. Pause or stop it first.</source>
        <translation>Eine aktive Kampagne kann nicht archiviert werden. Pausieren oder stoppen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>The campaign is already archived.</source>
        <translation>Die Kampagne ist bereits archiviert.</translation>
    </message>
    <message>
        <source>the answer has neither &quot;success&quot; nor &quot;ok&quot;</source>
        <translation>die Antwort hat weder „success“ noch „ok“</translation>
    </message>
    <message>
        <source>the answer is not a JSON array</source>
        <translation>die Antwort ist kein JSON-Array</translation>
    </message>
    <message>
        <source>no &quot;total_leads&quot; count</source>
        <translation>keine Anzahl „total_leads“</translation>
    </message>
    <message>
        <source>lead-campaign mappings (leads)</source>
        <translation>Lead-Kampagnen-Zuordnungen (Leads)</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Smartlead answered with an object where the campaign list was expected</source>
        <translation>Smartlead antwortete mit einem Objekt, wo die Kampagnenliste erwartet wurde</translation>
    </message>
    <message>
        <source>Cannot delete an active campaign. Pause or stop it first.</source>
        <translation>Eine aktive Kampagne kann nicht gelöscht werden. Pausieren oder stoppen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <source>email statistics</source>
        <translation>E-Mail-Statistiken</translation>
    </message>
    <message>
        <source>webhook configurations</source>
        <translation>Webhook-Konfigurationen</translation>
    </message>
    <message>
        <source>scheduled emails</source>
        <translation>geplante E-Mails</translation>
    </message>
    <message>
        <source>conversation history</source>
        <translation>Gesprächsverlauf</translation>
    </message>
    <message>
        <source>the Smartlead export piece “%1” is written as it arrives, not as rows</source>
        <translation>der Smartlead-Exportteil „%1“ wird so geschrieben, wie er eintrifft, nicht zeilenweise</translation>
    </message>
</context>
<context>
    <name>StatusAction</name>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
</context>
<context>
    <name>StopConfirmation</name>
    <message>
        <source>Stop campaign</source>
        <translation>Kampagne stoppen</translation>
    </message>
    <message>
        <source>&amp;Stop for good</source>
        <translation>Endgültig &amp;stoppen</translation>
    </message>
</context>
<context>
    <name>TalkoverProvider</name>
    <message>
        <source>Talkover reports a status Campaign Desk does not know (“%1”); refresh the campaign.</source>
        <translation>Talkover meldet einen Status, den Campaign Desk nicht kennt („%1“); aktualisieren Sie die Kampagne.</translation>
    </message>
    <message>
        <source>Already paused</source>
        <translation>Bereits pausiert</translation>
    </message>
    <message>
        <source>Already active</source>
        <translation>Bereits aktiv</translation>
    </message>
    <message>
        <source>Already cancelled</source>
        <translation>Bereits abgebrochen</translation>
    </message>
    <message>
        <source>Only an active campaign can be paused</source>
        <translation>Nur eine aktive Kampagne kann pausiert werden</translation>
    </message>
    <message>
        <source>Only a paused campaign can be resumed</source>
        <translation>Nur eine pausierte Kampagne kann fortgesetzt werden</translation>
    </message>
    <message>
        <source>Talkover cannot stop a %1 campaign</source>
        <translation>Talkover kann eine Kampagne im Status %1 nicht stoppen</translation>
    </message>
    <message>
        <source>Talkover sent no status for this campaign, so Campaign Desk will not delete it.</source>
        <translation>Talkover hat für diese Kampagne keinen Status geschickt, daher löscht Campaign Desk sie nicht.</translation>
    </message>
    <message>
        <source>The status “%1” is unknown to Campaign Desk, so it will not delete this campaign.</source>
        <translation>Der Status „%1“ ist Campaign Desk unbekannt, daher wird diese Kampagne nicht gelöscht.</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>Statistiken</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lists, pauses, exports and safely deletes outreach campaigns on Talkover, Burki, Kakiyo, Kore.ai and Smartlead.</source>
        <translation>Listet, pausiert, exportiert und löscht Outreach-Kampagnen auf Talkover, Burki, Kakiyo, Kore.ai und Smartlead sicher.</translation>
    </message>
    <message>
        <source>Start the built-in emulator on 127.0.0.1 and add one sandbox account per platform (no credentials needed).</source>
        <translation>Den eingebauten Emulator auf 127.0.0.1 starten und je Plattform ein Sandbox-Konto hinzufügen (keine Zugangsdaten nötig).</translation>
    </message>
    <message>
        <source>Start, list every account&apos;s campaigns, print a summary and exit (0 on success). With --sandbox it lists the sandbox; without, it paints the window once.</source>
        <translation>Starten, die Kampagnen jedes Kontos auflisten, eine Zusammenfassung ausgeben und beenden (0 bei Erfolg). Mit --sandbox wird die Sandbox aufgelistet; ohne wird das Fenster einmal gezeichnet.</translation>
    </message>
    <message>
        <source>Campaign Desk is already running: its window was raised.</source>
        <translation>Campaign Desk läuft bereits: Sein Fenster wurde nach vorne geholt.</translation>
    </message>
</context>
</TS>
