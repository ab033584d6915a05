#include "sandboxserver.h"

#include "net/redaction.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>

namespace CampaignDesk::Sandbox {

namespace {

const QString AdminPrefix = QStringLiteral("/__sandbox");

QLoggingCategory::CategoryFilter previousCategoryFilter = nullptr;

// Qt HttpServer's debug output prints every request's headers, credentials included. Keep it
// off whatever the logging rules say: the request log (credentials redacted) replaces it.
void silenceHttpServerDebug(QLoggingCategory *category)
{
    if (previousCategoryFilter)
        previousCategoryFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QString faultKindName(Fault::Kind kind)
{
    switch (kind) {
    case Fault::Kind::Latency:
        return QStringLiteral("latency");
    case Fault::Kind::Status:
        return QStringLiteral("status");
    case Fault::Kind::RateLimit:
        return QStringLiteral("429");
    case Fault::Kind::Malformed:
        return QStringLiteral("malformed");
    case Fault::Kind::Truncated:
        return QStringLiteral("truncated");
    case Fault::Kind::Drop:
        return QStringLiteral("drop");
    case Fault::Kind::Redirect:
        return QStringLiteral("redirect");
    case Fault::Kind::SuccessFalse:
        return QStringLiteral("success-false");
    }
    return {};
}

bool faultKindFromName(const QString &name, Fault::Kind *kind)
{
    for (auto k : {Fault::Kind::Latency, Fault::Kind::Status, Fault::Kind::RateLimit,
                   Fault::Kind::Malformed, Fault::Kind::Truncated, Fault::Kind::Drop,
                   Fault::Kind::Redirect, Fault::Kind::SuccessFalse}) {
        if (faultKindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    if (name == QLatin1String("ratelimit") || name == QLatin1String("rate-limit")) {
        *kind = Fault::Kind::RateLimit;
        return true;
    }
    return false;
}

QJsonObject rulesToJson(const QList<RateRule> &rules, QJsonArray *out)
{
    for (const RateRule &rule : rules)
        out->append(QJsonObject{{QStringLiteral("limit"), rule.limit},
                                {QStringLiteral("windowMs"), rule.windowMs}});
    return {};
}

QList<RateRule> rulesFromJson(const QJsonArray &array)
{
    QList<RateRule> rules;
    for (const QJsonValue value : array) {
        const QJsonObject o = value.toObject();
        RateRule rule{o.value(QStringLiteral("limit")).toInt(),
                      o.value(QStringLiteral("windowMs")).toInt()};
        if (rule.limit > 0 && rule.windowMs > 0)
            rules.append(rule);
    }
    return rules;
}

Response adminError(int status, const QString &message)
{
    return Response::json(status, QJsonObject{{QStringLiteral("error"), message}});
}

} // namespace

bool Fault::fromJson(const QJsonObject &o, Fault *fault, QString *error)
{
    Fault f;
    if (!faultKindFromName(o.value(QStringLiteral("kind")).toString(), &f.kind)) {
        *error = QStringLiteral("unknown fault kind; use latency, status, 429, malformed, "
                                "truncated, drop, redirect or success-false");
        return false;
    }
    f.platform = o.value(QStringLiteral("platform")).toString(QStringLiteral("*"));
    f.method = o.value(QStringLiteral("method")).toString(QStringLiteral("*")).toUpper().toUtf8();
    f.pathText = o.value(QStringLiteral("path")).toString(QStringLiteral("*"));
    // "*" matches any run of characters, slashes included.
    f.path = QRegularExpression(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(f.pathText)
            .replace(QStringLiteral("\\*"), QStringLiteral(".*"))));
    f.remaining = o.value(QStringLiteral("count")).toInt(1);
    f.latencyMs = o.value(QStringLiteral("latencyMs")).toInt(0);
    f.process = o.value(QStringLiteral("process"))
                    .toBool(f.kind == Kind::Latency || f.kind == Kind::Truncated);
    f.status = o.value(QStringLiteral("status")).toInt(f.kind == Kind::Redirect ? 302 : 500);
    const QJsonValue body = o.value(QStringLiteral("body"));
    if (body.isString())
        f.body = body.toString().toUtf8();
    else if (body.isObject())
        f.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        f.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    const QJsonValue retryAfter = o.value(QStringLiteral("retryAfter"));
    if (retryAfter.isDouble())
        f.retryAfter = QString::number(retryAfter.toInt());
    else if (retryAfter.isString())
        f.retryAfter = retryAfter.toString();
    f.location = o.value(QStringLiteral("location")).toString();
    if (f.remaining < 1 || !f.path.isValid()) {
        *error = QStringLiteral("count must be at least 1 and path a valid wildcard");
        return false;
    }
    *fault = f;
    return true;
}

QJsonObject Fault::toJson() const
{
    return QJsonObject{{QStringLiteral("kind"), faultKindName(kind)},
                       {QStringLiteral("platform"), platform},
                       {QStringLiteral("method"), QString::fromUtf8(method)},
                       {QStringLiteral("path"), pathText},
                       {QStringLiteral("count"), remaining},
                       {QStringLiteral("latencyMs"), latencyMs},
                       {QStringLiteral("process"), process},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("retryAfter"), retryAfter},
                       {QStringLiteral("location"), location}};
}

Server::Server(const Options &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_accounts(sandboxAccounts())
{
    m_modules.push_back(makeTalkoverModule());
    m_modules.push_back(makeBurkiModule());
    m_modules.push_back(makeKakiyoModule());
    m_modules.push_back(makeKoreAiModule());
    m_modules.push_back(makeSmartleadModule());
    m_tables.resize(m_modules.size());
    m_clock.start();
    static const bool filterInstalled = [] {
        previousCategoryFilter = QLoggingCategory::installFilter(silenceHttpServerDebug);
        return true;
    }();
    Q_UNUSED(filterInstalled)
    reset(options.seed, options.scale);
}

Server::~Server() = default;

quint16 Server::listenLocal(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

void Server::reset(quint64 seed, int scale)
{
    m_options.seed = seed;
    m_options.scale = scale;
    for (size_t i = 0; i < m_modules.size(); ++i)
        m_tables[i].reset(m_modules[i]->seed(SeedSpec{seed, scale}));
    m_faults.clear();
    m_log.clear();
    // Rate limits go back to the start-up settings too (documented defaults or the flags).
    for (const auto &module : m_modules) {
        const QString key = platformKey(module->platform());
        m_rateLimiter.setRules(module->platform(), m_options.rateOverrides.contains(key)
                                                       ? m_options.rateOverrides.value(key)
                                                       : module->defaultRateRules());
    }
    m_rateLimiter.setEnabled(m_options.rateLimits);
    m_rateLimiter.clearCounters();
}

const CampaignTable &Server::table(Platform platform) const
{
    return m_tables.at(size_t(platform));
}

QJsonArray Server::accountsJson(quint16 port) const
{
    QJsonArray array;
    const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(port ? port : m_port);
    for (const Account &account : m_accounts) {
        const PlatformModule &module = *m_modules.at(size_t(account.platform));
        QJsonObject o{{QStringLiteral("label"), account.label},
                      {QStringLiteral("platform"), platformKey(account.platform)},
                      {QStringLiteral("baseUrl"), origin + module.basePath()},
                      {QStringLiteral("secret"), account.secret}};
        if (account.platform == Platform::KoreAi) {
            o.insert(QStringLiteral("streamId"), account.streamId);
            o.insert(QStringLiteral("appId"), account.appId);
            o.insert(QStringLiteral("accountId"), account.accountId);
            o.insert(QStringLiteral("clientId"), account.clientId);
        }
        array.append(o);
    }
    return array;
}

const PlatformModule *Server::moduleFor(const QString &path, QString *rest) const
{
    for (const auto &module : m_modules) {
        const QString prefix = module->prefix();
        if (path == prefix || path.startsWith(prefix + QLatin1Char('/'))) {
            *rest = path.mid(prefix.size());
            return module.get();
        }
    }
    return nullptr;
}

Fault *Server::takeFault(const QString &platformKeyName, const Request &request)
{
    for (Fault &fault : m_faults) {
        if (fault.remaining <= 0)
            continue;
        if (fault.platform != QLatin1String("*") && fault.platform != platformKeyName)
            continue;
        if (fault.method != "*" && fault.method != request.method)
            continue;
        if (!fault.path.match(request.path).hasMatch())
            continue;
        --fault.remaining;
        return &fault;
    }
    return nullptr;
}

void Server::logRequest(const QByteArray &method, const QString &fullPath, const QString &platform,
                        int status, const QString &fault)
{
    LoggedRequest entry;
    entry.seq = ++m_seq;
    entry.atMs = m_clock.elapsed();
    entry.method = method;
    entry.path = redactedPathAndQuery(fullPath);
    entry.platform = platform;
    entry.status = status;
    entry.fault = fault;
    m_log.append(entry);
    if (m_options.logToStderr) {
        const QByteArray line =
            QStringLiteral("%1 %2 %3 -> %4%5\n")
                .arg(platform.isEmpty() ? QStringLiteral("-") : platform, QString::fromUtf8(method),
                     entry.path, status ? QString::number(status) : QStringLiteral("dropped"),
                     fault.isEmpty() ? QString() : QStringLiteral(" [fault: %1]").arg(fault))
                .toUtf8();
        std::fputs(line.constData(), stderr);
        std::fflush(stderr);
    }
}

void Server::send(QTcpSocket *socket, const Response &response, bool close, qint64 cutAt)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    if (!response.body.isEmpty() || response.status != 204)
        out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &header : response.headers)
        out += header.first + ": " + header.second + "\r\n";
    out += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n";
    if (cutAt >= 0) {
        out += response.body.left(cutAt);
        socket->write(out);
        socket->disconnectFromHost();
        return;
    }
    out += response.body;
    socket->write(out);
    if (close)
        socket->disconnectFromHost();
}

bool Server::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    Request request;
    request.method = methodName(httpRequest.method());
    const QUrl url = httpRequest.url();
    const QString fullPath = url.path(QUrl::FullyDecoded);
    const QString pathAndQuery =
        url.path(QUrl::FullyEncoded) +
        (url.hasQuery() ? QLatin1Char('?') + url.query(QUrl::FullyEncoded) : QString());
    request.query = httpRequest.query();
    const auto headers = httpRequest.headers();
    for (const auto &header : headers)
        request.headers.insert(header.first.toLower(), header.second);
    request.body = httpRequest.body();
    const bool close = request.header("connection").toLower() == "close";

