#include "cliapp.h"

#include "accounts/accountsession.h"
#include "accounts/accountsfile.h"
#include "accounts/accountstore.h"
#include "accounts/keychainsecretstore.h"
#include "accounts/settingsfile.h"
#include "net/redaction.h"
#include "providers/provider.h"
#include "safety/auditlog.h"
#include "safety/deleteplanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>

#include <cstdio>
#include <memory>

namespace CampaignDesk::Cli {

namespace {

QString trCli(const char *text)
{
    return QCoreApplication::translate("CampaignDesk::Cli", text);
}

struct CommandInfo
{
    const char *name;
    const char *synopsis;
    const char *summary;
    int positionals; // ACCOUNT ID = 2
};

const CommandInfo Commands[] = {
    {"accounts", "",
     QT_TRANSLATE_NOOP("CampaignDesk::Cli",
                       "List the accounts: label, platform, base URL, sandbox, "
                       "and where the secret comes from."),
     0},
    {"list", "[--account LABEL] [--status STATUS]",
     QT_TRANSLATE_NOOP("CampaignDesk::Cli", "List every campaign of the (selected) accounts."), 0},
    {"show", "ACCOUNT ID",
     QT_TRANSLATE_NOOP("CampaignDesk::Cli", "Fetch one campaign live and print it."), 2},
    {"export", "ACCOUNT ID --to DIR",
     QT_TRANSLATE_NOOP("CampaignDesk::Cli",
                       "Write a verified export bundle of one campaign into DIR."),
     2},
    {"pause", "ACCOUNT ID", QT_TRANSLATE_NOOP("CampaignDesk::Cli", "Pause a running campaign."), 2},
    {"resume", "ACCOUNT ID", QT_TRANSLATE_NOOP("CampaignDesk::Cli", "Resume a paused campaign."),
     2},
    {"stop", "ACCOUNT ID",
     QT_TRANSLATE_NOOP("CampaignDesk::Cli",
                       "Stop a campaign (cannot be undone on most platforms)."),
     2},
    {"archive", "ACCOUNT ID",
     QT_TRANSLATE_NOOP("CampaignDesk::Cli", "Archive a campaign (Smartlead; reversible)."), 2},
    {"delete", "ACCOUNT ID --confirm NAME (--export-to DIR | --no-export)",
     QT_TRANSLATE_NOOP("CampaignDesk::Cli",
                       "Delete one campaign through the safe delete flow: live status check, "
                       "gate, optional verified export, exact name, second check, audit log."),
     2},
    {"delete-many", "--from FILE --confirm-count N (--export-to DIR | --no-export)",
     QT_TRANSLATE_NOOP("CampaignDesk::Cli",
                       "Delete the campaigns listed in FILE, each through its own safe delete "
                       "flow, one account at a time."),
     0},
};

const CommandInfo *commandInfo(const QString &name)
{
    for (const CommandInfo &info : Commands) {
        if (name == QLatin1String(info.name))
            return &info;
    }
    return nullptr;
}

void addGlobalOptions(QCommandLineParser *parser)
{
    parser->addOption(QCommandLineOption(
        QStringLiteral("accounts"),
        trCli("Use the accounts in FILE (the JSON array campaign-desk-sandbox --print-accounts "
              "prints; each secret from the environment variable named by \"secretEnv\") "
              "instead of the app's saved accounts."),
        QStringLiteral("FILE")));
    parser->addOption(QCommandLineOption(
        QStringLiteral("audit-db"),
        trCli("The audit log database (default: the app's, in its data folder)."),
        QStringLiteral("PATH")));
    parser->addOption(
        QCommandLineOption(QStringLiteral("json"), trCli("Print one JSON document on stdout.")));
    parser->addOption(QCommandLineOption(
        QStringLiteral("verbose"), trCli("Log every HTTP request (URLs redacted) on stderr.")));
    parser->addHelpOption();
}

bool actionFromCommand(const QString &command, StatusAction *action)
{
    for (StatusAction a :
         {StatusAction::Pause, StatusAction::Resume, StatusAction::Stop, StatusAction::Archive}) {
        if (command == statusActionKey(a)) {
            *action = a;
            return true;
        }
    }
    return false;
}

QString dateText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

// "Name" of a campaign for a message line: quoted and safe for a terminal.
QString quotedName(const Campaign &campaign)
{
    return campaign.name.isEmpty() ? QString()
                                   : QStringLiteral(" “%1”").arg(terminalSafe(campaign.name));
}

QString capitalized(const QString &word)
{
    return word.isEmpty() ? word : word.at(0).toUpper() + word.mid(1);
}

// Whether another campaign of the listing has the same (trimmed) name as campaign `id`: the
// delete flow then asks for the id instead of the name.
bool nameSharedIn(const QList<Campaign> &listing, const QString &id)
{
    QString name;
    bool found = false;
    for (const Campaign &c : listing) {
        if (c.id == id) {
            name = c.name.trimmed();
            found = true;
            break;
        }
    }
    if (!found || name.isEmpty())
        return false;
    int same = 0;
    for (const Campaign &c : listing) {
        if (c.name.trimmed() == name)
            ++same;
    }
    return same > 1;
}

} // namespace

CliApp::CliApp(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
}

CliApp::~CliApp() = default;

QString CliApp::overview()
{
    QString text = tr("Usage: campaign-desk-cli [global options] COMMAND [options]\n\n"
                      "Lists, pauses, exports and safely deletes outreach campaigns on Talkover, "
                      "Burki, Kakiyo, Kore.ai and Smartlead,\nwith the same safety gates and "
                      "audit log as the Campaign Desk app.\n\nCommands:\n");
    for (const CommandInfo &info : Commands) {
        text +=
            QStringLiteral("  %1 %2\n      %3\n")
                .arg(QLatin1String(info.name), QLatin1String(info.synopsis), trCli(info.summary));
    }
    text += tr("\nGlobal options (before or after the command):\n"
               "  --accounts FILE   accounts from FILE instead of the app's saved accounts\n"
               "  --audit-db PATH   the audit log database (default: the app's)\n"
               "  --json            one JSON document on stdout\n"
               "  --verbose         log HTTP requests (redacted) on stderr\n"
               "  -h, --help        this text; COMMAND --help for a command's options\n"
               "  -v, --version     the version\n\n"
               "Exit codes: 0 done; 2 usage error; 3 refused by a safety gate (blocked status, "
               "protected,\nname mismatch, no audit log); 4 the platform returned an error; "
               "5 outcome unknown.\n");
    return text;
}

bool CliApp::setUpCommand(const QString &command, QCommandLineParser *parser) const
{
    const CommandInfo *info = commandInfo(command);
    if (!info)
        return false;
    parser->setApplicationDescription(trCli(info->summary));
    addGlobalOptions(parser);
    // Only for the usage line of the help text: the command word is not parsed again.
    parser->addPositionalArgument(command, trCli(info->summary), command);
    if (info->positionals == 2) {
        parser->addPositionalArgument(QStringLiteral("ACCOUNT"), tr("The account's label."));
        parser->addPositionalArgument(QStringLiteral("ID"),
                                      tr("The campaign's id on the platform."));
    }
    if (command == QLatin1String("list")) {
        parser->addOption(QCommandLineOption(
            QStringLiteral("account"), tr("Only this account (by label); repeat for several."),
            QStringLiteral("LABEL")));
        parser->addOption(QCommandLineOption(
            QStringLiteral("status"),
            tr("Only campaigns in this status: a normalised key (draft, scheduled, running, "
               "paused, stopped, completed, cancelled, failed, archived, unknown) or the "
               "platform's own word (ACTIVE, Ready, …). Comma-separated or repeated for several."),
            QStringLiteral("STATUS")));
    } else if (command == QLatin1String("export")) {
        parser->addOption(QCommandLineOption(QStringLiteral("to"),
                                             tr("The folder the bundle folder is created in."),
                                             QStringLiteral("DIR")));
    } else if (command == QLatin1String("delete") || command == QLatin1String("delete-many")) {
        if (command == QLatin1String("delete")) {
            parser->addOption(QCommandLineOption(
                QStringLiteral("confirm"),
                tr("The campaign's exact name (its id when the name is empty or shared with "
                   "another campaign of the account)."),
                QStringLiteral("NAME")));
        } else {
            parser->addOption(QCommandLineOption(
                QStringLiteral("from"),
                tr("A JSON array, or JSON lines, of {\"account\": LABEL, \"id\": ID} objects "
                   "(optional \"name\": it must then be the campaign's exact name)."),
                QStringLiteral("FILE")));
            parser->addOption(QCommandLineOption(
                QStringLiteral("confirm-count"),
                tr("The number of campaigns in FILE, typed as the confirmation."),
                QStringLiteral("N")));
        }
        parser->addOption(QCommandLineOption(
            QStringLiteral("export-to"),
            tr("Export a verified bundle into DIR before deleting (the default in the app)."),
            QStringLiteral("DIR")));
        parser->addOption(
            QCommandLineOption(QStringLiteral("no-export"),
                               tr("Delete without an export first; recorded in the audit log.")));
    }
    return true;
}

void CliApp::run(const QStringList &arguments)
{
    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    addGlobalOptions(&global);
    global.addVersionOption();
    global.addPositionalArgument(QStringLiteral("command"), tr("The command to run."));
    if (!global.parse(arguments)) {
        usageError(global.errorText());
        return;
    }
    const QStringList positionals = global.positionalArguments();
    if (positionals.isEmpty()) {
        if (global.isSet(QStringLiteral("help")) || global.isSet(QStringLiteral("help-all"))) {
            out(overview());
            finish(ExitOk);
        } else if (global.isSet(QStringLiteral("version"))) {
            out(QStringLiteral("campaign-desk-cli %1\n")
                    .arg(QCoreApplication::applicationVersion()));
            finish(ExitOk);
        } else {
            usageError(tr("No command given."));
        }
        return;
    }
    QString command = positionals.first();
    QStringList rest = positionals.mid(1);
    const qsizetype commandIndex = arguments.size() - positionals.size();
    QStringList commandArguments = arguments.mid(0, commandIndex);
    if (command == QLatin1String("help")) {
        if (rest.isEmpty()) {
            out(overview());
            finish(ExitOk);
            return;
        }
        command = rest.first();
        rest = {QStringLiteral("--help")};
    }
    commandArguments += rest;
    m_command = command;

    if (!setUpCommand(command, &m_parser)) {
        usageError(tr("Unknown command \"%1\".").arg(terminalSafe(command)));
        return;
    }
    if (!m_parser.parse(commandArguments)) {
        usageError(m_parser.errorText() +
                   tr("\nRun 'campaign-desk-cli %1 --help' for its options.").arg(command));
        return;
    }
    if (m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all"))) {
        out(m_parser.helpText());
        finish(ExitOk);
        return;
    }
    m_json = m_parser.isSet(QStringLiteral("json"));
    m_accountsFile = m_parser.value(QStringLiteral("accounts"));
    m_auditPath = m_parser.value(QStringLiteral("audit-db"));
    // The library logs failed requests for the app's console; here stderr is for the user's
    // messages, so the request log is opt-in.
    QLoggingCategory::setFilterRules(m_parser.isSet(QStringLiteral("verbose"))
                                         ? QStringLiteral("campaigndesk.*=true")
                                         : QStringLiteral("campaigndesk.*.debug=false\n"
                                                          "campaigndesk.*.info=false"));
    m_positionals = m_parser.positionalArguments();
    const int expected = commandInfo(command)->positionals;
    if (m_positionals.size() != expected) {
        usageError(expected == 0
                       ? tr("%1 takes no arguments (got \"%2\").")
                             .arg(command, terminalSafe(m_positionals.join(QLatin1Char(' '))))
                       : tr("%1 needs ACCOUNT and ID.").arg(command));
        return;
    }

    QString error;
    if (!loadAccounts(&error)) {
        usageError(error);
        return;
    }

    StatusAction action;
    if (command == QLatin1String("accounts")) {
        runAccounts();
    } else if (command == QLatin1String("list")) {
        runList();
    } else if (command == QLatin1String("show")) {
        runShow();
    } else if (command == QLatin1String("export")) {
        OperationRequest request;
        request.mode = OperationRequest::Mode::Export;
        request.exportRoot = m_parser.value(QStringLiteral("to"));
        if (request.exportRoot.isEmpty()) {
            usageError(tr("export needs --to DIR."));
            return;
        }
        if (!QDir().mkpath(request.exportRoot)) {
            usageError(tr("Cannot create the folder %1.").arg(request.exportRoot));
            return;
        }
        request.exportRoot = QDir(request.exportRoot).absolutePath();
        runOperation(request);
    } else if (actionFromCommand(command, &action)) {
        OperationRequest request;
        request.mode = OperationRequest::Mode::Action;
        request.action = action;
        runOperation(request);
    } else if (command == QLatin1String("delete")) {
        runDelete();
    } else {
        runDeleteMany();
    }
}

bool CliApp::loadAccounts(QString *error)
{
    if (!m_accountsFile.isEmpty()) {
        QFile file(m_accountsFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error =
                tr("Cannot read the accounts file %1: %2").arg(m_accountsFile, file.errorString());
            return false;
        }
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
            *error =
                tr("The accounts file %1 is not a JSON array of accounts.").arg(m_accountsFile);
            return false;
        }
        QList<CliFileAccount> parsed;
        if (!accountsFromCliFile(doc.array(), QProcessEnvironment::systemEnvironment(), &parsed,
                                 error)) {
            *error = tr("The accounts file %1: %2").arg(m_accountsFile, *error);
            return false;
        }
        for (const CliFileAccount &entry : std::as_const(parsed))
            m_accounts.append({entry.account, entry.secretSource, entry.secret, false});
        return true;
    }
    // The app's saved accounts: the same QSettings the app writes (organisation and
    // application names are set in main), secrets in the keyring.
    QSettings settings;
    // The CLI never writes settings; it refuses a file it cannot read rather than act on a
    // partial list of accounts.
    const SettingsCheck check = inspectSettingsFile(settings);
    if (check.state == SettingsCheck::State::Unreadable) {
        *error = check.message();
        return false;
    }
    MemorySecretStore unused; // the store needs one; load() never touches secrets
    const AccountStore store(&settings, &unused);
    const QList<Account> saved = store.load();
    for (const Account &account : saved)
        m_accounts.append({account, QStringLiteral("keyring"), QString(), true});
    return true;
}

