// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TabularData.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

/**
 * Reads a CSV file as the spreadsheets of a French office write it, into a TabularData that importers map to fields.
 *
 * The separator (";", "," or tab) and the encoding are detected; quoting follows RFC 4180, with doubled quotes and
 * line breaks inside quoted values, whatever the line endings. Every record keeps the line where it starts, so that
 * messages point at the line a text editor shows. Problems of a single line (too many values) are collected and the
 * line is left out; problems that make the rest of the file unreadable (a quote never closed) fail the whole read.
 * Limits on columns, value length and records refuse a hostile or mistaken file (a binary renamed .csv, a log)
 * before it costs much memory.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Limits
    {
        qsizetype maxColumns;
        /// In characters.
        qsizetype maxFieldLength;
        /// Records after the header.
        qsizetype maxRows;
        qint64 maxFileSize;

        /// 1 000 columns, 1 MiB per value, 2 000 000 records, 256 MiB per file (about 1 GiB of memory once decoded).
        static Limits defaults();
    };

    /// Reads and decodes a whole file; errors name the file.
    static Result<TabularData> readFile(const QString &path);
    static Result<TabularData> readFile(const QString &path, const Limits &limits);

    /// Decodes (see TextDecoder) and parses the bytes of a file.
    static Result<TabularData> read(const QByteArray &bytes);
    static Result<TabularData> read(const QByteArray &bytes, const Limits &limits);

    /// Parses text that is already decoded; the encoding is only recorded in the result.
    static Result<TabularData> parse(const QString &text, TextDecoder::Encoding encoding, const Limits &limits);

    /// The most likely separator of the text among ";", "," and tab, counting outside quotes; ";" when in doubt.
    static QChar detectSeparator(QStringView text);

    /// Translated name of a separator, for the import summary ("semicolon (;)").
    static QString separatorLabel(QChar separator);
};
