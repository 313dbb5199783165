// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordTitles.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QDate>
#include <QLocale>
#include <QSqlQuery>

RecordTitles::RecordTitles(Database &database) : m_database(database) {}

Result<QList<RecordTitle>> RecordTitles::titles(Module module, const QStringList &ids) const
{
    QString sql;
    switch (module) {
    case Module::Placements:
        sql = QStringLiteral("SELECT p.id, upper(b.last_name) || ' ' || b.first_name, p.job_label, p.start_on "
                             "FROM placements p JOIN beneficiaries b ON b.id = p.beneficiary_id WHERE p.id = ?");
        break;
    case Module::Dropouts:
        sql = QStringLiteral("SELECT id, upper(last_name) || ' ' || first_name, '', received_on FROM dropout_cases "
                             "WHERE id = ?");
        break;
    default:
        sql = QStringLiteral("SELECT id, upper(last_name) || ' ' || first_name, dossier_number, NULL FROM "
                             "beneficiaries WHERE id = ?");
        break;
    }
    QList<RecordTitle> titles;
    const QLocale locale;
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (const QString &id : ids) {
        query.addBindValue(id);
        if (auto done = Sql::exec(query, tr("reading the records of a figure")); !done)
            return done.error();
        if (!query.next())
            continue;
        // An anonymised record has no name any more: it is listed as such.
        QString name = query.value(1).toString().trimmed();
        if (name.isEmpty())
            name = tr("(anonymised)");
        QStringList parts = {name};
        if (const QString detail = query.value(2).toString(); !detail.isEmpty())
            parts << detail;
        if (const QDate date = QDate::fromString(query.value(3).toString(), Qt::ISODate); date.isValid())
            parts << locale.toString(date, QLocale::ShortFormat);
        titles << RecordTitle{query.value(0).toString(), parts.join(QStringLiteral(" · "))};
        query.finish();
    }
    std::sort(titles.begin(), titles.end(), [](const RecordTitle &a, const RecordTitle &b) {
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    return titles;
}