CliAccount *CliApp::findAccount(const QString &label, QString *error)
{
    for (CliAccount &a : m_accounts) {
        if (a.account.label == label)
            return &a;
    }
    CliAccount *match = nullptr;
    int matches = 0;
    for (CliAccount &a : m_accounts) {
        if (a.account.label.compare(label.trimmed(), Qt::CaseInsensitive) == 0 ||
            a.account.id == label) {
            match = &a;
            ++matches;
        }
    }
    if (matches == 1)
        return match;
    QStringList labels;
    for (const CliAccount &a : std::as_const(m_accounts))
        labels << QStringLiteral("\"%1\"").arg(terminalSafe(a.account.label));
    *error = labels.isEmpty()
                 ? tr("No account \"%1\": there are no accounts (add one in Campaign Desk, or "
                      "pass --accounts FILE).")
                       .arg(terminalSafe(label))
                 : tr("No account \"%1\". The accounts are: %2.")
                       .arg(terminalSafe(label), labels.join(QStringLiteral(", ")));
    return nullptr;
}

void CliApp::readSecrets(const QList<CliAccount *> &accounts, const Then &then)
{
    QList<CliAccount *> pending;
    for (CliAccount *a : accounts) {
        if (a->fromKeyring && a->secret.isEmpty() && !pending.contains(a))
            pending.append(a);
    }
    if (pending.isEmpty()) {
        then();
        return;
    }
    if (!m_keyring)
        m_keyring = new KeychainSecretStore(this);
    auto left = std::make_shared<qsizetype>(pending.size());
    for (CliAccount *a : std::as_const(pending)) {
        SecretReply *reply = m_keyring->read(a->account.secretKey());
        connect(reply, &SecretReply::finished, this, [this, a, left, then](const SecretResult &r) {
            if (r.ok())
                a->secret = r.secret;
            else
                err(tr("The key of %1 could not be read from the keyring: %2")
                        .arg(terminalSafe(a->account.label), r.message));
            if (--*left == 0)
                then();
        });
    }
}

