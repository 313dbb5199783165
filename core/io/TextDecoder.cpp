// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextDecoder.h"

#include <QStringDecoder>

#include <array>

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F, where it puts € œ Œ Ÿ … and typographic quotes instead of C1
// controls. Qt 6 without ICU has no Windows-1252 codec, so the 32 code points are spelled out here. The five bytes
// Windows leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as browsers do.
constexpr std::array<char16_t, 32> windows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88–8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98–9F
};

constexpr char16_t byteOrderMark = 0xFEFF;

bool startsWith(const QByteArray &bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (const unsigned char b : prefix) {
        if (static_cast<unsigned char>(bytes.at(i++)) != b)
            return false;
    }
    return true;
}

// Length of the incomplete UTF-8 sequence at the end of the bytes (a lead byte followed by too few continuation
// bytes), or 0 when the bytes end on a whole character.
qsizetype truncatedTail(const QByteArray &bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype back = 1; back <= 3 && back <= size; ++back) {
        const auto b = static_cast<unsigned char>(bytes.at(size - back));
        if ((b & 0xC0) == 0x80)
            continue; // continuation byte: keep looking for the lead byte
        int expected = 0;
        if ((b & 0xE0) == 0xC0)
            expected = 2;
        else if ((b & 0xF0) == 0xE0)
            expected = 3;
        else if ((b & 0xF8) == 0xF0)
            expected = 4;
        return expected > back ? back : 0;
    }
    return 0;
}

bool hasNonAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

// Decodes strict UTF-8; the leading BOM, if any, is dropped by the decoder.
bool decodeUtf8(QByteArrayView bytes, QString *text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

Result<TextDecoder::Decoded> TextDecoder::decode(const QByteArray &bytes)
{
    const QString saveHint =
        tr("Open it in your spreadsheet and save it as “CSV UTF-8” or “CSV (séparateur : point-virgule)”.");

    // UTF-32 little-endian starts with the UTF-16 mark too; either way the file is not in an 8-bit encoding.
    if (startsWith(bytes, {0xFF, 0xFE}) || startsWith(bytes, {0xFE, 0xFF}) ||
        startsWith(bytes, {0x00, 0x00, 0xFE, 0xFF}))
        return Error(Error::Kind::BadInput, tr("The file is encoded in UTF-16, which cannot be imported."), saveHint);
    if (startsWith(bytes, {'P', 'K', 0x03, 0x04}))
        return Error(Error::Kind::BadInput, tr("The file is a spreadsheet workbook (such as .xlsx), not a CSV file."),
                     saveHint);
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        return Error(
            Error::Kind::BadInput,
            tr("The file contains binary data (a NUL byte at position %1): it is not a text file.").arg(nul + 1),
            saveHint);
    }

    Decoded decoded;
    const bool bom = startsWith(bytes, {0xEF, 0xBB, 0xBF});
    if (decodeUtf8(bytes, &decoded.text)) {
        decoded.encoding = bom ? Encoding::Utf8WithBom : Encoding::Utf8;
    } else {
        // A file whose accents are valid UTF-8 but whose last letter is cut is UTF-8 that was truncated (a copy that
        // stopped early): reading it as Windows-1252 would turn every "é" into "Ã©". Without any valid multibyte
        // letter before the cut, the last byte is more likely a Windows-1252 letter ("café" ending in 0xE9).
        const qsizetype tail = truncatedTail(bytes);
        const QByteArrayView head = QByteArrayView(bytes).first(bytes.size() - tail);
        QString headText;
        if (bom || (tail > 0 && decodeUtf8(head, &headText) && hasNonAscii(head))) {
            return Error(Error::Kind::BadInput,
                         tr("The file is UTF-8 but is damaged or cut short: some bytes are not valid UTF-8."),
                         tr("Check that the file was copied completely, or save it again from your spreadsheet."));
        }
        decoded.text = fromWindows1252(bytes);
        decoded.encoding = Encoding::Windows1252;
    }
    // A byte order mark inside the text comes from files that were concatenated; it is invisible and would stick
    // to a header or a name.
    decoded.text.remove(QChar(byteOrderMark));
    return decoded;
}

QString TextDecoder::label(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return tr("UTF-8");
    case Encoding::Utf8WithBom:
        return tr("UTF-8 with BOM");
    case Encoding::Windows1252:
        return tr("Windows-1252");
    }
    return {};
}

QString TextDecoder::fromWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *out++ = (b >= 0x80 && b <= 0x9F) ? QChar(windows1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}
