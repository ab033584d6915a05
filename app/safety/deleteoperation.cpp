#include "deleteoperation.h"

#include "accounts/accountsession.h"
#include "auditlog.h"
#include "exportbundle.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace CampaignDesk {

namespace {

AuditAction auditActionFor(StatusAction action)
{
    switch (action) {
    case StatusAction::Pause:
        return AuditAction::Pause;
    case StatusAction::Resume:
        return AuditAction::Resume;
    case StatusAction::Stop:
        return AuditAction::Stop;
    case StatusAction::Archive:
        return AuditAction::Archive;
    }
    return AuditAction::Pause;
}

} // namespace

DeleteOperation::DeleteOperation(AccountSession *session, AuditLog *audit, const Campaign &campaign,
                                 bool nameShared, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_audit(audit)
    , m_row(campaign)
    , m_nameShared(nameShared)
    , m_live(campaign)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        m_retriedAfterRateLimit = true;
        fetchLive(AfterFetch::Recheck);
    });
}

DeleteOperation::~DeleteOperation()
{
    if (m_call)
        m_call->cancel();
    if (m_export)
        m_export->cancel();
}

const Account &DeleteOperation::account() const
{
    static const Account none;
    return m_session ? m_session->account() : none;
}

bool DeleteOperation::isBusy() const
{
    switch (m_stage) {
    case Stage::FetchingLive:
    case Stage::RunningAction:
    case Stage::Exporting:
    case Stage::Rechecking:
    case Stage::Deleting:
    case Stage::WaitingToRetry:
    case Stage::CheckingOutcome:
        return true;
    default:
        return false;
    }
}

void DeleteOperation::setStage(Stage stage)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void DeleteOperation::setGoal(Goal goal, StatusAction action, const QString &exportRoot)
{
    m_goal = goal;
    m_goalAction = action;
    m_goalExportRoot = exportRoot;
}

void DeleteOperation::enterReview()
{
    if (m_goal == Goal::Delete) {
        setStage(Stage::Review);
        return;
    }
    if (!m_goalStarted) {
        m_goalStarted = true;
        m_stage = Stage::Review; // the goal's step starts from Review, without showing it
        if (m_goal == Goal::Action)
            runAction(m_goalAction);
        else
            continueWithExport(m_goalExportRoot);
        return;
    }
    // Back in Review after the goal's step: the action worked and the campaign was fetched again.
    finish(Outcome::Done, m_message);
}

void DeleteOperation::start()
{
    m_problem = Problem::None;
    m_message.clear();
    fetchLive(AfterFetch::Review);
}

void DeleteOperation::fetchLive(AfterFetch then)
{
    if (!m_session) {
        finish(Outcome::NotDeleted, tr("The account is no longer connected."));
        return;
    }
    switch (then) {
    case AfterFetch::Review:
        setStage(Stage::FetchingLive);
        break;
    case AfterFetch::Recheck:
        setStage(Stage::Rechecking);
        break;
    case AfterFetch::CheckOutcome:
    case AfterFetch::RetryAfterCheck:
    case AfterFetch::ConfirmGone:
        setStage(Stage::CheckingOutcome);
        break;
    }
    const Account &a = m_session->account();
    const Provider &provider = providerFor(a.platform);
    m_call = m_session->transport()->send(
        provider.withAuth(provider.getRequest(a, m_row.id), a, m_session->secret()));
    connect(m_call, &PendingCall::finished, this,
            [this, then](const ApiResult &result) { liveFetched(then, result); });
}