    if (fullPath == AdminPrefix || fullPath.startsWith(AdminPrefix + QLatin1Char('/'))) {
        request.path = fullPath.mid(AdminPrefix.size());
        const Response response = handleAdmin(request);
        if (request.path.startsWith(QLatin1String("/redirected")))
            logRequest(request.method, pathAndQuery, QString(), response.status, QString());
        send(socket, response, close);
        return true;
    }

    QString rest;
    const PlatformModule *module = moduleFor(fullPath, &rest);
    if (!module) {
        const Response response =
            adminError(404, QStringLiteral("No platform is served at this path. "
                                           "Use /talkover/api/v1, /burki/api/v1, "
                                           "/kakiyo/v1, /koreai or /smartlead/api/v1."));
        logRequest(request.method, pathAndQuery, QString(), response.status, QString());
        send(socket, response, close);
        return true;
    }
    request.path = rest.isEmpty() ? QStringLiteral("/") : rest;
    const QString key = platformKey(module->platform());
    const Account &account = m_accounts.at(int(module->platform()));
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();

    const Fault *fault = takeFault(key, request);
    if (!fault) {
        const Response response = dispatch(*module, request, account, nowMs);
        logRequest(request.method, pathAndQuery, key, response.status, QString());
        send(socket, response, close);
        return true;
    }

