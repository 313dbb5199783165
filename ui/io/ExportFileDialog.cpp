// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFileDialog.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

std::optional<ExportTarget> ExportFileDialog::ask(QWidget *parent, const QString &title, const QString &nameTemplate,
                                                  const QList<TabularExport::Format> &formats)
{
    QStringList filters;
    for (TabularExport::Format format : formats)
        filters << TabularExport::fileFilter(format);
    QString chosenFilter = filters.constFirst();
    const QString suggested =
        QDir::home().filePath(nameTemplate.arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    QString path =
        QFileDialog::getSaveFileName(parent, title, suggested, filters.join(QLatin1String(";;")), &chosenFilter);
    if (path.isEmpty())
        return std::nullopt;
    const TabularExport::Format format = formats.at(qMax(0, int(filters.indexOf(chosenFilter))));
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + TabularExport::formatName(format);
    return ExportTarget{path, format};
}