void DeleteOperation::liveFetched(AfterFetch then, const ApiResult &result)
{
    m_call = nullptr;
    if (m_stage == Stage::Finished)
        return;
    const Account &a = m_session->account();
    const Provider &provider = providerFor(a.platform);
    const QString platform = platformDisplayName(a.platform);
    const bool gone = result.error == ErrorKind::Http && result.httpStatus == 404;

    if (then == AfterFetch::ConfirmGone) {
        // The DELETE was answered 404. Maybe the answer to Qt's silent re-send: only a fetch
        // may say what it means.
        if (gone) {
            completeAudit(
                m_deleteAttempt, int(AuditOutcome::AlreadyGone), m_lastResult,
                tr("404 on DELETE; a follow-up fetch confirmed the campaign is not there."));
            Q_EMIT campaignGone(m_row.key());
            finish(Outcome::AlreadyGone, tr("Already gone on %1.").arg(platform));
        } else {
            completeAudit(
                m_deleteAttempt,
                int(result.ok() ? AuditOutcome::NotDeletedConfirmedByCheck : AuditOutcome::Unknown),
                m_lastResult, tr("404 on DELETE, but the follow-up fetch did not confirm it."));
            m_problem = Problem::Unexpected;
            finish(
                result.ok() ? Outcome::NotDeleted : Outcome::Unknown,
                result.ok()
                    ? tr("%1 answered “not found”, yet still has the campaign. Nothing was "
                         "deleted.")
                          .arg(platform)
                    : tr("Outcome unknown: %1 answered “not found” and the follow-up check failed.")
                          .arg(platform));
        }
        return;
    }
    if (then == AfterFetch::CheckOutcome || then == AfterFetch::RetryAfterCheck) {
        if (gone) {
            completeAudit(m_deleteAttempt, int(AuditOutcome::DeletedConfirmedByCheck), m_lastResult,
                          tr("The answer to the DELETE was lost; a follow-up fetch found the "
                             "campaign gone."));
            Q_EMIT campaignGone(m_row.key());
            finish(Outcome::DeletedConfirmedByCheck,
                   tr("Deleted on %1 (confirmed by a follow-up check).").arg(platform));
            return;
        }
        if (!result.ok()) {
            completeAudit(m_deleteAttempt, int(AuditOutcome::Unknown), m_lastResult,
                          tr("The answer to the DELETE was lost and the follow-up fetch failed: %1")
                              .arg(result.message));
            finish(Outcome::Unknown,
                   tr("Outcome unknown: %1 did not answer the follow-up check (%2). "
                      "Refresh the account to see whether the campaign is still there.")
                       .arg(platform, result.message));
            return;
        }
        if (then == AfterFetch::RetryAfterCheck) {
            sendDelete(); // still there: the earlier attempt did nothing; try once more
            return;
        }
        completeAudit(m_deleteAttempt, int(AuditOutcome::NotDeletedConfirmedByCheck), m_lastResult,
                      tr("The answer to the DELETE was lost; a follow-up fetch found the campaign "
                         "still there."));
        m_problem = Problem::Unexpected;
        finish(Outcome::NotDeleted,
               tr("Not deleted: %1 still has the campaign (confirmed by a follow-up check).")
                   .arg(platform));
        return;
    }

    if (gone) {
        Q_EMIT campaignGone(m_row.key());
        finish(Outcome::AlreadyGone, tr("Already gone on %1.").arg(platform));
        return;
    }
    if (!result.ok()) {
        const Problem p = result.error == ErrorKind::Auth ? Problem::Auth : Problem::Network;
        const QString text = describeFailure(a, result);
        fail(p, text, then == AfterFetch::Review ? Stage::Finished : Stage::Confirming);
        return;
    }
    const std::optional<Campaign> live = provider.parseCampaign(a, result.json);
    if (!live) {
        fail(Problem::Unexpected,
             tr("Unexpected answer from %1 (HTTP %2).").arg(platform).arg(result.httpStatus),
             then == AfterFetch::Review ? Stage::Finished : Stage::Confirming);
        return;
    }
    const QString previousName = m_live.name;
    m_live = *live;
    m_liveAnswer = result.json;
    m_liveBody = result.body;

    auto decide = [this, then, previousName, provider = &provider](bool isProtected) {
        m_protected = isProtected;
        m_decision = decideDelete(*provider, m_live, m_liveAnswer, isProtected, m_nameShared);
        if (then == AfterFetch::Recheck) {
            if (!m_decision.mayDelete()) {
                m_problem =
                    m_decision.refusal == Refusal::Protected ? Problem::Changed : Problem::Blocked;
                m_message =
                    tr("Nothing was deleted: the campaign is “%1” now, so it cannot be deleted. "
                       "Someone may have changed it while you were exporting.")
                        .arg(m_live.statusText());
                m_exported = false;
                setStage(Stage::Review);
                return;
            }
            if (!m_decision.confirmWithId && m_live.name.trimmed() != previousName.trimmed()) {
                m_problem = Problem::Changed;
                m_message = tr("The campaign was renamed to “%1”. Type the new name to confirm.")
                                .arg(m_live.name);
                setStage(Stage::Confirming);
                return;
            }
            sendDelete();
            return;
        }
        // Counts the get answer lacks come from one more cheap request.
        if (auto extra = provider->cascadeCountRequest(m_session->account(), m_live.id)) {
            const Account &acc = m_session->account();
            m_call =
                m_session->transport()->send(provider->withAuth(*extra, acc, m_session->secret()));
            connect(m_call, &PendingCall::finished, this, &DeleteOperation::cascadeCounted);
            return;
        }
        enterReview();
    };
    if (m_audit)
        m_audit->isProtected(a.id, m_live.id, this, decide);
    else
        decide(false);
}

