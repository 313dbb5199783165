// SPDX-License-Identifier: GPL-3.0-or-later
#include "CareerSheetRepository.h"

#include "CareerSearch.h"
#include "domain/TextNormalizer.h"
#include "domain/Vocabulary.h"
#include "search/SearchService.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlHelpers.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace {

const QString localTable = QStringLiteral("local_sheets");
const QString additionsTable = QStringLiteral("career_additions");

QString lines(const QStringList &items)
{
    QStringList kept;
    for (const QString &item : items) {
        if (!item.trimmed().isEmpty())
            kept << item.trimmed();
    }
    return kept.join(QLatin1Char('\n'));
}

QStringList split(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

const QString localColumns = QStringLiteral("id, rome_code, label, grand_domain, domain, definition, access, "
                                            "appellations, know_how, soft_skills, knowledge, work_contexts");

QVariantMap localValues(const CareerSheet &sheet)
{
    return {{QStringLiteral("rome_code"), sheet.code},
            {QStringLiteral("label"), sheet.label.trimmed()},
            {QStringLiteral("grand_domain"), sheet.grandDomain},
            {QStringLiteral("domain"), sheet.domain},
            {QStringLiteral("definition"), sheet.definition},
            {QStringLiteral("access"), sheet.access},
            {QStringLiteral("appellations"), lines(sheet.appellations)},
            {QStringLiteral("know_how"), lines(sheet.knowHow)},
            {QStringLiteral("soft_skills"), lines(sheet.softSkills)},
            {QStringLiteral("knowledge"), lines(sheet.knowledge)},
            {QStringLiteral("work_contexts"), lines(sheet.workContexts)},
            {QStringLiteral("sort_key"), TextNormalizer::foldForMatching(sheet.label.trimmed())}};
}

} // namespace

CareerSheetRepository::CareerSheetRepository(Database &database) : m_database(database) {}

bool CareerSheetRepository::isRomeCode(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-N][0-9]{4}$"));
    return pattern.match(key).hasMatch();
}

Result<CareerSheet> CareerSheetRepository::find(const QString &key) const
{
    auto sheet = isRomeCode(key) ? findRome(key) : findLocal(key);
    if (!sheet)
        return sheet;
    auto extra = additions(key);
    if (!extra)
        return extra.error();
    sheet->additions = *extra;
    return sheet;
}

Result<QString> CareerSheetRepository::labelOf(const QString &code) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT label FROM rome_sheets WHERE code = ? "
                                 "UNION ALL SELECT label FROM rome_withdrawn WHERE code = ? LIMIT 1"));
    query.addBindValue(code);
    query.addBindValue(code);
    if (auto done = Sql::exec(query, tr("reading a career sheet")); !done)
        return done.error();
    return query.next() ? query.value(0).toString() : QString();
}

Result<CareerSheet> CareerSheetRepository::findRome(const QString &code) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT s.code, s.label, s.grand_domain, coalesce(g.label, ''), s.domain, coalesce(d.label, ''), "
        "s.definition, s.access, (SELECT version FROM rome_versions ORDER BY id DESC LIMIT 1) "
        "FROM rome_sheets s LEFT JOIN rome_grand_domains g ON g.code = s.grand_domain "
        "LEFT JOIN rome_domains d ON d.code = s.domain WHERE s.code = ?"));
    query.addBindValue(code);
    if (auto done = Sql::exec(query, tr("reading a career sheet")); !done)
        return done.error();
    CareerSheet sheet;
    sheet.source = CareerSheet::Source::Rome;
    sheet.key = code;
    sheet.code = code;
    if (query.next()) {
        sheet.label = query.value(1).toString();
        sheet.grandDomain = query.value(2).toString();
        sheet.grandDomainLabel = query.value(3).toString();
        sheet.domain = query.value(4).toString();
        sheet.domainLabel = query.value(5).toString();
        sheet.definition = query.value(6).toString();
        sheet.access = query.value(7).toString();
        sheet.version = query.value(8).toString();
        if (auto lists = readRomeLists(sheet); !lists)
            return lists.error();
        return sheet;
    }
    QSqlQuery withdrawn(m_database.connection());
    withdrawn.prepare(QStringLiteral("SELECT label, last_version FROM rome_withdrawn WHERE code = ?"));
    withdrawn.addBindValue(code);
    if (auto done = Sql::exec(withdrawn, tr("reading a career sheet")); !done)
        return done.error();
    if (!withdrawn.next())
        return Error(Error::Kind::NotFound, tr("There is no career sheet %1.").arg(code));
    sheet.label = withdrawn.value(0).toString();
    sheet.version = withdrawn.value(1).toString();
    sheet.withdrawn = true;
    sheet.grandDomain = code.left(1);
    sheet.grandDomainLabel = Vocabulary::label(Vocabulary::List::RomeGrandDomain, sheet.grandDomain);
    sheet.domain = code.left(3);
    return sheet;
}

