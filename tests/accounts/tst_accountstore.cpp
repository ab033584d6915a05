#include "accounts/accountstore.h"
#include "accounts/secretstore.h"
#include "accounts/settingsfile.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace CampaignDesk;

Q_DECLARE_METATYPE(CampaignDesk::Account)

namespace {

Account talkover(const QString &id, const QString &label)
{
    Account a;
    a.id = id;
    a.platform = Platform::Talkover;
    a.label = label;
    a.baseUrl = QUrl(QStringLiteral("https://api.talkover.example/v1"));
    return a;
}

Account koreAi(const QString &id, const QString &label)
{
    Account a;
    a.id = id;
    a.platform = Platform::KoreAi;
    a.label = label;
    a.baseUrl = QUrl(QStringLiteral("https://platform.kore.example"));
    a.allowHttp2 = false;
    a.ratePerMinute = 45.5;
    a.streamId = QStringLiteral("st-123");
    a.appId = QStringLiteral("iid-456");
    a.accountId = QStringLiteral("acc-789");
    a.clientId = QStringLiteral("cs-abc");
    return a;
}

SecretResult await(SecretReply *reply)
{
    SecretResult result;
    int count = 0;
    QPointer<SecretReply> guard(reply);
    QObject::connect(reply, &SecretReply::finished, reply, [&](const SecretResult &r) {
        ++count;
        result = r;
    });
    QDeadlineTimer deadline(5000);
    while ((count == 0 || guard) && !deadline.hasExpired())
        QTest::qWait(5);
    return count == 1 ? result
                      : SecretResult{SecretError::Other, QStringLiteral("no answer"), {}, false};
}

} // namespace

class TestAccountStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void saveLoadRemove_roundTrip();
    void save_replacesTheWholeEntry();
    void load_ordersByPlatformThenLabel();
    void settingsFile_neverContainsTheSecret();
    void sandboxAccount_isNeverSaved();
    void remove_removesTheSecret();
    void remove_unknownId_returnsNothing();
    void save_invalidAccount_writesNothing();

    void validation_data();
    void validation();
    void validation_labelMustBeUnique();

    void settingsCheck_newFile_isStampedWithTheVersion();
    void settingsCheck_unreadableFile_isCopiedBeforeAnyWrite_data();
    void settingsCheck_unreadableFile_isCopiedBeforeAnyWrite();
    void settingsCheck_newerVersion_isCopiedAndNamed();
    void settingsCheck_readableOlderFile_isKeptAsItIs();

private:
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("campaign-desk.ini")); }
    QByteArray settingsBytes() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<AccountStore> m_store;
};

void TestAccountStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_store = std::make_unique<AccountStore>(m_settings.get(), m_secrets.get());
}

void TestAccountStore::cleanup()
{
    m_store.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
}

