// The export bundle: layout and names, manifest and hashes, the verifier, cancel and failure
// leaving nothing that looks complete, streaming without holding a body, owner-only
// permissions, and no secret in any file. Network pieces run against the sandbox and a small
// local HTTP server started here.

#include "net/transport.h"
#include "safety/exportbundle.h"
#include "sandboxfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

#include <sys/stat.h>

using namespace CampaignDesk;
using namespace CampaignDesk::Test;

namespace {

// How a fake piece pages.
enum class Paging
{
    None,
    PageNumber, // ?page=N&per_page=S, rows under rowsKey, next while pagination.has_next
    Offset,     // ?offset=K&limit=S, rows under rowsKey, next while offset+limit < total
};

struct FakePiece
{
    ExportPiece piece;
    QString path; // below the base URL, "%1" is the campaign id
    Paging paging = Paging::None;
    int pageSize = 100;
    QString rowsKey;
    QString totalKey; // dotted, in the page body
};

enum class AuthStyle
{
    QueryKey, // Smartlead: ?api_key=
    Bearer,
};

// A provider whose export pieces the test chooses; requests and parsing are the minimum the
// writer needs. Stateless after construction, as the writer's worker thread requires.
class FakeProvider final : public Provider
{
public:
    FakeProvider(Platform platform, AuthStyle auth, QList<FakePiece> pieces)
        : m_platform(platform)
        , m_auth(auth)
        , m_pieces(std::move(pieces))
    {
    }

    Platform platform() const override { return m_platform; }
    QUrl defaultBaseUrl() const override { return QUrl(QStringLiteral("http://127.0.0.1:1")); }
    RateDefaults rateDefaults() const override { return {6000, 50}; }
    QString keyCountName() const override { return QStringLiteral("rows"); }
    CampaignStatus normalizeStatus(const QString &) const override
    {
        return CampaignStatus::Unknown;
    }
    void authorize(const Account &, const QString &secret, QNetworkRequest &request,
                   QUrl &url) const override
    {
        if (m_auth == AuthStyle::QueryKey) {
            QUrlQuery query(url);
            query.addQueryItem(QStringLiteral("api_key"), secret);
            url.setQuery(query);
        } else {
            request.setRawHeader("Authorization", "Bearer " + secret.toUtf8());
        }
    }
    ApiRequest listRequest(const Account &, const PageCursor &) const override { return {}; }
    ListPage parseListPage(const Account &, const PageCursor &,
                           const QJsonDocument &) const override
    {
        return {};
    }
    ApiRequest getRequest(const Account &account, const QString &campaignId) const override
    {
        ApiRequest r;
        r.url = Parse::endpoint(baseUrlOf(account), {QStringLiteral("campaigns"), campaignId});
        return r;
    }
    std::optional<Campaign> parseCampaign(const Account &, const QJsonDocument &) const override
    {
        return std::nullopt;
    }
    ApiRequest testConnectionRequest(const Account &) const override { return {}; }

    QList<ExportPiece> exportPieces() const override
    {
        QList<ExportPiece> pieces;
        for (const FakePiece &p : m_pieces)
            pieces << p.piece;
        return pieces;
    }

    ApiRequest exportRequest(const Account &account, const QString &campaignId,
                             const ExportPiece &piece, const PageCursor &cursor) const override
    {
        const FakePiece &p = find(piece.id);
        QUrlQuery query;
        if (p.paging == Paging::PageNumber) {
            query.addQueryItem(QStringLiteral("page"), QString::number(cursor.page));
            query.addQueryItem(QStringLiteral("per_page"), QString::number(p.pageSize));
        } else if (p.paging == Paging::Offset) {
            query.addQueryItem(QStringLiteral("offset"), QString::number(cursor.skip));
            query.addQueryItem(QStringLiteral("limit"), QString::number(p.pageSize));
        }
        ApiRequest r;
        r.url = Parse::endpoint(baseUrlOf(account), p.path.arg(campaignId).split(QLatin1Char('/')),
                                query);
        r.idempotent = true;
        r.expectJson = !piece.fileName.endsWith(QLatin1String(".csv")) ||
                       piece.kind != ExportPiece::Kind::Verbatim;
        return r;
    }

    RowsPage parseExportRows(const ExportPiece &piece, const PageCursor &cursor,
                             const QJsonDocument &body) const override
    {
        const FakePiece &p = find(piece.id);
        RowsPage page;
        const QJsonValue rows = body.object().value(p.rowsKey);
        if (!rows.isArray()) {
            page.error = QStringLiteral("no %1 list").arg(p.rowsKey);
            return page;
        }
        const QJsonArray list = rows.toArray();
        for (const QJsonValue row : list)
            page.rows << row.toObject();
        const QJsonValue total = valueAt(body.object(), p.totalKey);
        page.total = total.isString() ? total.toString().toLongLong() : qint64(total.toDouble(-1));
        PageCursor next = cursor;
        if (p.paging == Paging::PageNumber &&
            valueAt(body.object(), QStringLiteral("pagination.has_next")).toBool()) {
            ++next.page;
            page.next = next;
        } else if (p.paging == Paging::Offset && cursor.skip + p.pageSize < page.total) {
            next.skip += p.pageSize;
            page.next = next;
        }
        return page;
    }

private:
    const FakePiece &find(const QString &id) const
    {
        for (const FakePiece &p : m_pieces) {
            if (p.piece.id == id)
                return p;
        }
        qFatal("unknown piece");
    }

    Platform m_platform;
    AuthStyle m_auth;
    QList<FakePiece> m_pieces;
};

FakePiece verbatim(const QString &id, const QString &fileName, const QString &path)
{
    FakePiece p;
    p.piece.id = id;
    p.piece.fileName = fileName;
    p.piece.kind = ExportPiece::Kind::Verbatim;
    p.path = path;
    return p;
}

FakePiece paged(const QString &id, const QString &fileName, const QString &path, Paging paging,
                int pageSize, const QString &rowsKey, const QString &totalKey,
                const QStringList &columns)
{
    FakePiece p;
    p.piece.id = id;
    p.piece.fileName = fileName;
    p.piece.kind = ExportPiece::Kind::PagedRows;
    p.piece.columns = columns;
    p.path = path;
    p.paging = paging;
    p.pageSize = pageSize;
    p.rowsKey = rowsKey;
    p.totalKey = totalKey;
    return p;
}

FakePiece campaignRows(const QString &id, const QString &fileName, const QString &rowsPath,
                       const QStringList &columns)
{
    FakePiece p;
    p.piece.id = id;
    p.piece.fileName = fileName;
    p.piece.kind = ExportPiece::Kind::CampaignRows;
    p.piece.rowsPath = rowsPath;
    p.piece.columns = columns;
    return p;
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QJsonObject readManifest(const QString &bundleDir)
{
    return QJsonDocument::fromJson(
               readAll(QDir(bundleDir).filePath(QStringLiteral("manifest.json"))))
        .object();
}

QJsonObject fileEntry(const QJsonObject &manifest, const QString &name)
{
    const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
    for (const QJsonValue f : files) {
        if (f.toObject().value(QStringLiteral("name")).toString() == name)
            return f.toObject();
    }
    return {};
}

// Every entry below `dir`, recursively, relative and sorted.
QStringList treeOf(const QString &dir)
{
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries << QDir(dir).relativeFilePath(it.next());
    entries.sort();
    return entries;
}

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// Peak resident memory in KiB since the last resetPeakMemory(); -1 when unknown.
qint64 statusKiB(const char *field)
{
    const QByteArray status = readAll(QStringLiteral("/proc/self/status"));
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool resetPeakMemory()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

// A tiny HTTP/1.1 server for what the sandbox cannot do: bodies of any size generated on the
// fly (chunked, never held whole), answers that stall, pages with crafted values, an answer
// that echoes a secret.
class LocalServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalServer)

public:
    LocalServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, &LocalServer::onConnection);
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QString origin() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
    }

    // /big.csv: a header and `rows` generated records; some hold quoted line breaks.
    qint64 bigRows = 0;
    QByteArray bigSha; // filled once the whole body was sent
    qint64 bigBytes = 0;
    // /rows?page=N: this page never answers (0: all answer).
    int stallPage = 0;
    QByteArray echoedSecret;
    int requests = 0;

    static QByteArray bigRecord(qint64 i)
    {
        if (i % 1000 == 7)
            return QByteArray::number(i) + ",\"multi\nline \"\"quoted\"\"\",tail\r\n";
        return QByteArray::number(i) + ",name " + QByteArray::number(i * 7919 % 100003) +
               ",plain text for padding the row to a realistic width\r\n";
    }

