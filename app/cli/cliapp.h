#pragma once

#include "accounts/account.h"
#include "clioperation.h"
#include "clioutput.h"

#include <QCommandLineParser>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QJsonDocument;
class QNetworkAccessManager;

namespace CampaignDesk {

class AccountSession;
class AuditLog;
class SecretStore;

namespace Cli {

// One account as the CLI knows it: from the app's saved accounts (secret in the keyring) or
// from an --accounts file (secret from the environment, or inline for the sandbox).
struct CliAccount
{
    Account account;
    QString secretSource; // "keyring", "env:NAME" or "inline (sandbox)"; never the secret
    QString secret;       // empty for a keyring account until it was read
    bool fromKeyring = false;
};

// campaign-desk-cli: the commands over the same core library as the app (no Widgets). Every
// state change goes through DeleteOperation with the app's audit log, so the CLI has exactly
// the GUI's gates. Data goes to stdout (one JSON document with --json), messages to stderr;
// neither ever carries a secret. The run ends the event loop with the exit code (ExitCode).
class CliApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliApp)

public:
    explicit CliApp(QObject *parent = nullptr);
    ~CliApp() override;

    // Parses argv and starts the command. Call from the event loop: the result arrives through
    // QCoreApplication::exit(code).
    void run(const QStringList &arguments);

    // The text of `campaign-desk-cli --help`.
    static QString overview();

private:
    using Then = std::function<void()>;
    using Listed = std::function<void(bool ok, const QList<Campaign> &campaigns)>;

    bool setUpCommand(const QString &command, QCommandLineParser *parser) const;
    bool loadAccounts(QString *error);
    CliAccount *findAccount(const QString &label, QString *error);
    void readSecrets(const QList<CliAccount *> &accounts, const Then &then);
    AccountSession *sessionFor(const CliAccount &account);
    // Opens the audit log; when it cannot be opened and `required` (anything that changes a
    // campaign), the run ends with ExitRefused: nothing is sent without the log.
    void openAudit(bool required, const Then &then);
    void listAccount(AccountSession *session, const Listed &done);
    bool requireExportChoice(QString *exportRoot);

    void runAccounts();
    void runList();
    void runShow();
    void runOperation(const OperationRequest &request);
    void runDelete();
    void runDeleteMany();
    void runBulkGroup(qsizetype group);
    void runBulkEntry(qsizetype group, qsizetype position);
    void reportBulk();

    QJsonObject resultJson(const CliAccount &account, const OperationResult &result,
                           const QString &action) const;
    void reportResult(const CliAccount &account, const OperationResult &result,
                      const QString &action);

    void out(const QString &text);
    void err(const QString &text);
    void printJson(const QJsonDocument &document);
    void usageError(const QString &message);
    void finish(int exitCode);

    QNetworkAccessManager *m_nam;
    SecretStore *m_keyring = nullptr;
    AuditLog *m_audit = nullptr;
    QCommandLineParser m_parser;
    QString m_command;
    QStringList m_positionals;
    QString m_accountsFile;
    QString m_auditPath;
    bool m_json = false;
    QList<CliAccount> m_accounts;
    QHash<QString, AccountSession *> m_sessions; // by account id
    // delete-many: the entries, their accounts (index into m_accounts), the entries grouped by
    // account in order of first appearance, the current account's listing, and the results.
    QList<BulkEntry> m_bulkEntries;
    QList<qsizetype> m_bulkAccountOf;
    QList<QList<qsizetype>> m_bulkGroups;
    QList<Campaign> m_bulkListing;
    QList<OperationResult> m_bulkResults;
    QString m_bulkExportRoot;
    bool m_printedJson = false;
    QString m_lastMessage; // the last message on stderr, for the --json error document
    bool m_finished = false;
};

} // namespace Cli
} // namespace CampaignDesk