Result<void> CareerSheetRepository::readRomeLists(CareerSheet &sheet) const
{
    const QString doing = tr("reading a career sheet");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT label FROM rome_appellations WHERE code = ? ORDER BY position"));
    query.addBindValue(sheet.code);
    if (auto done = Sql::exec(query, doing); !done)
        return done;
    while (query.next())
        sheet.appellations << query.value(0).toString();
    query.prepare(QStringLiteral("SELECT rubrique, label FROM rome_skills WHERE code = ? ORDER BY rubrique, position"));
    query.addBindValue(sheet.code);
    if (auto done = Sql::exec(query, doing); !done)
        return done;
    while (query.next()) {
        const int rubrique = query.value(0).toInt();
        QStringList &list = rubrique == 2 ? sheet.softSkills : rubrique == 3 ? sheet.knowledge : sheet.knowHow;
        list << query.value(1).toString();
    }
    query.prepare(QStringLiteral("SELECT label FROM rome_work_contexts WHERE code = ? ORDER BY position"));
    query.addBindValue(sheet.code);
    if (auto done = Sql::exec(query, doing); !done)
        return done;
    while (query.next())
        sheet.workContexts << query.value(0).toString();
    query.prepare(QStringLiteral("SELECT m.target, coalesce(s.label, w.label, ''), s.code IS NULL "
                                 "FROM rome_mobilities m LEFT JOIN rome_sheets s ON s.code = m.target "
                                 "LEFT JOIN rome_withdrawn w ON w.code = m.target "
                                 "WHERE m.code = ? ORDER BY m.position"));
    query.addBindValue(sheet.code);
    if (auto done = Sql::exec(query, doing); !done)
        return done;
    while (query.next())
        sheet.closeJobs << CareerLink{query.value(0).toString(), query.value(1).toString(), query.value(2).toBool()};
    return {};
}

CareerSheet CareerSheetRepository::localFromQuery(const QSqlQuery &query)
{
    CareerSheet sheet;
    sheet.source = CareerSheet::Source::Local;
    sheet.key = query.value(0).toString();
    sheet.code = query.value(1).toString();
    sheet.label = query.value(2).toString();
    sheet.grandDomain = query.value(3).toString();
    sheet.grandDomainLabel = Vocabulary::label(Vocabulary::List::RomeGrandDomain, sheet.grandDomain);
    sheet.domain = query.value(4).toString();
    sheet.definition = query.value(5).toString();
    sheet.access = query.value(6).toString();
    sheet.appellations = split(query.value(7).toString());
    sheet.knowHow = split(query.value(8).toString());
    sheet.softSkills = split(query.value(9).toString());
    sheet.knowledge = split(query.value(10).toString());
    sheet.workContexts = split(query.value(11).toString());
    return sheet;
}

Result<CareerSheet> CareerSheetRepository::findLocal(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1, (SELECT label FROM rome_domains WHERE code = domain) FROM local_sheets "
                                 "WHERE id = ? AND deleted_at IS NULL")
                      .arg(localColumns));
    query.addBindValue(id);
    if (auto done = Sql::exec(query, tr("reading a career sheet")); !done)
        return done.error();
    if (!query.next())
        return Error(Error::Kind::NotFound, tr("There is no career sheet %1.").arg(id));
    CareerSheet sheet = localFromQuery(query);
    sheet.domainLabel = query.value(12).toString();
    return sheet;
}

Result<QList<CareerSheet>> CareerSheetRepository::localSheets() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM local_sheets WHERE deleted_at IS NULL ORDER BY sort_key").arg(localColumns));
    if (auto done = Sql::exec(query, tr("reading the local career sheets")); !done)
        return done.error();
    QList<CareerSheet> sheets;
    while (query.next())
        sheets << localFromQuery(query);
    return sheets;
}

Result<void> CareerSheetRepository::indexLocal(const CareerSheet &sheet)
{
    const QString texts = sheet.definition + QLatin1Char('\n') + sheet.access;
    if (auto done = CareerSearch(m_database)
                        .index(sheet.key, sheet.label, sheet.appellations,
                               sheet.knowHow + sheet.softSkills + sheet.knowledge, texts);
        !done)
        return done;
    SearchEntry entry;
    entry.module = Module::Careers;
    entry.recordId = sheet.key;
    entry.title = sheet.label;
    const QString domain = Vocabulary::label(Vocabulary::List::RomeGrandDomain, sheet.grandDomain);
    entry.subtitle = sheet.code.isEmpty() ? domain : QStringLiteral("%1 · %2").arg(sheet.code, domain);
    entry.body = sheet.appellations.join(QLatin1Char(' '));
    return SearchService(m_database).index(entry);
}

