// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlProfiler.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#ifdef SILLAGE_HAVE_SQLITE3
#include <sqlite3.h>

#include <cstdio>
#endif

namespace SqlProfiler {

#ifdef SILLAGE_HAVE_SQLITE3
namespace {

qint64 thresholdNs = -1;

int traced(unsigned type, void *, void *statement, void *elapsed)
{
    if (type != SQLITE_TRACE_PROFILE)
        return 0;
    const auto ns = *static_cast<sqlite3_int64 *>(elapsed);
    if (ns < thresholdNs)
        return 0;
    char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
    std::fprintf(stderr, "[sql %8.2f ms] %s\n", double(ns) / 1e6, sql ? sql : "?");
    sqlite3_free(sql);
    return 0;
}

} // namespace
#endif

void attachIfRequested(const QSqlDatabase &connection)
{
#ifdef SILLAGE_HAVE_SQLITE3
    bool ok = false;
    const int milliseconds = qEnvironmentVariableIntValue("SILLAGE_SQL_PROFILE", &ok);
    if (!ok)
        return;
    // The driver hands out its sqlite3 handle as a QVariant holding "sqlite3*".
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    // The same library as Qt's driver, or tracing would write into another library's structures.
    if (db == nullptr || qstrcmp(sqlite3_libversion(), SQLITE_VERSION) != 0)
        return;
    thresholdNs = qint64(milliseconds) * 1000000;
    sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, traced, nullptr);
#else
    Q_UNUSED(connection)
#endif
}

} // namespace SqlProfiler
