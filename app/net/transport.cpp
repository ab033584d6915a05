#include "transport.h"

#include "redaction.h"
#include "retryafter.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <algorithm>
#include <utility>

namespace CampaignDesk {

Q_LOGGING_CATEGORY(lcNet, "campaigndesk.net", QtInfoMsg)

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("ok");
    case ErrorKind::InsecureUrl:
        return QStringLiteral("insecure-url");
    case ErrorKind::Transport:
        return QStringLiteral("transport");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Tls:
        return QStringLiteral("tls");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::Redirect:
        return QStringLiteral("redirect");
    case ErrorKind::Auth:
        return QStringLiteral("auth");
    case ErrorKind::RateLimited:
        return QStringLiteral("rate-limited");
    case ErrorKind::Http:
        return QStringLiteral("http");
    case ErrorKind::Parse:
        return QStringLiteral("parse");
    case ErrorKind::Shape:
        return QStringLiteral("shape");
    case ErrorKind::PlatformFailure:
        return QStringLiteral("platform-failure");
    }
    return {};
}

void readPlatformMessage(const QJsonDocument &body, QString *message, QString *code)
{
    const QJsonObject root = body.object();
    const QJsonValue error = root.value(QStringLiteral("error"));
    const QJsonValue detail = root.value(QStringLiteral("detail"));
    QString m = root.value(QStringLiteral("message")).toString();
    QString c;
    if (error.isObject()) {
        c = error.toObject().value(QStringLiteral("code")).toString();
        if (m.isEmpty())
            m = error.toObject().value(QStringLiteral("message")).toString();
    } else if (error.isString()) {
        c = error.toString();
    }
    if (m.isEmpty() && detail.isString())
        m = detail.toString();
    if (m.isEmpty() && detail.isArray()) {
        QStringList parts;
        const QJsonArray items = detail.toArray();
        for (const QJsonValue item : items) {
            const QJsonObject o = item.toObject();
            QStringList loc;
            const QJsonArray locParts = o.value(QStringLiteral("loc")).toArray();
            for (const QJsonValue l : locParts)
                loc << (l.isString() ? l.toString() : QString::number(l.toInt()));
            const QString msg = o.value(QStringLiteral("msg")).toString();
            parts << (loc.isEmpty() ? msg
                                    : loc.join(QLatin1Char('.')) + QStringLiteral(": ") + msg);
        }
        m = parts.join(QStringLiteral("; "));
    }
    // Laravel-style field errors: {"errors":{"status":["The selected status is invalid."]}}.
    const QJsonObject fieldErrors = root.value(QStringLiteral("errors")).toObject();
    QStringList fields;
    for (auto it = fieldErrors.begin(); it != fieldErrors.end(); ++it) {
        const QJsonArray list = it.value().toArray();
        for (const QJsonValue v : list)
            fields << v.toString();
    }
    if (!fields.isEmpty())
        m = m.isEmpty() ? fields.join(QLatin1Char(' '))
                        : m + QLatin1Char(' ') + fields.join(QLatin1Char(' '));
    if (c.isEmpty())
        c = root.value(QStringLiteral("code")).toString();
    *message = m;
    *code = c;
}

bool bodySaysFailure(const QJsonDocument &doc)
{
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("success")) == QJsonValue(false))
        return true;
    if (root.value(QStringLiteral("ok")) == QJsonValue(false))
        return true;
    const QJsonValue status = root.value(QStringLiteral("status"));
    return status.isString() && (status.toString() == QLatin1String("failure") ||
                                 status.toString() == QLatin1String("error"));
}

namespace {

// The most a Content-Length may make us reserve up front; a larger body still grows as it comes.
constexpr qint64 MaxBodyReserve = qint64{64} * 1024 * 1024;
// How much of an answer is read per event-loop turn (about a millisecond of copying).
constexpr qint64 ReadSlice = qint64{1} * 1024 * 1024;

bool isMutating(const QByteArray &method)
{
    return method != "GET" && method != "HEAD";
}

int headerInt(QNetworkReply *reply, const QByteArray &name)
{
    return parseRateLimitHeader(reply->rawHeader(name));
}

} // namespace

PendingCall::PendingCall(ApiRequest request, Transport *transport)
    : QObject(transport)
    , m_request(std::move(request))
    , m_transport(transport)
{
}

