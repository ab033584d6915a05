#include "accounts/keychainsecretstore.h"
#include "accounts/secretstore.h"

#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QtTest>

// Only for the error codes in the mapping table; the library hides QtKeychain otherwise.
#include <qt6keychain/keychain.h>

#include <cstdio>
#include <functional>
#include <memory>

using namespace CampaignDesk;

Q_DECLARE_METATYPE(CampaignDesk::SecretError)

namespace {

const char ChildFlag[] = "--no-keyring-child";

// Waits for a reply's one result and checks that it comes once and the reply goes away.
class Awaited
{
public:
    explicit Awaited(SecretReply *reply)
        : m_reply(reply)
        , m_count(std::make_shared<int>(0))
        , m_result(std::make_shared<SecretResult>())
    {
        auto count = m_count;
        auto result = m_result;
        QObject::connect(reply, &SecretReply::finished, reply,
                         [count, result](const SecretResult &r) {
                             ++*count;
                             *result = r;
                         });
    }

    int count() const { return *m_count; }
    bool replyGone() const { return m_reply.isNull(); }
    const SecretResult &result() const { return *m_result; }

    // True when exactly one result arrived and the reply deleted itself.
    bool wait(int timeoutMs = 15000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!(count() > 0 && replyGone()) && !deadline.hasExpired())
            QTest::qWait(5);
        return count() == 1 && replyGone();
    }

private:
    QPointer<SecretReply> m_reply;
    std::shared_ptr<int> m_count;
    std::shared_ptr<SecretResult> m_result;
};

SecretResult await(SecretReply *reply, bool *ok)
{
    Awaited awaited(reply);
    *ok = awaited.wait();
    return awaited.result();
}

// A keyring that answers as told: each operation with `nextError` (None: it works, on a map).
class ScriptedKeyring final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedKeyring)

public:
    ScriptedKeyring() = default;

    SecretReply *read(const QString &key) override
    {
        return answer(SecretReply::Operation::Read, key, [&](SecretResult *r) {
            if (!entries.contains(key))
                r->error = SecretError::NotFound;
            else
                r->secret = entries.value(key);
        });
    }
    SecretReply *write(const QString &key, const QString &secret) override
    {
        return answer(SecretReply::Operation::Write, key,
                      [&](SecretResult *) { entries.insert(key, secret); });
    }
    SecretReply *remove(const QString &key) override
    {
        return answer(SecretReply::Operation::Remove, key,
                      [&](SecretResult *) { entries.remove(key); });
    }

    SecretError nextError = SecretError::None;
    QHash<QString, QString> entries;
    int calls = 0;

private:
    SecretReply *answer(SecretReply::Operation operation, const QString &key,
                        const std::function<void(SecretResult *)> &work)
    {
        ++calls;
        auto *reply = new SecretReply(operation, key, this);
        SecretResult result;
        result.error = nextError;
        if (nextError == SecretError::None)
            work(&result);
        else
            result.message = QStringLiteral("scripted %1").arg(secretErrorName(nextError));
        reply->finish(result);
        return reply;
    }
};

// The child process: the real keychain store with no keyring reachable. Prints only error
// names and flags, never the secret.
int runNoKeyringChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString key = QStringLiteral("campaign-desk/test/no-keyring");
    const QString secret = QStringLiteral("child-fake-secret-4711");
    auto *keychain = new KeychainSecretStore(&app);
    auto *fallback = new SessionFallbackSecretStore(keychain, &app);
    bool ok = false;

    const SecretResult direct = await(keychain->write(key, secret), &ok);
    std::printf("keychain-write=%s\n", qPrintable(secretErrorName(direct.error)));
    std::printf("keychain-message-says-session=%d\n",
                int(direct.message.contains(QLatin1String("this session only"))));
    std::printf("keychain-message-leaks=%d\n", int(direct.message.contains(secret)));

    const SecretResult written = await(fallback->write(key, secret), &ok);
    std::printf("fallback-write=%s session-only=%d store-session-only=%d\n",
                qPrintable(secretErrorName(written.error)), int(written.sessionOnly),
                int(fallback->isSessionOnly()));
    std::printf("fallback-message=%s\n", qPrintable(written.message));

    const SecretResult read = await(fallback->read(key), &ok);
    std::printf("fallback-read=%s matches=%d\n", qPrintable(secretErrorName(read.error)),
                int(read.secret == secret));
    std::fflush(stdout);
    return 0;
}

} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void memoryStore_roundTrip();
    void reply_finishesLaterAndOnlyOnce();

    void keychainMapping_data();
    void keychainMapping();

    void keychain_realRoundTrip();
    void keychain_withoutKeyring_reportsNoKeyringAndFallsBackToSession_data();
    void keychain_withoutKeyring_reportsNoKeyringAndFallsBackToSession();

    void keychain_hungJob_timesOutAndIsDetached();
    void keychain_usesServiceNameAndPassesRequest();

    void fallback_keyringAnswer_data();
    void fallback_keyringAnswer();
    void fallback_noKeyring_staysSessionOnlyWithoutAskingAgain();
    void fallback_writeForSession_removesKeyringCopy();
    void fallback_remove_removesBothCopies();
};

