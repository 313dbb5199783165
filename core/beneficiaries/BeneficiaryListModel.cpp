// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeneficiaryListModel.h"

#include "domain/Vocabulary.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>

namespace {

int ageOn(const QDate &birthDate, const QDate &day)
{
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

// A short label for the list: "CEJ" rather than the programme's full name.
QString shortProgramme(const QString &code)
{
    return Vocabulary::label(Vocabulary::List::Programme, code).section(QLatin1String(" ("), 0, 0);
}

// The dates of a page in the user's short formats. The formats are looked up once (the system locale answers each
// lookup anew) and each text formatted once: a page sorted by date repeats the same few days.
class ShortDates
{
public:
    QString date(const QString &iso) { return formatted(iso, false); }
    QString dateTime(const QString &iso) { return formatted(iso, true); }

private:
    QString formatted(const QString &iso, bool withTime)
    {
        if (iso.isEmpty())
            return {};
        QString &text = m_done[iso];
        if (!text.isNull())
            return text;
        const QDate day = QDate::fromString(iso.left(10), Qt::ISODate);
        if (!day.isValid())
            return text = QLatin1String("");
        if (!withTime)
            return text = m_locale.toString(day, m_dateFormat);
        // A wall-clock time, read date and time apart: QDateTime would look up the time zone of every row.
        const QTime time = QTime::fromString(iso.mid(11), Qt::ISODate);
        return text = m_locale.toString(QDateTime(day, time.isValid() ? time : QTime(0, 0), Qt::UTC), m_dateTimeFormat);
    }

    QLocale m_locale;
    QString m_dateFormat = m_locale.dateFormat(QLocale::ShortFormat);
    QString m_dateTimeFormat = m_locale.dateTimeFormat(QLocale::ShortFormat);
    QHash<QString, QString> m_done;
};

} // namespace

BeneficiaryListModel::BeneficiaryListModel(Database *database, QObject *parent) : PagedTableModel(parent)
{
    reload(database);
}

BeneficiaryQuery BeneficiaryListModel::query() const
{
    return BeneficiaryQuery(m_filter, m_sort, m_descending);
}

void BeneficiaryListModel::reload(Database *database)
{
    resetPages(database);
}

void BeneficiaryListModel::setFilter(const BeneficiaryFilter &filter)
{
    m_filter = filter;
    reload();
}

void BeneficiaryListModel::sort(int column, Qt::SortOrder order)
{
    switch (Column(column)) {
    case AgeColumn:
        m_sort = BeneficiaryQuery::Sort::Age;
        break;
    case ReferentColumn:
        m_sort = BeneficiaryQuery::Sort::Referent;
        break;
    case LastContactColumn:
        m_sort = BeneficiaryQuery::Sort::LastContact;
        break;
    case NextAppointmentColumn:
        m_sort = BeneficiaryQuery::Sort::NextAppointment;
        break;
    default:
        m_sort = BeneficiaryQuery::Sort::Name;
    }
    m_descending = order == Qt::DescendingOrder;
    reload();
}

qint64 BeneficiaryListModel::countRows() const
{
    const BeneficiaryQuery q = query();
    return countWhere(QStringLiteral(" FROM beneficiaries b") + q.whereClause(), q.whereValues());
}

int BeneficiaryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BeneficiaryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BeneficiaryListRow &row = rowAt(index.row());
    if (role == IdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole && index.column() == AgeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == LastContactColumn && row.lastContact.isEmpty())
        return tr("No contact recorded in the journal yet.");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return row.name;
    case AgeColumn:
        return row.age;
    case ProgrammeColumn:
        return row.programme;
    case ReferentColumn:
        return row.referent;
    case LastContactColumn:
        return row.lastContact;
    case NextAppointmentColumn:
        return row.nextAppointment;
    case CommuneColumn:
        return row.commune;
    case NumberColumn:
        return row.number;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BeneficiaryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case AgeColumn:
        return tr("Age");
    case ProgrammeColumn:
        return tr("Programme");
    case ReferentColumn:
        return tr("Adviser");
    case LastContactColumn:
        return tr("Last contact");
    case NextAppointmentColumn:
        return tr("Next appointment");
    case CommuneColumn:
        return tr("Town");
    case NumberColumn:
        return tr("Dossier no.");
    case ColumnCount:
        break;
    }
    return {};
}

QList<BeneficiaryListRow> BeneficiaryListModel::readPage(qsizetype offset) const
{
    QList<BeneficiaryListRow> rows;
    const BeneficiaryQuery q = query();
    QSqlQuery *page =
        selectPage(QStringLiteral("SELECT b.id, b.last_name, b.first_name, b.birth_date, b.current_programme, "
                                  "b.referent, b.last_contact_on, b.next_appointment_at, b.commune, b.dossier_number "
                                  "FROM beneficiaries b"),
                   q.whereClause() + q.orderClause(), q.whereValues(), offset);
    if (!page)
        return rows;
    QSqlQuery &select = *page;
    ShortDates dates;
    const QDate today = QDate::currentDate();
    while (select.next()) {
        BeneficiaryListRow row;
        row.id = select.value(0).toString();
        row.name = select.value(1).toString().toUpper() + QLatin1Char(' ') + select.value(2).toString();
        if (const QDate birth = select.value(3).toDate(); birth.isValid())
            row.age = ageOn(birth, today);
        if (const QString programme = select.value(4).toString(); !programme.isEmpty())
            row.programme = shortProgramme(programme);
        row.referent = select.value(5).toString();
        row.lastContact = dates.date(select.value(6).toString());
        row.nextAppointment = dates.dateTime(select.value(7).toString());
        row.commune = select.value(8).toString();
        row.number = select.value(9).toString();
        rows << row;
    }
    return rows;
}
