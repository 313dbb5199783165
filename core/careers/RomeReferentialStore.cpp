// SPDX-License-Identifier: GPL-3.0-or-later
#include "RomeReferentialStore.h"

#include "CareerSearch.h"
#include "domain/TextNormalizer.h"
#include "domain/Vocabulary.h"
#include "search/SearchService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {

// A null QString binds as NULL, which the NOT NULL columns refuse: an absent text is an empty one.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString texts(const RomeSheetData &sheet)
{
    return sheet.definition + QLatin1Char('\n') + sheet.access;
}

} // namespace

RomeReferentialStore::RomeReferentialStore(Database &database) : m_database(database) {}

Result<QString> RomeReferentialStore::currentVersion() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT version FROM rome_versions ORDER BY id DESC LIMIT 1"));
    if (auto done = Sql::exec(query, tr("reading the ROME version")); !done)
        return done.error();
    return query.next() ? query.value(0).toString() : QString();
}

Result<int> RomeReferentialStore::sheetCount() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM rome_sheets"));
    if (auto done = Sql::exec(query, tr("reading the ROME sheets")); !done)
        return done.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Result<QHash<QString, QString>> RomeReferentialStore::currentLabels() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT code, label FROM rome_sheets"));
    if (auto done = Sql::exec(query, tr("reading the ROME sheets")); !done)
        return done.error();
    QHash<QString, QString> labels;
    while (query.next())
        labels.insert(query.value(0).toString(), query.value(1).toString());
    return labels;
}

Result<RomeImportReport> RomeReferentialStore::compare(const RomeReferential &referential) const
{
    RomeImportReport report;
    report.version = referential.version;
    auto previous = currentVersion();
    if (!previous)
        return previous.error();
    report.previousVersion = *previous;
    report.unchanged = !report.previousVersion.isEmpty() && report.previousVersion == referential.version;
    int appellations = 0, skills = 0, contexts = 0, mobilities = 0;
    for (const RomeSheetData &sheet : referential.sheets) {
        appellations += int(sheet.appellations.size());
        skills += int(sheet.skills.size());
        contexts += int(sheet.workContexts.size());
        mobilities += int(sheet.mobilities.size());
    }
    report.counts.insert(QStringLiteral("sheets"), int(referential.sheets.size()));
    report.counts.insert(QStringLiteral("appellations"), appellations);
    report.counts.insert(QStringLiteral("skills"), skills);
    report.counts.insert(QStringLiteral("work_contexts"), contexts);
    report.counts.insert(QStringLiteral("mobilities"), mobilities);
    if (report.unchanged)
        return report;

    auto old = currentLabels();
    if (!old)
        return old.error();
    QSet<QString> present;
    for (const RomeSheetData &sheet : referential.sheets) {
        present.insert(sheet.code);
        const auto found = old->constFind(sheet.code);
        if (found == old->constEnd())
            report.added << sheet.code;
        else if (found.value() != sheet.label)
            report.relabelled << RomeRelabel{sheet.code, found.value(), sheet.label};
    }
    for (auto it = old->constBegin(); it != old->constEnd(); ++it) {
        if (!present.contains(it.key()))
            report.removed << it.key();
    }
    report.added.sort();
    report.removed.sort();
    std::sort(report.relabelled.begin(), report.relabelled.end(),
              [](const RomeRelabel &a, const RomeRelabel &b) { return a.code < b.code; });
    return report;
}

Result<RomeImportReport> RomeReferentialStore::replace(const RomeReferential &referential)
{
    RomeImportReport report;
    auto written = m_database.write([&]() -> Result<void> {
        auto compared = compare(referential);
        if (!compared)
            return compared.error();
        report = *compared;
        if (report.unchanged)
            return {};
        auto oldLabels = currentLabels();
        if (!oldLabels)
            return oldLabels.error();
        if (auto done = writeSheets(referential); !done)
            return done;
        if (auto done = forgetWithdrawn(report, *oldLabels); !done)
            return done;
        QSqlQuery &version = m_database.prepared(
            QStringLiteral("INSERT INTO rome_versions (version, imported_at, imported_by, sheet_count, demo) "
                           "VALUES (?, ?, ?, ?, ?)"));
        version.addBindValue(referential.version);
        version.addBindValue(QDateTime::currentMSecsSinceEpoch());
        version.addBindValue(m_database.currentUser());
        version.addBindValue(int(referential.sheets.size()));
        version.addBindValue(referential.demo ? 1 : 0);
        if (auto done = Sql::exec(version, tr("recording the ROME version")); !done)
            return done;
        return AuditLog(m_database)
            .record(QStringLiteral("rome_sheets"), referential.version, QStringLiteral("import"),
                    {QString::number(referential.sheets.size())});
    });
    if (!written)
        return written.error();
    return report;
}