QByteArray TestAccountStore::settingsBytes() const
{
    m_settings->sync();
    QFile file(settingsPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestAccountStore::saveLoadRemove_roundTrip()
{
    const Account t = talkover(QStringLiteral("t-1"), QStringLiteral("Agency"));
    const Account k = koreAi(QStringLiteral("k-1"), QStringLiteral("Contact center"));
    QStringList problems;
    QVERIFY2(m_store->save(t, &problems), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(m_store->save(k, &problems), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(problems.isEmpty());

    // A fresh QSettings on the same file: what a restart would see.
    QSettings reopened(settingsPath(), QSettings::IniFormat);
    AccountStore store(&reopened, m_secrets.get());
    const QList<Account> loaded = store.load();
    QCOMPARE(loaded.size(), 2);

    const Account &lt = loaded.at(0);
    QCOMPARE(lt.id, t.id);
    QCOMPARE(lt.platform, Platform::Talkover);
    QCOMPARE(lt.label, t.label);
    QCOMPARE(lt.baseUrl, t.baseUrl);
    QCOMPARE(lt.allowHttp2, true);
    QCOMPARE(lt.ratePerMinute, 0.0);
    QVERIFY(!lt.sandbox);

    const Account &lk = loaded.at(1);
    QCOMPARE(lk.id, k.id);
    QCOMPARE(lk.platform, Platform::KoreAi);
    QCOMPARE(lk.label, k.label);
    QCOMPARE(lk.baseUrl, k.baseUrl);
    QCOMPARE(lk.allowHttp2, false);
    QCOMPARE(lk.ratePerMinute, 45.5);
    QCOMPARE(lk.streamId, k.streamId);
    QCOMPARE(lk.appId, k.appId);
    QCOMPARE(lk.accountId, k.accountId);
    QCOMPARE(lk.clientId, k.clientId);
    QCOMPARE(lk.secretKey(), k.secretKey());

    SecretReply *reply = store.remove(t.id);
    QVERIFY(reply);
    QVERIFY(await(reply).ok());
    QSettings again(settingsPath(), QSettings::IniFormat);
    const QList<Account> left = AccountStore(&again, m_secrets.get()).load();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0).id, k.id);
}

void TestAccountStore::save_replacesTheWholeEntry()
{
    Account k = koreAi(QStringLiteral("x-1"), QStringLiteral("First name"));
    QVERIFY(m_store->save(k));
    // The same account moved to another platform: no Kore.ai field may linger.
    Account t = talkover(k.id, QStringLiteral("Renamed"));
    t.ratePerMinute = 12;
    QVERIFY(m_store->save(t));

    const QList<Account> loaded = m_store->load();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.at(0).label, QStringLiteral("Renamed"));
    QCOMPARE(loaded.at(0).platform, Platform::Talkover);
    QCOMPARE(loaded.at(0).ratePerMinute, 12.0);
    QVERIFY(!settingsBytes().contains("st-123"));
}

void TestAccountStore::load_ordersByPlatformThenLabel()
{
    Account s = talkover(QStringLiteral("s"), QStringLiteral("Mail"));
    s.platform = Platform::Smartlead;
    QVERIFY(m_store->save(s));
    QVERIFY(m_store->save(talkover(QStringLiteral("b"), QStringLiteral("beta"))));
    QVERIFY(m_store->save(talkover(QStringLiteral("a"), QStringLiteral("Alpha"))));
    QVERIFY(m_store->save(koreAi(QStringLiteral("k"), QStringLiteral("Center"))));

    QStringList order;
    const QList<Account> loaded = m_store->load();
    for (const Account &a : loaded)
        order << a.id;
    QCOMPARE(order, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("k"),
                                 QStringLiteral("s")}));
}

void TestAccountStore::settingsFile_neverContainsTheSecret()
{
    const Account k = koreAi(QStringLiteral("k-2"), QStringLiteral("Voice"));
    const QString secret = QStringLiteral("fake-client-secret-7f3a9");
    QVERIFY(await(m_secrets->write(k.secretKey(), secret)).ok());
    QVERIFY(m_store->save(k));

    const QByteArray bytes = settingsBytes();
    QVERIFY(bytes.contains("[accounts]") || bytes.contains("accounts\\"));
    QVERIFY(bytes.contains("Voice"));
    QVERIFY2(!bytes.contains(secret.toUtf8()), "the settings file holds the secret");
    QVERIFY(!bytes.toLower().contains("secret"));

    // A key pasted into the URL is refused, so it never reaches the file either.
    Account s = talkover(QStringLiteral("s-2"), QStringLiteral("Mail"));
    s.platform = Platform::Smartlead;
    s.baseUrl =
        QUrl(QStringLiteral("https://server.smartlead.example/api/v1?api_key=fake-url-key"));
    QVERIFY(!m_store->save(s));
    QVERIFY(!settingsBytes().contains("fake-url-key"));
}