void TestSecretStore::memoryStore_roundTrip()
{
    MemorySecretStore store;
    const QString key = QStringLiteral("campaign-desk/talkover/a1");
    bool ok = false;

    SecretResult r = await(store.write(key, QStringLiteral("first-fake")), &ok);
    QVERIFY(ok);
    QVERIFY(r.ok());
    r = await(store.read(key), &ok);
    QVERIFY(ok);
    QVERIFY(r.ok());
    QVERIFY(r.secret == QLatin1String("first-fake"));

    QVERIFY(await(store.write(key, QStringLiteral("second-fake")), &ok).ok());
    r = await(store.read(key), &ok);
    QVERIFY(r.secret == QLatin1String("second-fake"));
    QCOMPARE(store.count(), 1);

    QVERIFY(await(store.remove(key), &ok).ok());
    r = await(store.read(key), &ok);
    QVERIFY(ok);
    QCOMPARE(r.error, SecretError::NotFound);
    QVERIFY(r.secret.isEmpty());
    // Removing what is gone is not an error.
    QVERIFY(await(store.remove(key), &ok).ok());
    QVERIFY(ok);
}

void TestSecretStore::reply_finishesLaterAndOnlyOnce()
{
    MemorySecretStore store;
    SecretReply *reply = store.write(QStringLiteral("k"), QStringLiteral("fake"));
    Awaited awaited(reply);
    // Not from inside write(): a caller connecting after the call must not miss it.
    QCOMPARE(awaited.count(), 0);
    reply->finish(SecretResult{SecretError::Other, QStringLiteral("late"), {}, false});
    QVERIFY(awaited.wait());
    QCOMPARE(awaited.result().error, SecretError::None);
}

void TestSecretStore::keychainMapping_data()
{
    QTest::addColumn<SecretReply::Operation>("operation");
    QTest::addColumn<int>("keychainError");
    QTest::addColumn<QString>("errorString");
    QTest::addColumn<SecretError>("expected");
    QTest::addColumn<QString>("messagePart");

    using Op = SecretReply::Operation;
    QTest::newRow("read ok") << Op::Read << int(QKeychain::NoError) << QString()
                             << SecretError::None << QString();
    QTest::newRow("read missing") << Op::Read << int(QKeychain::EntryNotFound)
                                  << QStringLiteral("Entry not found") << SecretError::NotFound
                                  << QStringLiteral("No key is stored");
    QTest::newRow("remove missing is done")
        << Op::Remove << int(QKeychain::EntryNotFound) << QStringLiteral("Entry not found")
        << SecretError::None << QString();
    // Measured: no session bus and no $DISPLAY.
    QTest::newRow("no session bus")
        << Op::Write << int(QKeychain::OtherError)
        << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY") << SecretError::NoKeyring
        << QStringLiteral("this session only");
    // Measured: a bus address whose socket is gone.
    QTest::newRow("bus unreachable")
        << Op::Read << int(QKeychain::OtherError)
        << QStringLiteral("Could not connect: No such file or directory") << SecretError::NoKeyring
        << QStringLiteral("this session only");
    QTest::newRow("no backend") << Op::Write << int(QKeychain::NoBackendAvailable) << QString()
                                << SecretError::NoKeyring << QStringLiteral("this session only");
    // Measured: gnome-keyring running but its collection locked.
    QTest::newRow("locked collection")
        << Op::Write << int(QKeychain::AccessDenied)
        << QStringLiteral("Cannot create an item in a locked collection") << SecretError::Locked
        << QStringLiteral("locked");
    QTest::newRow("denied by user")
        << Op::Read << int(QKeychain::AccessDeniedByUser) << QStringLiteral("Dismissed")
        << SecretError::Denied << QStringLiteral("refused");
    QTest::newRow("could not delete")
        << Op::Remove << int(QKeychain::CouldNotDeleteEntry) << QStringLiteral("boom")
        << SecretError::Other << QStringLiteral("boom");
}

