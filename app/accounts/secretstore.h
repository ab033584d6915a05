#pragma once

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace CampaignDesk {

// Why a secret operation did not do what was asked.
enum class SecretError
{
    None,
    NotFound,  // nothing stored under that key (a locked GNOME keyring also says this on read)
    NoKeyring, // no Secret Service answered: nothing can be remembered beyond this session
    Locked,    // the keyring is there but locked
    Denied,    // the keyring refused access
    Timeout,   // the keyring did not answer in time
    Other,
};

// A stable lower-case name for logs and tests ("not-found", "no-keyring", ...).
QString secretErrorName(SecretError error);

// The one value every secret operation produces. `message` is for people and never contains
// the secret; `secret` is filled only by a successful read.
struct SecretResult
{
    SecretError error = SecretError::None;
    QString message;
    QString secret;
    // The secret lives in memory only and is forgotten when the app quits (no keyring, or the
    // user chose not to remember it).
    bool sessionOnly = false;

    bool ok() const { return error == SecretError::None; }
};

// One secret operation on its way. It emits finished() exactly once, always from the event
// loop (never from inside read()/write()/remove(), so callers can connect first), and deletes
// itself afterwards: connect with a context object and do not keep the pointer.
class SecretReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretReply)

public:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    Q_ENUM(Operation)

    SecretReply(Operation operation, const QString &key, QObject *parent = nullptr);
    ~SecretReply() override;

    Operation operation() const { return m_operation; }
    QString key() const { return m_key; }
    bool isFinished() const { return m_finished; }
    const SecretResult &result() const { return m_result; }

    // For stores: delivers the result from the event loop. Only the first call counts, so a
    // late answer after a timeout is dropped here.
    void finish(const SecretResult &result);

Q_SIGNALS:
    void finished(const CampaignDesk::SecretResult &result);

private:
    Operation m_operation;
    QString m_key;
    SecretResult m_result;
    bool m_finished = false;
};

// Where account secrets (API keys, tokens, client secrets) live. Asynchronous because the real
// implementation talks to the Secret Service over D-Bus and must never block the window. Keys
// are namespaced by app, platform and account (Account::secretKey()). Removing a key that
// does not exist succeeds: the caller wanted it gone and it is.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    ~SecretStore() override;

    virtual SecretReply *read(const QString &key) = 0;
    virtual SecretReply *write(const QString &key, const QString &secret) = 0;
    virtual SecretReply *remove(const QString &key) = 0;

protected:
    explicit SecretStore(QObject *parent = nullptr);
};

// Secrets in this process's memory only: for tests, and for keys the user chose not to
// remember or that have no keyring to go to.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    SecretReply *read(const QString &key) override;
    SecretReply *write(const QString &key, const QString &secret) override;
    SecretReply *remove(const QString &key) override;

    bool contains(const QString &key) const { return m_secrets.contains(key); }
    qsizetype count() const { return m_secrets.size(); }

private:
    QHash<QString, QString> m_secrets;
};

// The store the app uses: the keyring when there is one, and when the keyring reports that
// there is none, the secret is kept in memory for this session and the store says so
// (isSessionOnly(), sessionOnlyChanged(), SecretResult::sessionOnly). It never falls back to a
// file or QSettings. Once no keyring has answered, the store stays session-only until the app
// quits, so the UI shows one consistent state.
class SessionFallbackSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionFallbackSecretStore)

public:
    // `keyring` is not owned; it must outlive this store (usually both are children of the
    // same parent).
    explicit SessionFallbackSecretStore(SecretStore *keyring, QObject *parent = nullptr);
    ~SessionFallbackSecretStore() override;

    SecretReply *read(const QString &key) override;
    SecretReply *write(const QString &key, const QString &secret) override;
    SecretReply *remove(const QString &key) override;

    // "Don't remember this key": kept in memory for this session, and any copy an earlier
    // session left in the keyring is removed so it does not come back.
    SecretReply *writeForSession(const QString &key, const QString &secret);

    bool isSessionOnly() const { return m_sessionOnly; }
    // What the UI shows while session-only.
    static QString sessionOnlyMessage();

Q_SIGNALS:
    void sessionOnlyChanged(bool sessionOnly);

private:
    void enterSessionOnly();
    SecretResult storeInMemory(const QString &key, const QString &secret);

    SecretStore *m_keyring;
    MemorySecretStore m_memory;
    bool m_sessionOnly = false;
};

} // namespace CampaignDesk

Q_DECLARE_METATYPE(CampaignDesk::SecretResult)