private:
    struct Stream
    {
        QTcpSocket *socket = nullptr;
        qint64 next = 0; // next record index; -1 before the header line
        qint64 end = 0;
        bool stall = false;
        QCryptographicHash hash{QCryptographicHash::Sha256};
        qint64 bytes = 0;
    };

    void onConnection()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void onRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray requestLine = buffer.left(buffer.indexOf("\r\n"));
        buffer.remove(0, end + 4);
        ++requests;
        const QUrl url(QString::fromLatin1(requestLine.split(' ').value(1)).prepend(origin()));
        const QString path = url.path();
        const QUrlQuery query(url);
        if (path.endsWith(QLatin1String("/big.csv")))
            return startStream(socket, bigRows, false);
        if (path.endsWith(QLatin1String("/stall.csv")))
            return startStream(socket, 40000, true);
        if (path.endsWith(QLatin1String("/rows")))
            return rowsPage(socket, query.queryItemValue(QStringLiteral("page")).toInt());
        if (path.endsWith(QLatin1String("/echo")))
            return answer(socket, "200 OK", "text/csv", "a,b\r\n1," + echoedSecret + "\r\n");
        answer(socket, "404 Not Found", "application/json", R"({"message":"not found"})");
    }

    static void answer(QTcpSocket *socket, const QByteArray &status, const QByteArray &type,
                       const QByteArray &body)
    {
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type +
                      "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    void rowsPage(QTcpSocket *socket, int page)
    {
        if (page == stallPage)
            return; // never answers; the test cancels
        QJsonArray rows;
        for (int i = 0; i < 3; ++i) {
            const int n = (page - 1) * 3 + i;
            rows.append(QJsonObject{{QStringLiteral("id"), n},
                                    {QStringLiteral("name"), QStringLiteral("Row %1").arg(n)}});
        }
        const QJsonObject body{
            {QStringLiteral("items"), rows},
            {QStringLiteral("pagination"), QJsonObject{{QStringLiteral("has_next"), page < 3},
                                                       {QStringLiteral("total_items"), 9}}}};
        answer(socket, "200 OK", "application/json", QJsonDocument(body).toJson());
    }

    void startStream(QTcpSocket *socket, qint64 rows, bool stall)
    {
        auto stream = std::make_shared<Stream>();
        stream->socket = socket;
        stream->next = -1;
        stream->end = rows;
        stream->stall = stall;
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n");
        // At most 256 KiB per 5 ms (about 50 MB/s): like a fast network, not like loopback,
        // which would outrun a Debug build's disk worker and measure its queue, not the writer.
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, this, [this, stream] { pump(stream); });
        timer->start(5);
        pump(stream);
    }

    // Generates the body a little ahead of the socket, so it is never whole in memory.
    void pump(const std::shared_ptr<Stream> &stream)
    {
        QTcpSocket *socket = stream->socket;
        qint64 budget = qint64{256} * 1024;
        while (socket->bytesToWrite() < qint64{512} * 1024 && stream->next < stream->end &&
               budget > 0) {
            if (stream->stall && stream->bytes > qint64{2} * 1024 * 1024)
                return; // enough for a progress report; then nothing more, ever
            QByteArray chunk;
            if (stream->next < 0) {
                chunk = "id,name,comment\r\n";
                stream->next = 0;
            }
            while (chunk.size() < qsizetype{128} * 1024 && stream->next < stream->end)
                chunk += bigRecord(stream->next++);
            stream->hash.addData(chunk);
            stream->bytes += chunk.size();
            budget -= chunk.size();
            socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
        }
        if (stream->next >= stream->end && !stream->stall && stream->end >= 0) {
            stream->end = -1; // the last chunk is written once
            socket->write("0\r\n\r\n");
            bigSha = stream->hash.result().toHex();
            bigBytes = stream->bytes;
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

const char *const LocalSecret = "local_secret_9d8c7b6a5f4e3d2c1b0a";

} // namespace

class ExportBundleTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    // First, while the process's memory peak says something about this test alone.
    void largeStreamedCsv_isWrittenWithoutHoldingTheBody();

    void bundleName_isSafeOnEveryFileSystem_data();
    void bundleName_isSafeOnEveryFileSystem();
    void bundleName_hasThePartsInOrder();
    void csvField_encodesJsonValues_data();
    void csvField_encodesJsonValues();
    void csvCounter_countsRecordsNotLines_data();
    void csvCounter_countsRecordsNotLines();

    void smartleadSandbox_writesACompleteVerifiedBundle();
    void burkiSandbox_walksAllContactPages();
    void realProviders_exportSandboxCampaigns_data();
    void realProviders_exportSandboxCampaigns();
    void campaignRows_writeNestedValuesAsCompactJson();
    void bundle_isOwnerOnly();
    void bundle_neverContainsTheSecret();

    void verify_acceptsAnIntactBundle();
    void verify_detectsDamage_data();
    void verify_detectsDamage();

    void cancel_midWay_leavesNoBundle_data();
    void cancel_midWay_leavesNoBundle();
    void failedRequest_failsAndRemovesThePartialFolder_data();
    void failedRequest_failsAndRemovesThePartialFolder();
    void answerContainingTheSecret_isNotWritten();
    void unsafePieceFileName_isRefusedBeforeWriting();
    void unusableExportFolder_failsWithoutWriting();
    void destroyingARunningWriter_removesThePartialFolder();

private:
    struct Setup
    {
        Account account;
        QString secret;
        Campaign campaign;
        QByteArray getAnswer;
    };
    Setup sandboxSetup(Platform platform, const QString &campaignId);
    Setup localSetup();
    ExportResult run(ExportBundleWriter &writer);
    ExportResult exportWith(const Provider &provider, const Setup &setup, const QString &root);
    static QList<FakePiece> smartleadPieces();

    SandboxFixture m_sandbox;
    LocalServer m_local;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<QTemporaryDir> m_root;
};

void ExportBundleTest::init()
{
    m_sandbox.reset();
    m_sandbox.setRateLimits(false);
    TransportSettings settings;
    settings.ratePerMinute = 60000;
    settings.burst = 100;
    settings.transferTimeoutMs = 10000;
    settings.maxRetries = 1;
    settings.baseBackoffMs = 10;
    m_transport = std::make_unique<Transport>(&m_nam, settings);
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    m_local.requests = 0;
    m_local.stallPage = 0;
    m_local.echoedSecret.clear();
}