void DeleteOperation::cascadeCounted(const ApiResult &result)
{
    m_call = nullptr;
    if (result.ok())
        providerFor(m_live.platform).addCascadeCounts(result.json, &m_decision.cascade);
    enterReview();
}

AttemptStart DeleteOperation::attemptFor(int action) const
{
    AttemptStart s;
    const Account &a = account();
    s.platform = a.platform;
    s.accountId = a.id;
    s.accountLabel = a.label;
    s.sandbox = a.sandbox;
    s.campaignId = m_live.id;
    s.campaignName = m_live.name;
    s.statusBefore = m_live.rawStatus;
    s.action = AuditAction(action);
    s.exportPath = m_exportPath;
    s.manifestSha256 = m_manifestSha256;
    s.exportSkipped = m_exportSkipped;
    return s;
}

void DeleteOperation::audited(int action, const std::function<void(qint64)> &send)
{
    if (!m_audit) {
        fail(Problem::Unexpected, tr("The audit log is not available: nothing was sent."),
             Stage::Review);
        return;
    }
    m_audit->begin(attemptFor(action), this, [this, send](qint64 id) {
        if (id < 0) {
            fail(Problem::Unexpected,
                 tr("The audit log could not be written, so nothing was sent to the platform."),
                 Stage::Review);
            return;
        }
        send(id);
    });
}

void DeleteOperation::completeAudit(qint64 id, int outcome, const ApiResult &result,
                                    const QString &detail, const QString &summary)
{
    if (!m_audit || id < 0)
        return;
    AttemptEnd end;
    end.outcome = AuditOutcome(outcome);
    end.httpStatus = result.httpStatus;
    end.platformMessage = result.message;
    end.deletionSummary = summary;
    end.detail = detail;
    end.exportPath = m_exportPath;
    end.manifestSha256 = m_manifestSha256;
    m_audit->finish(id, end);
}

void DeleteOperation::runAction(StatusAction action)
{
    if (isBusy() || !m_session)
        return;
    const Account &a = m_session->account();
    const Provider &provider = providerFor(a.platform);
    QString why;
    if (!provider.supportsAction(action) ||
        !provider.actionAllowed(action, m_live.rawStatus, &why)) {
        if (m_goal == Goal::Action) {
            m_problem = Problem::Blocked;
            finish(Outcome::Failed, why);
            return;
        }
        fail(Problem::Blocked, why, Stage::Review);
        return;
    }
    setStage(Stage::RunningAction);
    audited(int(auditActionFor(action)), [this, action](qint64 id) {
        const Account &acc = m_session->account();
        const Provider &p = providerFor(acc.platform);
        m_call = m_session->transport()->send(
            p.withAuth(p.actionRequest(acc, m_live.id, action), acc, m_session->secret()));
        connect(m_call, &PendingCall::finished, this, [this, action, id](const ApiResult &result) {
            m_call = nullptr;
            m_lastResult = result;
            if (!result.ok()) {
                completeAudit(id,
                              int(result.error == ErrorKind::Cancelled ? AuditOutcome::Cancelled
                                                                       : AuditOutcome::Failed),
                              result, QString());
                const QString failure = tr("%1 did not work: %2")
                                            .arg(statusActionDisplayName(action),
                                                 describeFailure(m_session->account(), result));
                if (m_goal == Goal::Action) {
                    m_problem =
                        result.error == ErrorKind::Auth ? Problem::Auth : Problem::Unexpected;
                    finish(Outcome::Failed, failure);
                    return;
                }
                fail(result.error == ErrorKind::Auth ? Problem::Auth : Problem::Unexpected, failure,
                     Stage::Review);
                return;
            }
            completeAudit(id, int(AuditOutcome::Ok), result, QString());
            m_problem = Problem::None;
            m_message =
                tr("%1: done on %2.")
                    .arg(statusActionDisplayName(action), platformDisplayName(m_live.platform));
            if (action == StatusAction::Archive) {
                finish(Outcome::Archived,
                       tr("Archived on %1. Nothing was deleted; it can be unarchived.")
                           .arg(platformDisplayName(m_live.platform)));
                return;
            }
            fetchLive(AfterFetch::Review); // rule 2: after the action, fetch again and continue
        });
    });
}

