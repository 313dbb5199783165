// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaPage.h"

#include "DossierFormat.h"
#include "beneficiaries/ActionRepository.h"
#include "beneficiaries/AppointmentRepository.h"
#include "domain/Vocabulary.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int DayRole = Qt::UserRole + 2;

QTreeWidget *createTree(const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setItemsExpandable(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setTextElideMode(Qt::ElideRight);
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionsMovable(false);
    return tree;
}

// The rows breathe like those of the other tables of the module.
void setRowHeight(QTreeWidgetItem *item)
{
    const QFontMetrics metrics = item->treeWidget()->fontMetrics();
    // Sized by hand, so the width must be given too: resizing a column to its contents reads it.
    for (int column = 0; column < item->columnCount(); ++column)
        item->setSizeHint(column, QSize(metrics.horizontalAdvance(item->text(column)) + 16, metrics.height() + 10));
}

QLabel *createEmptyText(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("hint"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(24);
    return label;
}

QLabel *createSectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}
} // namespace

AgendaPage::AgendaPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_adviser(new QComboBox(this))
{
    setObjectName(QStringLiteral("agendaPage"));
    m_adviser->setObjectName(QStringLiteral("agendaAdviser"));
    m_adviser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *adviserLabel = new QLabel(tr("Agenda of"), this);
    adviserLabel->setBuddy(m_adviser);
    connect(m_adviser, &QComboBox::currentIndexChanged, this, &AgendaPage::reload);

    auto *top = new QHBoxLayout;
    top->addWidget(adviserLabel);
    top->addWidget(m_adviser);
    top->addStretch(1);

    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createAppointments());
    splitter->addWidget(createLateActions());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({620, 480});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
}

QWidget *AgendaPage::createAppointments()
{
    auto *box = new QWidget(this);
    m_appointments = createTree({tr("Time"), tr("Young person"), tr("Place"), tr("Subject"), tr("Adviser")}, box);
    m_appointments->setObjectName(QStringLiteral("agendaAppointments"));
    m_appointments->setAccessibleName(tr("Appointments"));
    m_appointmentsEmpty = createEmptyText(box);
    m_appointmentsStack = new QStackedWidget(box);
    m_appointmentsStack->addWidget(m_appointments);
    m_appointmentsStack->addWidget(m_appointmentsEmpty);
    connect(m_appointments, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(item->data(0, IdRole).toString()); });

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createSectionTitle(tr("Appointments, today and the next four weeks"), box));
    layout->addWidget(m_appointmentsStack, 1);
    return box;
}

QWidget *AgendaPage::createLateActions()
{
    auto *box = new QWidget(this);
    m_late = createTree({tr("Due"), tr("Young person"), tr("Action"), tr("Adviser")}, box);
    m_late->setObjectName(QStringLiteral("agendaLateActions"));
    m_late->setAccessibleName(tr("Late actions"));
    m_lateEmpty = createEmptyText(box);
    m_lateStack = new QStackedWidget(box);
    m_lateStack->addWidget(m_late);
    m_lateStack->addWidget(m_lateEmpty);
    connect(m_late, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(item->data(0, IdRole).toString()); });

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_lateTitle = createSectionTitle(tr("Late actions"), box);
    layout->addWidget(m_lateTitle);
    layout->addWidget(m_lateStack, 1);
    return box;
}

void AgendaPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void AgendaPage::fillAdvisers()
{
    const QString user = m_workspace.userName();
    const QString current = m_adviser->count() > 0 ? m_adviser->currentData().toString() : user;
    const QSignalBlocker blocker(m_adviser);
    m_adviser->clear();
    if (!user.isEmpty())
        m_adviser->addItem(user, user);
    m_adviser->addItem(tr("All advisers"), QString());
    m_adviser->setCurrentIndex(qMax(0, m_adviser->findData(current)));
}

void AgendaPage::reload()
{
    fillAdvisers();
    const QString adviser = m_adviser->currentData().toString();
    readAppointments(adviser);
    readLateActions(adviser);
}