void TestSecretStore::keychainMapping()
{
    QFETCH(SecretReply::Operation, operation);
    QFETCH(int, keychainError);
    QFETCH(QString, errorString);
    QFETCH(SecretError, expected);
    QFETCH(QString, messagePart);

    const SecretResult r =
        KeychainSecretStore::resultFromKeychain(operation, keychainError, errorString);
    QCOMPARE(r.error, expected);
    QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
    QVERIFY(r.ok() || !r.message.isEmpty());
    QVERIFY(r.secret.isEmpty());
}

void TestSecretStore::keychain_realRoundTrip()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set): run under "
              "dbus-run-session with an unlocked gnome-keyring to test the real keyring.");

    KeychainSecretStore store;
    // A fresh key each run, so a leftover from an aborted run cannot make this pass.
    const QString key = QStringLiteral("campaign-desk/test/%1")
                            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString first = QStringLiteral("fake-key-%1").arg(QUuid::createUuid().toString());
    const QString second = QStringLiteral("fake-key-%1").arg(QUuid::createUuid().toString());
    bool ok = false;

    SecretResult r = await(store.write(key, first), &ok);
    QVERIFY(ok);
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = await(store.read(key), &ok);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(r.secret == first);

    r = await(store.write(key, second), &ok);
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = await(store.read(key), &ok);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(r.secret == second);

    r = await(store.remove(key), &ok);
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = await(store.read(key), &ok);
    QVERIFY(ok);
    QCOMPARE(r.error, SecretError::NotFound);
    QVERIFY(r.secret.isEmpty());
    QVERIFY(!r.message.contains(first) && !r.message.contains(second));

    // Removing it again: already gone, which is what was asked.
    r = await(store.remove(key), &ok);
    QVERIFY2(r.ok(), qPrintable(r.message));
}

void TestSecretStore::keychain_withoutKeyring_reportsNoKeyringAndFallsBackToSession_data()
{
    QTest::addColumn<bool>("unreachableBus");
    QTest::newRow("no session bus at all") << false;
    QTest::newRow("session bus address that answers nothing") << true;
}

void TestSecretStore::keychain_withoutKeyring_reportsNoKeyringAndFallsBackToSession()
{
    QFETCH(bool, unreachableBus);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    // GLib also looks for $XDG_RUNTIME_DIR/bus, the desktop session's bus.
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    if (unreachableBus)
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-such-bus")));
    else
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));

    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(ChildFlag)});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    QVERIFY2(!out.contains(QLatin1String("child-fake-secret")), "the secret was printed");

    QVERIFY2(out.contains(QLatin1String("keychain-write=no-keyring\n")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("keychain-message-says-session=1\n")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("keychain-message-leaks=0\n")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("fallback-write=ok session-only=1 store-session-only=1\n")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("fallback-message=") +
                          SessionFallbackSecretStore::sessionOnlyMessage()),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("fallback-read=ok matches=1\n")), qPrintable(out));
}

