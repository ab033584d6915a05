#pragma once

#include "sandboxserver.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>

#include <memory>

namespace CampaignDesk::Test {

// An answer read over real HTTP.
struct HttpAnswer
{
    int status = 0;       // 0: no HTTP answer (see error)
    int networkError = 0; // QNetworkReply::NetworkError
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    QByteArray header(const QByteArray &name) const;
};

// How a request authenticates itself to the sandbox.
enum class Auth
{
    Sandbox,
    DocPlaceholder,
    Wrong,
    None
};

// A sandbox server on 127.0.0.1 (a free port) in the test's own thread, and a small
// synchronous HTTP client for tests. Requests are real HTTP over loopback.
class SandboxFixture
{
public:
    SandboxFixture();
    explicit SandboxFixture(const Sandbox::Server::Options &options);
    ~SandboxFixture();

    static Sandbox::Server::Options quietOptions(int scale = 0, bool rateLimits = false);

    Sandbox::Server &server() { return *m_server; }
    quint16 port() const { return m_port; }
    QString origin() const;
    const Sandbox::Account &account(Platform platform) const;
    // The platform's base URL ("http://127.0.0.1:P/talkover/api/v1").
    QString baseUrl(Platform platform) const;

    // Sends `method` to baseUrl(platform) + pathAndQuery with the platform's auth style.
    HttpAnswer call(Platform platform, const QByteArray &method, const QString &pathAndQuery,
                    const QByteArray &body = {}, Auth auth = Auth::Sandbox,
                    const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    // Any URL below the origin (admin API, unknown paths), no auth.
    HttpAnswer raw(const QByteArray &method, const QString &pathAndQuery,
                   const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 20000);

    // Admin helpers.
    void reset(int scale = 0);
    void addFault(const QJsonObject &fault);
    void setRateLimits(bool enabled, const QJsonObject &rules = {});
    QJsonArray requestLog();
    int countRequests(const QByteArray &method, const QString &pathContains = {});

    // A freshly signed Kore.ai JWT for the sandbox account (or with another secret/appId).
    QByteArray koreAiJwt(const QByteArray &secret = {}, const QString &appId = {}) const;

private:
    std::unique_ptr<Sandbox::Server> m_server;
    QNetworkAccessManager m_nam;
    quint16 m_port = 0;
};

// Compares `actual` to a documented body: every field of `expected` is present in `actual`
// with the same JSON type, recursively (arrays: by their first element). Returns the
// differences, empty when the shapes agree.
QStringList shapeDifferences(const QJsonValue &expected, const QJsonValue &actual,
                             const QString &where = QStringLiteral("$"));

// The value at a dotted path ("error.code", "data.results.0._id").
QJsonValue valueAt(const QJsonValue &root, const QString &dottedPath);

} // namespace CampaignDesk::Test
