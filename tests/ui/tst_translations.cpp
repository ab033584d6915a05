// Translations: with a pseudo-locale installed before any widget exists, every text a user
// sees in the main window and in each step of the delete flow comes out of tr(); the German
// translation is complete and is loaded from the system locale.

#include "accounts/accountsession.h"
#include "accounts/accountsfile.h"
#include "core/platform.h"
#include "deletedialog.h"
#include "mainwindow.h"
#include "model/campaigntablemodel.h"
#include "safety/auditlog.h"
#include "sandboxfixture.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTranslator>
#include <QTreeView>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>

using namespace CampaignDesk;
using namespace CampaignDesk::Test;

namespace {

const QChar markOpen(0x27E6);  // ⟦
const QChar markClose(0x27E7); // ⟧

// Answers every lookup that the translation files know, by context and source text, with the
// source wrapped in markers. A text that reaches the screen without tr(), or whose tr()
// context differs from the one lupdate extracted (so no real translation would ever match
// it), is the only kind left without them.
class PseudoTranslator final : public QTranslator
{
public:
    explicit PseudoTranslator(QSet<QPair<QByteArray, QByteArray>> known)
        : m_known(std::move(known))
    {
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!context || !sourceText || !*sourceText ||
            !m_known.contains({QByteArray(context), QByteArray(sourceText)}))
            return {};
        return markOpen + QString::fromUtf8(sourceText) + markClose;
    }
    bool isEmpty() const override { return false; }

private:
    QSet<QPair<QByteArray, QByteArray>> m_known;
};

// Every (context, source) pair of a .ts file.
QSet<QPair<QByteArray, QByteArray>> messagesOf(const QString &tsFile)
{
    QSet<QPair<QByteArray, QByteArray>> out;
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QByteArray context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText().toUtf8();
        else if (xml.name() == QLatin1String("source"))
            out.insert({context, xml.readElementText().toUtf8()});
    }
    return out;
}

// A text seen on screen, with where it was found.
struct SeenText
{
    QString where;
    QString text;
};

} // namespace

class TranslationsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void pseudoLocale_mainWindow_showsNoUntranslatedText_data();
    void pseudoLocale_mainWindow_showsNoUntranslatedText();
    void pseudoLocale_deleteFlow_showsNoUntranslatedTextAtAnyStep_data();
    void pseudoLocale_deleteFlow_showsNoUntranslatedTextAtAnyStep();
    void untranslatedCheck_catchesARawString();

    void tsFile_isComplete_andKeepsPlaceholdersAndMnemonics_data();
    void tsFile_isComplete_andKeepsPlaceholdersAndMnemonics();
    void germanLocale_loadsTheEmbeddedTranslation();

private:
    // Everything user-visible in `root` (and, for a main window, its menus and toolbars).
    static QList<SeenText> visibleTexts(QWidget *root);
    // The texts that did not go through tr(): what is left after the translated parts, the
    // markup and the user's own data (`data`) are taken out still has letters.
    static QStringList untranslated(const QList<SeenText> &texts, const QStringList &data);
    // Sandbox data shown as is: account labels, campaign names and ids, raw statuses.
    QStringList sandboxData() const;

    std::unique_ptr<PseudoTranslator> m_pseudo;
    std::unique_ptr<SandboxFixture> m_sandbox;
};

void TranslationsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CampaignDeskTests"));
    QSettings().clear();
    // Installed before any widget is created, as the app installs its translator.
    const QString tsFile =
        QStringLiteral(TS_FILES).split(QLatin1Char(';'), Qt::SkipEmptyParts).value(0);
    const QSet<QPair<QByteArray, QByteArray>> known = messagesOf(tsFile);
    QVERIFY2(known.size() > 100, qPrintable(tsFile));
    m_pseudo = std::make_unique<PseudoTranslator>(known);
    QVERIFY(QCoreApplication::installTranslator(m_pseudo.get()));
    m_sandbox = std::make_unique<SandboxFixture>();
}

void TranslationsTest::cleanupTestCase()
{
    QCoreApplication::removeTranslator(m_pseudo.get());
    m_sandbox.reset();
}