    const Fault f = *fault; // the list may change before a delayed answer goes out
    Response response;
    if (f.process || f.kind == Fault::Kind::Latency || f.kind == Fault::Kind::Truncated)
        response = dispatch(*module, request, account, nowMs);
    qint64 cutAt = -1;
    bool drop = false;
    switch (f.kind) {
    case Fault::Kind::Latency:
        break;
    case Fault::Kind::Status:
        response = Response::raw(f.status,
                                 f.body.isEmpty()
                                     ? QByteArrayLiteral("{\"message\":\"Injected sandbox fault\"}")
                                     : f.body,
                                 "application/json");
        break;
    case Fault::Kind::RateLimit: {
        RateState state;
        state.limit = m_rateLimiter.rules(module->platform()).value(0).limit;
        state.retryAfterS = f.retryAfter.toInt();
        state.resetEpochS = nowMs / 1000 + std::max(1, state.retryAfterS);
        response = module->rateLimited(state);
        state.remaining = 0;
        module->addRateHeaders(response, state);
        response.headers.removeIf([](const auto &h) { return h.first == "Retry-After"; });
        response.headers.append({"Retry-After", f.retryAfter.toUtf8()});
        break;
    }
    case Fault::Kind::Malformed:
        response = Response::raw(200, QByteArrayLiteral("{\"success\": true, \"data\": [{\"id\": "),
                                 "application/json");
        break;
    case Fault::Kind::Truncated:
        cutAt = response.body.size() / 2;
        break;
    case Fault::Kind::Drop:
        drop = true;
        break;
    case Fault::Kind::Redirect: {
        response = Response::raw(f.status, QByteArray(), "text/plain");
        const QString location = f.location.isEmpty()
                                     ? AdminPrefix + QStringLiteral("/redirected") + pathAndQuery
                                     : f.location;
        response.headers.append({"Location", location.toUtf8()});
        break;
    }
    case Fault::Kind::SuccessFalse:
        response = module->successFalse();
        break;
    }