Result<void> RomeReferentialStore::writeSheets(const RomeReferential &referential)
{
    const QStringList tables = {QStringLiteral("rome_sheets"),       QStringLiteral("rome_appellations"),
                                QStringLiteral("rome_skills"),       QStringLiteral("rome_work_contexts"),
                                QStringLiteral("rome_mobilities"),   QStringLiteral("rome_domains"),
                                QStringLiteral("rome_grand_domains")};
    for (const QString &table : tables) {
        // Table names are the constants above, never user input.
        QSqlQuery clear(m_database.connection());
        clear.prepare(QStringLiteral("DELETE FROM %1").arg(table));
        if (auto done = Sql::exec(clear, tr("replacing the ROME referential")); !done)
            return done;
    }
    if (auto done = CareerSearch(m_database).clearReferential(); !done)
        return done;
    if (auto done = writeDomains(referential); !done)
        return done;
    QHash<QString, QString> grandDomainLabels;
    for (auto it = referential.grandDomains.constBegin(); it != referential.grandDomains.constEnd(); ++it)
        grandDomainLabels.insert(it.key(), it.value());
    for (const RomeSheetData &sheet : referential.sheets) {
        if (auto done = writeSheet(sheet, grandDomainLabels); !done)
            return done;
    }
    return {};
}

Result<void> RomeReferentialStore::writeDomains(const RomeReferential &referential)
{
    QMap<QString, QString> grandDomains = referential.grandDomains;
    for (const Term &term : Vocabulary::terms(Vocabulary::List::RomeGrandDomain)) {
        if (!grandDomains.contains(term.code))
            grandDomains.insert(term.code, term.label);
    }
    QSqlQuery &grand =
        m_database.prepared(QStringLiteral("INSERT OR REPLACE INTO rome_grand_domains (code, label) VALUES (?, ?)"));
    for (auto it = grandDomains.constBegin(); it != grandDomains.constEnd(); ++it) {
        grand.addBindValue(it.key());
        grand.addBindValue(it.value());
        if (auto done = Sql::exec(grand, tr("replacing the ROME referential")); !done)
            return done;
    }
    QSqlQuery &domain = m_database.prepared(
        QStringLiteral("INSERT OR REPLACE INTO rome_domains (code, grand_domain, label) VALUES (?, ?, ?)"));
    for (auto it = referential.domains.constBegin(); it != referential.domains.constEnd(); ++it) {
        domain.addBindValue(it.key());
        domain.addBindValue(it.key().left(1));
        domain.addBindValue(it.value());
        if (auto done = Sql::exec(domain, tr("replacing the ROME referential")); !done)
            return done;
    }
    return {};
}