void TestSecretStore::keychain_hungJob_timesOutAndIsDetached()
{
    // A job that never answers, as a hung D-Bus call would; the store must not touch it.
    QList<std::function<void(SecretResult)>> pending;
    QPointer<QObject> hungJob;
    std::unique_ptr<QObject> jobOwner;
    bool hang = true;
    KeychainSecretStore store([&](const KeychainRequest &, std::function<void(SecretResult)> done) {
        if (!hang) {
            SecretResult r;
            r.secret = QStringLiteral("fake-after");
            done(r);
            return;
        }
        jobOwner = std::make_unique<QObject>();
        hungJob = jobOwner.get();
        pending.append(std::move(done));
    });
    store.setTimeoutMs(50);

    Awaited timedOut(store.read(QStringLiteral("campaign-desk/test/hung")));
    QVERIFY(timedOut.wait());
    QCOMPARE(timedOut.result().error, SecretError::Timeout);
    QVERIFY(!timedOut.result().message.isEmpty());
    QVERIFY(hungJob);
    QCOMPARE(pending.size(), 1);

    // The job answers long after: dropped, no second result, no crash on the deleted reply.
    SecretResult late;
    late.secret = QStringLiteral("fake-late");
    pending.first()(late);
    QTest::qWait(20);
    QCOMPARE(timedOut.count(), 1);

    // The store itself is not stuck behind the hung job.
    hang = false;
    bool ok = false;
    const SecretResult next = await(store.read(QStringLiteral("campaign-desk/test/next")), &ok);
    QVERIFY(ok);
    QVERIFY(next.ok());
    QVERIFY(next.secret == QLatin1String("fake-after"));
}

void TestSecretStore::keychain_usesServiceNameAndPassesRequest()
{
    QList<KeychainRequest> seen;
    KeychainSecretStore store(
        [&](const KeychainRequest &request, const std::function<void(SecretResult)> &done) {
            seen.append(request);
            done(SecretResult());
        });
    bool ok = false;
    QVERIFY(
        await(store.write(QStringLiteral("campaign-desk/burki/x"), QStringLiteral("fake-w")), &ok)
            .ok());
    QVERIFY(await(store.remove(QStringLiteral("campaign-desk/burki/x")), &ok).ok());
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0).service, QStringLiteral("campaign-desk"));
    QCOMPARE(seen.at(0).operation, SecretReply::Operation::Write);
    QCOMPARE(seen.at(0).key, QStringLiteral("campaign-desk/burki/x"));
    QVERIFY(seen.at(0).secret == QLatin1String("fake-w"));
    QCOMPARE(seen.at(1).operation, SecretReply::Operation::Remove);
    QVERIFY(seen.at(1).secret.isEmpty());
}

void TestSecretStore::fallback_keyringAnswer_data()
{
    QTest::addColumn<SecretError>("keyringError");
    QTest::addColumn<SecretError>("expected");
    QTest::addColumn<bool>("sessionOnly");
    QTest::addColumn<bool>("inKeyring");

    QTest::newRow("keyring works") << SecretError::None << SecretError::None << false << true;
    QTest::newRow("no keyring: kept for the session")
        << SecretError::NoKeyring << SecretError::None << true << false;
    // The user can unlock and retry, or choose "this session only"; nothing silent.
    QTest::newRow("locked is reported")
        << SecretError::Locked << SecretError::Locked << false << false;
    QTest::newRow("denied is reported")
        << SecretError::Denied << SecretError::Denied << false << false;
    QTest::newRow("timeout is reported")
        << SecretError::Timeout << SecretError::Timeout << false << false;
}

void TestSecretStore::fallback_keyringAnswer()
{
    QFETCH(SecretError, keyringError);
    QFETCH(SecretError, expected);
    QFETCH(bool, sessionOnly);
    QFETCH(bool, inKeyring);

    ScriptedKeyring keyring;
    keyring.nextError = keyringError;
    SessionFallbackSecretStore store(&keyring);
    QSignalSpy modeSpy(&store, &SessionFallbackSecretStore::sessionOnlyChanged);
    const QString key = QStringLiteral("campaign-desk/kakiyo/a");
    const QString secret = QStringLiteral("fake-kakiyo-token");
    bool ok = false;

    const SecretResult written = await(store.write(key, secret), &ok);
    QVERIFY(ok);
    QCOMPARE(written.error, expected);
    QCOMPARE(written.sessionOnly, sessionOnly);
    QCOMPARE(store.isSessionOnly(), sessionOnly);
    QCOMPARE(modeSpy.size(), sessionOnly ? 1 : 0);
    QCOMPARE(keyring.entries.contains(key), inKeyring);
    QVERIFY(!written.message.contains(secret));
    if (sessionOnly)
        QCOMPARE(written.message, SessionFallbackSecretStore::sessionOnlyMessage());

    keyring.nextError = SecretError::None;
    const SecretResult read = await(store.read(key), &ok);
    QVERIFY(ok);
    if (sessionOnly || inKeyring) {
        QVERIFY(read.ok());
        QVERIFY(read.secret == secret);
        QCOMPARE(read.sessionOnly, sessionOnly);
    } else {
        QCOMPARE(read.error, SecretError::NotFound);
    }
}