ExportBundleTest::Setup ExportBundleTest::sandboxSetup(Platform platform, const QString &campaignId)
{
    Setup s;
    s.account.id = QStringLiteral("acc-1");
    s.account.platform = platform;
    s.account.label = QStringLiteral("Agency / Main");
    s.account.baseUrl = QUrl(m_sandbox.baseUrl(platform));
    s.account.sandbox = true;
    s.secret = m_sandbox.account(platform).secret;
    const HttpAnswer get =
        m_sandbox.call(platform, "GET", QStringLiteral("/campaigns/%1").arg(campaignId));
    s.getAnswer = get.body;
    s.campaign.accountId = s.account.id;
    s.campaign.platform = platform;
    s.campaign.id = campaignId;
    const QJsonObject o = get.object();
    s.campaign.name = o.value(QStringLiteral("name")).toString();
    s.campaign.rawStatus = o.value(QStringLiteral("status")).toString();
    return s;
}

ExportBundleTest::Setup ExportBundleTest::localSetup()
{
    Setup s;
    s.account.id = QStringLiteral("acc-local");
    s.account.platform = Platform::Burki;
    s.account.label = QStringLiteral("Local");
    s.account.baseUrl = QUrl(m_local.origin() + QStringLiteral("/api"));
    s.secret = QString::fromLatin1(LocalSecret);
    s.campaign.id = QStringLiteral("7");
    s.campaign.name = QStringLiteral("Local campaign");
    s.campaign.rawStatus = QStringLiteral("paused");
    s.getAnswer = R"({"id":7,"name":"Local campaign","status":"paused"})";
    return s;
}

ExportResult ExportBundleTest::run(ExportBundleWriter &writer)
{
    QSignalSpy spy(&writer, &ExportBundleWriter::finished);
    writer.start();
    if (!spy.wait(25000) || spy.size() != 1)
        qFatal("the export did not finish exactly once");
    return spy.at(0).at(0).value<ExportResult>();
}

ExportResult ExportBundleTest::exportWith(const Provider &provider, const Setup &setup,
                                          const QString &root)
{
    ExportInputs inputs;
    inputs.account = setup.account;
    inputs.secret = setup.secret;
    inputs.campaign = setup.campaign;
    inputs.liveGetAnswer = setup.getAnswer;
    inputs.exportRoot = root;
    inputs.appVersion = QStringLiteral("9.8.7-test");
    ExportBundleWriter writer(m_transport.get(), provider, inputs);
    return run(writer);
}

QList<FakePiece> ExportBundleTest::smartleadPieces()
{
    return {verbatim(QStringLiteral("leads"), QStringLiteral("leads.csv"),
                     QStringLiteral("campaigns/%1/leads-export")),
            verbatim(QStringLiteral("sequences"), QStringLiteral("sequences.json"),
                     QStringLiteral("campaigns/%1/sequences")),
            paged(QStringLiteral("leads-paged"), QStringLiteral("leads-paged.csv"),
                  QStringLiteral("campaigns/%1/leads"), Paging::Offset, 10, QStringLiteral("data"),
                  QStringLiteral("total_leads"),
                  {QStringLiteral("campaign_lead_map_id"), QStringLiteral("status"),
                   QStringLiteral("lead"), QStringLiteral("lead.email")}),
            campaignRows(QStringLiteral("tags"), QStringLiteral("tags.csv"), QStringLiteral("tags"),
                         {QStringLiteral("tag_id"), QStringLiteral("tag_name"),
                          QStringLiteral("tag_color")})};
}

// ---------------------------------------------------------------------------------------------

void ExportBundleTest::largeStreamedCsv_isWrittenWithoutHoldingTheBody()
{
    constexpr qint64 rows = 650'000; // about 48 MB
    m_local.bigRows = rows;
    const FakeProvider provider(Platform::Burki, AuthStyle::Bearer,
                                {verbatim(QStringLiteral("big"), QStringLiteral("big.csv"),
                                          QStringLiteral("campaigns/%1/big.csv"))});
    const bool measured = resetPeakMemory();
    const qint64 rssBefore = statusKiB("VmRSS:");

    ExportInputs inputs;
    const Setup s = localSetup();
    inputs.account = s.account;
    inputs.secret = s.secret;
    inputs.campaign = s.campaign;
    inputs.liveGetAnswer = s.getAnswer;
    inputs.exportRoot = m_root->path();
    ExportBundleWriter writer(m_transport.get(), provider, inputs);
    QSignalSpy progress(&writer, &ExportBundleWriter::progress);
    const ExportResult result = run(writer);
    QVERIFY2(result.ok, qPrintable(result.error));

    QVERIFY(m_local.bigBytes > 45'000'000);
    const QJsonObject entry = fileEntry(readManifest(result.bundleDir), QStringLiteral("big.csv"));
    QCOMPARE(entry.value(QStringLiteral("bytes")).toInteger(), m_local.bigBytes);
    QCOMPARE(entry.value(QStringLiteral("sha256")).toString().toLatin1(), m_local.bigSha);
    QCOMPARE(entry.value(QStringLiteral("rows")).toInteger(), rows);
    QCOMPARE(QFileInfo(QDir(result.bundleDir).filePath(QStringLiteral("big.csv"))).size(),
             m_local.bigBytes);

    // Byte progress arrived while the body streamed, not only at the end.
    int streaming = 0;
    for (const QList<QVariant> &p : std::as_const(progress)) {
        if (p.at(0).toString() == QLatin1String("big.csv") && p.at(1).toLongLong() > 0 &&
            p.at(2).toLongLong() < 0)
            ++streaming;
    }
    QVERIFY(streaming > 10);

    if (!measured)
        QSKIP("/proc/self/clear_refs is not writable here; the memory bound was not measured");
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer keeps freed blocks in a quarantine (256 MB by default) to catch use after
    // free, so resident memory says nothing about what the writer holds. Everything above ran.
    QSKIP("built with AddressSanitizer: its quarantine makes the peak RSS meaningless");
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    QSKIP("built with AddressSanitizer: its quarantine makes the peak RSS meaningless");
#endif
#endif
    const qint64 peakGrowthKiB = statusKiB("VmHWM:") - rssBefore;
    // Holding the body once would add about 48 MB; the bound leaves room for buffers.
    QVERIFY2(peakGrowthKiB < qint64{24} * 1024,
             qPrintable(QStringLiteral("peak memory grew by %1 KiB").arg(peakGrowthKiB)));
}

void ExportBundleTest::bundleName_isSafeOnEveryFileSystem_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expectedMiddle"); // label-name-id as written

    QTest::newRow("plain") << "Agency"
                           << "Q4 Outreach"
                           << "42"
                           << "Agency-Q4 Outreach-42";
    QTest::newRow("slashes") << "A/B\\C"
                             << "x/../y"
                             << "a/b"
                             << "A_B_C-x_.._y-a_b";
    QTest::newRow("windows characters") << "a:b*c?d"
                                        << "<q>|\"z\""
                                        << "1"
                                        << "a_b_c_d-_q___z_-1";
    QTest::newRow("control characters and white space")
        << QStringLiteral("tab\there") << QStringLiteral("line\nbreak  and\r\nmore")
        << QStringLiteral("\x01"
                          "9")
        << "tab here-line break and more-_9";
    QTest::newRow("bidi override") << QStringLiteral("evil\u202Egpj.exe") << "n"
                                   << "1"
                                   << "evil_gpj.exe-n-1";
    QTest::newRow("dots and spaces at the ends") << " .hidden. "
                                                 << "..."
                                                 << " 5 "
                                                 << "hidden-unnamed-5";
    QTest::newRow("reserved device names") << "CON"
                                           << "nul.txt"
                                           << "com1"
                                           << "_CON-_nul.txt-_com1";
    QTest::newRow("empty parts") << ""
                                 << ""
                                 << ""
                                 << "account-unnamed-no-id";
}

