// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchResult.h"

BenchResult BenchResult::unavailable(const QString &id, const QString &work, const QString &bar, const QString &reason)
{
    BenchResult result;
    result.id = id;
    result.work = work;
    result.bar = bar;
    result.status = Status::NotAvailable;
    result.reason = reason;
    return result;
}

BenchResult BenchResult::error(const QString &id, const QString &work, const QString &reason)
{
    BenchResult result;
    result.id = id;
    result.work = work;
    result.status = Status::Error;
    result.reason = reason;
    return result;
}

QString BenchResult::statusText() const
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("ok");
    case Status::Fail:
        return QStringLiteral("FAIL");
    case Status::NotAvailable:
        return QStringLiteral("n/a");
    case Status::Error:
        return QStringLiteral("error");
    }
    return {};
}

QJsonObject BenchResult::toJson() const
{
    auto number = [](const std::optional<double> &x) { return x ? QJsonValue(*x) : QJsonValue(); };
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("work"), work},
                     {QStringLiteral("unit"), unit},
                     {QStringLiteral("value"), number(value)},
                     {QStringLiteral("floor"), number(floor)},
                     {QStringLiteral("ratio"), number(ratio)},
                     {QStringLiteral("bar"), bar},
                     {QStringLiteral("status"), statusText()}};
    // pass is null when nothing was judged, so that a consumer never reads "not measured" as "failed".
    if (status == Status::Pass || status == Status::Fail)
        json.insert(QStringLiteral("pass"), status == Status::Pass);
    else
        json.insert(QStringLiteral("pass"), QJsonValue());
    if (!floorLabel.isEmpty())
        json.insert(QStringLiteral("floor_label"), floorLabel);
    if (!reason.isEmpty())
        json.insert(QStringLiteral("reason"), reason);
    json.insert(QStringLiteral("details"), details);
    return json;
}