void DeleteOperation::keepPaused()
{
    const Provider &provider = providerFor(m_live.platform);
    if (provider.actionAllowed(StatusAction::Pause, m_live.rawStatus, nullptr)) {
        // Pause, then end the flow with everything kept.
        runAction(StatusAction::Pause);
        connect(
            this, &DeleteOperation::stageChanged, this,
            [this](Stage stage) {
                if (stage == Stage::Review && m_problem == Problem::None)
                    finish(Outcome::KeptPaused, tr("Paused and kept. Nothing was deleted."));
            },
            Qt::SingleShotConnection);
        return;
    }
    finish(Outcome::KeptPaused, tr("Kept as it is. Nothing was deleted."));
}

void DeleteOperation::continueWithExport(const QString &exportRoot)
{
    if (m_stage != Stage::Review || !m_session ||
        (m_goal == Goal::Delete && !m_decision.mayDelete()))
        return;
    m_exportSkipped = false;
    setStage(Stage::Exporting);
    audited(int(AuditAction::Export), [this, exportRoot](qint64 id) {
        ExportInputs inputs;
        inputs.account = m_session->account();
        inputs.secret = m_session->secret();
        inputs.campaign = m_live;
        inputs.liveGetAnswer = m_liveBody;
        inputs.exportRoot = exportRoot;
        m_export = new ExportBundleWriter(m_session->transport(), std::move(inputs), this);
        connect(m_export, &ExportBundleWriter::progress, this, &DeleteOperation::exportProgress);
        connect(
            m_export, &ExportBundleWriter::finished, this, [this, id](const ExportResult &result) {
                m_export->deleteLater();
                m_export = nullptr;
                ApiResult none;
                if (!result.ok) {
                    completeAudit(
                        id, int(result.cancelled ? AuditOutcome::Cancelled : AuditOutcome::Failed),
                        none, result.error);
                    if (m_goal == Goal::Export) {
                        m_problem = result.cancelled ? Problem::None : Problem::ExportFailed;
                        finish(result.cancelled ? Outcome::Cancelled : Outcome::Failed,
                               result.cancelled ? tr("Export cancelled.")
                                                : tr("The export failed: %1").arg(result.error));
                    } else if (result.cancelled) {
                        m_problem = Problem::None;
                        m_message = tr("Export cancelled. Nothing was deleted.");
                        setStage(Stage::Review);
                    } else {
                        fail(Problem::ExportFailed,
                             tr("The export failed, so nothing was deleted: %1").arg(result.error),
                             Stage::Review);
                    }
                    return;
                }
                m_exportPath = result.bundleDir;
                m_manifestSha256 = QString::fromLatin1(result.manifestSha256);
                m_exported = true;
                completeAudit(id, int(AuditOutcome::Ok), none, tr("Export written and verified."));
                m_problem = Problem::None;
                m_message.clear();
                if (m_goal == Goal::Export) {
                    finish(Outcome::Done, tr("Exported and verified: %1").arg(m_exportPath));
                    return;
                }
                setStage(Stage::Confirming);
            });
        m_export->start();
    });
}

void DeleteOperation::continueWithoutExport()
{
    if (m_stage != Stage::Review || !m_decision.mayDelete())
        return;
    m_exportSkipped = true; // an explicit choice, recorded with the delete attempt
    m_problem = Problem::None;
    m_message.clear();
    setStage(Stage::Confirming);
}

bool DeleteOperation::confirm(const QString &typed)
{
    if (m_stage != Stage::Confirming || !confirmationMatches(m_decision, typed))
        return false;
    if (!m_exported && !m_exportSkipped)
        return false;
    m_retriedAfterRateLimit = false;
    fetchLive(AfterFetch::Recheck);
    return true;
}