void AgendaPage::readAppointments(const QString &adviser)
{
    m_appointments->clear();
    m_appointments->setColumnHidden(4, !adviser.isEmpty());
    Database *database = m_workspace.database();
    if (!database) {
        m_appointmentsEmpty->setText(tr("No database is open."));
        m_appointmentsStack->setCurrentWidget(m_appointmentsEmpty);
        return;
    }
    const QDate today = QDate::currentDate();
    auto entries = AppointmentRepository(*database).agenda(adviser, today, today.addDays(DaysAhead));
    if (!entries || entries->isEmpty()) {
        m_appointmentsEmpty->setText(entries ? tr("No appointment planned in the next four weeks. Plan one from the "
                                                  "Appointments tab of a dossier.")
                                             : entries.error().message());
        m_appointmentsStack->setCurrentWidget(m_appointmentsEmpty);
        return;
    }
    QTreeWidgetItem *day = nullptr;
    // Today always shows, so that an empty morning is said rather than guessed.
    if (entries->first().appointment.startsAt.date() != today) {
        day = addDayGroup(today);
        auto *none = new QTreeWidgetItem(day, {QString(), tr("No appointment today.")});
        none->setFlags(Qt::ItemIsEnabled);
        setRowHeight(none);
    }
    for (const AgendaEntry &entry : std::as_const(*entries)) {
        const Appointment &a = entry.appointment;
        if (!day || a.startsAt.date() != day->data(0, DayRole).toDate())
            day = addDayGroup(a.startsAt.date());
        auto *item = new QTreeWidgetItem(day, {DossierFormat::time(a.startsAt), entry.beneficiaryName, a.place,
                                               DossierFormat::firstLine(a.subject), a.adviser});
        item->setData(0, IdRole, a.beneficiaryId);
        setRowHeight(item);
        const QString tip =
            tr("%1, %2 – dossier %3")
                .arg(entry.beneficiaryName, DossierFormat::duration(a.durationMinutes), entry.dossierNumber);
        for (int column = 0; column < m_appointments->columnCount(); ++column)
            item->setToolTip(column, tip);
        item->setToolTip(3, a.subject);
    }
    m_appointments->expandAll();
    m_appointments->resizeColumnToContents(0);
    m_appointments->resizeColumnToContents(1);
    m_appointments->setColumnWidth(0, qMax(m_appointments->columnWidth(0), 60));
    m_appointments->resizeColumnToContents(2);
    m_appointments->setColumnWidth(2, qMin(m_appointments->columnWidth(2), 220));
    m_appointmentsStack->setCurrentWidget(m_appointments);
}

QTreeWidgetItem *AgendaPage::addDayGroup(const QDate &date)
{
    const QDate today = QDate::currentDate();
    const QString name = QLocale().toString(date, QStringLiteral("dddd d MMMM"));
    const QString title = date == today              ? tr("Today, %1").arg(name)
                          : date == today.addDays(1) ? tr("Tomorrow, %1").arg(name)
                                                     : name.left(1).toUpper() + name.mid(1);
    auto *day = new QTreeWidgetItem(m_appointments, {title});
    day->setData(0, DayRole, date);
    day->setFlags(Qt::ItemIsEnabled);
    QFont font = day->font(0);
    font.setBold(true);
    day->setFont(0, font);
    day->setFirstColumnSpanned(true);
    setRowHeight(day);
    return day;
}

void AgendaPage::readLateActions(const QString &adviser)
{
    m_late->clear();
    m_lateTitle->setText(tr("Late actions"));
    m_late->setColumnHidden(3, !adviser.isEmpty());
    Database *database = m_workspace.database();
    if (!database) {
        m_lateEmpty->setText(tr("No database is open."));
        m_lateStack->setCurrentWidget(m_lateEmpty);
        return;
    }
    auto late = ActionRepository(*database).late(adviser);
    if (!late || late->isEmpty()) {
        m_lateEmpty->setText(late ? tr("No late action. The actions of your dossiers whose due date has passed "
                                       "will show here.")
                                  : late.error().message());
        m_lateStack->setCurrentWidget(m_lateEmpty);
        return;
    }
    for (const LateAction &entry : std::as_const(*late)) {
        auto *item = new QTreeWidgetItem(m_late, {DossierFormat::date(entry.action.dueOn), entry.beneficiaryName,
                                                  entry.action.title, entry.referent});
        item->setData(0, IdRole, entry.action.beneficiaryId);
        setRowHeight(item);
        item->setToolTip(2, tr("%1 – %2").arg(Vocabulary::label(Vocabulary::List::ActionTheme, entry.action.theme),
                                              entry.action.title));
    }
    m_lateTitle->setText(tr("Late actions (%1)").arg(late->size()));
    for (int column = 0; column < 2; ++column)
        m_late->resizeColumnToContents(column);
    m_lateStack->setCurrentWidget(m_late);
}

void AgendaPage::activate(const QString &beneficiaryId)
{
    if (!beneficiaryId.isEmpty())
        emit openDossierRequested(beneficiaryId);
}
