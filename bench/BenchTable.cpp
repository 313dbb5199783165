// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchTable.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

QString pad(const QString &text, qsizetype width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

} // namespace

BenchTable::BenchTable(Machine machine, qint64 size, quint32 seed, QString data)
    : m_machine(std::move(machine)), m_size(size), m_seed(seed), m_data(std::move(data)),
      m_started(QDateTime::currentDateTime())
{
}

QString BenchTable::format(const std::optional<double> &value, const QString &unit)
{
    if (!value)
        return QStringLiteral("—");
    // Three significant figures or so: more would only show the noise.
    const double x = *value;
    const int decimals = x >= 100 ? 0 : x >= 10 ? 1 : 2;
    return QStringLiteral("%1 %2").arg(x, 0, 'f', decimals).arg(unit);
}

void BenchTable::printMachine(QTextStream &out) const
{
    for (const QString &line : m_machine.lines())
        out << line << Qt::endl;
    out << QStringLiteral("Data      %1 dossiers in %2 (search prefixes: seed %3)")
               .arg(m_size)
               .arg(QFileInfo(m_data).fileName())
               .arg(m_seed)
        << Qt::endl
        << QStringLiteral("Date      %1").arg(m_started.toString(Qt::ISODate)) << Qt::endl;
}

void BenchTable::printTable(QTextStream &out) const
{
    const QStringList header = {QStringLiteral("#"),     QStringLiteral("work"),  QStringLiteral("Sillage"),
                                QStringLiteral("floor"), QStringLiteral("ratio"), QStringLiteral("bar"),
                                QStringLiteral("result")};
    QList<QStringList> rows;
    for (const BenchResult &result : m_results) {
        QString floor = format(result.floor, result.unit);
        if (result.floor && !result.floorLabel.isEmpty())
            floor += QStringLiteral(" (%1)").arg(result.floorLabel);
        const QString ratio = !result.ratioText.isEmpty() ? result.ratioText
                              : result.ratio              ? QStringLiteral("%1×").arg(*result.ratio, 0, 'f', 2)
                                                          : QStringLiteral("—");
        rows << QStringList{result.id,  result.work,        format(result.value, result.unit), floor, ratio,
                            result.bar, result.statusText()};
    }
    QList<qsizetype> widths;
    for (qsizetype column = 0; column < header.size(); ++column) {
        qsizetype width = header.at(column).size();
        for (const QStringList &row : std::as_const(rows))
            width = std::max(width, row.at(column).size());
        widths << width;
    }
    auto printRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype column = 0; column < cells.size(); ++column)
            line += pad(cells.at(column), widths.at(column) + 2);
        out << line.trimmed() << Qt::endl;
    };
    printRow(header);
    QStringList rule;
    for (qsizetype width : std::as_const(widths))
        rule << QString(width, QLatin1Char('-'));
    printRow(rule);
    for (const QStringList &row : std::as_const(rows))
        printRow(row);

    out << Qt::endl;
    for (const BenchResult &result : m_results) {
        if (!result.reason.isEmpty())
            out << pad(result.id, 6) << result.statusText() << QStringLiteral(": ") << result.reason << Qt::endl;
        for (const QString &note : result.notes)
            out << pad(result.id, 6) << note << Qt::endl;
    }
}

Result<void> BenchTable::writeJson(const QString &path) const
{
    QJsonArray results;
    for (const BenchResult &result : m_results)
        results.append(result.toJson());
    const QJsonObject json{{QStringLiteral("machine"), m_machine.toJson()},
                           {QStringLiteral("date"), m_started.toString(Qt::ISODate)},
                           {QStringLiteral("size"), double(m_size)},
                           {QStringLiteral("seed"), double(m_seed)},
                           {QStringLiteral("data"), m_data},
                           {QStringLiteral("results"), results}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit())
        return Error(Error::Kind::Storage, QStringLiteral("The results cannot be written to %1.").arg(path), {},
                     file.errorString());
    return {};
}
