#pragma once

#include "secretstore.h"

#include <functional>

namespace CampaignDesk {

// One keychain operation as KeychainSecretStore hands it to whatever runs it.
struct KeychainRequest
{
    SecretReply::Operation operation = SecretReply::Operation::Read;
    QString service;
    QString key;
    QString secret; // Write only
};

// Runs one keychain operation and calls `done` once when (if ever) it finishes. The default
// runs a QtKeychain job; tests inject one that never answers to exercise the timeout.
using KeychainRunner =
    std::function<void(const KeychainRequest &request, std::function<void(SecretResult)> done)>;

// Secrets in the system keyring through QtKeychain (the Secret Service on Linux), under the
// service name "campaign-desk", never with QtKeychain's plaintext fallback. QtKeychain runs its
// jobs one at a time per process, so a job that hangs (a D-Bus call nobody answers) would
// block every later one: each operation has a timeout, reports Timeout when it passes and
// leaves the job to finish (and delete itself) on its own, because deleting a job whose D-Bus
// call is still pending is not safe.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    static constexpr int DefaultTimeoutMs = 10000;

    explicit KeychainSecretStore(QObject *parent = nullptr);
    // Test seam: operations go to `runner` instead of QtKeychain.
    explicit KeychainSecretStore(KeychainRunner runner, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    SecretReply *read(const QString &key) override;
    SecretReply *write(const QString &key, const QString &secret) override;
    SecretReply *remove(const QString &key) override;

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }

    static QString serviceName();

    // How a finished QtKeychain job reads as a SecretResult. `keychainError` is a
    // QKeychain::Error value, `errorString` the job's errorString() (never contains the secret;
    // it goes into the message as detail). Public so the mapping is table-tested.
    static SecretResult resultFromKeychain(SecretReply::Operation operation, int keychainError,
                                           const QString &errorString);

private:
    SecretReply *start(SecretReply::Operation operation, const QString &key, const QString &secret);

    KeychainRunner m_runner;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace CampaignDesk