void ExportBundleTest::bundleName_isSafeOnEveryFileSystem()
{
    QFETCH(QString, label);
    QFETCH(QString, name);
    QFETCH(QString, id);
    QFETCH(QString, expectedMiddle);
    const QDateTime at(QDate(2025, 3, 4), QTime(5, 6, 7), Qt::UTC);
    const QString bundle = ExportFormat::bundleName(Platform::Smartlead, label, name, id, at);
    QCOMPARE(bundle, QStringLiteral("smartlead-%1-20250304T050607Z").arg(expectedMiddle));
}

void ExportBundleTest::bundleName_hasThePartsInOrder()
{
    // Long names are cut at a character boundary; the whole stays far below 255 bytes.
    const QString emoji = QStringLiteral("\U0001F680");
    QString longName;
    for (int i = 0; i < 200; ++i)
        longName += emoji;
    const QDateTime at(QDate(2025, 12, 31), QTime(23, 59, 59), Qt::UTC);
    const QString bundle =
        ExportFormat::bundleName(Platform::KoreAi, longName + longName, longName, longName, at);
    QVERIFY(bundle.toUtf8().size() + QByteArray("-99.partial").size() < 255);
    QVERIFY(bundle.startsWith(QLatin1String("koreai-") + emoji));
    QVERIFY(bundle.endsWith(QLatin1String("-20251231T235959Z")));
    QVERIFY(!bundle.contains(QChar(0xFFFD)));
    QVERIFY(QString::fromUtf8(bundle.toUtf8()) == bundle); // no half surrogate pair
    // A time in another zone is written in UTC.
    const QDateTime local(QDate(2025, 1, 1), QTime(1, 0, 0), QTimeZone(3600));
    QVERIFY(ExportFormat::bundleName(Platform::Burki, QStringLiteral("a"), QStringLiteral("b"),
                                     QStringLiteral("c"), local)
                .endsWith(QLatin1String("-20250101T000000Z")));
}

void ExportBundleTest::csvField_encodesJsonValues_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain string") << QJsonValue(QStringLiteral("Ada")) << QByteArray("Ada");
    QTest::newRow("comma") << QJsonValue(QStringLiteral("a,b")) << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QJsonValue(QStringLiteral("say \"hi\""))
                           << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("line break") << QJsonValue(QStringLiteral("a\nb")) << QByteArray("\"a\nb\"");
    QTest::newRow("carriage return")
        << QJsonValue(QStringLiteral("a\rb")) << QByteArray("\"a\rb\"");
    QTest::newRow("utf-8") << QJsonValue(QStringLiteral("Zoë — 東京"))
                           << QStringLiteral("Zoë — 東京").toUtf8();
    QTest::newRow("null is empty") << QJsonValue(QJsonValue::Null) << QByteArray();
    QTest::newRow("missing is empty") << QJsonValue(QJsonValue::Undefined) << QByteArray();
    QTest::newRow("true") << QJsonValue(true) << QByteArray("true");
    QTest::newRow("false") << QJsonValue(false) << QByteArray("false");
    QTest::newRow("integer") << QJsonValue(42) << QByteArray("42");
    QTest::newRow("negative") << QJsonValue(-7) << QByteArray("-7");
    QTest::newRow("large integer")
        << QJsonValue(qint64(9007199254740991)) << QByteArray("9007199254740991");
    QTest::newRow("fraction") << QJsonValue(0.1) << QByteArray("0.1");
    QTest::newRow("empty object") << QJsonValue(QJsonObject{}) << QByteArray("{}");
    QTest::newRow("empty array") << QJsonValue(QJsonArray{}) << QByteArray("[]");
    QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}})
                            << QByteArray("\"{\"\"a\"\":1}\"");
    QTest::newRow("array") << QJsonValue(QJsonArray{1, 2}) << QByteArray("\"[1,2]\"");
}

void ExportBundleTest::csvField_encodesJsonValues()
{
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(ExportFormat::csvField(value), expected);
}

void ExportBundleTest::csvCounter_countsRecordsNotLines_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<qint64>("records");

    QTest::newRow("empty") << QByteArray() << qint64(0);
    QTest::newRow("header only") << QByteArray("a,b\r\n") << qint64(1);
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << qint64(3);
    QTest::newRow("lf") << QByteArray("a,b\n1,2\n3,4\n") << qint64(3);
    QTest::newRow("no final line break") << QByteArray("a,b\n1,2") << qint64(2);
    QTest::newRow("quoted line breaks")
        << QByteArray("a,b\r\n\"x\r\ny\",2\r\n\"p\nq\n\",3\r\n") << qint64(3);
    QTest::newRow("escaped quotes") << QByteArray("a\r\n\"he said \"\"x\ny\"\"\"\r\n") << qint64(2);
    QTest::newRow("blank lines") << QByteArray("a\n\n1\n\n") << qint64(2);
    QTest::newRow("one empty quoted field") << QByteArray("a\r\n\"\"\r\n") << qint64(2);
}

void ExportBundleTest::csvCounter_countsRecordsNotLines()
{
    QFETCH(QByteArray, csv);
    QFETCH(qint64, records);
    ExportFormat::CsvRecordCounter whole;
    whole.feed(csv.constData(), csv.size());
    QCOMPARE(whole.records(), records);
    // Fed byte by byte (a network chunk can end anywhere) it counts the same.
    ExportFormat::CsvRecordCounter pieces;
    for (const char c : std::as_const(csv))
        pieces.feed(&c, 1);
    QCOMPARE(pieces.records(), records);
}

// ---------------------------------------------------------------------------------------------