void DeleteOperation::sendDelete()
{
    setStage(Stage::Deleting);
    audited(int(AuditAction::Delete), [this](qint64 id) {
        m_deleteAttempt = id;
        const Account &a = m_session->account();
        const Provider &p = providerFor(a.platform);
        m_call = m_session->transport()->send(
            p.withAuth(p.deleteRequest(a, m_live.id), a, m_session->secret()));
        connect(m_call, &PendingCall::finished, this, &DeleteOperation::deleteAnswered);
    });
}

void DeleteOperation::deleteAnswered(const ApiResult &result)
{
    m_call = nullptr;
    m_lastResult = result;
    const Account &a = m_session->account();
    const Provider &provider = providerFor(a.platform);
    const QString platform = platformDisplayName(a.platform);
    const qint64 id = m_deleteAttempt;

    if (result.ok()) {
        if (provider.parseDeleteAnswer(result.json, result.httpStatus, &m_answer)) {
            completeAudit(id, int(AuditOutcome::Ok), result, tr("Confirmed by the platform."),
                          QString::fromUtf8(m_answer.summaryJson));
            Q_EMIT campaignGone(m_row.key());
            finish(Outcome::Deleted, m_answer.message.isEmpty() ? tr("Deleted on %1.").arg(platform)
                                                                : m_answer.message);
            return;
        }
        // A 2xx we do not recognise is not a confirmation: establish the truth with a fetch.
        m_problem = Problem::Unexpected;
        m_message = tr("Unexpected answer from %1 (HTTP %2) — checking…")
                        .arg(platform)
                        .arg(result.httpStatus);
        fetchLive(AfterFetch::CheckOutcome);
        return;
    }
    switch (result.error) {
    case ErrorKind::Parse:
    case ErrorKind::Shape:
        m_problem = Problem::Unexpected;
        m_message = tr("Unexpected answer from %1 (HTTP %2) — checking…")
                        .arg(platform)
                        .arg(result.httpStatus);
        fetchLive(AfterFetch::CheckOutcome);
        return;
    case ErrorKind::Timeout:
    case ErrorKind::Transport:
        if (result.sent) {
            // Qt may even have re-sent it: only a fetch can tell what happened.
            m_problem = Problem::Network;
            m_message = tr("Outcome unknown — checking…");
            fetchLive(AfterFetch::CheckOutcome);
            return;
        }
        completeAudit(id, int(AuditOutcome::Failed), result, tr("The request could not be sent."));
        fail(Problem::Network, describeFailure(a, result), Stage::Confirming);
        return;
    case ErrorKind::Cancelled:
        completeAudit(id, int(AuditOutcome::Cancelled), result, QString());
        finish(Outcome::Cancelled, tr("Cancelled."));
        return;
    case ErrorKind::Auth:
        completeAudit(id, int(AuditOutcome::Failed), result, QString());
        m_problem = Problem::Auth;
        finish(Outcome::NotDeleted,
               tr("The %1 key for %2 was refused. Nothing was deleted.").arg(platform, a.label));
        return;
    case ErrorKind::Redirect:
        completeAudit(id, int(AuditOutcome::Failed), result, tr("Redirect not followed."));
        m_problem = Problem::Redirected;
        finish(Outcome::NotDeleted,
               tr("The server redirected a delete; nothing was sent further."));
        return;
    case ErrorKind::RateLimited:
        completeAudit(id, int(AuditOutcome::Refused), result, tr("Rate limited."));
        if (!m_retriedAfterRateLimit) {
            m_problem = Problem::RateLimited;
            m_retryAfterMs = result.retryAfterMs >= 0 ? result.retryAfterMs : 5000;
            m_message = tr("%1 asked to wait. Trying again once in %n second(s)…", nullptr,
                           int((m_retryAfterMs + 999) / 1000))
                            .arg(platform);
            setStage(Stage::WaitingToRetry);
            m_retryTimer.start(m_retryAfterMs);
            return;
        }
        m_problem = Problem::RateLimited;
        finish(
            Outcome::NotDeleted,
            tr("%1 is still asking to wait. Nothing was deleted; try again later.").arg(platform));
        return;
    case ErrorKind::PlatformFailure:
        completeAudit(id, int(AuditOutcome::Failed), result, QString());
        m_problem = Problem::Unexpected;
        finish(Outcome::NotDeleted,
               tr("%1 reported a failure: %2. Nothing was deleted.").arg(platform, result.message));
        return;
    case ErrorKind::Http:
        break;
    default:
        completeAudit(id, int(AuditOutcome::Failed), result, QString());
        finish(Outcome::NotDeleted, describeFailure(a, result));
        return;
    }

    const int s = result.httpStatus;
    if (s == 404) {
        fetchLive(AfterFetch::ConfirmGone);
        return;
    }
    if (s >= 500) {
        completeAudit(id, int(AuditOutcome::Failed), result,
                      tr("Server error; nothing is retried without a fetch first."));
        fail(Problem::ServerError,
             tr("%1 answered HTTP %2%3. Retry checks the campaign first.")
                 .arg(platform)
                 .arg(s)
                 .arg(result.message.isEmpty() ? QString() : QStringLiteral(": ") + result.message),
             Stage::Confirming);
        return;
    }
    // 400/403/409/422: refused. Was it the campaign's status? A fresh fetch says.
    completeAudit(id, int(AuditOutcome::Refused), result, QString());
    const ApiResult refused = result;
    setStage(Stage::Rechecking);
    m_call = m_session->transport()->send(
        provider.withAuth(provider.getRequest(a, m_row.id), a, m_session->secret()));
    connect(m_call, &PendingCall::finished, this, [this, refused](const ApiResult &fetched) {
        m_call = nullptr;
        const Provider &p = providerFor(m_live.platform);
        if (fetched.ok()) {
            if (auto live = p.parseCampaign(m_session->account(), fetched.json)) {
                m_live = *live;
                m_liveAnswer = fetched.json;
                m_decision = decideDelete(p, m_live, m_liveAnswer, m_protected, m_nameShared);
            }
        }
        const QString said =
            refused.message.isEmpty() ? tr("HTTP %1").arg(refused.httpStatus) : refused.message;
        if (!m_decision.mayDelete()) {
            m_exported = false;
            fail(Problem::Blocked,
                 tr("%1 refused: %2").arg(platformDisplayName(m_live.platform), said),
                 Stage::Review);
        } else if (refused.httpStatus == 409) {
            fail(Problem::CallsInProgress,
                 tr("%1 Wait for them to finish, then retry.")
                     .arg(refused.message.contains(QLatin1String("calls"), Qt::CaseInsensitive)
                              ? tr("Calls are still in progress.")
                              : said + QLatin1Char('.')),
                 Stage::Confirming);
        } else {
            fail(Problem::Validation,
                 tr("%1 refused: %2").arg(platformDisplayName(m_live.platform), said),
                 Stage::Finished);
            m_outcome = Outcome::NotDeleted;
            Q_EMIT finished(m_outcome);
        }
    });
}

