// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataSettings.h"

#include "AuditLog.h"
#include "Database.h"
#include "SqlHelpers.h"
#include "domain/TextNormalizer.h"

#include <QRegularExpression>
#include <QSqlQuery>

DataSettings::DataSettings(Database &database) : m_database(database) {}

QString DataSettings::value(const QString &key, const QString &fallback) const
{
    QSqlQuery &query = m_database.prepared(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next()) {
        const QString value = query.value(0).toString();
        query.finish();
        return value;
    }
    return fallback;
}

Result<void> DataSettings::setValue(const QString &key, const QString &value)
{
    return m_database.write([&]() -> Result<void> {
        QSqlQuery &query =
            m_database.prepared(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(key);
        query.addBindValue(value);
        if (auto done = Sql::exec(query, tr("saving a setting")); !done)
            return done;
        return AuditLog(m_database).record(QStringLiteral("settings"), key, QStringLiteral("update"), {key});
    });
}

QString DataSettings::siteCode() const
{
    return value(QStringLiteral("site.code"));
}

QString DataSettings::siteName() const
{
    return value(QStringLiteral("site.name"));
}

Result<void> DataSettings::setSite(const QString &code, const QString &name)
{
    if (!isValidSiteCode(code))
        return Error(Error::Kind::BadInput, tr("The site code \"%1\" is not valid.").arg(code),
                     tr("Use two to five capital letters, such as CAE for Caen."));
    if (name.trimmed().isEmpty())
        return Error(Error::Kind::BadInput, tr("The site needs a name."));
    auto saved = m_database.write([&]() -> Result<void> {
        if (auto done = setValue(QStringLiteral("site.code"), code); !done)
            return done;
        return setValue(QStringLiteral("site.name"), name.trimmed());
    });
    if (saved)
        m_database.setSiteCode(code);
    return saved;
}

Result<QString> DataSettings::nextDossierNumber(int year)
{
    // A counter, not a setting someone edits: it gets no audit row of its own (the dossier it numbers has one).
    const QString key = QStringLiteral("numbering.dossier.%1").arg(year);
    QSqlQuery &counter = m_database.prepared(
        QStringLiteral("INSERT INTO settings (key, value) VALUES (?, '1') "
                       "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING value"));
    counter.addBindValue(key);
    if (auto done = Sql::exec(counter, tr("numbering a dossier")); !done)
        return done.error();
    if (!counter.next())
        return Sql::storageError(counter, tr("numbering a dossier"));
    const int next = counter.value(0).toInt();
    counter.finish();
    // The site recorded in the file, not the session's: a copy opened elsewhere keeps numbering for its own site.
    const QString site = siteCode();
    const QString prefix = site.isEmpty() ? QStringLiteral("SIL") : site;
    return QStringLiteral("%1-%2-%3").arg(prefix).arg(year).arg(next, 5, 10, QLatin1Char('0'));
}

QString DataSettings::suggestedSiteCode(const QString &siteName)
{
    QString letters;
    for (const QChar c : TextNormalizer::foldForMatching(siteName)) {
        if (c.isLetter())
            letters += c.toUpper();
        if (letters.size() == 3)
            break;
    }
    return letters;
}

bool DataSettings::isValidSiteCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2,5}$"));
    return pattern.match(code).hasMatch();
}
