#include "keychainsecretstore.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace CampaignDesk {

namespace {

QKeychain::Job *createJob(const KeychainRequest &request)
{
    // No parent: a job must be able to outlive the store (a timed-out job finishes, and
    // deletes itself, whenever D-Bus answers).
    switch (request.operation) {
    case SecretReply::Operation::Read:
        return new QKeychain::ReadPasswordJob(request.service);
    case SecretReply::Operation::Write: {
        auto *job = new QKeychain::WritePasswordJob(request.service);
        job->setTextData(request.secret);
        return job;
    }
    case SecretReply::Operation::Remove:
        return new QKeychain::DeletePasswordJob(request.service);
    }
    return nullptr;
}

void runQtKeychainJob(const KeychainRequest &request, std::function<void(SecretResult)> done)
{
    QKeychain::Job *job = createJob(request);
    job->setKey(request.key);
    job->setAutoDelete(true);
    // Never a plaintext copy in QSettings, on any platform.
    job->setInsecureFallback(false);
    const SecretReply::Operation operation = request.operation;
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [operation, done = std::move(done)](QKeychain::Job *finished) {
                         SecretResult result = KeychainSecretStore::resultFromKeychain(
                             operation, int(finished->error()), finished->errorString());
                         if (result.ok() && operation == SecretReply::Operation::Read)
                             result.secret =
                                 static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                         done(result);
                     });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(KeychainRunner(runQtKeychainJob), parent)
{
}

KeychainSecretStore::KeychainSecretStore(KeychainRunner runner, QObject *parent)
    : SecretStore(parent)
    , m_runner(std::move(runner))
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("campaign-desk");
}

SecretReply *KeychainSecretStore::read(const QString &key)
{
    return start(SecretReply::Operation::Read, key, {});
}

SecretReply *KeychainSecretStore::write(const QString &key, const QString &secret)
{
    return start(SecretReply::Operation::Write, key, secret);
}

SecretReply *KeychainSecretStore::remove(const QString &key)
{
    return start(SecretReply::Operation::Remove, key, {});
}

SecretReply *KeychainSecretStore::start(SecretReply::Operation operation, const QString &key,
                                        const QString &secret)
{
    auto *reply = new SecretReply(operation, key, this);

    // The timer belongs to the reply, so it goes away with it. On timeout the job is only
    // forgotten: its answer, if it ever comes, finds the reply finished or gone.
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    const int timeoutMs = m_timeoutMs;
    connect(timer, &QTimer::timeout, reply, [reply, timeoutMs] {
        SecretResult result;
        result.error = SecretError::Timeout;
        result.message = tr("The keyring did not answer within %1 seconds. It may be waiting "
                            "for you to unlock it; try again.")
                             .arg(timeoutMs / 1000.0);
        reply->finish(result);
    });
    timer->start(timeoutMs);

    KeychainRequest request;
    request.operation = operation;
    request.service = serviceName();
    request.key = key;
    request.secret = secret;
    QPointer<SecretReply> guard(reply);
    m_runner(request, [guard](const SecretResult &result) {
        if (guard)
            guard->finish(result);
    });
    return reply;
}

SecretResult KeychainSecretStore::resultFromKeychain(SecretReply::Operation operation,
                                                     int keychainError, const QString &errorString)
{
    SecretResult result;
    const QString detail = errorString.trimmed();
    switch (keychainError) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        // Removing what is not there leaves the wanted state. On read it may also mean a
        // locked GNOME keyring, which answers "not found" for everything.
        if (operation == SecretReply::Operation::Remove)
            return result;
        result.error = SecretError::NotFound;
        result.message = tr("No key is stored in the keyring for this account.");
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        // A locked Secret Service collection comes back as AccessDenied ("Cannot create an
        // item in a locked collection"); the error code cannot tell it from a refusal.
        if (detail.contains(QLatin1String("locked"), Qt::CaseInsensitive)) {
            result.error = SecretError::Locked;
            result.message = tr("The keyring is locked. Unlock it and try again.");
        } else {
            result.error = SecretError::Denied;
            result.message = tr("The keyring refused access (%1).").arg(detail);
        }
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // QtKeychain 0.13 reports every failure to reach the Secret Service as OtherError
        // ("Cannot autolaunch D-Bus…", "Could not connect…", in the user's language), so the
        // text cannot be matched reliably; treating all of them as "no keyring" is the safe
        // reading: the key is kept for this session and nothing is written anywhere.
        if (detail.contains(QLatin1String("locked"), Qt::CaseInsensitive)) {
            result.error = SecretError::Locked;
            result.message = tr("The keyring is locked. Unlock it and try again.");
            return result;
        }
        result.error = SecretError::NoKeyring;
        result.message = detail.isEmpty()
                             ? tr("No keyring is available: secrets are kept for this session "
                                  "only.")
                             : tr("No keyring is available (%1): secrets are kept for this "
                                  "session only.")
                                   .arg(detail);
        return result;
    case QKeychain::CouldNotDeleteEntry:
    default:
        result.error = SecretError::Other;
        result.message = tr("The keyring reported an error (%1).")
                             .arg(detail.isEmpty() ? tr("no details") : detail);
        return result;
    }
}

} // namespace CampaignDesk