AccountSession *CliApp::sessionFor(const CliAccount &account)
{
    if (AccountSession *existing = m_sessions.value(account.account.id))
        return existing;
    auto *session = new AccountSession(m_nam, account.account, this);
    session->setSecret(account.secret);
    m_sessions.insert(account.account.id, session);
    return session;
}

void CliApp::openAudit(bool required, const Then &then)
{
    m_audit = new AuditLog(this);
    connect(m_audit, &AuditLog::opened, this,
            [this, required, then](bool ok, const QString &message) {
                if (!ok) {
                    if (required) {
                        err(tr("The audit log could not be opened, so nothing was sent: %1")
                                .arg(message));
                        finish(ExitRefused);
                        return;
                    }
                    err(tr("The audit log could not be opened (%1); protection flags are not "
                           "shown.")
                            .arg(message));
                    m_audit->deleteLater();
                    m_audit = nullptr;
                }
                then();
            });
    connect(m_audit, &AuditLog::writeFailed, this, [this](const QString &message) {
        err(tr("The audit log could not be written: %1").arg(message));
    });
    m_audit->open(m_auditPath.isEmpty() ? AuditLog::defaultPath() : m_auditPath);
}

void CliApp::listAccount(AccountSession *session, const Listed &done)
{
    auto campaigns = std::make_shared<QList<Campaign>>();
    auto reported = std::make_shared<bool>(false);
    // The context object ends both connections once the listing has been reported.
    auto *context = new QObject(this);
    connect(session, &AccountSession::campaignsArrived, context,
            [campaigns](const QList<Campaign> &page) { *campaigns += page; });
    connect(session, &AccountSession::stateChanged, context,
            [session, campaigns, reported, context, done] {
                const AccountState state = session->state();
                if (*reported || state == AccountState::Loading || state == AccountState::Idle)
                    return;
                *reported = true;
                context->deleteLater();
                done(state == AccountState::Ok, *campaigns);
            });
    session->refresh();
}

