#include "sandboxfixture.h"

#include "net/jwt.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace CampaignDesk::Test {

QByteArray HttpAnswer::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

Sandbox::Server::Options SandboxFixture::quietOptions(int scale, bool rateLimits)
{
    Sandbox::Server::Options options;
    options.scale = scale;
    options.rateLimits = rateLimits;
    options.logToStderr = false;
    return options;
}

SandboxFixture::SandboxFixture()
    : SandboxFixture(quietOptions())
{
}

SandboxFixture::SandboxFixture(const Sandbox::Server::Options &options)
    : m_server(std::make_unique<Sandbox::Server>(options))
{
    m_port = m_server->listenLocal(0);
    Q_ASSERT(m_port != 0);
}

SandboxFixture::~SandboxFixture() = default;

QString SandboxFixture::origin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

const Sandbox::Account &SandboxFixture::account(Platform platform) const
{
    return m_server->accounts().at(int(platform));
}

QString SandboxFixture::baseUrl(Platform platform) const
{
    const QJsonArray accounts = m_server->accountsJson();
    return accounts.at(int(platform)).toObject().value(QStringLiteral("baseUrl")).toString();
}

QByteArray SandboxFixture::koreAiJwt(const QByteArray &secret, const QString &appId) const
{
    const Sandbox::Account &a = account(Platform::KoreAi);
    return Jwt::signHs256(
        Jwt::koreAiClaims(appId.isEmpty() ? a.clientId : appId, QDateTime::currentDateTimeUtc()),
        secret.isEmpty() ? a.secret.toUtf8() : secret);
}

HttpAnswer SandboxFixture::call(Platform platform, const QByteArray &method,
                                const QString &pathAndQuery, const QByteArray &body, Auth auth,
                                const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    const Sandbox::Account &a = account(platform);
    QString secret;
    switch (auth) {
    case Auth::Sandbox:
        secret = a.secret;
        break;
    case Auth::DocPlaceholder:
        secret = a.docAliases.value(0, a.secret);
        break;
    case Auth::Wrong:
        secret = QStringLiteral("wrong_key_0000000000000000000000000000000");
        break;
    case Auth::None:
        break;
    }
    QString url = baseUrl(platform).mid(origin().size()) + pathAndQuery;
    QList<QPair<QByteArray, QByteArray>> headers = extraHeaders;
    switch (platform) {
    case Platform::Smartlead:
        if (!secret.isEmpty()) {
            url += url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
            url +=
                QStringLiteral("api_key=") + QString::fromLatin1(QUrl::toPercentEncoding(secret));
        }
        break;
    case Platform::KoreAi:
        if (auth != Auth::None) {
            headers.append(qMakePair(QByteArray("auth"), koreAiJwt(secret.toUtf8())));
            headers.append(qMakePair(QByteArray("iid"), a.appId.toUtf8()));
            headers.append(qMakePair(QByteArray("accountId"), a.accountId.toUtf8()));
        }
        break;
    default:
        if (!secret.isEmpty())
            headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + secret.toUtf8()));
        break;
    }
    if (!body.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return raw(method, url, body, headers);
}

HttpAnswer SandboxFixture::raw(const QByteArray &method, const QString &pathAndQuery,
                               const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest request(QUrl(origin() + pathAndQuery));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 1000);
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.networkError = int(reply->error());
    answer.body = reply->readAll();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &h : pairs)
        answer.headers.append({h.first, h.second});
    reply->deleteLater();
    return answer;
}

void SandboxFixture::reset(int scale)
{
    m_server->reset(1, scale);
}

void SandboxFixture::addFault(const QJsonObject &fault)
{
    const HttpAnswer a = raw("POST", QStringLiteral("/__sandbox/faults"),
                             QJsonDocument(fault).toJson(QJsonDocument::Compact));
    if (a.status != 200)
        qFatal("adding a fault failed: %s", a.body.constData());
}

void SandboxFixture::setRateLimits(bool enabled, const QJsonObject &rules)
{
    const QJsonObject body{{QStringLiteral("enabled"), enabled}, {QStringLiteral("rules"), rules}};
    const HttpAnswer a = raw("PUT", QStringLiteral("/__sandbox/ratelimits"),
                             QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (a.status != 200)
        qFatal("setting rate limits failed: %s", a.body.constData());
}

QJsonArray SandboxFixture::requestLog()
{
    return raw("GET", QStringLiteral("/__sandbox/requests")).array();
}

int SandboxFixture::countRequests(const QByteArray &method, const QString &pathContains)
{
    int n = 0;
    const QJsonArray log = requestLog();
    for (const QJsonValue v : log) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("method")).toString().toUtf8() == method &&
            o.value(QStringLiteral("path")).toString().contains(pathContains))
            ++n;
    }
    return n;
}

QStringList shapeDifferences(const QJsonValue &expected, const QJsonValue &actual,
                             const QString &where)
{
    QStringList out;
    // A documented null says "may be empty"; anything is accepted there.
    if (expected.isNull())
        return out;
    if (expected.type() != actual.type()) {
        out.append(QStringLiteral("%1: expected JSON type %2, got %3")
                       .arg(where)
                       .arg(int(expected.type()))
                       .arg(int(actual.type())));
        return out;
    }
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key()))
                out.append(QStringLiteral("%1.%2: missing").arg(where, it.key()));
            else
                out += shapeDifferences(it.value(), a.value(it.key()),
                                        where + QLatin1Char('.') + it.key());
        }
    } else if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (!e.isEmpty() && !a.isEmpty())
            out += shapeDifferences(e.first(), a.first(), where + QStringLiteral("[0]"));
    }
    return out;
}

QJsonValue valueAt(const QJsonValue &root, const QString &dottedPath)
{
    QJsonValue v = root;
    const QStringList parts = dottedPath.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (isIndex && v.isArray())
            v = v.toArray().at(index);
        else
            v = v.toObject().value(part);
    }
    return v;
}

} // namespace CampaignDesk::Test
