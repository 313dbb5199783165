// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QRadioButton;
class QPushButton;

/**
 * The first start on a workstation: who works here, for which site, and whether to begin with an empty database
 * or with the demonstration one.
 */
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    /// siteName and siteCode prefill the site when the database already has one; offerDemo shows the choice of
    /// database (not shown when the user asked for a given file).
    WelcomeDialog(const QString &siteName, const QString &siteCode, bool offerDemo, QWidget *parent = nullptr);

    QString adviserName() const;
    QString siteName() const;
    QString siteCode() const;
    bool wantsDemo() const;

private:
    void updateAcceptance();

    QLineEdit *m_adviser;
    QLineEdit *m_siteName;
    QLineEdit *m_siteCode;
    QRadioButton *m_empty;
    QRadioButton *m_demo;
    QPushButton *m_start;
    bool m_codeEdited = false;
};
