// The delete decision as a table: for every platform and every one of its status words,
// whether delete is allowed, why not, what unblocks it, the safer alternatives, and what a
// delete destroys. Pure: no network, no window.

#include "safety/deleteplanner.h"

#include <QtTest>

using namespace CampaignDesk;

Q_DECLARE_METATYPE(QList<CampaignDesk::StatusAction>)

class DeletePlannerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decision_followsThePlatformsRules_data();
    void decision_followsThePlatformsRules();
    void protectedFlag_blocksEvenADeletableCampaign();
    void unknownStatus_isNeverDeletable_data();
    void unknownStatus_isNeverDeletable();
    void confirmation_isTheExactTrimmedName_orTheIdWhenNamesCollide();
    void cascade_listsWhatIsLost_withCounts_data();
    void cascade_listsWhatIsLost_withCounts();
    void irreversibility_isSaidPlainly();
};

namespace {
Campaign campaign(Platform platform, const QString &rawStatus,
                  const QString &name = QStringLiteral("Q4 Outreach"))
{
    Campaign c;
    c.platform = platform;
    c.accountId = QStringLiteral("acc");
    c.id = QStringLiteral("id-1");
    c.name = name;
    c.rawStatus = rawStatus;
    c.status = providerFor(platform).normalizeStatus(rawStatus);
    return c;
}
} // namespace

void DeletePlannerTest::decision_followsThePlatformsRules_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reasonPart");
    QTest::addColumn<QList<StatusAction>>("unblock");
    QTest::addColumn<bool>("archive");

    using A = StatusAction;
    const QList<A> none;
    // Talkover: active is refused (403); pause (reversible) or cancel.
    QTest::newRow("talkover draft")
        << Platform::Talkover << QStringLiteral("draft") << true << QString() << none << false;
    QTest::newRow("talkover active")
        << Platform::Talkover << QStringLiteral("active") << false
        << QStringLiteral("Cannot delete active campaign") << QList<A>{A::Pause, A::Stop} << false;
    QTest::newRow("talkover paused")
        << Platform::Talkover << QStringLiteral("paused") << true << QString() << none << false;
    QTest::newRow("talkover completed")
        << Platform::Talkover << QStringLiteral("completed") << true << QString() << none << false;
    QTest::newRow("talkover cancelled")
        << Platform::Talkover << QStringLiteral("cancelled") << true << QString() << none << false;
    // Burki: running is refused (400).
    for (const char *s : {"draft", "scheduled", "paused", "completed", "cancelled", "failed"})
        QTest::newRow(qPrintable(QStringLiteral("burki %1").arg(QLatin1String(s))))
            << Platform::Burki << QString::fromLatin1(s) << true << QString() << none << false;
    QTest::newRow("burki running")
        << Platform::Burki << QStringLiteral("running") << false
        << QStringLiteral("Cannot delete running campaign - stop it first")
        << QList<A>{A::Pause, A::Stop} << false;
    // Kakiyo: active is refused (campaign_active); only pause unblocks it.
    QTest::newRow("kakiyo active")
        << Platform::Kakiyo << QStringLiteral("active") << false
        << QStringLiteral("Cannot delete active campaign. Please pause the campaign first.")
        << QList<A>{A::Pause} << false;
    QTest::newRow("kakiyo paused")
        << Platform::Kakiyo << QStringLiteral("paused") << true << QString() << none << false;
    // Kore.ai: our rule blocks Active and Preparing; no pause, so Stop.
    for (const char *s : {"Ready", "Scheduled", "Rescheduled", "Paused", "Stopped", "Completed"})
        QTest::newRow(qPrintable(QStringLiteral("koreai %1").arg(QLatin1String(s))))
            << Platform::KoreAi << QString::fromLatin1(s) << true << QString() << none << false;
    QTest::newRow("koreai Active") << Platform::KoreAi << QStringLiteral("Active") << false
                                   << QStringLiteral("Active") << QList<A>{A::Stop} << false;
    QTest::newRow("koreai Preparing") << Platform::KoreAi << QStringLiteral("Preparing") << false
                                      << QStringLiteral("Preparing") << QList<A>{A::Stop} << false;
    // Smartlead: our rule blocks ACTIVE; Archive instead wherever the platform allows it.
    QTest::newRow("smartlead ACTIVE")
        << Platform::Smartlead << QStringLiteral("ACTIVE") << false << QStringLiteral("active")
        << QList<A>{A::Pause, A::Stop} << false;
    for (const char *s : {"DRAFTED", "PAUSED", "STOPPED", "COMPLETED"})
        QTest::newRow(qPrintable(QStringLiteral("smartlead %1").arg(QLatin1String(s))))
            << Platform::Smartlead << QString::fromLatin1(s) << true << QString() << none << true;
}