bool CliApp::requireExportChoice(QString *exportRoot)
{
    const bool toDir = m_parser.isSet(QStringLiteral("export-to"));
    const bool none = m_parser.isSet(QStringLiteral("no-export"));
    if (toDir == none) {
        usageError(tr("%1 needs exactly one of --export-to DIR (export first, verified) and "
                      "--no-export (an explicit choice, recorded in the audit log).")
                       .arg(m_command));
        return false;
    }
    exportRoot->clear();
    if (toDir) {
        const QString dir = m_parser.value(QStringLiteral("export-to"));
        if (dir.isEmpty() || !QDir().mkpath(dir)) {
            usageError(tr("Cannot create the folder %1.").arg(dir));
            return false;
        }
        *exportRoot = QDir(dir).absolutePath();
    }
    return true;
}

// --- accounts ------------------------------------------------------------------------------

void CliApp::runAccounts()
{
    if (m_json) {
        QJsonArray array;
        for (const CliAccount &a : std::as_const(m_accounts)) {
            array.append(
                QJsonObject{{QStringLiteral("label"), a.account.label},
                            {QStringLiteral("platform"), platformKey(a.account.platform)},
                            {QStringLiteral("baseUrl"),
                             redactedUrl(providerFor(a.account.platform).baseUrlOf(a.account))},
                            {QStringLiteral("sandbox"), a.account.sandbox},
                            {QStringLiteral("secretSource"), a.secretSource}});
        }
        printJson(QJsonDocument(array));
    } else {
        QList<QStringList> rows;
        for (const CliAccount &a : std::as_const(m_accounts)) {
            rows.append(
                {terminalSafe(a.account.label), platformDisplayName(a.account.platform),
                 terminalSafe(redactedUrl(providerFor(a.account.platform).baseUrlOf(a.account))),
                 a.account.sandbox ? tr("yes") : tr("no"), terminalSafe(a.secretSource)});
        }
        out(formatTable({tr("LABEL"), tr("PLATFORM"), tr("BASE URL"), tr("SANDBOX"), tr("SECRET")},
                        rows));
        if (m_accounts.isEmpty())
            err(tr("No accounts: add one in Campaign Desk, or pass --accounts FILE."));
    }
    finish(ExitOk);
}