void ExportBundleTest::smartleadSandbox_writesACompleteVerifiedBundle()
{
    const Setup s = sandboxSetup(Platform::Smartlead, QStringLiteral("2710262"));
    QCOMPARE(s.campaign.name, QStringLiteral("Cold Outreach Q1 2024"));
    const FakeProvider provider(Platform::Smartlead, AuthStyle::QueryKey, smartleadPieces());

    ExportInputs inputs;
    inputs.account = s.account;
    inputs.secret = s.secret;
    inputs.campaign = s.campaign;
    inputs.liveGetAnswer = s.getAnswer;
    inputs.exportRoot = m_root->path() + QStringLiteral("/not/yet/there");
    inputs.appVersion = QStringLiteral("9.8.7-test");
    ExportBundleWriter writer(m_transport.get(), provider, inputs);
    QSignalSpy progress(&writer, &ExportBundleWriter::progress);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const ExportResult result = run(writer);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.cancelled);
    QVERIFY(!writer.isRunning());

    // Layout and name.
    const QDir root(inputs.exportRoot);
    QCOMPARE(root.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);
    const QString folder = QFileInfo(result.bundleDir).fileName();
    static const QRegularExpression name(QStringLiteral(
        R"(^smartlead-Agency _ Main-Cold Outreach Q1 2024-2710262-(\d{8}T\d{6}Z)$)"));
    const QRegularExpressionMatch match = name.match(folder);
    QVERIFY2(match.hasMatch(), qPrintable(folder));
    const QDateTime stamp =
        QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QVERIFY(stamp.isValid());
    QCOMPARE(treeOf(result.bundleDir),
             (QStringList{QStringLiteral("campaign.json"), QStringLiteral("leads-paged.csv"),
                          QStringLiteral("leads.csv"), QStringLiteral("manifest.json"),
                          QStringLiteral("sequences.json"), QStringLiteral("tags.csv")}));
    QCOMPARE(result.manifestPath, QDir(result.bundleDir).filePath(QStringLiteral("manifest.json")));

    // Contents.
    const QDir bundle(result.bundleDir);
    QCOMPARE(readAll(bundle.filePath(QStringLiteral("campaign.json"))), s.getAnswer);
    const HttpAnswer csv = m_sandbox.call(Platform::Smartlead, "GET",
                                          QStringLiteral("/campaigns/2710262/leads-export"));
    QCOMPARE(readAll(bundle.filePath(QStringLiteral("leads.csv"))), csv.body);
    const HttpAnswer sequences =
        m_sandbox.call(Platform::Smartlead, "GET", QStringLiteral("/campaigns/2710262/sequences"));
    QCOMPARE(readAll(bundle.filePath(QStringLiteral("sequences.json"))), sequences.body);
    const QByteArray paged = readAll(bundle.filePath(QStringLiteral("leads-paged.csv")));
    QVERIFY(paged.startsWith("campaign_lead_map_id,status,lead,lead.email\r\n"));
    ExportFormat::CsvRecordCounter records;
    records.feed(paged.constData(), paged.size());
    QCOMPARE(records.records(), 101); // the header and 100 leads
    QCOMPARE(readAll(bundle.filePath(QStringLiteral("tags.csv"))),
             QByteArray("tag_id,tag_name,tag_color\r\n1,Q1,#FF5733\r\n"));

    // The manifest.
    const QByteArray manifestBytes = readAll(result.manifestPath);
    QCOMPARE(result.manifestSha256, sha256Hex(manifestBytes));
    const QJsonObject m = QJsonDocument::fromJson(manifestBytes).object();
    QCOMPARE(m.value(QStringLiteral("format")).toString(), QStringLiteral("campaign-desk-export"));
    QCOMPARE(m.value(QStringLiteral("formatVersion")).toInt(), 1);
    QCOMPARE(m.value(QStringLiteral("appVersion")).toString(), QStringLiteral("9.8.7-test"));
    QCOMPARE(m.value(QStringLiteral("platform")).toString(), QStringLiteral("smartlead"));
    QCOMPARE(m.value(QStringLiteral("accountLabel")).toString(), QStringLiteral("Agency / Main"));
    QCOMPARE(m.value(QStringLiteral("sandbox")).toBool(), true);
    const QJsonObject campaign = m.value(QStringLiteral("campaign")).toObject();
    QCOMPARE(campaign.value(QStringLiteral("id")).toString(), QStringLiteral("2710262"));
    QCOMPARE(campaign.value(QStringLiteral("name")).toString(), s.campaign.name);
    QCOMPARE(campaign.value(QStringLiteral("statusAtExport")).toString(), QStringLiteral("ACTIVE"));
    const QDateTime started =
        QDateTime::fromString(m.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    const QDateTime finished =
        QDateTime::fromString(m.value(QStringLiteral("finishedAt")).toString(), Qt::ISODateWithMs);
    QVERIFY(started.isValid() && finished.isValid());
    QCOMPARE(started.timeSpec(), Qt::UTC);
    QVERIFY(started >= before && started <= finished);
    QCOMPARE(started.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")), match.captured(1));

    const QJsonArray sources = m.value(QStringLiteral("sources")).toArray();
    // The get, the two verbatim downloads and the ten pages of 10 leads.
    QCOMPARE(sources.size(), 13);
    const QString base = m_sandbox.baseUrl(Platform::Smartlead);
    QCOMPARE(sources.at(0).toString(), base + QStringLiteral("/campaigns/2710262"));
    QCOMPARE(sources.at(1).toString(), base + QStringLiteral("/campaigns/2710262/leads-export"));
    QCOMPARE(sources.at(12).toString(),
             base + QStringLiteral("/campaigns/2710262/leads?offset=90&limit=10"));

    const QJsonArray files = m.value(QStringLiteral("files")).toArray();
    QStringList names;
    for (const QJsonValue f : files)
        names << f.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(names, (QStringList{QStringLiteral("campaign.json"), QStringLiteral("leads.csv"),
                                 QStringLiteral("sequences.json"),
                                 QStringLiteral("leads-paged.csv"), QStringLiteral("tags.csv")}));
    const QList<QPair<QString, qint64>> expectedRows = {{QStringLiteral("campaign.json"), -1},
                                                        {QStringLiteral("leads.csv"), 100},
                                                        {QStringLiteral("sequences.json"), -1},
                                                        {QStringLiteral("leads-paged.csv"), 100},
                                                        {QStringLiteral("tags.csv"), 1}};
    for (const auto &[file, rowCount] : expectedRows) {
        const QJsonObject entry = fileEntry(m, file);
        const QByteArray data = readAll(bundle.filePath(file));
        QCOMPARE(entry.value(QStringLiteral("rows")).toInteger(), rowCount);
        QCOMPARE(entry.value(QStringLiteral("bytes")).toInteger(), data.size());
        QCOMPARE(entry.value(QStringLiteral("sha256")).toString().toLatin1(), sha256Hex(data));
    }
    QCOMPARE(result.files.size(), 5);
    QCOMPARE(result.files.at(1).name, QStringLiteral("leads.csv"));
    QCOMPARE(result.files.at(1).rows, 100);

    QVERIFY(verifyBundle(result.bundleDir).ok);

    // Progress named the files, ending with verification.
    QStringList steps;
    for (const QList<QVariant> &p : std::as_const(progress)) {
        if (!steps.contains(p.at(0).toString()))
            steps << p.at(0).toString();
    }
    QVERIFY(steps.contains(QStringLiteral("leads-paged.csv")));
    QCOMPARE(steps.last(), ExportBundleWriter::verifyStep());
}

void ExportBundleTest::burkiSandbox_walksAllContactPages()
{
    const Setup s = sandboxSetup(Platform::Burki, QStringLiteral("42"));
    const FakeProvider provider(
        Platform::Burki, AuthStyle::Bearer,
        {paged(QStringLiteral("contacts"), QStringLiteral("contacts.csv"),
               QStringLiteral("campaigns/%1/contacts"), Paging::PageNumber, 100,
               QStringLiteral("contacts"), QStringLiteral("pagination.total_items"),
               {QStringLiteral("id"), QStringLiteral("phone_number"),
                QStringLiteral("contact_data"), QStringLiteral("status"),
                QStringLiteral("last_attempt_at")})});
    ExportInputs inputs;
    inputs.account = s.account;
    inputs.secret = s.secret;
    inputs.campaign = s.campaign;
    inputs.liveGetAnswer = s.getAnswer;
    inputs.exportRoot = m_root->path();
    ExportBundleWriter writer(m_transport.get(), provider, inputs);
    QSignalSpy progress(&writer, &ExportBundleWriter::progress);
    const ExportResult result = run(writer);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(
        QFileInfo(result.bundleDir)
            .fileName()
            .startsWith(QLatin1String("burki-Agency _ Main-February Appointment Reminders-42-")));

    const QJsonObject m = readManifest(result.bundleDir);
    QCOMPARE(fileEntry(m, QStringLiteral("contacts.csv")).value(QStringLiteral("rows")).toInteger(),
             250);
    QCOMPARE(m.value(QStringLiteral("sources")).toArray().size(), 4); // get + 3 pages
    QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("/contacts")), 3);

    // Rows progress with the platform's total after each page.
    QList<qint64> done;
    for (const QList<QVariant> &p : std::as_const(progress)) {
        if (p.at(0).toString() == QLatin1String("contacts.csv") && p.at(2).toLongLong() == 250)
            done << p.at(1).toLongLong();
    }
    QCOMPARE(done, (QList<qint64>{100, 200, 250, 250}));

    // The CSV reads back: the first record's cells are the first contact's values.
    const HttpAnswer page =
        m_sandbox.call(Platform::Burki, "GET", QStringLiteral("/campaigns/42/contacts?page=1"));
    const QJsonObject first =
        page.object().value(QStringLiteral("contacts")).toArray().at(0).toObject();
    const QByteArray csv = readAll(QDir(result.bundleDir).filePath(QStringLiteral("contacts.csv")));
    const QByteArray expectedFirst =
        ExportFormat::csvRecord(first, {QStringLiteral("id"), QStringLiteral("phone_number"),
                                        QStringLiteral("contact_data"), QStringLiteral("status"),
                                        QStringLiteral("last_attempt_at")});
    QVERIFY(
        csv.startsWith("id,phone_number,contact_data,status,last_attempt_at\r\n" + expectedFirst));
    QVERIFY(expectedFirst.contains("\"{\"\"")); // the nested contact data as JSON
}

