// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialogFrame.h"

#include "ImportPreviewWidget.h"
#include "ImportProblemList.h"
#include "common/Error.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace {

enum Page { EmptyPage, RowsPage };

} // namespace

ImportDialogFrame::ImportDialogFrame(const QString &intro, const QString &chooseTitle, QWidget *parent)
    : QDialog(parent), m_preview(new ImportPreviewWidget(this)), m_problems(new ImportProblemList(this)),
      m_problemsPanel(new QWidget(this)), m_counts(new QLabel(this)), m_chooseTitle(chooseTitle),
      m_fields(new QGridLayout), m_pathField(new QLineEdit(this)),
      m_readAgain(new QPushButton(tr("&Read again"), this)), m_pages(new QStackedWidget(this)),
      m_emptyState(new QLabel(this)), m_problemsTitle(new QLabel(this)), m_status(new QLabel(this))
{
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);

    m_pathField->setObjectName(QStringLiteral("filePath"));
    m_pathField->setReadOnly(true);
    m_pathField->setPlaceholderText(tr("No file chosen"));
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_pathField);
    auto *choose = new QPushButton(tr("&Choose a file…"), this);
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    choose->setAutoDefault(false);
    connect(choose, &QPushButton::clicked, this, &ImportDialogFrame::chooseFile);
    choose->setFocus();
    m_readAgain->setObjectName(QStringLiteral("readAgainButton"));
    m_readAgain->setToolTip(tr("Read the file again after correcting it in your spreadsheet"));
    m_readAgain->setAutoDefault(false);
    m_readAgain->setEnabled(false);
    connect(m_readAgain, &QPushButton::clicked, this, [this] { readFile(); });
    m_fields->addWidget(fileLabel, 0, 0);
    m_fields->addWidget(m_pathField, 0, 1);
    m_fields->addWidget(choose, 0, 2);
    m_fields->addWidget(m_readAgain, 0, 3);
    m_fields->setColumnStretch(1, 1);

    m_emptyState->setObjectName(QStringLiteral("emptyStateText"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyState->setText(tr("Choose the file to import. Its first rows and what the import would do will show here."));
    m_pages->addWidget(m_emptyState);
    m_pages->addWidget(createRowsPage());
    connect(m_preview, &ImportPreviewWidget::overridesChanged, this,
            [this](const QMap<int, QString> &overrides) { planAgain(overrides); });

    m_counts->setObjectName(QStringLiteral("importSummary"));
    m_counts->setWordWrap(true);
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);
    m_status->setObjectName(QStringLiteral("hint"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { runImport(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(introLabel);
    layout->addLayout(m_fields);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    m_counts->hide();
    m_status->hide();

    // Roomy on a large screen, whole on a 1366×768 laptop.
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    setMinimumSize(720, 520);
    resize(qMin(1180, screen.width() - 40), qMin(720, screen.height() - 40));
}

ImportDialogFrame::~ImportDialogFrame() = default;

QWidget *ImportDialogFrame::createRowsPage()
{
    m_problemsTitle->setObjectName(QStringLiteral("sectionTitle"));
    auto *problemsLayout = new QVBoxLayout(m_problemsPanel);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->setSpacing(4);
    problemsLayout->addWidget(m_problemsTitle);
    problemsLayout->addWidget(m_problems, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_preview);
    splitter->addWidget(m_problemsPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

void ImportDialogFrame::addFieldRow(QLabel *label, QWidget *field)
{
    const int row = m_fields->rowCount();
    m_fields->addWidget(label, row, 0);
    m_fields->addWidget(field, row, 1, 1, 3);
}

void ImportDialogFrame::setFile(const QString &path)
{
    if (path != m_path)
        m_overrides.clear();
    m_path = path;
    m_pathField->setText(QDir::toNativeSeparators(path));
    m_pathField->setToolTip(m_pathField->text());
    m_readAgain->setEnabled(!path.isEmpty());
    if (!path.isEmpty())
        readFile();
}

void ImportDialogFrame::chooseFile()
{
    const QString folder = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                            : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, m_chooseTitle, folder,
                                                      tr("Spreadsheets saved as CSV (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialogFrame::showRows(const TabularData &data, const QList<FieldSpec> &fields, const ColumnMapping &mapping,
                                 const QList<TabularProblem> &problems, const QList<TabularProblem> &skipped,
                                 const QString &problemsTitle)
{
    m_preview->setContent(data, fields, mapping, m_overrides);
    m_preview->markProblems(problems);
    m_preview->markSkipped(skipped);
    m_problems->setContent(problems, skipped, data.header);
    m_problemsTitle->setText(problemsTitle);
    m_problemsPanel->setVisible(!problems.isEmpty() || !skipped.isEmpty());
    showRowsPage();
}

void ImportDialogFrame::showVerdict(const TabularData &data, const ColumnMapping &mapping,
                                    const QList<TabularProblem> &problems, const QStringList &counts, int importable,
                                    const QString &importLabel, const QString &nothingText, const QString &readyText)
{
    // The rows are only checked once every field has its column.
    m_counts->setText(mapping.isUsable()
                          ? counts.join(QStringLiteral(" · "))
                          : tr("%n row(s) to check once the columns are chosen", nullptr, int(data.rows.size())));
    m_counts->show();
    const bool ready = mapping.isUsable() && problems.isEmpty() && importable > 0;
    m_import->setEnabled(ready);
    m_import->setText(ready ? importLabel : tr("&Import"));
    if (!mapping.isUsable())
        showStatus(tr("Choose above the column of each required field (marked *), one column per field. Nothing "
                      "can be imported until then."),
                   true);
    else if (!problems.isEmpty())
        showStatus(tr("Nothing can be imported while the file has problems (%n listed). Correct them in your "
                      "spreadsheet, save the file, then click “Read again”.",
                      nullptr, int(problems.size())),
                   true);
    else if (importable == 0)
        showStatus(nothingText, true);
    else
        showStatus(readyText, false);
}

void ImportDialogFrame::showFileError(const Error &error)
{
    QString text = error.message();
    if (!error.hint().isEmpty())
        text += QLatin1Char('\n') + error.hint();
    m_emptyState->setText(text);
    m_pages->setCurrentIndex(EmptyPage);
    m_counts->hide();
    disableImport();
    showStatus(tr("This file cannot be imported. Choose another file, or correct it and click “Read again”."), true);
}

void ImportDialogFrame::showStatus(const QString &text, bool blocking)
{
    const QString name = blocking ? QStringLiteral("notice") : QStringLiteral("hint");
    if (m_status->objectName() != name) {
        // The style sheet picks the look by name.
        m_status->setObjectName(name);
        m_status->style()->unpolish(m_status);
        m_status->style()->polish(m_status);
    }
    m_status->setText(text);
    m_status->show();
}

void ImportDialogFrame::disableImport()
{
    m_import->setEnabled(false);
    m_import->setText(tr("&Import"));
}

void ImportDialogFrame::showRowsPage()
{
    m_pages->setCurrentIndex(RowsPage);
}
