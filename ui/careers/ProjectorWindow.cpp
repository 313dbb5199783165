// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectorWindow.h"
#include "CareerSheetHtml.h"

#include "careers/CareerSheetRepository.h"

#include <QApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace {

struct Theme
{
    QColor background;
    QColor text;
    QColor accent;
    QColor discreet;
};

// Light: dark text on white for a bright room. High contrast: white and yellow on black, for weak projectors and
// for readers with low vision; both well above the WCAG AAA ratio.
const Theme lightTheme{QColor(0xff, 0xff, 0xff), QColor(0x14, 0x14, 0x14), QColor(0x0b, 0x4a, 0x8c),
                       QColor(0x5a, 0x5a, 0x5a)};
const Theme contrastTheme{QColor(0x00, 0x00, 0x00), QColor(0xff, 0xff, 0xff), QColor(0xff, 0xd6, 0x00),
                          QColor(0xc8, 0xc8, 0xc8)};

// Sizes at 1080 pixels high; they follow the screen's height so a 720p projector keeps the proportions.
constexpr double titlePt = 54;
constexpr double largestBodyPt = 34;
constexpr double smallestBodyPt = 24;
constexpr double metaPt = 24;
constexpr double footerPt = 15;

void setPointSize(QWidget *widget, double points, bool bold = false)
{
    QFont font = widget->font();
    font.setPointSizeF(points);
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace

ProjectorWindow::ProjectorWindow(Database &database, const QStringList &keys, const QString &title, QWidget *parent)
    : QWidget(parent, Qt::Window), m_seanceTitle(title), m_content(new QWidget(this)), m_meta(new QLabel(this)),
      m_title(new QLabel(this)), m_body(new QTextBrowser(this)), m_footer(new QLabel(this)), m_hints(new QLabel(this))
{
    setObjectName(QStringLiteral("projectorWindow"));
    setWindowTitle(title.isEmpty() ? tr("Projector") : tr("Projector — %1").arg(title));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setAttribute(Qt::WA_StyledBackground);
    setCursor(Qt::BlankCursor);

    CareerSheetRepository repository(database);
    for (const QString &key : keys) {
        auto sheet = repository.find(key);
        if (sheet)
            m_sheets << *sheet;
    }

    m_meta->setObjectName(QStringLiteral("projectorMeta"));
    m_title->setObjectName(QStringLiteral("projectorTitle"));
    m_title->setWordWrap(true);
    m_body->setObjectName(QStringLiteral("projectorBody"));
    m_body->setFrameShape(QFrame::NoFrame);
    m_body->document()->setDocumentMargin(0);
    m_body->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_body->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_body->setTextInteractionFlags(Qt::NoTextInteraction);
    // The keys belong to the window: a focused text view would scroll instead of changing sheet.
    m_body->setFocusPolicy(Qt::NoFocus);
    m_body->viewport()->setCursor(Qt::BlankCursor);
    m_body->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_footer->setObjectName(QStringLiteral("projectorFooter"));
    m_hints->setObjectName(QStringLiteral("projectorHints"));
    m_hints->setText(tr("→ next   ← previous   T theme   B blank   Esc leave"));
    m_hints->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(0);
    content->addWidget(m_meta);
    content->addWidget(m_title);
    m_spacing = new QWidget(this);
    content->addWidget(m_spacing);
    content->addWidget(m_body, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_footer, 1);
    footer->addWidget(m_hints);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_content, 1);
    layout->addLayout(footer);

    applyTheme();
    showCurrent();
}

QScreen *ProjectorWindow::chooseScreen(QWidget *from)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() <= 1)
        return QGuiApplication::primaryScreen();
    QScreen *mine = from ? from->window()->screen() : QGuiApplication::primaryScreen();
    QStringList names;
    int proposed = 0;
    for (int i = 0; i < screens.size(); ++i) {
        const QRect geometry = screens.at(i)->geometry();
        names << tr("%1 (%2 × %3)%4")
                     .arg(screens.at(i)->name())
                     .arg(geometry.width())
                     .arg(geometry.height())
                     .arg(screens.at(i) == mine ? tr(", this window's screen") : QString());
        if (screens.at(i) != mine && proposed == 0 && screens.at(0) == mine)
            proposed = i;
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(from, tr("Projector mode"), tr("Show the sheets on:"), names, proposed, false, &ok);
    if (!ok)
        return nullptr;
    return screens.value(int(names.indexOf(chosen)), QGuiApplication::primaryScreen());
}