void ExportBundleTest::realProviders_exportSandboxCampaigns_data()
{
    QTest::addColumn<int>("platform");
    QTest::addColumn<QString>("campaignId");
    QTest::addColumn<QString>("table"); // the per-contact CSV
    QTest::addColumn<qint64>("rows");

    // Smartlead's documented campaign 123 has 42 leads; Burki's 42 has 250 contacts.
    QTest::newRow("smartlead leads-export") << int(Platform::Smartlead) << "123"
                                            << "leads.csv" << qint64(42);
    QTest::newRow("burki contacts") << int(Platform::Burki) << "42"
                                    << "contacts.csv" << qint64(250);
}

// The platforms' own providers (providerFor) against the sandbox: the same code path as a
// real export, and what the delete flow will run.
void ExportBundleTest::realProviders_exportSandboxCampaigns()
{
    QFETCH(int, platform);
    QFETCH(QString, campaignId);
    QFETCH(QString, table);
    QFETCH(qint64, rows);
    const Setup s = sandboxSetup(Platform(platform), campaignId);
    const Provider &provider = providerFor(Platform(platform));
    QVERIFY(!provider.exportPieces().isEmpty());

    ExportInputs inputs;
    inputs.account = s.account;
    inputs.secret = s.secret;
    inputs.campaign = s.campaign;
    inputs.liveGetAnswer = s.getAnswer;
    inputs.exportRoot = m_root->path();
    ExportBundleWriter writer(m_transport.get(), inputs);
    const ExportResult result = run(writer);
    QVERIFY2(result.ok, qPrintable(result.error));

    QStringList expected = {QStringLiteral("campaign.json"), QStringLiteral("manifest.json")};
    const QList<ExportPiece> pieces = provider.exportPieces();
    for (const ExportPiece &piece : pieces)
        expected << piece.fileName;
    expected.sort();
    QCOMPARE(treeOf(result.bundleDir), expected);
    const QJsonObject m = readManifest(result.bundleDir);
    QCOMPARE(fileEntry(m, table).value(QStringLiteral("rows")).toInteger(), rows);
    QVERIFY(verifyBundle(result.bundleDir).ok);
    const QStringList entries = treeOf(result.bundleDir);
    for (const QString &entry : entries) {
        const QByteArray data = readAll(QDir(result.bundleDir).filePath(entry));
        QVERIFY2(!data.contains(s.secret.toUtf8()), qPrintable(entry));
    }
}

void ExportBundleTest::campaignRows_writeNestedValuesAsCompactJson()
{
    Setup s = localSetup();
    s.getAnswer = R"({"data":{"id":"c-1","calls":[
        {"id":1,"to":"+15550001","meta":{"tries":2,"tags":["a","b"]},"notes":null,"empty":{}},
        {"id":2,"to":"+15550002","meta":{},"notes":"said \"call back\", later\nthanks","list":[]},
        {"id":3}
    ]}})";
    const FakeProvider provider(
        Platform::Talkover, AuthStyle::Bearer,
        {campaignRows(QStringLiteral("calls"), QStringLiteral("calls.csv"),
                      QStringLiteral("data.calls"),
                      {QStringLiteral("id"), QStringLiteral("to"), QStringLiteral("meta"),
                       QStringLiteral("notes"), QStringLiteral("empty"), QStringLiteral("list"),
                       QStringLiteral("meta.tries")}),
         campaignRows(QStringLiteral("files"), QStringLiteral("files.csv"),
                      QStringLiteral("data.files"), {QStringLiteral("name")})});
    const ExportResult result = exportWith(provider, s, m_root->path());
    QVERIFY2(result.ok, qPrintable(result.error));
    const QByteArray expected =
        "id,to,meta,notes,empty,list,meta.tries\r\n"
        "1,+15550001,\"{\"\"tags\"\":[\"\"a\"\",\"\"b\"\"],\"\"tries\"\":2}\",,{},,2\r\n"
        "2,+15550002,{},\"said \"\"call back\"\", later\nthanks\",,[],\r\n"
        "3,,,,,,\r\n";
    QCOMPARE(readAll(QDir(result.bundleDir).filePath(QStringLiteral("calls.csv"))), expected);
    // A list the answer does not have is an empty table, not a failure.
    QCOMPARE(readAll(QDir(result.bundleDir).filePath(QStringLiteral("files.csv"))),
             QByteArray("name\r\n"));
    const QJsonObject m = readManifest(result.bundleDir);
    QCOMPARE(fileEntry(m, QStringLiteral("calls.csv")).value(QStringLiteral("rows")).toInteger(),
             3);
    QCOMPARE(fileEntry(m, QStringLiteral("files.csv")).value(QStringLiteral("rows")).toInteger(),
             0);
    QCOMPARE(m_local.requests, 0); // nothing but the get answer was needed

    // A value at the path that is not a list fails the export.
    Setup bad = s;
    bad.getAnswer = R"({"data":{"calls":"none"}})";
    const ExportResult failed = exportWith(provider, bad, m_root->path() + QStringLiteral("/bad"));
    QVERIFY(!failed.ok);
    QVERIFY(failed.error.contains(QLatin1String("calls.csv")));
    QVERIFY(treeOf(m_root->path() + QStringLiteral("/bad")).isEmpty());
}

void ExportBundleTest::bundle_isOwnerOnly()
{
    const Setup s = sandboxSetup(Platform::Smartlead, QStringLiteral("123"));
    const FakeProvider provider(Platform::Smartlead, AuthStyle::QueryKey, smartleadPieces());
    const ExportResult result = exportWith(provider, s, m_root->path());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(modeOf(result.bundleDir), 0700);
    const QStringList entries = treeOf(result.bundleDir);
    QCOMPARE(entries.size(), 6);
    for (const QString &entry : entries)
        QCOMPARE(modeOf(QDir(result.bundleDir).filePath(entry)), 0600);
}

void ExportBundleTest::bundle_neverContainsTheSecret()
{
    const Setup s = sandboxSetup(Platform::Smartlead, QStringLiteral("123"));
    const FakeProvider provider(Platform::Smartlead, AuthStyle::QueryKey, smartleadPieces());
    const ExportResult result = exportWith(provider, s, m_root->path());
    QVERIFY2(result.ok, qPrintable(result.error));
    // The key did travel in every URL: the sandbox only answers with it.
    QVERIFY(m_sandbox.countRequests("GET", QStringLiteral("/campaigns/123")) >= 7);

    const QByteArray secret = s.secret.toUtf8();
    const QList<QByteArray> forms = {secret, secret.toBase64(),
                                     secret.toBase64(QByteArray::Base64UrlEncoding),
                                     QUrl::toPercentEncoding(s.secret)};
    const QStringList entries = treeOf(m_root->path());
    QVERIFY(entries.size() > 5);
    for (const QString &entry : entries) {
        const QString path = QDir(m_root->path()).filePath(entry);
        // Names too: a folder name is text the user shares.
        for (const QByteArray &form : forms) {
            QVERIFY2(!entry.toUtf8().contains(form), qPrintable(entry));
            if (QFileInfo(path).isFile())
                QVERIFY2(!readAll(path).contains(form),
                         qPrintable(entry + QStringLiteral(" holds the key")));
        }
    }
    const QString sources = QString::fromUtf8(
        QJsonDocument(readManifest(result.bundleDir).value(QStringLiteral("sources")).toArray())
            .toJson());
    QVERIFY(!sources.contains(QLatin1String("api_key=sl_")));
}

