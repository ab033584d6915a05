<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Campaign Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign Desk icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Agency account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bot / Stream ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot or Stream ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>st-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;ID (iid):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ount ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cs-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the key in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per &amp;minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow HTTP/&amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <source>The %1 key for %2 was refused%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked us to slow down%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported a failure%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsFile</name>
    <message>
        <source>account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown platform &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs a label and an absolute baseUrl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an inline &quot;secret&quot; is accepted only for the sandbox on this computer, not for %2. Remove it from the file, put the key in an environment variable and name that variable with &quot;secretEnv&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the environment variable %2 named by &quot;secretEnv&quot; is not set or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no secret; name the environment variable that holds it with &quot;secretEnv&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search campaign, account, message… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the activity log again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entries that match the filters as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full record of the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see its full record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The activity log %1 is damaged or is not a Campaign Desk database. It was left as it is; move it away (or restore a backup) to start a new log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted (confirmed by a follow-up check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted (confirmed by a follow-up check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the activity log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the activity log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the activity log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the activity log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity log %1 was written by a newer version of Campaign Desk (schema %2; this version knows up to %3). It was left as it is: update Campaign Desk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up the activity log before updating it (%1): %2. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the activity log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the activity log to schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity log is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the activity log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log entry %1 does not exist or is already complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the activity log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local flag; nothing was sent to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk delete %1 has no campaign number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bulk delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkDeleteDialog</name>
    <message>
        <source>Delete campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause blocked ones (reversible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop blocked ones for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export each campaign first (recommended), into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkQueue</name>
    <message>
        <source>Protected from deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its status blocks deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity log is not available: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulk-delete journal could not be written, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not connected: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be written, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it was checked: nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation was not accepted: nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform asked to wait; it will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not connected, so it could not be checked whether the campaign was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted (confirmed by a follow-up fetch: the campaign is gone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted (a follow-up fetch found it still there); cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up fetch found it still there: nothing was deleted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: the follow-up fetch failed (%1). Refresh the account to see whether the campaign is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulk-delete journal could not be written, so nothing more is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it started: nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BurkiProvider</name>
    <message>
        <source>Burki reports a status Campaign Desk does not know (“%1”); refresh the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running campaign can be paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a paused campaign can be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burki cannot stop a %1 campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign is scheduled: Burki starts it on its own at its scheduled time, and a running campaign cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burki sent no status for this campaign, so Campaign Desk will not delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status “%1” is unknown to Campaign Desk, so it will not delete this campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>execution history and logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported rows (import history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign configuration and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete running campaign - stop it first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDesk</name>
    <message>
        <source>Enter the API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL must not contain a query (&quot;?…&quot;) or fragment (&quot;#…&quot;); enter the key in its own field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (localhost or 127.0.0.1); use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another account is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request rate cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Kore.ai stream id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Kore.ai app id (iid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Kore.ai account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Kore.ai client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of it could not be made: back it up yourself before changing any setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file could not be read, so saved accounts and window settings may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file was written by a newer version of Campaign Desk (settings version %1; this version knows %2). Settings this version does not know may not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untouched copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An untouched copy was kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDesk::AboutDialog</name>
    <message>
        <source>&lt;h2&gt;Campaign Desk %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists, pauses, exports and safely deletes outreach campaigns across several platforms, with a live check, an export and a typed confirmation before anything is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Works with:&lt;/b&gt; %1, and a built-in sandbox of all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on Linux desktops (X11 and Wayland); packaged for Debian 12 and later.
This copy: Qt %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;. It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Website and source code&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Report a problem&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDesk::AccountDialog</name>
    <message>
        <source>Edit account “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keyring; type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talq_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the JWT app in the XO platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another account is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL must start with https:// (http:// is only allowed for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kore.ai needs the Bot/Stream ID, App ID, Account ID and Client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the key to test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Connected to %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDesk::AccountSession</name>
    <message>
        <source>No key for this account: open its settings to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDesk::AccountStore</name>
    <message>
        <source>Sandbox accounts are never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be saved: the settings file is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDesk::ActivityModel</name>
    <message>
        <source>Outcome unknown (never completed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export turned off by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDesk::ActivityWindow</name>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never completed (the app stopped before the answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned off by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the outcome was established:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export activity as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDesk::BulkDeleteDialog</name>
    <message>
        <source>Unfinished bulk delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;A bulk delete of %n campaign(s) did not finish&lt;/h3&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Campaign Desk stopped while it was running. This is what the journal says about each campaign. Campaigns marked “Deleting” or “Outcome unknown” may be gone: resuming checks each of them with a fresh fetch first and never deletes anything twice.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting cannot be undone: the platforms keep no copy. Only the export bundles remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: campaigns already on their way finish; nothing new starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming: checking what may already be gone first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected — excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected from deletion in Campaign Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;Delete %n campaign(s)?&lt;/h3&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the live status of %1 of %2 selected campaigns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected: %2 can be deleted, %3 blocked, %4 protected, %5 could not be checked or are already gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Excluded, protected from deletion:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Pause %n blocked campaign(s) (reversible)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Stop %n blocked campaign(s) for good…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>To delete the %1 deletable campaigns, type &lt;b&gt;%2&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected campaigns can be deleted right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n campaign(s) permanently</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the blocked campaigns for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping cannot be undone: they can never run again. Pause them instead if you may want them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected from deletion: excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already gone when checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. What was deleted stays deleted; the rest is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: %1. Blocked: %2. Failed: %3. Outcome unknown: %4. Skipped: %5. Cancelled: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: campaigns already being deleted finish first…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDesk::CampaignLister</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer (HTTP %1): not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDesk::CampaignTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDesk::DeleteDialog</name>
    <message>
        <source>Delete campaign — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the live status on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export and c&amp;ontinue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue without export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Delete campaign “%1” on %2 (%3)?&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 to change the campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the live status on %1 once more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown — checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 asked to wait. Trying again once in %n second(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Live status on %1: &lt;b&gt;%2&lt;/b&gt; (fetched just now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected from deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be deleted right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop “%1” on %2 for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping cannot be undone: the campaign can never run again. Pausing is reversible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder the export can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export skipped (your choice; it is recorded in the activity log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Export written and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty or shared with another campaign, so type the campaign’s &lt;b&gt;id&lt;/b&gt; to delete it permanently:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the campaign’s &lt;b&gt;name&lt;/b&gt; to delete it permanently:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Deleted on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Deleted (confirmed by a follow-up check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already gone on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Archived instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports it deleted:&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The verified export is kept in:&lt;br&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDesk::DeleteOperation</name>
    <message>
        <source>The account is no longer connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>404 on DELETE; a follow-up fetch confirmed the campaign is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already gone on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>404 on DELETE, but the follow-up fetch did not confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered “not found”, yet still has the campaign. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: %1 answered “not found” and the follow-up check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the DELETE was lost; a follow-up fetch found the campaign gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on %1 (confirmed by a follow-up check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the DELETE was lost and the follow-up fetch failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: %1 did not answer the follow-up check (%2). Refresh the account to see whether the campaign is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the DELETE was lost; a follow-up fetch found the campaign still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1 still has the campaign (confirmed by a follow-up check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: the campaign is “%1” now, so it cannot be deleted. Someone may have changed it while you were exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign was renamed to “%1”. Type the new name to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is not available: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be written, so nothing was sent to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not work: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived on %1. Nothing was deleted; it can be unarchived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused and kept. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as it is. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed, so nothing was deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export written and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from %1 (HTTP %2) — checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown — checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 key for %2 was refused. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected a delete; nothing was sent further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 asked to wait. Trying again once in %n second(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is still asking to wait. Nothing was deleted; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported a failure: %2. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error; nothing is retried without a fetch first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3. Retry checks the campaign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Wait for them to finish, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls are still in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDesk::KeychainSecretStore</name>
    <message>
        <source>The keyring did not answer within %1 seconds. It may be waiting for you to unlock it; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is stored in the keyring for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring refused access (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring is available: secrets are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring is available (%1): secrets are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring reported an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDesk::MainWindow</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  SANDBOX: sample data, no real accounts  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity log could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity log could not be opened, so Campaign Desk will not pause, stop, archive, export or delete anything.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the selected account, or every account (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is protected from deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no longer protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protection could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pause, stop, archive, export and delete attempt (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign Desk — Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox running on 127.0.0.1:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 requests left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox accounts cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 account “%2” from Campaign Desk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key is removed from the keyring. Nothing changes on %1: its campaigns stay there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a campaign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” on %3 (checked live first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” safely: live check, export, typed confirmation (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “%1” with everything %2 returns about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checking “%2” on %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop “%1” on %2 for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping cannot be undone: the campaign can never run again. Pause it instead if you may want it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “%1” to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting: %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 campaigns · %2 active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · refreshing %n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n account(s) with errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 campaigns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 campaigns done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stop %n campaign(s) for good?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping cannot be undone: they can never run again. Pause them instead if you may want them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export %n campaign(s) to</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 the %n selected campaign(s), each checked live first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Protect one campaign at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDesk::MemorySecretStore</name>
    <message>
        <source>No key is kept for this account in this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDesk::QuitGuard</name>
    <message>
        <source>The export of “%1” from %2 would stop unfinished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delete of “%1” on %2 is on its way: if you quit now, Campaign Desk cannot tell you whether it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status change of “%1” on %2 is on its way: its outcome would stay unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status change of “%1” on %2 would be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Campaign Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work is still running. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDesk::SessionFallbackSecretStore</name>
    <message>
        <source>No keyring: secrets are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key has been entered for this account in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept for this session only, but an earlier copy could not be removed from the keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDesk::Transport</name>
    <message>
        <source>Refused to send to %1: only https:// is allowed (http:// only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to another host; nothing was sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke while the answer was arriving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request (HTTP %1); it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer (HTTP %1): not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform reported a failure without a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDesk::Workspace</name>
    <message>
        <source>The key of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of %1 could not be stored in the keyring: %2. It is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed, but its key could not be removed from the keyring: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be deleted right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause it (reversible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop it for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a delete destroys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safer choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export everything first (recommended) to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the campaign name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open account &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletePlanner</name>
    <message>
        <source>This campaign is protected from deletion in Campaign Desk. Clear the protection first (Campaign ▸ Protect from deletion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. %1 keeps no copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not document what else a delete removes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportBundle</name>
    <message>
        <source>manifest.json is missing or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is implausibly large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not a Campaign Desk export manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json has format version %1; this app reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json lists no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json lists an invalid file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice in manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its manifest entry is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 bytes; the manifest says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 data rows; the manifest says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign.json is not listed in the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the folder but not in the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the export folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a bundle folder in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: page %2 of the platform&apos;s answer is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the platform reported a failure on page %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected answer on page %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the campaign has no list at “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” in the campaign is not a list of objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save manifest.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export did not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the finished export folder to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the platform&apos;s answer contains this account&apos;s key. The export was stopped so that the key is not written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No export folder is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s live answer is empty; export it again after a refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 export describes an invalid or repeated file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 export of %2 has no columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: page %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the platform kept answering with the same page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KakiyoProvider</name>
    <message>
        <source>Kakiyo has no stop; pause the campaign instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kakiyo reports a status Campaign Desk does not know (“%1”); refresh the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kakiyo sent no status for this campaign, so Campaign Desk will not delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status “%1” is unknown to Campaign Desk, so it will not delete this campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages and their conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks and scheduled activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KoreAiProvider</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;data&quot; object in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;data.results&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kore.ai reported a failure without a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kore.ai reported a failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status “%1” is unknown to Campaign Desk, so it cannot tell what is safe. Refresh the campaign, or check it in Kore.ai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kore.ai has no pause; Stop ends the campaign for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kore.ai has no archive; a campaign can only be stopped or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is already stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign has completed; nothing is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign has not been started (%1); nothing is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is being prepared and starts on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is %1 and cannot be started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the documented trigger answer (status, message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;data.totalResults&quot; number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the documented delete answer (status, data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run history (may be lost: Kore.ai does not document whether it is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-contact results (may be lost: Kore.ai does not document it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not deleted: contact lists and DNC lists are separate objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kore.ai said more campaigns follow but sent an empty page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is running (Active): stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is getting ready to dial (Preparing): stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kore.ai documents no rule for this; it is Campaign Desk&apos;s rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is scheduled and may start on its own before the delete; its status is checked again right before deleting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kore.ai has no export piece “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kore.ai answered page %1 when page %2 was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact result is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kore.ai said more contact results follow but sent an empty page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Campaign Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No accounts yet&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a Talkover, Burki, Kakiyo, Kore.ai or Smartlead account to see its campaigns here,&lt;br&gt;or open the sandbox to try Campaign Desk with sample campaigns and no credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, id or account (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a campaign to see its details and the raw JSON the platform returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;tect from deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Campaign Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>%1 has no “%2” action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting is not supported for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmartleadProvider</name>
    <message>
        <source>Smartlead reported a failure without a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartlead reported a failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign list is not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status “%1” is unknown to Campaign Desk, so it cannot tell what is safe. Refresh the campaign, or check it in Smartlead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign has not been started; there is nothing to pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is already paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is stopped for good; it cannot be paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign has completed; there is nothing to pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stopped campaign cannot be resumed: STOPPED is permanent on Smartlead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is archived: unarchive it with Pause before resuming it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign has completed and cannot be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is already stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign has completed; there is nothing to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot archive an active campaign. Pause or stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has neither &quot;success&quot; nor &quot;ok&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;total_leads&quot; count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead-campaign mappings (leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartlead answered with an object where the campaign list was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete an active campaign. Pause or stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Smartlead export piece “%1” is written as it arrives, not as rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusAction</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopConfirmation</name>
    <message>
        <source>Stop campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalkoverProvider</name>
    <message>
        <source>Talkover reports a status Campaign Desk does not know (“%1”); refresh the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active campaign can be paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a paused campaign can be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talkover cannot stop a %1 campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talkover sent no status for this campaign, so Campaign Desk will not delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status “%1” is unknown to Campaign Desk, so it will not delete this campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lists, pauses, exports and safely deletes outreach campaigns on Talkover, Burki, Kakiyo, Kore.ai and Smartlead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in emulator on 127.0.0.1 and add one sandbox account per platform (no credentials needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, list every account&apos;s campaigns, print a summary and exit (0 on success). With --sandbox it lists the sandbox; without, it paints the window once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign Desk is already running: its window was raised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
