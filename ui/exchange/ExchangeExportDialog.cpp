// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeExportDialog.h"

#include "ExchangeProgressDialog.h"
#include "PassphraseFields.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "beneficiaries/dialogs/BeneficiaryPickerDialog.h"
#include "exchange/ExchangeExporter.h"
#include "exchange/ExchangeHistory.h"
#include "shell/ErrorPresenter.h"
#include "storage/DataSettings.h"
#include "storage/Database.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

const QString separator = QStringLiteral(" – ");

// "REN – Mission locale de Rennes" or a code typed by hand.
QString codeOf(const QString &text)
{
    return text.section(separator, 0, 0).trimmed().toUpper();
}

} // namespace

ExchangeExportDialog::ExchangeExportDialog(Database &database, Purpose purpose, QWidget *parent)
    : QDialog(parent), m_database(database), m_scope(new QButtonGroup(this)), m_site(new QComboBox(this)),
      m_siteName(new QLineEdit(this)), m_dossiers(new QListWidget(this)),
      m_addDossier(new QPushButton(tr("&Add a dossier…"), this)),
      m_removeDossier(new QPushButton(tr("&Remove from the list"), this)), m_path(new QLineEdit(this)),
      m_passphrase(new PassphraseFields(this)), m_status(new QLabel(this)), m_export(new QPushButton(this))
{
    setObjectName(QStringLiteral("exchangeExportDialog"));
    const DataSettings settings(m_database);
    m_siteCode = settings.siteCode();
    setWindowTitle(purpose == Purpose::Sync ? tr("Export an exchange file") : tr("Transfer dossiers to another site"));

    auto *intro = new QLabel(
        purpose == Purpose::Sync
            ? tr("The exchange file carries the changes of %1 to another site of your network, encrypted. The other "
                 "site imports it with Fichier → Échanges → Importer.")
                  .arg(settings.siteName().toHtmlEscaped())
            : tr("A transfer carries the whole file of a young person who moves (journal, actions, immersions, "
                 "dropout case) to the site that takes them on, encrypted."),
        this);
    intro->setWordWrap(true);

    m_site->setObjectName(QStringLiteral("exchangeSite"));
    m_site->setEditable(true);
    m_site->setInsertPolicy(QComboBox::NoInsert);
    m_site->lineEdit()->setPlaceholderText(tr("Code of the site, e.g. CAE"));
    m_siteName->setObjectName(QStringLiteral("exchangeSiteName"));
    m_siteName->setPlaceholderText(tr("Name of the site, e.g. Mission locale de Caen"));
    loadPeers();
    connect(m_site, &QComboBox::currentTextChanged, this, &ExchangeExportDialog::siteChosen);
    connect(m_siteName, &QLineEdit::textChanged, this, &ExchangeExportDialog::updateState);
    auto *siteForm = new QFormLayout;
    siteForm->addRow(purpose == Purpose::Sync ? tr("For the &site:") : tr("To the &site (optional):"), m_site);
    siteForm->addRow(tr("Site &name:"), m_siteName);

    m_passphrase->setPersonalWords({settings.siteName(), m_siteCode, m_database.currentUser()});
    connect(m_passphrase, &PassphraseFields::changed, this, &ExchangeExportDialog::updateState);
    auto *passphraseBox = new QGroupBox(tr("Protection"), this);
    auto *passphraseLayout = new QVBoxLayout(passphraseBox);
    passphraseLayout->addWidget(m_passphrase);
    auto *advice = new QLabel(tr("Give the passphrase to the other site by another way than the file itself: by "
                                 "telephone or in person, never in the same e-mail."),
                              passphraseBox);
    advice->setObjectName(QStringLiteral("hint"));
    advice->setWordWrap(true);
    passphraseLayout->addWidget(advice);

    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setText(purpose == Purpose::Sync ? tr("&Export") : tr("&Transfer"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &ExchangeExportDialog::runExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(createScopeBox(purpose));
    layout->addLayout(siteForm);
    layout->addWidget(createFileRow());
    layout->addWidget(passphraseBox);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());

    // The order in which the form is read: what, for whom, where, under which passphrase.
    QList<QWidget *> order;
    const QList<QWidget *> candidates = {m_sinceLast,
                                         m_everything,
                                         m_dossiers,
                                         m_addDossier,
                                         m_removeDossier,
                                         m_site,
                                         m_siteName,
                                         m_path,
                                         findChild<QPushButton *>(QStringLiteral("browseButton")),
                                         m_passphrase->firstField(),
                                         m_passphrase->secondField(),
                                         m_export};
    for (QWidget *widget : candidates) {
        if (widget && !widget->isHidden())
            order << widget;
    }
    for (int index = 1; index < order.size(); ++index)
        setTabOrder(order.at(index - 1), order.at(index));
    if (!order.isEmpty())
        order.first()->setFocus();
    siteChosen();
}

QWidget *ExchangeExportDialog::createScopeBox(Purpose purpose)
{
    auto *box = new QGroupBox(tr("Content"), this);
    auto *layout = new QVBoxLayout(box);
    if (purpose == Purpose::Sync) {
        m_sinceLast = new QRadioButton(tr("What &changed since the last exchange with the site"), box);
        m_sinceLast->setObjectName(QStringLiteral("sinceLastChoice"));
        m_everything = new QRadioButton(tr("E&verything (a new site, or to start again from a complete copy)"), box);
        m_everything->setObjectName(QStringLiteral("everythingChoice"));
        m_scope->addButton(m_sinceLast);
        m_scope->addButton(m_everything);
        m_sinceLast->setChecked(true);
        layout->addWidget(m_sinceLast);
        layout->addWidget(m_everything);
        m_dossiers->hide();
        m_addDossier->hide();
        m_removeDossier->hide();
        connect(m_scope, &QButtonGroup::buttonToggled, this, &ExchangeExportDialog::updateState);
        return box;
    }
    m_transfer = new QRadioButton(box);
    m_transfer->setChecked(true);
    m_transfer->hide();
    m_dossiers->setObjectName(QStringLiteral("transferDossiers"));
    m_dossiers->setAccessibleName(tr("Dossiers to transfer"));
    m_dossiers->setMaximumHeight(110);
    connect(m_addDossier, &QPushButton::clicked, this, &ExchangeExportDialog::chooseDossier);
    connect(m_removeDossier, &QPushButton::clicked, this, [this] {
        delete m_dossiers->currentItem();
        updateState();
    });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addDossier);
    buttons->addWidget(m_removeDossier);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_dossiers, 1);
    row->addLayout(buttons);
    layout->addLayout(row);
    return box;
}

