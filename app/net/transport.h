#pragma once

#include "apiresult.h"
#include "pacer.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace CampaignDesk {

// One HTTP call as a platform client describes it. Credentials go in through `authorize`,
// which runs at the moment of sending, so every attempt gets fresh ones (Kore.ai's JWT).
struct ApiRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    std::function<void(QNetworkRequest &request, QUrl &url)> authorize;
    // Safe to repeat: GETs and read-only POSTs (Kore.ai's list). Only these retry by themselves.
    bool idempotent = false;
    // Parse the body as JSON (false for CSV downloads).
    bool expectJson = true;
    // The caller parses a 2xx body itself, off the GUI thread (large lists); the transport
    // still reads error bodies for the platform's message.
    bool deferJson = false;
    // Returns why the JSON does not have the documented shape, or an empty string.
    std::function<QString(const QJsonDocument &)> checkShape;
    // Receives the body as it arrives (large exports); the result's body is then empty.
    std::function<bool(const QByteArray &chunk)> sink;
};

struct TransportSettings
{
    double ratePerMinute = 60;
    int burst = 1;
    int maxInFlight = 4; // below Qt's 6 connections per host, see qt-pitfalls
    int transferTimeoutMs = 30000;
    int maxRetries = 3; // idempotent requests only
    int baseBackoffMs = 1000;
    bool allowHttp2 = true;
};

class Transport;

// A request on its way: emits finished() exactly once, whatever happens (cancel included).
class PendingCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingCall)

public:
    void cancel();
    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(const CampaignDesk::ApiResult &result);

private:
    friend class Transport;
    explicit PendingCall(ApiRequest request, Transport *transport);

    ApiRequest m_request;
    QPointer<Transport> m_transport;
    QPointer<QNetworkReply> m_reply;
    // The answer so far, read as it arrives and at most a slice per event-loop turn: one
    // readAll() of a body of megabytes would hold the GUI thread for tens of milliseconds.
    QByteArray m_body;
    bool m_drainScheduled = false;
    bool m_finishPending = false; // the reply finished while unread bytes were left
    int m_attempt = 0;
    bool m_finished = false;
    bool m_sent = false;
    bool m_redirectRefused = false;
};

// Sends one account's requests: paced by a token bucket, at most a few in flight, each
// QNetworkReply created only when a slot is free (Qt counts queue time against the transfer
// timeout), 429 waits honoured for the whole account, retries for idempotent requests only.
// Mutating requests never follow redirects; GETs follow same-origin redirects only.
class Transport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Transport)

public:
    Transport(QNetworkAccessManager *nam, const TransportSettings &settings,
              QObject *parent = nullptr);
    ~Transport() override;

    PendingCall *send(ApiRequest request);
    void setSettings(const TransportSettings &settings);
    const TransportSettings &settings() const { return m_settings; }
    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }

    // Whether a URL may be used: https anywhere, http only on loopback.
    static bool isAllowedUrl(const QUrl &url);

Q_SIGNALS:
    // The platform's rate-limit headers, when it sends them.
    void quotaChanged(int limit, int remaining);
    // The account is waiting for the platform's Retry-After (ms from now).
    void throttled(qint64 waitMs);

private:
    friend class PendingCall;
    void pump();
    void start(PendingCall *call);
    void drain(PendingCall *call, QNetworkReply *reply);
    void onFinished(PendingCall *call, QNetworkReply *reply);
    void finish(PendingCall *call, const ApiResult &result);
    void retryLater(PendingCall *call, qint64 delayMs);
    void cancel(PendingCall *call);
    qint64 backoffMs(int attempt) const;

    QNetworkAccessManager *m_nam;
    TransportSettings m_settings;
    Pacer m_pacer;
    std::deque<QPointer<PendingCall>> m_queue;
    int m_inFlight = 0;
    QTimer m_pumpTimer;
    QElapsedTimer m_clock;
};

// Whether a 2xx body says it failed: success:false, ok:false, status:"failure"/"error".
bool bodySaysFailure(const QJsonDocument &doc);

// Reads the platform's message and code from an error body of any of the five shapes:
// {message}, {error:{code,message}}, {error:code,message}, {detail:"…"}, {detail:[{msg}]},
// {status:"failure",message}.
void readPlatformMessage(const QJsonDocument &body, QString *message, QString *code);

} // namespace CampaignDesk
