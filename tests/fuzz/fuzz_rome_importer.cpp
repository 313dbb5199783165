// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the reading of a ROME referential folder (RomeImporter::read, no database): one file of the folder is the
// input, the others are the v460 fixture. The input's first byte chooses which file (see tableFor), the rest is that
// file's content, so one corpus reaches the reader of every table.
#include "FuzzSupport.h"
#include "careers/RomeImporter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace {

const QString version = QStringLiteral("460");

QStringList tables()
{
    static const QStringList all = RomeImporter::requiredTables() + RomeImporter::optionalTables();
    return all;
}

QString fileName(const QString &table)
{
    return QStringLiteral("unix_%1_v%2_utf8.csv").arg(table, version);
}

// One folder per table, each a copy of the fixture: the input then replaces a single file and nothing needs restoring.
QString folderFor(qsizetype table)
{
    return FuzzSupport::folder() + QStringLiteral("/table%1").arg(table);
}

void copyFixture()
{
    const QDir fixture(QStringLiteral(SILLAGE_ROME_FIXTURE));
    for (qsizetype i = 0; i < tables().size(); ++i) {
        if (!QDir().mkpath(folderFor(i)))
            FuzzSupport::broken("cannot create the ROME folders");
        for (const QString &table : tables()) {
            if (!QFile::copy(fixture.filePath(fileName(table)), folderFor(i) + QLatin1Char('/') + fileName(table)))
                FuzzSupport::broken("cannot copy the ROME fixture (tests/data/rome/v460)");
        }
    }
}

void checkReferential(const RomeReferential &referential)
{
    static const QRegularExpression code(QStringLiteral("^[A-N][0-9]{4}$"));
    for (const RomeSheetData &sheet : referential.sheets) {
        if (!code.match(sheet.code).hasMatch())
            FuzzSupport::broken("a sheet was kept with an invalid ROME code");
        if (sheet.mobilities.contains(sheet.code))
            FuzzSupport::broken("a sheet lists itself among its close jobs");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::start(argc, argv);
    copyFixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype table = data[0] % tables().size();
    FuzzSupport::writeFile(folderFor(table) + QLatin1Char('/') + fileName(tables().at(table)),
                           FuzzSupport::bytes(data + 1, size - 1));
    RomeImportReport notes;
    auto referential = RomeImporter::read(folderFor(table), &notes);
    if (referential)
        checkReferential(*referential);
    return 0;
}
