// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "careers/CareerSheet.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QToolButton;
class QUrl;
class Workspace;

/**
 * One career sheet as an adviser reads it with a young person: title, code, domains and a badge saying where it
 * comes from, then the referential's texts, the site's additions kept apart, and the dossiers and immersions that
 * aim at it. Its buttons act on the sheet shown: local additions, local copy or edit, séance, projector, paper.
 */
class CareerSheetView : public QWidget
{
    Q_OBJECT

public:
    explicit CareerSheetView(Workspace &workspace, QWidget *parent = nullptr);

    /// Reads the sheet again from the base and shows it; false (and a blank view) when there is no such sheet.
    bool showSheet(const QString &key);
    void clear();

    QString key() const { return m_sheet.key; }
    const CareerSheet &sheet() const { return m_sheet; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *badgeLabel() const { return m_badge; }
    QTextBrowser *body() const { return m_body; }

    void editAdditions();
    void copyToLocal();
    void editLocal();
    void removeLocal();
    void print();
    void exportPdf();

signals:
    /// A close job was clicked.
    void openRequested(const QString &key);
    /// A local sheet was created or removed: the page refreshes its tree and shows key (empty after a removal).
    void sheetsChanged(const QString &key);
    void addToSeanceRequested(const QString &key);
    void projectorRequested(const QString &key);
    void dossierRequested(const QString &beneficiaryId);
    void placementRequested(const QString &placementId);

private:
    QWidget *createActions();
    void showCurrent();
    QString badgeText() const;
    void followLink(const QUrl &url);

    Workspace &m_workspace;
    CareerSheet m_sheet;
    QWidget *m_header;
    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_meta;
    QTextBrowser *m_body;
    QPushButton *m_additions;
    QPushButton *m_copy;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_seance;
    QPushButton *m_projector;
    QToolButton *m_print;
};
