// SPDX-License-Identifier: GPL-3.0-or-later
#include "CareerSheetView.h"
#include "AdditionsDialog.h"
#include "CareerSheetHtml.h"
#include "LocalSheetDialog.h"

#include "careers/CareerLinks.h"
#include "careers/CareerSheetDocument.h"
#include "careers/CareerSheetRepository.h"
#include "shell/ErrorPresenter.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

CareerSheetView::CareerSheetView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_header(new QWidget(this)), m_title(new QLabel(this)),
      m_badge(new QLabel(this)), m_meta(new QLabel(this)), m_body(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("careerSheetView"));
    m_title->setObjectName(QStringLiteral("careerTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badge->setObjectName(QStringLiteral("careerBadge"));
    m_meta->setObjectName(QStringLiteral("careerMeta"));
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(0, 0, 0, 0);
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_badge, 0, Qt::AlignTop);
    auto *headerLayout = new QVBoxLayout(m_header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->setSpacing(4);
    headerLayout->addLayout(titleRow);
    headerLayout->addWidget(m_meta);
    headerLayout->addWidget(createActions());

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // Translucent badges read on the light and the dark theme alike; the colour says where the text comes from.
    setStyleSheet(QStringLiteral("QLabel#careerBadge { padding: 3px 10px; border-radius: 10px; font-weight: 600; }"
                                 "QLabel#careerBadge[kind=\"rome\"] { background: rgba(30, 110, 200, 0.18); }"
                                 "QLabel#careerBadge[kind=\"demo\"] { background: rgba(230, 150, 0, 0.25); }"
                                 "QLabel#careerBadge[kind=\"local\"] { background: rgba(40, 160, 80, 0.25); }"
                                 "QLabel#careerBadge[kind=\"withdrawn\"] { background: rgba(200, 40, 40, 0.22); }"));

    m_body->setObjectName(QStringLiteral("careerBody"));
    m_body->document()->setDefaultStyleSheet(QStringLiteral("h3 { font-size: large; margin-top: 14px; } "
                                                            "p, li { font-size: medium; }"));
    QFont bodyFont = m_body->font();
    bodyFont.setPointSizeF(bodyFont.pointSizeF() * 1.1);
    m_body->document()->setDefaultFont(bodyFont);
    m_body->setOpenLinks(false);
    m_body->setFrameShape(QFrame::NoFrame);
    connect(m_body, &QTextBrowser::anchorClicked, this, &CareerSheetView::followLink);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_body, 1);
    clear();
}

QWidget *CareerSheetView::createActions()
{
    // Two rows: what changes the sheet, then what shows it. In French the buttons of one row would not fit beside
    // the tree on a 1366-pixel laptop.
    auto *bar = new QWidget(this);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 4, 0, 4);
    rows->setSpacing(4);
    auto *row = new QHBoxLayout;
    auto *showing = new QHBoxLayout;
    rows->addLayout(row);
    rows->addLayout(showing);
    const auto button = [&](const QString &text, const char *name, void (CareerSheetView::*slot)()) {
        auto *made = new QPushButton(text, bar);
        made->setObjectName(QString::fromLatin1(name));
        connect(made, &QPushButton::clicked, this, slot);
        row->addWidget(made);
        return made;
    };
    m_additions = button(tr("Edit local additions…"), "editAdditionsButton", &CareerSheetView::editAdditions);
    m_copy = button(tr("Copy as a local sheet"), "copyToLocalButton", &CareerSheetView::copyToLocal);
    m_edit = button(tr("Edit the sheet…"), "editLocalButton", &CareerSheetView::editLocal);
    m_remove = button(tr("Remove"), "removeLocalButton", &CareerSheetView::removeLocal);
    row->addStretch(1);
    m_seance = new QPushButton(tr("Add to a séance…"), bar);
    m_seance->setObjectName(QStringLiteral("addToSeanceButton"));
    connect(m_seance, &QPushButton::clicked, this, [this] { emit addToSeanceRequested(m_sheet.key); });
    showing->addWidget(m_seance);
    m_projector = new QPushButton(tr("Project"), bar);
    m_projector->setObjectName(QStringLiteral("projectSheetButton"));
    m_projector->setToolTip(tr("Shows this sheet full screen, in large type, on the projector"));
    connect(m_projector, &QPushButton::clicked, this, [this] { emit projectorRequested(m_sheet.key); });
    showing->addWidget(m_projector);
    showing->addStretch(1);
    // Print and PDF share one button (its arrow offers the PDF) so that the row fits a laptop's width.
    m_print = new QToolButton(bar);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setPopupMode(QToolButton::MenuButtonPopup);
    m_print->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *printAction = new QAction(tr("Print…"), m_print);
    connect(printAction, &QAction::triggered, this, &CareerSheetView::print);
    m_print->setDefaultAction(printAction);
    auto *menu = new QMenu(m_print);
    menu->addAction(printAction);
    QAction *pdf = menu->addAction(tr("Export to PDF…"), this, &CareerSheetView::exportPdf);
    pdf->setObjectName(QStringLiteral("exportPdfAction"));
    m_print->setMenu(menu);
    showing->addWidget(m_print);
    return bar;
}

