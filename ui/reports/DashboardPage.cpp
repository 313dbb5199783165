// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"

#include "ActivityReportDialog.h"
#include "IndicatorPanel.h"
#include "IndicatorRecordsDialog.h"
#include "reports/RecordTitles.h"
#include "io/TabularExport.h"
#include "reports/ReportDocument.h"
#include "reports/StatisticsService.h"
#include "shell/ErrorPresenter.h"
#include "storage/DataSettings.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

enum class Preset { ThisMonth, LastMonth, ThisQuarter, ThisYear, LastYear, Custom };

// The first and last day of a preset period, counted from today. The current month, quarter and year end today:
// the days to come have no figures yet, and a chart that falls to zero in December would say otherwise.
std::pair<QDate, QDate> periodOf(Preset preset, const QDate &today)
{
    const QDate monthStart(today.year(), today.month(), 1);
    switch (preset) {
    case Preset::ThisMonth:
        return {monthStart, today};
    case Preset::LastMonth:
        return {monthStart.addMonths(-1), monthStart.addDays(-1)};
    case Preset::ThisQuarter:
        return {QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), today};
    case Preset::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    case Preset::LastYear:
        return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    case Preset::Custom:
        break;
    }
    return {};
}

} // namespace

DashboardPage::DashboardPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_preset(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_site(new QComboBox(this)), m_adviser(new QComboBox(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    m_preset->addItem(tr("This month"), int(Preset::ThisMonth));
    m_preset->addItem(tr("Last month"), int(Preset::LastMonth));
    m_preset->addItem(tr("This quarter"), int(Preset::ThisQuarter));
    m_preset->addItem(tr("This year"), int(Preset::ThisYear));
    m_preset->addItem(tr("Last year"), int(Preset::LastYear));
    m_preset->addItem(tr("Other period"), int(Preset::Custom));
    m_preset->setAccessibleName(tr("Period"));
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        connect(date, &QDateEdit::dateChanged, this, [this] {
            if (m_updating)
                return;
            m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
            refreshFigures();
        });
    }
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_site->setObjectName(QStringLiteral("siteFilter"));
    m_adviser->setObjectName(QStringLiteral("adviserFilter"));
    connect(m_preset, &QComboBox::currentIndexChanged, this, &DashboardPage::applyPreset);
    for (QComboBox *choice : {m_site, m_adviser})
        connect(choice, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                refreshFigures();
        });

    auto *filters = new QHBoxLayout;
    auto addLabelled = [this, filters](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    addLabelled(tr("&Period:"), m_preset);
    addLabelled(tr("&from"), m_from);
    addLabelled(tr("&to"), m_to);
    filters->addSpacing(12);
    addLabelled(tr("&Site:"), m_site);
    addLabelled(tr("A&dviser:"), m_adviser);
    filters->addStretch(1);
    // The reports share one button, so that the filters keep the width of a laptop's screen.
    auto *reports = new QPushButton(tr("&Reports"), this);
    reports->setObjectName(QStringLiteral("reportsButton"));
    auto *menu = new QMenu(reports);
    menu->setToolTipsVisible(true);
    QAction *pdf = menu->addAction(tr("Dashboard as &PDF…"), this, [this] { chooseReport(QStringLiteral("pdf")); });
    pdf->setObjectName(QStringLiteral("dashboardPdfAction"));
    pdf->setToolTip(tr("Every chart with its figures and definition, for a funder or a meeting"));
    QAction *workbook =
        menu->addAction(tr("Dashboard as E&xcel workbook…"), this, [this] { chooseReport(QStringLiteral("xlsx")); });
    workbook->setObjectName(QStringLiteral("dashboardWorkbookAction"));
    workbook->setToolTip(tr("One sheet per indicator with its figures, and a sheet of definitions"));
    menu->addSeparator();
    QAction *activity = menu->addAction(tr("&Activity report of a year…"), this, [this] {
        if (Database *database = m_workspace.database()) {
            ActivityReportDialog dialog(*database, this);
            dialog.exec();
        }
    });
    activity->setObjectName(QStringLiteral("activityReportAction"));
    activity->setToolTip(tr("The bilan d'activité of a year for funders, as PDF or Excel"));
    reports->setMenu(menu);
    filters->addWidget(reports);

    auto *content = new QWidget(this);
    m_panelsLayout = new QVBoxLayout(content);
    m_panelsLayout->setSpacing(12);
    for (const IndicatorSpec &spec : IndicatorCatalogue::all()) {
        auto *panel = new IndicatorPanel(content);
        panel->setMinimumHeight(300);
        connect(panel, &IndicatorPanel::recordsRequested, this, &DashboardPage::showRecords);
        m_panelsLayout->addWidget(panel);
        m_panels << panel;
        Q_UNUSED(spec)
    }
    m_panelsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_status->setObjectName(QStringLiteral("hint"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);

    m_updating = true;
    m_preset->setCurrentIndex(m_preset->findData(int(Preset::ThisYear)));
    m_updating = false;
    applyPreset();
}

IndicatorPanel *DashboardPage::panel(const QString &indicatorId) const
{
    for (IndicatorPanel *panel : m_panels) {
        if (panel->result().definition.id == indicatorId)
            return panel;
    }
    return nullptr;
}

StatisticsFilter DashboardPage::filter() const
{
    return {m_from->date(), m_to->date(), m_site->currentData().toString(), m_adviser->currentData().toString()};
}

void DashboardPage::setPeriod(const QDate &from, const QDate &to)
{
    m_updating = true;
    m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    refreshFigures();
}

void DashboardPage::applyPreset()
{
    const auto preset = Preset(m_preset->currentData().toInt());
    if (preset == Preset::Custom || m_updating)
        return;
    const auto [from, to] = periodOf(preset, QDate::currentDate());
    m_updating = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    refreshFigures();
}

void DashboardPage::reload()
{
    refreshChoices();
    refreshFigures();
}

void DashboardPage::refreshChoices()
{
    Database *database = m_workspace.database();
    m_updating = true;
    for (QComboBox *choice : {m_site, m_adviser}) {
        const QString kept = choice->currentData().toString();
        choice->clear();
        choice->addItem(choice == m_site ? tr("All sites") : tr("All advisers"), QString());
        if (database) {
            StatisticsService statistics(*database);
            auto values = choice == m_site ? statistics.sites() : statistics.advisers();
            for (const QString &value : values ? *values : QStringList())
                choice->addItem(value, value);
        }
        choice->setCurrentIndex(qMax(0, choice->findData(kept)));
    }
    m_updating = false;
}

void DashboardPage::refreshFigures()
{
    Database *database = m_workspace.database();
    if (!database)
        return;
    const StatisticsFilter current = filter();
    if (!current.isValid()) {
        m_status->setText(tr("The period's start comes after its end: change one of the two dates."));
        return;
    }
    auto results = StatisticsService(*database).computeAll(current);
    if (!results) {
        m_status->setText(results.error().message());
        return;
    }
    m_status->setText(tr("Click a bar, a slice or a figure of a table to list its records; « ? » gives the "
                         "definition of each indicator."));
    for (int index = 0; index < m_panels.size() && index < results->size(); ++index)
        m_panels.at(index)->setResult(results->at(index));
}

void DashboardPage::showRecords(const QString &indicatorId, const QString &category, const QString &series)
{
    Database *database = m_workspace.database();
    auto spec = IndicatorCatalogue::find(indicatorId);
    if (!database || !spec)
        return;
    auto ids = StatisticsService(*database).records(*spec, filter(), category, series);
    if (!ids) {
        ErrorPresenter::show(this, spec->definition.title, ids.error());
        return;
    }
    auto titles = RecordTitles(*database).titles(spec->definition.module, *ids);
    if (!titles) {
        ErrorPresenter::show(this, spec->definition.title, titles.error());
        return;
    }
    const IndicatorPanel *source = panel(indicatorId);
    QString title = spec->definition.title;
    if (source) {
        const IndicatorResult &result = source->result();
        if (const int index = result.categoryIndex(category); index >= 0)
            title += QStringLiteral(" — ") + result.categories.at(index).label;
        if (const int index = result.seriesIndex(series); index >= 0 && !series.isEmpty())
            title += QStringLiteral(" — ") + result.series.at(index).label;
    }
    IndicatorRecordsDialog dialog(title, spec->definition.module, *titles, this);
    dialog.exec();
}

ReportDocument DashboardPage::report() const
{
    QString siteName;
    if (Database *database = m_workspace.database())
        siteName = DataSettings(*database).siteName();
    ReportDocument document = ReportDocument::dashboard(siteName, filter());
    for (const IndicatorPanel *panel : m_panels)
        document.addSection(panel->result(), panel->chartImage(QSize(900, 450)));
    return document;
}

Result<void> DashboardPage::writeReport(const QString &path) const
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return report().writeXlsx(path);
    return report().writePdf(path);
}

void DashboardPage::chooseReport(const QString &suffix)
{
    const bool workbook = suffix == QLatin1String("xlsx");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const StatisticsFilter current = filter();
    const QString name =
        tr("dashboard-%1-%2").arg(current.from.toString(Qt::ISODate), current.to.toString(Qt::ISODate)) +
        QLatin1Char('.') + suffix;
    const QString title = workbook ? tr("Save the dashboard as an Excel workbook") : tr("Save the dashboard as PDF");
    const QString path = QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(name),
                                                      workbook ? TabularExport::fileFilter(TabularExport::Format::Xlsx)
                                                               : tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto written = writeReport(path); !written)
        ErrorPresenter::show(this, title, written.error());
}
