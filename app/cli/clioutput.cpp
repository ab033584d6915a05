#include "clioutput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>

namespace CampaignDesk::Cli {

namespace {

int severity(int code)
{
    switch (code) {
    case ExitUnknown:
        return 4;
    case ExitPlatform:
        return 3;
    case ExitRefused:
        return 2;
    case ExitUsage:
        return 1;
    default:
        return 0;
    }
}

QJsonValue dateJson(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("CampaignDesk::Cli", text);
}

// The id as text, whether the file has a string or a number.
QString idOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

bool entryFrom(const QJsonValue &value, const QString &where, BulkEntry *entry, QString *error)
{
    if (!value.isObject()) {
        *error =
            tr("%1: expected an object like {\"account\": \"label\", \"id\": \"42\"}.").arg(where);
        return false;
    }
    const QJsonObject o = value.toObject();
    entry->account = o.value(QStringLiteral("account")).toString().trimmed();
    entry->id = idOf(o.value(QStringLiteral("id")));
    entry->name = o.value(QStringLiteral("name")).toString();
    if (entry->account.isEmpty() || entry->id.isEmpty()) {
        *error = tr("%1: needs \"account\" (the account's label) and \"id\".").arg(where);
        return false;
    }
    return true;
}

} // namespace

int worseExitCode(int a, int b)
{
    return severity(a) >= severity(b) ? a : b;
}

QString terminalSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        const bool hidden = category == QChar::Other_Control || category == QChar::Other_Format ||
                            category == QChar::Separator_Line ||
                            category == QChar::Separator_Paragraph;
        safe.append(hidden ? QChar(QChar::ReplacementCharacter) : c);
    }
    return safe;
}

QString formatTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths.append(h.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto line = [&widths](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
            const bool last = i == cells.size() - 1;
            text += last ? cells.at(i) : cells.at(i).leftJustified(widths.at(i) + 2);
        }
        return text + QLatin1Char('\n');
    };
    QString out = line(header);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

QJsonObject campaignJson(const Campaign &campaign, const QString &accountLabel)
{
    return QJsonObject{
        {QStringLiteral("account"), accountLabel},
        {QStringLiteral("platform"), platformKey(campaign.platform)},
        {QStringLiteral("id"), campaign.id},
        {QStringLiteral("name"), campaign.name},
        {QStringLiteral("status"), campaignStatusKey(campaign.status)},
        {QStringLiteral("rawStatus"), campaign.rawStatus},
        {QStringLiteral("type"), campaign.type},
        {QStringLiteral("created"), dateJson(campaign.created)},
        {QStringLiteral("updated"), dateJson(campaign.updated)},
        {QStringLiteral("count"),
         campaign.keyCount >= 0 ? QJsonValue(campaign.keyCount) : QJsonValue()},
    };
}

bool statusMatches(const Campaign &campaign, const QString &word)
{
    const QString w = word.trimmed();
    CampaignStatus status;
    if (campaignStatusFromKey(w.toLower(), &status))
        return campaign.status == status;
    return campaign.rawStatus.trimmed().compare(w, Qt::CaseInsensitive) == 0;
}

bool parseBulkFile(const QByteArray &content, QList<BulkEntry> *entries, QString *error)
{
    QList<BulkEntry> result;
    const QByteArray trimmed = content.trimmed();
    if (trimmed.startsWith('[')) {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
            *error = tr("The file is not a valid JSON array: %1 at offset %2.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
            return false;
        }
        const QJsonArray array = doc.array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            BulkEntry entry;
            if (!entryFrom(array.at(i), tr("entry %1").arg(i + 1), &entry, error))
                return false;
            result.append(entry);
        }
    } else {
        const QList<QByteArray> lines = content.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            if (line.isEmpty())
                continue;
            const QString where = tr("line %1").arg(i + 1);
            QJsonParseError parseError{};
            const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                *error = tr("%1: not JSON (%2).").arg(where, parseError.errorString());
                return false;
            }
            BulkEntry entry;
            if (!entryFrom(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(), where, &entry,
                           error))
                return false;
            result.append(entry);
        }
    }
    QSet<QString> seen;
    for (const BulkEntry &entry : std::as_const(result)) {
        const QString key = entry.account + QLatin1Char('\x1f') + entry.id;
        if (seen.contains(key)) {
            *error = tr("Campaign %1 of \"%2\" is listed twice.").arg(entry.id, entry.account);
            return false;
        }
        seen.insert(key);
    }
    *entries = result;
    return true;
}

} // namespace CampaignDesk::Cli
