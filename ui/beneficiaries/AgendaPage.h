// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDate;
class QLabel;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class Workspace;

/**
 * The adviser's agenda: today's appointments, then those of the next four weeks day by day, and beside them the
 * actions whose due date has passed. Opening a line opens the young person's dossier.
 */
class AgendaPage : public QWidget
{
    Q_OBJECT

public:
    /// How far ahead the agenda looks.
    static constexpr int DaysAhead = 28;

    explicit AgendaPage(Workspace &workspace, QWidget *parent = nullptr);

    /// Reads the agenda again (the adviser's choice is kept).
    void reload();

    QComboBox *adviserChoice() const { return m_adviser; }
    QTreeWidget *appointmentsView() const { return m_appointments; }
    QTreeWidget *lateActionsView() const { return m_late; }

signals:
    void openDossierRequested(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createAppointments();
    QWidget *createLateActions();
    void fillAdvisers();
    void readAppointments(const QString &adviser);
    /// The bold line that heads a day's appointments.
    QTreeWidgetItem *addDayGroup(const QDate &date);
    void readLateActions(const QString &adviser);
    void activate(const QString &beneficiaryId);

    Workspace &m_workspace;
    QComboBox *m_adviser;
    QStackedWidget *m_appointmentsStack = nullptr;
    QTreeWidget *m_appointments = nullptr;
    QLabel *m_appointmentsEmpty = nullptr;
    QStackedWidget *m_lateStack = nullptr;
    QTreeWidget *m_late = nullptr;
    QLabel *m_lateEmpty = nullptr;
    QLabel *m_lateTitle = nullptr;
};
