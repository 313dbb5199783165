// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "careers/CareerSheet.h"

#include <QList>
#include <QWidget>

class Database;
class QLabel;
class QScreen;
class QTextBrowser;

/**
 * Projector mode: the sheets of a séance one at a time, full screen, in type a class reads from the back of the
 * room. Sizes follow the screen's height; a light and a high-contrast theme (T) suit a bright or a dark room. The
 * keys are those of presentation software and of presenter remotes, which send Page Up and Page Down.
 */
class ProjectorWindow : public QWidget
{
    Q_OBJECT

public:
    /// Reads the sheets now; keys of sheets that no longer exist are skipped.
    ProjectorWindow(Database &database, const QStringList &keys, const QString &title, QWidget *parent = nullptr);

    /// The screen to project on: the only one, else asks, proposing a screen the window from is not on.
    static QScreen *chooseScreen(QWidget *from);
    /// Shows the window full screen on screen (the primary screen when null).
    void present(QScreen *screen);

    int count() const { return int(m_sheets.size()); }
    int currentIndex() const { return m_index; }
    /// The sheet shown (an empty one when the séance has none).
    CareerSheet currentSheet() const;
    void setCurrentIndex(int index);
    void next() { setCurrentIndex(m_index + 1); }
    void previous() { setCurrentIndex(m_index - 1); }

    bool isHighContrast() const { return m_highContrast; }
    void setHighContrast(bool highContrast);
    /// A blank screen, as presentation software gives with B: the room looks at the trainer.
    bool isBlanked() const { return m_blanked; }
    void setBlanked(bool blanked);

    QLabel *titleLabel() const { return m_title; }
    QLabel *footerLabel() const { return m_footer; }
    QTextBrowser *body() const { return m_body; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showCurrent();
    void applyTheme();
    void fitBody(const CareerSheet &sheet);
    double scale() const;

    QList<CareerSheet> m_sheets;
    QString m_seanceTitle;
    int m_index = 0;
    bool m_highContrast = false;
    bool m_blanked = false;
    QWidget *m_content;
    QLabel *m_meta;
    QLabel *m_title;
    QWidget *m_spacing;
    QTextBrowser *m_body;
    QLabel *m_footer;
    QLabel *m_hints;
};
