// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the opening of an exchange file (ExchangeReader::open): the envelope's header checks and decryption, then
// the decrypted SQLite file, its manifest and the names of its tables.
#include "FuzzSupport.h"
#include "exchange/ExchangeCipher.h"
#include "exchange/ExchangeReader.h"

#include <QtEndian>

namespace {

const QByteArray sqliteMagic("SQLite format 3\0", 16);

// The key parameters a header may ask for are capped by ExchangeCipher (16 passes over 1 GiB, tested in
// tst_exchangecipher), but a single input at the cap takes seconds: the fuzzer would report it as a timeout and
// spend its time deriving keys. Inputs asking more than this are skipped. Offsets: the header layout in
// ExchangeCipher.cpp (opslimit at 16, memlimit at 24, little-endian).
constexpr quint64 fuzzOpsLimit = 2;
constexpr quint64 fuzzMemLimit = 1024 * 1024;

bool asksForCostlyKey(const QByteArray &input)
{
    if (!input.startsWith(ExchangeCipher::magic) || input.size() < 32)
        return false;
    const auto *bytes = reinterpret_cast<const uchar *>(input.constData());
    return qFromLittleEndian<quint64>(bytes + 16) > fuzzOpsLimit ||
           qFromLittleEndian<quint64>(bytes + 24) > fuzzMemLimit;
}

QString passphrase()
{
    return QStringLiteral("fuzz passphrase");
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
    if (asksForCostlyKey(input))
        return -1; // not kept in the corpus
    const QString path = FuzzSupport::folder() + QStringLiteral("/input.sillage");
    // Authentication refuses any changed byte of a sealed file, so mutations of a real exchange file never reach what
    // comes after decryption. An input that is a plain SQLite file is therefore sealed here with the fuzz passphrase
    // (cheapest key parameters: microseconds) and the fuzzer explores the decrypted content instead. Only the
    // reader's "this is a plain SQLite file" refusal, a prefix comparison, is left out.
    if (input.startsWith(sqliteMagic)) {
        const QString plain = FuzzSupport::folder() + QStringLiteral("/input.db");
        FuzzSupport::writeFile(plain, input);
        if (!ExchangeCipher::encryptFile(plain, path, passphrase(), ExchangeCipher::KdfLimits::minimum()))
            FuzzSupport::broken("cannot seal the input");
    } else {
        FuzzSupport::writeFile(path, input);
    }
    auto reader = ExchangeReader::open(path, passphrase());
    if (reader) {
        // What the importer asks next: the columns of each table the manifest lists.
        for (const ExchangeTableCount &table : (*reader)->manifest().tables)
            (*reader)->columns(table.table);
    }
    return 0;
}