void TestAccountStore::sandboxAccount_isNeverSaved()
{
    Account a = talkover(QStringLiteral("sb-1"), QStringLiteral("Sandbox Talkover"));
    a.sandbox = true;
    a.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8700/talkover"));
    QStringList problems;
    QVERIFY(!m_store->save(a, &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(QLatin1String("Sandbox")));
    QVERIFY(m_store->load().isEmpty());
    QVERIFY(!settingsBytes().contains("sb-1"));
}

void TestAccountStore::remove_removesTheSecret()
{
    const Account t = talkover(QStringLiteral("t-3"), QStringLiteral("Agency"));
    const Account other = talkover(QStringLiteral("t-4"), QStringLiteral("Other"));
    QVERIFY(m_store->save(t));
    QVERIFY(m_store->save(other));
    QVERIFY(await(m_secrets->write(t.secretKey(), QStringLiteral("fake-t3"))).ok());
    QVERIFY(await(m_secrets->write(other.secretKey(), QStringLiteral("fake-t4"))).ok());

    SecretReply *reply = m_store->remove(t.id);
    QVERIFY(reply);
    // The entry is gone at once; the secret with the reply.
    QCOMPARE(m_store->load().size(), 1);
    const SecretResult result = await(reply);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(!m_secrets->contains(t.secretKey()));
    QVERIFY(m_secrets->contains(other.secretKey()));
    QCOMPARE(await(m_secrets->read(t.secretKey())).error, SecretError::NotFound);
}

void TestAccountStore::remove_unknownId_returnsNothing()
{
    QVERIFY(m_store->save(talkover(QStringLiteral("t-5"), QStringLiteral("Agency"))));
    QCOMPARE(m_store->remove(QStringLiteral("nope")), nullptr);
    QCOMPARE(m_store->remove(QString()), nullptr);
    QCOMPARE(m_store->load().size(), 1);
}

void TestAccountStore::save_invalidAccount_writesNothing()
{
    Account a = talkover(QStringLiteral("bad-1"), QString());
    a.baseUrl = QUrl(QStringLiteral("http://api.talkover.example"));
    QStringList problems;
    QVERIFY(!m_store->save(a, &problems));
    QCOMPARE(problems.size(), 2);
    QVERIFY(m_store->load().isEmpty());
    QVERIFY(!settingsBytes().contains("bad-1"));
}

void TestAccountStore::validation_data()
{
    QTest::addColumn<Account>("account");
    QTest::addColumn<QString>("problem"); // a part of the one expected message; empty: valid

    const Account base = talkover(QStringLiteral("v"), QStringLiteral("Agency"));
    auto with = [&](auto change) {
        Account a = base;
        change(a);
        return a;
    };
    auto url = [&](const char *text) {
        return with([text](Account &a) { a.baseUrl = QUrl(QString::fromLatin1(text)); });
    };

    QTest::newRow("https is fine") << base << QString();
    QTest::newRow("http on 127.0.0.1 is fine")
        << url("http://127.0.0.1:8700/talkover") << QString();
    QTest::newRow("http on localhost is fine")
        << url("http://localhost:8700/talkover") << QString();
    QTest::newRow("http on ::1 is fine") << url("http://[::1]:8700/talkover") << QString();
    QTest::newRow("http to a remote host is refused")
        << url("http://api.talkover.example/v1")
        << QStringLiteral("Plain http:// is only allowed for this computer");
    QTest::newRow("http to a LAN address is refused")
        << url("http://192.0.2.10/v1") << QStringLiteral("use https:// for 192.0.2.10");
    QTest::newRow("other schemes are refused")
        << url("ftp://api.talkover.example") << QStringLiteral("must start with https://");
    QTest::newRow("no URL") << url("") << QStringLiteral("Enter the API base URL");
    QTest::newRow("no host") << url("https://") << QStringLiteral("not a valid address");
    QTest::newRow("credentials in the URL")
        << url("https://user:pw@api.talkover.example") << QStringLiteral("user name or password");
    QTest::newRow("a key in the query")
        << url("https://api.talkover.example/v1?api_key=x") << QStringLiteral("query");
    QTest::newRow("empty label") << with([](Account &a) { a.label = QStringLiteral("  "); })
                                 << QStringLiteral("Enter a name");
    QTest::newRow("negative rate")
        << with([](Account &a) { a.ratePerMinute = -1; }) << QStringLiteral("cannot be negative");
    QTest::newRow("no id") << with([](Account &a) { a.id.clear(); })
                           << QStringLiteral("no valid id");

    const Account kore = koreAi(QStringLiteral("kv"), QStringLiteral("Voice"));
    auto koreWith = [&](auto change) {
        Account a = kore;
        change(a);
        return a;
    };
    QTest::newRow("Kore.ai complete") << kore << QString();
    QTest::newRow("Kore.ai without stream id")
        << koreWith([](Account &a) { a.streamId.clear(); }) << QStringLiteral("stream id");
    QTest::newRow("Kore.ai without app id")
        << koreWith([](Account &a) { a.appId = QStringLiteral(" "); }) << QStringLiteral("app id");
    QTest::newRow("Kore.ai without account id")
        << koreWith([](Account &a) { a.accountId.clear(); }) << QStringLiteral("account id");
    QTest::newRow("Kore.ai without client id")
        << koreWith([](Account &a) { a.clientId.clear(); }) << QStringLiteral("client id");
}

void TestAccountStore::validation()
{
    QFETCH(Account, account);
    QFETCH(QString, problem);

    const QStringList problems = validateAccount(account, {});
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(problem), qPrintable(problems.first()));
    }
}

