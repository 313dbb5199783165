// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class Workspace;

/**
 * The séances a trainer prepares for a workshop: named, ordered lists of sheets. Create, rename and delete them,
 * add the sheet open in the module, put the sheets in order (buttons or drag and drop), then start projector mode.
 * Every change is saved at once, so nothing is lost if the room's computer is switched off.
 */
class SeancesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SeancesPanel(Workspace &workspace, QWidget *parent = nullptr);

    void reload();
    /// The sheet open in the module, which "Add the current sheet" adds.
    void setCurrentSheet(const QString &key, const QString &label);

    /// Creates a séance and selects it; returns its id (empty on failure, shown to the user).
    QString createSeance(const QString &name, const QStringList &keys = {});
    void selectSeance(const QString &id);
    QString currentSeanceId() const;
    /// Adds a sheet at the end of a séance and saves it.
    bool addSheet(const QString &seanceId, const QString &key);
    /// The keys of the selected séance, in their order.
    QStringList currentKeys() const;
    /// Moves the selected sheet one place up (-1) or down (+1) and saves the order.
    void moveCurrentSheet(int step);

    QListWidget *seanceList() const { return m_seances; }
    QListWidget *sheetList() const { return m_sheets; }

signals:
    void projectorRequested(const QStringList &keys, const QString &title);
    void openRequested(const QString &key);

private:
    QWidget *createSeanceColumn();
    QWidget *createSheetColumn();
    void newSeance();
    void renameSeance();
    void removeSeance();
    void showSeance();
    void removeCurrentSheet();
    void saveOrder();
    void updateButtons();

    Workspace &m_workspace;
    QString m_currentKey;
    QString m_currentLabel;
    QListWidget *m_seances;
    QListWidget *m_sheets;
    QLabel *m_seanceTitle;
    QPushButton *m_rename;
    QPushButton *m_remove;
    QPushButton *m_addCurrent;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_removeSheet;
    QPushButton *m_project;
};