    const QString faultName = faultKindName(f.kind);
    const QByteArray method = request.method;
    QPointer<QTcpSocket> guard(socket);
    auto answer = [this, guard, response, close, cutAt, drop, method, pathAndQuery, key,
                   faultName]() {
        if (!guard)
            return;
        if (drop) {
            logRequest(method, pathAndQuery, key, 0, faultName);
            guard->abort();
            return;
        }
        logRequest(method, pathAndQuery, key, response.status, faultName);
        send(guard, response, close, cutAt);
    };
    if (f.latencyMs > 0)
        QTimer::singleShot(f.latencyMs, this, answer);
    else
        answer();
    return true;
}

void Server::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    send(socket, adminError(404, QStringLiteral("Not found")), true);
}

Response Server::dispatch(const PlatformModule &module, const Request &request,
                          const Account &account, qint64 nowMs)
{
    if (auto refusal = module.authenticate(request, account))
        return *refusal;
    RateState state;
    const QString rateKey =
        module.credentialOf(request) + QLatin1Char('|') + module.rateBucket(request);
    if (!m_rateLimiter.admit(module.platform(), rateKey, nowMs, &state)) {
        Response refused = module.rateLimited(state);
        module.addRateHeaders(refused, state);
        return refused;
    }
    Response response = module.handle(request, m_tables[size_t(module.platform())], account);
    if (m_rateLimiter.enabled() && state.limit > 0)
        module.addRateHeaders(response, state);
    return response;
}

