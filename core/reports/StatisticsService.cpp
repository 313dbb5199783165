// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatisticsService.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QSqlQuery>

namespace {

// The three columns every indicator's query gives, named for the queries built around it.
QString rowsOf(const IndicatorQuery &query)
{
    return QStringLiteral("WITH counted(category, series, record_id) AS (%1) ").arg(query.sql);
}

QList<IndicatorKey> months(const StatisticsFilter &filter)
{
    QList<IndicatorKey> keys;
    const QLocale locale;
    // Within one year the year goes without saying on an axis, and twelve months then fit beside each other.
    const bool oneYear = filter.from.year() == filter.to.year();
    for (QDate month(filter.from.year(), filter.from.month(), 1); month <= filter.to; month = month.addMonths(1))
        keys << IndicatorKey{month.toString(QStringLiteral("yyyy-MM")),
                             locale.toString(month, QStringLiteral("MMM yyyy")),
                             oneYear ? locale.toString(month, QStringLiteral("MMM")) : QString()};
    return keys;
}

// The keys in the preferred order, then those found that the order does not know ("none" last).
QStringList ordered(const QStringList &preferred, const QStringList &found, bool keepAllPreferred)
{
    QStringList keys;
    for (const QString &code : preferred) {
        if (keepAllPreferred || found.contains(code))
            keys << code;
    }
    QStringList others;
    for (const QString &code : found) {
        if (!keys.contains(code) && code != QLatin1String("none"))
            others << code;
    }
    others.sort();
    keys += others;
    if (found.contains(QStringLiteral("none")) && !keys.contains(QStringLiteral("none")))
        keys << QStringLiteral("none");
    return keys;
}

IndicatorKey key(const QString &code, const std::function<QString(const QString &)> &label)
{
    return {code, label ? label(code) : code};
}

} // namespace

StatisticsService::StatisticsService(Database &database) : m_database(database) {}

Result<IndicatorResult> StatisticsService::compute(const IndicatorSpec &spec, const StatisticsFilter &filter) const
{
    if (!filter.isValid())
        return Error(Error::Kind::Usage, tr("The period is not valid: its start must come before its end."));
    IndicatorQuery query;
    if (spec.counts) {
        query = spec.counts(filter);
    } else {
        query = spec.query(filter);
        query.sql = rowsOf(query) + QLatin1String("SELECT coalesce(category, ''), coalesce(series, ''), count(*) "
                                                  "FROM counted GROUP BY 1, 2");
    }
    QSqlQuery counts(m_database.connection());
    if (auto done = Sql::exec(counts, query.sql, query.values, tr("computing the figures")); !done)
        return done.error();
    QMap<QPair<QString, QString>, qint64> cells;
    QStringList foundCategories;
    QStringList foundSeries;
    while (counts.next()) {
        const QString category = counts.value(0).toString();
        const QString series = counts.value(1).toString();
        cells.insert({category, series}, counts.value(2).toLongLong());
        if (!foundCategories.contains(category))
            foundCategories << category;
        if (!foundSeries.contains(series))
            foundSeries << series;
    }

    IndicatorResult result;
    result.definition = spec.definition;
    switch (spec.axis) {
    case CategoryAxis::Months:
        result.categories = months(filter);
        break;
    case CategoryAxis::Fixed:
        for (const QString &code : ordered(spec.fixedCategories, foundCategories, true))
            result.categories << key(code, spec.categoryLabel);
        break;
    case CategoryAxis::Found:
        for (const QString &code : ordered({}, foundCategories, false))
            result.categories << key(code, spec.categoryLabel);
        break;
    }
    const bool oneSeries = spec.fixedSeries.isEmpty() && !spec.seriesLabel;
    if (oneSeries) {
        result.series << IndicatorKey{QString(), spec.definition.title};
    } else {
        for (const QString &code : ordered(spec.fixedSeries, foundSeries, false))
            result.series << key(code, spec.seriesLabel);
    }
    for (const IndicatorKey &series : std::as_const(result.series)) {
        QList<qint64> row;
        for (const IndicatorKey &category : std::as_const(result.categories))
            row << cells.value({category.code, oneSeries ? QString() : series.code});
        result.values << row;
    }
    return result;
}

