// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemeManager.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include "SillageStyle.h"
#include <QStyleHints>
#include <QSvgRenderer>

namespace {

bool darkThemeActive = false;

// The icons are drawn in this colour in the SVG files and recoloured at load time.
const QByteArray iconInkColour = "#4a5568";

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf4, 0xf6, 0xf8));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf3, 0xf6));
    p.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::PlaceholderText, QColor(0x5f, 0x6b, 0x7a));
    p.setColor(QPalette::Button, QColor(0xfa, 0xfb, 0xfc));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::Highlight, QColor(0x0f, 0x76, 0x6e));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x0b, 0x5e, 0x58));
    p.setColor(QPalette::Mid, QColor(0xc8, 0xd0, 0xd9));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8a, 0x94, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8a, 0x94, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8a, 0x94, 0xa0));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1b, 0x1f, 0x24));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe9, 0xed));
    p.setColor(QPalette::Base, QColor(0x23, 0x28, 0x2e));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x30, 0x37));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe9, 0xed));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xaa, 0xb5));
    p.setColor(QPalette::Button, QColor(0x2a, 0x30, 0x37));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe9, 0xed));
    p.setColor(QPalette::Highlight, QColor(0x5e, 0xea, 0xd4));
    p.setColor(QPalette::HighlightedText, QColor(0x10, 0x20, 0x1e));
    p.setColor(QPalette::ToolTipBase, QColor(0xe6, 0xe9, 0xed));
    p.setColor(QPalette::ToolTipText, QColor(0x1b, 0x1f, 0x24));
    p.setColor(QPalette::Link, QColor(0x5e, 0xea, 0xd4));
    p.setColor(QPalette::Mid, QColor(0x3a, 0x42, 0x4c));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x86, 0x90, 0x9c));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x86, 0x90, 0x9c));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x86, 0x90, 0x9c));
    return p;
}

QString styleSheet(bool dark)
{
    QFile file(dark ? QStringLiteral(":/styles/dark.qss") : QStringLiteral(":/styles/light.qss"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QFile common(QStringLiteral(":/styles/common.qss"));
    QString text = common.open(QIODevice::ReadOnly) ? QString::fromUtf8(common.readAll()) : QString();
    return text + QString::fromUtf8(file.readAll());
}

} // namespace

void ThemeManager::apply(WorkstationSettings::Theme theme)
{
    darkThemeActive = theme == WorkstationSettings::Theme::Dark ||
                      (theme == WorkstationSettings::Theme::System && systemPrefersDark());
    QApplication::setStyle(new SillageStyle);
    QApplication::setPalette(darkThemeActive ? darkPalette() : lightPalette());
    qApp->setStyleSheet(styleSheet(darkThemeActive));
}

bool ThemeManager::isDark()
{
    return darkThemeActive;
}

bool ThemeManager::systemPrefersDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
#else
    // Before Qt 6.5 there is no colour-scheme query: a dark system palette is the best sign available. It is read
    // once, before Sillage replaces the palette with its own.
    static const QPalette system = QGuiApplication::palette();
    return system.color(QPalette::Window).lightness() < system.color(QPalette::WindowText).lightness();
#endif
}

QColor ThemeManager::accent()
{
    return QApplication::palette().color(QPalette::Highlight);
}

QIcon ThemeManager::icon(const QString &name)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    const QPalette palette = QApplication::palette();
    // A selected item shows the highlight colour behind it: its icon takes the highlighted text's colour, as the
    // label beside it does, so that it keeps its contrast.
    const QList<std::pair<QIcon::Mode, QColor>> inks = {
        {QIcon::Normal, palette.color(QPalette::WindowText)},
        {QIcon::Active, palette.color(QPalette::WindowText)},
        {QIcon::Selected, palette.color(QPalette::HighlightedText)},
        {QIcon::Disabled, palette.color(QPalette::Disabled, QPalette::WindowText)},
    };
    QIcon icon;
    for (const auto &[mode, ink] : inks) {
        QByteArray coloured = svg;
        coloured.replace(iconInkColour, ink.name().toLatin1());
        QSvgRenderer renderer(coloured);
        for (int size : {16, 20, 24, 32, 48, 64}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            renderer.render(&painter);
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}