// --- list ----------------------------------------------------------------------------------

void CliApp::runList()
{
    QList<CliAccount *> selected;
    const QStringList labels = m_parser.values(QStringLiteral("account"));
    for (const QString &label : labels) {
        QString error;
        CliAccount *a = findAccount(label, &error);
        if (!a) {
            usageError(error);
            return;
        }
        if (!selected.contains(a))
            selected.append(a);
    }
    if (labels.isEmpty()) {
        for (CliAccount &a : m_accounts)
            selected.append(&a);
    }
    if (selected.isEmpty()) {
        usageError(tr("No accounts: add one in Campaign Desk, or pass --accounts FILE."));
        return;
    }
    QStringList statuses;
    const QStringList statusValues = m_parser.values(QStringLiteral("status"));
    for (const QString &value : statusValues) {
        const QStringList words = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (!word.trimmed().isEmpty())
                statuses << word.trimmed();
        }
    }

    readSecrets(selected, [this, selected, statuses] {
        auto perAccount = std::make_shared<QList<QList<Campaign>>>(selected.size());
        auto left = std::make_shared<qsizetype>(selected.size());
        auto failed = std::make_shared<bool>(false);
        for (qsizetype i = 0; i < selected.size(); ++i) {
            AccountSession *session = sessionFor(*selected.at(i));
            listAccount(session, [this, i, session, selected, statuses, perAccount, left,
                                  failed](bool ok, const QList<Campaign> &campaigns) {
                if (ok) {
                    (*perAccount)[i] = campaigns;
                } else {
                    *failed = true;
                    err(tr("%1: %2").arg(terminalSafe(selected.at(i)->account.label),
                                         session->errorText()));
                }
                if (--*left > 0)
                    return;
                QJsonArray array;
                QList<QStringList> rows;
                for (qsizetype k = 0; k < selected.size(); ++k) {
                    const Account &account = selected.at(k)->account;
                    for (const Campaign &c : perAccount->at(k)) {
                        const bool wanted =
                            statuses.isEmpty() ||
                            std::any_of(statuses.cbegin(), statuses.cend(),
                                        [&c](const QString &s) { return statusMatches(c, s); });
                        if (!wanted)
                            continue;
                        array.append(campaignJson(c, account.label));
                        rows.append({terminalSafe(account.label), terminalSafe(c.id),
                                     terminalSafe(c.name), campaignStatusKey(c.status),
                                     terminalSafe(c.rawStatus),
                                     c.keyCount >= 0 ? QString::number(c.keyCount) : QString(),
                                     dateText(c.updated)});
                    }
                }
                if (m_json) {
                    printJson(QJsonDocument(array));
                } else {
                    out(formatTable({tr("ACCOUNT"), tr("ID"), tr("NAME"), tr("STATUS"),
                                     tr("PLATFORM STATUS"), tr("COUNT"), tr("UPDATED")},
                                    rows));
                    err(tr("%n campaign(s).", nullptr, int(rows.size())));
                }
                finish(*failed ? ExitPlatform : ExitOk);
            });
        }
    });
}

// --- show ----------------------------------------------------------------------------------

