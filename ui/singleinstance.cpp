#include "singleinstance.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

namespace CampaignDesk {

namespace {

const QByteArray activateRequest = QByteArrayLiteral("activate\n");
const QByteArray activateAnswer = QByteArrayLiteral("ok\n");
// A running instance answers within milliseconds; one that does not is hung, and a new start
// must not wait on it for long.
constexpr int probeTimeoutMs = 3000;

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_name(serverName(key))
    , m_probeTimeout(new QTimer(this))
{
    m_probeTimeout->setSingleShot(true);
    m_probeTimeout->setInterval(probeTimeoutMs);
    connect(m_probeTimeout, &QTimer::timeout, this, [this] {
        // Somebody holds the socket but does not answer: run without single-instance rather
        // than refuse to start.
        qWarning("campaign-desk: the running instance does not answer; starting another one");
        m_decided = true;
        if (m_probe)
            m_probe->abort();
        Q_EMIT primary();
    });
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &key)
{
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtimeDir.isEmpty() && QDir(runtimeDir).exists())
        return QDir(runtimeDir).filePath(key + QStringLiteral(".socket"));
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = QStringLiteral("user");
    return key + QLatin1Char('-') + user;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::start()
{
    m_probe = new QLocalSocket(this);
    connect(m_probe, &QLocalSocket::connected, this, &SingleInstance::probeConnected);
    connect(m_probe, &QLocalSocket::errorOccurred, this, &SingleInstance::probeFailed);
    connect(m_probe, &QLocalSocket::readyRead, this, &SingleInstance::probeAnswered);
    m_probeTimeout->start();
    m_probe->connectToServer(m_name);
}

void SingleInstance::probeConnected()
{
    m_probe->write(activateRequest);
}

void SingleInstance::probeAnswered()
{
    if (m_decided || !m_probe->canReadLine())
        return;
    if (m_probe->readLine() != activateAnswer)
        return;
    m_decided = true;
    m_probeTimeout->stop();
    m_probe->disconnectFromServer();
    Q_EMIT handedOver();
}

void SingleInstance::probeFailed()
{
    if (m_decided)
        return;
    const QLocalSocket::LocalSocketError error = m_probe->error();
    if (error == QLocalSocket::ServerNotFoundError ||
        error == QLocalSocket::ConnectionRefusedError) {
        becomePrimary();
        return;
    }
    // Any other failure (the peer closed before answering, …): the timeout decides.
}

void SingleInstance::becomePrimary()
{
    m_decided = true;
    m_probeTimeout->stop();
    m_server = new QLocalServer(this);
    // Only this user may ask us to raise a window.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnection);
    if (!m_server->listen(m_name)) {
        // Nobody answered on it, so the socket file is left over from a crashed instance.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            qWarning("campaign-desk: cannot listen on %s: %s", qPrintable(m_name),
                     qPrintable(m_server->errorString()));
    }
    Q_EMIT primary();
}

void SingleInstance::acceptConnection()
{
    while (QLocalSocket *peer = m_server->nextPendingConnection()) {
        connect(peer, &QLocalSocket::disconnected, peer, &QObject::deleteLater);
        connect(peer, &QLocalSocket::readyRead, this, [this, peer] {
            while (peer->canReadLine()) {
                if (peer->readLine() == activateRequest) {
                    peer->write(activateAnswer);
                    Q_EMIT activationRequested();
                }
            }
        });
    }
}

} // namespace CampaignDesk
