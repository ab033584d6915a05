#include "campaignlister.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace CampaignDesk {

namespace {

// Runs on a worker thread: the provider is stateless and every input is a copy.
ParsedPage parseBody(const Provider *provider, const Account &account, const PageCursor &cursor,
                     const QByteArray &body)
{
    ParsedPage out;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        out.kind = ErrorKind::Parse;
        return out;
    }
    ListPage page = provider->parseListPage(account, cursor, doc);
    if (bodySaysFailure(doc)) {
        out.kind = ErrorKind::PlatformFailure;
        readPlatformMessage(doc, &out.message, &out.code);
    } else if (!page.error.isEmpty()) {
        out.kind = ErrorKind::Shape;
        out.message = page.error;
    } else {
        out.page = std::move(page);
    }
    return out;
}

} // namespace

CampaignLister::CampaignLister(Transport *transport, const Account &account, const QString &secret,
                               QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_account(account)
    , m_secret(secret)
    , m_provider(providerFor(account.platform))
{
}

CampaignLister::~CampaignLister()
{
    if (m_call)
        m_call->cancel();
}

void CampaignLister::start()
{
    if (m_running)
        return;
    m_running = true;
    m_pages = 0;
    m_total = 0;
    requestPage(PageCursor::first());
}

void CampaignLister::cancel()
{
    if (!m_running)
        return;
    ApiResult result;
    result.error = ErrorKind::Cancelled;
    result.message = tr("Cancelled.");
    stop(result);
}

void CampaignLister::requestPage(const PageCursor &cursor)
{
    if (!m_transport) {
        ApiResult result;
        result.error = ErrorKind::Cancelled;
        stop(result);
        return;
    }
    m_cursor = cursor;
    ApiRequest request =
        m_provider.withAuth(m_provider.listRequest(m_account, cursor), m_account, m_secret);
    request.deferJson = true;
    m_call = m_transport->send(std::move(request));
    connect(m_call, &PendingCall::finished, this, [this](const ApiResult &answer) {
        m_call = nullptr;
        if (!m_running)
            return;
        if (!answer.ok()) {
            stop(answer);
            return;
        }
        m_parse = new QFutureWatcher<ParsedPage>(this);
        connect(m_parse, &QFutureWatcher<ParsedPage>::finished, this, [this, answer] {
            const ParsedPage parsedPage = m_parse->result();
            m_parse->deleteLater();
            m_parse = nullptr;
            ApiResult result = answer;
            result.body.clear();
            if (parsedPage.kind != ErrorKind::None) {
                result.error = parsedPage.kind;
                result.code = parsedPage.code;
                if (parsedPage.kind == ErrorKind::Parse)
                    result.message =
                        tr("Unexpected answer (HTTP %1): not JSON.").arg(answer.httpStatus);
                else if (parsedPage.kind == ErrorKind::Shape)
                    result.message = tr("Unexpected answer (HTTP %1): %2")
                                         .arg(answer.httpStatus)
                                         .arg(parsedPage.message);
                else
                    result.message = parsedPage.message;
            }
            parsed(result, parsedPage.page);
        });
        m_parse->setFuture(
            QtConcurrent::run(parseBody, &m_provider, m_account, m_cursor, answer.body));
    });
}

void CampaignLister::parsed(const ApiResult &answer, const ListPage &page)
{
    if (!m_running)
        return;
    if (!answer.ok()) {
        stop(answer);
        return;
    }
    ++m_pages;
    m_total += int(page.campaigns.size());
    deliver(page, 0, answer);
}

void CampaignLister::deliver(const ListPage &page, qsizetype from, const ApiResult &answer)
{
    const qsizetype count = std::min(SliceSize, page.campaigns.size() - from);
    if (count > 0) {
        Q_EMIT pageReady(count == page.campaigns.size() ? page.campaigns
                                                        : page.campaigns.mid(from, count));
        if (!m_running)
            return; // a receiver cancelled the walk
    }
    if (from + count < page.campaigns.size()) {
        QTimer::singleShot(0, this, [this, page, next = from + count, answer] {
            if (m_running)
                deliver(page, next, answer);
        });
        return;
    }
    if (page.next && m_pages < 100000) {
        requestPage(*page.next);
        return;
    }
    stop(answer);
}

void CampaignLister::stop(const ApiResult &result)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_call) {
        PendingCall *call = m_call;
        m_call = nullptr;
        call->cancel();
    }
    Q_EMIT finished(result, m_total);
}

} // namespace CampaignDesk