void PendingCall::cancel()
{
    if (m_finished || !m_transport)
        return;
    m_transport->cancel(this);
}

Transport::Transport(QNetworkAccessManager *nam, const TransportSettings &settings, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &Transport::pump);
    m_clock.start();
    setSettings(settings);
}

Transport::~Transport() = default;

void Transport::setSettings(const TransportSettings &settings)
{
    m_settings = settings;
    m_pacer.configure(settings.ratePerMinute, settings.burst);
}

bool Transport::isAllowedUrl(const QUrl &url)
{
    if (!url.isValid())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

PendingCall *Transport::send(ApiRequest request)
{
    auto *call = new PendingCall(std::move(request), this);
    if (!isAllowedUrl(call->m_request.url)) {
        ApiResult result;
        result.error = ErrorKind::InsecureUrl;
        result.redactedUrl = redactedUrl(call->m_request.url);
        result.message =
            tr("Refused to send to %1: only https:// is allowed (http:// only for this computer).")
                .arg(result.redactedUrl);
        // Report from the event loop so that callers can connect first.
        QTimer::singleShot(0, call, [this, call, result] { finish(call, result); });
        return call;
    }
    m_queue.emplace_back(call);
    QTimer::singleShot(0, this, &Transport::pump);
    return call;
}

void Transport::pump()
{
    while (!m_queue.empty() && m_inFlight < m_settings.maxInFlight) {
        if (!m_queue.front()) {
            m_queue.pop_front();
            continue;
        }
        const qint64 now = m_clock.elapsed();
        const qint64 wait = m_pacer.msUntilAvailable(now);
        if (wait > 0) {
            if (!m_pumpTimer.isActive() || m_pumpTimer.remainingTime() > wait)
                m_pumpTimer.start(int(std::min<qint64>(wait, qint64{24} * 3600 * 1000)));
            return;
        }
        m_pacer.take(now);
        PendingCall *call = m_queue.front();
        m_queue.pop_front();
        start(call);
    }
}

void Transport::start(PendingCall *call)
{
    ApiRequest &r = call->m_request;
    QUrl url = r.url;
    QNetworkRequest request(url);
    if (r.authorize)
        r.authorize(request, url);
    request.setUrl(url);
    if (!r.body.isEmpty() || isMutating(r.method))
        request.setHeader(QNetworkRequest::ContentTypeHeader, r.contentType);
    for (const auto &h : std::as_const(r.headers))
        request.setRawHeader(h.first, h.second);
    request.setRawHeader("Accept", r.expectJson ? "application/json" : "text/csv, */*");
    request.setTransferTimeout(m_settings.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_settings.allowHttp2);
    // A redirected DELETE would become a GET that "succeeds"; mutating requests never follow.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         isMutating(r.method) ? QNetworkRequest::ManualRedirectPolicy
                                              : QNetworkRequest::UserVerifiedRedirectPolicy);

    ++call->m_attempt;
    ++m_inFlight;
    call->m_sent = true;
    call->m_redirectRefused = false;
    QNetworkReply *reply = m_nam->sendCustomRequest(request, r.method, r.body);
    call->m_reply = reply;
    qCDebug(lcNet).noquote() << r.method << redactedUrl(url) << "attempt" << call->m_attempt;

    connect(reply, &QNetworkReply::redirected, call, [reply, call, origin = url](const QUrl &to) {
        const QUrl target = origin.resolved(to);
        if (target.scheme() == origin.scheme() && target.host() == origin.host() &&
            target.port() == origin.port()) {
            Q_EMIT reply->redirectAllowed();
        } else {
            call->m_redirectRefused = true;
            reply->abort();
        }
    });
    call->m_body.clear();
    call->m_drainScheduled = false;
    call->m_finishPending = false;
    if (r.sink) {
        connect(reply, &QIODevice::readyRead, call, [reply, call] {
            if (!call->m_request.sink(reply->readAll()))
                reply->abort();
        });
    } else {
        connect(reply, &QIODevice::readyRead, call, [this, call, reply] {
            if (!call->m_drainScheduled)
                drain(call, reply);
        });
    }
    connect(reply, &QNetworkReply::finished, call, [this, call, reply] {
        if (!call->m_request.sink && call->m_reply == reply && reply->bytesAvailable() > 0) {
            call->m_finishPending = true; // onFinished() once the rest is read
            if (!call->m_drainScheduled)
                drain(call, reply);
            return;
        }
        onFinished(call, reply);
    });
}

