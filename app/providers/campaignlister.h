#pragma once

#include "provider.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

namespace CampaignDesk {

// A page parsed off the GUI thread, or why it could not be.
struct ParsedPage
{
    ListPage page;
    ErrorKind kind = ErrorKind::None;
    QString message;
    QString code;
};

// The one paging loop for every platform: asks for page one, hands each page's campaigns on
// as they arrive, and asks for the next page the provider names, until there is none. Bodies
// are parsed on a worker thread (Smartlead answers with every campaign in one body), and the
// checks keep the transport's order: JSON, shape, then the platform's failure flag.
//
// A large page is handed on in slices of at most SliceSize campaigns, one per event-loop
// turn, so that the table takes 20,000 campaigns without holding the GUI thread for longer
// than a few milliseconds at a time; the next page is asked for after the last slice.
class CampaignLister final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignLister)

public:
    static constexpr qsizetype SliceSize = 1000;

    CampaignLister(Transport *transport, const Account &account, const QString &secret,
                   QObject *parent = nullptr);
    ~CampaignLister() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int pagesDone() const { return m_pages; }

Q_SIGNALS:
    // Campaigns of the current page: all of it, or one slice of a large one.
    void pageReady(const QList<CampaignDesk::Campaign> &campaigns);
    // The walk ended: ok() with every page listed, or the error that stopped it. `total` is
    // the number of campaigns delivered.
    void finished(const CampaignDesk::ApiResult &result, int total);

private:
    void requestPage(const PageCursor &cursor);
    void parsed(const ApiResult &answer, const ListPage &page);
    // Hands on campaigns[from, from + SliceSize), then the rest on the next turn, then moves on.
    void deliver(const ListPage &page, qsizetype from, const ApiResult &answer);
    void stop(const ApiResult &result);

    QPointer<Transport> m_transport;
    Account m_account;
    QString m_secret;
    const Provider &m_provider;
    PageCursor m_cursor;
    QPointer<PendingCall> m_call;
    QFutureWatcher<ParsedPage> *m_parse = nullptr;
    bool m_running = false;
    int m_pages = 0;
    int m_total = 0;
};

} // namespace CampaignDesk
