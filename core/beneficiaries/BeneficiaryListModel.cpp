// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeneficiaryListModel.h"

#include "domain/Vocabulary.h"
#include "storage/Database.h"

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

} // namespace

BeneficiaryListModel::BeneficiaryListModel(Database *database, QObject *parent) : QAbstractTableModel(parent)
{
    reload(database);
}

BeneficiaryQuery BeneficiaryListModel::query() const
{
    return BeneficiaryQuery(m_filter, m_sort, m_descending);
}

void BeneficiaryListModel::reload(Database *database)
{
    beginResetModel();
    m_database = database;
    m_rows.clear();
    m_complete = m_database == nullptr;
    m_total = 0;
    if (m_database)
        countAll();
    // Whoever listens to the reset (a view, a model tester) must not insert rows while it is being announced; they
    // ask for the first page once it is over.
    m_fetching = true;
    endResetModel();
    m_fetching = false;
}

void BeneficiaryListModel::setFilter(const BeneficiaryFilter &filter)
{
    m_filter = filter;
    reload(m_database);
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
    reload(m_database);
}

void BeneficiaryListModel::countAll()
{
    const BeneficiaryQuery q = query();
    QSqlQuery count(m_database->connection());
    count.prepare(QStringLiteral("SELECT count(*) FROM beneficiaries b") + q.whereClause());
    for (const QVariant &value : q.whereValues())
        count.addBindValue(value);
    m_total = count.exec() && count.next() ? count.value(0).toLongLong() : 0;
}

int BeneficiaryListModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return int(row);
    }
    return -1;
}

int BeneficiaryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BeneficiaryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BeneficiaryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole && index.column() == AgeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == LastContactColumn && !row.lastContact.isValid())
        return tr("No contact recorded in the journal yet.");
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case NameColumn:
        return row.name;
    case AgeColumn:
        return row.birthDate.isValid() ? QVariant(ageOn(row.birthDate, QDate::currentDate())) : QVariant();
    case ProgrammeColumn:
        return row.programme.isEmpty() ? QString() : shortProgramme(row.programme);
    case ReferentColumn:
        return row.referent;
    case LastContactColumn:
        return row.lastContact.isValid() ? locale.toString(row.lastContact, QLocale::ShortFormat) : QString();
    case NextAppointmentColumn:
        return row.nextAppointment.isValid() ? locale.toString(row.nextAppointment, QLocale::ShortFormat) : QString();
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

bool BeneficiaryListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_fetching;
}

void BeneficiaryListModel::fetchMore(const QModelIndex &parent)
{
    // Views and model testers may ask for more while rows are being inserted: one page at a time.
    if (parent.isValid() || m_complete || m_fetching)
        return;
    m_fetching = true;
    const QList<Row> page = readPage(m_rows.size());
    m_complete = page.size() < PageSize;
    if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows += page;
        endInsertRows();
    }
    m_fetching = false;
}

QList<BeneficiaryListModel::Row> BeneficiaryListModel::readPage(qsizetype offset) const
{
    QList<Row> rows;
    const BeneficiaryQuery q = query();
    QSqlQuery select(m_database->connection());
    select.prepare(QStringLiteral("SELECT b.id, b.last_name, b.first_name, b.birth_date, b.current_programme, "
                                  "b.referent, b.last_contact_on, b.next_appointment_at, b.commune, b.dossier_number "
                                  "FROM beneficiaries b") +
                   q.whereClause() + q.orderClause() + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &value : q.whereValues())
        select.addBindValue(value);
    select.addBindValue(PageSize);
    select.addBindValue(offset);
    if (!select.exec())
        return rows;
    while (select.next()) {
        Row row;
        row.id = select.value(0).toString();
        row.name = select.value(1).toString().toUpper() + QLatin1Char(' ') + select.value(2).toString();
        row.birthDate = select.value(3).toDate();
        row.programme = select.value(4).toString();
        row.referent = select.value(5).toString();
        row.lastContact = select.value(6).toDate();
        row.nextAppointment = QDateTime::fromString(select.value(7).toString(), Qt::ISODate);
        row.commune = select.value(8).toString();
        row.number = select.value(9).toString();
        rows << row;
    }
    return rows;
}