QList<SeenText> TranslationsTest::visibleTexts(QWidget *root)
{
    QList<SeenText> out;
    const auto add = [&out](const QObject *o, const char *what, const QString &text) {
        if (!text.trimmed().isEmpty())
            out.append({QStringLiteral("%1 %2").arg(o->objectName(), QLatin1String(what)), text});
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (w != root && !w->isVisibleTo(root))
            continue;
        if (w->isWindow())
            add(w, "windowTitle", w->windowTitle());
        add(w, "toolTip", w->toolTip());
        add(w, "accessibleName", w->accessibleName());
        add(w, "accessibleDescription", w->accessibleDescription());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(w, "text", label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(w, "text", button->text());
        if (auto *box = qobject_cast<QGroupBox *>(w))
            add(w, "title", box->title());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(w, "placeholderText", edit->placeholderText());
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            add(w, "placeholderText", edit->placeholderText());
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(w, "item", combo->itemText(i));
        }
        if (auto *view = qobject_cast<QTableView *>(w)) {
            const QAbstractItemModel *model = view->model();
            for (int c = 0; c < model->columnCount(); ++c)
                add(w, "header", model->headerData(c, Qt::Horizontal).toString());
        }
        if (auto *tree = qobject_cast<QTreeView *>(w)) {
            // Top-level rows: "All campaigns" and the platform groups (platform names).
            const QAbstractItemModel *model = tree->model();
            for (int r = 0; r < model->rowCount(); ++r)
                add(w, "row", model->index(r, 0).data().toString());
        }
        if (auto *bar = qobject_cast<QToolBar *>(w)) {
            const QList<QAction *> actions = bar->actions();
            for (const QAction *a : actions) {
                add(a, "text", a->text());
                add(a, "toolTip", a->toolTip());
            }
        }
        if (auto *menuBar = qobject_cast<QMenuBar *>(w)) {
            QList<QAction *> pending = menuBar->actions();
            while (!pending.isEmpty()) {
                const QAction *a = pending.takeFirst();
                if (a->isSeparator())
                    continue;
                add(a, "text", a->text());
                add(a, "toolTip", a->toolTip());
                add(a, "statusTip", a->statusTip());
                if (a->menu())
                    pending << a->menu()->actions();
            }
        }
    }
    return out;
}