void Transport::drain(PendingCall *call, QNetworkReply *reply)
{
    call->m_drainScheduled = false;
    if (call->m_reply != reply)
        return; // cancelled or superseded by a retry
    if (call->m_body.isEmpty()) {
        // Content-Length is the server's claim: a hint for one allocation, capped.
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > 0)
            call->m_body.reserve(qsizetype(std::min<qint64>(announced, MaxBodyReserve)));
    }
    call->m_body.append(reply->read(ReadSlice));
    if (reply->bytesAvailable() > 0) {
        call->m_drainScheduled = true;
        QTimer::singleShot(0, call, [this, call, guarded = QPointer<QNetworkReply>(reply)] {
            if (guarded)
                drain(call, guarded);
            else
                call->m_drainScheduled = false;
        });
    } else if (call->m_finishPending) {
        call->m_finishPending = false;
        onFinished(call, reply);
    }
}

qint64 Transport::backoffMs(int attempt) const
{
    const qint64 base = qint64(m_settings.baseBackoffMs) << std::min(attempt - 1, 6);
    return base + QRandomGenerator::global()->bounded(int(std::max<qint64>(1, base / 2)));
}

void Transport::onFinished(PendingCall *call, QNetworkReply *reply)
{
    reply->deleteLater();
    if (call->m_reply != reply)
        return;
    call->m_reply = nullptr;
    --m_inFlight;
    QTimer::singleShot(0, this, &Transport::pump);
    if (call->m_finished)
        return;

    const ApiRequest &r = call->m_request;
    ApiResult result;
    result.sent = true;
    result.redactedUrl = redactedUrl(reply->url());
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.rateLimit = headerInt(reply, "X-RateLimit-Limit");
    result.rateRemaining = headerInt(reply, "X-RateLimit-Remaining");
    if (result.rateLimit >= 0 && result.rateRemaining >= 0)
        Q_EMIT quotaChanged(result.rateLimit, result.rateRemaining);
    if (!r.sink) {
        result.body = std::exchange(call->m_body, {});
        if (reply->isOpen())
            result.body.append(reply->readAll());
    } else if (reply->isOpen() && (result.httpStatus < 200 || result.httpStatus >= 300)) {
        result.body = reply->readAll();
    }

    // 1. Transport.
    const QNetworkReply::NetworkError netError = reply->error();
    const bool httpAnswered = result.httpStatus > 0;
    if (call->m_redirectRefused) {
        result.error = ErrorKind::Redirect;
        result.message =
            tr("The server redirected the request to another host; nothing was sent there.");
    } else if ((netError == QNetworkReply::OperationCanceledError && !httpAnswered) ||
               netError == QNetworkReply::TimeoutError) {
        // Qt reports a transfer timeout as "operation cancelled"; our own cancel never gets here.
        result.error = ErrorKind::Timeout;
        result.message =
            tr("No answer within %1 seconds.").arg(m_settings.transferTimeoutMs / 1000);
    } else if (netError == QNetworkReply::SslHandshakeFailedError) {
        result.error = ErrorKind::Tls;
        result.message = tr("The secure connection failed: %1").arg(reply->errorString());
    } else if (!httpAnswered && netError != QNetworkReply::NoError) {
        result.error = ErrorKind::Transport;
        result.message = reply->errorString();
        result.sent = netError != QNetworkReply::ConnectionRefusedError &&
                      netError != QNetworkReply::HostNotFoundError;
    } else if (httpAnswered && netError != QNetworkReply::NoError && result.httpStatus >= 200 &&
               result.httpStatus < 300) {
        // A 2xx whose body was cut short.
        result.error = ErrorKind::Transport;
        result.message =
            tr("The connection broke while the answer was arriving: %1").arg(reply->errorString());
    }

    // 2. HTTP status.
    if (result.ok()) {
        const int s = result.httpStatus;
        // A deferred success body is parsed by its caller off the GUI thread (a Smartlead
        // listing is one body of megabytes); error bodies are small and read here.
        const bool deferred = r.deferJson && s >= 200 && s < 300;
        if (!result.body.isEmpty() && r.expectJson && !deferred)
            result.json = QJsonDocument::fromJson(result.body);
        readPlatformMessage(result.json, &result.message, &result.code);
        if (s >= 300 && s < 400) {
            result.error = ErrorKind::Redirect;
            result.message =
                tr("The server redirected the request (HTTP %1); it was not followed.").arg(s);
        } else if (s == 401) {
            result.error = ErrorKind::Auth;
        } else if (s == 429) {
            result.error = ErrorKind::RateLimited;
            const auto header =
                parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
            const auto fromBody = retryAfterFromBody(result.json);
            result.retryAfterMs = int(header ? *header : fromBody ? *fromBody : -1);
        } else if (s < 200 || s >= 300) {
            result.error = ErrorKind::Http;
        }
        if (!result.ok() && result.message.isEmpty())
            result.message = tr("HTTP %1 from the server.").arg(s);
    }

    // 3. JSON, 4. shape, 5. the platform's own failure flag.
    if (result.ok() && r.expectJson && !r.sink && !r.deferJson) {
        QJsonParseError parseError{};
        result.json = QJsonDocument::fromJson(result.body, &parseError);
        if (result.body.isEmpty() && result.httpStatus == 204) {
            // An empty success (Talkover's older docs show 204 for DELETE).
        } else if (parseError.error != QJsonParseError::NoError) {
            result.error = ErrorKind::Parse;
            result.message = tr("Unexpected answer (HTTP %1): not JSON.").arg(result.httpStatus);
        } else if (r.checkShape) {
            const QString why = r.checkShape(result.json);
            // A failure body is never the documented success shape: report the platform's
            // own words for it (step 5) rather than "unexpected shape".
            if (!why.isEmpty() && !bodySaysFailure(result.json)) {
                result.error = ErrorKind::Shape;
                result.message =
                    tr("Unexpected answer (HTTP %1): %2").arg(result.httpStatus).arg(why);
            }
        }
        if (result.ok() && bodySaysFailure(result.json)) {
            result.error = ErrorKind::PlatformFailure;
            readPlatformMessage(result.json, &result.message, &result.code);
            if (result.message.isEmpty())
                result.message = tr("The platform reported a failure without a message.");
        }
    }

    // Waits and retries.
    if (result.error == ErrorKind::RateLimited) {
        const qint64 wait =
            result.retryAfterMs >= 0 ? result.retryAfterMs : backoffMs(call->m_attempt);
        m_pacer.holdUntil(m_clock.elapsed() + wait);
        Q_EMIT throttled(wait);
        if (r.idempotent && call->m_attempt <= m_settings.maxRetries) {
            retryLater(call, 0); // the pacer holds it until the wait is over
            return;
        }
    }
    const bool transient =
        result.error == ErrorKind::Transport || result.error == ErrorKind::Timeout ||
        (result.error == ErrorKind::Http &&
         (result.httpStatus == 502 || result.httpStatus == 503 || result.httpStatus == 504));
    if (transient && r.idempotent && call->m_attempt <= m_settings.maxRetries) {
        retryLater(call, backoffMs(call->m_attempt));
        return;
    }
    if (result.ok())
        qCDebug(lcNet).noquote() << r.method << result.redactedUrl << result.httpStatus;
    else
        qCInfo(lcNet).noquote() << r.method << result.redactedUrl << result.httpStatus
                                << errorKindName(result.error);
    finish(call, result);
}

void Transport::retryLater(PendingCall *call, qint64 delayMs)
{
    QTimer::singleShot(int(delayMs), call, [this, call] {
        if (call->m_finished)
            return;
        m_queue.push_front(call);
        pump();
    });
}

void Transport::cancel(PendingCall *call)
{
    ApiResult result;
    result.error = ErrorKind::Cancelled;
    result.sent = call->m_sent;
    result.redactedUrl = redactedUrl(call->m_request.url);
    result.message = tr("Cancelled.");
    finish(call, result); // marks finished first, so the abort below cannot report twice
    if (QNetworkReply *reply = call->m_reply) {
        call->m_reply = nullptr;
        --m_inFlight;
        reply->abort();
        reply->deleteLater();
        QTimer::singleShot(0, this, &Transport::pump);
    }
}

void Transport::finish(PendingCall *call, const ApiResult &result)
{
    if (call->m_finished)
        return;
    call->m_finished = true;
    Q_EMIT call->finished(result);
    call->deleteLater();
}

} // namespace CampaignDesk
