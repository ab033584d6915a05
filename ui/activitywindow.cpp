#include "activitywindow.h"
#include "ui_activitywindow.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QKeySequence>
#include <QShortcut>
#include <QStandardPaths>

namespace CampaignDesk {

namespace {

QString platformText(const QString &key)
{
    Platform platform = Platform::Talkover;
    if (key.isEmpty())
        return QStringLiteral("—");
    return platformFromKey(key, &platform) ? platformDisplayName(platform) : key;
}

// Outcomes the user should look at twice. The text says it too: colour is only a hint.
bool needsAttention(const AttemptRecord &r)
{
    return r.outcome == AuditOutcome::Failed || r.outcome == AuditOutcome::Unknown ||
           r.outcome == AuditOutcome::NotDeletedConfirmedByCheck;
}

QString outcomeText(const AttemptRecord &r)
{
    if (!r.completed)
        return ActivityModel::tr("Outcome unknown (never completed)");
    return auditOutcomeDisplayName(r.outcome);
}

} // namespace

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ActivityModel::~ActivityModel() = default;

void ActivityModel::setRecords(const QList<AttemptRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

const AttemptRecord *ActivityModel::recordAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_records.size())
        return nullptr;
    return &m_records.at(index.row());
}

int ActivityModel::indexOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id == id)
            return int(i);
    }
    return -1;
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    const AttemptRecord *r = recordAt(index);
    if (!r)
        return {};
    switch (role) {
    case AttemptIdRole:
        return r->id;
    case OutcomeKeyRole:
        return auditOutcomeKey(r->outcome);
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn && needsAttention(*r))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == HttpStatusColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case WhenColumn:
        return r->startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case PlatformColumn:
        return platformText(r->platform);
    case AccountColumn:
        return r->sandbox ? tr("%1 (sandbox)").arg(r->accountLabel) : r->accountLabel;
    case CampaignColumn:
        if (role == Qt::ToolTipRole || r->campaignName.isEmpty())
            return tr("%1 (id %2)").arg(r->campaignName, r->campaignId);
        return r->campaignName;
    case ActionColumn:
        return auditActionDisplayName(r->action);
    case StatusBeforeColumn:
        return r->statusBefore;
    case OutcomeColumn:
        return outcomeText(*r);
    case HttpStatusColumn:
        return r->httpStatus > 0 ? QString::number(r->httpStatus) : QString();
    case MessageColumn:
        return role == Qt::DisplayRole ? r->platformMessage.simplified() : r->platformMessage;
    case ExportPathColumn:
        if (r->exportSkipped)
            return tr("Export turned off by the user");
        return QDir::toNativeSeparators(r->exportPath);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case WhenColumn:
        return tr("When");
    case PlatformColumn:
        return tr("Platform");
    case AccountColumn:
        return tr("Account");
    case CampaignColumn:
        return tr("Campaign");
    case ActionColumn:
        return tr("Action");
    case StatusBeforeColumn:
        return tr("Status before");
    case OutcomeColumn:
        return tr("Outcome");
    case HttpStatusColumn:
        return tr("HTTP");
    case MessageColumn:
        return tr("Platform message");
    case ExportPathColumn:
        return tr("Export");
    case ColumnCount:
        break;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------

ActivityWindow::ActivityWindow(AuditLog *log, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::ActivityWindow>())
    , m_log(log)
    , m_model(new ActivityModel(this))
{
    m_ui->setupUi(this);
    m_ui->tableView->setModel(m_model);
    m_ui->tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->tableView->verticalHeader()->hide();
    m_ui->tableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);

    m_ui->accountCombo->addItem(tr("All accounts"), QString());
    m_ui->actionCombo->addItem(tr("All actions"), -1);
    for (int i = 0; i < AuditActionCount; ++i)
        m_ui->actionCombo->addItem(auditActionDisplayName(AuditAction(i)), i);
    m_ui->outcomeCombo->addItem(tr("All outcomes"), -1);
    for (int i = 0; i < AuditOutcomeCount; ++i)
        m_ui->outcomeCombo->addItem(auditOutcomeDisplayName(AuditOutcome(i)), i);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(200);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ActivityWindow::refresh);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_refreshTimer,
            qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_ui->accountCombo, m_ui->actionCombo, m_ui->outcomeCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ActivityWindow::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ActivityWindow::refresh);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ActivityWindow::chooseExportFile);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActivityWindow::showDetails);
    connect(m_ui->tableView, &QAbstractItemView::doubleClicked, this, [this] {
        showDetails();
        m_ui->detailsEdit->setFocus(Qt::OtherFocusReason);
    });
    // New entries while the window is open: picked up without the user asking.
    connect(m_log, &AuditLog::changed, &m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_log, &AuditLog::opened, this, &ActivityWindow::refresh);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    auto *reload = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(reload, &QShortcut::activated, this, &ActivityWindow::refresh);

    refresh();
}

ActivityWindow::~ActivityWindow() = default;

