// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityReportDialog.h"

#include "io/TabularExport.h"
#include "reports/ActivityReport.h"
#include "reports/StatisticsService.h"
#include "shell/ErrorPresenter.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

ActivityReportDialog::ActivityReportDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database), m_year(new QSpinBox(this)), m_site(new QComboBox(this)),
      m_keyFigures(new QTableWidget(0, 2, this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("activityReportDialog"));
    setWindowTitle(tr("Activity report"));
    // A bilan is written in the first months of the next year: last year comes first.
    const int thisYear = QDate::currentDate().year();
    m_year->setObjectName(QStringLiteral("reportYear"));
    m_year->setRange(2000, thisYear);
    m_year->setValue(thisYear - 1);
    m_site->setObjectName(QStringLiteral("reportSite"));
    m_site->addItem(tr("All sites"), QString());
    const auto sites = StatisticsService(m_database).sites();
    for (const QString &site : sites ? *sites : QStringList())
        m_site->addItem(site, site);

    auto *form = new QFormLayout;
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Site:"), m_site);

    m_keyFigures->setObjectName(QStringLiteral("keyFigures"));
    m_keyFigures->setAccessibleName(tr("Key figures"));
    m_keyFigures->setHorizontalHeaderLabels({tr("Key figure"), tr("Number")});
    m_keyFigures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_keyFigures->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_keyFigures->verticalHeader()->hide();
    m_keyFigures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_keyFigures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("hint"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *pdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("savePdf"));
    auto *workbook = buttons->addButton(tr("Save as &Excel…"), QDialogButtonBox::ActionRole);
    workbook->setObjectName(QStringLiteral("saveWorkbook"));
    connect(pdf, &QPushButton::clicked, this, [this] { chooseFile(QStringLiteral("pdf")); });
    connect(workbook, &QPushButton::clicked, this, [this] { chooseFile(QStringLiteral("xlsx")); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Key figures of the year (the report gives each one's breakdown and "
                                    "definition):"),
                                 this));
    layout->addWidget(m_keyFigures, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 480);

    connect(m_year, &QSpinBox::valueChanged, this, &ActivityReportDialog::refresh);
    connect(m_site, &QComboBox::currentIndexChanged, this, &ActivityReportDialog::refresh);
    refresh();
}

void ActivityReportDialog::setYear(int year)
{
    m_year->setValue(year);
}

void ActivityReportDialog::refresh()
{
    auto report = ActivityReport(m_database).build(m_year->value(), m_site->currentData().toString());
    m_keyFigures->setRowCount(0);
    if (!report) {
        m_status->setText(report.error().message());
        return;
    }
    m_status->clear();
    const QLocale locale;
    // The key figures are those of the document itself, so what is shown here is what the file will say.
    for (const ReportDocument::KeyFigure &figure : report->keyFigures()) {
        const int line = m_keyFigures->rowCount();
        m_keyFigures->insertRow(line);
        auto *label = new QTableWidgetItem(figure.label);
        label->setToolTip(tr("From « %1 »").arg(figure.source));
        m_keyFigures->setItem(line, 0, label);
        auto *value = new QTableWidgetItem(locale.toString(figure.value));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_keyFigures->setItem(line, 1, value);
    }
}

Result<void> ActivityReportDialog::write(const QString &path) const
{
    auto report = ActivityReport(m_database).build(m_year->value(), m_site->currentData().toString());
    if (!report)
        return report.error();
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return report->writeXlsx(path);
    return report->writePdf(path);
}

void ActivityReportDialog::chooseFile(const QString &suffix)
{
    const bool workbook = suffix == QLatin1String("xlsx");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("activity-report-%1").arg(m_year->value()) + QLatin1Char('.') + suffix;
    const QString title = windowTitle();
    const QString path = QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(name),
                                                      workbook ? TabularExport::fileFilter(TabularExport::Format::Xlsx)
                                                               : tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto written = write(path); !written) {
        ErrorPresenter::show(this, title, written.error());
        return;
    }
    m_status->setText(tr("Saved in %1.").arg(QDir::toNativeSeparators(path)));
}