bool CareerSheetView::showSheet(const QString &key)
{
    Database *database = m_workspace.database();
    if (!database || key.isEmpty()) {
        clear();
        return false;
    }
    auto found = CareerSheetRepository(*database).find(key);
    if (!found) {
        clear();
        return false;
    }
    m_sheet = *found;
    showCurrent();
    return true;
}

void CareerSheetView::clear()
{
    m_sheet = CareerSheet();
    m_sheet.key.clear();
    m_header->setVisible(false);
    m_body->setHtml(
        QStringLiteral("<p style=\"margin-top:40px;\" align=\"center\"><i>%1</i></p>")
            .arg(CareerSheetHtml::escaped(tr("Choose a sheet in the tree or type a job in the search field."))));
}

QString CareerSheetView::badgeText() const
{
    if (m_sheet.isLocal())
        return tr("Local sheet");
    if (m_sheet.withdrawn)
        return tr("Withdrawn from the ROME");
    if (m_sheet.version == QLatin1String("demo"))
        return tr("Demonstration");
    return tr("ROME %1").arg(m_sheet.version);
}

void CareerSheetView::showCurrent()
{
    m_header->setVisible(true);
    m_title->setText(m_sheet.label);
    m_badge->setText(badgeText());
    // The badge's colour says how far to trust the text: the referential, a trainer's work, or sample text.
    const QString kind = m_sheet.isLocal()                          ? QStringLiteral("local")
                         : m_sheet.withdrawn                        ? QStringLiteral("withdrawn")
                         : m_sheet.version == QLatin1String("demo") ? QStringLiteral("demo")
                                                                    : QStringLiteral("rome");
    m_badge->setProperty("kind", kind);
    m_badge->style()->unpolish(m_badge);
    m_badge->style()->polish(m_badge);

    QStringList meta;
    if (!m_sheet.code.isEmpty())
        meta << (m_sheet.isLocal() ? tr("From %1").arg(m_sheet.code) : m_sheet.code);
    if (!m_sheet.grandDomainLabel.isEmpty())
        meta << m_sheet.grandDomainLabel;
    if (!m_sheet.domainLabel.isEmpty())
        meta << m_sheet.domainLabel;
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));

    m_copy->setVisible(!m_sheet.isLocal() && !m_sheet.withdrawn);
    m_edit->setVisible(m_sheet.isLocal());
    m_remove->setVisible(m_sheet.isLocal());

    QTextDocument *document = m_body->document();
    if (!m_sheet.additions.image.isEmpty())
        document->addResource(QTextDocument::ImageResource, CareerSheetHtml::imageUrl(),
                              QImage::fromData(m_sheet.additions.image));
    // A shade of the theme's highlight under the additions: visible on a light or a dark base.
    QColor box = palette().color(QPalette::Highlight);
    const QColor base = palette().color(QPalette::Base);
    const QColor shade =
        QColor::fromRgbF(base.redF() * 0.88 + box.redF() * 0.12, base.greenF() * 0.88 + box.greenF() * 0.12,
                         base.blueF() * 0.88 + box.blueF() * 0.12);
    QString html = CareerSheetHtml::viewBody(m_sheet, shade.name());
    // Personal data: every user sees these names for now; the roles to come will gate this section with a
    // permission check (seeing dossiers), as the issue asks.
    if (!m_sheet.isLocal() && !m_sheet.code.isEmpty()) {
        CareerLinks links(*m_workspace.database());
        auto dossiers = links.dossiers(m_sheet.code);
        auto immersions = links.immersions(m_sheet.code);
        if (dossiers && immersions)
            html += CareerSheetHtml::linkedSection(*dossiers, *immersions);
    }
    m_body->setHtml(html);
}

