// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileCorruption.h"

#include <QFile>
#include <QRandomGenerator>

namespace FileCorruption {

bool overwriteMiddlePages(const QString &path, int pages, int pageSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const qint64 pageCount = file.size() / pageSize;
    // Page 1 holds the header and the start of the schema: keep it, so the damage is found by checking the data.
    if (pageCount < pages + 2)
        return false;
    const qint64 firstPage = (pageCount - pages) / 2;
    QRandomGenerator garbage(20260101);
    QByteArray bytes(qsizetype(pages) * pageSize, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(garbage.bounded(256));
    return file.seek(firstPage * pageSize) && file.write(bytes) == bytes.size() && file.flush();
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace FileCorruption
