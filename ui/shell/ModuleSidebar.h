// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Module.h"

#include <QListWidget>

/** The list of modules on the left of the main window; Ctrl+1 to Ctrl+5 reach them from the keyboard. */
class ModuleSidebar : public QListWidget
{
    Q_OBJECT

public:
    explicit ModuleSidebar(QWidget *parent = nullptr);

    Module currentModule() const;
    void setCurrentModule(Module module);
    /// Reloads the icons after a theme change.
    void refreshIcons();

signals:
    void moduleSelected(Module module);

private:
    static QString iconName(Module module);
};