void CareerSheetView::followLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    const QString target = url.path();
    if (scheme == CareerSheetHtml::sheetScheme())
        emit openRequested(target);
    else if (scheme == CareerSheetHtml::dossierScheme())
        emit dossierRequested(target);
    else if (scheme == CareerSheetHtml::placementScheme())
        emit placementRequested(target);
    else if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}

void CareerSheetView::editAdditions()
{
    Database *database = m_workspace.database();
    if (!database || m_sheet.key.isEmpty())
        return;
    CareerAdditions additions = m_sheet.additions;
    additions.sheetKey = m_sheet.key;
    AdditionsDialog dialog(*database, additions, m_sheet.label, this);
    if (dialog.exec() == QDialog::Accepted)
        showSheet(m_sheet.key);
}

void CareerSheetView::copyToLocal()
{
    Database *database = m_workspace.database();
    if (!database || m_sheet.isLocal() || m_sheet.key.isEmpty())
        return;
    auto copy = CareerSheetRepository(*database).copyFromRome(m_sheet.code);
    if (!copy) {
        ErrorPresenter::show(this, tr("Sheet not copied"), copy.error());
        return;
    }
    emit sheetsChanged(copy->key);
}

void CareerSheetView::editLocal()
{
    Database *database = m_workspace.database();
    if (!database || !m_sheet.isLocal())
        return;
    LocalSheetDialog dialog(*database, m_sheet, this);
    if (dialog.exec() == QDialog::Accepted)
        emit sheetsChanged(m_sheet.key);
}

void CareerSheetView::removeLocal()
{
    Database *database = m_workspace.database();
    if (!database || !m_sheet.isLocal())
        return;
    QMessageBox question(
        QMessageBox::Question, tr("Remove the local sheet"),
        tr("Remove the local sheet %1 and its additions? Séances that list it will skip it.").arg(m_sheet.label),
        QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("removeSheetQuestion"));
    QPushButton *remove = question.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("removeButton"));
    QPushButton *keep = question.addButton(tr("&Keep"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepButton"));
    question.setDefaultButton(keep);
    question.setEscapeButton(keep);
    question.exec();
    if (question.clickedButton() != remove)
        return;
    if (auto removed = CareerSheetRepository(*database).removeLocal(m_sheet.key); !removed) {
        ErrorPresenter::show(this, tr("Sheet not removed"), removed.error());
        return;
    }
    clear();
    emit sheetsChanged(QString());
}

void CareerSheetView::print()
{
    if (m_sheet.key.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_sheet.label);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the sheet"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    CareerSheetDocument(m_sheet).print(&printer);
}

void CareerSheetView::exportPdf()
{
    if (m_sheet.key.isEmpty())
        return;
    QString name = m_sheet.code.isEmpty() ? m_sheet.label : m_sheet.code + QLatin1Char(' ') + m_sheet.label;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the sheet to PDF"),
                                     QDir(folder).filePath(name + QStringLiteral(".pdf")), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto written = CareerSheetDocument(m_sheet).writePdf(path); !written)
        ErrorPresenter::show(this, tr("PDF not written"), written.error());
}