AttemptFilter ActivityWindow::currentFilter() const
{
    AttemptFilter filter;
    filter.accountId = m_ui->accountCombo->currentData().toString();
    const int action = m_ui->actionCombo->currentData().toInt();
    if (action >= 0)
        filter.action = AuditAction(action);
    const int outcome = m_ui->outcomeCombo->currentData().toInt();
    if (outcome >= 0)
        filter.outcome = AuditOutcome(outcome);
    filter.text = m_ui->searchEdit->text().trimmed();
    return filter;
}

void ActivityWindow::refresh()
{
    m_refreshTimer.stop();
    const quint64 generation = ++m_generation;
    m_log->accounts(this, [this, generation](const QList<AuditAccount> &accounts) {
        if (generation == m_generation)
            applyAccounts(accounts);
    });
    m_log->query(currentFilter(), this, [this, generation](const QList<AttemptRecord> &records) {
        if (generation == m_generation)
            applyRecords(records);
    });
}

void ActivityWindow::applyAccounts(const QList<AuditAccount> &accounts)
{
    QComboBox *combo = m_ui->accountCombo;
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo); // the filter itself does not change
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const AuditAccount &a : accounts) {
        const QString label = a.accountLabel.isEmpty() ? a.accountId : a.accountLabel;
        combo->addItem(a.platform.isEmpty() ? label
                                            : tr("%1 — %2").arg(label, platformText(a.platform)),
                       a.accountId);
    }
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void ActivityWindow::applyRecords(const QList<AttemptRecord> &records)
{
    // Keep the entry the user was reading, by id: newer rows may have arrived above it.
    const AttemptRecord *selected = m_model->recordAt(m_ui->tableView->currentIndex());
    const qint64 selectedId = selected ? selected->id : 0;
    m_model->setRecords(records);
    const int row = selectedId ? m_model->indexOf(selectedId) : -1;
    if (row >= 0)
        m_ui->tableView->setCurrentIndex(m_model->index(row, 0));
    else
        showDetails();
    m_ui->statusLabel->setText(records.isEmpty() ? tr("No entries match.")
                                                 : tr("%n entries", nullptr, int(records.size())));
    Q_EMIT refreshed(int(records.size()));
}

void ActivityWindow::showDetails()
{
    const AttemptRecord *r = m_model->recordAt(m_ui->tableView->currentIndex());
    m_ui->detailsEdit->setPlainText(r ? detailsText(*r) : QString());
}

QString ActivityWindow::detailsText(const AttemptRecord &r) const
{
    QStringList lines;
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << label + QLatin1Char(' ') + value;
    };
    add(tr("Campaign:"), tr("%1 (id %2)").arg(r.campaignName, r.campaignId));
    add(tr("Platform:"), platformText(r.platform));
    add(tr("Account:"), r.sandbox ? tr("%1 (sandbox)").arg(r.accountLabel) : r.accountLabel);
    add(tr("Action:"), auditActionDisplayName(r.action));
    add(tr("Status before:"), r.statusBefore);
    add(tr("Started:"), r.startedAt.toLocalTime().toString(Qt::ISODate));
    add(tr("Finished:"), r.completed ? r.finishedAt.toLocalTime().toString(Qt::ISODate)
                                     : tr("never completed (the app stopped before the answer)"));
    add(tr("Outcome:"), outcomeText(r));
    add(tr("HTTP status:"), r.httpStatus > 0 ? QString::number(r.httpStatus) : QString());
    add(tr("Platform message:"), r.platformMessage);
    if (r.exportSkipped)
        add(tr("Export:"), tr("turned off by the user"));
    else
        add(tr("Export:"), QDir::toNativeSeparators(r.exportPath));
    add(tr("Manifest SHA-256:"), r.manifestSha256);
    add(tr("How the outcome was established:"), r.detail);
    if (!r.deletionSummary.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.deletionSummary.toUtf8());
        lines << tr("Deletion summary:")
              << (doc.isNull() ? r.deletionSummary
                               : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
    }
    return lines.join(QLatin1Char('\n'));
}

void ActivityWindow::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Export activity as CSV"),
                                   folder + QLatin1String("/campaign-desk-activity.csv"),
                                   tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ActivityWindow::exportCsvTo);
    dialog->open();
}

void ActivityWindow::exportCsvTo(const QString &filePath)
{
    AttemptFilter filter = currentFilter();
    filter.limit = 0; // everything that matches, not just what the table shows
    m_ui->exportButton->setEnabled(false);
    m_ui->statusLabel->setText(tr("Exporting…"));
    m_log->exportCsv(filter, filePath, this, [this, filePath](bool ok, const QString &error) {
        m_ui->exportButton->setEnabled(true);
        const QString message =
            ok ? tr("Exported to %1.").arg(QDir::toNativeSeparators(filePath)) : error;
        m_ui->statusLabel->setText(message);
        Q_EMIT exported(ok, message);
    });
}

} // namespace CampaignDesk