void DeleteOperation::retry()
{
    if (isBusy())
        return;
    switch (m_problem) {
    case Problem::ServerError:
        // The platform may have deleted it before failing: fetch first.
        fetchLive(AfterFetch::RetryAfterCheck);
        break;
    case Problem::CallsInProgress:
    case Problem::Network:
    case Problem::Changed:
        if (m_stage == Stage::Finished && m_outcome == Outcome::None)
            start();
        else
            fetchLive(AfterFetch::Recheck);
        break;
    default:
        start();
        break;
    }
}

void DeleteOperation::cancel()
{
    if (m_stage == Stage::Finished)
        return;
    m_retryTimer.stop();
    if (m_export)
        m_export->cancel();
    if (m_call && m_stage != Stage::Deleting)
        m_call->cancel();
    if (m_stage == Stage::Deleting || m_stage == Stage::CheckingOutcome)
        return; // a DELETE on its way is not abandoned: its outcome still has to be known
    finish(Outcome::Cancelled, tr("Cancelled. Nothing was deleted."));
}

void DeleteOperation::fail(Problem problem, const QString &message, Stage stage)
{
    m_problem = problem;
    m_message = message;
    setStage(stage);
}

void DeleteOperation::finish(Outcome outcome, const QString &message)
{
    if (m_stage == Stage::Finished && m_outcome != Outcome::None)
        return;
    m_outcome = outcome;
    m_message = message;
    setStage(Stage::Finished);
    Q_EMIT finished(outcome);
}

} // namespace CampaignDesk