void CliApp::runShow()
{
    QString error;
    CliAccount *a = findAccount(m_positionals.at(0), &error);
    if (!a) {
        usageError(error);
        return;
    }
    const QString id = m_positionals.at(1);
    readSecrets({a}, [this, a, id] {
        openAudit(false, [this, a, id] {
            AccountSession *session = sessionFor(*a);
            const Account &account = session->account();
            const Provider &provider = providerFor(account.platform);
            PendingCall *call = session->transport()->send(
                provider.withAuth(provider.getRequest(account, id), account, session->secret()));
            connect(call, &PendingCall::finished, this, [this, session, id](const ApiResult &r) {
                const Account &acc = session->account();
                const Provider &p = providerFor(acc.platform);
                if (!r.ok()) {
                    err(r.error == ErrorKind::Http && r.httpStatus == 404
                            ? tr("Campaign %1 was not found on %2.")
                                  .arg(terminalSafe(id), platformDisplayName(acc.platform))
                            : describeFailure(acc, r));
                    finish(ExitPlatform);
                    return;
                }
                const std::optional<Campaign> live = p.parseCampaign(acc, r.json);
                if (!live) {
                    err(tr("Unexpected answer from %1 (HTTP %2).")
                            .arg(platformDisplayName(acc.platform))
                            .arg(r.httpStatus));
                    finish(ExitPlatform);
                    return;
                }
                const QJsonDocument answer = r.json;
                auto print = [this, session, live = *live, answer](std::optional<bool> protect) {
                    const Account &ac = session->account();
                    const Provider &pr = providerFor(ac.platform);
                    const DeleteDecision d =
                        decideDelete(pr, live, answer, protect.value_or(false), false);
                    if (m_json) {
                        QJsonObject o = campaignJson(live, ac.label);
                        o.insert(QStringLiteral("protected"),
                                 protect ? QJsonValue(*protect) : QJsonValue());
                        QJsonArray unblock;
                        for (StatusAction s : d.unblockBy)
                            unblock.append(statusActionKey(s));
                        o.insert(QStringLiteral("delete"),
                                 QJsonObject{{QStringLiteral("allowed"), d.mayDelete()},
                                             {QStringLiteral("reason"), d.reason},
                                             {QStringLiteral("unblockBy"), unblock}});
                        o.insert(QStringLiteral("raw"), answer.isArray()
                                                            ? QJsonValue(answer.array())
                                                            : QJsonValue(answer.object()));
                        printJson(QJsonDocument(o));
                    } else {
                        QList<QStringList> rows = {
                            {tr("Account:"), terminalSafe(ac.label) + QStringLiteral(" (") +
                                                 platformDisplayName(ac.platform) +
                                                 QLatin1Char(')')},
                            {tr("Id:"), terminalSafe(live.id)},
                            {tr("Name:"), terminalSafe(live.name)},
                            {tr("Status:"), campaignStatusKey(live.status) + QStringLiteral(" (") +
                                                terminalSafe(live.rawStatus) + QLatin1Char(')')},
                            {tr("Type:"), terminalSafe(live.type)},
                            {tr("Created:"), dateText(live.created)},
                            {tr("Updated:"), dateText(live.updated)},
                            {capitalized(pr.keyCountName()) + QLatin1Char(':'),
                             live.keyCount >= 0 ? QString::number(live.keyCount) : QString()},
                            {tr("Protected:"), !protect   ? tr("unknown")
                                               : *protect ? tr("yes")
                                                          : tr("no")},
                            {tr("Delete:"), d.mayDelete()
                                                ? tr("allowed now")
                                                : tr("blocked: %1").arg(terminalSafe(d.reason))},
                        };
                        QString text;
                        for (const QStringList &row : rows)
                            text += row.at(0).leftJustified(12) + row.at(1) + QLatin1Char('\n');
                        out(text);
                    }
                    finish(ExitOk);
                };
                if (!m_audit) {
                    print(std::nullopt);
                    return;
                }
                m_audit->isProtected(acc.id, live->id, this,
                                     [print](bool isProtected) { print(isProtected); });
            });
        });
    });
}

// --- pause / resume / stop / archive / export ------------------------------------------------

QJsonObject CliApp::resultJson(const CliAccount &account, const OperationResult &result,
                               const QString &action) const
{
    return QJsonObject{
        {QStringLiteral("account"), account.account.label},
        {QStringLiteral("platform"), platformKey(account.account.platform)},
        {QStringLiteral("id"), result.live.id},
        {QStringLiteral("name"), result.live.name},
        {QStringLiteral("action"), action},
        {QStringLiteral("outcome"), result.outcome},
        {QStringLiteral("exitCode"), result.exitCode},
        {QStringLiteral("message"), result.message},
        {QStringLiteral("status"), result.live.rawStatus.isEmpty()
                                       ? QJsonValue()
                                       : QJsonValue(campaignStatusKey(result.live.status))},
        {QStringLiteral("rawStatus"),
         result.live.rawStatus.isEmpty() ? QJsonValue() : QJsonValue(result.live.rawStatus)},
        {QStringLiteral("exportPath"),
         result.exportPath.isEmpty() ? QJsonValue() : QJsonValue(result.exportPath)},
    };
}