Result<QList<IndicatorResult>> StatisticsService::computeAll(const StatisticsFilter &filter) const
{
    QList<IndicatorResult> results;
    for (const IndicatorSpec &spec : IndicatorCatalogue::all()) {
        auto result = compute(spec, filter);
        if (!result)
            return result.error();
        results << *result;
    }
    return results;
}

Result<QStringList> StatisticsService::records(const IndicatorSpec &spec, const StatisticsFilter &filter,
                                               const QString &category, const QString &series) const
{
    const IndicatorQuery query = spec.query(filter);
    // Qt binds a null QString as SQL NULL, which equals nothing: the codes of a single series are empty, not null.
    const QString seriesCode = series.isNull() ? QStringLiteral("") : series;
    QVariantList values = query.values;
    values << (category.isNull() ? QStringLiteral("") : category) << seriesCode << seriesCode;
    QSqlQuery rows(m_database.connection());
    if (auto done = Sql::exec(rows,
                              rowsOf(query) + QLatin1String("SELECT DISTINCT record_id FROM counted WHERE "
                                                            "coalesce(category, '') = ? AND (? = '' OR "
                                                            "coalesce(series, '') = ?)"),
                              values, tr("listing the records of a figure"));
        !done)
        return done.error();
    QStringList ids;
    while (rows.next())
        ids << rows.value(0).toString();
    return ids;
}

Result<QStringList> StatisticsService::sites() const
{
    // Each table's sites read from its index of origin sites (schema 10), one search per site.
    return distinct({Sql::liveValues(QStringLiteral("beneficiaries"), QStringLiteral("origin_site")),
                     Sql::liveValues(QStringLiteral("placements"), QStringLiteral("origin_site")),
                     Sql::liveValues(QStringLiteral("dropout_cases"), QStringLiteral("origin_site"))});
}

Result<QStringList> StatisticsService::advisers() const
{
    // The accounts stand for the journal's authors: listing those would read a million entries at every opening
    // of the dashboard.
    return distinct({Sql::liveValues(QStringLiteral("beneficiaries"), QStringLiteral("referent")),
                     Sql::liveValues(QStringLiteral("placements"), QStringLiteral("prescriber")),
                     Sql::liveValues(QStringLiteral("dropout_cases"), QStringLiteral("adviser")),
                     QStringLiteral("SELECT name FROM users WHERE disabled_at IS NULL")});
}

Result<bool> StatisticsService::isAdviser(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    const QString sql =
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM beneficiaries WHERE referent = ?1 AND deleted_at IS NULL) "
                       "OR EXISTS (SELECT 1 FROM placements WHERE prescriber = ?1 AND deleted_at IS NULL) "
                       "OR EXISTS (SELECT 1 FROM dropout_cases WHERE adviser = ?1 AND deleted_at IS NULL)");
    if (auto done = Sql::exec(query, sql, {name}, tr("reading the filters of the figures")); !done)
        return done.error();
    return query.next() && query.value(0).toBool();
}

Result<QStringList> StatisticsService::distinct(const QStringList &selects) const
{
    const QString sql = selects.join(QLatin1String(" UNION "));
    QSqlQuery query(m_database.connection());
    if (auto done = Sql::exec(query, sql, {}, tr("reading the filters of the figures")); !done)
        return done.error();
    QStringList values;
    while (query.next()) {
        const QString value = query.value(0).toString().trimmed();
        if (!value.isEmpty() && !values.contains(value))
            values << value;
    }
    std::sort(values.begin(), values.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return values;
}

QJsonObject StatisticsService::toJson(const StatisticsFilter &filter, const QList<IndicatorResult> &results)
{
    QJsonArray indicators;
    for (const IndicatorResult &result : results)
        indicators.append(result.toJson());
    return {{QStringLiteral("from"), filter.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), filter.to.toString(Qt::ISODate)},
            {QStringLiteral("site"), filter.site},
            {QStringLiteral("adviser"), filter.adviser},
            {QStringLiteral("indicators"), indicators}};
}