void TestAccountStore::validation_labelMustBeUnique()
{
    const Account existing = talkover(QStringLiteral("e-1"), QStringLiteral("Agency"));
    QVERIFY(m_store->save(existing));

    // Another account with the same name, in any case and spacing, is refused...
    Account clash = talkover(QStringLiteral("e-2"), QStringLiteral(" agency "));
    clash.platform = Platform::Burki;
    QStringList problems;
    QVERIFY(!m_store->save(clash, &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QLatin1String("already called")),
             qPrintable(problems.first()));

    // ...but saving the account itself again under its own name is not a clash.
    Account same = existing;
    same.ratePerMinute = 30;
    QVERIFY(validateAccount(same, m_store->load()).isEmpty());
    QVERIFY(m_store->save(same));
}

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList backupsIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.bak")}, QDir::Files);
}

} // namespace

void TestAccountStore::settingsCheck_newFile_isStampedWithTheVersion()
{
    const SettingsCheck check = checkSettingsFile(m_settings.get());
    QCOMPARE(check.state, SettingsCheck::State::Ok);
    QVERIFY(check.message().isEmpty());
    QVERIFY(check.backupPath.isEmpty());
    QVERIFY(settingsBytes().contains("settingsVersion=1"));
    QVERIFY(backupsIn(m_dir->path()).isEmpty());
    // Owner-only, and still so after Qt rewrote it for a saved account.
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                        QFileDevice::WriteOther;
    QCOMPARE(QFile::permissions(settingsPath()) & (ownerOnly | others), ownerOnly);
    QVERIFY(m_store->save(talkover(QStringLiteral("t-1"), QStringLiteral("Agency"))));
    QVERIFY(settingsBytes().contains("Agency"));
    QCOMPARE(QFile::permissions(settingsPath()) & (ownerOnly | others), ownerOnly);
}

void TestAccountStore::settingsCheck_unreadableFile_isCopiedBeforeAnyWrite_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // Qt reports a FormatError and would keep only the first section.
    QTest::newRow("broken section header")
        << QByteArray("[accounts]\nt-1\\label=Agency\nt-1\\platform=talkover\n[broken\n"
                      "[mainWindow]\nsearch=q4\n");
    // Qt reads no setting and no error: it would replace the file.
    QTest::newRow("binary garbage") << QByteArray("\x00\x01\x02\xff\xfe garbage", 14);
}

