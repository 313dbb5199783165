// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes CsvReader over raw bytes: encoding detection (TextDecoder), separator detection and RFC 4180 parsing.
#include "FuzzSupport.h"
#include "io/CsvReader.h"

namespace {

void checkShape(const Result<TabularData> &read)
{
    if (!read)
        return;
    // TabularData promises every record exactly as many cells as the header: importers index cells by column.
    for (const TabularRow &row : read->rows) {
        if (row.cells.size() != read->header.size())
            FuzzSupport::broken("a record does not have as many cells as the header");
        if (row.line < read->headerLine)
            FuzzSupport::broken("a record starts before the header");
    }
    if (read->separator != QLatin1Char(';') && read->separator != QLatin1Char(',') &&
        read->separator != QLatin1Char('\t'))
        FuzzSupport::broken("a separator other than ';', ',' or tab");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    checkShape(CsvReader::read(input));
    // Small limits as well, so that short inputs reach every refusal (columns, value length, records).
    checkShape(CsvReader::read(input, CsvReader::Limits{4, 16, 8, 4096}));
    return 0;
}
