#include "sandboxhost.h"

#include <QMetaObject>

namespace CampaignDesk::Sandbox {

Host::Host(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

Host::~Host()
{
    m_thread.quit();
    m_thread.wait();
}

void Host::start(const Server::Options &options)
{
    if (m_thread.isRunning())
        return;
    // A context object that lives on the sandbox thread: what is invoked on it runs there.
    auto *context = new QObject;
    context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, context, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        context,
        [this, options] {
            auto *server = new Server(options);
            connect(&m_thread, &QThread::finished, server, &QObject::deleteLater);
            const quint16 port = server->listenLocal(0);
            const QJsonArray accounts = server->accountsJson();
            QMetaObject::invokeMethod(
                this,
                [this, server, port, accounts] {
                    m_server = server;
                    if (port == 0) {
                        Q_EMIT failed(tr("The sandbox could not listen on 127.0.0.1."));
                        return;
                    }
                    m_port = port;
                    m_accounts = accounts;
                    Q_EMIT ready(port);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace CampaignDesk::Sandbox