QWidget *ExchangeExportDialog::createFileRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&File:"), row);
    label->setBuddy(m_path);
    m_path->setObjectName(QStringLiteral("exportPath"));
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_pathChosen = true;
        updateState();
    });
    auto *browse = new QPushButton(tr("&Browse…"), row);
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &ExchangeExportDialog::chooseFile);
    layout->addWidget(label);
    layout->addWidget(m_path, 1);
    layout->addWidget(browse);
    return row;
}

void ExchangeExportDialog::loadPeers()
{
    m_site->addItem(QString());
    auto peers = ExchangeHistory(m_database).peers();
    if (!peers)
        return;
    for (const ExchangePeer &peer : std::as_const(*peers)) {
        if (peer.siteCode == m_siteCode)
            continue;
        m_site->addItem(peer.siteCode + separator + peer.siteName, peer.siteCode);
        m_site->setItemData(m_site->count() - 1, peer.siteName, Qt::UserRole + 1);
    }
}

void ExchangeExportDialog::siteChosen()
{
    const int index = m_site->findText(m_site->currentText());
    if (index > 0)
        m_siteName->setText(m_site->itemData(index, Qt::UserRole + 1).toString());
    suggestFileName();
    updateState();
}

void ExchangeExportDialog::addDossier(const QString &id)
{
    for (int row = 0; row < m_dossiers->count(); ++row) {
        if (m_dossiers->item(row)->data(Qt::UserRole).toString() == id)
            return;
    }
    auto found = BeneficiaryRepository(m_database).find(id);
    if (!found || !found->has_value())
        return;
    auto *item =
        new QListWidgetItem(tr("%1 (%2)").arg(found->value().displayName(), found->value().dossierNumber), m_dossiers);
    item->setData(Qt::UserRole, id);
    m_dossiers->setCurrentItem(item);
    suggestFileName();
    updateState();
}