void CliApp::reportResult(const CliAccount &account, const OperationResult &result,
                          const QString &action)
{
    if (m_json) {
        printJson(QJsonDocument(resultJson(account, result, action)));
        return;
    }
    err(tr("%1 %2%3: %4 — %5")
            .arg(terminalSafe(account.account.label), terminalSafe(result.live.id),
                 quotedName(result.live), result.outcome, terminalSafe(result.message)));
    if (!result.exportPath.isEmpty())
        out(result.exportPath + QLatin1Char('\n'));
}

void CliApp::runOperation(const OperationRequest &request)
{
    QString error;
    CliAccount *a = findAccount(m_positionals.at(0), &error);
    if (!a) {
        usageError(error);
        return;
    }
    if (request.mode == OperationRequest::Mode::Action &&
        !providerFor(a->account.platform).supportsAction(request.action)) {
        QString why;
        providerFor(a->account.platform).actionAllowed(request.action, QString(), &why);
        usageError(why.isEmpty() ? tr("%1 has no %2.")
                                       .arg(platformDisplayName(a->account.platform),
                                            statusActionKey(request.action))
                                 : why);
        return;
    }
    const QString id = m_positionals.at(1);
    readSecrets({a}, [this, a, id, request] {
        openAudit(true, [this, a, id, request] {
            AccountSession *session = sessionFor(*a);
            Campaign row;
            row.accountId = a->account.id;
            row.platform = a->account.platform;
            row.id = id;
            auto *runner = new OperationRunner(session, m_audit, row, false, request, this);
            runner->start([this, a, runner](const OperationResult &result) {
                reportResult(*a, result, m_command);
                runner->deleteLater();
                finish(result.exitCode);
            });
        });
    });
}

// --- delete ----------------------------------------------------------------------------------

void CliApp::runDelete()
{
    QString error;
    CliAccount *a = findAccount(m_positionals.at(0), &error);
    if (!a) {
        usageError(error);
        return;
    }
    if (!m_parser.isSet(QStringLiteral("confirm"))) {
        usageError(tr("delete needs --confirm NAME: the campaign's exact name."));
        return;
    }
    OperationRequest request;
    request.mode = OperationRequest::Mode::Delete;
    request.typed = m_parser.value(QStringLiteral("confirm"));
    if (!requireExportChoice(&request.exportRoot))
        return;
    const QString id = m_positionals.at(1);
    readSecrets({a}, [this, a, id, request] {
        openAudit(true, [this, a, id, request] {
            AccountSession *session = sessionFor(*a);
            // The whole listing, because a name shared with another campaign must be confirmed
            // with the id instead (as in the app).
            listAccount(session,
                        [this, a, id, request, session](bool ok, const QList<Campaign> &listing) {
                            if (!ok) {
                                err(tr("%1: %2 Nothing was deleted.")
                                        .arg(terminalSafe(a->account.label), session->errorText()));
                                finish(ExitPlatform);
                                return;
                            }
                            Campaign row;
                            row.accountId = a->account.id;
                            row.platform = a->account.platform;
                            row.id = id;
                            auto *runner = new OperationRunner(
                                session, m_audit, row, nameSharedIn(listing, id), request, this);
                            runner->start([this, a, runner](const OperationResult &result) {
                                reportResult(*a, result, m_command);
                                runner->deleteLater();
                                finish(result.exitCode);
                            });
                        });
        });
    });
}

void CliApp::runDeleteMany()
{
    const QString from = m_parser.value(QStringLiteral("from"));
    if (from.isEmpty()) {
        usageError(tr("delete-many needs --from FILE."));
        return;
    }
    QFile file(from);
    if (!file.open(QIODevice::ReadOnly)) {
        usageError(tr("Cannot read %1: %2").arg(from, file.errorString()));
        return;
    }
    QString error;
    if (!parseBulkFile(file.readAll(), &m_bulkEntries, &error)) {
        usageError(tr("%1: %2").arg(from, error));
        return;
    }
    if (m_bulkEntries.isEmpty()) {
        usageError(tr("%1 lists no campaigns.").arg(from));
        return;
    }
    bool numeric = false;
    const int count = m_parser.value(QStringLiteral("confirm-count")).toInt(&numeric);
    if (!m_parser.isSet(QStringLiteral("confirm-count")) || !numeric) {
        usageError(tr("delete-many needs --confirm-count N: the number of campaigns in the "
                      "file."));
        return;
    }
    if (!requireExportChoice(&m_bulkExportRoot))
        return;
    QList<CliAccount *> involved;
    for (const BulkEntry &entry : std::as_const(m_bulkEntries)) {
        CliAccount *a = findAccount(entry.account, &error);
        if (!a) {
            usageError(error);
            return;
        }
        const qsizetype index = a - m_accounts.data();
        m_bulkAccountOf.append(index);
        if (!involved.contains(a)) {
            involved.append(a);
            m_bulkGroups.append(QList<qsizetype>());
        }
        m_bulkGroups[involved.indexOf(a)].append(m_bulkAccountOf.size() - 1);
    }
    if (count != m_bulkEntries.size()) {
        err(tr("--confirm-count is %1, but %2 lists %n campaign(s). Nothing was done.", nullptr,
               int(m_bulkEntries.size()))
                .arg(count)
                .arg(from));
        finish(ExitRefused);
        return;
    }
    m_bulkResults = QList<OperationResult>(m_bulkEntries.size());
    readSecrets(involved, [this] { openAudit(true, [this] { runBulkGroup(0); }); });
}