Result<void> RomeReferentialStore::writeSheet(const RomeSheetData &sheet,
                                              const QHash<QString, QString> &grandDomainLabels)
{
    const QString doing = tr("writing the ROME sheet %1").arg(sheet.code);
    QSqlQuery &insert = m_database.prepared(
        QStringLiteral("INSERT INTO rome_sheets (code, label, grand_domain, domain, definition, access, sort_key) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {text(sheet.code), text(sheet.label), text(sheet.grandDomain), text(sheet.domain), text(sheet.definition),
          text(sheet.access), text(TextNormalizer::foldForMatching(sheet.label))})
        insert.addBindValue(value);
    if (auto done = Sql::exec(insert, doing); !done)
        return done;

    QSqlQuery &appellation = m_database.prepared(QStringLiteral(
        "INSERT INTO rome_appellations (code, position, ogr, label, short_label) VALUES (?, ?, ?, ?, ?)"));
    QStringList names;
    for (qsizetype i = 0; i < sheet.appellations.size(); ++i) {
        const RomeAppellation &a = sheet.appellations.at(i);
        for (const QVariant &value :
             {text(sheet.code), QVariant(int(i)), text(a.ogr), text(a.label), text(a.shortLabel)})
            appellation.addBindValue(value);
        if (auto done = Sql::exec(appellation, doing); !done)
            return done;
        names << a.label;
    }
    QSqlQuery &skill = m_database.prepared(
        QStringLiteral("INSERT INTO rome_skills (code, rubrique, position, ogr, label) VALUES (?, ?, ?, ?, ?)"));
    QStringList skills;
    for (qsizetype i = 0; i < sheet.skills.size(); ++i) {
        const RomeSkill &s = sheet.skills.at(i);
        for (const QVariant &value :
             {text(sheet.code), QVariant(s.rubrique), QVariant(int(i)), text(s.ogr), text(s.label)})
            skill.addBindValue(value);
        if (auto done = Sql::exec(skill, doing); !done)
            return done;
        skills << s.label;
    }
    QSqlQuery &context = m_database.prepared(
        QStringLiteral("INSERT INTO rome_work_contexts (code, position, category, label) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < sheet.workContexts.size(); ++i) {
        for (const QVariant &value : {text(sheet.code), QVariant(int(i)), text(sheet.workContexts.at(i).category),
                                      text(sheet.workContexts.at(i).label)})
            context.addBindValue(value);
        if (auto done = Sql::exec(context, doing); !done)
            return done;
    }
    QSqlQuery &mobility =
        m_database.prepared(QStringLiteral("INSERT INTO rome_mobilities (code, target, position) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < sheet.mobilities.size(); ++i) {
        mobility.addBindValue(sheet.code);
        mobility.addBindValue(sheet.mobilities.at(i));
        mobility.addBindValue(int(i));
        if (auto done = Sql::exec(mobility, doing); !done)
            return done;
    }
    if (auto done = CareerSearch(m_database).index(sheet.code, sheet.label, names, skills, texts(sheet)); !done)
        return done;
    SearchEntry entry;
    entry.module = Module::Careers;
    entry.recordId = sheet.code;
    entry.title = sheet.label;
    entry.subtitle = QStringLiteral("%1 · %2").arg(
        sheet.code, grandDomainLabels.value(sheet.grandDomain,
                                            Vocabulary::label(Vocabulary::List::RomeGrandDomain, sheet.grandDomain)));
    entry.body = names.join(QLatin1Char(' '));
    return SearchService(m_database).index(entry);
}

Result<void> RomeReferentialStore::forgetWithdrawn(const RomeImportReport &report,
                                                   const QHash<QString, QString> &oldLabels)
{
    // A code that comes back in a later version is no longer withdrawn.
    QSqlQuery back(m_database.connection());
    back.prepare(QStringLiteral("DELETE FROM rome_withdrawn WHERE code IN (SELECT code FROM rome_sheets)"));
    if (auto done = Sql::exec(back, tr("replacing the ROME referential")); !done)
        return done;
    SearchService search(m_database);
    QSqlQuery &withdrawn = m_database.prepared(
        QStringLiteral("INSERT OR REPLACE INTO rome_withdrawn (code, label, last_version, withdrawn_in) "
                       "VALUES (?, ?, ?, ?)"));
    for (const QString &code : report.removed) {
        if (auto done = search.remove(Module::Careers, code); !done)
            return done;
        // The demo sheets were never official: a real import that lacks one of them withdraws nothing.
        if (report.previousVersion == QLatin1String("demo"))
            continue;
        withdrawn.addBindValue(code);
        withdrawn.addBindValue(oldLabels.value(code));
        withdrawn.addBindValue(report.previousVersion);
        withdrawn.addBindValue(report.version);
        if (auto done = Sql::exec(withdrawn, tr("replacing the ROME referential")); !done)
            return done;
    }
    return {};
}
