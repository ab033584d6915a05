#pragma once

#include "safety/auditlog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class ActivityWindow;
}

namespace CampaignDesk {

// The audit log's rows for the Activity window, newest first, as AuditLog::query() returned
// them. Rows are identified by the attempt id (AttemptIdRole), never by position: a refresh can
// insert newer rows above the one the user is reading.
class ActivityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityModel)

public:
    enum Column
    {
        WhenColumn,
        PlatformColumn,
        AccountColumn,
        CampaignColumn,
        ActionColumn,
        StatusBeforeColumn,
        OutcomeColumn,
        HttpStatusColumn,
        MessageColumn,
        ExportPathColumn,
        ColumnCount
    };
    enum Role
    {
        AttemptIdRole = Qt::UserRole + 1,
        OutcomeKeyRole, // auditOutcomeKey(), for tests and delegates
    };

    explicit ActivityModel(QObject *parent = nullptr);
    ~ActivityModel() override;

    void setRecords(const QList<AttemptRecord> &records);
    const AttemptRecord *recordAt(const QModelIndex &index) const;
    // The row of the attempt with that id, or -1.
    int indexOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AttemptRecord> m_records;
};

// The Activity window: every pause, resume, stop, archive, export, delete and protection change
// the app attempted, filterable by account, action, outcome and text, with the full record of
// the selected entry and a CSV export. It reads only through AuditLog, so the disk is never
// touched on the GUI thread. Non-modal: open it with show().
class ActivityWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityWindow)

public:
    explicit ActivityWindow(AuditLog *log, QWidget *parent = nullptr);
    ~ActivityWindow() override;

    ActivityModel *model() const { return m_model; }
    // The filter the controls describe (limit included).
    AttemptFilter currentFilter() const;

    // Reads the log again with the current filter; answered by refreshed().
    void refresh();
    // What "Export CSV…" does once a file was chosen; answered by exported().
    void exportCsvTo(const QString &filePath);

Q_SIGNALS:
    void refreshed(int rows);
    void exported(bool ok, const QString &message);

private:
    void applyRecords(const QList<AttemptRecord> &records);
    void applyAccounts(const QList<AuditAccount> &accounts);
    void chooseExportFile();
    void showDetails();
    QString detailsText(const AttemptRecord &record) const;

    std::unique_ptr<Ui::ActivityWindow> m_ui;
    AuditLog *m_log;
    ActivityModel *m_model;
    QTimer m_refreshTimer;    // debounces typing and bursts of new entries
    quint64 m_generation = 0; // answers to an older query are dropped
};

} // namespace CampaignDesk
