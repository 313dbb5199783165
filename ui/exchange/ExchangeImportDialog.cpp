// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeImportDialog.h"

#include "ExchangeProgressDialog.h"
#include "exchange/ExchangeImporter.h"
#include "exchange/ExchangePreview.h"
#include "exchange/ExchangeReader.h"
#include "shell/ErrorPresenter.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

ExchangeImportDialog::ExchangeImportDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database), m_path(new QLineEdit(this)), m_passphrase(new QLineEdit(this)),
      m_read(new QPushButton(tr("&Read the file"), this)), m_source(new QLabel(this)),
      m_changes(new QTableWidget(this)), m_status(new QLabel(this)), m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(QStringLiteral("exchangeImportDialog"));
    setWindowTitle(tr("Import an exchange file"));

    auto *intro = new QLabel(tr("Choose the file another site sent you and type the passphrase they gave you. Sillage "
                                "shows what the file would change before anything is written."),
                             this);
    intro->setWordWrap(true);

    m_path->setObjectName(QStringLiteral("importPath"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExchangeImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    m_passphrase->setObjectName(QStringLiteral("importPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_read->setObjectName(QStringLiteral("readButton"));
    auto *passphraseRow = new QHBoxLayout;
    passphraseRow->addWidget(m_passphrase, 1);
    passphraseRow->addWidget(m_read);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    auto *passphraseLabel = new QLabel(tr("&Passphrase:"), this);
    passphraseLabel->setBuddy(m_passphrase);
    form->addRow(fileLabel, fileRow);
    form->addRow(passphraseLabel, passphraseRow);
    for (QLineEdit *field : {m_path, m_passphrase})
        connect(field, &QLineEdit::textEdited, this, &ExchangeImportDialog::forgetPreview);
    // Enter reads the file until there is a preview, then imports it.
    browse->setAutoDefault(false);
    m_read->setDefault(true);
    connect(m_read, &QPushButton::clicked, this, &ExchangeImportDialog::readFile);

    m_source->setObjectName(QStringLiteral("exchangeSource"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes->setObjectName(QStringLiteral("exchangeChanges"));
    m_changes->setAccessibleName(tr("What the file would change"));
    m_changes->setColumnCount(6);
    m_changes->setHorizontalHeaderLabels(
        {tr("Module"), tr("New"), tr("Updated"), tr("Deleted"), tr("Conflicts"), tr("Already up to date")});
    m_changes->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_changes->verticalHeader()->hide();
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionMode(QAbstractItemView::NoSelection);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);

    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    connect(m_import, &QPushButton::clicked, this, &ExchangeImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_source);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    forgetPreview();
    resize(680, 520);
}

ExchangeImportDialog::~ExchangeImportDialog() = default;

void ExchangeImportDialog::setFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    forgetPreview();
}

void ExchangeImportDialog::chooseFile()
{
    const QString start =
        m_path->text().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : m_path->text();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open an exchange file"), start,
                                                      tr("Sillage exchange files (*.sillage);;All files (*)"));
    if (path.isEmpty())
        return;
    setFile(path);
    m_passphrase->setFocus();
}

void ExchangeImportDialog::forgetPreview()
{
    m_reader.reset();
    m_source->clear();
    m_changes->setRowCount(0);
    m_changes->hide();
    m_import->setEnabled(false);
    m_read->setDefault(true);
    m_conflictsLeft = -1;
    m_status->setText(tr("Type the passphrase, then « Read the file »."));
}

void ExchangeImportDialog::readFile()
{
    forgetPreview();
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        m_status->setText(tr("Choose the exchange file first."));
        return;
    }
    ExchangeProgressDialog progress(tr("Decrypting the exchange file…"), this);
    auto reader = ExchangeReader::open(path, m_passphrase->text(), progress.reporter());
    if (!reader) {
        progress.close();
        if (reader.error().kind() == Error::Kind::Cancelled) {
            m_status->setText(tr("Reading cancelled."));
            return;
        }
        // A wrong passphrase is the common case: say it where the person looks, without a message box.
        m_status->setText(reader.error().message() + QLatin1Char(' ') + reader.error().hint());
        m_passphrase->selectAll();
        m_passphrase->setFocus();
        return;
    }
    progress.setLabelText(tr("Comparing with your records…"));
    ExchangeImporter importer(m_database);
    importer.setProgress(progress.reporter());
    auto preview = importer.preview(**reader);
    progress.close();
    if (!preview) {
        if (preview.error().kind() != Error::Kind::Cancelled)
            ErrorPresenter::show(this, tr("Exchange file not readable"), preview.error());
        return;
    }
    m_reader = std::move(reader.value());
    showPreview(*preview);
}

void ExchangeImportDialog::showPreview(const ExchangePreview &preview)
{
    const ExchangeManifest &manifest = preview.manifest;
    const QLocale locale;
    QString source = tr("<b>%1</b> (%2), written on %3 by %4.")
                         .arg(manifest.siteName.toHtmlEscaped(), manifest.siteCode.toHtmlEscaped(),
                              tr("%1 at %2")
                                  .arg(locale.toString(manifest.createdAt.toLocalTime().date(), QLocale::LongFormat),
                                       locale.toString(manifest.createdAt.toLocalTime().time(), QLocale::ShortFormat)),
                              manifest.createdBy.toHtmlEscaped());
    source += QLatin1Char(' ') + (manifest.kind == ExchangeManifest::Kind::DossierTransfer
                                      ? tr("A transfer of dossiers.")
                                      : tr("Changes for synchronisation."));
    m_source->setText(source);

    const QList<ExchangeTableOutcome> modules = preview.byModule();
    m_changes->setRowCount(int(modules.size()) + 1);
    auto put = [this, &locale](int row, const QString &label, const ExchangeTableOutcome &outcome, bool bold) {
        const QList<qint64> values = {outcome.created, outcome.updated, outcome.deleted, outcome.conflicts,
                                      outcome.unchanged};
        auto *name = new QTableWidgetItem(label);
        m_changes->setItem(row, 0, name);
        for (int column = 0; column < values.size(); ++column) {
            auto *item = new QTableWidgetItem(locale.toString(values.at(column)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_changes->setItem(row, column + 1, item);
        }
        if (bold) {
            for (int column = 0; column < m_changes->columnCount(); ++column) {
                QFont font = m_changes->item(row, column)->font();
                font.setBold(true);
                m_changes->item(row, column)->setFont(font);
            }
        }
    };
    int row = 0;
    for (const ExchangeTableOutcome &module : modules)
        put(row++, Modules::label(module.module), module, false);
    const ExchangeTableOutcome total = preview.total();
    put(row, tr("Total"), total, true);
    m_changes->show();

    const qint64 changes = total.created + total.updated + total.deleted;
    if (changes == 0 && total.conflicts == 0) {
        m_status->setText(tr("Everything in this file is already here: importing it would change nothing."));
        m_import->setEnabled(false);
        return;
    }
    QString status =
        changes == 0 ? tr("Nothing would be written.") : tr("%n record(s) would be written.", nullptr, int(changes));
    if (total.conflicts > 0)
        status += QLatin1Char(' ') + tr("%n record(s) changed on both sides: they will wait for your decision, "
                                        "nothing is overwritten.",
                                        nullptr, int(total.conflicts));
    if (preview.renumbered > 0)
        status += QLatin1Char(' ') + tr("%n dossier(s) will get a number of this site: their number is already used "
                                        "here by another young person.",
                                        nullptr, int(preview.renumbered));
    m_status->setText(status);
    m_import->setEnabled(true);
    m_import->setDefault(true);
    m_import->setFocus();
}

void ExchangeImportDialog::runImport()
{
    if (!m_reader)
        return;
    ExchangeProgressDialog progress(tr("Importing the exchange file…"), this);
    ExchangeImporter importer(m_database);
    importer.setProgress(progress.reporter());
    auto report = importer.import(*m_reader, QFileInfo(m_path->text()).fileName());
    progress.close();
    if (!report) {
        if (report.error().kind() == Error::Kind::Cancelled) {
            m_status->setText(tr("Import cancelled: nothing was written."));
            return;
        }
        ErrorPresenter::show(this, tr("Import impossible"), report.error());
        return;
    }
    m_reader.reset();
    m_import->setEnabled(false);
    const ExchangeTableOutcome total = report->total();
    m_conflictsLeft = total.conflicts;
    emit imported();

    QMessageBox done(
        QMessageBox::Information, windowTitle(),
        tr("Import done: %1 new, %2 updated, %3 deleted.").arg(total.created).arg(total.updated).arg(total.deleted),
        QMessageBox::Ok, this);
    done.setObjectName(QStringLiteral("importDone"));
    QPushButton *showConflicts = nullptr;
    if (total.conflicts > 0) {
        done.setInformativeText(tr("%n conflict(s) wait for your decision.", nullptr, int(total.conflicts)));
        showConflicts = done.addButton(tr("&Decide now"), QMessageBox::AcceptRole);
        showConflicts->setObjectName(QStringLiteral("showConflicts"));
        done.setDefaultButton(showConflicts);
    }
    done.exec();
    accept();
    if (showConflicts && done.clickedButton() == showConflicts)
        emit conflictsRequested();
}
