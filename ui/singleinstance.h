#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;
class QTimer;

namespace CampaignDesk {

// Keeps one Campaign Desk per user session. The first start listens on a per-user local
// socket; a later start connects to it, asks it to raise its window and then exits. start()
// never blocks: exactly one of primary() or handedOver() follows from the event loop. A
// socket file left behind by a crashed instance is detected (nobody answers) and replaced.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    // `key` names the instance group: runs with different keys (the sandbox) do not meet.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket path for `key`: in $XDG_RUNTIME_DIR (private to the user) when set, else a
    // per-user name in the temporary directory.
    static QString serverName(const QString &key);

    void start();
    QString name() const { return m_name; }
    bool isListening() const;

Q_SIGNALS:
    // No other instance answered: this one runs (and, when it could listen, serves the rest).
    void primary();
    // A running instance was asked to come forward: this start has nothing left to do.
    void handedOver();
    // Another start asked this (primary) instance to show its window.
    void activationRequested();

private:
    void probeConnected();
    void probeFailed();
    void probeAnswered();
    void becomePrimary();
    void acceptConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
    QLocalSocket *m_probe = nullptr;
    QTimer *m_probeTimeout;
    bool m_decided = false;
};

} // namespace CampaignDesk