// ---------------------------------------------------------------------------------------------

void ExportBundleTest::verify_acceptsAnIntactBundle()
{
    const Setup s = sandboxSetup(Platform::Smartlead, QStringLiteral("123"));
    const FakeProvider provider(Platform::Smartlead, AuthStyle::QueryKey, smartleadPieces());
    const ExportResult result = exportWith(provider, s, m_root->path());
    QVERIFY2(result.ok, qPrintable(result.error));
    const VerifyResult verified = verifyBundle(result.bundleDir);
    QVERIFY2(verified.ok, qPrintable(verified.problems.join(QLatin1Char('\n'))));
    QVERIFY(verified.problems.isEmpty());
}

void ExportBundleTest::verify_detectsDamage_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("file"); // named in the problem

    QTest::newRow("a changed byte") << "flip"
                                    << "calls.csv";
    QTest::newRow("a truncated file") << "truncate"
                                      << "calls.csv";
    QTest::newRow("a missing file") << "remove"
                                    << "calls.csv";
    QTest::newRow("a wrong row count") << "rows"
                                       << "calls.csv";
    QTest::newRow("a wrong row count with a matching hash") << "rows-and-hash"
                                                            << "calls.csv";
    QTest::newRow("a file the manifest does not list") << "extra"
                                                       << "stray.txt";
    QTest::newRow("a changed campaign.json") << "flip-campaign"
                                             << "campaign.json";
    QTest::newRow("no manifest") << "no-manifest"
                                 << "manifest.json";
    QTest::newRow("a name outside the folder") << "escape"
                                               << "manifest.json";
    QTest::newRow("another format version") << "version"
                                            << "manifest.json";
    // Found by hardening (tests/data/regressions/export_manifest): converting these to an
    // integer was undefined behaviour.
    QTest::newRow("a size of 1e300 bytes") << "huge-bytes"
                                           << "calls.csv";
    QTest::newRow("a fractional row count") << "fraction-rows"
                                            << "calls.csv";
}

void ExportBundleTest::verify_detectsDamage()
{
    QFETCH(QString, damage);
    QFETCH(QString, file);
    Setup s = localSetup();
    s.getAnswer = R"({"calls":[{"id":1,"text":"a\nb"},{"id":2,"text":"c"},{"id":3}]})";
    const FakeProvider provider(
        Platform::Talkover, AuthStyle::Bearer,
        {campaignRows(QStringLiteral("calls"), QStringLiteral("calls.csv"), QStringLiteral("calls"),
                      {QStringLiteral("id"), QStringLiteral("text")})});
    const ExportResult result = exportWith(provider, s, m_root->path());
    QVERIFY2(result.ok, qPrintable(result.error));
    const QDir bundle(result.bundleDir);
    const QString calls = bundle.filePath(QStringLiteral("calls.csv"));
    const QString manifestPath = result.manifestPath;
    QJsonObject manifest = readManifest(result.bundleDir);
    const auto editEntry = [&](const QString &name, const QString &key, const QJsonValue &value) {
        QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
        for (qsizetype i = 0; i < files.size(); ++i) {
            QJsonObject f = files.at(i).toObject();
            if (f.value(QStringLiteral("name")).toString() == name) {
                f.insert(key, value);
                files.replace(i, f);
            }
        }
        manifest.insert(QStringLiteral("files"), files);
        QVERIFY(writeAll(manifestPath, QJsonDocument(manifest).toJson()));
    };

    if (damage == QLatin1String("flip")) {
        QByteArray data = readAll(calls);
        data[data.size() - 3] = char(data.at(data.size() - 3) ^ 0x01);
        QVERIFY(writeAll(calls, data));
    } else if (damage == QLatin1String("truncate")) {
        QVERIFY(QFile::resize(calls, QFileInfo(calls).size() - 1));
    } else if (damage == QLatin1String("remove")) {
        QVERIFY(QFile::remove(calls));
    } else if (damage == QLatin1String("rows")) {
        editEntry(QStringLiteral("calls.csv"), QStringLiteral("rows"), 4);
    } else if (damage == QLatin1String("rows-and-hash")) {
        // One record fewer, with the manifest's size and hash made to match the new file: only
        // the row count can tell.
        QByteArray data = readAll(calls);
        data.replace("\r\n2,c\r\n", "\r\n2,c,");
        QVERIFY(writeAll(calls, data));
        editEntry(QStringLiteral("calls.csv"), QStringLiteral("bytes"), data.size());
        editEntry(QStringLiteral("calls.csv"), QStringLiteral("sha256"),
                  QString::fromLatin1(sha256Hex(data)));
    } else if (damage == QLatin1String("extra")) {
        QVERIFY(writeAll(bundle.filePath(QStringLiteral("stray.txt")), "x"));
    } else if (damage == QLatin1String("flip-campaign")) {
        QVERIFY(writeAll(bundle.filePath(QStringLiteral("campaign.json")),
                         QByteArray(s.getAnswer).replace("\"c\"", "\"d\"")));
    } else if (damage == QLatin1String("no-manifest")) {
        QVERIFY(QFile::remove(manifestPath));
    } else if (damage == QLatin1String("escape")) {
        editEntry(QStringLiteral("calls.csv"), QStringLiteral("name"),
                  QStringLiteral("../calls.csv"));
    } else if (damage == QLatin1String("version")) {
        manifest.insert(QStringLiteral("formatVersion"), 2);
        QVERIFY(writeAll(manifestPath, QJsonDocument(manifest).toJson()));
    } else if (damage == QLatin1String("huge-bytes")) {
        editEntry(QStringLiteral("calls.csv"), QStringLiteral("bytes"), 1e300);
    } else if (damage == QLatin1String("fraction-rows")) {
        editEntry(QStringLiteral("calls.csv"), QStringLiteral("rows"), 3.5);
    }

    const VerifyResult verified = verifyBundle(result.bundleDir);
    QVERIFY(!verified.ok);
    QVERIFY(!verified.problems.isEmpty());
    QVERIFY2(verified.problems.join(QLatin1Char(' ')).contains(file),
             qPrintable(verified.problems.join(QLatin1Char('\n'))));
}

// ---------------------------------------------------------------------------------------------

void ExportBundleTest::cancel_midWay_leavesNoBundle_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("while a CSV streams") << "stream";
    QTest::newRow("between pages") << "pages";
}

