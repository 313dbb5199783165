// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessReport.h"

#include "AccessControl.h"
#include "AuditQuery.h"
#include "exchange/ExchangeRecordLabels.h"
#include "exchange/ExchangeTables.h"
#include "io/AtomicFile.h"
#include "io/PdfFile.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextDocument>
#include <QTimeZone>

namespace {

/// Columns that only serve the program (sorting, duplicate detection, the link to the dossier itself): in the JSON,
/// not in the document a person reads.
bool technical(const QString &column)
{
    return column == QLatin1String("id") || column == QLatin1String("sort_key") ||
           column == QLatin1String("duplicate_key") || column == QLatin1String("beneficiary_id") ||
           column == QLatin1String("last_contact_on") || column == QLatin1String("next_appointment_at") ||
           column == QLatin1String("current_programme");
}

/// A record's title without the kind its section already says ("Action : Envoyer…" under « Actions »).
QString titleWithinSection(const QString &table, const QVariantMap &values)
{
    const QString kind = ExchangeRecordLabels::tableLabel(table);
    const QString title = ExchangeRecordLabels::recordTitle(table, values);
    if (title == kind || !title.startsWith(kind))
        return title;
    QString rest = title.mid(kind.size());
    while (!rest.isEmpty() && (rest.front() == QLatin1Char(':') || rest.front().isSpace()))
        rest.remove(0, 1);
    return rest;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>"));
}

QString atText(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace

AccessReport::AccessReport(Database &database) : m_database(database) {}

Result<void> AccessReport::build(const QString &dossierId)
{
    if (auto allowed = AccessControl::require(m_database, AccessControl::Permission::AnswerAccessRequest); !allowed)
        return allowed;
    m_records.clear();
    m_accesses.clear();
    m_conflicts.clear();
    m_referenceTitles.clear();
    m_referenceTables.clear();
    m_builtAt = QDateTime::currentDateTimeUtc();
    auto refs = DossierRecords::of(m_database, dossierId);
    if (!refs)
        return refs.error();
    auto tables = ExchangeTables::discover(m_database.connection());
    if (!tables)
        return tables.error();
    for (const ExchangeTable &table : std::as_const(*tables)) {
        for (const ExchangeReference &reference : table.references)
            m_referenceTables.insert(table.name + QLatin1Char('.') + reference.column, reference.parentTable);
    }
    for (const RecordRef &ref : std::as_const(*refs)) {
        if (auto read = readRecord(ref); !read)
            return read;
    }
    if (auto read = readAccesses(); !read)
        return read;
    return readConflicts();
}

Result<void> AccessReport::readRecord(const RecordRef &ref)
{
    const QString doing = tr("reading what is held about the person");
    QSqlQuery query(m_database.connection());
    // The table name comes from the schema (DossierRecords), never from a user.
    if (auto done = Sql::exec(query, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(ref.table), {ref.id}, doing);
        !done)
        return done;
    if (!query.next())
        return {};
    HeldRecord held{ref, {}, {}};
    const QSqlRecord row = query.record();
    for (int i = 0; i < row.count(); ++i) {
        held.columns << row.fieldName(i);
        held.values.insert(row.fieldName(i), query.value(i));
    }
    // What a column points to outside the person's records (the company of an immersion, the campaign of a case)
    // is named by its title, read once.
    for (const QString &column : std::as_const(held.columns)) {
        const QString parent = m_referenceTables.value(ref.table + QLatin1Char('.') + column);
        const QString id = held.values.value(column).toString();
        const QString key = parent + QLatin1Char('/') + id;
        if (parent.isEmpty() || id.isEmpty() || m_referenceTitles.contains(key))
            continue;
        QSqlQuery parentQuery(m_database.connection());
        QVariantMap parentRow;
        if (Sql::exec(parentQuery, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(parent), {id}, doing) &&
            parentQuery.next()) {
            const QSqlRecord fields = parentQuery.record();
            for (int i = 0; i < fields.count(); ++i)
                parentRow.insert(fields.fieldName(i), parentQuery.value(i));
        }
        m_referenceTitles.insert(key, ExchangeRecordLabels::recordTitle(parent, parentRow));
    }
    m_records << held;
    return {};
}

Result<void> AccessReport::readAccesses()
{
    AuditFilter filter;
    for (const HeldRecord &record : std::as_const(m_records))
        filter.records << record.ref;
    const AuditQuery audit(filter);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (auto done =
            Sql::exec(query, AuditQuery::selectAndFrom() + audit.whereClause() + QStringLiteral(" ORDER BY a.id"),
                      audit.whereValues(), tr("reading the accesses to the dossier"));
        !done)
        return done;
    while (query.next())
        m_accesses << AuditQuery::lineFrom(query).entry;
    return {};
}

Result<void> AccessReport::readConflicts()
{
    QVariantList values;
    for (const HeldRecord &record : std::as_const(m_records))
        values << record.ref.table << record.ref.id;
    const QString in = DossierRecords::valuesList(m_records.size());
    QSqlQuery query(m_database.connection());
    if (auto done =
            Sql::exec(query,
                      QStringLiteral("SELECT table_name, record_id, peer_site, detected_at, status, mine, theirs "
                                     "FROM exchange_conflicts WHERE (table_name, record_id) IN ") +
                          in + QStringLiteral(" ORDER BY id"),
                      values, tr("reading what is held about the person"));
        !done)
        return done;
    const QSqlRecord fields = query.record();
    while (query.next()) {
        QVariantMap conflict;
        for (int i = 0; i < fields.count(); ++i)
            conflict.insert(fields.fieldName(i), query.value(i));
        m_conflicts << conflict;
    }
    return {};
}

QString AccessReport::readable(const HeldRecord &record, const QString &column) const
{
    const QString parent = m_referenceTables.value(record.ref.table + QLatin1Char('.') + column);
    if (!parent.isEmpty()) {
        const QString id = record.values.value(column).toString();
        return id.isEmpty() ? QString() : m_referenceTitles.value(parent + QLatin1Char('/') + id, id);
    }
    return ExchangeRecordLabels::displayValue(record.ref.table, column, record.values.value(column));
}

QJsonObject AccessReport::toJson() const
{
    QJsonArray records;
    for (const HeldRecord &record : m_records) {
        QJsonObject values;
        for (const QString &column : record.columns)
            values.insert(column, QJsonValue::fromVariant(record.values.value(column)));
        records.append(QJsonObject{{QStringLiteral("table"), record.ref.table},
                                   {QStringLiteral("kind"), ExchangeRecordLabels::tableLabel(record.ref.table)},
                                   {QStringLiteral("id"), record.ref.id},
                                   {QStringLiteral("values"), values}});
    }
    QJsonArray conflicts;
    for (const QVariantMap &conflict : m_conflicts)
        conflicts.append(QJsonObject::fromVariantMap(conflict));
    QJsonArray accesses;
    for (const AuditEntry &entry : m_accesses)
        accesses.append(QJsonObject{{QStringLiteral("at"), entry.at.toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("user"), entry.user},
                                    {QStringLiteral("site"), entry.site},
                                    {QStringLiteral("action"), entry.action},
                                    {QStringLiteral("action_label"), AuditQuery::actionLabel(entry.action)},
                                    {QStringLiteral("table"), entry.table},
                                    {QStringLiteral("record_id"), entry.recordId},
                                    {QStringLiteral("fields"), QJsonArray::fromStringList(entry.fields)}});
    return {{QStringLiteral("format"), QStringLiteral("sillage-right-of-access")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("generated_at"), m_builtAt.toString(Qt::ISODate)},
            {QStringLiteral("generated_by"), m_database.currentUser()},
            {QStringLiteral("site"), m_database.siteCode()},
            {QStringLiteral("records"), records},
            {QStringLiteral("exchange_conflicts"), conflicts},
            {QStringLiteral("accesses"), accesses}};
}

QString AccessReport::html() const
{
    const HeldRecord *dossier = m_records.isEmpty() ? nullptr : &m_records.first();
    const QString person = dossier ? titleWithinSection(dossier->ref.table, dossier->values) : QString();
    QString out = QStringLiteral("<html><head><style>"
                                 "body { font-size: 9pt; } h1 { font-size: 15pt; } h2 { font-size: 12pt; "
                                 "margin-top: 14px; } h3 { font-size: 10pt; margin-top: 8px; margin-bottom: 2px; } "
                                 "td, th { padding: 1px 4px; } th { text-align: left; background: #e8ecef; } "
                                 "td.label { color: #444; }"
                                 "</style></head><body>");
    out += QStringLiteral("<h1>%1</h1>").arg(escaped(tr("Data held about %1").arg(person)));
    out += QStringLiteral("<p>%1</p>")
               .arg(escaped(tr("Extracted on %1 by %2 (site %3) in answer to a request for access (article 15 of the "
                               "GDPR). This document holds everything Sillage keeps about this person: the dossier "
                               "and every record of every module attached to it, private notes included, then the "
                               "list of accesses to these records.")
                                .arg(atText(m_builtAt), m_database.currentUser(), m_database.siteCode())));

    // One section per kind of record, in the order they were found (the dossier, then what hangs on it).
    QStringList kinds;
    for (const HeldRecord &record : m_records) {
        if (!kinds.contains(record.ref.table))
            kinds << record.ref.table;
    }
    for (const QString &kind : std::as_const(kinds)) {
        int count = 0;
        for (const HeldRecord &record : m_records)
            count += record.ref.table == kind ? 1 : 0;
        out += QStringLiteral("<h2>%1 (%2)</h2>").arg(escaped(ExchangeRecordLabels::tableLabel(kind))).arg(count);
        for (const HeldRecord &record : m_records) {
            if (record.ref.table != kind)
                continue;
            out += QStringLiteral("<h3>%1</h3><table width=\"100%\" cellspacing=\"0\">")
                       .arg(escaped(titleWithinSection(kind, record.values)));
            for (const QString &column : record.columns) {
                if (technical(column))
                    continue;
                const QString value = readable(record, column);
                if (value.isEmpty())
                    continue;
                out += QStringLiteral("<tr><td class=\"label\" width=\"32%\">%1</td><td>%2</td></tr>")
                           .arg(escaped(ExchangeRecordLabels::fieldLabel(column)), escaped(value));
            }
            out += QStringLiteral("</table>");
        }
    }

    if (!m_conflicts.isEmpty()) {
        out += QStringLiteral("<h2>%1 (%2)</h2><p>%3</p>")
                   .arg(escaped(tr("Exchange conflicts")))
                   .arg(m_conflicts.size())
                   .arg(escaped(tr("Two versions of a record changed on two sites; both are kept until an adviser "
                                   "chooses. The full versions are in the JSON file.")));
        out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                   .arg(escaped(tr("Record")), escaped(tr("Other site")), escaped(tr("Detected on")));
        for (const QVariantMap &conflict : m_conflicts)
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                       .arg(escaped(ExchangeRecordLabels::tableLabel(
                                conflict.value(QStringLiteral("table_name")).toString())),
                            escaped(conflict.value(QStringLiteral("peer_site")).toString()),
                            escaped(atText(QDateTime::fromMSecsSinceEpoch(
                                conflict.value(QStringLiteral("detected_at")).toLongLong(), QTimeZone::utc()))));
        out += QStringLiteral("</table>");
    }

    out += QStringLiteral("<h2>%1 (%2)</h2>").arg(escaped(tr("Accesses to these records"))).arg(m_accesses.size());
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                          "<th>%5</th></tr>")
               .arg(escaped(tr("When")), escaped(tr("Who")), escaped(tr("What")), escaped(tr("Record")),
                    escaped(tr("Fields")));
    for (const AuditEntry &entry : m_accesses) {
        QStringList fields;
        for (const QString &field : entry.fields)
            fields << ExchangeRecordLabels::fieldLabel(field);
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                   .arg(escaped(atText(entry.at)), escaped(entry.user), escaped(AuditQuery::actionLabel(entry.action)),
                        escaped(ExchangeRecordLabels::tableLabel(entry.table)),
                        escaped(fields.join(QStringLiteral(", "))));
    }
    out += QStringLiteral("</table></body></html>");
    return out;
}

Result<AccessExportFiles> AccessReport::write(const QString &dossierId, const QString &folder)
{
    if (auto built = build(dossierId); !built)
        return built.error();
    if (!QDir().mkpath(folder))
        return AtomicFile::writeError(folder, tr("The folder cannot be created."));
    const QString number = m_records.first().values.value(QStringLiteral("dossier_number")).toString();
    // The number names the files, never the person: a folder listing shows no name.
    QString stem = tr("right-of-access") + QLatin1Char('-') + number;
    stem.replace(QRegularExpression(QStringLiteral("[^\\w.-]")), QStringLiteral("_"));
    AccessExportFiles files;
    files.jsonPath = QDir(folder).filePath(stem + QStringLiteral(".json"));
    files.pdfPath = QDir(folder).filePath(stem + QStringLiteral(".pdf"));
    files.records = int(m_records.size());
    files.accesses = int(m_accesses.size());

    const QByteArray json = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (auto written = AtomicFile::write(files.jsonPath,
                                         [&json](QIODevice &out) -> Result<void> {
                                             out.write(json);
                                             return {};
                                         });
        !written)
        return written.error();
    const QString title = tr("Right of access – dossier %1").arg(number);
    auto pdf = PdfFile::write(files.pdfPath, title, 150, [&](QPdfWriter &writer) -> Result<int> {
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDocumentMargin(0);
        document.setHtml(html());
        document.setPageSize(PdfFile::bodySize(writer));
        return PdfFile::paintPages(writer, document, title);
    });
    if (!pdf) {
        // Both files or neither: a JSON alone would look like a complete answer.
        QFile::remove(files.jsonPath);
        return pdf.error();
    }
    if (auto audited = m_database.write([&] {
            return AuditLog(m_database)
                .record(QStringLiteral("beneficiaries"), dossierId, QStringLiteral("access"),
                        {QString::number(files.records)});
        });
        !audited)
        return audited.error();
    return files;
}
