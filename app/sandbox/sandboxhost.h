#pragma once

#include "sandboxserver.h"

#include <QObject>
#include <QThread>

namespace CampaignDesk::Sandbox {

// Runs the emulator inside the app on a thread of its own, so that serving (and seeding a
// large sandbox) never competes with painting. start() returns at once; ready() or failed()
// follows from the event loop.
class Host final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Host)

public:
    explicit Host(QObject *parent = nullptr);
    ~Host() override;

    void start(const Server::Options &options);
    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    // The accounts with base URLs on the listening port (valid after ready()).
    const QJsonArray &accounts() const { return m_accounts; }

Q_SIGNALS:
    void ready(quint16 port);
    void failed(const QString &reason);

private:
    QThread m_thread;
    Server *m_server = nullptr;
    quint16 m_port = 0;
    QJsonArray m_accounts;
};

} // namespace CampaignDesk::Sandbox