QStringList TranslationsTest::untranslated(const QList<SeenText> &texts, const QStringList &data)
{
    static const QRegularExpression innermost(
        QStringLiteral("%1[^%1%2]*%2")
            .arg(QRegularExpression::escape(markOpen), QRegularExpression::escape(markClose)));
    static const QRegularExpression markup(QStringLiteral("<[^>]*>|&[a-z]+;|&#\\d+;"));
    // The names of the files an export writes ("calls.csv") are data, not prose.
    static const QRegularExpression fileName(QStringLiteral("[\\w.-]+\\.(json|csv|sqlite)\\b"));
    QStringList sortedData = data;
    // Longest first, so "Kore.ai Sandbox" goes before "Kore.ai".
    std::sort(sortedData.begin(), sortedData.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList problems;
    for (const SeenText &seen : texts) {
        QString rest = seen.text;
        for (;;) {
            const QString before = rest;
            rest.remove(innermost);
            if (rest == before)
                break;
        }
        rest.remove(markup);
        rest.remove(fileName);
        for (const QString &d : std::as_const(sortedData)) {
            if (!d.isEmpty()) {
                rest.remove(d);
                rest.remove(d.toHtmlEscaped());
            }
        }
        if (std::any_of(rest.cbegin(), rest.cend(), [](QChar c) { return c.isLetter(); }))
            problems << QStringLiteral("%1: \"%2\"").arg(seen.where, seen.text);
    }
    return problems;
}

QStringList TranslationsTest::sandboxData() const
{
    QStringList data;
    const QList<Platform> platforms = allPlatforms();
    for (Platform p : platforms)
        data << platformDisplayName(p);
    QList<AccountWithSecret> accounts;
    QString error;
    if (accountsFromJson(m_sandbox->server().accountsJson(), &accounts, &error)) {
        for (const AccountWithSecret &a : std::as_const(accounts))
            data << a.account.label << a.account.baseUrl.toString();
    }
    data << QStringLiteral(CAMPAIGNDESK_VERSION);
    return data;
}

void TranslationsTest::untranslatedCheck_catchesARawString()
{
    // The check itself: a raw word is caught; translated text, markup and data are not.
    const QList<SeenText> texts = {
        {QStringLiteral("a"), markOpen + QStringLiteral("Delete") + markClose},
        {QStringLiteral("b"), QStringLiteral("<b>%1Keep%2 Talkover</b>").arg(markOpen, markClose)},
        {QStringLiteral("c"),
         markOpen + QStringLiteral("Delete") + markClose + QStringLiteral(" permanently")},
        {QStringLiteral("d"),
         QStringLiteral("Kakiyo — ") + markOpen + QStringLiteral("error") + markClose}};
    QCOMPARE(untranslated(texts, {QStringLiteral("Talkover"), QStringLiteral("Kakiyo")}),
             QStringList{QStringLiteral("c: \"⟦Delete⟧ permanently\"")});
}

void TranslationsTest::pseudoLocale_mainWindow_showsNoUntranslatedText_data()
{
    QTest::addColumn<bool>("sandbox");
    QTest::newRow("first start (no accounts)") << false;
    QTest::newRow("sandbox with its campaigns") << true;
}

void TranslationsTest::pseudoLocale_mainWindow_showsNoUntranslatedText()
{
    QFETCH(bool, sandbox);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList data = sandboxData();
    if (sandbox) {
        window.openSandbox();
        QTRY_COMPARE_WITH_TIMEOUT(window.campaignModel()->totalCount(), 200, 20000);
        // Select a campaign, so the campaign actions carry their per-campaign tooltips.
        auto *table = window.findChild<QTableView *>(QStringLiteral("campaignsView"));
        table->selectRow(0);
        const Campaign c = *window.campaignModel()->campaignAt(table->model()->index(0, 0));
        data << c.name << c.id << c.statusText();
    }
    const QList<SeenText> texts = visibleTexts(&window);
    QVERIFY(texts.size() > 20);
    const QStringList problems = untranslated(texts, data);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TranslationsTest::pseudoLocale_deleteFlow_showsNoUntranslatedTextAtAnyStep_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QString>("campaignId");
    QTest::addColumn<QString>("status"); // set before the flow; empty: as seeded
    QTest::newRow("deletable, export, delete")
        << Platform::Talkover << QStringLiteral("campaign-uuid-1") << QString();
    QTest::newRow("blocked: the gate")
        << Platform::Burki << QStringLiteral("42") << QStringLiteral("running");
    QTest::newRow("archive offered") << Platform::Smartlead << QStringLiteral("123") << QString();
}

void TranslationsTest::pseudoLocale_deleteFlow_showsNoUntranslatedTextAtAnyStep()
{
    QFETCH(Platform, platform);
    QFETCH(QString, campaignId);
    QFETCH(QString, status);
    m_sandbox->reset();
    const QString path =
        QStringLiteral("/__sandbox/campaigns/%1/%2").arg(platformKey(platform), campaignId);
    if (!status.isEmpty()) {
        const HttpAnswer a = m_sandbox->raw(
            "POST", path, QStringLiteral(R"({"status":"%1","inFlight":0})").arg(status).toUtf8());
        QCOMPARE(a.status, 200);
    }
    const QJsonObject seeded = m_sandbox->raw("GET", path).object();

    QTemporaryDir dir;
    AuditLog audit;
    QSignalSpy opened(&audit, &AuditLog::opened);
    audit.open(dir.filePath(QStringLiteral("audit.sqlite")));
    QVERIFY(opened.wait(10000));
    QList<AccountWithSecret> accounts;
    QString error;
    QVERIFY(accountsFromJson(m_sandbox->server().accountsJson(), &accounts, &error));
    QNetworkAccessManager nam;
    AccountWithSecret account = accounts.at(int(platform));
    account.account.ratePerMinute = 100000;
    AccountSession session(&nam, account.account);
    session.setSecret(account.secret);

    Campaign row;
    row.accountId = account.account.id;
    row.platform = platform;
    row.id = campaignId;
    row.name = seeded.value(QStringLiteral("name")).toString();
    DeleteDialog dialog(&session, &audit, row, false, dir.filePath(QStringLiteral("exports")));
    QStringList data = sandboxData();
    data << row.name << row.id << dir.path();
    for (const QString &key : seeded.keys()) {
        if (seeded.value(key).isString())
            data << seeded.value(key).toString();
    }

    // Every step the dialog shows, as it shows it.
    QList<SeenText> texts;
    QStringList pagesSeen;
    const auto snapshot = [&] {
        auto *pages = dialog.findChild<QStackedWidget *>(QStringLiteral("pages"));
        pagesSeen << pages->currentWidget()->objectName();
        texts << visibleTexts(&dialog);
        // The platform's own words ("Campaign deleted successfully") are quoted as they are.
        data << dialog.operation()->lastResult().message;
    };
    connect(dialog.operation(), &DeleteOperation::stageChanged, &dialog, snapshot);
    connect(dialog.operation(), &DeleteOperation::exportProgress, &dialog, snapshot);
    dialog.show();
    dialog.start();
    auto *pages = dialog.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(), QStringLiteral("reviewPage"),
                              10000);
    snapshot();
    auto *cont = dialog.findChild<QPushButton *>(QStringLiteral("continueButton"));
    if (cont->isEnabled()) {
        QTest::mouseClick(cont, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(),
                                  QStringLiteral("confirmPage"), 20000);
        snapshot();
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
        QTest::keyClicks(edit, dialog.operation()->decision().confirmationText);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("deleteButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(),
                                  QStringLiteral("resultPage"), 20000);
        snapshot();
    }
    QVERIFY(pagesSeen.contains(QStringLiteral("checkingPage")));
    QVERIFY(pagesSeen.contains(QStringLiteral("reviewPage")));
    const QStringList problems = untranslated(texts, data);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TranslationsTest::tsFile_isComplete_andKeepsPlaceholdersAndMnemonics_data()
{
    QTest::addColumn<QString>("tsFile");
    const QStringList files = QStringLiteral(TS_FILES).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TranslationsTest::tsFile_isComplete_andKeepsPlaceholdersAndMnemonics()
{
    QFETCH(QString, tsFile);
    QFile file(tsFile);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(tsFile));
    QXmlStreamReader xml(&file);
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)\\S"));
    const auto placeholders = [](const QString &text) {
        QSet<QString> out;
        QRegularExpressionMatchIterator it = placeholder.globalMatch(text);
        while (it.hasNext())
            out.insert(it.next().captured(0));
        return out;
    };

    QString context;
    QString source;
    QStringList translations;
    QString type;
    bool numerus = false;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            source.clear();
            translations.clear();
            type.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            type = xml.attributes().value(QLatin1String("type")).toString();
            if (!numerus)
                translations << xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
            translations << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ++messages;
            const QString where = QStringLiteral("%1: \"%2\"").arg(context, source);
            if (!type.isEmpty()) {
                problems << QStringLiteral("%1 is %2").arg(where, type);
                continue;
            }
            if (translations.isEmpty() ||
                std::any_of(translations.cbegin(), translations.cend(),
                            [](const QString &t) { return t.trimmed().isEmpty(); })) {
                problems << QStringLiteral("%1 has no translation").arg(where);
                continue;
            }
            for (const QString &t : std::as_const(translations)) {
                QSet<QString> expected = placeholders(source);
                QSet<QString> got = placeholders(t);
                // A singular form may spell the number out ("eine Sekunde").
                if (numerus && translations.size() > 1 && t == translations.first()) {
                    expected.remove(QStringLiteral("%n"));
                    got.remove(QStringLiteral("%n"));
                }
                if (expected != got)
                    problems << QStringLiteral("%1: placeholders differ in \"%2\"").arg(where, t);
                if (source.contains(mnemonic) && !t.contains(mnemonic))
                    problems << QStringLiteral("%1: no mnemonic in \"%2\"").arg(where, t);
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 100, qPrintable(QString::number(messages)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TranslationsTest::germanLocale_loadsTheEmbeddedTranslation()
{
    // The app's lookup: the system locale picks campaign-desk_<lang>.qm from the resources.
    QTranslator german;
    QVERIFY(german.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("campaign-desk"),
                        QStringLiteral("_"), QStringLiteral(":/i18n")));
    QTranslator none;
    QVERIFY(!none.load(QLocale(QLocale::Japanese), QStringLiteral("campaign-desk"),
                       QStringLiteral("_"), QStringLiteral(":/i18n")));

    QCoreApplication::removeTranslator(m_pseudo.get());
    QVERIFY(QCoreApplication::installTranslator(&german));
    {
        MainWindow window;
        auto *file = window.findChild<QMenu *>(QStringLiteral("menuFile"));
        QVERIFY(file);
        QCOMPARE(file->title(), QStringLiteral("&Datei"));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QVERIFY(search->placeholderText() !=
                QStringLiteral("Search by name, id or account (Ctrl+F)"));
        QCOMPARE(QCoreApplication::translate("CampaignStatus", "Paused"),
                 QStringLiteral("Pausiert"));
    }
    QCoreApplication::removeTranslator(&german);
    QVERIFY(QCoreApplication::installTranslator(m_pseudo.get()));
}

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
