// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentReader.h"

#include <QProcess>
#include <QStandardPaths>

namespace {

QString run(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return QStringLiteral("");
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

namespace DocumentReader {

QString pdfText(const QString &path)
{
    const QString text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    // The fonts draw "fi" and "ff" as one glyph, which comes back as a ligature character: compatibility
    // normalisation turns it back into letters, so that a test can look for the words it wrote.
    return text.isNull() ? text : text.normalized(QString::NormalizationForm_KC);
}

QString zipPart(const QString &path, const QString &part)
{
    return run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, part});
}

} // namespace DocumentReader