void ExchangeExportDialog::chooseDossier()
{
    BeneficiaryPickerDialog picker(m_database, tr("Dossier to transfer"), this);
    if (picker.exec() == QDialog::Accepted)
        addDossier(picker.selectedId());
}

void ExchangeExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_pathChosen = true;
    updateState();
}

void ExchangeExportDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the exchange file"), m_path->text(),
                                                      tr("Sillage exchange files (*.sillage)"));
    if (path.isEmpty())
        return;
    setOutputPath(path.endsWith(QLatin1String(".sillage")) ? path : path + QLatin1String(".sillage"));
}

// A name that says from where, to where and when, in the Documents folder: what the person will look for when
// attaching it to a message.
void ExchangeExportDialog::suggestFileName()
{
    if (m_pathChosen)
        return;
    const QString target = codeOf(m_site->currentText());
    QString name = m_siteCode;
    if (!target.isEmpty())
        name += QLatin1Char('-') + target;
    if (m_transfer)
        name += QLatin1String("-transfert");
    name += QLatin1Char('-') + QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")) + QLatin1String(".sillage");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir::toNativeSeparators(QDir(folder).filePath(name)));
}

QString ExchangeExportDialog::problem() const
{
    const QString target = codeOf(m_site->currentText());
    if (m_sinceLast && m_sinceLast->isChecked() && target.isEmpty())
        return tr("Choose the site the file is for: its changes are counted from your last exchange with it.");
    if (!target.isEmpty() && target == m_siteCode)
        return tr("%1 is this site's own code: choose the other site.").arg(target);
    if (m_transfer && m_dossiers->count() == 0)
        return tr("Add the dossier to transfer.");
    if (m_path->text().trimmed().isEmpty())
        return tr("Choose where to save the file.");
    return m_passphrase->problem();
}

void ExchangeExportDialog::updateState()
{
    const QString why = problem();
    m_status->setText(why);
    m_export->setEnabled(why.isEmpty());
}

void ExchangeExportDialog::runExport()
{
    updateState();
    if (!m_export->isEnabled())
        return;
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (QFileInfo::exists(path) &&
        QMessageBox::question(this, windowTitle(),
                              tr("%1 already exists. Replace it?").arg(QFileInfo(path).fileName())) != QMessageBox::Yes)
        return;

    ExchangeExportOptions options;
    options.targetSite = codeOf(m_site->currentText());
    options.targetName = m_siteName->text().trimmed();
    options.passphrase = m_passphrase->passphrase();
    if (m_transfer) {
        options.scope = ExchangeExportOptions::Scope::Dossiers;
        for (int row = 0; row < m_dossiers->count(); ++row)
            options.dossierIds << m_dossiers->item(row)->data(Qt::UserRole).toString();
    } else {
        options.scope = m_everything->isChecked() ? ExchangeExportOptions::Scope::Everything
                                                  : ExchangeExportOptions::Scope::SinceLastExchange;
    }
    ExchangeProgressDialog progress(tr("Writing the exchange file…"), this);
    options.progress = progress.reporter();
    auto summary = ExchangeExporter(m_database).exportTo(path, options);
    progress.close();
    if (!summary) {
        if (summary.error().kind() == Error::Kind::Cancelled) {
            m_status->setText(tr("Export cancelled: no file was written."));
            return;
        }
        ErrorPresenter::show(this, tr("Export impossible"), summary.error());
        return;
    }
    QMessageBox done(QMessageBox::Information, windowTitle(),
                     tr("%n record(s) written to %1.", nullptr, int(summary->total)).arg(QFileInfo(path).fileName()),
                     QMessageBox::Ok, this);
    done.setObjectName(QStringLiteral("exportDone"));
    done.setInformativeText(tr("Send the file to the other site, and give them the passphrase by telephone."));
    done.exec();
    emit exported(path);
    accept();
}
