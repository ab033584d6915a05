#include "secretstore.h"

#include <QMetaObject>

namespace CampaignDesk {

QString secretErrorName(SecretError error)
{
    switch (error) {
    case SecretError::None:
        return QStringLiteral("ok");
    case SecretError::NotFound:
        return QStringLiteral("not-found");
    case SecretError::NoKeyring:
        return QStringLiteral("no-keyring");
    case SecretError::Locked:
        return QStringLiteral("locked");
    case SecretError::Denied:
        return QStringLiteral("denied");
    case SecretError::Timeout:
        return QStringLiteral("timeout");
    case SecretError::Other:
        return QStringLiteral("other");
    }
    return {};
}

SecretReply::SecretReply(Operation operation, const QString &key, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_key(key)
{
}

SecretReply::~SecretReply() = default;

void SecretReply::finish(const SecretResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    // Queued so that a store may finish a reply before returning it, and so that a handler
    // never runs inside the store's own call stack.
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(m_result);
            deleteLater();
        },
        Qt::QueuedConnection);
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

MemorySecretStore::~MemorySecretStore() = default;

SecretReply *MemorySecretStore::read(const QString &key)
{
    auto *reply = new SecretReply(SecretReply::Operation::Read, key, this);
    SecretResult result;
    result.sessionOnly = true;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd()) {
        result.error = SecretError::NotFound;
        result.message = tr("No key is kept for this account in this session.");
    } else {
        result.secret = it.value();
    }
    reply->finish(result);
    return reply;
}

SecretReply *MemorySecretStore::write(const QString &key, const QString &secret)
{
    auto *reply = new SecretReply(SecretReply::Operation::Write, key, this);
    m_secrets.insert(key, secret);
    SecretResult result;
    result.sessionOnly = true;
    reply->finish(result);
    return reply;
}

SecretReply *MemorySecretStore::remove(const QString &key)
{
    auto *reply = new SecretReply(SecretReply::Operation::Remove, key, this);
    m_secrets.remove(key);
    SecretResult result;
    result.sessionOnly = true;
    reply->finish(result);
    return reply;
}

SessionFallbackSecretStore::SessionFallbackSecretStore(SecretStore *keyring, QObject *parent)
    : SecretStore(parent)
    , m_keyring(keyring)
{
    Q_ASSERT(m_keyring);
}

SessionFallbackSecretStore::~SessionFallbackSecretStore() = default;

QString SessionFallbackSecretStore::sessionOnlyMessage()
{
    return tr("No keyring: secrets are kept for this session only.");
}

void SessionFallbackSecretStore::enterSessionOnly()
{
    if (m_sessionOnly)
        return;
    m_sessionOnly = true;
    Q_EMIT sessionOnlyChanged(true);
}

SecretResult SessionFallbackSecretStore::storeInMemory(const QString &key, const QString &secret)
{
    // The memory store changes synchronously; its own reply only reports and deletes itself.
    m_memory.write(key, secret);
    SecretResult result;
    result.sessionOnly = true;
    return result;
}

SecretReply *SessionFallbackSecretStore::read(const QString &key)
{
    auto *reply = new SecretReply(SecretReply::Operation::Read, key, this);
    // A session copy is the newest value: it was written after anything in the keyring.
    if (m_memory.contains(key)) {
        SecretReply *inner = m_memory.read(key);
        connect(inner, &SecretReply::finished, reply,
                [reply](const SecretResult &result) { reply->finish(result); });
        return reply;
    }
    if (m_sessionOnly) {
        SecretResult result;
        result.error = SecretError::NoKeyring;
        result.sessionOnly = true;
        result.message = sessionOnlyMessage() + QLatin1Char(' ') +
                         tr("No key has been entered for this account in this session.");
        reply->finish(result);
        return reply;
    }
    SecretReply *inner = m_keyring->read(key);
    connect(inner, &SecretReply::finished, reply, [this, reply](SecretResult result) {
        if (result.error == SecretError::NoKeyring) {
            enterSessionOnly();
            result.sessionOnly = true;
        }
        reply->finish(result);
    });
    return reply;
}

SecretReply *SessionFallbackSecretStore::write(const QString &key, const QString &secret)
{
    auto *reply = new SecretReply(SecretReply::Operation::Write, key, this);
    if (m_sessionOnly) {
        SecretResult result = storeInMemory(key, secret);
        result.message = sessionOnlyMessage();
        reply->finish(result);
        return reply;
    }
    SecretReply *inner = m_keyring->write(key, secret);
    connect(inner, &SecretReply::finished, reply,
            [this, reply, key, secret](const SecretResult &keyringResult) {
                if (keyringResult.ok()) {
                    // The keyring copy is now the one to use.
                    m_memory.remove(key);
                    reply->finish(keyringResult);
                    return;
                }
                if (keyringResult.error == SecretError::NoKeyring) {
                    enterSessionOnly();
                    SecretResult result = storeInMemory(key, secret);
                    result.message = sessionOnlyMessage();
                    reply->finish(result);
                    return;
                }
                // Locked, denied, timed out: the user decides (unlock and retry, or keep it
                // for this session with writeForSession()); nothing is stored silently.
                reply->finish(keyringResult);
            });
    return reply;
}

SecretReply *SessionFallbackSecretStore::remove(const QString &key)
{
    auto *reply = new SecretReply(SecretReply::Operation::Remove, key, this);
    m_memory.remove(key);
    if (m_sessionOnly) {
        SecretResult result;
        result.sessionOnly = true;
        reply->finish(result);
        return reply;
    }
    SecretReply *inner = m_keyring->remove(key);
    connect(inner, &SecretReply::finished, reply, [this, reply](SecretResult result) {
        if (result.error == SecretError::NoKeyring) {
            enterSessionOnly();
            result = SecretResult();
            result.sessionOnly = true;
            result.message = sessionOnlyMessage();
        }
        reply->finish(result);
    });
    return reply;
}

SecretReply *SessionFallbackSecretStore::writeForSession(const QString &key, const QString &secret)
{
    auto *reply = new SecretReply(SecretReply::Operation::Write, key, this);
    SecretResult stored = storeInMemory(key, secret);
    if (m_sessionOnly) {
        stored.message = sessionOnlyMessage();
        reply->finish(stored);
        return reply;
    }
    SecretReply *inner = m_keyring->remove(key);
    connect(inner, &SecretReply::finished, reply,
            [this, reply, stored](const SecretResult &removed) {
                SecretResult result = stored;
                if (removed.error == SecretError::NoKeyring) {
                    enterSessionOnly();
                    result.message = sessionOnlyMessage();
                } else if (!removed.ok() && removed.error != SecretError::NotFound) {
                    result.message =
                        tr("The key is kept for this session only, but an earlier copy could not "
                           "be removed from the keyring: %1")
                            .arg(removed.message);
                } else {
                    result.message = tr("The key is kept for this session only.");
                }
                reply->finish(result);
            });
    return reply;
}

} // namespace CampaignDesk