Response Server::handleAdmin(const Request &request)
{
    const QString &path = request.path;
    QStringList args;
    if (path.startsWith(QLatin1String("/redirected"))) {
        // Where injected redirects point. It answers every method with a success-looking body,
        // which is exactly what a client that follows a redirected DELETE would wrongly believe.
        return Response::json(200, QJsonObject{{QStringLiteral("success"), true},
                                               {QStringLiteral("message"),
                                                QStringLiteral("Campaign deleted successfully")}});
    }
    if (matchRoute(path, QStringLiteral("/health")))
        return Response::json(
            200, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("port"), int(m_port)}});
    if (matchRoute(path, QStringLiteral("/accounts")))
        return Response::json(200, accountsJson());
    if (matchRoute(path, QStringLiteral("/reset")) && request.method == "POST") {
        const QJsonObject body = request.bodyObject();
        reset(quint64(body.value(QStringLiteral("seed")).toInteger(qint64(m_options.seed))),
              body.value(QStringLiteral("scale")).toInt(m_options.scale));
        return Response::json(200, QJsonObject{{QStringLiteral("ok"), true}});
    }
    if (matchRoute(path, QStringLiteral("/faults"))) {
        if (request.method == "DELETE") {
            m_faults.clear();
            return Response::json(200, QJsonObject{{QStringLiteral("ok"), true}});
        }
        if (request.method == "POST") {
            bool ok = false;
            const QJsonDocument doc = QJsonDocument::fromJson(request.body);
            QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
            ok = doc.isArray() || doc.isObject();
            if (!ok)
                return adminError(400, QStringLiteral("body must be a fault object or an array"));
            for (const QJsonValue item : std::as_const(items)) {
                Fault fault;
                QString error;
                if (!Fault::fromJson(item.toObject(), &fault, &error))
                    return adminError(400, error);
                m_faults.append(fault);
            }
            return Response::json(200, QJsonObject{{QStringLiteral("ok"), true},
                                                   {QStringLiteral("added"), items.size()}});
        }
        QJsonArray list;
        for (const Fault &fault : std::as_const(m_faults)) {
            if (fault.remaining > 0)
                list.append(fault.toJson());
        }
        return Response::json(200, list);
    }
    if (matchRoute(path, QStringLiteral("/ratelimits"))) {
        if (request.method == "PUT" || request.method == "POST") {
            const QJsonObject body = request.bodyObject();
            if (body.contains(QStringLiteral("enabled")))
                m_rateLimiter.setEnabled(body.value(QStringLiteral("enabled")).toBool());
            const QJsonObject rules = body.value(QStringLiteral("rules")).toObject();
            for (auto it = rules.begin(); it != rules.end(); ++it) {
                Platform platform;
                if (!platformFromKey(it.key(), &platform))
                    return adminError(400, QStringLiteral("unknown platform ") + it.key());
                m_rateLimiter.setRules(platform, rulesFromJson(it.value().toArray()));
            }
            m_rateLimiter.clearCounters();
        }
        QJsonObject rules;
        for (const auto &module : m_modules) {
            QJsonArray array;
            rulesToJson(m_rateLimiter.rules(module->platform()), &array);
            rules.insert(platformKey(module->platform()), array);
        }
        return Response::json(200, QJsonObject{{QStringLiteral("enabled"), m_rateLimiter.enabled()},
                                               {QStringLiteral("rules"), rules}});
    }
    if (matchRoute(path, QStringLiteral("/requests"))) {
        if (request.method == "DELETE") {
            m_log.clear();
            return Response::json(200, QJsonObject{{QStringLiteral("ok"), true}});
        }
        const qint64 since = request.queryValue(QStringLiteral("since")).toLongLong();
        QJsonArray list;
        for (const LoggedRequest &entry : std::as_const(m_log)) {
            if (entry.seq <= since)
                continue;
            list.append(QJsonObject{{QStringLiteral("seq"), entry.seq},
                                    {QStringLiteral("atMs"), entry.atMs},
                                    {QStringLiteral("method"), QString::fromUtf8(entry.method)},
                                    {QStringLiteral("path"), entry.path},
                                    {QStringLiteral("platform"), entry.platform},
                                    {QStringLiteral("status"), entry.status},
                                    {QStringLiteral("fault"), entry.fault}});
        }
        return Response::json(200, list);
    }
    if (matchRoute(path, QStringLiteral("/campaigns/:platform/:id"), &args)) {
        Platform platform;
        if (!platformFromKey(args.at(0), &platform))
            return adminError(404, QStringLiteral("unknown platform"));
        Campaign *campaign = m_tables[size_t(platform)].find(args.at(1));
        if (!campaign)
            return adminError(404, QStringLiteral("no such campaign"));
        if (request.method == "POST" || request.method == "PATCH") {
            const QJsonObject body = request.bodyObject();
            if (body.contains(QStringLiteral("status")))
                campaign->status = body.value(QStringLiteral("status")).toString();
            if (body.contains(QStringLiteral("name")))
                campaign->name = body.value(QStringLiteral("name")).toString();
            if (body.contains(QStringLiteral("inFlight"))) {
                // Calls in flight come out of the finished ones, so the counts stay consistent.
                campaign->inFlight = std::max(0, body.value(QStringLiteral("inFlight")).toInt());
                campaign->settleAtMs = 0;
                campaign->contacts = std::max(campaign->contacts, campaign->inFlight);
                campaign->completed =
                    std::clamp(campaign->contacts - campaign->failed - campaign->inFlight, 0,
                               campaign->completed);
                campaign->failed =
                    std::min(campaign->failed,
                             campaign->contacts - campaign->inFlight - campaign->completed);
            }
            campaign->fixed.remove(QStringLiteral("status"));
            campaign->fixed.remove(QStringLiteral("name"));
            campaign->updatedMs = QDateTime::currentMSecsSinceEpoch();
        }
        return Response::json(200, QJsonObject{{QStringLiteral("id"), campaign->id},
                                               {QStringLiteral("name"), campaign->name},
                                               {QStringLiteral("status"), campaign->status},
                                               {QStringLiteral("contacts"), campaign->contacts},
                                               {QStringLiteral("inFlight"), campaign->inFlight}});
    }
    if (matchRoute(path, QStringLiteral("/campaigns/:platform"), &args)) {
        Platform platform;
        if (!platformFromKey(args.at(0), &platform))
            return adminError(404, QStringLiteral("unknown platform"));
        return Response::json(
            200, QJsonObject{{QStringLiteral("count"), m_tables[size_t(platform)].size()}});
    }
    return adminError(404, QStringLiteral("unknown admin endpoint"));
}

} // namespace CampaignDesk::Sandbox
