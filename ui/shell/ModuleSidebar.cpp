// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModuleSidebar.h"

#include "ThemeManager.h"

ModuleSidebar::ModuleSidebar(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("moduleSidebar"));
    setAccessibleName(tr("Modules"));
    setIconSize(QSize(22, 22));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(true);
    int shortcut = 1;
    for (Module module : Modules::all()) {
        auto *item = new QListWidgetItem(Modules::label(module), this);
        item->setData(Qt::UserRole, int(module));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(Modules::label(module)).arg(shortcut++));
    }
    refreshIcons();
    setCurrentRow(0);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit moduleSelected(Module(item(row)->data(Qt::UserRole).toInt()));
    });
}

Module ModuleSidebar::currentModule() const
{
    return currentItem() ? Module(currentItem()->data(Qt::UserRole).toInt()) : Module::Home;
}

void ModuleSidebar::setCurrentModule(Module module)
{
    for (int row = 0; row < count(); ++row) {
        if (Module(item(row)->data(Qt::UserRole).toInt()) == module) {
            setCurrentRow(row);
            return;
        }
    }
}

void ModuleSidebar::refreshIcons()
{
    for (int row = 0; row < count(); ++row)
        item(row)->setIcon(ThemeManager::icon(iconName(Module(item(row)->data(Qt::UserRole).toInt()))));
}

QString ModuleSidebar::iconName(Module module)
{
    // The icons are named after the modules' storage codes (resources/icons/beneficiaries.svg…).
    return Modules::code(module);
}
