// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchResult.h"

#include "common/Result.h"

#include <QList>

class BenchContext;

/**
 * Item 5: the whole base exported to an exchange file (ExchangeExporter, scope Everything, Argon2id at its
 * interactive limits) and imported into a fresh database of another site (ExchangeReader, ExchangeImporter), in
 * process, against VACUUM INTO of the base followed by the same encryption done raw (RawSeal).
 */
class ExchangeBench
{
public:
    explicit ExchangeBench(BenchContext &context) : m_context(context) {}

    Result<QList<BenchResult>> run();

private:
    Result<double> floorOnce(const QString &base);

    BenchContext &m_context;
    qint64 m_floorBytes = 0;
};
