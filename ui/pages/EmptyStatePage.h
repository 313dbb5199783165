// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

/**
 * A page that has nothing to show yet says so, and says what to do next: an icon, a title, a sentence and, when
 * there is one, the button that gets the user going.
 */
class EmptyStatePage : public QWidget
{
    Q_OBJECT

public:
    EmptyStatePage(const QString &iconName, const QString &title, const QString &text, QWidget *parent = nullptr);

    /// Shows a button under the text; clicking it emits actionTriggered().
    void setAction(const QString &label);
    void setText(const QString &text);
    QString title() const;

signals:
    void actionTriggered();

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_action;
};
