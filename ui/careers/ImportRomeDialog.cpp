// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportRomeDialog.h"

#include "shell/ErrorPresenter.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

// Beyond this, a list of codes says nothing more to a reader than its count.
constexpr int shownCodes = 40;

QString codeList(const QStringList &codes)
{
    QStringList shown = codes.mid(0, shownCodes);
    QString text = shown.join(QStringLiteral(", "));
    if (codes.size() > shownCodes)
        text += QStringLiteral(", …");
    return text.toHtmlEscaped();
}

} // namespace

ImportRomeDialog::ImportRomeDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database), m_folder(new QLineEdit(this)), m_error(new QLabel(this)),
      m_report(new QTextBrowser(this)), m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(QStringLiteral("importRomeDialog"));
    setWindowTitle(tr("Import the ROME referential"));
    resize(640, 560);

    auto *intro = new QLabel(tr("Choose the folder where you unpacked the ROME 4.0 open data of France Travail "
                                "(files named like unix_referentiel_code_rome_v460_utf8.csv). Sillage first shows "
                                "what the import would change; local sheets, additions and links are kept."),
                             this);
    intro->setWordWrap(true);
    m_folder->setObjectName(QStringLiteral("romeFolder"));
    m_folder->setReadOnly(true);
    m_folder->setPlaceholderText(tr("No folder chosen"));
    auto *choose = new QPushButton(tr("&Choose a folder…"), this);
    choose->setObjectName(QStringLiteral("chooseFolderButton"));
    connect(choose, &QPushButton::clicked, this, &ImportRomeDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);

    m_error->setObjectName(QStringLiteral("importError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_report->setObjectName(QStringLiteral("importReport"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    connect(m_import, &QPushButton::clicked, this, &ImportRomeDialog::importNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(folderRow);
    layout->addWidget(m_error);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
}

void ImportRomeDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder of the ROME files"), m_folder->text().isEmpty() ? QDir::homePath() : m_folder->text());
    if (!folder.isEmpty())
        setFolder(folder);
}

bool ImportRomeDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(QDir::cleanPath(folder)));
    m_plan.reset();
    m_report->clear();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto plan = RomeImporter(m_database).plan(folder);
    QApplication::restoreOverrideCursor();
    if (!plan) {
        const Error &error = plan.error();
        m_error->setText(tr("This folder cannot be imported: %1").arg(error.message()) +
                         (error.hint().isEmpty() ? QString() : QLatin1Char(' ') + error.hint()));
        m_error->setToolTip(error.detail());
        m_error->show();
        m_import->setEnabled(false);
        return false;
    }
    m_error->hide();
    m_plan = *plan;
    m_report->setHtml(reportHtml(m_plan->report, false));
    m_import->setEnabled(isReady());
    if (isReady())
        m_import->setDefault(true);
    return true;
}

bool ImportRomeDialog::importNow()
{
    if (!isReady())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto done = RomeImporter(m_database).run(*m_plan);
    QApplication::restoreOverrideCursor();
    if (!done) {
        ErrorPresenter::show(this, tr("ROME not imported"), done.error());
        return false;
    }
    m_result = *done;
    accept();
    return true;
}

QString ImportRomeDialog::reportHtml(const RomeImportReport &report, bool done)
{
    const auto e = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(e(report.previousVersion.isEmpty()
                                  ? tr("ROME version %1 (no referential yet)").arg(report.version)
                                  : tr("ROME version %1 (current: %2)").arg(report.version, report.previousVersion)));
    if (report.unchanged)
        return html + QStringLiteral("<p><b>%1</b></p>")
                          .arg(e(tr("This version is already the current one: there is nothing to import.")));
    html += QStringLiteral("<p>%1</p>")
                .arg(e(done ? tr("The referential was imported.") : tr("Nothing is written until you click Import.")));

    const QList<QPair<QString, QString>> tables = {
        {QStringLiteral("sheets"), tr("Sheets")},
        {QStringLiteral("appellations"), tr("Job titles")},
        {QStringLiteral("texts"), tr("Text lines")},
        {QStringLiteral("skills"), tr("Skills")},
        {QStringLiteral("work_contexts"), tr("Work contexts")},
        {QStringLiteral("mobilities"), tr("Close jobs")},
    };
    html += QStringLiteral("<table cellpadding=\"2\">");
    for (const auto &[table, label] : tables) {
        if (report.counts.contains(table))
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                        .arg(e(label))
                        .arg(report.counts.value(table));
    }
    html += QStringLiteral("</table>");

    const auto part = [&](const QString &title, const QString &content) {
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(e(title), content);
    };
    if (!report.added.isEmpty())
        part(tr("%n code(s) added", nullptr, int(report.added.size())), codeList(report.added));
    if (!report.removed.isEmpty())
        part(tr("%n code(s) withdrawn (links from dossiers and immersions are kept)", nullptr,
                int(report.removed.size())),
             codeList(report.removed));
    if (!report.relabelled.isEmpty()) {
        QString lines;
        for (int i = 0; i < report.relabelled.size() && i < shownCodes; ++i) {
            const RomeRelabel &relabel = report.relabelled.at(i);
            lines += QStringLiteral("%1: %2 → %3<br>").arg(e(relabel.code), e(relabel.oldLabel), e(relabel.newLabel));
        }
        part(tr("%n code(s) relabelled", nullptr, int(report.relabelled.size())), lines);
    }
    if (!report.missingFiles.isEmpty())
        part(tr("Optional files missing (their sections stay empty)"),
             e(report.missingFiles.join(QStringLiteral(", "))));
    if (!report.warnings.isEmpty()) {
        QString lines;
        for (const QString &warning : report.warnings)
            lines += e(warning) + QStringLiteral("<br>");
        part(tr("Warnings"), lines);
    }
    return html;
}
