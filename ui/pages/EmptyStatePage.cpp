// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmptyStatePage.h"

#include "shell/ThemeManager.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyStatePage::EmptyStatePage(const QString &iconName, const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_title(new QLabel(title, this)), m_text(new QLabel(text, this)),
      m_action(new QPushButton(this))
{
    m_icon->setPixmap(ThemeManager::icon(iconName).pixmap(64, 64));
    m_icon->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    // A fixed width lets the wrapped text compute its height; with only a maximum, the layout clips it.
    m_text->setFixedWidth(560);
    m_action->setVisible(false);
    connect(m_action, &QPushButton::clicked, this, &EmptyStatePage::actionTriggered);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addSpacing(8);
    layout->addWidget(m_title);
    // Centred by stretches rather than by an alignment flag: a layout item with an alignment ignores the height a
    // wrapped label needs for its width, and the text would be clipped.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_text);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addSpacing(12);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void EmptyStatePage::setAction(const QString &label)
{
    m_action->setText(label);
    m_action->setVisible(!label.isEmpty());
}

void EmptyStatePage::setText(const QString &text)
{
    m_text->setText(text);
}

QString EmptyStatePage::title() const
{
    return m_title->text();
}
