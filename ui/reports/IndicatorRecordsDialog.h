// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Module.h"
#include "reports/RecordTitles.h"

#include <QDialog>

class QListWidget;

/** The records behind a figure of the dashboard; Enter or a double click opens one in its module. */
class IndicatorRecordsDialog : public QDialog
{
    Q_OBJECT

public:
    IndicatorRecordsDialog(const QString &title, Module module, const QList<RecordTitle> &records,
                           QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

private:
    Module m_module;
    QListWidget *m_list;
};