void TestAccountStore::settingsCheck_unreadableFile_isCopiedBeforeAnyWrite()
{
    QFETCH(QByteArray, bytes);
    m_store.reset();
    m_settings.reset();
    writeFile(settingsPath(), bytes);
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);

    const SettingsCheck check = checkSettingsFile(m_settings.get());
    QCOMPARE(check.state, SettingsCheck::State::Unreadable);
    QVERIFY(!check.backupPath.isEmpty());
    QCOMPARE(readFile(check.backupPath), bytes);
    QCOMPARE(QFile::permissions(check.backupPath) & 0x0077, QFileDevice::Permissions());
    QVERIFY2(check.message().contains(settingsPath()), qPrintable(check.message()));
    QVERIFY2(check.message().contains(check.backupPath), qPrintable(check.message()));
    QVERIFY(check.message().contains(QStringLiteral("could not be read")));
    // A message box shows the words and, one per line, the file names.
    QVERIFY(check.summary.contains(QStringLiteral("An untouched copy was kept")));
    QVERIFY(!check.summary.contains(settingsPath()));
    QCOMPARE(check.fileDetails(), QStringLiteral("Settings file: %1\nUntouched copy: %2")
                                      .arg(settingsPath(), check.backupPath));
    // The check itself changed nothing; what the app writes afterwards cannot touch the copy.
    QCOMPARE(readFile(settingsPath()), bytes);
    m_settings->setValue(QStringLiteral("mainWindow/search"), QStringLiteral("x"));
    m_settings->sync();
    QCOMPARE(readFile(check.backupPath), bytes);
    // The CLI, which never writes, refuses it with the same words.
    const QSettings reread(check.backupPath, QSettings::IniFormat);
    QCOMPARE(inspectSettingsFile(reread).state, SettingsCheck::State::Unreadable);
}

void TestAccountStore::settingsCheck_newerVersion_isCopiedAndNamed()
{
    m_store.reset();
    m_settings.reset();
    const QByteArray bytes("[General]\nsettingsVersion=7\n\n[accounts]\nt-1\\label=Agency\n"
                           "t-1\\platform=talkover\nt-1\\futureField=kept\n");
    writeFile(settingsPath(), bytes);
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);

    const SettingsCheck check = checkSettingsFile(m_settings.get());
    QCOMPARE(check.state, SettingsCheck::State::Newer);
    QCOMPARE(readFile(check.backupPath), bytes);
    QVERIFY2(check.message().contains(QStringLiteral("newer version")),
             qPrintable(check.message()));
    QVERIFY(check.message().contains(QStringLiteral("7")));
    QVERIFY(check.message().contains(check.backupPath));
    // Not stamped down to this version.
    QCOMPARE(m_settings->value(QStringLiteral("settingsVersion")).toInt(), 7);
    QCOMPARE(inspectSettingsFile(*m_settings).state, SettingsCheck::State::Newer);
}

void TestAccountStore::settingsCheck_readableOlderFile_isKeptAsItIs()
{
    m_store.reset();
    m_settings.reset();
    // A file from before the version stamp: readable, so no copy, only the stamp added.
    writeFile(settingsPath(), "[accounts]\nt-1\\label=Agency\nt-1\\platform=talkover\n"
                              "t-1\\baseUrl=https://api.talkover.example/v1\n");
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    m_store = std::make_unique<AccountStore>(m_settings.get(), m_secrets.get());

    const SettingsCheck check = checkSettingsFile(m_settings.get());
    QCOMPARE(check.state, SettingsCheck::State::Ok);
    QVERIFY(backupsIn(m_dir->path()).isEmpty());
    QCOMPARE(m_store->load().size(), 1);
    QCOMPARE(m_store->load().first().label, QStringLiteral("Agency"));
    QVERIFY(settingsBytes().contains("settingsVersion=1"));
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
