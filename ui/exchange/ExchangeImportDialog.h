// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class Database;
class ExchangeReader;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
struct ExchangePreview;

/**
 * Fichier → Échanges → Importer: opens an exchange file with its passphrase, shows where it comes from and what it
 * would change per module (new, updated, deleted, conflicts) before anything is written, then merges it in one
 * transaction. Conflicts are not written: they wait in the conflicts window, which the dialog offers to open.
 */
class ExchangeImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExchangeImportDialog(Database &database, QWidget *parent = nullptr);
    ~ExchangeImportDialog() override;

    void setFile(const QString &path);

    QLineEdit *passphraseField() const { return m_passphrase; }
    QPushButton *readButton() const { return m_read; }
    QPushButton *importButton() const { return m_import; }
    QLabel *sourceLabel() const { return m_source; }
    QTableWidget *changesTable() const { return m_changes; }
    /// Conflicts the import left pending; -1 before the import.
    qint64 conflictsLeft() const { return m_conflictsLeft; }

signals:
    void imported();
    void conflictsRequested();

private:
    void chooseFile();
    void readFile();
    void showPreview(const ExchangePreview &preview);
    void forgetPreview();
    void runImport();

    Database &m_database;
    std::unique_ptr<ExchangeReader> m_reader;
    QLineEdit *m_path;
    QLineEdit *m_passphrase;
    QPushButton *m_read;
    QLabel *m_source;
    QTableWidget *m_changes;
    QLabel *m_status;
    QPushButton *m_import;
    qint64 m_conflictsLeft = -1;
};