Result<CareerSheet> CareerSheetRepository::createLocal(CareerSheet sheet)
{
    if (sheet.label.trimmed().isEmpty())
        return Error(Error::Kind::BadInput, tr("A career sheet needs a title."));
    sheet.source = CareerSheet::Source::Local;
    sheet.label = sheet.label.trimmed();
    if (sheet.grandDomain.isEmpty() && !sheet.domain.isEmpty())
        sheet.grandDomain = sheet.domain.left(1);
    auto written = m_database.write([&]() -> Result<void> {
        auto id = RecordStore(m_database).insert(localTable, localValues(sheet));
        if (!id)
            return id.error();
        sheet.key = *id;
        return indexLocal(sheet);
    });
    if (!written)
        return written.error();
    return sheet;
}

Result<CareerSheet> CareerSheetRepository::copyFromRome(const QString &code)
{
    auto rome = findRome(code);
    if (!rome)
        return rome;
    CareerSheet copy = *rome;
    copy.closeJobs.clear();
    copy.withdrawn = false;
    copy.version.clear();
    return createLocal(copy);
}

Result<void> CareerSheetRepository::updateLocal(const CareerSheet &sheet)
{
    if (sheet.label.trimmed().isEmpty())
        return Error(Error::Kind::BadInput, tr("A career sheet needs a title."));
    return m_database.write([&]() -> Result<void> {
        auto changed = RecordStore(m_database).update(localTable, sheet.key, localValues(sheet));
        if (!changed)
            return changed.error();
        return indexLocal(sheet);
    });
}

Result<void> CareerSheetRepository::removeLocal(const QString &id)
{
    auto extra = additions(id);
    if (!extra)
        return extra.error();
    return m_database.write([&]() -> Result<void> {
        RecordStore store(m_database);
        if (auto done = store.markDeleted(localTable, id); !done)
            return done;
        if (!extra->id.isEmpty()) {
            if (auto done = store.markDeleted(additionsTable, extra->id); !done)
                return done;
        }
        if (auto done = CareerSearch(m_database).remove(id); !done)
            return done;
        return SearchService(m_database).remove(Module::Careers, id);
    });
}

Result<CareerAdditions> CareerSheetRepository::additions(const QString &sheetKey) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, notes, training_offers, links, image_path, image FROM career_additions "
                                 "WHERE sheet_key = ? AND deleted_at IS NULL"));
    query.addBindValue(sheetKey);
    if (auto done = Sql::exec(query, tr("reading a career sheet")); !done)
        return done.error();
    CareerAdditions extra;
    extra.sheetKey = sheetKey;
    if (query.next()) {
        extra.id = query.value(0).toString();
        extra.notes = query.value(1).toString();
        extra.trainingOffers = query.value(2).toString();
        extra.links = query.value(3).toString();
        extra.imagePath = query.value(4).toString();
        extra.image = query.value(5).toByteArray();
    }
    return extra;
}

Result<CareerAdditions> CareerSheetRepository::saveAdditions(CareerAdditions extra)
{
    if (extra.sheetKey.isEmpty())
        return Error(Error::Kind::Usage, tr("Local additions must belong to a career sheet."));
    auto existing = additions(extra.sheetKey);
    if (!existing)
        return existing.error();
    const QVariantMap values = {{QStringLiteral("sheet_key"), extra.sheetKey},
                                {QStringLiteral("notes"), extra.notes},
                                {QStringLiteral("training_offers"), extra.trainingOffers},
                                {QStringLiteral("links"), extra.links},
                                {QStringLiteral("image_path"), extra.imagePath},
                                {QStringLiteral("image"), extra.image.isEmpty() ? QVariant() : QVariant(extra.image)}};
    auto written = m_database.write([&]() -> Result<void> {
        RecordStore store(m_database);
        if (existing->id.isEmpty()) {
            auto id = store.insert(additionsTable, values);
            if (!id)
                return id.error();
            extra.id = *id;
            return {};
        }
        extra.id = existing->id;
        auto changed = store.update(additionsTable, extra.id, values);
        if (!changed)
            return changed.error();
        return {};
    });
    if (!written)
        return written.error();
    return extra;
}