void ProjectorWindow::present(QScreen *screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    setScreen(screen);
    setGeometry(screen->geometry());
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

double ProjectorWindow::scale() const
{
    const int reference = height() > 100 ? height() : 1080;
    return std::clamp(reference / 1080.0, 0.5, 2.5);
}

CareerSheet ProjectorWindow::currentSheet() const
{
    return m_sheets.value(m_index);
}

void ProjectorWindow::setCurrentIndex(int index)
{
    if (m_sheets.isEmpty())
        return;
    const int bounded = std::clamp(index, 0, int(m_sheets.size()) - 1);
    if (bounded == m_index)
        return;
    m_index = bounded;
    showCurrent();
}

void ProjectorWindow::setHighContrast(bool highContrast)
{
    m_highContrast = highContrast;
    applyTheme();
    showCurrent();
}

void ProjectorWindow::setBlanked(bool blanked)
{
    m_blanked = blanked;
    m_content->setVisible(!blanked);
}

void ProjectorWindow::applyTheme()
{
    const Theme &theme = m_highContrast ? contrastTheme : lightTheme;
    QPalette colours = palette();
    colours.setColor(QPalette::Window, theme.background);
    colours.setColor(QPalette::Base, theme.background);
    colours.setColor(QPalette::WindowText, theme.text);
    colours.setColor(QPalette::Text, theme.text);
    setPalette(colours);
    m_body->setPalette(colours);
    // The application's style sheet colours labels and text views for the desktop theme; this one wins inside the
    // projector, whatever theme the window uses.
    setStyleSheet(QStringLiteral("QWidget#projectorWindow { background-color: %1; }"
                                 "QLabel { color: %2; background: transparent; }"
                                 "QLabel#projectorMeta { color: %3; }"
                                 "QLabel#projectorFooter, QLabel#projectorHints { color: %4; }"
                                 "QTextBrowser { background-color: %1; color: %2; border: none; }")
                      .arg(theme.background.name(), theme.text.name(), theme.accent.name(), theme.discreet.name()));
}

void ProjectorWindow::showCurrent()
{
    const double factor = scale();
    const int margin = int(72 * factor);
    layout()->setContentsMargins(margin, int(48 * factor), margin, int(24 * factor));
    m_spacing->setFixedHeight(int(28 * factor));
    setPointSize(m_meta, metaPt * factor);
    setPointSize(m_title, titlePt * factor, true);
    setPointSize(m_footer, footerPt * factor);
    setPointSize(m_hints, footerPt * factor);

    if (m_sheets.isEmpty()) {
        m_meta->clear();
        m_title->setText(tr("No sheet in this séance"));
        m_body->clear();
        m_footer->setText(m_seanceTitle);
        return;
    }
    const CareerSheet &sheet = m_sheets.at(m_index);
    QStringList meta;
    if (!sheet.code.isEmpty() && !sheet.isLocal())
        meta << sheet.code;
    if (!sheet.grandDomainLabel.isEmpty())
        meta << sheet.grandDomainLabel;
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));
    m_title->setText(sheet.label);
    QString footer = QStringLiteral("%1 / %2").arg(m_index + 1).arg(m_sheets.size());
    if (!m_seanceTitle.isEmpty())
        footer += QStringLiteral("  ·  ") + m_seanceTitle;
    m_footer->setText(footer);
    fitBody(sheet);
}

void ProjectorWindow::fitBody(const CareerSheet &sheet)
{
    // Long sheets shrink a little rather than lose their end off screen, but never below what a room can read;
    // a sheet still too long at that size keeps its first lines and items (the full text is on paper).
    const double factor = scale();
    const QString accent = (m_highContrast ? contrastTheme : lightTheme).accent.name();
    const auto fits = [this](const CareerSheet &shown, double points, const QString &colour) {
        QFont base = m_body->font();
        base.setPointSizeF(points);
        m_body->document()->setDefaultFont(base);
        m_body->setHtml(CareerSheetHtml::projectorBody(shown, points, colour));
        m_body->document()->setTextWidth(m_body->viewport()->width());
        return !isVisible() || m_body->document()->size().height() <= m_body->viewport()->height();
    };
    const double smallest = smallestBodyPt * factor;
    for (double points = largestBodyPt * factor; points >= smallest - 0.01; points -= 1.5 * factor) {
        if (fits(sheet, points, accent))
            return;
    }
    CareerSheet shorter = sheet;
    for (int lines = 4; lines >= 1; --lines) {
        shorter.definition = sheet.definition.split(QLatin1Char('\n')).mid(0, lines).join(QLatin1Char('\n'));
        shorter.access = sheet.access.split(QLatin1Char('\n')).mid(0, std::max(1, lines - 1)).join(QLatin1Char('\n'));
        shorter.knowHow = sheet.knowHow.mid(0, lines + 1);
        shorter.softSkills = sheet.softSkills.mid(0, lines);
        if (fits(shorter, smallest, accent))
            return;
    }
}

void ProjectorWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
        setCurrentIndex(0);
        break;
    case Qt::Key_End:
        setCurrentIndex(count() - 1);
        break;
    case Qt::Key_T:
        setHighContrast(!m_highContrast);
        break;
    // Presenter remotes' "blank screen" button sends B or a full stop.
    case Qt::Key_B:
    case Qt::Key_Period:
        setBlanked(!m_blanked);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ProjectorWindow::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        next();
    else if (event->button() == Qt::RightButton)
        previous();
}

void ProjectorWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showCurrent();
}