void CliApp::runBulkGroup(qsizetype group)
{
    if (group >= m_bulkGroups.size()) {
        reportBulk();
        return;
    }
    const CliAccount &a = m_accounts.at(m_bulkAccountOf.at(m_bulkGroups.at(group).first()));
    AccountSession *session = sessionFor(a);
    listAccount(session, [this, group, session](bool ok, const QList<Campaign> &listing) {
        if (!ok) {
            for (qsizetype index : m_bulkGroups.at(group)) {
                OperationResult &r = m_bulkResults[index];
                r.exitCode = ExitPlatform;
                r.outcome = QStringLiteral("not-attempted");
                r.message = session->errorText() + QLatin1Char(' ') + tr("Nothing was deleted.");
                r.live.id = m_bulkEntries.at(index).id;
            }
            err(tr("%1: %2").arg(terminalSafe(session->account().label), session->errorText()));
            runBulkGroup(group + 1);
            return;
        }
        m_bulkListing = listing;
        runBulkEntry(group, 0);
    });
}

void CliApp::runBulkEntry(qsizetype group, qsizetype position)
{
    const QList<qsizetype> &indexes = m_bulkGroups.at(group);
    if (position >= indexes.size()) {
        runBulkGroup(group + 1);
        return;
    }
    const qsizetype index = indexes.at(position);
    const BulkEntry &entry = m_bulkEntries.at(index);
    const CliAccount &a = m_accounts.at(m_bulkAccountOf.at(index));
    OperationRequest request;
    request.mode = OperationRequest::Mode::Delete;
    request.exportRoot = m_bulkExportRoot;
    request.typed = entry.name;
    request.confirmedByCount = true;
    Campaign row;
    row.accountId = a.account.id;
    row.platform = a.account.platform;
    row.id = entry.id;
    auto *runner = new OperationRunner(sessionFor(a), m_audit, row,
                                       nameSharedIn(m_bulkListing, entry.id), request, this);
    runner->start([this, group, position, index, runner](const OperationResult &result) {
        m_bulkResults[index] = result;
        if (!m_json) {
            const CliAccount &acc = m_accounts.at(m_bulkAccountOf.at(index));
            err(QStringLiteral("[%1/%2] ").arg(index + 1).arg(m_bulkEntries.size()) +
                tr("%1 %2%3: %4 — %5")
                    .arg(terminalSafe(acc.account.label), terminalSafe(result.live.id),
                         quotedName(result.live), result.outcome, terminalSafe(result.message)));
        }
        runner->deleteLater();
        runBulkEntry(group, position + 1);
    });
}

void CliApp::reportBulk()
{
    int exitCode = ExitOk;
    int deleted = 0;
    QJsonArray results;
    for (qsizetype i = 0; i < m_bulkResults.size(); ++i) {
        const OperationResult &r = m_bulkResults.at(i);
        exitCode = worseExitCode(exitCode, r.exitCode);
        if (r.exitCode == ExitOk)
            ++deleted;
        results.append(resultJson(m_accounts.at(m_bulkAccountOf.at(i)), r, m_command));
    }
    if (m_json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("count"), m_bulkResults.size()},
                                            {QStringLiteral("deleted"), deleted},
                                            {QStringLiteral("exitCode"), exitCode},
                                            {QStringLiteral("results"), results}}));
    } else {
        err(tr("Deleted %1 of %n campaign(s).", nullptr, int(m_bulkResults.size())).arg(deleted));
        for (const OperationResult &r : std::as_const(m_bulkResults)) {
            if (!r.exportPath.isEmpty())
                out(r.exportPath + QLatin1Char('\n'));
        }
    }
    finish(exitCode);
}

// --- output ----------------------------------------------------------------------------------

void CliApp::out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliApp::err(const QString &text)
{
    m_lastMessage = text.trimmed();
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes += '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void CliApp::printJson(const QJsonDocument &document)
{
    m_printedJson = true;
    out(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

void CliApp::usageError(const QString &message)
{
    err(message);
    err(tr("Run 'campaign-desk-cli --help' for usage."));
    finish(ExitUsage);
}

void CliApp::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    // --json promises one document on stdout whatever happened (usage errors aside: the
    // arguments may not even say --json reliably).
    if (m_json && !m_printedJson && exitCode != ExitUsage) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("exitCode"), exitCode},
                                            {QStringLiteral("error"), m_lastMessage}}));
    }
    QCoreApplication::exit(exitCode);
}

} // namespace CampaignDesk::Cli