void DeletePlannerTest::decision_followsThePlatformsRules()
{
    QFETCH(Platform, platform);
    QFETCH(QString, status);
    QFETCH(bool, allowed);
    QFETCH(QString, reasonPart);
    QFETCH(QList<StatusAction>, unblock);
    QFETCH(bool, archive);
    const DeleteDecision d =
        decideDelete(providerFor(platform), campaign(platform, status), {}, false, false);
    QCOMPARE(d.mayDelete(), allowed);
    QCOMPARE(d.refusal, allowed ? Refusal::None : Refusal::BlockedStatus);
    if (!allowed) {
        QVERIFY2(d.reason.contains(reasonPart, Qt::CaseInsensitive), qPrintable(d.reason));
        QCOMPARE(d.unblockBy, unblock);
    }
    QCOMPARE(d.hasArchive, archive);
    QCOMPARE(d.alternatives.contains(Alternative::ArchiveInstead), archive);
    QVERIFY(d.alternatives.contains(Alternative::KeepPaused));
    QCOMPARE(d.defaultAlternative, archive ? Alternative::ArchiveInstead : Alternative::KeepPaused);
}

void DeletePlannerTest::protectedFlag_blocksEvenADeletableCampaign()
{
    for (Platform p : allPlatforms()) {
        const QString deletable = p == Platform::KoreAi      ? QStringLiteral("Ready")
                                  : p == Platform::Smartlead ? QStringLiteral("PAUSED")
                                                             : QStringLiteral("paused");
        const DeleteDecision d =
            decideDelete(providerFor(p), campaign(p, deletable), {}, true, false);
        QVERIFY(!d.mayDelete());
        QCOMPARE(d.refusal, Refusal::Protected);
        QVERIFY(d.reason.contains(QStringLiteral("protected")));
    }
}

void DeletePlannerTest::unknownStatus_isNeverDeletable_data()
{
    QTest::addColumn<Platform>("platform");
    for (Platform p : allPlatforms())
        QTest::newRow(qPrintable(platformKey(p))) << p;
}

void DeletePlannerTest::unknownStatus_isNeverDeletable()
{
    QFETCH(Platform, platform);
    const Campaign c = campaign(platform, QStringLiteral("BLOCKED_BY_SUPPORT"));
    QCOMPARE(c.status, CampaignStatus::Unknown);
    const DeleteDecision d = decideDelete(providerFor(platform), c, {}, false, false);
    QVERIFY(!d.mayDelete());
    QVERIFY(!d.reason.isEmpty());
}