void ExportBundleTest::cancel_midWay_leavesNoBundle()
{
    QFETCH(QString, where);
    const bool stream = where == QLatin1String("stream");
    m_local.stallPage = 2;
    const FakeProvider provider(
        Platform::Burki, AuthStyle::Bearer,
        {campaignRows(QStringLiteral("meta"), QStringLiteral("meta.csv"), QString(),
                      {QStringLiteral("id")}),
         stream ? verbatim(QStringLiteral("stall"), QStringLiteral("stall.csv"),
                           QStringLiteral("campaigns/%1/stall.csv"))
                : paged(QStringLiteral("rows"), QStringLiteral("rows.csv"),
                        QStringLiteral("campaigns/%1/rows"), Paging::PageNumber, 3,
                        QStringLiteral("items"), QStringLiteral("pagination.total_items"),
                        {QStringLiteral("id"), QStringLiteral("name")})});
    Setup s = localSetup();
    s.getAnswer = R"([{"id":1}])"; // a top-level list: rowsPath "" is the answer itself
    ExportInputs inputs;
    inputs.account = s.account;
    inputs.secret = s.secret;
    inputs.campaign = s.campaign;
    inputs.liveGetAnswer = s.getAnswer;
    inputs.exportRoot = m_root->path();
    ExportBundleWriter writer(m_transport.get(), provider, inputs);
    QSignalSpy progress(&writer, &ExportBundleWriter::progress);
    QSignalSpy finished(&writer, &ExportBundleWriter::finished);
    writer.start();
    const QString step = stream ? QStringLiteral("stall.csv") : QStringLiteral("rows.csv");
    const auto reached = [&] {
        for (const QList<QVariant> &p : std::as_const(progress)) {
            if (p.at(0).toString() == step && p.at(1).toLongLong() > 0)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(reached(), 15000);
    // Some of it is on disk by now, in the .partial folder.
    QTRY_VERIFY_WITH_TIMEOUT(!treeOf(m_root->path()).isEmpty(), 5000);
    QVERIFY(treeOf(m_root->path()).first().endsWith(QLatin1String(".partial")));
    QVERIFY(writer.isRunning());

    writer.cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    const ExportResult result = finished.at(0).at(0).value<ExportResult>();
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QVERIFY(result.bundleDir.isEmpty());
    QVERIFY(!writer.isRunning());
    // Nothing is left: no final folder, no manifest, not even the .partial folder.
    QCOMPARE(treeOf(m_root->path()), QStringList());
    // A second cancel does nothing; no second finished.
    writer.cancel();
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

void ExportBundleTest::failedRequest_failsAndRemovesThePartialFolder_data()
{
    QTest::addColumn<int>("platform");
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<QString>("file");

    const int burki = int(Platform::Burki);
    const int smartlead = int(Platform::Smartlead);
    QTest::newRow("500 on a contacts page")
        << burki
        << QByteArray(
               R"({"platform":"burki","path":"/campaigns/42/contacts","kind":"status","status":500,"count":9})")
        << "contacts.csv";
    QTest::newRow("dropped connection on a contacts page")
        << burki
        << QByteArray(
               R"({"platform":"burki","path":"/campaigns/42/contacts","kind":"drop","count":9})")
        << "contacts.csv";
    QTest::newRow("malformed contacts page")
        << burki
        << QByteArray(
               R"({"platform":"burki","path":"/campaigns/42/contacts","kind":"malformed","count":9})")
        << "contacts.csv";
    QTest::newRow("success false on a contacts page")
        << burki
        << QByteArray(
               R"({"platform":"burki","path":"/campaigns/42/contacts","kind":"success-false","count":9})")
        << "contacts.csv";
    QTest::newRow("500 on the leads export")
        << smartlead
        << QByteArray(
               R"({"platform":"smartlead","path":"/campaigns/123/leads-export","kind":"status","status":500,"count":9})")
        << "leads.csv";
    QTest::newRow("dropped leads export")
        << smartlead
        << QByteArray(
               R"({"platform":"smartlead","path":"/campaigns/123/leads-export","kind":"drop","count":9})")
        << "leads.csv";
    QTest::newRow("leads export cut short")
        << smartlead
        << QByteArray(
               R"({"platform":"smartlead","path":"/campaigns/123/leads-export","kind":"truncated","count":9})")
        << "leads.csv";
}

void ExportBundleTest::failedRequest_failsAndRemovesThePartialFolder()
{
    QFETCH(int, platform);
    QFETCH(QByteArray, fault);
    QFETCH(QString, file);
    const bool burki = Platform(platform) == Platform::Burki;
    const Setup s =
        sandboxSetup(Platform(platform), burki ? QStringLiteral("42") : QStringLiteral("123"));
    const QList<FakePiece> pieces =
        burki ? QList<FakePiece>{paged(QStringLiteral("contacts"), QStringLiteral("contacts.csv"),
                                       QStringLiteral("campaigns/%1/contacts"), Paging::PageNumber,
                                       100, QStringLiteral("contacts"),
                                       QStringLiteral("pagination.total_items"),
                                       {QStringLiteral("id")})}
              : smartleadPieces();
    const FakeProvider provider(Platform(platform), burki ? AuthStyle::Bearer : AuthStyle::QueryKey,
                                pieces);
    m_sandbox.addFault(QJsonDocument::fromJson(fault).object());

    const ExportResult result = exportWith(provider, s, m_root->path());
    QVERIFY(!result.ok);
    QVERIFY(!result.cancelled);
    QVERIFY2(result.error.contains(file), qPrintable(result.error));
    QVERIFY(!result.error.contains(s.secret));
    QVERIFY(result.bundleDir.isEmpty() && result.manifestPath.isEmpty());
    QCOMPARE(treeOf(m_root->path()), QStringList());
}

void ExportBundleTest::answerContainingTheSecret_isNotWritten()
{
    m_local.echoedSecret = QByteArray(LocalSecret).toBase64();
    const FakeProvider provider(Platform::Burki, AuthStyle::Bearer,
                                {verbatim(QStringLiteral("echo"), QStringLiteral("echo.csv"),
                                          QStringLiteral("campaigns/%1/echo"))});
    const ExportResult result = exportWith(provider, localSetup(), m_root->path());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("key")), qPrintable(result.error));
    QVERIFY(!result.error.contains(QLatin1String(LocalSecret)));
    QCOMPARE(treeOf(m_root->path()), QStringList());
}

void ExportBundleTest::unsafePieceFileName_isRefusedBeforeWriting()
{
    const FakeProvider provider(Platform::Burki, AuthStyle::Bearer,
                                {campaignRows(QStringLiteral("evil"), QStringLiteral("../evil.csv"),
                                              QString(), {QStringLiteral("id")})});
    const ExportResult result = exportWith(provider, localSetup(), m_root->path());
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(treeOf(m_root->path()), QStringList());
    QVERIFY(!QFileInfo::exists(QDir(m_root->path()).filePath(QStringLiteral("../evil.csv"))));
}

void ExportBundleTest::unusableExportFolder_failsWithoutWriting()
{
    // A file where the export folder should be: nothing can be created below it.
    const QString blocker = QDir(m_root->path()).filePath(QStringLiteral("not-a-folder"));
    QVERIFY(writeAll(blocker, "x"));
    const FakeProvider provider(Platform::Burki, AuthStyle::Bearer,
                                {campaignRows(QStringLiteral("rows"), QStringLiteral("rows.csv"),
                                              QString(), {QStringLiteral("id")})});
    const ExportResult result =
        exportWith(provider, localSetup(), blocker + QStringLiteral("/exports"));
    QVERIFY(!result.ok);
    QVERIFY(!result.cancelled);
    QVERIFY(result.error.contains(QLatin1String("exports")));
    QCOMPARE(treeOf(m_root->path()), QStringList{QStringLiteral("not-a-folder")});
}

void ExportBundleTest::destroyingARunningWriter_removesThePartialFolder()
{
    m_local.stallPage = 1;
    const FakeProvider provider(
        Platform::Burki, AuthStyle::Bearer,
        {paged(QStringLiteral("rows"), QStringLiteral("rows.csv"),
               QStringLiteral("campaigns/%1/rows"), Paging::PageNumber, 3, QStringLiteral("items"),
               QStringLiteral("pagination.total_items"), {QStringLiteral("id")})});
    const Setup s = localSetup();
    ExportInputs inputs;
    inputs.account = s.account;
    inputs.secret = s.secret;
    inputs.campaign = s.campaign;
    inputs.liveGetAnswer = s.getAnswer;
    inputs.exportRoot = m_root->path();
    {
        ExportBundleWriter writer(m_transport.get(), provider, inputs);
        writer.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_local.requests > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!treeOf(m_root->path()).isEmpty(), 5000);
    }
    QCOMPARE(treeOf(m_root->path()), QStringList());
}

QTEST_MAIN(ExportBundleTest)
#include "tst_exportbundle.moc"
