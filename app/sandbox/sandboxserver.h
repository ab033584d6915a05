#pragma once

#include "platformmodule.h"
#include "ratelimiter.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>

#include <memory>
#include <vector>

class QTcpSocket;

namespace CampaignDesk::Sandbox {

// A fault to inject into the next `remaining` requests that match platform, method and path.
struct Fault
{
    enum class Kind
    {
        Latency,
        Status,
        RateLimit,
        Malformed,
        Truncated,
        Drop,
        Redirect,
        SuccessFalse
    };

    QString platform;        // platform key or "*"
    QByteArray method = "*"; // "DELETE", or "*"
    QRegularExpression path; // matched against the path below the platform prefix
    QString pathText;        // the wildcard pattern as given ("/campaigns/*")
    int remaining = 1;
    Kind kind = Kind::Status;
    int latencyMs = 0;    // delay before the answer (any kind)
    bool process = false; // handle the request for real before faulting the answer
    int status = 500;     // Status, Redirect
    QByteArray body;      // Status: the body to send
    QString retryAfter = QStringLiteral("1"); // RateLimit: seconds or an HTTP date
    QString location;                         // Redirect: where to ("" = /__sandbox/redirected)

    static bool fromJson(const QJsonObject &object, Fault *fault, QString *error);
    QJsonObject toJson() const;
};

struct LoggedRequest
{
    qint64 seq = 0;
    qint64 atMs = 0;
    QByteArray method;
    QString path; // full path and query, credentials redacted
    QString platform;
    int status = 0; // 0: no answer (dropped)
    QString fault;
};

// The five-platform emulator: one port, each platform below its own prefix, an admin API below
// /__sandbox/. Answers are written straight to the socket so that faults can cut, corrupt,
// delay or drop them byte by byte.
class Server final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Server)

public:
    struct Options
    {
        quint64 seed = 1;
        int scale = 0;
        bool logToStderr = false;
        bool rateLimits = true;
        QHash<QString, QList<RateRule>> rateOverrides; // platform key -> rules
    };

    explicit Server(const Options &options, QObject *parent = nullptr);
    ~Server() override;

    // Listens on 127.0.0.1 only; port 0 picks a free port. Returns the port, or 0.
    quint16 listenLocal(quint16 port = 0);
    quint16 port() const { return m_port; }

    const QList<Account> &accounts() const { return m_accounts; }
    // The accounts as `--print-accounts` prints them; port 0 = the port listened on.
    QJsonArray accountsJson(quint16 port = 0) const;

    void reset(quint64 seed, int scale);
    const CampaignTable &table(Platform platform) const;
    QList<LoggedRequest> requestLog() const { return m_log; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Routed;
    Response handleAdmin(const Request &request);
    Response dispatch(const PlatformModule &module, const Request &request, const Account &account,
                      qint64 nowMs);
    const PlatformModule *moduleFor(const QString &path, QString *rest) const;
    Fault *takeFault(const QString &platformKey, const Request &request);
    void send(QTcpSocket *socket, const Response &response, bool close, qint64 cutAt = -1);
    void logRequest(const QByteArray &method, const QString &fullPath, const QString &platform,
                    int status, const QString &fault);

    Options m_options;
    quint16 m_port = 0;
    std::vector<std::unique_ptr<PlatformModule>> m_modules;
    QList<Account> m_accounts;
    std::vector<CampaignTable> m_tables;
    RateLimiter m_rateLimiter;
    QList<Fault> m_faults;
    QList<LoggedRequest> m_log;
    qint64 m_seq = 0;
    QElapsedTimer m_clock;
};

// The sandbox's public credential sets, one per platform, and the doc placeholders each accepts.
QList<Account> sandboxAccounts();

} // namespace CampaignDesk::Sandbox
