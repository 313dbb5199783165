// SPDX-License-Identifier: GPL-3.0-or-later
#include "GlobalSearchField.h"

#include "shell/ThemeManager.h"

#include <QKeyEvent>

GlobalSearchField::GlobalSearchField(QWidget *parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("globalSearch"));
    setPlaceholderText(tr("Search every module (Ctrl+K)"));
    setAccessibleName(tr("Search"));
    setAccessibleDescription(tr("Searches names, dossier numbers, companies and career sheets in every module."));
    setClearButtonEnabled(true);
    addAction(ThemeManager::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    setMinimumWidth(320);
    m_delay.setSingleShot(true);
    m_delay.setInterval(150);
    connect(&m_delay, &QTimer::timeout, this, [this] { emit searchRequested(text().trimmed()); });
    connect(this, &QLineEdit::textEdited, this, [this] { m_delay.start(); });
    // The clear button changes the text without an edit signal.
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            m_delay.stop();
            emit searchRequested(QString());
        }
    });
}

void GlobalSearchField::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_delay.isActive()) {
            m_delay.stop();
            emit searchRequested(text().trimmed());
        }
        emit resultsFocusRequested();
        return;
    case Qt::Key_Escape:
        clear();
        emit cancelled();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}
