// Contract tests: every documented request/response of one platform (its delete page in the
// seeds and the shapes in the provider notes), replayed against the sandbox over real HTTP.
// The cases live in tests/data/contracts/<platform>.json; this one source is built once per
// platform with CONTRACT_PLATFORM set, so `ctest -R contract` lists them by platform.

#include "sandboxfixture.h"

#include <QFile>
#include <QtTest>

using namespace CampaignDesk;
using namespace CampaignDesk::Test;

class ContractTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void documentedExchange_matchesSandbox_data();
    void documentedExchange_matchesSandbox();

private:
    Platform m_platform = Platform::Talkover;
    QJsonArray m_cases;
    std::unique_ptr<SandboxFixture> m_sandbox;
};

void ContractTest::initTestCase()
{
    QVERIFY(platformFromKey(QStringLiteral(CONTRACT_PLATFORM), &m_platform));
    QFile file(QStringLiteral(CONTRACT_DATA_DIR "/" CONTRACT_PLATFORM ".json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    m_cases = doc.object().value(QStringLiteral("cases")).toArray();
    QVERIFY(m_cases.size() >= 5);
    m_sandbox = std::make_unique<SandboxFixture>();
}

void ContractTest::documentedExchange_matchesSandbox_data()
{
    QTest::addColumn<QJsonObject>("exchange");
    for (const QJsonValue c : std::as_const(m_cases)) {
        const QJsonObject o = c.toObject();
        QTest::newRow(qPrintable(o.value(QStringLiteral("name")).toString())) << o;
    }
}

void ContractTest::documentedExchange_matchesSandbox()
{
    QFETCH(QJsonObject, exchange);
    m_sandbox->reset();
    m_sandbox->setRateLimits(false);

    // Optional set-up through the admin API (e.g. make a campaign active first).
    const QJsonArray before = exchange.value(QStringLiteral("before")).toArray();
    for (const QJsonValue step : before) {
        const QJsonObject s = step.toObject();
        const HttpAnswer a = m_sandbox->raw(
            s.value(QStringLiteral("method")).toString(QStringLiteral("POST")).toUtf8(),
            s.value(QStringLiteral("path")).toString(),
            QJsonDocument(s.value(QStringLiteral("body")).toObject())
                .toJson(QJsonDocument::Compact));
        QVERIFY2(a.status == 200, a.body.constData());
    }
    const QJsonObject rate = exchange.value(QStringLiteral("rateLimit")).toObject();
    if (!rate.isEmpty())
        m_sandbox->setRateLimits(
            true, QJsonObject{{QStringLiteral(CONTRACT_PLATFORM), QJsonArray{rate}}});

    const QString authName =
        exchange.value(QStringLiteral("auth")).toString(QStringLiteral("sandbox"));
    const Auth auth = authName == QLatin1String("doc")     ? Auth::DocPlaceholder
                      : authName == QLatin1String("wrong") ? Auth::Wrong
                      : authName == QLatin1String("none")  ? Auth::None
                                                           : Auth::Sandbox;
    const QJsonValue requestBody = exchange.value(QStringLiteral("body"));
    const QByteArray body =
        requestBody.isString() ? requestBody.toString().toUtf8()
        : requestBody.isObject()
            ? QJsonDocument(requestBody.toObject()).toJson(QJsonDocument::Compact)
            : QByteArray();
    const QByteArray method = exchange.value(QStringLiteral("method")).toString().toUtf8();
    const QString path = exchange.value(QStringLiteral("path")).toString();
    const int repeat = rate.isEmpty() ? 1 : rate.value(QStringLiteral("limit")).toInt() + 1;
    HttpAnswer answer;
    for (int i = 0; i < repeat; ++i)
        answer = m_sandbox->call(m_platform, method, path, body, auth);

    QCOMPARE(answer.status, exchange.value(QStringLiteral("status")).toInt());

    const QJsonValue expected = exchange.value(QStringLiteral("expect"));
    if (exchange.value(QStringLiteral("csv")).toBool()) {
        const QByteArray firstLine = answer.body.left(answer.body.indexOf('\n'));
        const QJsonArray columns = expected.toArray();
        for (const QJsonValue column : columns)
            QVERIFY2(firstLine.split(',').contains(column.toString().toUtf8()),
                     qPrintable(QStringLiteral("CSV header lacks %1: %2")
                                    .arg(column.toString(), QString::fromUtf8(firstLine))));
    } else if (!expected.isUndefined()) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(answer.body, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, answer.body.left(300).constData());
        const QJsonValue actual =
            doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        const QStringList differences = shapeDifferences(expected, actual);
        QVERIFY2(differences.isEmpty(),
                 qPrintable(differences.join(QStringLiteral("; ")) + QStringLiteral("\nbody: ") +
                            QString::fromUtf8(answer.body.left(600))));
        const QJsonArray exact = exchange.value(QStringLiteral("exact")).toArray();
        for (const QJsonValue field : exact) {
            const QString p = field.toString();
            QVERIFY2(valueAt(actual, p) == valueAt(expected, p),
                     qPrintable(
                         QStringLiteral("%1: expected %2, got %3")
                             .arg(p,
                                  QString::fromUtf8(QJsonDocument(QJsonArray{valueAt(expected, p)})
                                                        .toJson(QJsonDocument::Compact)),
                                  QString::fromUtf8(QJsonDocument(QJsonArray{valueAt(actual, p)})
                                                        .toJson(QJsonDocument::Compact)))));
        }
    }
    const QJsonArray headers = exchange.value(QStringLiteral("headers")).toArray();
    for (const QJsonValue header : headers)
        QVERIFY2(!answer.header(header.toString().toUtf8()).isEmpty(),
                 qPrintable(QStringLiteral("missing header ") + header.toString()));
}

QTEST_GUILESS_MAIN(ContractTest)
#include "tst_contract.moc"
