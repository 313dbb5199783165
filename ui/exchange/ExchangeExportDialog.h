// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class Database;
class PassphraseFields;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

/**
 * Fichier → Échanges → Exporter: what to send (what changed since the last exchange with a site, everything, or
 * chosen dossiers to transfer), where, and under which passphrase (typed twice, its strength shown). The file is
 * written through ExchangeExporter with a progress dialog that can cancel; nothing is recorded until it is complete.
 */
class ExchangeExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Sync, Transfer };

    ExchangeExportDialog(Database &database, Purpose purpose, QWidget *parent = nullptr);

    /// Starts a transfer with these dossiers already chosen (from a dossier's own button).
    void addDossier(const QString &id);
    void setOutputPath(const QString &path);

    QPushButton *exportButton() const { return m_export; }
    QComboBox *siteField() const { return m_site; }
    QLineEdit *siteNameField() const { return m_siteName; }
    PassphraseFields *passphraseFields() const { return m_passphrase; }
    QRadioButton *everythingChoice() const { return m_everything; }
    QListWidget *dossierList() const { return m_dossiers; }

signals:
    void exported(const QString &path);

private:
    QWidget *createScopeBox(Purpose purpose);
    QWidget *createFileRow();
    void loadPeers();
    void siteChosen();
    void chooseDossier();
    void chooseFile();
    void suggestFileName();
    void updateState();
    QString problem() const;
    void runExport();

    Database &m_database;
    QString m_siteCode;
    QButtonGroup *m_scope;
    QRadioButton *m_sinceLast = nullptr;
    QRadioButton *m_everything = nullptr;
    QRadioButton *m_transfer = nullptr;
    QComboBox *m_site;
    QLineEdit *m_siteName;
    QListWidget *m_dossiers;
    QPushButton *m_addDossier;
    QPushButton *m_removeDossier;
    QLineEdit *m_path;
    bool m_pathChosen = false;
    PassphraseFields *m_passphrase;
    QLabel *m_status;
    QPushButton *m_export;
};
