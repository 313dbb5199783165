// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFrame;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QToolButton;
class Workspace;
struct DropoutCase;

/**
 * One dropout case as an adviser works it: who the young person is, how old, whether the obligation de formation
 * still applies and until when, the school left, the legal guardian; the moves the workflow allows; the contact
 * attempts, logged in two clicks (a channel, then what it gave); the proposal to call the case unreachable; the link
 * with the young person's Jeunes dossier; the status history.
 */
class DropoutCaseView : public QWidget
{
    Q_OBJECT

public:
    explicit DropoutCaseView(Workspace &workspace, QWidget *parent = nullptr);

    /// Shows the case (empty id: nothing).
    void setCase(const QString &id);
    QString caseId() const { return m_caseId; }

    /// The button of a contact channel; clicking it offers the outcomes as a menu.
    QToolButton *channelButton(const QString &channel) const;
    QFrame *unreachableBanner() const { return m_banner; }

signals:
    /// The case changed in the database: the list shows it again.
    void caseChanged(const QString &id);
    void dossierRequested(const QString &beneficiaryId);

private:
    QWidget *createIdentity();
    QWidget *createAttemptRow();
    QWidget *createDossierRow();
    void showIdentity(const DropoutCase &c);
    void showMoves(const DropoutCase &c);
    void showAttempts();
    void showHistory();
    void logAttempt(const QString &channel, const QString &outcome);
    void logAttemptWithDialog();
    void moveTo(const QString &status);
    void assign();
    void createDossier();
    void linkDossier();
    void changed();

    Workspace &m_workspace;
    QString m_caseId;
    QString m_beneficiaryId;
    QLabel *m_name;
    QLabel *m_status;
    QLabel *m_age;
    QLabel *m_obligation;
    QLabel *m_school;
    QLabel *m_guardian;
    QLabel *m_contact;
    QLabel *m_adviser;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QWidget *m_moves;
    QGridLayout *m_movesLayout;
    QWidget *m_attemptRow;
    QList<QToolButton *> m_channels;
    QPushButton *m_createDossier;
    QPushButton *m_linkDossier;
    QPushButton *m_openDossier;
    QPushButton *m_assign;
    QTableWidget *m_attempts;
    QTableWidget *m_history;
};
