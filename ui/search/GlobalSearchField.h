// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QTimer>

/**
 * The search field of the tool bar (Ctrl+K): asks for a search a moment after the user stops typing, so that each
 * keystroke does not query the database, and hands the arrow keys over to the results.
 */
class GlobalSearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit GlobalSearchField(QWidget *parent = nullptr);

signals:
    /// The text to search; empty when the field was cleared.
    void searchRequested(const QString &text);
    /// Down or Enter: the user wants to move into the results.
    void resultsFocusRequested();
    /// Escape: the user leaves the search.
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTimer m_delay;
};