void DeletePlannerTest::confirmation_isTheExactTrimmedName_orTheIdWhenNamesCollide()
{
    const Provider &p = providerFor(Platform::Talkover);
    DeleteDecision d = decideDelete(
        p, campaign(Platform::Talkover, QStringLiteral("paused"), QStringLiteral(" Q4 Outreach ")),
        {}, false, false);
    QCOMPARE(d.confirmationText, QStringLiteral("Q4 Outreach"));
    QVERIFY(!d.confirmWithId);
    QVERIFY(confirmationMatches(d, QStringLiteral("Q4 Outreach")));
    QVERIFY(confirmationMatches(d, QStringLiteral("  Q4 Outreach  ")));
    QVERIFY(!confirmationMatches(d, QStringLiteral("q4 outreach")));
    QVERIFY(!confirmationMatches(d, QStringLiteral("Q4 Outreac")));
    QVERIFY(!confirmationMatches(d, QString()));

    d = decideDelete(p, campaign(Platform::Talkover, QStringLiteral("paused")), {}, false, true);
    QVERIFY(d.confirmWithId);
    QCOMPARE(d.confirmationText, QStringLiteral("id-1"));
    QVERIFY(!confirmationMatches(d, QStringLiteral("Q4 Outreach")));

    d = decideDelete(p,
                     campaign(Platform::Talkover, QStringLiteral("paused"), QStringLiteral("   ")),
                     {}, false, false);
    QVERIFY(d.confirmWithId);
    QVERIFY(confirmationMatches(d, QStringLiteral("id-1")));
}

void DeletePlannerTest::cascade_listsWhatIsLost_withCounts_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QByteArray>("liveAnswer");
    QTest::addColumn<QString>("item");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<bool>("documented");
    QTest::newRow("talkover calls")
        << Platform::Talkover
        << QByteArray(
               R"({"success":true,"data":{"id":"x","status":"paused","calls":[],"files":[],"stats":{"total_calls":100,"completed_calls":80,"failed_calls":20}}})")
        << QStringLiteral("calls") << qint64(100) << true;
    QTest::newRow("burki contacts")
        << Platform::Burki << QByteArray(R"({"id":42,"status":"paused","total_contacts":250})")
        << QStringLiteral("contacts") << qint64(250) << true;
    QTest::newRow("kakiyo prospects")
        << Platform::Kakiyo
        << QByteArray(
               R"({"campaign":{"id":"campaign_123","status":"paused"},"metrics":{"totalProspects":150,"totalMessages":420}})")
        << QStringLiteral("prospects") << qint64(150) << true;
    QTest::newRow("smartlead sequences")
        << Platform::Smartlead << QByteArray(R"({"id":123,"status":"PAUSED"})")
        << QStringLiteral("sequences") << qint64(-1) << true;
    QTest::newRow("koreai undocumented")
        << Platform::KoreAi
        << QByteArray(R"({"status":"success","data":{"_id":"cd-1","status":"Ready"}})") << QString()
        << qint64(-1) << false;
}

void DeletePlannerTest::cascade_listsWhatIsLost_withCounts()
{
    QFETCH(Platform, platform);
    QFETCH(QByteArray, liveAnswer);
    QFETCH(QString, item);
    QFETCH(qint64, count);
    QFETCH(bool, documented);
    const QJsonDocument doc = QJsonDocument::fromJson(liveAnswer);
    const DeleteDecision d = decideDelete(
        providerFor(platform), campaign(platform, QStringLiteral("paused")), doc, false, false);
    QCOMPARE(d.cascadeDocumented, documented);
    if (item.isEmpty())
        return;
    bool found = false;
    for (const CascadeItem &c : d.cascade) {
        if (c.what.contains(item, Qt::CaseInsensitive)) {
            found = true;
            if (count >= 0)
                QCOMPARE(c.count, count);
        }
    }
    QVERIFY2(found, qPrintable(item));
}

void DeletePlannerTest::irreversibility_isSaidPlainly()
{
    QCOMPARE(irreversibilityText(Platform::Smartlead, true),
             QStringLiteral("This cannot be undone. Smartlead keeps no copy."));
    QVERIFY(
        irreversibilityText(Platform::KoreAi, false).contains(QStringLiteral("does not document")));
}

QTEST_GUILESS_MAIN(DeletePlannerTest)
#include "tst_deleteplanner.moc"
