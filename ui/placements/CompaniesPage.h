// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class CompanyDirectoryModel;
struct Company;
class EmptyStatePage;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;
class Workspace;

/**
 * The directory of host companies: searched by name or commune as the adviser types and filtered by ROME grand
 * domaine, beside the company selected with its details, its tutors and its history of immersions with their
 * outcomes, so that the adviser can tell where to send a young person next.
 */
class CompaniesPage : public QWidget
{
    Q_OBJECT

public:
    explicit CompaniesPage(Workspace &workspace, QWidget *parent = nullptr);

    /// Reads everything again (another database, another change), keeping the selected company.
    void reload();
    /// Shows this company, selecting it in the table when the filter shows it.
    void selectCompany(const QString &id);

    QTableView *list() const { return m_list; }
    CompanyDirectoryModel *directoryModel() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *domainFilter() const { return m_domain; }
    QString selectedId() const { return m_selectedId; }
    QTableWidget *tutorList() const { return m_tutors; }
    QTableWidget *historyTable() const { return m_history; }
    QLabel *historySummary() const { return m_summary; }
    QPushButton *newCompanyButton() const { return m_newCompany; }
    QPushButton *editCompanyButton() const { return m_editCompany; }
    QPushButton *addTutorButton() const { return m_addTutor; }
    QPushButton *editTutorButton() const { return m_editTutor; }
    QPushButton *removeTutorButton() const { return m_removeTutor; }
    QPushButton *removeCompanyButton() const { return m_removeCompany; }
    /// Whether the page shows its empty state (no company in the directory) rather than the directory.
    bool isShowingEmptyState() const;

signals:
    /// A company or a tutor was created, changed or removed from this page.
    void directoryChanged();

private:
    QWidget *createMain();
    QWidget *createDetail();
    QWidget *createTutors(QWidget *parent);
    void applyFilter();
    void updateCount();
    void showCompany(const QString &id);
    /// Everything the directory knows of the company but its name, one line per kind.
    static QString detailsText(const Company &company);
    void showTutors(const QString &companyId);
    void showHistory(const QString &companyId);
    void updateTutorButtons();
    QString currentTutorId() const;
    void newCompany();
    void editCompany();
    void addTutor();
    void editTutor();
    void removeTutor();
    void removeCompany();
    /// Asks before a removal, « Garder » being the default; true when the user chose to remove.
    bool confirmRemoval(const QString &title, const QString &text, const QString &detail);

    Workspace &m_workspace;
    CompanyDirectoryModel *m_model;
    QStackedWidget *m_stack;
    EmptyStatePage *m_empty;
    QLineEdit *m_search;
    QComboBox *m_domain;
    QLabel *m_count;
    QPushButton *m_newCompany;
    QTableView *m_list;
    QWidget *m_detail = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_editCompany = nullptr;
    QPushButton *m_removeCompany = nullptr;
    QTableWidget *m_tutors = nullptr;
    QPushButton *m_addTutor = nullptr;
    QPushButton *m_editTutor = nullptr;
    QPushButton *m_removeTutor = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_history = nullptr;
    QString m_selectedId;
    bool m_selecting = false;
};