void TestSecretStore::fallback_noKeyring_staysSessionOnlyWithoutAskingAgain()
{
    ScriptedKeyring keyring;
    keyring.nextError = SecretError::NoKeyring;
    SessionFallbackSecretStore store(&keyring);
    bool ok = false;

    const SecretResult first = await(store.read(QStringLiteral("campaign-desk/burki/a")), &ok);
    QCOMPARE(first.error, SecretError::NoKeyring);
    QVERIFY(first.sessionOnly);
    QVERIFY(store.isSessionOnly());
    const int calls = keyring.calls;

    QVERIFY(
        await(store.write(QStringLiteral("campaign-desk/burki/b"), QStringLiteral("fake-b")), &ok)
            .ok());
    const SecretResult missing = await(store.read(QStringLiteral("campaign-desk/burki/a")), &ok);
    QCOMPARE(missing.error, SecretError::NoKeyring);
    QVERIFY(missing.message.contains(SessionFallbackSecretStore::sessionOnlyMessage()));
    const SecretResult b = await(store.read(QStringLiteral("campaign-desk/burki/b")), &ok);
    QVERIFY(b.ok());
    QVERIFY(b.secret == QLatin1String("fake-b"));
    QVERIFY(await(store.remove(QStringLiteral("campaign-desk/burki/b")), &ok).ok());
    QCOMPARE(await(store.read(QStringLiteral("campaign-desk/burki/b")), &ok).error,
             SecretError::NoKeyring);
    QCOMPARE(keyring.calls, calls);
}

void TestSecretStore::fallback_writeForSession_removesKeyringCopy()
{
    ScriptedKeyring keyring;
    const QString key = QStringLiteral("campaign-desk/smartlead/a");
    keyring.entries.insert(key, QStringLiteral("fake-old"));
    SessionFallbackSecretStore store(&keyring);
    bool ok = false;

    const SecretResult written = await(store.writeForSession(key, QStringLiteral("fake-new")), &ok);
    QVERIFY(ok);
    QVERIFY(written.ok());
    QVERIFY(written.sessionOnly);
    QVERIFY(!keyring.entries.contains(key));
    // The store as a whole still has a keyring; only this key is session-only.
    QVERIFY(!store.isSessionOnly());

    const SecretResult read = await(store.read(key), &ok);
    QVERIFY(read.ok());
    QVERIFY(read.secret == QLatin1String("fake-new"));
    QVERIFY(read.sessionOnly);

    // Remembering it later puts it in the keyring and drops the session copy.
    QVERIFY(await(store.write(key, QStringLiteral("fake-kept")), &ok).ok());
    QVERIFY(keyring.entries.value(key) == QLatin1String("fake-kept"));
    const SecretResult again = await(store.read(key), &ok);
    QVERIFY(again.secret == QLatin1String("fake-kept"));
    QVERIFY(!again.sessionOnly);
}

void TestSecretStore::fallback_remove_removesBothCopies()
{
    ScriptedKeyring keyring;
    const QString key = QStringLiteral("campaign-desk/talkover/a");
    keyring.entries.insert(key, QStringLiteral("fake-kept"));
    SessionFallbackSecretStore store(&keyring);
    bool ok = false;
    QVERIFY(await(store.writeForSession(QStringLiteral("campaign-desk/talkover/b"),
                                        QStringLiteral("fake-b")),
                  &ok)
                .ok());

    QVERIFY(await(store.remove(key), &ok).ok());
    QVERIFY(await(store.remove(QStringLiteral("campaign-desk/talkover/b")), &ok).ok());
    QVERIFY(keyring.entries.isEmpty());
    QCOMPARE(await(store.read(key), &ok).error, SecretError::NotFound);
    QCOMPARE(await(store.read(QStringLiteral("campaign-desk/talkover/b")), &ok).error,
             SecretError::NotFound);
}

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], ChildFlag) == 0)
            return runNoKeyringChild(argc, argv);
    }
    QCoreApplication app(argc, argv);
    TestSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
